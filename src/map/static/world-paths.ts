// The static map's country outlines (public/generated/world-paths.json, written by
// scripts/build-geo.ts) and their loader.
import { siteUrl } from '../../site-url';

/** One country outline; `d` is SVG path data in a Web Mercator world `worldSize` px wide. */
export type Outline = { iso3: string; d: string };
/** What the static map draws: outlines in a world `worldSize` px wide. */
export type OutlinePaths = { worldSize: number; countries: Outline[] };
/**
 * The first paint's picture (FirstPaintMap): its own outline for each country the timeline can
 * colour, and the land no source names on any date as one shape, `noData` (their outlines joined).
 */
export type FirstPaintOutlines = OutlinePaths & { noData: string };
/** The outlines file's country: an outline with its name. */
export type WorldPath = Outline & { name: string };
export type WorldPaths = { worldSize: number; countries: WorldPath[] };

/** The URL the build writes to, under Vite's base so embeds served from a sub-path still work. */
export const WORLD_PATHS_URL = siteUrl('generated/world-paths.json');

function isWorldPaths(value: unknown): value is WorldPaths {
  const candidate = value as Partial<WorldPaths> | null;
  return (
    typeof candidate?.worldSize === 'number' &&
    Array.isArray(candidate.countries) &&
    candidate.countries.every(
      (c) => typeof c?.iso3 === 'string' && typeof c.name === 'string' && typeof c.d === 'string',
    )
  );
}

/** Fetch the outlines (same origin); errors say which URL failed and how. */
export async function loadWorldPaths(url: string = WORLD_PATHS_URL): Promise<WorldPaths> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`Cannot load country outlines from ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) {
    throw new Error(
      `Cannot load country outlines from ${url}: HTTP ${response.status} ${response.statusText}`,
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new Error(`Country outlines at ${url} are not JSON: ${(error as Error).message}`);
  }
  if (!isWorldPaths(body)) {
    throw new Error(
      `Country outlines at ${url} do not have the shape { worldSize, countries: [{ iso3, name, d }] }`,
    );
  }
  return body;
}
