import { describe, expect, it } from 'vitest';
import { countryInteriorPoint, pointInRings, poleOfInaccessibility } from './interior-point.ts';
import { square } from './test-shapes';

// A "C" open to the east: its centroid (about 4.4, 5) lies in the notch, outside the shape.
const cShape: [number, number][] = [
  [0, 0],
  [10, 0],
  [10, 2],
  [2, 2],
  [2, 8],
  [10, 8],
  [10, 10],
  [0, 10],
  [0, 0],
];

describe('pointInRings', () => {
  it('tells inside from outside and treats holes as outside', () => {
    expect(pointInRings([1, 5], [cShape])).toBe(true);
    expect(pointInRings([5, 5], [cShape])).toBe(false);
    const square: [number, number][] = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const hole: [number, number][] = [
      [1, 1],
      [3, 1],
      [3, 3],
      [1, 3],
      [1, 1],
    ];
    expect(pointInRings([2, 2], [square, hole])).toBe(false);
    expect(pointInRings([0.5, 2], [square, hole])).toBe(true);
  });
});

describe('poleOfInaccessibility', () => {
  it('finds a point inside a shape whose centroid is outside, as far from the edges as it can', () => {
    const [x, y] = poleOfInaccessibility([cShape], 0.01);
    // The C is 2 units thick everywhere, so the best point is 1 unit from the nearest edge: a cross
    // of arms 0.95 around it stays inside.
    for (const [dx, dy] of [
      [0, 0],
      [0.95, 0],
      [-0.95, 0],
      [0, 0.95],
      [0, -0.95],
    ] as const) {
      expect(pointInRings([x + dx, y + dy], [cShape]), `${x + dx}, ${y + dy}`).toBe(true);
    }
  });
});

describe('countryInteriorPoint', () => {
  it('uses the largest polygon and returns lon/lat rounded to 4 decimals', () => {
    const [lon, lat] = countryInteriorPoint({
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 0.5)], [square(20, 40, 4)]],
    });
    expect(lon).toBeCloseTo(22, 2);
    // Mercator stretches northwards, so the pole sits slightly north of the lat midpoint.
    expect(lat).toBeGreaterThan(41.9);
    expect(lat).toBeLessThan(42.5);
    expect(Math.round(lon * 1e4) / 1e4).toBe(lon);
  });
});
