import { describe, expect, it } from 'vitest';

import { lngLatToMercator } from '../../src/map/projection.ts';
import type { Bounds } from '../../src/map/view-geometry.ts';
import {
  countryFrame,
  type MapGeography,
  MIN_SPAN_DEGREES,
  mapView,
  pictureXY,
  STROKE_SCALE,
  scaleWorldPaths,
} from './og-frame.ts';

const bounds = (w: number, s: number, e: number, n: number): Bounds => [
  [w, s],
  [e, n],
];

const geo: MapGeography = {
  paths: { worldSize: 1024, countries: [{ iso3: 'IRL', name: 'Ireland', d: 'M491.5 323.4l-1 1.6-.9 .3z' }] },
  points: { IRL: [-8, 53], USA: [-98, 39], MLT: [14.4, 35.9] },
  bodies: { IRL: bounds(-10.5, 51.4, -6, 55.4), USA: bounds(-124.7, 24.5, -67, 49.4) },
  worldBounds: bounds(-135, -45, 155, 70),
};

const x = (lng: number) => lngLatToMercator(lng, 0, 1024)[0];

describe('countryFrame', () => {
  it('widens a small country to the minimum span, centred on it', () => {
    const [[west, south], [east, north]] = countryFrame(geo, 'IRL');
    expect(east - west).toBeCloseTo(MIN_SPAN_DEGREES, 6);
    expect((west + east) / 2).toBeCloseTo(-8.25, 6);
    expect(south).toBeLessThan(51.4);
    expect(north).toBeGreaterThan(55.4);
  });

  it("keeps a large country's own body", () => {
    const [[west, south], [east, north]] = countryFrame(geo, 'USA');
    expect(west).toBeCloseTo(-124.7, 6);
    expect(east).toBeCloseTo(-67, 6);
    expect(south).toBeCloseTo(24.5, 6);
    expect(north).toBeCloseTo(49.4, 6);
  });

  it('frames a country with only a point around that point', () => {
    const [[west], [east]] = countryFrame(geo, 'MLT');
    expect((west + east) / 2).toBeCloseTo(14.4, 6);
    expect(east - west).toBeCloseTo(MIN_SPAN_DEGREES, 6);
  });

  it('names the country it cannot frame', () => {
    expect(() => countryFrame(geo, 'XXX')).toThrow(
      'share picture for XXX: it has neither an outline nor a point',
    );
  });
});

describe('mapView', () => {
  const frame = bounds(-10, 40, 30, 60);
  const padding = { top: 40, right: 40, bottom: 40, left: 520 };
  const view = mapView(frame, padding, 1200, 630, 1024);

  it('covers the whole picture at its aspect ratio', () => {
    expect(view.box.width / view.box.height).toBeCloseTo(1200 / 630, 6);
  });

  it('puts the frame inside the padded part of the picture', () => {
    const sw = pictureXY(view, frame[0], 1200, 1024);
    const ne = pictureXY(view, frame[1], 1200, 1024);
    for (const p of [sw, ne]) {
      expect(p.x).toBeGreaterThanOrEqual(520 - 1e-6);
      expect(p.x).toBeLessThanOrEqual(1160 + 1e-6);
      expect(p.y).toBeGreaterThanOrEqual(40 - 1e-6);
      expect(p.y).toBeLessThanOrEqual(590 + 1e-6);
    }
  });

  it('gives bounds that are exactly the box, and a factor making one scaled unit STROKE_SCALE pixels', () => {
    const [west] = view.bounds[0];
    const [east] = view.bounds[1];
    expect(x(east) - x(west)).toBeCloseTo(view.box.width, 6);
    expect(1200 / (view.box.width * view.factor)).toBeCloseTo(STROKE_SCALE, 6);
  });
});

describe('scaleWorldPaths', () => {
  it('scales every coordinate and the world size', () => {
    const scaled = scaleWorldPaths(geo.paths, 2.5);
    expect(scaled.worldSize).toBe(2560);
    expect(scaled.countries[0]?.d).toBe('M1228.75 808.5l-2.5 4-2.25 0.75z');
    expect(scaled.countries[0]?.name).toBe('Ireland');
  });

  it('keeps thousandths, so relative moves do not drift', () => {
    const scaled = scaleWorldPaths(
      { worldSize: 1024, countries: [{ iso3: 'A', name: 'A', d: 'M1 1l.1 .1z' }] },
      1.23456,
    );
    expect(scaled.countries[0]?.d).toBe('M1.235 1.235l0.123 0.123z');
  });

  it('refuses path data with curves or arcs, whose numbers are not all coordinates', () => {
    const arc = { worldSize: 1024, countries: [{ iso3: 'ARC', name: 'Arc', d: 'M0 0a1 1 0 0 1 2 2z' }] };
    expect(() => scaleWorldPaths(arc, 2)).toThrow("ARC's outline has 'a', not only lines");
  });
});
