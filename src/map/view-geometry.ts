// The geometry of the map's first view, shared by the browser and the build (which inlines the
// first paint and bakes the view into the bundle, scripts/vite-first-paint-plugin.ts): pure
// functions, no DOM, no fetch, no import.meta.
import type { FeatureCollection, Geometry, Point, Position } from 'geojson';

export type CountryFeatures = FeatureCollection<Geometry, { iso3: string; name?: string }>;
/** iso3 -> [lon, lat] of a point inside the country (from country-points.json). */
export type CountryPoints = Readonly<Record<string, readonly [number, number]>>;
export type Bounds = [[west: number, south: number], [east: number, north: number]];

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
