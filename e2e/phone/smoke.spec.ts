// Phone projects only (playwright.config.ts): the page opens with touch emulation, at the
// project's width, with nothing wider than the screen.
import { expect, test } from '../fixtures/test.ts';

test('the app opens on a touch screen without horizontal overflow', async ({ page, mapPage }) => {
  await page.goto('/');
  await mapPage.waitForMapReady();
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
