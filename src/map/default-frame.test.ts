import { describe, expect, it } from 'vitest';

import { defaultFrame, distanceKm, FRAME_RADIUS_KM, MAX_EDGE_MARKERS } from './default-frame';
import type { Bounds } from './view-geometry';

const WORLD: Bounds = [
  [-135, -45],
  [155, 70],
];
const points = {
  UKR: [32.4, 49.4],
  GBR: [-1.6, 52.6],
  IRL: [-7.5, 53.1],
  DEU: [10, 51.7],
  CAN: [-113.6, 59.1],
  AUS: [132.3, -23.4],
} as const;
const bodies: Record<string, Bounds> = {
  UKR: [
    [22.1, 44.4],
    [40.2, 52.4],
  ],
  GBR: [
    [-6.1, 50],
    [1.7, 58.6],
  ],
  IRL: [
    [-10.4, 51.5],
    [-6, 55.4],
  ],
};

describe('distanceKm', () => {
  it('measures great circles', () => {
    expect(distanceKm([0, 0], [0, 1])).toBeCloseTo(111.2, 0);
    expect(distanceKm(points.UKR, points.IRL)).toBeLessThan(FRAME_RADIUS_KM);
    expect(distanceKm(points.UKR, points.CAN)).toBeGreaterThan(2 * FRAME_RADIUS_KM);
  });
});

describe('defaultFrame', () => {
  const members = ['GBR', 'IRL', 'DEU', 'CAN', 'AUS'];

  it('frames the supported country and the members near it, by their main bodies', () => {
    const frame = defaultFrame({ supports: 'UKR', members, points, bodies, worldBounds: WORLD });
    // Germany has no body here: its interior point stands in.
    expect(frame.bounds).toEqual([
      [-10.4, 44.4],
      [40.2, 58.6],
    ]);
    expect(frame.outside).toEqual(['CAN', 'AUS']);
  });

  it('frames a dataset spread over the world whole, with no markers', () => {
    const far: Record<string, readonly [number, number]> = { ...points };
    const many = Array.from({ length: MAX_EDGE_MARKERS + 1 }, (_, i) => {
      far[`F${i}`] = [-150 + i * 5, -30];
      return `F${i}`;
    });
    const frame = defaultFrame({
      supports: 'UKR',
      members: [...members, ...many],
      points: far,
      bodies,
      worldBounds: WORLD,
    });
    expect(frame.outside).toEqual([]);
    expect(frame.bounds).toEqual([
      [-150, -30],
      [132.3, 59.1],
    ]);
  });

  it('falls back to the dataset, then the world, without the supported country’s point', () => {
    const { UKR: _ukr, ...noUkraine } = points;
    expect(
      defaultFrame({ supports: 'UKR', members: ['GBR'], points: noUkraine, bodies, worldBounds: WORLD }),
    ).toEqual({
      bounds: [
        [-1.6, 52.6],
        [-1.6, 52.6],
      ],
      outside: [],
    });
    expect(
      defaultFrame({ supports: 'UKR', members: [], points: {}, bodies, worldBounds: WORLD }).bounds,
    ).toEqual(WORLD);
  });
});
