// Writes docs/phone.png, the README's picture of the phone layout: a 390 x 844 phone after a tap
// on France, the bottom sheet open at half height on its name, stance and first quote, France
// still on the map above. It checks what it pictures before taking it; the other phone projects
// skip it.
//
// Headless Chromium composites without a GPU, and there a screenshot of this page leaves the
// WebGL canvas out: the map's area shows only the frame's sea, although the canvas holds the
// drawn map (its own pixels, read in MapLibre's `render` event, show France outlined above the
// sheet). So the picture is taken of those pixels: for the capture, a still image of the map's
// latest frame, read as the map's PNG download reads it (src/export/map-picture.ts), stands
// where the canvas is, under the same markers, labels and sheet, and the canvas is hidden.
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

import { countryOnScreen, Sheet } from '../fixtures/sheet.ts';
import { expect, test } from '../fixtures/test.ts';
import type { TestWindow } from '../fixtures/test-hooks.ts';

const SCREENSHOT = fileURLToPath(new URL('../../docs/phone.png', import.meta.url));

// Twice the CSS pixels: sharp in the README, a third lighter than the emulated phone's 2.625.
test.use({ deviceScaleFactor: 2 });

test('docs/phone.png shows a tap on France on a 390 px phone', async ({ mapPage, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone-390-light', 'one picture, from the 390 px phone in light');
  await mapPage.goto();
  await mapPage.waitForMapReady();
  await mapPage.waitForMapIdle();
  const france = await countryOnScreen(page, 'FRA');
  await page.touchscreen.tap(france.x, france.y);
  const sheet = new Sheet(page);
  await expect(sheet.root).toHaveAttribute('data-state', 'half');
  await expect(mapPage.panel.countryName).toHaveText('France');
  await expect(mapPage.panel.countryName).toBeInViewport();
  await expect(page.getByTestId('panel.quote').first()).toBeInViewport();
  await expect.poll(() => mapPage.featureState('FRA')).toMatchObject({ selected: true });
  await mapPage.waitForMapIdle();
  const now = await countryOnScreen(page, 'FRA');
  const mapTop = (await page.getByTestId('map').boundingBox())?.y ?? 0;
  expect(now.y).toBeGreaterThan(mapTop);
  expect(now.y).toBeLessThan(await sheet.top());

  const still = await page.evaluate(
    () =>
      new Promise<{ width: number; height: number }>((resolve, reject) => {
        const map = (window as unknown as TestWindow).__map;
        if (!map) throw new Error('window.__map is missing: is the map ready?');
        map.once('render', () => {
          const canvas = map.getCanvas();
          const image = document.createElement('img');
          image.alt = '';
          image.dataset.testid = 'map-still';
          image.src = canvas.toDataURL('image/png');
          // Where the canvas is, as large, in its place among the map's layers.
          Object.assign(image.style, {
            position: 'absolute',
            left: `${canvas.offsetLeft}px`,
            top: `${canvas.offsetTop}px`,
            width: `${canvas.clientWidth}px`,
            height: `${canvas.clientHeight}px`,
            pointerEvents: 'none',
          });
          image.decode().then(() => {
            canvas.after(image);
            canvas.style.visibility = 'hidden';
            resolve({ width: image.naturalWidth, height: image.naturalHeight });
          }, reject);
        });
        map.triggerRepaint();
      }),
  );
  // The still is the canvas's own drawing buffer, pixel for pixel.
  const ratio = await page.evaluate(() => devicePixelRatio);
  const frame = await page.getByTestId('map').boundingBox();
  expect(still.width).toBe(Math.round((frame?.width ?? 0) * ratio));

  const png = PNG.sync.read(await page.screenshot({ path: SCREENSHOT, animations: 'disabled' }));
  const viewport = page.viewportSize();
  expect([png.width, png.height]).toEqual([
    Math.round((viewport?.width ?? 0) * ratio),
    Math.round((viewport?.height ?? 0) * ratio),
  ]);
  // France where its interior point is drawn, above the sheet: not the bare sea of an empty map.
  const sea = await page.evaluate(() => {
    const frame = document.querySelector('.map-frame');
    return frame ? getComputedStyle(frame).backgroundColor : '';
  });
  const at = (Math.round(now.y * ratio) * png.width + Math.round(now.x * ratio)) * 4;
  const drawn = `rgb(${png.data[at]}, ${png.data[at + 1]}, ${png.data[at + 2]})`;
  expect(sea).toMatch(/^rgb\(/);
  expect(drawn, 'France in the picture').not.toBe(sea);
});
