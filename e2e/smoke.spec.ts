// The whole chain works: the built page loads in Chromium under its strict CSP, asks nothing of
// any other origin, and the WebGL map (SwiftShader when headless) becomes ready. The fixture fails
// the test on any CSP violation, outside request or console error.
import { expect, test } from './fixtures/test.ts';

test('the built app loads offline under its CSP and the map becomes ready', async ({ mapPage, page }) => {
  await mapPage.goto();
  await mapPage.waitForMapReady();

  await expect(page).toHaveTitle(/Coalition Map/);
  await expect(mapPage.map.locator('canvas')).toBeVisible();
});
