// On a phone a country's claims (its own file, src/data/claims.ts) may still be on their way when
// a reader taps: the sheet opens on the country's name, stance and summary at once, says the claims
// are coming, and shows them, quote first, when they arrive.
import { dataset } from '../fixtures/dataset.ts';
import { holdBack } from '../fixtures/early-tap.ts';
import { countryOnScreen, Sheet } from '../fixtures/sheet.ts';
import { expect, test } from '../fixtures/test.ts';

test('a tap before the claims arrive opens the sheet on the name; the claims follow', async ({
  page,
  mapPage,
}) => {
  const france = dataset.countryByIso3.get('FRA');
  if (!france) throw new Error('the dataset has no France');
  // The whole dataset's chunk stays held: the tap asks for France's own file.
  await holdBack(page, /\/assets\/full-dataset-[^/]*\.js$/);
  const release = await holdBack(page, /\/claims\/\w+\/FRA\.json$/);
  await mapPage.goto();
  await mapPage.waitForMapReady();
  await mapPage.waitForMapIdle();
  const at = await countryOnScreen(page, 'FRA');
  await page.touchscreen.tap(at.x, at.y);

  await expect(mapPage.panel.countryName).toHaveText(france.name);
  expect(await new Sheet(page).state()).toBe('half');
  await expect(mapPage.panel.countryName).toBeInViewport();
  await expect(page.getByTestId('panel.claims-loading')).toBeInViewport();

  release();
  await expect(mapPage.panel.quotes.first()).toBeInViewport();
  await expect(page.getByTestId('panel.claims-loading')).toHaveCount(0);
});
