// Download CSV, JSON and PNG as a reader would, then open the files and check what they hold
// against the dataset on disk (counted here independently of the app's export code).
import { readFileSync } from 'node:fs';

import type { Download, Page } from '@playwright/test';
import { PNG } from 'pngjs';

import type { Coalition, Stance } from '../src/data/schema.ts';
import { CSV_HEADER } from '../src/export/csv.ts';
import { SEA_COLOR, STANCE_COLORS } from '../src/map/map-style.ts';
import { parseCsv } from '../test-support/csv-parse.ts';
import { expect, test } from './fixtures/test.ts';

const coalition = JSON.parse(readFileSync('data/coalition.json', 'utf8')) as Coalition;

/** Evidence quotes of the countries whose stance is shown: the rows the CSV must have. */
function quotesShown(stances: readonly Stance[]): number {
  return coalition.countries
    .filter((c) => stances.includes(c.stance))
    .flatMap((c) => c.claims)
    .reduce((n, claim) => n + claim.evidence.length, 0);
}

const ALL: Stance[] = ['troops', 'peacekeeping-only', 'other-support', 'opposed', 'unstated'];
// A claim quote with curly quotes and a comma, so it only survives intact if quoting is right.
const KNOWN_QUOTE =
  'Chairing the first meeting of the so-called “coalition of the willing” at the level of defence ministers, United Kingdom Defence Secretary John Healey';

async function download(page: Page, testId: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return file;
}

async function downloadedText(file: Download): Promise<string> {
  return readFileSync(await file.path(), 'utf8');
}

const column = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);

test.describe('Download CSV', () => {
  test('holds one row per evidence quote, quotes verbatim, after a BOM and the header', async ({
    page,
    mapPage,
  }) => {
    await mapPage.goto();
    const file = await download(page, 'download.csv');
    expect(file.suggestedFilename()).toMatch(/^coalition-map-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await downloadedText(file);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');

    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(quotesShown(ALL));
    expect(rows.map((r) => r[column('quote')])).toContain(KNOWN_QUOTE);
  });

  test('holds only the rows of the stances the filter shows', async ({ page, mapPage }) => {
    await mapPage.goto('stance=troops');
    const [, ...rows] = parseCsv(await downloadedText(await download(page, 'download.csv')));
    expect(rows).toHaveLength(quotesShown(['troops']));
    expect(new Set(rows.map((r) => r[column('country_stance')]))).toEqual(new Set(['troops']));
  });
});

test.describe('Download JSON', () => {
  test('holds the shown countries with their claims, the facts, and the sources they cite', async ({
    page,
    mapPage,
  }) => {
    await mapPage.goto('stance=troops,opposed');
    const file = await download(page, 'download.json');
    expect(file.suggestedFilename()).toMatch(/^coalition-map-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await downloadedText(file));

    expect(data.filter).toEqual({ stances: ['troops', 'opposed'], asOf: null });
    const expected = coalition.countries.filter((c) => c.stance === 'troops' || c.stance === 'opposed');
    expect(data.countries).toEqual(expected);
    expect(data.facts).toEqual(coalition.facts);
    const cited = new Set<string>();
    for (const item of [...expected.flatMap((c) => c.claims), ...coalition.facts])
      for (const e of item.evidence) cited.add(e.source);
    expect(new Set(data.sources.map((s: { id: string }) => s.id))).toEqual(cited);
  });
});

/** True when the pixel is within `tolerance` per channel of the colour (the GPU may round). */
function near(png: PNG, pixel: number, hex: string, tolerance = 2): boolean {
  return [1, 3, 5].every(
    (at, c) =>
      Math.abs((png.data[pixel * 4 + c] ?? 0) - Number.parseInt(hex.slice(at, at + 2), 16)) <= tolerance,
  );
}

/** Pixels of the colour in rows [from, to). */
function countNear(png: PNG, hex: string, from = 0, to = png.height): number {
  let n = 0;
  for (let p = from * png.width; p < to * png.width; p++) if (near(png, p, hex)) n++;
  return n;
}

test.describe('Download PNG', () => {
  test('pictures the map at its own size with a header, legend and credits around it', async ({
    page,
    mapPage,
  }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
    const canvas = await page
      .getByTestId('map')
      .locator('canvas')
      .evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));

    const file = await download(page, 'download.png');
    expect(file.suggestedFilename()).toMatch(/^coalition-map-\d{4}-\d{2}-\d{2}\.png$/);
    const png = PNG.sync.read(readFileSync(await file.path()));

    expect(png.width).toBe(canvas.width);
    // Header above and legend and credits below the map make the image taller than the map.
    expect(png.height).toBeGreaterThan(canvas.height + 100);

    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4) {
      colours.add(((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0));
    }
    // Not blank: text, swatches and the map's many edges give many colours.
    expect(colours.size).toBeGreaterThan(50);

    // The map was copied, not an empty frame: the sea (drawn only by the map) spans about the
    // canvas height, and inside those rows, away from the legend, every stance colour is painted.
    const seaRows = [];
    for (let row = 0; row < png.height; row++)
      if (countNear(png, SEA_COLOR, row, row + 1) > 0) seaRows.push(row);
    const top = seaRows[0] ?? 0;
    const bottom = (seaRows.at(-1) ?? 0) + 1;
    expect(bottom - top).toBeGreaterThan(canvas.height * 0.9);
    expect(bottom - top).toBeLessThanOrEqual(canvas.height);
    for (const colour of Object.values(STANCE_COLORS)) {
      expect(countNear(png, colour, top, bottom), `${colour} on the map`).toBeGreaterThan(100);
    }
  });
});
