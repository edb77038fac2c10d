// A browser without WebGL (disabled, blocklisted GPU, old machine): the page says so, shows the
// static SVG map in the same colours, and everything else works: clicking the static map, the
// list, the filter and the panel. Chromium is started with WebGL and every 3D API off.

import { findBrowser } from '../scripts/find-browser.ts';
import { isInView } from '../src/map/view-geometry.ts';
import { pointOf } from './fixtures/country-points.ts';
import { dataset } from './fixtures/dataset.ts';
import { MapFrame, mainBody } from './fixtures/frame.ts';
import { StaticMapView } from './fixtures/static-map.ts';
import { expect, test } from './fixtures/test.ts';

const browser = findBrowser();
// launchOptions replaces the configured one as a whole: keep the configured browser.
test.use({
  launchOptions: { executablePath: browser?.path, args: ['--disable-webgl', '--disable-3d-apis'] },
});

/** A country in the dataset big enough to click on a world map, with its stance. */
const country = dataset.countries.find((c) => c.iso3 === 'FRA') ?? dataset.countries[0];
if (!country) throw new Error('e2e/reliability-no-webgl.spec.ts: the dataset has no country');

test.describe('without WebGL', () => {
  test('the static map, the list, the filter and the panel all work, and a notice explains', async ({
    mapPage,
    page,
  }) => {
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
    await mapPage.goto();
    const staticMap = new StaticMapView(page);

    await expect(staticMap.failure).toContainText('WebGL');
    await expect(staticMap.failure).toContainText('The country list and the panel still work');
    await expect(staticMap.country(country.iso3)).toBeVisible();
    // data-ready means a live WebGL map: never set here.
    await expect(page.locator('[data-ready="true"]')).toHaveCount(0);

    // Clicking the static map selects a country, as the WebGL map would.
    await staticMap.clickCountry(country.iso3);
    await expect(mapPage.panel.countryName).toHaveText(country.name);
    await expect(staticMap.svg.locator('path[data-selected]')).toHaveCount(1);

    // The list selects another; Escape goes back to the overview.
    const other = dataset.countries.find((c) => c.iso3 !== country.iso3 && c.stance === country.stance);
    if (other) {
      await mapPage.list.selectByClick(other.iso3);
      await expect(mapPage.panel.countryName).toHaveText(other.name);
    }

    // The filter: the country's stance off, it leaves the list and fades on the static map.
    const fill = () => staticMap.country(country.iso3).getAttribute('fill');
    const shown = await fill();
    await mapPage.toggleStance(country.stance);
    await expect(mapPage.filters.toggle(country.stance)).toHaveAttribute('aria-pressed', 'false');
    await expect(mapPage.list.item(country.iso3)).toHaveCount(0);
    await expect.poll(fill).not.toBe(shown);
    const listed = dataset.countries.filter((c) => c.stance !== country.stance).length;
    await expect(mapPage.list.items).toHaveCount(listed);
  });

  test("the picture opens on the WebGL map's default frame, and a marker brings a far member into view", async ({
    mapPage,
    page,
  }) => {
    await mapPage.goto();
    const staticMap = new StaticMapView(page);
    await expect(staticMap.failure).toContainText('WebGL');
    // The default frame is the first paint's: the picture does not change frame when WebGL fails.
    const [sw, ne] = mainBody('FRA');
    const across = async () => (await staticMap.drawnAt(ne)).x - (await staticMap.drawnAt(sw)).x;
    expect(await across(), 'France across, in px').toBeGreaterThanOrEqual(40);
    const australia = new MapFrame(page).marker('Australia');
    await expect(australia).toBeVisible();

    await australia.click();
    await expect(mapPage.panel.countryName).toHaveText('Australia');
    await expect(australia).toBeHidden();
    const shown = async (iso3: string) => {
      const map = await page.locator('.static-map').boundingBox();
      const at = await staticMap.drawnAt(pointOf(iso3));
      return map !== null && isInView(at.x - map.x, at.y - map.y, map.width, map.height);
    };
    expect(await shown('AUS')).toBe(true);
    // From there the Americas are to the west, in one world, as on the WebGL map (not across the
    // Pacific): their markers are on the left, and the United States is reached westwards.
    const area = await page.locator('.static-map').boundingBox();
    for (const name of ['Canada', 'United States']) {
      const marker = await new MapFrame(page).marker(name).boundingBox();
      expect(area && marker && marker.x + marker.width / 2 < area.x + area.width / 2, name).toBe(true);
    }
    await new MapFrame(page).marker('United States').click();
    await expect(mapPage.panel.countryName).toHaveText('United States');
    await expect.poll(() => shown('USA')).toBe(true);
  });

  test('Retry tries again and lands on the same static map', async ({ mapPage, page }) => {
    await mapPage.goto(`country=${country.iso3}`);
    const staticMap = new StaticMapView(page);
    await expect(staticMap.country(country.iso3)).toBeVisible();
    const first = await staticMap.failure.elementHandle();
    await staticMap.retry.click();
    // A new attempt: the WebGL map was tried again (and failed again), so the fallback is new.
    await expect.poll(() => first?.evaluate((el) => el.isConnected)).toBe(false);
    await expect(staticMap.failure).toContainText('WebGL');
    await expect(staticMap.country(country.iso3)).toBeVisible();
    await expect(mapPage.panel.countryName).toHaveText(country.name);
  });

  test('an embed shows the static map and takes clicks', async ({ mapPage, page }) => {
    await mapPage.goto(undefined, 'embed=1');
    const staticMap = new StaticMapView(page);
    await expect(staticMap.failure).toContainText('WebGL');
    await staticMap.clickCountry(country.iso3);
    await expect(mapPage.panel.countryName).toHaveText(country.name);
  });
});
