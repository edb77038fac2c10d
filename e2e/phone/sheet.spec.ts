// The panel follows the tap: on a phone or an upright tablet (the phone projects), a tap on a
// country opens a bottom sheet with its name, stance and first quote in view, the country still
// visible above it, and no page scroll; the sheet expands, scrolls inside, and closes by a swipe,
// Close, Escape or Back, focus going in and back.
import type { Page } from '@playwright/test';

import { dataset } from '../fixtures/dataset.ts';
import { openWithoutTheApp, pictureSpot } from '../fixtures/early-tap.ts';
import { waitForHydration } from '../fixtures/map-page.ts';
import { countryOnScreen, Sheet } from '../fixtures/sheet.ts';
import { expect, test } from '../fixtures/test.ts';

/** The dataset country drawn lowest in the map's frame at the start: the one a sheet covers first. */
async function lowestCountry(page: Page): Promise<string> {
  const frame = await page.locator('.map-frame').boundingBox();
  if (!frame) throw new Error('the map frame is not laid out');
  let lowest: { iso3: string; y: number } | null = null;
  for (const { iso3 } of dataset.countries) {
    const p = await countryOnScreen(page, iso3).catch(() => null);
    if (!p) continue;
    const inside = p.x > frame.x + 24 && p.x < frame.x + frame.width - 24 && p.y > frame.y + 24;
    if (inside && p.y < frame.y + frame.height - 24 && (!lowest || p.y > lowest.y)) lowest = { iso3, y: p.y };
  }
  if (!lowest) throw new Error('no dataset country is drawn inside the map frame');
  return lowest.iso3;
}

test('the page is one screen: the map fills it above the peeking sheet', async ({ page, mapPage }) => {
  await mapPage.goto();
  await mapPage.waitForMapReady();
  const sheet = new Sheet(page);
  expect(await sheet.state()).toBe('peek');
  const sizes = await page.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    inner: innerHeight,
    frame: document.querySelector('.map-frame')?.getBoundingClientRect().bottom ?? 0,
  }));
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.inner);
  // The map reaches down to the sheet: nothing in between.
  expect(Math.abs(sizes.frame - (await sheet.top()))).toBeLessThanOrEqual(1);
  await expect(sheet.tab('details')).toBeInViewport();
});

