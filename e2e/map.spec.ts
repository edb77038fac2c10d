// The WebGL map paints what the dataset says: each country in its stance's colour, Ukraine in its
// own, countries the sources never name in grey. Colours are read from the screen, so this fails
// if the style, the data join (promoteId on iso3) or the rendering breaks.
import { NO_DATA_COLOR, STANCE_COLORS, UKRAINE_COLOR } from '../src/map/map-style.ts';
import { dataset } from './fixtures/dataset.ts';
import { colourAt, colourDistance, hexToRgb } from './fixtures/pixels.ts';
import { expect, test } from './fixtures/test.ts';

// Close enough to the palette to be that colour, far from every other one (antialiasing and GPU
// rounding move a channel by a few units at most).
const TOLERANCE = 6;
// Close enough that a country's interior point is well inside it and clear of the Ukraine label.
const ZOOM = 4;

test.describe('the map', () => {
  test.beforeEach(async ({ mapPage }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
  });

  test('paints every country of the dataset in its stance colour', async ({ mapPage, page }) => {
    for (const country of dataset.countries) {
      await mapPage.lookAt(country.iso3, ZOOM);
      const expected = hexToRgb(STANCE_COLORS[country.stance]);
      const point = await mapPage.countryPoint(country.iso3);
      await expect
        .poll(async () => colourDistance(await colourAt(page, point), expected), {
          message: `${country.name} (${country.iso3}) should be ${country.stance}`,
        })
        .toBeLessThanOrEqual(TOLERANCE);
    }
  });

  test('paints Ukraine in its own colour and unnamed countries in grey', async ({ mapPage, page }) => {
    const supported = dataset.coalition.supports;
    await mapPage.lookAt(supported, ZOOM);
    // Its label sits on the interior point (a DOM element over the map): the fill is under it.
    await page.getByTestId('place-label').evaluate((el) => {
      (el as HTMLElement).style.visibility = 'hidden';
    });
    const ukraine = await mapPage.countryPoint(supported);
    expect(colourDistance(await colourAt(page, ukraine), hexToRgb(UKRAINE_COLOR))).toBeLessThanOrEqual(
      TOLERANCE,
    );

    // Brazil: far from every country the sources name.
    expect(dataset.countryByIso3.has('BRA')).toBe(false);
    await mapPage.lookAt('BRA', ZOOM);
    const brazil = await mapPage.countryPoint('BRA');
    expect(colourDistance(await colourAt(page, brazil), hexToRgb(NO_DATA_COLOR))).toBeLessThanOrEqual(
      TOLERANCE,
    );
  });

  test('shows a country’s name and stance on hover', async ({ mapPage }) => {
    await mapPage.hoverCountry('FRA');
    await expect(mapPage.tooltip).toBeVisible();
    await expect(mapPage.tooltip).toContainText('France');
    await expect(mapPage.tooltip).toContainText('Troops');
  });

  test('Reset view brings back the default frame after the camera moved', async ({ mapPage }) => {
    const before = await mapPage.countryPoint('AUS');
    await mapPage.lookAt('GBR', ZOOM);
    expect(await mapPage.countryPoint('AUS')).not.toEqual(before);

    await mapPage.resetView.click();
    await expect
      .poll(async () => {
        await mapPage.waitForMapIdle();
        const after = await mapPage.countryPoint('AUS');
        return Math.max(Math.abs(after.x - before.x), Math.abs(after.y - before.y));
      })
      .toBeLessThan(1);
  });
});
