import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { longestLonEdge, sphericalArea, unwrapGeometry, unwrapRing } from './antimeridian.ts';
import { square } from './test-shapes';
import { loadWorld, worldCountries } from './world.ts';

describe('unwrapRing', () => {
  it('makes a ring that crosses 180 continuous, past 180 rather than back to -180', () => {
    const ring = [
      [178, -16],
      [-179, -16],
      [-179, -17],
      [178, -17],
      [178, -16],
    ];
    expect(unwrapRing(ring)).toEqual([
      [178, -16],
      [181, -16],
      [181, -17],
      [178, -17],
      [178, -16],
    ]);
  });

  it('leaves an ordinary ring as it is', () => {
    const ring = [
      [10, 50],
      [20, 50],
      [20, 40],
      [10, 50],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });

  it('closes a ring that goes round the south pole along the pole, in steps under 180 degrees', () => {
    const ring = [
      [-180, -70],
      [-60, -75],
      [60, -72],
      [179, -70],
      [-180, -70],
    ];
    const out = unwrapRing(ring);
    expect(out[0]).toEqual(out.at(-1));
    const pole = out.filter((p) => p[1] === -90).map((p) => p[0]);
    expect(pole).toEqual([180, 90, 0, -90, -180]);
    expect(longestLonEdge({ type: 'Polygon', coordinates: [out] })).toBeLessThan(180);
    // The polygon now covers the cap: about the area south of 70-75 degrees, not a sliver.
    expect(sphericalArea([out])).toBeGreaterThan(0.2);
  });
});

describe('unwrapGeometry', () => {
  it('puts an island across 180 on the side of the main landmass (the Aleutians next to Alaska)', () => {
    const out = unwrapGeometry({
      type: 'MultiPolygon',
      coordinates: [[square(-160, 55, 15)], [square(172, 52, 1)]],
    });
    expect(out.coordinates[1]?.[0]?.[0]).toEqual([-188, 52]);
    expect(out.coordinates[0]?.[0]?.[0]).toEqual([-160, 55]);
  });

  it('fixes every jump across the antimeridian in the real Natural Earth data', () => {
    const topology = loadWorld();
    const jumpy = worldCountries(topology, 'test', () => {}).filter((country) => {
      const f = feature(topology, country.object) as Feature<Polygon | MultiPolygon>;
      return longestLonEdge(f.geometry) > 180;
    });
    // The source has the bands this module exists to remove...
    expect(jumpy.map((c) => c.iso3).sort()).toEqual(['ATA', 'FJI', 'RUS']);
    for (const country of jumpy) {
      const f = feature(topology, country.object) as Feature<Polygon | MultiPolygon>;
      // ...and none is left after unwrapping.
      expect(longestLonEdge(unwrapGeometry(f.geometry)), country.iso3).toBeLessThan(180);
    }
  });
});
