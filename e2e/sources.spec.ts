// The sources index: every article with its publisher, date and grade and the claims citing it
// (each a way to that claim); an open article marks EVERY quoted passage, and a mark leads to the
// country whose claim it backs. All of it lives in the address, so Back works.
import { SOURCE_KIND_LABELS } from '../src/data/stances.ts';
import { formatDate } from '../src/panel/format-date.ts';
import { dataset } from './fixtures/dataset.ts';
import { SourcesIndex } from './fixtures/sources.ts';
import { expect, test } from './fixtures/test.ts';

/** Quotes match their article "whitespace aside" (see the schema), so compare words. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const claimsCiting = (sourceId: string) =>
  new Set((dataset.citationsBySource.get(sourceId) ?? []).filter((c) => c.country).map((c) => c.item.id));

test.describe('the sources index', () => {
  test('lists every article with its publisher, date, grade and the claims that cite it', async ({
    mapPage,
    page,
  }) => {
    const sources = new SourcesIndex(page);
    await mapPage.goto();
    await mapPage.waitForMapReady();
    await sources.openTab();
    await expect(page).toHaveURL(/#view=sources$/);

    await expect(sources.items).toHaveCount(dataset.sources.length);
    expect(dataset.sources).toHaveLength(4);
    for (const source of dataset.sources) {
      const item = sources.item(source.id);
      await expect(item).toContainText(source.title);
      await expect(item).toContainText(source.publisher ?? 'Publisher not stated');
      await expect(item).toContainText(source.published ? formatDate(source.published) : 'Date not stated');
      await expect(item.getByTestId('sources.grade')).toHaveText(SOURCE_KIND_LABELS[source.kind]);
      await expect(item).toContainText(source.quality);
      await expect(item.getByTestId('sources.claim')).toHaveCount(claimsCiting(source.id).size);
    }
  });

  test('a claim in the index selects its country and shows that claim; Back returns', async ({
    mapPage,
    page,
  }) => {
    const sources = new SourcesIndex(page);
    await mapPage.goto('view=sources');
    await mapPage.waitForMapReady();
    const source = dataset.sources[0];
    if (!source) throw new Error('no sources');
    const [first] = (dataset.citationsBySource.get(source.id) ?? []).filter((c) => c.country);
    if (!first?.country) throw new Error(`no claim cites ${source.id}`);

    await sources
      .item(source.id)
      .locator(`[data-testid="sources.claim"][data-claim-id="${first.item.id}"]`)
      .click();

    await expect(mapPage.panel.countryName).toHaveText(first.country.name);
    const claim = mapPage.panel.claims.and(page.locator(`[data-claim-id="${first.item.id}"]`));
    await expect(claim).toHaveAttribute('aria-current', 'true');
    await expect(claim).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`#country=${first.country.iso3}&claim=${first.item.id}$`));
    await page.goBack();
    await expect(sources.items).toHaveCount(dataset.sources.length);
  });

  for (const source of dataset.sources) {
    test(`opening “${source.id}” marks every quoted passage`, async ({ mapPage, page }) => {
      const sources = new SourcesIndex(page);
      await mapPage.goto('view=sources');
      await mapPage.waitForMapReady();
      await sources.open(source.id);
      await expect(page).toHaveURL(new RegExp(`#view=sources&source=${source.id}$`));
      await expect(sources.marks.first()).toBeVisible();

      for (const { item, evidence } of dataset.citationsBySource.get(source.id) ?? []) {
        // The marks covering a quote, in order, spell it out (overlapping quotes share marks).
        const texts = await sources.marksOf(item.id).allTextContents();
        expect(words(texts.join('')), `${item.id} in ${source.id}`).toContain(words(evidence.quote));
      }
    });
  }

  test('clicking a mark selects its country and shows the claim; Back reopens the article', async ({
    mapPage,
    page,
  }) => {
    const sources = new SourcesIndex(page);
    const source = 'healey-urges-coalition-planning';
    await mapPage.goto(`view=sources&source=${source}`);
    await mapPage.waitForMapReady();
    const mark = sources.marks.and(page.locator('[data-iso3="DEU"]')).first();
    const germany = dataset.countryByIso3.get('DEU');
    if (!germany) throw new Error('no DEU in the dataset');

    await mark.getByRole('link').click();

    await expect(mapPage.panel.countryName).toHaveText(germany.name);
    await expect(page).toHaveURL(/#country=DEU&claim=deu-/);
    await expect(page.locator('.claim-current')).toHaveCount(1);
    await page.goBack();
    await expect(sources.article).toBeVisible();
    await expect(sources.marks.first()).toBeVisible();
  });
});
