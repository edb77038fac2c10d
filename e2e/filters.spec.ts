// The legend is the filter: switching a stance off dims its countries on the map (feature state
// and the painted colour), takes them out of the list and updates the counts; switching it back,
// or "Show all", restores everything.
import type { Stance } from '../src/data/stances.ts';
import { DIMMED_OPACITY, NO_DATA_COLOR, STANCE_COLORS } from '../src/map/map-style.ts';
import { dataset } from './fixtures/dataset.ts';
import { blend, colourAt, colourDistance, hexToRgb } from './fixtures/pixels.ts';
import { expect, test } from './fixtures/test.ts';

const total = dataset.countries.length;
const countOf = (stance: Stance) => dataset.countriesByStance[stance].length;
const firstOf = (stance: Stance) => {
  const country = dataset.countriesByStance[stance][0];
  if (!country) throw new Error(`e2e/filters.spec.ts: the dataset has no "${stance}" country to test with`);
  return country;
};

const unstated = firstOf('unstated');
const troops = firstOf('troops');

test.describe('the stance filter', () => {
  test.beforeEach(async ({ mapPage }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
  });

  test('switching a stance off dims its countries and takes them out of the list', async ({
    mapPage,
    page,
  }) => {
    const shown = total - countOf('unstated');
    await mapPage.toggleStance('unstated');

    await expect(mapPage.filters.toggle('unstated')).toHaveAttribute('aria-pressed', 'false');
    await expect(mapPage.list.items).toHaveCount(shown);
    await expect(mapPage.list.item(unstated.iso3)).toHaveCount(0);
    await expect(page.getByText(`Showing ${shown} of ${total} countries.`)).toBeVisible();
    await expect(page.getByText(`${shown} of ${total} countries`, { exact: true })).toBeVisible();

    expect(await mapPage.featureState(unstated.iso3)).toMatchObject({ dim: true });
    expect(await mapPage.featureState(troops.iso3)).toMatchObject({ dim: false });
    await expect(page).toHaveURL(/stance=troops,peacekeeping-only,other-support,opposed$/);
  });

  test('a dimmed country is painted faintly over the land grey', async ({ mapPage, page }) => {
    await mapPage.toggleStance('unstated');
    await mapPage.lookAt(unstated.iso3, 4);

    // A dimmed country takes its stance colour blended into the land grey (map-style.ts).
    const faint = blend(hexToRgb(STANCE_COLORS.unstated), hexToRgb(NO_DATA_COLOR), DIMMED_OPACITY);
    const point = await mapPage.countryPoint(unstated.iso3);
    await expect.poll(async () => colourDistance(await colourAt(page, point), faint)).toBeLessThanOrEqual(6);
  });

  test('switching the stance back on restores the map, the list and the counts', async ({
    mapPage,
    page,
  }) => {
    await mapPage.toggleStance('unstated');
    await expect(mapPage.list.items).toHaveCount(total - countOf('unstated'));

    await mapPage.toggleStance('unstated');
    await expect(mapPage.filters.toggle('unstated')).toHaveAttribute('aria-pressed', 'true');
    await expect(mapPage.list.items).toHaveCount(total);
    await expect(page.getByText(`Showing ${total} of ${total} countries.`)).toBeVisible();
    expect(await mapPage.featureState(unstated.iso3)).toMatchObject({ dim: false });
    await expect(page).not.toHaveURL(/stance=/);
  });

  test('"Show all" undoes several switches at once', async ({ mapPage }) => {
    await mapPage.toggleStance('unstated');
    await mapPage.toggleStance('troops');
    await expect(mapPage.list.items).toHaveCount(total - countOf('unstated') - countOf('troops'));
    expect(await mapPage.featureState(troops.iso3)).toMatchObject({ dim: true });

    await mapPage.filters.showAllStances();
    await expect(mapPage.list.items).toHaveCount(total);
    expect(await mapPage.featureState(troops.iso3)).toMatchObject({ dim: false });
    await expect(mapPage.filters.showAll).toBeDisabled();
  });
});
