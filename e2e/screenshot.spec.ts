// Writes docs/screenshot.png, the picture the README shows: the app with the United Kingdom
// selected, taken once the map has drawn. It checks what it pictures before taking it.
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

import { dataset } from './fixtures/dataset.ts';
import { expect, test } from './fixtures/test.ts';

const SCREENSHOT = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url));

test('docs/screenshot.png shows the app with the United Kingdom selected', async ({ mapPage, page }) => {
  await mapPage.goto('country=GBR');
  await mapPage.waitForMapReady();
  await mapPage.waitForMapIdle();
  await expect(mapPage.panel.countryName).toHaveText(dataset.countryByIso3.get('GBR')?.name ?? 'GBR');
  await expect.poll(() => mapPage.featureState('GBR')).toMatchObject({ selected: true });

  const png = PNG.sync.read(await page.screenshot({ path: SCREENSHOT, animations: 'disabled' }));
  const viewport = page.viewportSize();
  expect([png.width, png.height]).toEqual([viewport?.width, viewport?.height]);
});
