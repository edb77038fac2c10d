// The geometry of the map's first view, shared by the browser and the build (which frames the
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

/** The outer rings of a (multi)polygon: what its area and extent are made of. */
function polygonsOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates[0] ? [geometry.coordinates[0]] : [];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flatMap((p) => (p[0] ? [p[0]] : []));
  return [];
}

/**
 * A ring's area as Mercator draws it, in square degrees at the equator (shoelace, scaled by
 * sec² of its mean latitude): what decides whether a country is big enough to see and tap.
 */
function mercatorRingArea(ring: Position[]): number {
  let twice = 0;
  let lat = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    twice += x0 * y1 - x1 * y0;
    lat += y0;
  }
  const cos = Math.cos(((lat / Math.max(1, ring.length - 1)) * Math.PI) / 180);
  return Math.abs(twice) / 2 / (cos * cos);
}

/** The land a country's outline encloses, in equatorial square degrees (see mercatorRingArea). */
export function mercatorArea(geometry: Geometry): number {
  return polygonsOf(geometry).reduce((sum, ring) => sum + mercatorRingArea(ring), 0);
}

/**
 * The bounds of a country's largest polygon: its main body (metropolitan France, not French
 * Guiana; Great Britain, not the Falklands), which is what a frame around it must show.
 */
export function mainBodyBounds(geometry: Geometry): Bounds | null {
  let best: Position[] | null = null;
  let bestArea = -1;
  for (const ring of polygonsOf(geometry)) {
    const area = mercatorRingArea(ring);
    if (area > bestArea) [best, bestArea] = [ring, area];
  }
  if (!best) return null;
  const xs = best.map((p) => p[0] ?? 0);
  const ys = best.map((p) => p[1] ?? 0);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

/**
 * Below this much land (equatorial square degrees, as drawn) a country is a few pixels at world
 * zoom and gets a dot. Land, not the bounding box: an archipelago (Kiribati, Micronesia, French
 * Polynesia) has a box of hundreds of square degrees around islands under a pixel.
 */
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
    if (mercatorArea(feature.geometry) >= SMALL_COUNTRY_AREA) return [];
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

/**
 * How far inside the map's edge a country's interior point must be to count as in view: there it
 * can be seen and tapped, so selecting it leaves the camera alone and it needs no edge marker.
 */
export const VIEW_INSET = 24;

/** Whether a screen point (map pixels) is in view by VIEW_INSET's rule. */
export function isInView(x: number, y: number, width: number, height: number, inset = VIEW_INSET): boolean {
  return x >= inset && x <= width - inset && y >= inset && y <= height - inset;
}

/** A country's box drawn on the map, in map pixels. */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Whether enough of a big country's box is inside the map (inset by VIEW_INSET) to see and tap:
 * western Russia fills a third of a frame on Europe while Russia's interior point is in Siberia.
 */
export function isBoxInView(box: ScreenBox, width: number, height: number, enough = 2 * VIEW_INSET): boolean {
  const w = Math.min(box.right, width - VIEW_INSET) - Math.max(box.left, VIEW_INSET);
  const h = Math.min(box.bottom, height - VIEW_INSET) - Math.max(box.top, VIEW_INSET);
  return w >= enough && h >= enough;
}
