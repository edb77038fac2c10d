// The phone profile: the same app and floor pages, loaded as a reader on a phone loads them: a
// 390x844 touch screen, Chromium's "Slow 4G" network and its CPU slowed 4x (DevTools' settings,
// set through the Chrome DevTools Protocol). Besides the load figures of the desktop profile it
// measures when the reader can first use the page: from navigation until a tap on France shows
// France's panel on screen (the runner taps again and again from the first frame, as an impatient
// reader does, until one works).
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';

import { measureLoad, median, openPage } from './measure';
import type { StaticServer } from './serve';
import { KB } from './summary';

/** Chromium DevTools' "Slow 4G" preset, and its "4x slowdown" of the CPU. */
export const PHONE_THROTTLING = {
  latencyMs: 150,
  downloadKbps: 1600,
  uploadKbps: 750,
  cpuSlowdown: 4,
} as const;

/**
 * A 390x844 phone. Device pixel ratio 1, as the desktop profile: with software WebGL a ratio of 3
 * would measure this machine's CPU rasteriser drawing 9 times the pixels, not the page.
 */
const PHONE_CONTEXT: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  screen: { width: 390, height: 844 },
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
};

/** The country the reader taps, and the name its panel shows. */
const TAP_TARGET = { iso3: 'FRA', name: 'France' } as const;
const TAP_EVERY_MS = 100;
const INTERACTIVE_TIMEOUT_MS = 90_000;

export interface PhoneFigures {
  firstPaintMs: number;
  readyMs: number;
  bytesBeforeReadyGz: number;
  /**
   * What the browser loaded before ready, as it saw it through the throttled network: when each
   * request started and its response ended (ms after navigation start), and the body's gzip size
   * (the server's log). The idle gaps of the pipe show here; the server's log only has arrivals.
   */
  waterfall: PhoneRequest[];
}

export interface PhoneRequest {
  path: string;
  startMs: number;
  endMs: number;
  gzipBytes: number;
}

