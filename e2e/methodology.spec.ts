// The methodology dialog, used from the keyboard: open it, read the definitions, close it with
// Escape, and land back where you were.
import AxeBuilder from '@axe-core/playwright';

import { expect, test } from './fixtures/test.ts';

const STANCE_PHRASES = {
  troops: 'Leading or co-leading that force counts.',
  'peacekeeping-only': '“Open to sending peacekeepers” counts.',
  'other-support': 'commits help other than troops in Ukraine',
  opposed: 'opposes the coalition or the deployment of its forces.',
  unstated: 'without a stated commitment.',
} as const;

test.describe('Methodology', () => {
  test('opens from the keyboard, defines the five stances, and closes with Escape', async ({
    page,
    mapPage,
  }) => {
    await mapPage.goto();
    const button = page.getByTestId('methodology');
    const dialog = page.getByTestId('methodology.dialog');

    await button.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('How this map is made');

    const stances = dialog.getByTestId('methodology.stance');
    await expect(stances).toHaveCount(5);
    for (const [stance, phrase] of Object.entries(STANCE_PHRASES)) {
      await expect(stances.and(page.locator(`[data-stance="${stance}"]`))).toContainText(phrase);
    }

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('grades each source and says how to report a correction', async ({ page, mapPage }) => {
    await mapPage.goto();
    await page.getByTestId('methodology').click();
    const dialog = page.getByTestId('methodology.dialog');

    const sources = dialog.getByTestId('methodology.source');
    await expect(sources).toHaveCount(4);
    await expect(sources.and(page.locator('[data-kind="original"]'))).toHaveCount(1);
    await expect(sources.and(page.locator('[data-kind="rewrite"]'))).toHaveCount(2);
    await expect(sources.and(page.locator('[data-kind="machine-translation"]'))).toHaveCount(1);
    await expect(dialog.getByTestId('methodology.corrections')).toContainText('issue tracker');

    await dialog.getByTestId('methodology.close').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('methodology')).toBeFocused();
  });

  test('keeps focus inside while open and has no accessibility violations', async ({ page, mapPage }) => {
    await mapPage.goto();
    await page.getByTestId('methodology').click();
    const dialog = page.getByTestId('methodology.dialog');
    await expect(dialog).toBeVisible();

    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const inside = await dialog.evaluate((d) => d.contains(document.activeElement));
      // Tabbing past the dialog's last control goes to the browser UI, never to the page behind.
      const onPage = await page.evaluate(() => document.activeElement !== document.body);
      if (onPage) expect(inside).toBe(true);
    }

    const results = await new AxeBuilder({ page }).include('[data-testid="methodology.dialog"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
