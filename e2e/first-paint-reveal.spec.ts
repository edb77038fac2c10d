// A link to a member beyond the default frame (the United States), opened before MapLibre has
// drawn: the map picture brings the country into view as the WebGL map would (centred, at the
// same zoom), and the WebGL map takes over there without moving.

import { isInView } from '../src/map/view-geometry.ts';
import { pointOf } from './fixtures/country-points.ts';
import { holdBack } from './fixtures/early-tap.ts';
import { waitForHydration } from './fixtures/map-page.ts';
import { StaticMapView } from './fixtures/static-map.ts';
import { expect, test } from './fixtures/test.ts';

const USA = pointOf('USA');

test('a link to a far member opens the picture on it, and the map takes over there', async ({
  page,
  mapPage,
}) => {
  const release = await holdBack(page, '**/assets/map-session-*.js');
  await page.goto('/#country=USA', { waitUntil: 'domcontentloaded' });
  await waitForHydration(page);
  await expect(mapPage.panel.countryName).toHaveText('United States');
  const picture = new StaticMapView(page);
  const area = await page.getByTestId('map').boundingBox();
  if (!area) throw new Error('no map area');
  const inView = async () => {
    const at = await picture.drawnAt(USA);
    return isInView(at.x - area.x, at.y - area.y, area.width, area.height);
  };
  await expect.poll(inView).toBe(true);
  const drawn = await picture.drawnAt(USA);

  release();
  await mapPage.waitForMapReady();
  await expect(page.locator('.first-paint')).toHaveCount(0);
  const onMap = await mapPage.countryPoint('USA');
  expect(Math.abs(onMap.x - drawn.x), 'across').toBeLessThan(2);
  expect(Math.abs(onMap.y - drawn.y), 'down').toBeLessThan(2);
});
