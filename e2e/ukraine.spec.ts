// Ukraine, the country the coalition supports: selectable like a member (map, list, link, Back and
// Forward, a host's message) with a panel of its own (what its leaders said, each statement with
// its quote), and never counted in a stance.
import type { Page } from '@playwright/test';
import { STANCES } from '../src/data/stances.ts';
import { TILE_LAYER } from '../src/map/boundary-tiles.ts';
import { LAYER_HIGHLIGHT, SOURCE_OUTLINED } from '../src/map/map-style.ts';
import { dataset } from './fixtures/dataset.ts';
import { expectUkrainePanel, ZELENSKY_QUOTE } from './fixtures/supported.ts';
import { expect, test } from './fixtures/test.ts';
import type { TestWindow } from './fixtures/test-hooks.ts';

const UKR = dataset.coalition.supports;

/** Each stance's count, as the legend shows it. */
async function legendCounts(page: Page): Promise<number[]> {
  const texts = await Promise.all(
    STANCES.map((stance) => page.getByTestId(`filter.${stance}`).locator('.legend-count').textContent()),
  );
  return texts.map((text) => Number.parseInt(text ?? '', 10));
}

test.describe('Ukraine, the country the coalition supports', () => {
  test('a click on it on the map opens its panel, outlined as selected', async ({ mapPage, page }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
    await mapPage.clickCountry(UKR);
    await expectUkrainePanel(mapPage);
    await expect(page).toHaveURL(/#country=UKR$/);
    await expect.poll(() => mapPage.featureState(UKR)).toMatchObject({ selected: true });
    // The hover and selection outline draws Ukraine (its layer draws only what can be opened), and
    // its source has Ukraine's boundary loaded.
    const outlined = await page.evaluate(
      ({ layer, source, sourceLayer, code }) => {
        const map = (window as unknown as TestWindow).__map;
        const filter = JSON.stringify(map?.getFilter(layer) ?? null);
        const features = map?.querySourceFeatures(source, {
          sourceLayer,
          filter: ['==', ['get', 'iso3'], code],
        });
        return { inFilter: filter.includes(`"${code}"`), features: features?.length ?? 0 };
      },
      { layer: LAYER_HIGHLIGHT, source: SOURCE_OUTLINED, sourceLayer: TILE_LAYER, code: UKR },
    );
    expect(outlined.inFilter).toBe(true);
    expect(outlined.features).toBeGreaterThan(0);
  });

  test('a statement’s quote opens in its article, highlighted', async ({ mapPage }) => {
    await mapPage.goto(`country=${UKR}`);
    await expectUkrainePanel(mapPage);
    const statement = mapPage.page.getByTestId('panel.statement').filter({ hasText: ZELENSKY_QUOTE });
    await expect(statement).toContainText('Volodymyr Zelensky, President of Ukraine');
    await statement.getByTestId('panel.read-article').first().click();
    await expect(mapPage.panel.articleMark).toHaveText(/We are very thankful that we are not alone\./);
  });

  test('the list has it first, apart from the stances, and opens it', async ({ mapPage, page }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
    const row = page.getByTestId('list.supported');
    await expect(row).toContainText('The country the coalition supports');
    await expect(page.locator('.list-items button').first()).toHaveAttribute('data-iso3', UKR);
    await expect(mapPage.list.item(UKR)).toHaveCount(0);
    await row.click();
    await expectUkrainePanel(mapPage);
    await expect(row).toHaveAttribute('aria-current', 'true');
  });

  test('a link opens it, and Back and Forward walk to and from it', async ({ mapPage, page }) => {
    await mapPage.goto(`country=${UKR}`);
    await expectUkrainePanel(mapPage);
    await expect(mapPage.notice).toHaveCount(0);

    await mapPage.list.selectByClick('FRA');
    await expect(mapPage.panel.countryName).toHaveText('France');
    await page.goBack();
    await expectUkrainePanel(mapPage);
    await page.goForward();
    await expect(mapPage.panel.countryName).toHaveText('France');
  });

  test('the legend opens it too', async ({ mapPage, page }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
    await page.getByTestId('legend.supported').click();
    await expectUkrainePanel(mapPage);
  });

  test('selecting it changes no stance count, and no filter hides it', async ({ mapPage, page }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
    const expected = STANCES.map((s) => dataset.countriesByStance[s].length);
    await expect.poll(() => legendCounts(page)).toEqual(expected);
    const total = dataset.countries.length;
    await expect(mapPage.list.root).toContainText(`${total} of ${total} countries`);

    await page.getByTestId('list.supported').click();
    await expectUkrainePanel(mapPage);
    expect(await legendCounts(page)).toEqual(expected);
    await expect(mapPage.list.root).toContainText(`${total} of ${total} countries`);

    for (const stance of STANCES) await mapPage.toggleStance(stance);
    await expect(mapPage.list.items).toHaveCount(0);
    await expect(page.getByTestId('list.supported')).toBeVisible();
    await expectUkrainePanel(mapPage);
  });
});

test('a host page selects Ukraine in an embedded map, and hears it back', async ({ page }) => {
  await page.goto('/embed-example.html');
  await page.locator('iframe#map-a').scrollIntoViewIfNeeded();
  const log = page.getByTestId('host-log');
  await expect(log.locator('li[data-frame="map-a"][data-type="ready"]')).toHaveCount(1, { timeout: 30_000 });

  await page.evaluate((code) => {
    const iframe = document.getElementById('map-a');
    (window as unknown as { CoalitionMap: { select: (f: unknown, c: string) => void } }).CoalitionMap.select(
      iframe,
      code,
    );
  }, UKR);
  const frame = page.locator('iframe#map-a').contentFrame();
  await expect(frame.getByTestId('panel.country-name')).toHaveText(dataset.coalition.supported.name);
  await expect(frame.getByTestId('panel.supports')).toBeVisible();
  await expect(log).toContainText(
    `map-a: ${JSON.stringify({ source: 'coalition-map', type: 'select', iso3: UKR })}`,
  );
});
