// Douglas-Peucker on the topology's shared arcs, before polygons are assembled: each border between
// two countries is simplified once, so neighbours keep an identical edge (no gaps or slivers), which
// simplifying each country's rings separately cannot promise.
import type { Topology } from 'topojson-specification';
import { lngLatToMercator } from '../../src/map/projection.ts';

type Position = [number, number];

/** Absolute lon/lat arcs, whether or not the topology is quantized (delta-encoded). */
export function decodeArcs(topology: Topology): Position[][] {
  const transform = topology.transform;
  return topology.arcs.map((arc) =>
    transform
      ? (() => {
          let x = 0;
          let y = 0;
          return arc.map(([dx = 0, dy = 0]) => {
            x += dx;
            y += dy;
            return [
              x * transform.scale[0] + transform.translate[0],
              y * transform.scale[1] + transform.translate[1],
            ] as Position;
          });
        })()
      : arc.map(([x = 0, y = 0]) => [x, y] as Position),
  );
}

/** Squared distance from p to the segment a-b. */
function segmentDistance2(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  const ex = p[0] - (a[0] + t * dx);
  const ey = p[1] - (a[1] + t * dy);
  return ex * ex + ey * ey;
}

/** Indices kept by Douglas-Peucker (iterative: some arcs have thousands of points). */
export function douglasPeucker(points: Position[], tolerance: number): number[] {
  const last = points.length - 1;
  if (last < 2 || tolerance <= 0) return points.map((_, i) => i);
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[last] = 1;
  const stack: [number, number][] = [[0, last]];
  const tolerance2 = tolerance * tolerance;
  for (let span = stack.pop(); span; span = stack.pop()) {
    const [from, to] = span;
    let farthest = -1;
    let farthest2 = tolerance2;
    for (let i = from + 1; i < to; i++) {
      const d2 = segmentDistance2(points[i] as Position, points[from] as Position, points[to] as Position);
      if (d2 > farthest2) {
        farthest = i;
        farthest2 = d2;
      }
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      stack.push([from, farthest], [farthest, to]);
    }
  }
  return points.flatMap((_, i) => (keep[i] ? [i] : []));
}

/**
 * A copy of the topology, unquantized, whose arcs are simplified to `tolerance` in Web Mercator
 * world units (1 = the world's width), so the error is measured the way the map shows it.
 * Longitudes are unwrapped inside an arc for the measurement only; the output keeps the input's.
 */
export function simplifyTopology<T extends Topology>(topology: T, tolerance: number): T {
  const arcs = decodeArcs(topology).map((arc) => {
    let previous = arc[0]?.[0] ?? 0;
    const projected = arc.map(([lon, lat]) => {
      const continuous = lon + 360 * Math.round((previous - lon) / 360);
      previous = continuous;
      return lngLatToMercator(continuous, lat, 1);
    });
    return douglasPeucker(projected, tolerance).map((i) => arc[i] as Position);
  });
  const { transform: _quantized, ...rest } = topology;
  return { ...rest, arcs } as unknown as T;
}
