// Work that can wait until the frame showing a change has been painted, so that frame is not
// held up by it. A MapLibre render with software WebGL costs tens of milliseconds of GPU-process
// time, and the compositor commit of the frame that holds it waits for that; a history entry
// (pushState) costs a few milliseconds of main thread on every selection. Both run after the
// panel they accompany is on screen.

/** Cancels the scheduled call if it has not run yet. */
export type Cancel = () => void;

/** Schedules `fn` to run once, later. Bindings take one, so tests can run it at once or hold it. */
export type Defer = (fn: () => void) => Cancel;

/**
 * A task after the next animation frame (so after that frame's paint), or after `fallbackMs`
 * if no frame comes (a hidden tab or an off-screen frame runs no animation frames). Where there
 * are no animation frames at all (Node: the unit tests of code that binds the store), nothing is
 * painted to wait for, and `fn` runs at once.
 */
export function afterNextPaint(fn: () => void, fallbackMs = 200): Cancel {
  if (typeof requestAnimationFrame !== 'function') {
    fn();
    return () => {};
  }
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

/** One deferred call at a time: scheduling again replaces the call still waiting. */
export interface DeferredSlot {
  schedule: (fn: () => void) => void;
  cancel: () => void;
  waiting: () => boolean;
}

export function deferredSlot(defer: Defer): DeferredSlot {
  let cancelWaiting: Cancel | null = null;
  const cancel = () => {
    cancelWaiting?.();
    cancelWaiting = null;
  };
  return {
    schedule: (fn) => {
      cancel();
      let ran = false;
      const cancelThis = defer(() => {
        ran = true;
        cancelWaiting = null;
        fn();
      });
      // A defer that ran `fn` at once leaves nothing waiting.
      if (!ran) cancelWaiting = cancelThis;
    },
    cancel,
    waiting: () => cancelWaiting !== null,
  };
}
