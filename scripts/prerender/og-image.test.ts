// Renders real share pictures from the dataset and the generated outlines (npm run geo writes
// them before the tests), and reads the PNGs back.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';

import type { DatasetIndex } from '../../src/data/indexes.ts';
import { buildIndex } from '../../src/data/indexes.ts';
import { LIGHT_PALETTE } from '../../src/theme/palette.ts';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture.ts';
import { loadDatasetIndex, loadMapGeography } from './build-inputs.ts';
import type { MapGeography } from './og-frame.ts';
import { pictureXY } from './og-frame.ts';
import { ogImageSvg, pictureView, renderOgImage } from './og-image.tsx';
import { OG_HEIGHT, OG_WIDTH, PANEL_WIDTH } from './og-layout.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let index: DatasetIndex;
let geography: MapGeography;

beforeAll(() => {
  index = loadDatasetIndex(root);
  geography = loadMapGeography(root, index);
});

const hex = (png: PNG, x: number, y: number) => {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return `#${[0, 1, 2].map((k) => (png.data[i + k] ?? 0).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
};

/** How many pixels of exactly `color` lie within `radius` of (x, y). */
function countNear(png: PNG, x: number, y: number, radius: number, color: string): number {
  let n = 0;
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const [px, py] = [x + dx, y + dy];
      if (px < 0 || py < 0 || px >= png.width || py >= png.height) continue;
      if (hex(png, px, py) === color) n++;
    }
  }
  return n;
}

describe('renderOgImage', () => {
  it('draws a 1200 x 630 PNG that is a picture, not one flat colour', () => {
    const png = PNG.sync.read(Buffer.from(renderOgImage({ index, iso3: null, geography })));
    expect([png.width, png.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    const colours = new Set<string>();
    for (let y = 0; y < png.height; y += 7)
      for (let x = 0; x < png.width; x += 7) colours.add(hex(png, x, y));
    expect(colours.size).toBeGreaterThan(20);
    for (const color of [LIGHT_PALETTE.sea, LIGHT_PALETTE.background, LIGHT_PALETTE.stances.troops]) {
      expect(colours, color).toContain(color);
    }
  });

  it('fills the country with its stance colour and outlines it strongly on its own page, and only there', () => {
    const ireland = geography.points.IRL;
    if (!ireland) throw new Error('country-points.json has no IRL');
    const page = PNG.sync.read(Buffer.from(renderOgImage({ index, iso3: 'IRL', geography })));
    const at = pictureXY(
      pictureView({ index, iso3: 'IRL', geography }),
      ireland,
      OG_WIDTH,
      geography.paths.worldSize,
    );
    expect(at.x).toBeGreaterThan(PANEL_WIDTH);
    expect(hex(page, at.x, at.y)).toBe(LIGHT_PALETTE.stances['peacekeeping-only']);
    expect(countNear(page, at.x, at.y, 120, LIGHT_PALETTE.selected)).toBeGreaterThan(200);

    const overview = PNG.sync.read(Buffer.from(renderOgImage({ index, iso3: null, geography })));
    const there = pictureXY(
      pictureView({ index, iso3: null, geography }),
      ireland,
      OG_WIDTH,
      geography.paths.worldSize,
    );
    expect(hex(overview, there.x, there.y)).toBe(LIGHT_PALETTE.stances['peacekeeping-only']);
    expect(countNear(overview, there.x, there.y, 40, LIGHT_PALETTE.selected)).toBe(0);
  });

  it("outlines Ukraine over its hatch on Ukraine's page", () => {
    const ukraine = geography.points.UKR;
    if (!ukraine) throw new Error('country-points.json has no UKR');
    const png = PNG.sync.read(Buffer.from(renderOgImage({ index, iso3: 'UKR', geography })));
    const at = pictureXY(
      pictureView({ index, iso3: 'UKR', geography }),
      ukraine,
      OG_WIDTH,
      geography.paths.worldSize,
    );
    expect(countNear(png, at.x, at.y, 12, LIGHT_PALETTE.supported)).toBeGreaterThan(0);
    expect(countNear(png, at.x, at.y, 120, LIGHT_PALETTE.selected)).toBeGreaterThan(200);
  });
});

describe('ogImageSvg', () => {
  it("is the app's StaticMap with the page's country selected, and the words as text", () => {
    const svg = ogImageSvg({ index, iso3: 'GBR', geography });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg.match(/data-testid="static-map"/g)).toHaveLength(1);
    expect(svg.match(/data-selected=""/g)).toHaveLength(1);
    const words = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(words).toContain('United Kingdom');
    expect(words).toContain('Troops');
    expect(words).toContain('Sources: 4\u00a0news reports');
    expect(ogImageSvg({ index, iso3: null, geography })).not.toContain('data-selected');
  });

  it("says the sources differ where they do (Turkey's peacekeeping), as the map's dashed outline does", () => {
    const note = 'The sources differ';
    expect(ogImageSvg({ index, iso3: 'TUR', geography })).toContain(note);
    expect(ogImageSvg({ index, iso3: 'IRL', geography })).not.toContain(note);
  });

  it('escapes dataset text instead of treating it as markup', () => {
    const countries = fixtureCoalition.countries.map((c) =>
      c.iso3 === 'TUR' ? { ...c, name: 'Tom & <b>Jerry</b>' } : c,
    );
    const odd = buildIndex({ ...fixtureCoalition, countries }, fixtureSources);
    const svg = ogImageSvg({ index: odd, iso3: 'TUR', geography: loadMapGeography(root, odd) });
    expect(svg).toContain('Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
  });

  it('names the country that has no page', () => {
    expect(() => ogImageSvg({ index, iso3: 'ATA', geography })).toThrow('page for ATA: not a country');
  });
});
