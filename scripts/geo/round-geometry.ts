// Rounds coordinates to keep countries.geojson small (3 decimals is about 100 m, far below a pixel
// at the map's zoom range) without losing a country: rounding can collapse a microstate, so the
// precision is raised for that country until it has a polygon again.
import type { MultiPolygon, Position } from 'geojson';

const round = (value: number, factor: number) => Math.round(value * factor) / factor;

/** Rounded ring without consecutive repeats; [] if fewer than three distinct points remain. */
export function roundRing(ring: Position[], decimals: number): Position[] {
  const factor = 10 ** decimals;
  const out: Position[] = [];
  for (const point of ring) {
    const next: Position = [round(point[0] ?? 0, factor), round(point[1] ?? 0, factor)];
    const previous = out.at(-1);
    if (!previous || previous[0] !== next[0] || previous[1] !== next[1]) out.push(next);
  }
  const first = out[0];
  const last = out.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
    out.push([first[0] ?? 0, first[1] ?? 0]);
  // A closed ring needs 3 distinct points plus the closing one.
  return out.length >= 4 ? out : [];
}

/** Rounded polygons; a polygon whose outer ring collapses is dropped (its holes with it). */
export function roundMultiPolygon(geometry: MultiPolygon, decimals: number): MultiPolygon {
  const coordinates = geometry.coordinates.flatMap((rings) => {
    const [outer, ...holes] = rings.map((ring) => roundRing(ring, decimals));
    if (!outer || outer.length === 0) return [];
    return [[outer, ...holes.filter((hole) => hole.length > 0)]];
  });
  return { type: 'MultiPolygon', coordinates };
}

/** Rounded to `decimals`, or to the fewest extra decimals (up to 6) that keep a polygon; null if none. */
export function roundKeepingShape(
  geometry: MultiPolygon,
  decimals: number,
): { geometry: MultiPolygon; decimals: number } | null {
  for (let d = decimals; d <= 6; d++) {
    const rounded = roundMultiPolygon(geometry, d);
    if (rounded.coordinates.length > 0) return { geometry: rounded, decimals: d };
  }
  return null;
}
