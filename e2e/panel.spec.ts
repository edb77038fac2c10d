// Clicking a country on the map opens its claims with their verbatim quotes; "Read in article"
// shows the whole article with that quote marked and scrolled into view.
import { dataset } from './fixtures/dataset.ts';
import { expect, test } from './fixtures/test.ts';

const uk = dataset.countryByIso3.get('GBR');
if (!uk) throw new Error('e2e/panel.spec.ts: the dataset has no GBR, which this spec is about');
const quoteCount = uk.claims.reduce((n, claim) => n + claim.evidence.length, 0);
const firstQuote = uk.claims[0]?.evidence[0]?.quote ?? '';

/** Quotes match their article "whitespace aside" (see the schema), so compare words. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

test.describe('the country panel', () => {
  test.beforeEach(async ({ mapPage }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
  });

  test('clicking the United Kingdom on the map shows its claims and quotes', async ({ mapPage, page }) => {
    await mapPage.clickCountry('GBR');

    await expect(mapPage.panel.countryName).toHaveText(uk.name);
    await expect(mapPage.panel.claims).toHaveCount(uk.claims.length);
    await expect(mapPage.panel.quotes).toHaveCount(quoteCount);
    await expect(mapPage.panel.quotes.first()).toContainText(words(firstQuote));
    await expect.poll(() => mapPage.featureState('GBR')).toMatchObject({ selected: true });
    await expect(page).toHaveURL(/#country=GBR$/);
  });

  test('"Read in article" shows the article with the quote marked and in view', async ({ mapPage }) => {
    await mapPage.clickCountry('GBR');
    await mapPage.panel.readInArticle(0);

    await expect(mapPage.panel.article).toBeVisible();
    await expect(mapPage.panel.articleMark).toHaveCount(1);
    expect(words((await mapPage.panel.articleMark.textContent()) ?? '')).toBe(words(firstQuote));
    await expect(mapPage.panel.articleMark).toBeInViewport();
  });

  test('closing the article with Escape returns focus to the button that opened it', async ({
    mapPage,
    page,
  }) => {
    await mapPage.clickCountry('GBR');
    await mapPage.panel.readInArticle(0);
    await expect(mapPage.panel.articleMark).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(mapPage.panel.article).toBeHidden();
    await expect(mapPage.panel.readInArticleButtons.first()).toBeFocused();
  });

  test('clicking the sea clears the selection', async ({ mapPage, page }) => {
    await mapPage.clickCountry('GBR');
    await expect(mapPage.panel.countryName).toHaveText(uk.name);

    // The Atlantic west of France, far from any coast: sea in the default frame.
    await mapPage.clickLngLat([-20, 47]);
    await expect(mapPage.panel.countryName).toBeHidden();
    await expect(page).not.toHaveURL(/country=/);
  });
});

// A fresh load (no beforeEach): the link is the page's address when it arrives.
test("a link to a country shows it without taking focus; the reader's own click then does", async ({
  mapPage,
  page,
}) => {
  await mapPage.goto('country=GBR');
  await mapPage.waitForMapReady();
  await expect(mapPage.panel.countryName).toHaveText(uk.name);
  // The address selected it, not the reader: focus stays where the page starts it.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  await mapPage.clickCountry('FRA');
  await expect(mapPage.panel.countryName).toHaveText('France');
  await expect(mapPage.panel.countryName).toBeFocused();
});
