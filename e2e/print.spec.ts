// Printing (print.css, export/print-picture.ts): the page as print media lays it out, at the widths
// of the paper a reader prints on: A4 (794 css px) and Letter (816) upright, A4 on its side (1123,
// where the wide layout holds) and a phone's 390 px. Each shows the map picture (a copy of the
// current view, not the WebGL canvas, which prints blank), the legend and what the panel shows,
// with no control left and nothing wider than the paper. A screenshot of each is attached.
import type { Page, TestInfo } from '@playwright/test';
import { PNG } from 'pngjs';

import { DARK_PALETTE, LIGHT_PALETTE, type Palette } from '../src/theme/palette.ts';
import { dataset } from './fixtures/dataset.ts';
import type { MapPage } from './fixtures/map-page.ts';
import { colourDistance, hexToRgb, type Rgb } from './fixtures/pixels.ts';
import { expect, test } from './fixtures/test.ts';

const A4 = 794;
const LETTER = 816;
const A4_LANDSCAPE = 1123;
const PHONE = 390;
const TOLERANCE = 6;

async function printAt(
  mapPage: MapPage,
  page: Page,
  width: number,
  hash?: string,
  query?: string,
): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await mapPage.goto(hash, query);
  await mapPage.waitForMapReady();
  await mapPage.waitForMapIdle();
  await page.emulateMedia({ media: 'print' });
}

/** The share of the map picture's pixels in each colour, read from a screenshot of it. */
async function pictureColours(page: Page, colours: Record<string, string>): Promise<Record<string, number>> {
  const picture = page.locator('canvas.map-print-picture');
  await expect(picture).toBeVisible();
  const png = PNG.sync.read(await picture.screenshot({ animations: 'disabled' }));
  const targets = Object.entries(colours).map(([name, hex]) => [name, hexToRgb(hex)] as const);
  const counts: Record<string, number> = Object.fromEntries(targets.map(([name]) => [name, 0]));
  const pixels = png.width * png.height;
  for (let i = 0; i < pixels; i++) {
    const rgb: Rgb = [png.data[i * 4] ?? 0, png.data[i * 4 + 1] ?? 0, png.data[i * 4 + 2] ?? 0];
    for (const [name, target] of targets)
      if (colourDistance(rgb, target) <= TOLERANCE) counts[name] = (counts[name] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).map(([name, n]) => [name, n / pixels]));
}

/** The map picture shows the map: sea, unnamed land and the stances' colours, not one flat fill. */
async function expectMapPicture(
  page: Page,
  { russia, palette = LIGHT_PALETTE }: { russia: boolean; palette?: Palette },
): Promise<void> {
  const { stances } = palette;
  const shares = await pictureColours(page, {
    sea: palette.sea,
    noData: palette.noData,
    troops: stances.troops,
    opposed: stances.opposed,
  });
  expect(shares.sea, 'sea').toBeGreaterThan(0.05);
  expect(shares.noData, 'land not named in the sources').toBeGreaterThan(0.02);
  expect(shares.troops, 'countries sending troops').toBeGreaterThan(0.001);
  // The overview frames the whole coalition, Russia too; a country's view may not reach it.
  if (russia) expect(shares.opposed, 'Russia, opposed').toBeGreaterThan(0.001);
  // The live map and everything drawn over it give way to the picture.
  await expect(page.locator('.maplibregl-canvas')).toBeHidden();
}

async function expectLegend(page: Page): Promise<void> {
  await expect(
    page.getByRole('heading', { name: 'What the sources say each country commits' }),
  ).toBeVisible();
  for (const stance of ['troops', 'peacekeeping-only', 'other-support', 'opposed', 'unstated'])
    await expect(page.getByTestId(`filter.${stance}`)).toBeVisible();
  await expect(page.getByTestId('timeline.date')).toBeVisible();
}

