// The claims load apart from the page (src/data/claims.ts): the page starts with the dataset's
// summary. A country's claims come from a file of their own when a reader opens it (or lands on its
// page); the whole dataset's chunk comes once the map is drawn, or as soon as a reader opens a
// claim link or the sources. Until they are here the panel shows the country's name, stance and
// summary, and says the claims are on their way (a file that does not arrive:
// e2e/lazy-parts.spec.ts).
import { dataset } from './fixtures/dataset.ts';
import { holdBack, openWithoutTheApp } from './fixtures/early-tap.ts';
import { waitForHydration } from './fixtures/map-page.ts';
import { SourcesIndex } from './fixtures/sources.ts';
import { expect, test } from './fixtures/test.ts';

const CLAIMS_CHUNK = /\/assets\/full-dataset-[^/]*\.js(\?.*)?$/;
const FRANCE_FILE = /\/claims\/\w+\/FRA\.json$/;
const france = dataset.countryByIso3.get('FRA');
if (!france) throw new Error('e2e/claims-on-demand.spec.ts: the dataset has no France');

test('a country opened before its claims arrive shows its name and summary, then its claims from its own file', async ({
  page,
  mapPage,
}) => {
  // The whole dataset stays held throughout: France's claims come from France's own file.
  await holdBack(page, CLAIMS_CHUNK);
  const release = await holdBack(page, FRANCE_FILE);
  await mapPage.goto();
  await mapPage.list.selectByClick('FRA');

  await expect(mapPage.panel.countryName).toHaveText(france.name);
  await expect(page.getByTestId('panel.stance')).toContainText(/\w/);
  await expect(page.getByTestId('panel')).toContainText(france.summary);
  await expect(page.getByTestId('panel.claims-loading')).toHaveText('Loading the claims and their quotes…');
  await expect(mapPage.panel.claims).toHaveCount(0);

  release();
  await expect(page.getByTestId('panel.claims-loading')).toHaveCount(0);
  await expect(mapPage.panel.claims).toHaveCount(france.claims.length);
  await expect(mapPage.panel.quotes.first()).toBeVisible();
});

test("a country's own page keeps its prerendered claims on screen until their file is here", async ({
  page,
  mapPage,
}) => {
  const release = await holdBack(page, FRANCE_FILE);
  await page.goto('/country/FRA/');
  await waitForHydration(page);
  // The prerendered claims, never the loading line, while the chunk is held.
  await expect(mapPage.panel.claims.first()).toBeVisible();
  await expect(page.getByTestId('panel.claims-loading')).toHaveCount(0);
  const shown = await mapPage.panel.claims.count();
  expect(shown).toBeGreaterThan(0);
  release();
  // Once the file is here React hydrates them, and they answer: "Link" makes one current. (A click
  // that lands while React still waits for the chunk reaches no handler, so it is tried again.)
  const first = mapPage.panel.claims.first();
  await expect(async () => {
    await first.getByTestId('panel.claim-link').click();
    await expect(first).toHaveAttribute('aria-current', 'true', { timeout: 500 });
  }).toPass();
  await expect(page.getByTestId('panel.claims-loading')).toHaveCount(0);
});

test("a country's own page asks for its claims from its head, alongside the main script", async ({
  page,
}) => {
  // France's claims are requested while the main script is still held back: only the page's
  // <head> can have asked for them, so they download with the script instead of after it has run.
  const claimsAsked = page.waitForRequest(FRANCE_FILE, { timeout: 10_000 });
  const release = await openWithoutTheApp(page, '/country/FRA/');
  await claimsAsked;
  release();
  await waitForHydration(page);
});

test('the sources index lists the articles at once, and the claims citing each once they are here', async ({
  page,
  mapPage,
}) => {
  const release = await holdBack(page, CLAIMS_CHUNK);
  await mapPage.goto();
  const sources = new SourcesIndex(page);
  await sources.openTab();
  await expect(sources.root.getByRole('heading', { level: 2 })).toHaveText('Sources');
  await expect(sources.root).toContainText(`one of these ${dataset.sources.length} articles`);
  await expect(sources.root.getByRole('status')).toHaveText('Loading the claims that cite each article…');

  release();
  await expect(sources.items).toHaveCount(dataset.sources.length);
  await expect(page.getByTestId('sources.claim').first()).toBeVisible();
  await expect(sources.root.getByRole('status')).toHaveCount(0);
});

test('a link naming a claim is read once the claims are here', async ({ page, mapPage }) => {
  const claim = france.claims.at(-1);
  if (!claim) throw new Error('France has no claim');
  const release = await holdBack(page, CLAIMS_CHUNK);
  await mapPage.goto(`claim=${claim.id}`);
  // The address keeps the claim while the page waits for it.
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#claim=${claim.id}`);
  release();
  await expect(mapPage.panel.countryName).toHaveText(france.name);
  const linked = page.locator(`[data-testid="panel.claim"][data-claim-id="${claim.id}"]`);
  await expect(linked).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#country=FRA&claim=${claim.id}`);
});
