// Light and dark: the page follows the reader's system setting (prefers-color-scheme), live, unless
// the URL says ?theme=light|dark (what an embed uses to match its host page). The map's own
// colours switch with it, in place, and the PNG download is drawn in the theme on screen.
import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

import { DARK_PALETTE, LIGHT_PALETTE, type Palette } from '../src/theme/palette.ts';
import { dataset } from './fixtures/dataset.ts';
import { colourAt, colourDistance, hexToRgb } from './fixtures/pixels.ts';
import { expect, test } from './fixtures/test.ts';
import type { TestWindow } from './fixtures/test-hooks.ts';
import { backgroundOf, colourAtLngLat, luminance, themeAttribute } from './fixtures/theme.ts';

/** Open Atlantic, inside the first view of the map in the full and the embedded layout. */
const OPEN_SEA: [number, number] = [-35, 30];
const TOLERANCE = 6;

/** The page, the map frame's ground (the sea, seen through the canvas) and the sea on screen. */
async function expectTheme(page: Page, name: 'light' | 'dark', palette: Palette): Promise<void> {
  expect(await themeAttribute(page)).toBe(name);
  const body = await backgroundOf(page.locator('body'));
  expect(body.alpha).toBe(1);
  if (name === 'dark') expect(luminance(body.rgb)).toBeLessThan(0.05);
  else expect(luminance(body.rgb)).toBeGreaterThan(0.8);
  const ground = await backgroundOf(page.getByTestId('map').locator('..'));
  expect(colourDistance(ground.rgb, hexToRgb(palette.sea))).toBe(0);
  expect(colourDistance(await colourAtLngLat(page, OPEN_SEA), hexToRgb(palette.sea))).toBeLessThanOrEqual(
    TOLERANCE,
  );
}

test.describe('the theme', () => {
  test('?theme=dark gives a dark page and a dark map, stance colours included', async ({ mapPage, page }) => {
    await mapPage.goto(undefined, 'theme=dark');
    await mapPage.waitForMapReady();
    await expectTheme(page, 'dark', DARK_PALETTE);

    // A country "named, no stated commitment" wears the dark palette's colour on screen.
    const unstated = dataset.countries.find((c) => c.stance === 'unstated');
    if (!unstated) throw new Error('e2e/theme.spec.ts: the dataset needs an "unstated" country');
    await mapPage.lookAt(unstated.iso3, 4);
    const point = await mapPage.countryPoint(unstated.iso3);
    expect(
      colourDistance(await colourAt(page, point), hexToRgb(DARK_PALETTE.stances.unstated)),
    ).toBeLessThanOrEqual(TOLERANCE);
    // The legend's swatch is the same colour.
    const swatch = page.getByTestId('filter.unstated').locator('.swatch');
    expect((await backgroundOf(swatch)).rgb).toEqual(hexToRgb(DARK_PALETTE.stances.unstated));
  });

  test('a dark system setting gives dark without any parameter', async ({ mapPage, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await mapPage.goto();
    await mapPage.waitForMapReady();
    await expectTheme(page, 'dark', DARK_PALETTE);
  });

  test('?theme=light stays light on a dark system', async ({ mapPage, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await mapPage.goto(undefined, 'theme=light');
    await mapPage.waitForMapReady();
    await expectTheme(page, 'light', LIGHT_PALETTE);
  });

  test('the embedded map in dark has an opaque dark ground all the way out', async ({ mapPage, page }) => {
    await mapPage.goto(undefined, 'embed=1&theme=dark');
    await mapPage.waitForMapReady();
    await expectTheme(page, 'dark', DARK_PALETTE);
    for (const element of [page.locator('html'), page.getByTestId('embed-layout')]) {
      const ground = await backgroundOf(element);
      expect(ground.alpha).toBe(1);
      expect(luminance(ground.rgb)).toBeLessThan(0.05);
    }
  });

  test('follows a change of the system setting while open, recolouring the same map', async ({
    mapPage,
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await mapPage.goto('country=GBR');
    await mapPage.waitForMapReady();
    await expectTheme(page, 'light', LIGHT_PALETTE);
    // Mark this map: a rebuilt map would not carry the mark.
    await page.evaluate(() => {
      const map = (window as unknown as TestWindow).__map as unknown as { marked?: boolean };
      map.marked = true;
    });

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => themeAttribute(page)).toBe('dark');
    await expectTheme(page, 'dark', DARK_PALETTE);
    const same = await page.evaluate(
      () => ((window as unknown as TestWindow).__map as unknown as { marked?: boolean }).marked === true,
    );
    expect(same).toBe(true);
    // The selection survived the recolouring.
    await expect.poll(() => mapPage.featureState('GBR')).toMatchObject({ selected: true });
  });

  test('the PNG download is drawn in the dark theme on a dark page', async ({ mapPage, page }) => {
    await mapPage.goto(undefined, 'theme=dark');
    await mapPage.waitForMapReady();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download.png').click(),
    ]);
    const png = PNG.sync.read(readFileSync(await file.path()));
    const pixel = (x: number, y: number): [number, number, number] => {
      const i = (y * png.width + x) * 4;
      return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
    };
    // The corner is the caption's ground; somewhere in the image the dark sea is painted.
    expect(colourDistance(pixel(1, 1), hexToRgb(DARK_PALETTE.background))).toBeLessThanOrEqual(2);
    let sea = 0;
    for (let y = 0; y < png.height; y += 4)
      for (let x = 0; x < png.width; x += 4)
        if (colourDistance(pixel(x, y), hexToRgb(DARK_PALETTE.sea)) <= 2) sea++;
    expect(sea).toBeGreaterThan(1000);
  });
});