export interface PhoneAppFigures extends PhoneFigures {
  /** Navigation to the frame after a tap on France showed its panel, name on screen. */
  interactiveMs: number;
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { latencyMs, downloadKbps, uploadKbps, cpuSlowdown } = PHONE_THROTTLING;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: latencyMs,
    downloadThroughput: (downloadKbps * 1000) / 8,
    uploadThroughput: (uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
}

/** Init script: records when the panel first shows `name` inside the viewport (after its paint). */
function watchPanel(name: string): void {
  const w = window as unknown as { __benchInteractive?: number };
  const onScreen = () => {
    const heading = document.querySelector('[data-testid="panel.country-name"]');
    if (heading?.textContent !== name) return false;
    const box = heading.getBoundingClientRect();
    return box.width > 0 && box.bottom > 0 && box.top < innerHeight && box.left < innerWidth;
  };
  const observer = new MutationObserver(() => {
    if (!onScreen()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        w.__benchInteractive = performance.now();
      };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Where France is on screen now: on the WebGL map once it is ready (its test hook), else on the
 * static SVG map through the SVG's own transform (its user units are the 1024 px Mercator world).
 */
function locateTarget({ iso3, mercator }: { iso3: string; mercator: [number, number] | null }) {
  const hook = (
    window as unknown as { __coalition?: { project(code: string): { x: number; y: number } | null } }
  ).__coalition;
  const projected = hook?.project(iso3);
  if (projected) return projected;
  const svg = document.querySelector<SVGSVGElement>('svg[data-testid="static-map"]');
  const matrix = svg?.getScreenCTM();
  if (!svg || !matrix || !mercator) return null;
  const point = new DOMPoint(mercator[0], mercator[1]).matrixTransform(matrix);
  return { x: point.x, y: point.y };
}

async function tapUntilPanel(page: Page, mercator: [number, number] | null): Promise<number> {
  const deadline = Date.now() + INTERACTIVE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const done = await page
      .evaluate(() => (window as unknown as { __benchInteractive?: number }).__benchInteractive ?? null)
      .catch(() => null);
    if (done !== null) return done;
    const spot = await page.evaluate(locateTarget, { iso3: TAP_TARGET.iso3, mercator }).catch(() => null);
    if (spot && spot.x >= 0 && spot.y >= 0) await page.touchscreen.tap(spot.x, spot.y).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, TAP_EVERY_MS));
  }
  throw new Error(`bench phone: a tap on ${TAP_TARGET.name} never showed its panel`);
}

interface Timed {
  path: string;
  start: number;
  end: number;
}

/**
 * Records every request the page and its workers make, with the browser's own timing (Resource
 * Timing of the request, as DevTools shows it): start and end in epoch ms.
 */
function recordRequests(context: BrowserContext): Timed[] {
  const timed: Timed[] = [];
  context.on('requestfinished', (request) => {
    const timing = request.timing();
    if (timing.startTime <= 0) return;
    timed.push({
      path: new URL(request.url()).pathname,
      start: timing.startTime,
      end: timing.startTime + Math.max(0, timing.responseEnd),
    });
  });
  return timed;
}

function phoneFigures(load: Awaited<ReturnType<typeof measureLoad>>, timed: Timed[]): PhoneFigures {
  const origin = load.timeOrigin;
  const gzip = new Map(load.waterfall.map((w) => [w.path, w.gzipBytes]));
  // Playwright reports a worker's request to both the page and the worker: keep as many requests
  // for a path as the server answered (the earliest).
  const answered = new Map<string, number>();
  for (const w of load.waterfall) answered.set(w.path, (answered.get(w.path) ?? 0) + 1);
  const waterfall = timed
    .filter((t) => t.start - origin <= load.readyMs)
    .sort((a, b) => a.start - b.start)
    .filter((t) => {
      const left = answered.get(t.path) ?? 0;
      answered.set(t.path, left - 1);
      return left > 0;
    })
    .map((t) => ({
      path: t.path,
      startMs: Math.round(t.start - origin),
      endMs: Math.round(t.end - origin),
      gzipBytes: gzip.get(t.path) ?? 0,
    }));
  return {
    firstPaintMs: load.firstPaintMs,
    readyMs: load.readyMs,
    bytesBeforeReadyGz: load.initialBytesGz,
    waterfall,
  };
}

export type PhoneCamera = { lon: number; lat: number; zoom: number; w: number; h: number };

/** The app's first view on the phone, for the floor to draw the same (an unrecorded load, no tap). */
export async function phoneCamera(browser: Browser, server: StaticServer): Promise<PhoneCamera> {
  const { context, page, errors } = await openPage(browser, PHONE_CONTEXT);
  try {
    await measureLoad(page, server, `${server.url}/`, errors);
    return await page.evaluate(() => {
      const map = (window as unknown as { __map?: import('maplibre-gl').Map }).__map;
      if (!map) throw new Error('app: window.__map is missing after ready');
      const box = map.getContainer();
      const { lng, lat } = map.getCenter();
      return { lon: lng, lat, zoom: map.getZoom(), w: box.clientWidth, h: box.clientHeight };
    });
  } finally {
    await context.close();
  }
}

export async function runPhoneApp(
  browser: Browser,
  server: StaticServer,
  franceMercator: [number, number] | null,
): Promise<PhoneAppFigures> {
  const { context, page, errors } = await openPage(browser, PHONE_CONTEXT);
  try {
    await context.addInitScript(watchPanel, TAP_TARGET.name);
    await throttle(page);
    const timed = recordRequests(context);
    const interactive = tapUntilPanel(page, franceMercator);
    const load = await measureLoad(page, server, `${server.url}/`, errors);
    return { ...phoneFigures(load, timed), interactiveMs: await interactive };
  } finally {
    await context.close();
  }
}

export async function runPhoneFloor(
  browser: Browser,
  server: StaticServer,
  camera: PhoneCamera,
): Promise<PhoneFigures> {
  const { context, page, errors } = await openPage(browser, PHONE_CONTEXT);
  try {
    await throttle(page);
    const timed = recordRequests(context);
    const query = new URLSearchParams(Object.entries(camera).map(([k, v]) => [k, String(v)]));
    return phoneFigures(await measureLoad(page, server, `${server.url}/floor.html?${query}`, errors), timed);
  } finally {
    await context.close();
  }
}

export interface PhoneSummary {
  app: Omit<PhoneAppFigures, 'waterfall'>;
  floor: Omit<PhoneFigures, 'waterfall'>;
  /** The load waterfall of the median-ready run of each page. */
  waterfall: { app: PhoneRequest[]; floor: PhoneRequest[] };
  /** Every run's figures, in order, for the spread behind the medians. */
  perRun: { app: Omit<PhoneAppFigures, 'waterfall'>[]; floor: Omit<PhoneFigures, 'waterfall'>[] };
  /** App over floor, medians of the per-round ratios (interactive: over the floor's ready). */
  ratios: { readyMs: number; interactiveMs: number };
  runs: number;
}

const medianRun = <T extends PhoneFigures>(list: T[]): T | undefined =>
  [...list].sort((a, b) => a.readyMs - b.readyMs)[list.length >> 1];

export function summarizePhone(app: PhoneAppFigures[], floor: PhoneFigures[]): PhoneSummary {
  const of = <T>(list: T[], key: keyof T) => median(list.map((r) => r[key] as number));
  const paired = (key: 'readyMs' | 'interactiveMs') =>
    median(app.flatMap((run, i) => (floor[i] ? [run[key] / (floor[i] as PhoneFigures).readyMs] : [])));
  return {
    app: {
      firstPaintMs: of(app, 'firstPaintMs'),
      readyMs: of(app, 'readyMs'),
      bytesBeforeReadyGz: of(app, 'bytesBeforeReadyGz'),
      interactiveMs: of(app, 'interactiveMs'),
    },
    floor: {
      firstPaintMs: of(floor, 'firstPaintMs'),
      readyMs: of(floor, 'readyMs'),
      bytesBeforeReadyGz: of(floor, 'bytesBeforeReadyGz'),
    },
    waterfall: { app: medianRun(app)?.waterfall ?? [], floor: medianRun(floor)?.waterfall ?? [] },
    perRun: { app: app.map(({ waterfall, ...f }) => f), floor: floor.map(({ waterfall, ...f }) => f) },
    ratios: { readyMs: paired('readyMs'), interactiveMs: paired('interactiveMs') },
    runs: app.length,
  };
}

export interface PhoneTarget {
  label: string;
  value: number;
  limit: number;
  unit: 'x' | 'KB';
  pass: boolean;
}

export function phoneTargets(s: PhoneSummary): PhoneTarget[] {
  const t = (label: string, value: number, limit: number, unit: PhoneTarget['unit']) => ({
    label,
    value,
    limit,
    unit,
    pass: value <= limit,
  });
  return [
    t('phone: reader-interactive / floor ready', s.ratios.interactiveMs, 0.25, 'x'),
    t('phone: ready, app / floor', s.ratios.readyMs, 0.6, 'x'),
    t('phone: gzip bytes before ready', s.app.bytesBeforeReadyGz / KB, 550, 'KB'),
    t('phone: first paint / floor ready', s.app.firstPaintMs / s.floor.readyMs, 0.1, 'x'),
  ];
}
