// Before MapLibre has drawn (a phone on a slow network) and when WebGL cannot run, the static
// picture is the map: a country opened under the bottom sheet rises above it there too, as on the
// WebGL map (src/sheet/sight.ts), and the WebGL map takes over in the same place, without moving.

import { holdBack } from '../fixtures/early-tap.ts';
import { waitForHydration } from '../fixtures/map-page.ts';
import { FRANCE, inSightAboveSheet } from '../fixtures/picture-sight.ts';
import { Sheet } from '../fixtures/sheet.ts';
import { StaticMapView } from '../fixtures/static-map.ts';
import { expect, test } from '../fixtures/test.ts';

test('before the map is drawn, France tapped on the picture rises above the sheet, and the map takes over there', async ({
  page,
  mapPage,
}) => {
  // The map's chunk held back until the picture has done its part, as on a slow phone.
  const release = await holdBack(page, '**/assets/map-session-*.js');
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await waitForHydration(page);
  // Nothing to reset before the map can be moved: Reset view comes with the WebGL map.
  await expect(page.getByTestId('reset-view')).toHaveCount(0);
  const picture = new StaticMapView(page);
  const sheet = new Sheet(page);

  const at = await picture.pointIn('FRA');
  await page.touchscreen.tap(at.x, at.y);
  await expect(mapPage.panel.countryName).toHaveText('France');
  await expect(sheet.root).toHaveAttribute('data-state', 'half');
  await expect.poll(() => inSightAboveSheet(page, picture, FRANCE)).toBe(true);
  const drawn = await picture.drawnAt(FRANCE);

  release();
  await mapPage.waitForMapReady();
  await expect(page.locator('.first-paint')).toHaveCount(0);
  await expect(page.getByTestId('reset-view')).toBeVisible();
  const onMap = await mapPage.countryPoint('FRA');
  expect(Math.abs(onMap.x - drawn.x), 'across').toBeLessThan(2);
  expect(Math.abs(onMap.y - drawn.y), 'down').toBeLessThan(2);
  // And it stays there: the map jumped to the picture's frame, with nothing left to animate.
  await page.waitForTimeout(600);
  const later = await mapPage.countryPoint('FRA');
  expect(Math.abs(later.x - onMap.x) + Math.abs(later.y - onMap.y)).toBeLessThan(1);
});
