// Every control a finger can reach, in the full app and in an embed, at 320, 390 and 768 px:
// at least 24 x 24 CSS px (or a link inside a sentence), no button's text wrapped, nothing wider
// than the screen. Each state a reader meets is checked: the map, the opened country, each tab of
// the sheet, and the embed with its key open and a country selected.
import type { Page } from '@playwright/test';

import { Sheet } from '../fixtures/sheet.ts';
import { expect, test } from '../fixtures/test.ts';
import { touchTargets } from '../fixtures/touch-targets.ts';

async function expectFingerFriendly(page: Page, where: string): Promise<void> {
  const report = await touchTargets(page);
  expect(report.small, `${where}: controls under 24 x 24 px`).toEqual([]);
  expect(report.wrapped, `${where}: buttons whose text wraps`).toEqual([]);
  expect(report.overflow, `${where}: horizontal overflow`).toBeLessThanOrEqual(0);
}

test('the full app: the map, a country, and every tab of the sheet', async ({ page, mapPage }) => {
  await mapPage.goto();
  await mapPage.waitForMapReady();
  await expectFingerFriendly(page, 'the map');
  const sheet = new Sheet(page);
  for (const tab of ['details', 'countries', 'key', 'timeline'] as const) {
    await sheet.tab(tab).tap();
    await expect(sheet.root).toHaveAttribute('data-state', 'half');
    await expectFingerFriendly(page, `the ${tab} tab`);
  }
  await mapPage.goto('country=GBR');
  await expect(mapPage.panel.countryName).toHaveText('United Kingdom');
  await expectFingerFriendly(page, 'a country');
  await sheet.handle.tap();
  await expect(sheet.root).toHaveAttribute('data-state', 'full');
  await expectFingerFriendly(page, 'a country, expanded');
});

test('an embed: the map, the key open, a country selected', async ({ page, mapPage }) => {
  await mapPage.goto(undefined, 'embed=1');
  await mapPage.waitForMapReady();
  // A tap is a tap only if its touchend follows soon: let the map finish drawing first.
  await mapPage.waitForMapIdle();
  await expectFingerFriendly(page, 'the embed');
  await page.getByTestId('legend.key').tap();
  await expect(page.getByTestId('show-all')).toBeVisible();
  await expectFingerFriendly(page, 'the embed, key open');
  const at = await mapPage.countryPoint('FRA');
  await page.touchscreen.tap(at.x, at.y);
  await expect(mapPage.panel.countryName).toHaveText('France');
  await expectFingerFriendly(page, 'the embed, a country');
});
