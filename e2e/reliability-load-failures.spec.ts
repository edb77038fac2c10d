// A file the map needs does not arrive (a proxy drops it, the network blinks): the boundaries or
// MapLibre's worker script. The reader gets a clear message and a Retry, the list and the panel
// keep working meanwhile, and Retry brings the live map back once the file can be had.
import type { Page } from '@playwright/test';
import { dataset } from './fixtures/dataset.ts';
import type { MapPage } from './fixtures/map-page.ts';
import { StaticMapView } from './fixtures/static-map.ts';
import { expect, test } from './fixtures/test.ts';

const BOUNDARIES = '**/generated/tiles/**';
const WORKER = '**/assets/maplibre-gl-worker-*';

const country = dataset.countries.find((c) => c.stance === 'troops') ?? dataset.countries[0];
if (!country) throw new Error('e2e/reliability-load-failures.spec.ts: the dataset has no country');

async function expectListAndPanelWork(mapPage: MapPage): Promise<void> {
  if (!country) return;
  await mapPage.list.selectByClick(country.iso3);
  await expect(mapPage.panel.countryName).toHaveText(country.name);
}

/** Drops every request for `pattern` until the returned function is called. */
async function dropRequests(page: Page, pattern: string): Promise<() => Promise<void>> {
  await page.route(pattern, (route) => route.abort('failed'));
  return () => page.unroute(pattern);
}

test('the boundaries do not load: a message, the list and panel work, Retry brings the map', async ({
  mapPage,
  page,
  guards,
}) => {
  // The browser logs each failed download; the app says what it means in the page.
  guards.expectError(/Failed to load resource: net::ERR_FAILED/);
  guards.expectError(/Map error|generated\/tiles/);
  const restore = await dropRequests(page, BOUNDARIES);
  await mapPage.goto();
  const staticMap = new StaticMapView(page);

  await expect(staticMap.failure).toContainText("The map's boundaries could not be loaded");
  await expect(staticMap.retry).toBeVisible();
  await expect(page.locator('[data-ready="true"]')).toHaveCount(0);
  await expectListAndPanelWork(mapPage);

  await restore();
  await staticMap.retry.click();
  await mapPage.waitForMapReady();
  await expect(staticMap.failure).toHaveCount(0);
  // The live map shows the selection made while it was down.
  await expect.poll(() => mapPage.featureState(country.iso3)).toMatchObject({ selected: true });
});

test("MapLibre's worker does not load: a message, the list and panel work, Retry brings the map", async ({
  mapPage,
  page,
  guards,
}) => {
  guards.expectError(/Failed to load resource: net::ERR_FAILED/);
  guards.expectError(/Map error|worker/i);
  const restore = await dropRequests(page, WORKER);
  await mapPage.goto();
  const staticMap = new StaticMapView(page);

  await expect(staticMap.failure).toContainText('could not');
  await expectListAndPanelWork(mapPage);

  await restore();
  await staticMap.retry.click();
  await mapPage.waitForMapReady();
  await expect(staticMap.failure).toHaveCount(0);
});
