// Checks the real build output (Natural Earth 50m through the whole pipeline), i.e. exactly what
// build-geo.ts writes to public/generated/.
import type { MultiPolygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { lngLatToMercator } from '../../src/map/projection.ts';
import { longestLonEdge } from './antimeridian.ts';
import { pointInRings } from './interior-point.ts';
import { buildGeo, type GeoOutputs } from './pipeline.ts';
import { type CountryProperties, loadWorld, WORLD_50M_PATH } from './world.ts';

let out: GeoOutputs;
let sourceCodes: string[];
const warnings: string[] = [];

beforeAll(() => {
  const topology = loadWorld(WORLD_50M_PATH);
  sourceCodes = topology.objects.countries.geometries.map((g) =>
    String((g.properties as CountryProperties).a3),
  );
  out = buildGeo(topology, '50m.json', undefined, (message) => warnings.push(message));
});

const geometryOf = (iso3: string): MultiPolygon => {
  const found = out.countries.features.find((f) => f.properties.iso3 === iso3);
  if (!found) throw new Error(`no feature ${iso3}`);
  return found.geometry;
};

/** Absolute points of an "M x y l dx dy ... z" path (the only commands svgPathData writes). */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const ring of d.split('z').filter(Boolean)) {
    const [start = '', deltas = ''] = ring.slice(1).split('l');
    const numbers = (text: string) => (text.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    let [x = 0, y = 0] = numbers(start);
    points.push([x, y]);
    const d2 = numbers(deltas);
    for (let i = 0; i + 1 < d2.length; i += 2) {
      x += d2[i] as number;
      y += d2[i + 1] as number;
      points.push([x, y]);
    }
  }
  return points;
}

