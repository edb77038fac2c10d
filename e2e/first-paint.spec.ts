// The first paint: the prerendered page carries the app and a static picture of the choropleth, so
// the reader sees the map before any of the app's script has loaded; the WebGL map then takes the
// picture's place without anything moving. "Before the script" is made exact by not serving the
// app's bundle at all: what remains is what every reader sees first.
import type { Page } from '@playwright/test';

import { DARK_PALETTE, LIGHT_PALETTE } from '../src/theme/palette.ts';
import { countryPoints as points } from './fixtures/country-points.ts';
import { dataset } from './fixtures/dataset.ts';
import { waitForHydration } from './fixtures/map-page.ts';
import { StaticMapView } from './fixtures/static-map.ts';
import { expect, test } from './fixtures/test.ts';

const APP_SCRIPT = '**/assets/index-*.js';

/** Loads the page alone (it carries boot.js and the stylesheet inline): the first paint, frozen. */
async function openFirstPaintOnly(page: Page, path = '/'): Promise<void> {
  await page.route(APP_SCRIPT, (route) => route.abort('blockedbyclient'));
  await page.goto(path);
}

type Box = { x: number; y: number; width: number; height: number };

async function mapFrameBox(page: Page): Promise<Box> {
  const box = await page.locator('.map-frame').first().boundingBox();
  if (!box) throw new Error('the map frame is not laid out');
  return box;
}

/** Where the first paint's SVG draws a lon/lat. */
const svgScreenPoint = (page: Page, lngLat: [number, number]) => new StaticMapView(page).drawnAt(lngLat);

