// A point well inside each country, for labels, small-country hit targets and e2e clicks. A centroid
// can fall outside (Norway, Croatia, Chile's neighbours), so we take the pole of inaccessibility of
// the largest polygon: the interior point farthest from any edge (the "polylabel" algorithm:
// Garcia-Castellanos & Lombardo 2007, as in mapbox/polylabel), measured in Web Mercator because
// that is where the map puts pixels.
import type { MultiPolygon, Position } from 'geojson';
import { lngLatToMercator, mercatorToLngLat } from '../../src/map/projection.ts';
import { largestPolygonIndex } from './antimeridian.ts';

type XY = [number, number];
type Cell = { x: number; y: number; half: number; distance: number; best: number };

/** Even-odd ray casting; true inside the outer ring and outside every hole. */
export function pointInRings(point: readonly [number, number], rings: readonly (readonly XY[])[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as XY;
      const [xj, yj] = ring[j] as XY;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function segmentDistance2(x: number, y: number, a: XY, b: XY): number {
  let [px, py] = a;
  let dx = b[0] - px;
  let dy = b[1] - py;
  if (dx !== 0 || dy !== 0) {
    const t = ((x - px) * dx + (y - py) * dy) / (dx * dx + dy * dy);
    if (t > 1) [px, py] = b;
    else if (t > 0) {
      px += dx * t;
      py += dy * t;
    }
  }
  dx = x - px;
  dy = y - py;
  return dx * dx + dy * dy;
}

/** Signed distance to the polygon's edges: positive inside. */
function signedDistance(x: number, y: number, rings: XY[][]): number {
  let min2 = Number.POSITIVE_INFINITY;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      min2 = Math.min(min2, segmentDistance2(x, y, ring[i] as XY, ring[j] as XY));
    }
  }
  return (pointInRings([x, y], rings) ? 1 : -1) * Math.sqrt(min2);
}

function cell(x: number, y: number, half: number, rings: XY[][]): Cell {
  const distance = signedDistance(x, y, rings);
  return { x, y, half, distance, best: distance + half * Math.SQRT2 };
}

/** Pole of inaccessibility of projected rings, to `precision` units. */
export function poleOfInaccessibility(rings: XY[][], precision: number): XY {
  const outer = rings[0] ?? [];
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.min(maxX - minX, maxY - minY);
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0, rings);
  if (size === 0) return [best.x, best.y];
  // A sorted array as the priority queue: a few thousand cells at most, simpler than a heap.
  const queue: Cell[] = [];
  const push = (c: Cell) => {
    let lo = 0;
    let hi = queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((queue[mid] as Cell).best < c.best) lo = mid + 1;
      else hi = mid;
    }
    queue.splice(lo, 0, c);
  };
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) push(cell(x + size / 2, y + size / 2, size / 2, rings));
  }
  for (let c = queue.pop(); c; c = queue.pop()) {
    if (c.distance > best.distance) best = c;
    if (c.best - best.distance <= precision) continue;
    const h = c.half / 2;
    for (const [sx, sy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ] as const) {
      push(cell(c.x + sx * h, c.y + sy * h, h, rings));
    }
  }
  return [best.x, best.y];
}

/** Interior point of a country's largest polygon, in lon/lat rounded to 4 decimals (about 10 m). */
export function countryInteriorPoint(geometry: MultiPolygon): [number, number] {
  const polygon = geometry.coordinates[largestPolygonIndex(geometry.coordinates)] ?? [];
  // Zoom 10 pixels (512 * 2^10 world): fine enough for microstates, cheap enough for Russia.
  const worldSize = 512 * 2 ** 10;
  const rings = polygon.map((ring) =>
    ring.map((p: Position) => lngLatToMercator(p[0] ?? 0, p[1] ?? 0, worldSize)),
  );
  const xs = (rings[0] ?? []).map((p) => p[0]);
  const precision = Math.max(0.05, (Math.max(...xs) - Math.min(...xs)) / 2000);
  const [x, y] = poleOfInaccessibility(rings, precision);
  const [lng, lat] = mercatorToLngLat(x, y, worldSize);
  return [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
}