/** No control is left: the only buttons shown are words of the page (names, legend entries), as text. */
async function expectNoControls(page: Page): Promise<void> {
  for (const id of [
    'reset-view',
    'timeline.play',
    'timeline.prev',
    'timeline.next',
    'timeline.slider',
    'show-all',
    'panel.tab-details',
    'panel.tab-sources',
    'panel.read-article',
    'panel.claim-link',
    'sheet.tab-details',
    'sheet.close',
  ])
    for (const element of await page.getByTestId(id).all()) await expect(element, id).toBeHidden();
  const looksLikeControls = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, textarea, summary')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => {
        const style = getComputedStyle(el);
        const framed =
          Number.parseFloat(style.borderTopWidth) > 0 || style.backgroundColor !== 'rgba(0, 0, 0, 0)';
        const word = el.matches(
          '.legend-toggle, .link-button, .source-quality > summary, .correction-old > summary',
        );
        return !word || framed;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}"`),
  );
  expect(looksLikeControls).toEqual([]);
}

/** Nothing reaches past the paper's width (the page does not scroll sideways either). */
async function expectFits(page: Page, width: number): Promise<void> {
  const overflowing = await page.evaluate((limit) => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > limit)
      out.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll('body *')) {
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0 && rect.right > limit + 0.5)
        out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(rect.right)}px`);
    }
    return out;
  }, width);
  expect(overflowing).toEqual([]);
}

/** A correction's earlier wording, a tap away on screen, is printed. */
async function expectCorrectionsOpen(page: Page): Promise<void> {
  for (const old of await page.getByTestId('panel.correction-old').all())
    await expect(old.locator('dd').first()).toBeVisible();
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ fullPage: true, animations: 'disabled' });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

const gbr = dataset.countryByIso3.get('GBR');

/** The United Kingdom's claims, each quote and its source (with the address the text cites). */
async function expectCountryClaims(page: Page): Promise<void> {
  if (!gbr) throw new Error('the dataset has no GBR');
  await expect(page.getByTestId('panel.country-name')).toHaveText(gbr.name);
  await expect(page.getByTestId('panel.claim')).toHaveCount(gbr.claims.length);
  const quotes = gbr.claims.flatMap((c) => c.evidence);
  await expect(page.getByTestId('panel.quote')).toHaveCount(quotes.length);
  for (const quote of await page.getByTestId('panel.quote').all()) await expect(quote).toBeVisible();
  for (const claim of await page.getByTestId('panel.claim').all())
    await expect(claim.locator('.source-title').first()).toBeVisible();
  // A rewrite's origin prints with its address, as paper has no links.
  const origin = dataset.sources.find((s) => s.originUrl && quotes.some((q) => q.source === s.id));
  if (!origin?.originUrl) throw new Error('GBR cites no source with an originUrl');
  const after = await page
    .getByTestId('source.origin')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain(origin.originUrl);
  await expectCorrectionsOpen(page);
}

test.describe('printing', () => {
  for (const [paper, width] of [
    ['A4', A4],
    ['Letter', LETTER],
  ] as const) {
    test(`the overview on ${paper}: map picture, legend, the coalition's facts with their quotes`, async ({
      mapPage,
      page,
    }, testInfo) => {
      await printAt(mapPage, page, width);
      await expectMapPicture(page, { russia: true });
      await expectLegend(page);
      await expect(page.getByRole('heading', { name: 'Who stands where' })).toBeVisible();
      const facts = page.getByTestId('panel.fact');
      await expect(facts).toHaveCount(dataset.coalition.facts.length);
      for (const fact of await facts.all())
        await expect(fact.getByTestId('panel.quote').first()).toBeVisible();
      await expectCorrectionsOpen(page);
      await expectNoControls(page);
      await expectFits(page, width);
      await attachScreenshot(page, testInfo, `overview-${paper}.png`);
    });

    test(`a selected country on ${paper}: its claims with quotes and sources`, async ({
      mapPage,
      page,
    }, testInfo) => {
      await printAt(mapPage, page, width, 'country=GBR');
      await expectMapPicture(page, { russia: false });
      await expectLegend(page);
      await expectCountryClaims(page);
      await expectNoControls(page);
      await expectFits(page, width);
      await attachScreenshot(page, testInfo, `country-GBR-${paper}.png`);
    });
  }

  test('A4 on its side keeps the wide layout, in one column', async ({ mapPage, page }, testInfo) => {
    await printAt(mapPage, page, A4_LANDSCAPE, 'country=GBR');
    // The sheet's tabs are not shown (its panels are laid out on the page).
    await expect(page.getByTestId('sheet.tab-details')).toBeHidden();
    await expectMapPicture(page, { russia: false });
    await expectLegend(page);
    await expectCountryClaims(page);
    await expectNoControls(page);
    await expectFits(page, A4_LANDSCAPE);
    // One column: the panel comes after the map, not beside it.
    const map = await page.getByTestId('map').boundingBox();
    const panel = await page.getByTestId('panel').boundingBox();
    expect(panel?.y).toBeGreaterThan((map?.y ?? 0) + (map?.height ?? 0));
    await attachScreenshot(page, testInfo, 'country-GBR-A4-landscape.png');
  });

  test("a phone's page in the dark theme: the sheet prints in the page's flow, dark text on white", async ({
    mapPage,
    page,
  }, testInfo) => {
    await printAt(mapPage, page, PHONE, 'country=GBR', 'theme=dark');
    const sheet = page.getByTestId('sheet');
    await expect(sheet).toHaveCSS('position', 'static');
    // The map picture is the map as the reader sees it; the words print dark on white.
    await expectMapPicture(page, { russia: false, palette: DARK_PALETTE });
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await expect(page.getByTestId('panel.claim').first().locator('.claim-statement')).toHaveCSS(
      'color',
      'rgb(0, 0, 0)',
    );
    await expectLegend(page);
    await expectCountryClaims(page);
    await expectNoControls(page);
    await expectFits(page, PHONE);
    // The sheet follows the map instead of covering it.
    const map = await page.getByTestId('map').boundingBox();
    const sheetBox = await sheet.boundingBox();
    expect(sheetBox?.y).toBeGreaterThanOrEqual((map?.y ?? 0) + (map?.height ?? 0));
    await attachScreenshot(page, testInfo, 'country-GBR-phone.png');
  });

  // The tests above emulate print media, which moves the map to its print size before the media
  // query reports it; a real print (here page.pdf(), as the browser's Print does) announces itself
  // first with `beforeprint`, and the picture is then the map exactly as the reader saw it.
  test('a real print pictures the map as it is on screen, when printing starts', async ({
    mapPage,
    page,
  }) => {
    await page.setViewportSize({ width: PHONE, height: 900 });
    await mapPage.goto('country=GBR');
    await mapPage.waitForMapReady();
    await mapPage.waitForMapIdle();
    const troops = hexToRgb(LIGHT_PALETTE.stances.troops);
    // Registered after the app's own listener, so it runs once the picture is taken.
    await page.evaluate((target) => {
      window.addEventListener('beforeprint', () => {
        const live = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
        const picture = document.querySelector<HTMLCanvasElement>('canvas.map-print-picture');
        const context = picture?.getContext('2d');
        let troops = 0;
        if (picture && context && picture.width > 0) {
          const { data } = context.getImageData(0, 0, picture.width, picture.height);
          for (let i = 0; i < data.length; i += 4) {
            const d = Math.max(
              Math.abs((data[i] ?? 0) - target[0]),
              Math.abs((data[i + 1] ?? 0) - target[1]),
              Math.abs((data[i + 2] ?? 0) - target[2]),
            );
            if (d <= 6) troops++;
          }
        }
        document.documentElement.dataset.printedPicture = JSON.stringify({
          live: [live?.width, live?.height],
          picture: [picture?.width, picture?.height],
          troops,
        });
      });
    }, troops);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const printed = JSON.parse((await page.locator('html').getAttribute('data-printed-picture')) ?? '{}');
    expect(printed.picture).toEqual(printed.live);
    expect(printed.troops).toBeGreaterThan(100);
  });
});