describe('countries.geojson', () => {
  it('has one feature per source country, each code once, none silently dropped', () => {
    const codes = out.countries.features.map((f) => f.properties.iso3);
    expect(new Set(codes).size).toBe(codes.length);
    const accounted = new Set([...codes, ...out.undrawable.map((label) => label.slice(0, 3))]);
    for (const a3 of sourceCodes) expect(accounted, a3).toContain(a3);
    expect(out.undrawable).toEqual(['ATC (Ashmore and Cartier Is.)', 'VAT (Vatican)']);
    expect(out.synthetic).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('keeps properties to { iso3, name } and leaves feature ids out (the map uses promoteId)', () => {
    for (const f of out.countries.features) {
      expect(Object.keys(f.properties).sort()).toEqual(['iso3', 'name']);
      expect('id' in f).toBe(false);
    }
    expect(geometryOf('UKR')).toBeDefined();
    expect(out.countries.features.find((f) => f.properties.iso3 === 'UKR')?.properties.name).toBe('Ukraine');
  });

  it('has no ring edge spanning more than 180 degrees of longitude (no band across the map)', () => {
    for (const f of out.countries.features)
      expect(longestLonEdge(f.geometry), f.properties.iso3).toBeLessThan(180);
  });

  it('draws Chukotka east of 180 next to the rest of Russia, not as a separate strip at -180', () => {
    const lons = geometryOf('RUS').coordinates[0]?.[0]?.map((p) => p[0] ?? 0) ?? [];
    expect(Math.max(...lons)).toBeGreaterThan(180);
    expect(Math.min(...lons)).toBeGreaterThan(0);
  });

  it('rounds coordinates to 3 decimals and has no repeated consecutive points', () => {
    // Collected, then asserted once: 140,000 separate expects would take seconds.
    const problems: string[] = [];
    for (const f of out.countries.features) {
      for (const ring of f.geometry.coordinates.flat()) {
        if (ring.length < 4) problems.push(`${f.properties.iso3}: ring of ${ring.length} points`);
        if (ring[0]?.join() !== ring.at(-1)?.join()) problems.push(`${f.properties.iso3}: open ring`);
        ring.forEach((point, i) => {
          if (point.some((v) => Math.round(v * 1000) / 1000 !== v))
            problems.push(`${f.properties.iso3}: ${point}`);
          if (i > 0 && point.join() === ring[i - 1]?.join())
            problems.push(`${f.properties.iso3}: repeat ${point}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('country-points.json', () => {
  it('has a point for every country, inside it as the map projects it', () => {
    expect(Object.keys(out.points).sort()).toEqual(out.countries.features.map((f) => f.properties.iso3));
    for (const f of out.countries.features) {
      const [lon, lat] = out.points[f.properties.iso3] ?? [Number.NaN, Number.NaN];
      expect(lon, f.properties.iso3).toBeGreaterThanOrEqual(-180);
      expect(lon, f.properties.iso3).toBeLessThanOrEqual(180);
      const projected = (p: number[], shift: number) =>
        lngLatToMercator((p[0] ?? 0) + shift, p[1] ?? 0, 2 ** 20);
      // Polygons may run past 180 (unwrapped), so try the point's copies one world either side.
      const inside = [-360, 0, 360].some((shift) =>
        f.geometry.coordinates.some((rings) =>
          pointInRings(
            projected([lon, lat], shift),
            rings.map((ring) => ring.map((p) => projected(p, 0))),
          ),
        ),
      );
      expect(inside, `${f.properties.iso3} point ${lon},${lat}`).toBe(true);
    }
  });
});

describe('world-paths.json', () => {
  it('has a non-empty outline for every country, in the same order and codes', () => {
    expect(out.paths.worldSize).toBe(1024);
    expect(out.paths.countries.map((c) => c.iso3)).toEqual(
      out.countries.features.map((f) => f.properties.iso3),
    );
    for (const c of out.paths.countries) {
      expect(c.d, c.iso3).toMatch(/^M[-\d. ]+l[-\d. ]+z(M[-\d. ]+l[-\d. ]+z)*$/);
    }
  });

  it('puts each outline where the Mercator formula puts its GeoJSON polygon (within half a pixel)', () => {
    for (const iso3 of ['UKR', 'FRA', 'NZL', 'MLT']) {
      const fromPath = pathPoints(out.paths.countries.find((c) => c.iso3 === iso3)?.d ?? '');
      const fromGeo = geometryOf(iso3)
        .coordinates.flat(2)
        .map((p) => lngLatToMercator(p[0] ?? 0, p[1] ?? 0, 1024));
      for (const axis of [0, 1]) {
        const extent = (points: number[][]) => {
          const values = points.map((p) => p[axis] ?? 0);
          return [Math.min(...values), Math.max(...values)];
        };
        const [pathMin = 0, pathMax = 0] = extent(fromPath);
        const [geoMin = 0, geoMax = 0] = extent(fromGeo);
        expect(Math.abs(pathMin - geoMin), `${iso3} axis ${axis}`).toBeLessThan(0.5);
        expect(Math.abs(pathMax - geoMax), `${iso3} axis ${axis}`).toBeLessThan(0.5);
      }
    }
  });

  it('stays inside the Mercator square vertically (Antarctica clipped at 85 degrees south)', () => {
    const [, bottom] = lngLatToMercator(0, -85, 1024);
    for (const c of out.paths.countries) {
      for (const [, y] of pathPoints(c.d)) expect(y, c.iso3).toBeLessThanOrEqual(bottom + 0.05);
    }
  });
});

describe('first-paint-paths.json', () => {
  it('draws the same world in whole pixels, leaving out only specks under a pixel', () => {
    expect(out.firstPaint.worldSize).toBe(out.paths.worldSize);
    const codes = out.firstPaint.countries.map((c) => c.iso3);
    for (const iso3 of ['UKR', 'FRA', 'GBR', 'RUS', 'USA', 'AUS']) expect(codes).toContain(iso3);
    for (const c of out.firstPaint.countries) {
      expect(c.d, c.iso3).toMatch(/^M[-\d ]+l[-\d ]+z(M[-\d ]+l[-\d ]+z)*$/);
    }
  });

  it('is the coarser of the two outlines: fewer points in all', () => {
    const count = (paths: { d: string }[]) => paths.reduce((n, c) => n + pathPoints(c.d).length, 0);
    expect(count(out.firstPaint.countries)).toBeLessThan(count(out.paths.countries) / 2);
  });
});
