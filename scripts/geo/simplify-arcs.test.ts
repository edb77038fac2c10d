import { describe, expect, it } from 'vitest';
import { decodeArcs, douglasPeucker, simplifyTopology } from './simplify-arcs.ts';
import { loadWorld } from './world.ts';

describe('douglasPeucker', () => {
  it('drops points closer to the line than the tolerance and keeps the ends and the peaks', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.01],
      [2, 0],
      [3, 1],
      [4, 0],
    ];
    expect(douglasPeucker(line, 0.1)).toEqual([0, 2, 3, 4]);
    expect(douglasPeucker(line, 0)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('simplifyTopology', () => {
  it('decodes quantized arcs and keeps shared arcs shared (same endpoints, fewer points)', () => {
    const world = loadWorld();
    const before = decodeArcs(world);
    const simplified = simplifyTopology(world, 0.25 / 1024);
    expect(simplified.transform).toBeUndefined();
    expect(simplified.arcs).toHaveLength(before.length);
    simplified.arcs.forEach((arc, i) => {
      expect(arc[0]).toEqual(before[i]?.[0]);
      expect(arc.at(-1)).toEqual(before[i]?.at(-1));
    });
    const count = (arcs: unknown[][]) => arcs.reduce((sum, arc) => sum + arc.length, 0);
    expect(count(simplified.arcs)).toBeLessThan(count(before) / 2);
    // Decoding lands on the atlas's own bounding box.
    const lons = before.flat().map((p) => p[0]);
    expect(Math.min(...lons)).toBeCloseTo(-180, 6);
    expect(Math.max(...lons)).toBeCloseTo(180, 2);
  });
});