test('the sheet peeks from the first paint, and React keeps the prerendered sheet and panel', async ({
  page,
}) => {
  // The prerendered nodes, taken as the parser adds them (before any script runs).
  await page.addInitScript(() => {
    const keep = window as unknown as { __prerendered?: Element[] };
    const observer = new MutationObserver(() => {
      const sheet = document.querySelector('[data-testid="sheet"]');
      const panel = document.querySelector('[data-testid="panel"]');
      if (!sheet || !panel || keep.__prerendered) return;
      keep.__prerendered = [sheet, panel];
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await waitForHydration(page);
  const kept = await page.evaluate(() => {
    const nodes = (window as unknown as { __prerendered?: Element[] }).__prerendered ?? [];
    const now = [
      document.querySelector('[data-testid="sheet"]'),
      document.querySelector('[data-testid="panel"]'),
    ];
    return nodes.length === 2 && nodes.every((node, i) => node === now[i] && node.isConnected);
  });
  expect(kept).toBe(true);
  await expect(new Sheet(page).tab('details')).toBeInViewport();
});

test('a tap opens the sheet on the country, name and quote in view, the country still visible', async ({
  page,
  mapPage,
}) => {
  await mapPage.goto();
  await mapPage.waitForMapReady();
  await mapPage.waitForMapIdle();
  const sheet = new Sheet(page);
  const iso3 = await lowestCountry(page);
  const name = dataset.countries.find((c) => c.iso3 === iso3)?.name;
  const at = await countryOnScreen(page, iso3);
  await page.touchscreen.tap(at.x, at.y);

  await expect(mapPage.panel.countryName).toHaveText(name ?? '');
  expect(await sheet.state()).toBe('half');
  await expect(mapPage.panel.countryName).toBeInViewport();
  await expect(page.getByTestId('panel.stance')).toBeInViewport();
  // The first claim with its quote; where the sources differ, the box that sets them side by side
  // comes first (its quotes open on request).
  const differs = page.getByTestId('panel.sources-differ');
  await expect((await differs.count()) > 0 ? differs : mapPage.panel.quotes.first()).toBeInViewport();
  await expect(mapPage.panel.countryName).toBeFocused();
  // No page scroll: the map is where it was.
  expect(await page.evaluate(() => scrollY)).toBe(0);
  // The country is drawn above the sheet, inside the map (the camera brings it there if needed).
  const frame = await page.locator('.map-frame').boundingBox();
  const top = await sheet.top();
  await expect
    .poll(async () => {
      const p = await countryOnScreen(page, iso3);
      return p.y > (frame?.y ?? 0) && p.y < top && p.x > 0 && p.x < (frame?.width ?? 0);
    })
    .toBe(true);
});

test('a link to a country opens on its sheet: name and first quote in view; Close returns to the map', async ({
  page,
  mapPage,
}) => {
  const sheet = new Sheet(page);
  await mapPage.goto('country=GBR');
  await expect(mapPage.panel.countryName).toHaveText('United Kingdom');
  expect(await sheet.state()).toBe('half');
  await expect(mapPage.panel.countryName).toBeInViewport();
  await expect(mapPage.panel.quotes.first()).toBeInViewport();
  await sheet.close.tap();
  await expect(sheet.root).toHaveAttribute('data-state', 'peek');
  await expect(mapPage.panel.countryName).toHaveCount(0);
  await expect(page).not.toHaveURL(/country=/);
  // Focus is not left on something hidden.
  await expect(sheet.handle).toBeFocused();
});

test('a swipe down on the grab bar closes the sheet; a swipe up expands it', async ({ page, mapPage }) => {
  const sheet = new Sheet(page);
  await mapPage.goto('country=FRA');
  await expect(sheet.root).toHaveAttribute('data-state', 'half');
  await sheet.swipe(-120);
  await expect(sheet.root).toHaveAttribute('data-state', 'full');
  await sheet.swipe(120);
  await expect(sheet.root).toHaveAttribute('data-state', 'half');
  await sheet.swipe(160);
  await expect(sheet.root).toHaveAttribute('data-state', 'peek');
  await expect(page).not.toHaveURL(/country=/);
});

test('Back closes the sheet the tap opened', async ({ page, mapPage }) => {
  await mapPage.goto();
  const sheet = new Sheet(page);
  await sheet.tab('countries').tap();
  await mapPage.list.item('GBR').tap();
  await expect(mapPage.panel.countryName).toHaveText('United Kingdom');
  await expect(page).toHaveURL(/country=GBR/);
  await page.goBack();
  await expect(sheet.root).toHaveAttribute('data-state', 'peek');
  await expect(mapPage.panel.countryName).toHaveCount(0);
});

test('expanded, the sheet is read by scrolling inside it, never the page', async ({ page, mapPage }) => {
  const sheet = new Sheet(page);
  await mapPage.goto('country=GBR');
  await expect(mapPage.panel.countryName).toBeVisible();
  await sheet.handle.tap();
  await expect(sheet.root).toHaveAttribute('data-state', 'full');
  const last = mapPage.panel.claims.last();
  await expect(last).not.toBeInViewport();
  await mapPage.panel.root.evaluate((panel) => panel.scrollTo({ top: panel.scrollHeight }));
  await expect(last).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('from the keyboard: the list opens the country, Escape closes, focus goes back', async ({
  page,
  mapPage,
}) => {
  await mapPage.goto();
  const sheet = new Sheet(page);
  await sheet.tab('countries').focus();
  await page.keyboard.press('Enter');
  await expect(sheet.root).toHaveAttribute('data-state', 'half');
  await mapPage.list.item('FRA').focus();
  await page.keyboard.press('Enter');
  await expect(mapPage.panel.countryName).toHaveText('France');
  await expect(mapPage.panel.countryName).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet.root).toHaveAttribute('data-state', 'peek');
  await expect(sheet.tab('countries')).toBeFocused();
});

test('the overview, the list, the key and the timeline are each one tap away', async ({ page, mapPage }) => {
  await mapPage.goto();
  const sheet = new Sheet(page);
  await sheet.tab('details').tap();
  await expect(page.getByTestId('panel')).toBeInViewport();
  await sheet.tab('countries').tap();
  await expect(mapPage.list.search).toBeInViewport();
  await sheet.tab('key').tap();
  await expect(page.getByTestId('filter.troops')).toBeInViewport();
  await sheet.tab('timeline').tap();
  await expect(page.getByTestId('timeline.slider')).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(
    0,
  );
});

test('a tap on the picture before the app has started opens the sheet on that country once it has', async ({
  page,
}) => {
  await page.route('**/generated/tiles/**', () => {});
  const startApp = await openWithoutTheApp(page, '/');
  const at = await pictureSpot(page, 'FRA');
  await page.touchscreen.tap(at.x, at.y);
  await expect(page.locator('html')).toHaveAttribute('data-early-tap', 'FRA');

  startApp();
  const sheet = new Sheet(page);
  await expect(page.getByTestId('panel.country-name')).toHaveText('France');
  await expect.poll(() => sheet.state()).toBe('half');
  await expect(page.getByTestId('panel.country-name')).toBeInViewport();
});
