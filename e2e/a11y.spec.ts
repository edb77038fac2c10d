// Accessibility: axe finds no serious or critical problem (colour contrast included) in the full
// and the embedded view, light and dark, with a country selected and with an article open; the
// whole page works from the keyboard; reduced motion turns camera flights into jumps.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { dataset } from './fixtures/dataset.ts';
import type { MapPage } from './fixtures/map-page.ts';
import { expect, test } from './fixtures/test.ts';
import type { TestWindow } from './fixtures/test-hooks.ts';

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per serious or critical violation, and any colour-contrast one: empty when clean. */
function blocking(results: Result): string[] {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'color-contrast')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ')}]` : ''}`,
          )
          .join('; ')}`,
    );
}

async function audit(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  // The contrast rule must have run, or its silence would prove nothing.
  expect(results.passes.some((r) => r.id === 'color-contrast')).toBe(true);
  return blocking(results);
}

/** A country with at least one quote to open in its article. */
const COUNTRY = dataset.countries.find((c) => c.claims.some((claim) => claim.evidence.length > 0));
if (!COUNTRY) throw new Error('e2e/a11y.spec.ts: the dataset needs a country with a quoted claim');

async function openSelected(mapPage: MapPage, query: string): Promise<void> {
  await mapPage.goto(`country=${COUNTRY?.iso3}`, query);
  await mapPage.waitForMapReady();
  await expect(mapPage.panel.countryName).toHaveText(COUNTRY?.name ?? '');
}

const VIEWS = [
  { name: 'full view', embed: false },
  { name: 'embedded view', embed: true },
] as const;

for (const theme of ['light', 'dark'] as const) {
  for (const view of VIEWS) {
    test(`axe: no serious problem in the ${view.name}, ${theme}, country selected and article open`, async ({
      mapPage,
      page,
    }) => {
      await openSelected(mapPage, `${view.embed ? 'embed=1&' : ''}theme=${theme}`);
      expect(await audit(page), 'with a country selected').toEqual([]);

      await mapPage.panel.readInArticle(0);
      await expect(mapPage.panel.articleMark).toBeVisible();
      expect(await audit(page), 'with the article open').toEqual([]);
    });
  }
}

test.describe('by keyboard alone', () => {
  test('Tab reaches the header buttons, filters, downloads, list and panel', async ({ mapPage, page }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
    // The rest of the page is rendered once the map is drawn (main.tsx): Tab from then on, or the
    // first stops may be in the first paint's markup that React is about to replace.
    await expect(page.getByTestId('list.search')).toBeVisible();
    // Start from the top of the page, as a reader who clicked into it: the page has the focus.
    await page.getByRole('heading', { level: 1 }).click();
    const reached = new Set<string>();
    // Each stop is named by its own test id or the nearest ancestor's, e.g. "panel".
    for (let i = 0; i < 400 && !reached.has('credits-end'); i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return 'credits-end';
        const ids = [];
        for (let el: Element | null = active; el; el = el.parentElement) {
          const id = el.getAttribute('data-testid');
          if (id) ids.push(id);
        }
        return ids.join(' < ');
      });
      for (const part of name.split(' < ')) reached.add(part);
    }
    for (const stop of [
      'methodology',
      'embed',
      'filter.troops',
      'filter.unstated',
      'download.csv',
      'download.json',
      'download.png',
      'list.search',
      'list.item',
      'panel',
    ]) {
      expect(reached, `Tab should reach ${stop}`).toContain(stop);
    }
  });

  test('choosing from the list moves focus into the panel; Escape brings it back to the item', async ({
    mapPage,
    page,
  }) => {
    await mapPage.goto();
    await mapPage.waitForMapReady();
    const iso3 = COUNTRY?.iso3 ?? '';
    await mapPage.list.item(iso3).focus();
    await page.keyboard.press('Enter');
    await expect(mapPage.panel.countryName).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(mapPage.panel.countryName).toHaveCount(0);
    await expect(mapPage.list.item(iso3)).toBeFocused();
  });
});

/**
 * Looks far away from `iso3`, then chooses it in the list and reports, as soon as the map has
 * followed the selection (after the panel's paint, sync-map.ts), whether the camera is animating
 * and whether the country is already in view.
 */
async function chooseFarCountry(mapPage: MapPage, page: Page, iso3: string) {
  await mapPage.lookAt('BRA', 4);
  return page.evaluate((code) => {
    const w = window as unknown as TestWindow;
    const map = w.__map;
    const button = document.querySelector<HTMLButtonElement>(
      `[data-testid="list.item"][data-iso3="${code}"]`,
    );
    if (!map || !w.__coalition || !button) throw new Error(`the map or the list item ${code} is missing`);
    const hook = w.__coalition;
    button.click();
    // Looks again after every task until the camera has either jumped or started to fly.
    return new Promise<{ moving: boolean; inView: boolean }>((resolve) => {
      const look = () => {
        const at = hook.project(code);
        const rect = map.getContainer().getBoundingClientRect();
        const inView = at.x > rect.left && at.x < rect.right && at.y > rect.top && at.y < rect.bottom;
        const moving = map.isMoving();
        if (moving || inView) return resolve({ moving, inView });
        const channel = new MessageChannel();
        channel.port1.onmessage = look;
        channel.port2.postMessage(null);
      };
      look();
    });
  }, iso3);
}

test.describe('reduced motion', () => {
  const far = 'GBR';
  test.beforeEach(() => {
    expect(dataset.countryByIso3.has(far), `${far} must be in the dataset`).toBe(true);
  });

  test('with prefers-reduced-motion the camera jumps to the chosen country in one step', async ({
    mapPage,
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await mapPage.goto();
    await mapPage.waitForMapReady();
    expect(await chooseFarCountry(mapPage, page, far)).toEqual({ moving: false, inView: true });
  });

  test('without it the camera flies there (so the check above can tell the two apart)', async ({
    mapPage,
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await mapPage.goto();
    await mapPage.waitForMapReady();
    expect(await chooseFarCountry(mapPage, page, far)).toEqual({ moving: true, inView: false });
  });
});
