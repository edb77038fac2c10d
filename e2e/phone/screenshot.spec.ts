// Writes docs/phone.png, the README's picture of the phone layout: a 390 px phone after a tap on
// France, the bottom sheet open on its name, stance and first quote, France still on the map above.
// It checks what it pictures before taking it; the other phone projects skip it.
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

import { countryOnScreen, Sheet } from '../fixtures/sheet.ts';
import type { TestWindow } from '../fixtures/test-hooks.ts';
import { expect, test } from '../fixtures/test.ts';

const SCREENSHOT = fileURLToPath(new URL('../../docs/phone.png', import.meta.url));

test('docs/phone.png shows a tap on France on a 390 px phone', async ({ mapPage, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone-390-light', 'one picture, from the 390 px phone in light');
  await mapPage.goto();
  await mapPage.waitForMapReady();
  const france = await countryOnScreen(page, 'FRA');
  await page.touchscreen.tap(france.x, france.y);
  const sheet = new Sheet(page);
  await expect(sheet.root).toHaveAttribute('data-state', 'half');
  await expect(mapPage.panel.countryName).toHaveText('France');
  await expect(mapPage.panel.countryName).toBeInViewport();
  await expect(page.getByTestId('panel.quote').first()).toBeInViewport();
  await mapPage.waitForMapIdle();
  const now = await countryOnScreen(page, 'FRA');
  expect(now.y).toBeLessThan(await sheet.top());

  // Clipped to the viewport: a plain viewport screenshot of the headless phone leaves the WebGL
  // canvas blank above the fixed sheet, while a clipped one composites it.
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('the phone project has no viewport');
  const clip = { x: 0, y: 0, width: viewport.width, height: viewport.height };
  // A repaint in the frame the screenshot composites: without one, headless Chromium composites
  // the WebGL canvas under the fixed sheet from a drawing buffer already presented (blank).
  await page.evaluate(() => (window as unknown as TestWindow).__map?.triggerRepaint());
  const png = PNG.sync.read(
    await page.screenshot({ path: SCREENSHOT, clip, animations: 'disabled' }),
  );
  const ratio = await page.evaluate(() => devicePixelRatio);
  expect([png.width, png.height]).toEqual([
    Math.round(viewport.width * ratio),
    Math.round(viewport.height * ratio),
  ]);
});
