// One benchmark run: a fresh browser context (cold cache), one page load, the load figures, then
// the interactions (clicks and filters for the app, restyles for the floor).
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';

import { firstFullFrame } from './frames';
import {
  armFilterWatch,
  armPanelWatch,
  installProbe,
  type ProbeRecord,
  restyleOnce,
  settleMap,
} from './page-probe';
import type { Served, StaticServer } from './serve';

export const VIEWPORT = { width: 1280, height: 800 };
const READY_TIMEOUT_MS = 90_000;
const STEP_TIMEOUT_MS = 10_000;

// tsx compiles with esbuild's keepNames, which wraps inner functions in __name(...); the functions
// Playwright serializes into the page need that helper there too.
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
  w: number;
  h: number;
}

export interface LoadFigures {
  firstPaintMs: number;
  firstPaintWebglMs: number;
  firstPaintStaticMs: number | null;
  fcpMs: number | null;
  readyMs: number;
  initialBytesGz: number;
  initialBytesRaw: number;
  initialRequests: number;
  heapMB: number;
  /** The page's performance.timeOrigin (epoch ms), which every figure here counts from. */
  timeOrigin: number;
  /** What loaded before ready: path, ms after navigation start, gzip bytes. */
  waterfall: { path: string; atMs: number; gzipBytes: number }[];
}

export interface AppFigures extends LoadFigures {
  clickToPanelMs: number;
  clicksMissed: number;
  /** Why each missed click missed: "XXX off the map" or "XXX picked <the country the panel shows>". */
  missed: string[];
  filterToMapMs: number;
}

export interface FloorFigures extends LoadFigures {
  restyleMs: number;
}

