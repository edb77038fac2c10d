// Claim permalinks: #country=GBR&claim=<id> opens the panel with that claim in view and marked;
// each claim's "Link" puts its permalink in the address bar and shows it; a wrong claim id is a
// notice, never a crash. Also inside an embed.
import { dataset } from './fixtures/dataset.ts';
import { expect, test } from './fixtures/test.ts';

const CLAIM = 'gbr-loan-from-russian-assets';
const uk = dataset.countryByIso3.get('GBR');
if (!uk) throw new Error('e2e/permalink.spec.ts: the dataset has no GBR');
// Far enough down the list that the panel has to scroll to show it.
if (uk.claims.findIndex((c) => c.id === CLAIM) < 4) {
  throw new Error(`e2e/permalink.spec.ts: ${CLAIM} should come after GBR's first four claims`);
}

test.describe('claim permalinks', () => {
  test('a link to a claim opens the panel scrolled to that claim', async ({ mapPage, page }) => {
    await mapPage.goto(`country=GBR&claim=${CLAIM}`);
    await mapPage.waitForMapReady();

    await expect(mapPage.panel.countryName).toHaveText(uk.name);
    const claim = mapPage.panel.claims.and(page.locator(`[data-claim-id="${CLAIM}"]`));
    await expect(claim).toBeInViewport();
    await expect(claim).toHaveAttribute('aria-current', 'true');
    expect(await mapPage.panel.root.evaluate((panel) => panel.scrollTop)).toBeGreaterThan(0);
    await expect(page).toHaveURL(new RegExp(`#country=GBR&claim=${CLAIM}$`));
  });

  test('"Link" on a claim makes it current and shows its permalink, on the country\'s page', async ({
    mapPage,
    page,
  }) => {
    await mapPage.goto('country=GBR');
    await mapPage.waitForMapReady();
    const target = uk.claims[2];
    if (!target) throw new Error('GBR needs three claims');
    const claim = mapPage.panel.claims.and(page.locator(`[data-claim-id="${target.id}"]`));

    await claim.getByTestId('panel.claim-link').click();

    await expect(page).toHaveURL(new RegExp(`#country=GBR&claim=${target.id}$`));
    const permalink = claim.getByTestId('panel.claim-permalink');
    await expect(permalink).toHaveValue(new RegExp(`^http://[^#]+/country/GBR/#claim=${target.id}$`));
    // The permalink opens the country's prerendered page with the claim in view and marked.
    await page.goto(await permalink.inputValue());
    await expect(page.locator(`[data-claim-id="${target.id}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(page.getByTestId('panel').getByRole('heading', { level: 2 }).first()).toHaveText(
      'United Kingdom',
    );
    await expect(claim).toHaveAttribute('aria-current', 'true');
    await expect(claim).toBeFocused();
  });

  test('an unknown claim shows a notice and the country', async ({ mapPage, page }) => {
    await mapPage.goto('country=GBR&claim=no-such-claim');
    await mapPage.waitForMapReady();
    await expect(mapPage.notice).toHaveCount(1);
    await expect(mapPage.notice).toContainText('no-such-claim');
    await expect(mapPage.panel.countryName).toHaveText(uk.name);
    await expect(page).toHaveURL(/#country=GBR$/);
  });

  test('a claim of another country shows a notice and the linked country', async ({ mapPage, page }) => {
    await mapPage.goto('country=GBR&claim=tur-willing-to-keep-peace');
    await mapPage.waitForMapReady();
    await expect(mapPage.notice).toHaveCount(1);
    await expect(mapPage.notice).toContainText('TUR');
    await expect(mapPage.panel.countryName).toHaveText(uk.name);
    await expect(page.locator('.claim-current')).toHaveCount(0);
    await expect(page).toHaveURL(/#country=GBR$/);
  });

  test('in an embed, the claim is scrolled into view inside the panel', async ({ mapPage, page }) => {
    await mapPage.goto(`country=GBR&claim=${CLAIM}`, 'embed=1');
    await mapPage.waitForMapReady();
    const claim = mapPage.panel.claims.and(page.locator(`[data-claim-id="${CLAIM}"]`));
    await expect(claim).toBeInViewport();
    expect(await mapPage.panel.root.evaluate((panel) => panel.scrollTop)).toBeGreaterThan(0);
  });
});
