// Phone projects only: a tap on Ukraine, the country the coalition supports, opens its own panel
// (what its leaders said), as a tap on a member opens that member's.
import type { Page } from '@playwright/test';

import { dataset } from '../fixtures/dataset.ts';
import type { MapPage } from '../fixtures/map-page.ts';
import { expect, test } from '../fixtures/test.ts';

const UKR = dataset.coalition.supports;

/**
 * Taps the country's interior point. Touch coordinates are the visual viewport's, the test hook's
 * are the layout viewport's (client pixels): on a phone the two differ once the visual viewport
 * has scrolled inside a layout viewport wider than the screen.
 */
async function tapCountry(page: Page, mapPage: MapPage, iso3: string): Promise<void> {
  await mapPage.bringMapIntoView();
  const { x, y } = await mapPage.countryPoint(iso3);
  const offset = await page.evaluate(() => ({
    left: window.visualViewport?.offsetLeft ?? 0,
    top: window.visualViewport?.offsetTop ?? 0,
  }));
  await page.touchscreen.tap(x - offset.left, y - offset.top);
}

test('tapping Ukraine on the map opens its panel', async ({ page, mapPage }) => {
  await mapPage.goto();
  await mapPage.waitForMapReady();
  await tapCountry(page, mapPage, UKR);

  await expect(mapPage.panel.countryName).toHaveText(dataset.coalition.supported.name);
  await expect(page.getByTestId('panel.supports')).toContainText('The country the coalition supports');
  await expect(
    mapPage.panel.quotes.filter({ hasText: 'We are very thankful that we are not alone.' }),
  ).toHaveCount(1);
  await expect(page).toHaveURL(/#country=UKR$/);
});
