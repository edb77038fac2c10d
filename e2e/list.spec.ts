// The country list, by keyboard alone: search, move with the arrows, choose with Enter, and land
// in the panel on the chosen country.
import { dataset } from './fixtures/dataset.ts';
import { expect, test } from './fixtures/test.ts';

test.describe('the country list, by keyboard', () => {
  test.beforeEach(async ({ mapPage }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
  });

  test('typing narrows the list; arrow down and Enter choose; focus moves to the panel', async ({
    mapPage,
    page,
  }) => {
    await mapPage.list.typeSearch('fran');
    await expect(mapPage.list.items).toHaveCount(1);
    await expect(mapPage.list.item('FRA')).toBeVisible();

    await mapPage.list.press('ArrowDown');
    await expect(mapPage.list.item('FRA')).toBeFocused();
    await mapPage.list.press('Enter');

    await expect(mapPage.panel.countryName).toHaveText('France');
    await expect(mapPage.panel.countryName).toBeFocused();
    await expect(mapPage.list.item('FRA')).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(/#country=FRA$/);
  });

  test('arrows, Home and End move through the whole list in its order', async ({ mapPage, page }) => {
    const names = dataset.countries.map((c) => c.iso3);
    const [first, second, last] = [names[0], names[1], names.at(-1)];
    if (!first || !second || !last) throw new Error('e2e/list.spec.ts: the dataset needs two countries');
    // Ukraine, the country the coalition supports, comes first, before the countries by name.
    const supported = page.getByTestId('list.supported');

    await mapPage.list.typeSearch('');
    await mapPage.list.press('ArrowDown');
    await expect(supported).toBeFocused();
    await mapPage.list.press('ArrowDown');
    await expect(mapPage.list.item(first)).toBeFocused();
    await mapPage.list.press('ArrowDown');
    await expect(mapPage.list.item(second)).toBeFocused();
    await mapPage.list.press('End');
    await expect(mapPage.list.item(last)).toBeFocused();
    await mapPage.list.press('Home');
    await expect(supported).toBeFocused();
    await mapPage.list.press('ArrowUp');
    await expect(supported).toBeFocused();
    await mapPage.list.press('ArrowDown');
    await expect(mapPage.list.item(first)).toBeFocused();

    await mapPage.list.press('Enter');
    await expect(mapPage.panel.countryName).toBeFocused();
  });

  test('a search that matches nothing says so', async ({ mapPage, page }) => {
    await mapPage.list.typeSearch('atlantis');
    await expect(mapPage.list.items).toHaveCount(0);
    await expect(page.getByText('No country matches the search and the filter.')).toBeVisible();
  });
});
