// The map keeps nothing about the reader: after selecting, filtering and reading an article, no
// cookie, no localStorage or sessionStorage entry and no IndexedDB database exists (the address's
// hash is the only state). the README's security model promises it; a sandboxed embed, which has no storage,
// depends on it.
import { dataset } from './fixtures/dataset.ts';
import { expect, test } from './fixtures/test.ts';

test('using the map stores nothing in the browser', async ({ mapPage, page, context }) => {
  const country = dataset.countries.find((c) => c.stance === 'troops');
  if (!country) throw new Error('e2e/reliability-no-storage.spec.ts: no country sends troops');
  await mapPage.goto();
  await mapPage.waitForMapReady();
  await mapPage.list.selectByClick(country.iso3);
  await mapPage.toggleStance('opposed');
  await mapPage.panel.readInArticle(0);
  await expect(mapPage.panel.articleMark).toBeVisible();

  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
  expect(stored).toEqual({ cookie: '', local: 0, session: 0, databases: [] });
  expect(await context.cookies()).toEqual([]);
});
