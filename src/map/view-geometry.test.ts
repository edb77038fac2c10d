import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import {
  type CountryFeatures,
  isInView,
  mainBodyBounds,
  mercatorArea,
  SMALL_COUNTRY_AREA,
  smallCountryPoints,
} from './view-geometry';

const ring = (x: number, y: number, w: number, h: number) => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
  [x, y],
];

describe('mercatorArea', () => {
  it('is the land, not the box around it, scaled as Mercator draws it', () => {
    // Two specks 40 degrees apart: a big box, almost no land.
    const archipelago = {
      type: 'MultiPolygon' as const,
      coordinates: [[ring(0, 0, 0.1, 0.1)], [ring(40, 0, 0.1, 0.1)]],
    };
    expect(mercatorArea(archipelago)).toBeCloseTo(0.02, 3);
    // One square degree at 60° is drawn as about four at the equator.
    expect(mercatorArea({ type: 'Polygon', coordinates: [ring(0, 59.5, 1, 1)] })).toBeCloseTo(4, 0);
  });
});

describe('mainBodyBounds', () => {
  it('is the box of the largest polygon (metropolitan France, not French Guiana)', () => {
    const france = {
      type: 'MultiPolygon' as const,
      coordinates: [[ring(-52, 2, 2, 3)], [ring(-4, 42, 12, 9)]],
    };
    expect(mainBodyBounds(france)).toEqual([
      [-4, 42],
      [8, 51],
    ]);
  });
});

describe('isInView', () => {
  it('keeps a margin inside the edge', () => {
    expect(isInView(100, 100, 300, 400)).toBe(true);
    expect(isInView(10, 100, 300, 400)).toBe(false);
    expect(isInView(100, 390, 300, 400)).toBe(false);
    expect(isInView(-500, 100, 300, 400)).toBe(false);
  });
});

describe('smallCountryPoints on every country the map draws (the benchmark dataset)', () => {
  const countries = JSON.parse(
    readFileSync(new URL('../../public/generated/countries.geojson', import.meta.url), 'utf8'),
  ) as CountryFeatures;
  const points = JSON.parse(
    readFileSync(new URL('../../public/generated/country-points.json', import.meta.url), 'utf8'),
  ) as Record<string, [number, number]>;
  const all = countries.features.map((f) => f.properties.iso3);
  const dotted = new Set(smallCountryPoints(countries, points, all).features.map((f) => f.properties.iso3));

  it('dots the archipelagos whose box is large but whose islands are specks', () => {
    // These had no dot under the old bounding-box rule, and no pixel to click at the world view.
    for (const iso3 of ['KIR', 'FSM', 'MHL', 'PLW', 'PYF', 'SHN', 'TON'])
      expect(dotted, iso3).toContain(iso3);
  });

  it('leaves no country without a dot that is drawn smaller than two pixels a side at zoom 0', () => {
    // At zoom 0 a degree at the equator is 512/360 px; SMALL_COUNTRY_AREA is 4 square degrees.
    for (const feature of countries.features) {
      const iso3 = feature.properties.iso3;
      if (dotted.has(iso3)) continue;
      expect(mercatorArea(feature.geometry), iso3).toBeGreaterThanOrEqual(SMALL_COUNTRY_AREA);
      expect(points[iso3], `${iso3} has an interior point`).toBeDefined();
    }
  });
});
