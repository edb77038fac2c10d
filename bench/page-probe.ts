// What the benchmark measures inside the page, as functions Playwright serializes and runs there.
// They see nothing of this module, so each one is self-contained. Timestamps are performance.now():
// milliseconds since navigation start.
//
// Why WebGL draw calls: the app hands its MapLibre map to the page (window.__map) only once it is
// ready, so the first choropleth frame is found the same way on both pages, without the map: the
// probe counts the indices each map render draws (one render = one synchronous rAF callback, so a
// microtask after the first draw call of a batch sees the whole render). The runner then takes the
// first render that draws at least most of what the ready frame draws.
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface DrawnFrame {
  /** End of the render's JavaScript (when MapLibre fires `render`). */
  t: number;
  /** Element indices drawn in that render: 0 for an empty source, tens of thousands for the world. */
  indices: number;
}

export interface ProbeRecord {
  frames: DrawnFrame[];
  /** The frame after the static SVG map first showed coloured countries, if the page has one. */
  staticPaint: number | null;
  /** data-ready="true" set on [data-testid=map] (the first idle with the boundaries drawn). */
  ready: number | null;
  /** First contentful paint, for context. */
  fcp: number | null;
  /** Set once ready: the draw counter stops, so interactions run without it. */
  stopped: boolean;
}

declare global {
  interface Window {
    __bench?: ProbeRecord;
    __benchPending?: Promise<number | null>;
    __map?: MapLibreMap;
  }
}

/** Init script: runs before any of the page's scripts, in a fresh context for every run. */
export function installProbe(): void {
  const record: ProbeRecord = { frames: [], staticPaint: null, ready: null, fcp: null, stopped: false };
  window.__bench = record;

  // Counting draw calls: a wrapper per prototype, tallied per synchronous render.
  let tally = 0;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (record.frames.length < 2000) record.frames.push({ t: performance.now(), indices: tally });
    tally = 0;
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const original = proto.drawElements;
    proto.drawElements = function drawElements(mode: number, count: number, type: number, offset: number) {
      if (!record.stopped) {
        tally += count;
        if (!scheduled) {
          scheduled = true;
          queueMicrotask(flush);
        }
      }
      original.call(this, mode, count, type, offset);
    };
  }

  // The frame that shows a DOM change: the next animation frame, then a task after its paint.
  const afterNextPaint = (done: (t: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });

  const observer = new MutationObserver(() => {
    if (record.staticPaint === null && record.ready === null) {
      const painted = document.querySelector('svg[data-testid="static-map"] path[data-iso3]');
      if (painted) {
        record.staticPaint = -1; // found; the time comes with the frame
        afterNextPaint((t) => {
          record.staticPaint = t;
        });
      }
    }
    const map = document.querySelector('[data-testid="map"][data-ready="true"]');
    if (map && record.ready === null) {
      record.ready = performance.now();
      record.stopped = true;
      observer.disconnect();
    }
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-ready'],
  });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') record.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
}

/**
 * Arms one click measurement: from the click's dispatch on the map container (capturing, so
 * before MapLibre sees it) to the frame after the panel shows `name` with a quote.
 */
export function armPanelWatch({ name, timeoutMs }: { name: string; timeoutMs: number }): void {
  const container = document.querySelector('[data-testid="map"]');
  let start: number | null = null;
  container?.addEventListener(
    'click',
    () => {
      start = performance.now();
    },
    { capture: true, once: true },
  );
  const headingText = () => document.querySelector('[data-testid="panel.country-name"]')?.textContent ?? null;
  const before = headingText();
  window.__benchPending = new Promise((resolve) => {
    // 'match' when the panel shows the country with a quote; 'other' when the click picked a
    // different country (a small country's dot near the point), which ends the wait at once.
    const state = () => {
      if (start === null || !document.querySelector('[data-testid="panel"] [data-testid="panel.quote"]'))
        return 'wait';
      const text = headingText();
      if (text === name) return 'match';
      return text !== before ? 'other' : 'wait';
    };
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      const now = state();
      if (now === 'wait') return;
      observer.disconnect();
      clearTimeout(timer);
      if (now === 'other') return resolve(null);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - (start ?? 0));
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** Arms one filter measurement: from a click on a filter button to the map's next `idle`. */
export function armFilterWatch({ timeoutMs }: { timeoutMs: number }): void {
  window.__benchPending = new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    document.addEventListener(
      'click',
      (event) => {
        const start = performance.now();
        if (!(event.target instanceof Element) || !event.target.closest('[data-testid^="filter."]')) return;
        window.__map?.once('idle', () => {
          clearTimeout(timer);
          resolve(performance.now() - start);
        });
      },
      { capture: true, once: true },
    );
  });
}

/** The floor's restyle: one setPaintProperty of the fill colour, to the next `idle`. */
export function restyleOnce(color: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const map = window.__map;
    if (!map) return reject(new Error('floor: window.__map is missing'));
    const start = performance.now();
    map.once('idle', () => resolve(performance.now() - start));
    map.setPaintProperty('fill', 'fill-color', color);
  });
}

/**
 * Resolves once the map is at rest: its next idle (after a repaint), then two animation frames, so
 * the frame that repaint produced has been presented. Without them, the measured change's render
 * would queue behind that frame (rAF waits for the compositor, slow with software WebGL).
 */
export function settleMap(): Promise<void> {
  return new Promise((resolve) => {
    const map = window.__map;
    const afterTwoFrames = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    if (!map) return afterTwoFrames();
    map.once('idle', afterTwoFrames);
    map.triggerRepaint();
  });
}
