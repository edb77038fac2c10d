// Work that must not share a frame with the DOM change that caused it. With software WebGL a
// MapLibre render costs tens of milliseconds of GPU-process time, and the compositor commit of
// the frame that contains it waits for that: a panel update in the same frame shows that much
// later. Running the map change after the frame has been painted lets the DOM go first.

/** Cancels the scheduled call if it has not run yet. */
export type Cancel = () => void;

/** Schedules `fn` to run once, later; the map's sync uses it for restyles that can wait a frame. */
export type Defer = (fn: () => void) => Cancel;

/**
 * A task after the next animation frame (so after that frame's paint), or after `fallbackMs`
 * if no frame comes (a hidden tab or an off-screen frame runs no animation frames).
 */
export function afterNextPaint(fn: () => void, fallbackMs = 200): Cancel {
  let done = false;
  // A MessageChannel task, not setTimeout(0): timers may be clamped to 4 ms when nested.
  const channel = new MessageChannel();
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  const stop = () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    channel.port1.close();
  };
  const run = () => {
    if (done) return;
    stop();
    fn();
  };
  channel.port1.onmessage = run;
  const fallback = setTimeout(run, fallbackMs);
  return () => {
    if (!done) stop();
  };
}
