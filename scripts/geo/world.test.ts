import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawableCodes, loadWorld, type WorldTopology, worldCountries } from './world.ts';

/** A two-country topology with one shared arc layout, enough for code handling. */
function topology(properties: Record<string, unknown>[]): WorldTopology {
  return {
    type: 'Topology',
    arcs: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: properties.map((p, i) => ({
          type: 'Polygon',
          arcs: [[0]],
          id: String(900 + i),
          properties: p,
        })),
      },
    },
  };
}

describe('worldCountries', () => {
  it('keeps a country without a usable a3 under a synthetic, non-ISO code and says so', () => {
    const warnings: string[] = [];
    const countries = worldCountries(
      topology([{ a3: 'FRA', name: 'France' }, { a3: '-99', name: 'Nowhere' }, { name: 'Blank' }]),
      'test.json',
      (m) => warnings.push(m),
    );
    expect(countries.map((c) => c.iso3)).toEqual(['FRA', 'XX-901', 'XX-902']);
    expect(countries.map((c) => c.synthetic)).toEqual([false, true, true]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('test.json');
    expect(warnings[0]).toContain('Nowhere');
  });

  it('refuses two countries with the same code (promoteId would merge them)', () => {
    expect(() =>
      worldCountries(
        topology([
          { a3: 'FRA', name: 'France' },
          { a3: 'FRA', name: 'Not France' },
        ]),
        'test.json',
      ),
    ).toThrow(/test\.json.*share the code FRA/);
  });
});

describe('loadWorld', () => {
  it('names the file and the reason when the topology is not one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'world-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"type": "FeatureCollection"}');
    expect(() => loadWorld(broken)).toThrow(/broken\.json: not a TopoJSON Topology/);
    writeFileSync(broken, '{');
    expect(() => loadWorld(broken)).toThrow(/broken\.json: cannot read/);
  });
});

describe('drawableCodes', () => {
  it('lists the countries the map can draw, leaving out the ones with no area in the source', () => {
    const codes = drawableCodes();
    for (const iso3 of ['UKR', 'FRA', 'GBR', 'MLT', 'LIE', 'XKX', 'RUS', 'USA'])
      expect(codes).toContain(iso3);
    expect(codes.has('VAT')).toBe(false);
    expect(codes.has('ATC')).toBe(false);
    expect(codes.size).toBe(240);
  });
});
