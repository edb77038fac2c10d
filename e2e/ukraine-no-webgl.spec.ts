// Without WebGL the static SVG map stands in (reliability-no-webgl.spec.ts): a click on Ukraine
// there opens its panel too. Chromium is started with WebGL and every 3D API off.
import { findBrowser } from '../scripts/find-browser.ts';
import { expectUkrainePanel } from './fixtures/supported.ts';
import { expect, test } from './fixtures/test.ts';

// launchOptions replaces the configured one as a whole: keep the configured browser.
test.use({
  launchOptions: { executablePath: findBrowser()?.path, args: ['--disable-webgl', '--disable-3d-apis'] },
});

test('a click on Ukraine on the static map opens its panel', async ({ mapPage, page }) => {
  await mapPage.goto();
  await expect(page.getByTestId('map-error')).toContainText('WebGL');
  // The hatch drawn over Ukraine is the topmost shape there.
  await page.getByTestId('static-map').locator('path[data-supports]').click();
  await expectUkrainePanel(mapPage);
});
