// The address is the state: a deep link restores the selection and the filter, Back and Forward
// walk through what the reader did, and a bad link shows a notice instead of breaking the page.
import { STANCES } from '../src/data/stances.ts';
import { dataset } from './fixtures/dataset.ts';
import { expect, test } from './fixtures/test.ts';

const nameOf = (iso3: string) => {
  const country = dataset.countryByIso3.get(iso3);
  if (!country) throw new Error(`e2e/url.spec.ts: the dataset has no ${iso3}`);
  return country.name;
};

test.describe('links and history', () => {
  test('a deep link restores the selected country and the filter', async ({ mapPage }) => {
    const linked = ['troops', 'peacekeeping-only'] as const;
    await mapPage.goto(`country=GBR&stance=${linked.join(',')}`);
    await mapPage.waitForMapReady();

    await expect(mapPage.panel.countryName).toHaveText(nameOf('GBR'));
    for (const stance of STANCES) {
      const on = (linked as readonly string[]).includes(stance);
      await expect(mapPage.filters.toggle(stance)).toHaveAttribute('aria-pressed', String(on));
    }
    const shown = dataset.countries.filter((c) => (linked as readonly string[]).includes(c.stance));
    await expect(mapPage.list.items).toHaveCount(shown.length);
    await expect.poll(() => mapPage.featureState('GBR')).toMatchObject({ selected: true, dim: false });
    expect(await mapPage.featureState('USA')).toMatchObject({ dim: true });
  });

  test('Back and Forward walk through the countries the reader picked', async ({ mapPage, page }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
    await mapPage.list.selectByClick('FRA');
    await expect(mapPage.panel.countryName).toHaveText(nameOf('FRA'));
    await mapPage.list.selectByClick('GBR');
    await expect(page).toHaveURL(/#country=GBR$/);

    await page.goBack();
    await expect(page).toHaveURL(/#country=FRA$/);
    await expect(mapPage.panel.countryName).toHaveText(nameOf('FRA'));
    await expect.poll(() => mapPage.featureState('GBR')).toMatchObject({ selected: false });

    await page.goBack();
    await expect(mapPage.panel.countryName).toBeHidden();
    await expect(page).not.toHaveURL(/country=/);

    await page.goForward();
    await expect(mapPage.panel.countryName).toHaveText(nameOf('FRA'));
    await expect.poll(() => mapPage.featureState('FRA')).toMatchObject({ selected: true });
  });

  test('an unknown country code shows a notice and the overview', async ({ mapPage, page }) => {
    await mapPage.goto('country=XYZ');
    await mapPage.waitForMapReady();

    await expect(mapPage.notice).toHaveCount(1);
    await expect(mapPage.notice).toContainText('XYZ');
    await expect(mapPage.panel.countryName).toBeHidden();
    // The address is rewritten to what the page shows.
    await expect(page).not.toHaveURL(/XYZ/);
    await expect(mapPage.list.items).toHaveCount(dataset.countries.length);
  });

  test('markup in a link is shown as text, never run', async ({ mapPage, page }) => {
    page.on('dialog', (dialog) => {
      throw new Error(`a link ran script and opened a ${dialog.type()} dialog`);
    });
    await mapPage.goto(`country=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await mapPage.waitForMapReady();

    await expect(mapPage.notice).toContainText('<img src=x');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });
});
