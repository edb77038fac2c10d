// Without WebGL on a phone or a tablet, the static picture is the map for good. It opens on the
// WebGL map's default frame (the first paint's), where the European members are big enough to
// see and tap. The members beyond it get the same named edge markers as on the WebGL map. A marker
// brings its country into view above the sheet, and the overview brings the frame back.
import { findBrowser } from '../../scripts/find-browser.ts';
import { pointOf } from '../fixtures/country-points.ts';
import { dataset } from '../fixtures/dataset.ts';
import { MapFrame, mainBody } from '../fixtures/frame.ts';
import { inSightAboveSheet } from '../fixtures/picture-sight.ts';
import { Sheet } from '../fixtures/sheet.ts';
import { StaticMapView } from '../fixtures/static-map.ts';
import { expect, test } from '../fixtures/test.ts';

// launchOptions replaces the configured one as a whole: keep the configured browser.
test.use({
  launchOptions: { executablePath: findBrowser()?.path, args: ['--disable-webgl', '--disable-3d-apis'] },
});

const name = (iso3: string) => dataset.countryByIso3.get(iso3)?.name ?? iso3;
/** As e2e/phone/frame.spec.ts asks of the WebGL map: 16 px across at every width tested. */
const EUROPEANS = ['GBR', 'IRL', 'FRA', 'DEU'] as const;
const MIN_ACROSS = 16;
const FAR = ['USA', 'CAN', 'AUS'].filter((iso3) => dataset.countryByIso3.has(iso3));

let picture: StaticMapView;
let frame: MapFrame;

test.beforeEach(async ({ page, mapPage }) => {
  picture = new StaticMapView(page);
  frame = new MapFrame(page);
  await mapPage.goto();
  await expect(picture.failure).toContainText('WebGL');
});

test('the picture opens on the default frame, with a marker for each member beyond it', async ({ page }) => {
  for (const iso3 of EUROPEANS) {
    const [sw, ne] = mainBody(iso3);
    const a = await picture.drawnAt(sw);
    const b = await picture.drawnAt(ne);
    const across = Math.min(Math.abs(b.x - a.x), Math.abs(b.y - a.y));
    expect(across, `${name(iso3)} across, in px`).toBeGreaterThanOrEqual(MIN_ACROSS);
  }
  for (const iso3 of FAR) {
    const marker = frame.marker(name(iso3));
    await expect(marker, `${name(iso3)} has a marker`).toBeVisible();
    const box = await marker.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(24);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    // Over the map and clear of the failure notice, so the tap lands on it.
    const at = { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + (box?.height ?? 0) / 2 };
    expect(
      await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('a, button')?.textContent,
        at,
      ),
    ).toContain(name(iso3));
  }
});

test('a marker brings its country into view above the sheet; the overview brings the frame back', async ({
  page,
  mapPage,
}) => {
  const canada = frame.marker(name('CAN'));
  await expect(canada).toBeVisible();
  const start = await picture.svg.getAttribute('viewBox');

  await canada.tap();
  await expect(mapPage.panel.countryName).toHaveText(name('CAN'));
  await expect(picture.svg.locator('path[data-selected]')).toHaveCount(1);
  await expect.poll(() => inSightAboveSheet(page, picture, pointOf('CAN'))).toBe(true);
  await expect(canada).toBeHidden();

  await new Sheet(page).close.tap();
  await expect(mapPage.panel.countryName).toHaveCount(0);
  await expect.poll(() => picture.svg.getAttribute('viewBox')).toBe(start);
  await expect(canada).toBeVisible();
});

test('the markers never cover one another, with a country opened and the picture moved', async ({
  page,
  mapPage,
}) => {
  const sheet = new Sheet(page);
  await sheet.tab('countries').tap();
  await mapPage.list.item('FRA').tap();
  await expect.poll(() => inSightAboveSheet(page, picture, pointOf('FRA'))).toBe(true);
  const boxes = [];
  for (const marker of await page.getByTestId('edge-marker').all()) {
    const box = await marker.boundingBox();
    if (box) boxes.push(box);
  }
  expect(boxes.length, 'markers shown').toBeGreaterThan(1);
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, 'two markers overlap').toBe(true);
    }
});
