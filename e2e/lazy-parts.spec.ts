// What the first screen does not show (the dialogs' contents, the download writers, the article
// reader's body, the claims) is loaded later, from chunks of its own: never before the map is ready, and a
// chunk that does not arrive is reported where it was wanted, never a blank dialog.
import type { Page } from '@playwright/test';

import { dataset } from './fixtures/dataset.ts';
import { expect, test } from './fixtures/test.ts';

const LAZY_CHUNKS =
  /\/assets\/(MethodologyContent|EmbedDialogContent|download-actions|ArticleText|full-dataset)-[^/]*\.js$|\/claims\/\w+\/[A-Z]{3}\.json$/;

/**
 * Drops every request for `pattern` until the returned function is called. The patterns end in *
 * so they also drop the app's retries, which add ?retry=N (src/ui/lazy-part.tsx).
 */
async function dropRequests(page: Page, pattern: string): Promise<() => Promise<void>> {
  await page.route(pattern, (route) => route.abort('failed'));
  return () => page.unroute(pattern);
}

test('no lazy chunk is fetched before the map is ready; all are fetched after it', async ({
  page,
  mapPage,
}) => {
  // The moment the map says it is ready, on the page's own clock (resource timing's clock).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-testid="map"][data-ready="true"]')) return;
      (window as { readyAt?: number }).readyAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  await mapPage.goto();
  await mapPage.waitForMapReady();

  const lazyFetches = () =>
    page.evaluate((source) => {
      const pattern = new RegExp(source);
      return performance
        .getEntriesByType('resource')
        .filter((entry) => pattern.test(new URL(entry.name).pathname))
        .map((entry) => ({ name: entry.name, startTime: entry.startTime }));
    }, LAZY_CHUNKS.source);
  // Prefetched once the browser is idle after the map is drawn: the five chunks, eventually (no
  // country's claims file: the whole dataset's chunk holds them all).
  await expect.poll(async () => (await lazyFetches()).length).toBe(5);
  const readyAt = await page.evaluate(() => (window as { readyAt?: number }).readyAt);
  expect(readyAt).toBeDefined();
  for (const fetch of await lazyFetches()) {
    expect(fetch.startTime, `${fetch.name} started after ready`).toBeGreaterThanOrEqual(readyAt ?? 0);
  }
});

test("the methodology's chunk does not load: the dialog says so in place, and Retry loads it", async ({
  page,
  mapPage,
  guards,
}) => {
  guards.expectError(/Failed to load resource: net::ERR_FAILED/);
  // React reports the error the boundary caught, then the boundary names the part.
  guards.expectError(/Failed to fetch dynamically imported module/);
  guards.expectError(/The methodology failed:/);
  const restore = await dropRequests(page, '**/assets/MethodologyContent-*.js*');
  await mapPage.goto();
  await page.getByTestId('methodology').click();

  const dialog = page.getByTestId('methodology.dialog');
  await expect(dialog.getByRole('alert')).toContainText('The methodology could not be shown');
  // Not a blank box: the dialog keeps its title and a way out.
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('How this map is made');
  await expect(dialog.getByTestId('methodology.close')).toBeVisible();

  await restore();
  await dialog.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(dialog.getByTestId('methodology.stance')).toHaveCount(5);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
});

test("the downloads' chunk does not load: the status line says so, and the next click downloads", async ({
  page,
  mapPage,
  guards,
}) => {
  guards.expectError(/Failed to load resource: net::ERR_FAILED/);
  const restore = await dropRequests(page, '**/assets/download-actions-*.js*');
  await mapPage.goto();
  await mapPage.waitForMapReady();

  await page.getByTestId('download.csv').click();
  await expect(page.getByTestId('download.status')).toContainText(
    'The CSV file could not be made: the code that writes it did not load',
  );

  await restore();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download.csv').click()]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  await expect(page.getByTestId('download.status')).toBeEmpty();
});

test("a country's claims do not load: the panel says so under the country's name, and Retry loads them", async ({
  page,
  mapPage,
  guards,
}) => {
  guards.expectError(/Failed to load resource: net::ERR_FAILED/);
  // React reports the error the boundary caught, then the boundary names the part.
  guards.expectError(/FRA\.json: could not be fetched/);
  guards.expectError(/The claims failed:/);
  const france = dataset.countryByIso3.get('FRA');
  // The whole dataset's chunk stays out too (its prefetch would otherwise serve France's claims).
  await dropRequests(page, '**/assets/full-dataset-*.js*');
  const restore = await dropRequests(page, '**/claims/*/FRA.json*');
  await mapPage.goto();
  await mapPage.list.selectByClick('FRA');

  const panel = page.getByTestId('panel');
  await expect(panel.getByRole('alert')).toContainText('The claims could not be shown');
  await expect(panel.getByRole('alert')).toContainText('FRA.json: could not be fetched');
  await expect(mapPage.panel.countryName).toHaveText(france?.name ?? 'France');

  await restore();
  await panel.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(mapPage.panel.claims).toHaveCount(france?.claims.length ?? 0);
  await expect(panel.getByRole('alert')).toHaveCount(0);
});
