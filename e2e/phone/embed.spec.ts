// An embed on a phone (the frame as wide as the project's screen): the map comes first and is at
// least 300 px tall, the legend is chips that filter with the full key one tap away, the frame
// needs at most 640 px (600 px from 640 px wide), and a tapped country opens a sheet over the map
// with its name and quote in view and the country still visible above.
import { countryOnScreen } from '../fixtures/sheet.ts';
import { expect, test } from '../fixtures/test.ts';

test('map first, chips that filter, the key one tap away, within the height budget', async ({
  page,
  mapPage,
}) => {
  await mapPage.goto(undefined, 'embed=1');
  await mapPage.waitForMapReady();
  // A tap is a tap only if its touchend follows soon: let the map finish drawing first.
  await mapPage.waitForMapIdle();
  const layout = await page.evaluate(() => {
    const root = document.getElementById('root')?.getBoundingClientRect();
    const map = document.querySelector('.map-frame')?.getBoundingClientRect();
    const layout = document.querySelector('.embed-layout');
    const padding = layout ? Number.parseFloat(getComputedStyle(layout).paddingTop) : 0;
    return {
      height: Math.ceil(root?.height ?? 0),
      mapHeight: map?.height ?? 0,
      mapTop: map?.top ?? -1,
      // Nothing above the map but the frame's own padding.
      firstIsMap:
        map !== undefined && Math.abs(map.top - ((layout?.getBoundingClientRect().top ?? 0) + padding)) <= 1,
      width: innerWidth,
    };
  });
  expect(layout.firstIsMap).toBe(true);
  expect(layout.mapHeight).toBeGreaterThanOrEqual(300);
  expect(layout.height).toBeLessThanOrEqual(layout.width >= 640 ? 600 : 640);

  const troops = page.getByTestId('filter.troops');
  await troops.tap();
  await expect(troops).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('show-all')).toBeHidden();
  await page.getByTestId('legend.key').tap();
  await expect(page.getByTestId('legend.differs')).toBeVisible();
  await page.getByTestId('show-all').tap();
  await expect(troops).toHaveAttribute('aria-pressed', 'true');
});

test('a tapped country opens the panel over the map, the country still in view; Close and Escape close it', async ({
  page,
  mapPage,
}) => {
  await mapPage.goto(undefined, 'embed=1');
  await mapPage.waitForMapReady();
  // A tap is a tap only if its touchend follows soon: let the map finish drawing first.
  await mapPage.waitForMapIdle();
  const before = await page.evaluate(() => document.getElementById('root')?.getBoundingClientRect().height);
  const at = await mapPage.countryPoint('GBR');
  await page.touchscreen.tap(at.x, at.y);
  await expect(mapPage.panel.countryName).toHaveText('United Kingdom');
  await expect(mapPage.panel.countryName).toBeInViewport();
  const wide = (await page.evaluate(() => innerWidth)) >= 720;
  // A narrow frame's sheet opens with the first quote in view; a wide one's panel beside the map
  // shows the country from its top, the quote a scroll away.
  if (!wide) await expect(mapPage.panel.quotes.first()).toBeInViewport();
  // The frame keeps its height: the host never resizes it for a selection.
  expect(await page.evaluate(() => document.getElementById('root')?.getBoundingClientRect().height)).toBe(
    before,
  );

  const sheet = page.getByTestId('embed.sheet');
  const frame = await page.locator('.map-frame').boundingBox();
  if (!frame) throw new Error('the map frame is not laid out');
  const sheetBox = await sheet.boundingBox();
  const visibleBottom = wide ? frame.y + frame.height : (sheetBox?.y ?? 0);
  await expect
    .poll(async () => {
      const p = await countryOnScreen(page, 'GBR');
      return p.y > frame.y && p.y < visibleBottom && p.x > frame.x && p.x < frame.x + frame.width;
    })
    .toBe(true);
  if (wide) return; // beside the map, the panel is always open

  await sheet.getByTestId('sheet.close').tap();
  await expect(sheet).toBeHidden();
  await expect(mapPage.panel.countryName).toHaveCount(0);
  // The camera may have moved to keep the country in view: find it again.
  await mapPage.waitForMapIdle();
  const again = await mapPage.countryPoint('GBR');
  await page.touchscreen.tap(again.x, again.y);
  await expect(mapPage.panel.countryName).toHaveText('United Kingdom');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});
