// The members beyond the default frame (Canada, the United States, Australia) on the map picture,
// the map until MapLibre has drawn and the map without JavaScript: each has an edge marker that
// links to its page, and with JavaScript selects it; the picture then brings it into view as the
// WebGL map would (centred, at the same zoom), and the WebGL map takes over there without moving.
import type { Page } from '@playwright/test';

import { isInView } from '../src/map/view-geometry.ts';
import { pointOf } from './fixtures/country-points.ts';
import { holdBack } from './fixtures/early-tap.ts';
import { MapFrame } from './fixtures/frame.ts';
import { type MapPage, waitForHydration } from './fixtures/map-page.ts';
import { StaticMapView } from './fixtures/static-map.ts';
import { expect, test } from './fixtures/test.ts';

const FAR = [
  ['CAN', 'Canada'],
  ['USA', 'United States'],
  ['AUS', 'Australia'],
] as const;

/** Whether the picture draws the point inside the map's area, by the in-view rule. */
async function drawnInView(page: Page, at: readonly [number, number]) {
  const area = await page.getByTestId('map').boundingBox();
  const drawn = await new StaticMapView(page).drawnAt(at);
  return area !== null && isInView(drawn.x - area.x, drawn.y - area.y, area.width, area.height);
}

/** Lets the map's chunk in; the WebGL map must draw the country where the picture did, within 2 px. */
async function expectMapTakesOverThere(page: Page, mapPage: MapPage, release: () => void, iso3: string) {
  await expect.poll(() => drawnInView(page, pointOf(iso3))).toBe(true);
  const drawn = await new StaticMapView(page).drawnAt(pointOf(iso3));
  release();
  await mapPage.waitForMapReady();
  await expect(page.locator('.first-paint')).toHaveCount(0);
  const onMap = await mapPage.countryPoint(iso3);
  expect(Math.abs(onMap.x - drawn.x), 'across').toBeLessThan(2);
  expect(Math.abs(onMap.y - drawn.y), 'down').toBeLessThan(2);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the picture names each member beyond it, and its marker opens the country’s page', async ({
    page,
  }) => {
    await page.goto('/');
    const frame = new MapFrame(page);
    for (const [iso3, name] of FAR) {
      await expect(frame.marker(name)).toBeVisible();
      await expect(frame.marker(name)).toHaveAttribute('href', `country/${iso3}/`);
    }
    // Russia shows on the picture (its western part): no marker.
    await expect(frame.marker('Russia')).toHaveCount(0);
    await frame.marker('Australia').click();
    await expect(page).toHaveURL(/\/country\/AUS\/$/);
    await expect(page.getByTestId('panel.country-name')).toHaveText('Australia');
  });
});

test.describe('before MapLibre has drawn', () => {
  let release: () => void;
  test.beforeEach(async ({ page }) => {
    release = await holdBack(page, '**/assets/map-session-*.js');
  });

  test('a marker selects its country, the picture brings it into view, and the map takes over there', async ({
    page,
    mapPage,
  }) => {
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await waitForHydration(page);
    const australia = new MapFrame(page).marker('Australia');
    await australia.click();
    await expect(mapPage.panel.countryName).toHaveText('Australia');
    // Selected in place: the address is the app's, not the country's page.
    await expect(page).toHaveURL(/#country=AUS/);
    await expect.poll(() => drawnInView(page, pointOf('AUS'))).toBe(true);
    await expect(australia).toHaveCount(0);
    await expectMapTakesOverThere(page, mapPage, release, 'AUS');
  });

  test('a link to a far member opens the picture on it, and the map takes over there', async ({
    page,
    mapPage,
  }) => {
    await page.goto('/#country=USA', { waitUntil: 'domcontentloaded' });
    await waitForHydration(page);
    await expect(mapPage.panel.countryName).toHaveText('United States');
    await expectMapTakesOverThere(page, mapPage, release, 'USA');
  });
});
