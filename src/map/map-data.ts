// The generated boundary files, by URL. The boundaries themselves (vector tiles, a view's worth at
// a time) are fetched and decoded by MapLibre's worker: the main thread never parses or copies them. The main thread fetches only the interior points (6 KB), which the
// selection's camera and the test hook use; main.tsx starts that download before React renders.
import { fetchJson } from '../fetch-json';
import { siteUrl } from '../site-url';
import { TILES_PATH } from './boundary-tiles';
import type { CountryPoints } from './view-geometry';

export type { Bounds, CountryFeatures, CountryPoints } from './view-geometry';

/**
 * The tiles' URL template. Absolute: the worker resolves a relative URL against its own script,
 * not the page. The braces are MapLibre's placeholders, so they are put back after URL encoding.
 */
export function countriesUrl(): string {
  const url = siteUrl(TILES_PATH);
  return url.replace(/%7B/g, '{').replace(/%7D/g, '}');
}
/** Under Vite's base (like the static map's world-paths.json), so a sub-path deployment works. */
export const POINTS_URL = siteUrl('generated/country-points.json');

async function loadPoints(): Promise<CountryPoints> {
  const points = await fetchJson(POINTS_URL);
  if (typeof points !== 'object' || points === null || Array.isArray(points)) {
    throw new Error(`${POINTS_URL}: must be an object of iso3 -> [lon, lat]`);
  }
  return points as CountryPoints;
}

let pending: Promise<CountryPoints> | null = null;

/** One shared download; `retry` starts over (after a failure). */
export function countryPoints(retry = false): Promise<CountryPoints> {
  if (pending === null || retry) {
    pending = loadPoints();
    // Keep an early failure from being reported as unhandled before someone awaits it.
    pending.catch(() => {});
  }
  return pending;
}
