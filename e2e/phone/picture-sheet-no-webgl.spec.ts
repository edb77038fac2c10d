// Without WebGL on a phone, the static map is the map for good: a country opened under the bottom
// sheet rises above it, as on the WebGL map (src/sheet/sight.ts), and the overview puts it back.
import { findBrowser } from '../../scripts/find-browser.ts';
import { FRANCE, inSightAboveSheet } from '../fixtures/picture-sight.ts';
import { Sheet } from '../fixtures/sheet.ts';
import { StaticMapView } from '../fixtures/static-map.ts';
import { expect, test } from '../fixtures/test.ts';

// launchOptions replaces the configured one as a whole: keep the configured browser.
test.use({
  launchOptions: { executablePath: findBrowser()?.path, args: ['--disable-webgl', '--disable-3d-apis'] },
});

test('a country opened from the list rises above the sheet on the static map', async ({ page, mapPage }) => {
  await mapPage.goto();
  const picture = new StaticMapView(page);
  await expect(picture.failure).toContainText('WebGL');
  await expect(picture.country('FRA')).toBeAttached();
  const sheet = new Sheet(page);
  await sheet.tab('countries').tap();
  await mapPage.list.item('FRA').tap();
  await expect(mapPage.panel.countryName).toHaveText('France');
  await expect(sheet.root).toHaveAttribute('data-state', 'half');
  await expect(picture.svg.locator('path[data-selected]')).toHaveCount(1);
  await expect.poll(() => inSightAboveSheet(page, picture, FRANCE)).toBe(true);
  // Back to the overview: the picture returns to the frame it started at.
  await sheet.close.tap();
  await expect(mapPage.panel.countryName).toHaveCount(0);
  const box = await picture.svg.getAttribute('viewBox');
  await page.reload();
  await expect(picture.country('FRA')).toBeAttached();
  await expect.poll(() => picture.svg.getAttribute('viewBox')).toBe(box);
});