test.describe('first paint', () => {
  test('shows the title and every dataset country in its colour before the app script runs', async ({
    page,
    guards,
  }) => {
    guards.expectError(/Failed to load resource|ERR_BLOCKED_BY_CLIENT/);
    await openFirstPaintOnly(page);
    await expect(page.locator('h1')).toHaveText(dataset.coalition.title);
    const svg = page.locator('svg[data-testid="static-map"]');
    await expect(svg).toBeVisible();
    for (const country of dataset.countries) {
      const path = svg.locator(`path[data-iso3="${country.iso3}"]`);
      await expect(path, country.iso3).toHaveCount(1);
      const fill = await path.evaluate((el) => getComputedStyle(el).fill);
      expect(fill, country.iso3).toBe(rgb(LIGHT_PALETTE.stances[country.stance]));
    }
    await expect(page.locator('[data-ready]')).toHaveCount(0);
  });

  test('the WebGL map replaces it in the same place and at the same scale', async ({ page, mapPage }) => {
    // A second tab of the same size shows the first paint alone (its blocked script is expected).
    const frozen = await page.context().newPage();
    await openFirstPaintOnly(frozen);
    const before = await mapFrameBox(frozen);
    // The country drawn farthest from the frame's middle, inside it: a difference of scale moves it
    // the most (members beyond the default frame are left out: their edge markers stand in).
    const middle = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
    let far: { iso3: string; drawn: { x: number; y: number }; distance: number } | null = null;
    for (const { iso3 } of dataset.countries) {
      const point = points[iso3];
      if (!point) continue;
      const drawn = await svgScreenPoint(frozen, point);
      const inside =
        drawn.x > before.x &&
        drawn.x < before.x + before.width &&
        drawn.y > before.y &&
        drawn.y < before.y + before.height;
      const distance = Math.hypot(drawn.x - middle.x, drawn.y - middle.y);
      if (inside && (!far || distance > far.distance)) far = { iso3, drawn, distance };
    }
    await frozen.close();
    if (!far) throw new Error('no dataset country is drawn inside the first paint');
    const { iso3, drawn: drawnBefore } = far;

    await mapPage.goto();
    await mapPage.waitForMapReady();
    const after = await mapFrameBox(page);
    for (const key of ['x', 'y', 'width', 'height'] as const) expect(after[key]).toBeCloseTo(before[key], 0);
    const drawnAfter = await mapPage.countryPoint(iso3);
    expect(Math.abs(drawnAfter.x - drawnBefore.x)).toBeLessThan(2);
    expect(Math.abs(drawnAfter.y - drawnBefore.y)).toBeLessThan(2);
    // The picture has done its job, and Reset view is offered now that the map can be moved.
    await expect(page.locator('.first-paint')).toHaveCount(0);
    await expect(page.getByTestId('reset-view')).toBeVisible();
  });

  test("the map's chunk does not load: the map says so and offers Retry, the picture and the page work", async ({
    page,
    guards,
  }) => {
    guards.expectError(/Failed to load resource|dynamically imported|could not be loaded|Importing a module/);
    await page.route('**/assets/map-session-*.js', (route) => route.abort('failed'));
    await page.goto('/');
    const failure = page.getByTestId('map-error');
    await expect(failure).toContainText("The map's code could not be loaded");
    await expect(failure.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(page.locator('.map-status')).toHaveCount(0);
    // The list and the panel do not need the map.
    await page.getByTestId('list.item').filter({ hasText: 'France' }).click();
    await expect(page.getByTestId('panel.country-name')).toHaveText('France');
  });

  for (const path of ['/', '/?embed=1', '/embed/']) {
    test(`the app draws the picture from the outlines the page carries, never fetching them (${path})`, async ({
      page,
    }) => {
      const outlineRequests: string[] = [];
      page.on('request', (request) => {
        if (/first-paint-paths/.test(request.url())) outlineRequests.push(request.url());
      });
      // The map's chunk held back: the picture stays the map, as on a slow phone.
      await page.route('**/assets/map-session-*.js', () => {});
      const prerendered = await (await page.request.get('/')).text();
      const franceInPage = /<path d="([^"]+)" data-iso3="FRA"/.exec(prerendered)?.[1];
      const countriesInPage = prerendered.match(/<path d="[^"]+" data-iso3="[A-Z]{3}" class="fill-/g)?.length;
      expect(franceInPage).toBeDefined();
      await page.goto(path);
      await waitForHydration(page);
      // Drawn by the app (the full page and the embed's page hydrate theirs; ?embed=1 on the full
      // page renders anew, from the full page's picture): every country.
      const picture = page.locator('.first-paint svg[data-testid="static-map"]');
      await expect(picture.locator('.map-borders path[data-iso3]')).toHaveCount(countriesInPage ?? -1);
      // France picked on the picture is outlined with the outline the page carried.
      const at = await svgScreenPoint(page, points.FRA ?? [2, 47]);
      await page.mouse.click(at.x, at.y);
      await expect(page.getByTestId('panel.country-name')).toHaveText('France');
      await expect(picture.locator('path[data-selected]')).toHaveAttribute('d', franceInPage ?? '');
      expect(outlineRequests).toEqual([]);
    });
  }

  test('the land no source names is one grey shape: pointing at it outlines nothing, a tap opens no country', async ({
    page,
  }) => {
    // The map's chunk held back: the picture stays the map, as on a slow phone.
    await page.route('**/assets/map-session-*.js', () => {});
    await page.goto('/');
    await waitForHydration(page);
    const picture = page.locator('.first-paint svg[data-testid="static-map"]');
    const grey = picture.locator('.map-borders path[data-no-data]');
    await expect(grey).toHaveCount(1);
    await expect(grey).toHaveClass('fill-no-data');
    // Poland: no source names it, so it is part of that shape, not a path of its own.
    expect(dataset.countries.map((c) => c.iso3)).not.toContain('POL');
    await expect(picture.locator('path[data-iso3="POL"]')).toHaveCount(0);
    const poland = await svgScreenPoint(page, points.POL ?? [19.6, 52.2]);
    const under = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-no-data'),
      poland,
    );
    expect(under).toBe(true);

    // France pointed at is outlined, and opened by a tap; then Poland outlines nothing more.
    const outlines = picture.locator('path[fill="none"]');
    const france = await svgScreenPoint(page, points.FRA ?? [2, 47]);
    await page.mouse.move(france.x, france.y);
    await expect(outlines).toHaveCount(1);
    await page.mouse.click(france.x, france.y);
    await expect(page.getByTestId('panel.country-name')).toHaveText('France');
    await page.mouse.move(poland.x, poland.y);
    await expect(outlines).toHaveCount(1);
    await expect(outlines).toHaveAttribute('data-selected', '');
    // A tap on it is a tap on no country: back to the overview, as on the WebGL map.
    await page.mouse.click(poland.x, poland.y);
    await expect(page.getByTestId('panel.country-name')).toHaveCount(0);
    await expect(outlines).toHaveCount(0);
  });

  test('an embed does not show the full page first', async ({ page, guards }) => {
    guards.expectError(/Failed to load resource|ERR_BLOCKED_BY_CLIENT/);
    await openFirstPaintOnly(page, '/?embed=1');
    await expect(page.locator('.app')).toHaveCount(1);
    await expect(page.locator('.app')).toBeHidden();
  });

  for (const [query, theme] of [
    ['?theme=dark', 'dark'],
    ['?theme=LIGHT', 'light'],
    ['?theme=sepia', 'light'],
  ] as const) {
    test(`paints in the theme the app will use (${query})`, async ({ page, guards }) => {
      guards.expectError(/Failed to load resource|ERR_BLOCKED_BY_CLIENT/);
      await openFirstPaintOnly(page, `/${query}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const palette = theme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
      const troops = dataset.countries.find((c) => c.stance === 'troops');
      if (!troops) return;
      const fill = await page
        .locator(`svg[data-testid="static-map"] path[data-iso3="${troops.iso3}"]`)
        .evaluate((el) => getComputedStyle(el).fill);
      expect(fill).toBe(rgb(palette.stances.troops));

      // The app, once it runs, keeps the same theme.
      await page.unroute(APP_SCRIPT);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    });
  }
});

function rgb(hex: string): string {
  const n = (i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `rgb(${n(0)}, ${n(1)}, ${n(2)})`;
}
