// The prerendered site, as a reader without JavaScript gets it (a feed reader, a locked-down
// browser, a search engine), and as it hydrates for everyone else: the overview and every
// country's own page (country/<ISO3>/).
import { STANCE_LABELS } from '../src/data/stances.ts';
import { lngLatToMercator } from '../src/map/projection.ts';
import { countryPoints as points } from './fixtures/country-points.ts';
import { dataset } from './fixtures/dataset.ts';
import { openWithoutTheApp, pictureSpot } from './fixtures/early-tap.ts';
import { waitForHydration } from './fixtures/map-page.ts';
import { expect, test } from './fixtures/test.ts';

const pages = [dataset.coalition.supports, ...dataset.countries.map((c) => c.iso3)];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the overview shows the map picture, the legend with counts, the overview and a link to every country', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('static-map')).toBeVisible();
    for (const stance of ['troops', 'peacekeeping-only', 'other-support', 'opposed'] as const) {
      const key = page.getByTestId(`filter.${stance}`);
      await expect(key).toContainText(STANCE_LABELS[stance]);
      const count = dataset.countriesByStance[stance].length;
      await expect(key.locator('.legend-count')).toHaveText(new RegExp(`^${count} countr(y|ies)$`));
    }
    const overview = page.getByTestId('panel');
    await expect(overview.getByRole('heading', { level: 2 }).first()).toHaveText(dataset.coalition.title);
    for (const iso3 of pages) {
      const name = dataset.countryByIso3.get(iso3)?.name ?? dataset.coalition.supported.name;
      const link = overview.locator(`a[href="country/${iso3}/"]`);
      await expect(link, iso3).toHaveText(name);
    }
    const text = await page.locator('body').textContent();
    expect(text).not.toMatch(/Loading/i);
    // Controls that need scripts are not shown.
    for (const control of ['methodology', 'embed', 'timeline.play', 'reset-view', 'list']) {
      await expect(page.getByTestId(control)).toBeHidden();
    }
  });

  for (const iso3 of pages) {
    test(`country/${iso3}/ shows its name, stance, summary and every claim with its quote and source`, async ({
      page,
    }) => {
      const response = await page.goto(`/country/${iso3}/`);
      expect(response?.status()).toBe(200);
      const country = dataset.countryByIso3.get(iso3);
      const panel = page.getByTestId('panel');
      await expect(page.getByTestId('panel.country-name')).toHaveText(
        country?.name ?? dataset.coalition.supported.name,
      );
      await expect(page.getByTestId('static-map').locator('[data-selected]')).toHaveCount(1);
      if (country) {
        await expect(panel).toContainText(STANCE_LABELS[country.stance]);
        await expect(panel).toContainText(country.summary);
        const quotes = panel.getByTestId('panel.quote');
        const expected = country.claims.flatMap((claim) => claim.evidence.map((e) => e.quote));
        await expect(quotes).toHaveCount(expected.length);
        for (const [i, quote] of expected.entries()) await expect(quotes.nth(i)).toHaveText(quote);
        for (const claim of country.claims) {
          const source = dataset.sourceById.get(claim.evidence[0]?.source ?? '');
          if (source) await expect(panel).toContainText(source.publisher ?? source.title);
        }
      } else {
        for (const statement of dataset.coalition.supported.statements) {
          for (const e of statement.evidence) await expect(panel).toContainText(e.quote);
        }
      }
      expect(await page.locator('body').textContent()).not.toMatch(/Loading/i);
    });
  }
});

test.describe('with JavaScript', () => {
  test("a country's page hydrates with that country selected, and the map follows", async ({
    mapPage,
    page,
  }) => {
    await page.goto('/country/IRL/');
    await mapPage.waitForMapReady();
    await expect(mapPage.panel.countryName).toHaveText('Ireland');
    expect(await mapPage.featureState('IRL')).toMatchObject({ selected: true });
    await expect(page).toHaveURL(/\/country\/IRL\/$/);
    // Picking another country shows it at the site's root, and Back returns to the page.
    await mapPage.list.selectByClick('FRA');
    await expect(mapPage.panel.countryName).toHaveText('France');
    await expect(page).toHaveURL(/\/#country=FRA$/);
    await page.goBack();
    await expect(mapPage.panel.countryName).toHaveText('Ireland');
  });

  test('a tap on the picture opens the panel before the WebGL map is ready', async ({ page }) => {
    // The boundaries are held back (never answered), so MapLibre is not ready: the picture is the map.
    await page.route('**/generated/tiles/**', () => {});
    await page.goto('/');
    const picture = page.getByTestId('static-map');
    const france = picture.locator('path[data-iso3="FRA"]');
    await waitForHydration(page);
    // France's interior point (its path's box reaches French Guiana), through the SVG's transform.
    const at = await france.evaluate(
      (path: SVGPathElement, [x, y]) => {
        const point = new DOMPoint(x, y).matrixTransform(
          path.ownerSVGElement?.getScreenCTM() ?? new DOMMatrix(),
        );
        return { x: point.x, y: point.y };
      },
      lngLatToMercator(...(points.FRA ?? [2, 47])),
    );
    await page.mouse.click(at.x, at.y);
    await expect(page.getByTestId('panel.country-name')).toHaveText('France');
    await expect(picture.locator('[data-selected]')).toHaveCount(1);
  });

  test('a tap on the picture before the app has started is answered once it has', async ({ page }) => {
    await page.route('**/generated/tiles/**', () => {});
    const startApp = await openWithoutTheApp(page, '/');
    const at = await pictureSpot(page, 'FRA');
    await page.mouse.click(at.x, at.y);
    // Noted by the page's boot script; nothing can answer it yet.
    await expect(page.locator('html')).toHaveAttribute('data-early-tap', 'FRA');
    await expect(page.getByTestId('panel.country-name')).toHaveCount(0);

    startApp();
    await expect(page.getByTestId('panel.country-name')).toHaveText('France');
    await expect(page).toHaveURL(/#country=FRA$/);
    await expect(page.locator('html')).not.toHaveAttribute('data-early-tap', /./);
    // Answered once: a later tap on France is the app's own, and France stays selected.
    await page.mouse.click(at.x, at.y);
    await expect(page.getByTestId('panel.country-name')).toHaveText('France');
  });
});
