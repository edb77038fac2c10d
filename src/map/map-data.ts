// Fetches the generated boundary files the map needs, as early as the page can (main.tsx starts
// it before React renders) and derives what the map needs from them: the default view and dots
// for countries too small to hit. Pure helpers are exported for tests.
import type { FeatureCollection, Geometry, Point, Position } from 'geojson';

/** Under Vite's base (like the static map's world-paths.json), so a sub-path deployment works. */
export const COUNTRIES_URL = `${import.meta.env.BASE_URL}generated/countries.geojson`;
export const POINTS_URL = `${import.meta.env.BASE_URL}generated/country-points.json`;

export type CountryFeatures = FeatureCollection<Geometry, { iso3: string; name?: string }>;
/** iso3 -> [lon, lat] of a point inside the country (from country-points.json). */
export type CountryPoints = Readonly<Record<string, readonly [number, number]>>;
export type Bounds = [[west: number, south: number], [east: number, north: number]];

export interface MapData {
  countries: CountryFeatures;
  points: CountryPoints;
}

async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${url}: could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw new Error(`${url}: the server answered ${response.status} ${response.statusText}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${url}: is not valid JSON`);
  }
}

async function loadCountries(): Promise<CountryFeatures> {
  const fc = (await fetchJson(COUNTRIES_URL)) as Partial<CountryFeatures> | null;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error(`${COUNTRIES_URL}: is not a GeoJSON FeatureCollection`);
  }
  return fc as CountryFeatures;
}

async function loadPoints(): Promise<CountryPoints> {
  const points = await fetchJson(POINTS_URL);
  if (typeof points !== 'object' || points === null || Array.isArray(points)) {
    throw new Error(`${POINTS_URL}: must be an object of iso3 -> [lon, lat]`);
  }
  return points as CountryPoints;
}

/** One shared download per file; `retry` starts over (after a failure). */
function memo<T>(load: () => Promise<T>): (retry?: boolean) => Promise<T> {
  let pending: Promise<T> | null = null;
  return (retry = false) => {
    if (pending === null || retry) {
      pending = load();
      // Keep an early failure from being reported as unhandled before someone awaits it.
      pending.catch(() => {});
    }
    return pending;
  };
}

export const countryPoints = memo(loadPoints);
const countryFeatures = memo(loadCountries);

/** Start the downloads now (main.tsx, before React renders); the map reports any failure. */
export function prefetchMapData(): void {
  countryFeatures();
  countryPoints();
}

/** Start (or join) the downloads the WebGL map needs. */
export async function mapData(retry = false): Promise<MapData> {
  const [countries, points] = await Promise.all([countryFeatures(retry), countryPoints(retry)]);
  return { countries, points };
}

/** The padding of the fitted view: MapLibre's fitBounds and the static map use the same rule. */
export function viewPadding(width: number): number {
  return Math.min(48, Math.round(width / 12));
}

/** Used when the interior points could not be loaded: the inhabited world. */
export const WORLD_BOUNDS: Bounds = [
  [-135, -45],
  [155, 70],
];

/**
 * Bounds around the given countries' interior points, or null if none has a point. Plain min/max
 * of longitudes: right for this dataset, which does not straddle the antimeridian.
 */
export function boundsOf(points: CountryPoints, iso3s: readonly string[]): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const iso3 of iso3s) {
    const p = points[iso3];
    if (!p) continue;
    west = Math.min(west, p[0]);
    east = Math.max(east, p[0]);
    south = Math.min(south, p[1]);
    north = Math.max(north, p[1]);
  }
  return west === Infinity
    ? null
    : [
        [west, south],
        [east, north],
      ];
}

function extent(geometry: Geometry, acc: number[]): void {
  const visit = (pos: Position) => {
    acc[0] = Math.min(acc[0] ?? Infinity, pos[0] ?? 0);
    acc[1] = Math.min(acc[1] ?? Infinity, pos[1] ?? 0);
    acc[2] = Math.max(acc[2] ?? -Infinity, pos[0] ?? 0);
    acc[3] = Math.max(acc[3] ?? -Infinity, pos[1] ?? 0);
  };
  const rings =
    geometry.type === 'Polygon'
      ? geometry.coordinates
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.flat()
        : [];
  for (const ring of rings) for (const pos of ring) visit(pos);
}

/** Below this bounding-box area (square degrees) a country is a few pixels at world zoom. */
export const SMALL_COUNTRY_AREA = 4;

/** Point features for the dataset countries whose outline is too small to see or click. */
export function smallCountryPoints(
  countries: CountryFeatures,
  points: CountryPoints,
  iso3s: readonly string[],
): FeatureCollection<Point, { iso3: string }> {
  const wanted = new Set(iso3s);
  const features = countries.features.flatMap((feature) => {
    const iso3 = feature.properties?.iso3;
    const point = iso3 ? points[iso3] : undefined;
    if (!iso3 || !point || !wanted.has(iso3) || !feature.geometry) return [];
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    extent(feature.geometry, box);
    const area = ((box[2] ?? 0) - (box[0] ?? 0)) * ((box[3] ?? 0) - (box[1] ?? 0));
    if (area >= SMALL_COUNTRY_AREA) return [];
    return [
      {
        type: 'Feature' as const,
        properties: { iso3 },
        geometry: { type: 'Point' as const, coordinates: [point[0], point[1]] },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}