export interface ClickTarget {
  iso3: string;
  name: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A fresh context (cold cache) with the probe installed: the desktop's unless told otherwise. */
export async function openPage(
  browser: Browser,
  contextOptions: BrowserContextOptions = { viewport: VIEWPORT, deviceScaleFactor: 1 },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(contextOptions);
  await context.addInitScript({ content: `${NAME_SHIM}\n(${installProbe.toString()})();` });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

export async function measureLoad(page: Page, server: StaticServer, url: string, errors: string[]) {
  const logStart = server.log.length;
  await page.goto(url, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(
      () => window.__bench?.ready != null && window.__bench.staticPaint !== -1,
      null,
      { timeout: READY_TIMEOUT_MS, polling: 100 },
    );
  } catch (error) {
    const why = errors.length > 0 ? `page errors: ${errors.join(' | ')}` : (error as Error).message;
    throw new Error(`bench: ${url} never became ready (data-ready="true" on [data-testid=map]): ${why}`);
  }
  const { record, timeOrigin } = await page.evaluate(() => ({
    record: window.__bench as ProbeRecord,
    timeOrigin: performance.timeOrigin,
  }));
  const ready = record.ready ?? Number.NaN;
  const webgl = firstFullFrame(record.frames, ready);
  // Everything the server answered from navigation start to ready, including the worker's fetches.
  const loaded: Served[] = server.log.slice(logStart).filter((s) => s.at <= timeOrigin + ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const staticPaint = record.staticPaint !== null && record.staticPaint >= 0 ? record.staticPaint : null;
  return {
    firstPaintMs: Math.min(webgl, staticPaint ?? Number.POSITIVE_INFINITY),
    firstPaintWebglMs: webgl,
    firstPaintStaticMs: staticPaint,
    fcpMs: record.fcp,
    readyMs: ready,
    initialBytesGz: loaded.reduce((sum, s) => sum + s.gzipBytes, 0),
    initialBytesRaw: loaded.reduce((sum, s) => sum + s.rawBytes, 0),
    initialRequests: loaded.length,
    heapMB: usedSize / (1024 * 1024),
    timeOrigin,
    waterfall: loaded.map((s) => ({
      path: s.path,
      atMs: Math.round(s.at - timeOrigin),
      gzipBytes: s.gzipBytes,
    })),
  } satisfies LoadFigures;
}

/** Where a country's interior point is, and whether a click there would land on the map canvas. */
async function locate(page: Page, iso3: string) {
  return page.evaluate((code) => {
    const p = window.__coalition?.project(code);
    if (!p) return null;
    const hit = document.elementFromPoint(p.x, p.y);
    return {
      x: p.x,
      y: p.y,
      onMap: hit instanceof HTMLCanvasElement && !!hit.closest('[data-testid="map"]'),
    };
  }, iso3);
}

/**
 * Clicks countries until `clicks` panels were measured: the candidates in order, round again when
 * they run out (the real dataset has 12), skipping any that missed once (off the map, or the
 * click picked a small country's dot nearby) so a miss is not retried forever.
 */
async function clickCountries(page: Page, candidates: readonly ClickTarget[], clicks: number) {
  const times: number[] = [];
  const missed: string[] = [];
  const skip = new Set<string>();
  for (let i = 0; times.length < clicks && skip.size < candidates.length && i < 3 * clicks; i++) {
    const target = candidates[i % candidates.length];
    if (!target || skip.has(target.iso3)) continue;
    await page.evaluate(settleMap);
    let spot = await locate(page, target.iso3);
    if (!spot?.onMap) {
      // The last selection may have moved the camera: back to the default view, then look again.
      await page.getByTestId('reset-view').click();
      await page.evaluate(settleMap);
      spot = await locate(page, target.iso3);
    }
    if (!spot?.onMap) {
      skip.add(target.iso3);
      missed.push(`${target.iso3} off the map`);
      continue;
    }
    await page.mouse.move(spot.x, spot.y);
    await page.evaluate(settleMap);
    await page.evaluate(armPanelWatch, { name: target.name, timeoutMs: STEP_TIMEOUT_MS });
    await page.mouse.click(spot.x, spot.y);
    const ms = await page.evaluate(() => window.__benchPending ?? null);
    if (ms !== null) times.push(ms);
    else {
      skip.add(target.iso3);
      const shown = await page
        .getByTestId('panel.country-name')
        .textContent({ timeout: 1000 })
        .catch(() => null);
      missed.push(`${target.iso3} picked ${shown ?? 'nothing'}`);
    }
  }
  return { times, missed };
}

async function toggleFilters(page: Page, stances: readonly string[], toggles: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < toggles; i++) {
    // Each stance off, then on again: every click changes what the map shows.
    const stance = stances[Math.floor(i / 2) % stances.length];
    await page.evaluate(settleMap);
    await page.evaluate(armFilterWatch, { timeoutMs: STEP_TIMEOUT_MS });
    await page.getByTestId(`filter.${stance}`).click();
    const ms = await page.evaluate(() => window.__benchPending ?? null);
    if (ms !== null) times.push(ms);
  }
  return times;
}

export interface AppRunOptions {
  targets: readonly ClickTarget[];
  stances: readonly string[];
  clicks: number;
  toggles: number;
}

export async function runApp(
  browser: Browser,
  server: StaticServer,
  options: AppRunOptions,
): Promise<{ figures: AppFigures; camera: Camera }> {
  const { context, page, errors } = await openPage(browser);
  try {
    const load = await measureLoad(page, server, `${server.url}/`, errors);
    const camera = await page.evaluate(() => {
      const map = window.__map;
      if (!map) throw new Error('app: window.__map is missing after ready');
      const { lng, lat } = map.getCenter();
      const box = map.getContainer();
      return { lon: lng, lat, zoom: map.getZoom(), w: box.clientWidth, h: box.clientHeight };
    });
    const clicks = await clickCountries(page, options.targets, options.clicks);
    await page.keyboard.press('Escape');
    // Filters from the first view, as the floor restyles it: a click near the map's edge pans the
    // camera (revealPoint), and the last country clicked differs between the real dataset and the
    // scale one, so without this the two would restyle different parts of the world.
    await page.getByTestId('reset-view').click();
    await page.evaluate(settleMap);
    const filters = await toggleFilters(page, options.stances, options.toggles);
    const figures: AppFigures = {
      ...load,
      clickToPanelMs: median(clicks.times),
      clicksMissed: clicks.missed.length,
      missed: clicks.missed,
      filterToMapMs: median(filters),
    };
    return { figures, camera };
  } finally {
    await context.close();
  }
}

export async function runFloor(
  browser: Browser,
  server: StaticServer,
  camera: Camera,
  restyles: number,
): Promise<FloorFigures> {
  const { context, page, errors } = await openPage(browser);
  try {
    const query = new URLSearchParams(Object.entries(camera).map(([k, v]) => [k, String(v)]));
    const load = await measureLoad(page, server, `${server.url}/floor.html?${query}`, errors);
    const times: number[] = [];
    for (let i = 0; i < restyles; i++) {
      await page.evaluate(settleMap);
      times.push(await page.evaluate(restyleOnce, i % 2 ? '#4f7cac' : '#c0504d'));
    }
    return { ...load, restyleMs: median(times) };
  } finally {
    await context.close();
  }
}
