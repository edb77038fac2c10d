// Where the sources disagree (the validator's rule, shared with the app): Turkey's panel shows
// both claims side by side with their sources and grades and the reason the map follows one; the
// map marks Turkey with a dashed outline the legend explains; the embed shows the same.
import { snapshotAt } from '../src/data/snapshot.ts';
import { SOURCE_KIND_LABELS } from '../src/data/stances.ts';
import { LAYER_DIFFERS } from '../src/map/map-style.ts';
import { dataset, summary } from './fixtures/dataset.ts';
import { expect, test } from './fixtures/test.ts';
import type { TestWindow } from './fixtures/test-hooks.ts';

const turkey = dataset.countryByIso3.get('TUR');
if (!turkey?.resolution) throw new Error('e2e/disagreements.spec.ts: TUR should have a resolution');
const resolution = turkey.resolution;
const followed = turkey.claims.find((c) => c.id === resolution.follows);
if (!followed) throw new Error('e2e/disagreements.spec.ts: TUR follows a claim it does not have');

test.describe('sources that disagree', () => {
  test('Turkey shows "Sources differ" with both claims, their sources and grades, and the reason', async ({
    mapPage,
    page,
  }) => {
    await mapPage.goto('country=TUR');
    await mapPage.waitForMapReady();

    const differ = page.getByTestId('panel.sources-differ');
    await expect(differ).toBeVisible();
    const claims = differ.getByTestId('panel.differ-claim');
    await expect(claims).toHaveCount(turkey.claims.length);
    for (const claim of turkey.claims) {
      const column = claims.and(page.locator(`[data-claim-id="${claim.id}"]`));
      await expect(column).toContainText(claim.statement);
      for (const { source } of claim.evidence) {
        const meta = dataset.sourceById.get(source);
        if (!meta) throw new Error(`source ${source} is missing`);
        await expect(column).toContainText(meta.title);
        await expect(column).toContainText(SOURCE_KIND_LABELS[meta.kind]);
      }
    }
    const reason = differ.getByTestId('panel.resolution');
    await expect(reason).toContainText('The map follows');
    await expect(reason).toContainText(followed.statement);
    await expect(reason).toContainText(resolution.reason);

    // Side by side on the wide panel...
    const [a, b] = [await claims.nth(0).boundingBox(), await claims.nth(1).boundingBox()];
    expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x + a.width - 1).toBe(true);
    // ...stacked on a narrow screen.
    await page.setViewportSize({ width: 380, height: 800 });
    await expect
      .poll(async () => {
        const [c, d] = [await claims.nth(0).boundingBox(), await claims.nth(1).boundingBox()];
        return c && d ? d.y >= c.y + c.height - 1 : false;
      })
      .toBe(true);
  });

  test('the map marks exactly the countries whose sources differ, with a dashed outline', async ({
    mapPage,
    page,
  }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
    const differs = snapshotAt(summary, null).differs;
    expect([...differs]).toEqual(['TUR']);
    // The first frame's outlines come from the bundle (the style's fallback); the store's view is
    // written as feature state once the dataset has loaded, after ready.
    for (const { iso3 } of dataset.countries) {
      await expect
        .poll(() => mapPage.featureState(iso3), { message: iso3 })
        .toMatchObject({ differs: differs.has(iso3) });
    }
    const dash = await page.evaluate((layer) => {
      const map = (window as unknown as TestWindow).__map;
      return map?.getPaintProperty(layer, 'line-dasharray');
    }, LAYER_DIFFERS);
    expect(Array.isArray(dash) && dash.length > 1).toBe(true);
    await expect(page.getByTestId('legend.differs')).toContainText('sources differ');
  });

  test('the embed shows "Sources differ" for Turkey too', async ({ mapPage, page }) => {
    await mapPage.goto('country=TUR', 'embed=1');
    await mapPage.waitForMapReady();
    await expect(page.getByTestId('embed-layout')).toBeVisible();
    await expect(page.getByTestId('panel.sources-differ')).toBeVisible();
    await expect(page.getByTestId('panel.differ-claim')).toHaveCount(turkey.claims.length);
  });
});
