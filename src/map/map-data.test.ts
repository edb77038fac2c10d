import { describe, expect, it } from 'vitest';

import { boundsOf, type CountryFeatures, smallCountryPoints } from './view-geometry';

const square = (iso3: string, x: number, y: number, size: number) => ({
  type: 'Feature' as const,
  properties: { iso3 },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  },
});

const countries: CountryFeatures = {
  type: 'FeatureCollection',
  features: [square('LUX', 6, 49.5, 0.6), square('FRA', -4, 42, 10), square('MLT', 14.2, 35.8, 0.3)],
};
const points = { LUX: [6.1, 49.7], FRA: [2.5, 46.5], MLT: [14.4, 35.9] } as const;

describe('boundsOf', () => {
  it('wraps the given countries and skips those without a point', () => {
    expect(boundsOf(points, ['FRA', 'MLT', 'XXX'])).toEqual([
      [2.5, 35.9],
      [14.4, 46.5],
    ]);
  });
  it('is null when no country has a point', () => {
    expect(boundsOf(points, ['XXX'])).toBeNull();
  });
});

describe('smallCountryPoints', () => {
  it('gives a dot to small dataset countries only', () => {
    const dots = smallCountryPoints(countries, points, ['LUX', 'FRA']);
    expect(dots.features.map((f) => [f.properties.iso3, f.geometry.coordinates])).toEqual([
      ['LUX', [6.1, 49.7]],
    ]);
  });
});
