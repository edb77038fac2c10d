// Links we did not write: each hostile hash or query leaves a working page (the map gets ready,
// the list and panel answer), opens no dialog, runs no script (the flag every payload would set
// stays unset), adds no element from the link, and says what it ignored in a notice (UI, never a
// console error: the fixture fails on those). The parser itself is fuzzed in
// src/store/url-hostile.test.ts; these are the browser's end of it.
import type { Page } from '@playwright/test';
import { cspHash } from '../scripts/inline-head.ts';
import { dataset } from './fixtures/dataset.ts';
import type { MapPage } from './fixtures/map-page.ts';
import { expect, test } from './fixtures/test.ts';

/** Every payload sets this flag if it ever runs. */
const RAN = 'window.__pwned=1';

interface Case {
  name: string;
  hash?: string;
  query?: string;
  /** Whether the reader is told something was ignored. */
  notice: boolean;
}

const CASES: Case[] = [
  { name: 'a script tag as the country', hash: `country=<script>${RAN}</script>`, notice: true },
  { name: 'an img onerror as the country', hash: `country=<img src=x onerror=${RAN}>`, notice: true },
  { name: 'a javascript: URL as the country', hash: `country=javascript:${RAN}`, notice: true },
  { name: 'an svg onload closing a quote', hash: `country="><svg onload=${RAN}>`, notice: true },
  { name: 'broken percent-encoding', hash: 'country=%E0%A4%A', notice: true },
  { name: 'an encoded lone surrogate', hash: 'country=%ED%A0%80&stance=%F0%9F', notice: true },
  { name: 'NUL and a right-to-left override', hash: 'country=%00%E2%80%AEGBR', notice: true },
  { name: 'repeated, empty and unknown stances', hash: 'stance=troops,troops,,x', notice: true },
  { name: 'empty keys and values', hash: '&&=&country=&=x&&', notice: true },
  { name: 'prototype keys', hash: '__proto__=1&constructor=prototype&toString=x', notice: true },
  { name: 'a 20,000-character value', hash: `country=${'A'.repeat(20_000)}`, notice: true },
  { name: 'a long link of tiny bad parts', hash: Array(900).fill('x').join('&'), notice: true },
  {
    name: 'a claim and an article that are markup',
    hash: `claim=<b>x</b>&source=../../${RAN}`,
    notice: true,
  },
  { name: 'a theme that is markup', query: `theme=<img src=x onerror=${RAN}>`, notice: true },
  { name: 'markup as the embed flag', query: `embed=<img src=x onerror=${RAN}>`, notice: false },
  {
    name: 'an embed with a scripted hash',
    query: 'embed=1',
    hash: `country=<script>${RAN}</script>`,
    notice: true,
  },
];

async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // No element was made from the link: no image, no SVG with a handler, no script but ours.
  await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload]')).toHaveCount(0);
  // Ours: the bundle's files, and the page's inline boot script, which its policy allows by hash.
  const policy =
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  const scripts = await page
    .locator('script')
    .evaluateAll((s) => s.map((e) => ({ src: e.getAttribute('src'), text: e.textContent ?? '' })));
  for (const { src, text } of scripts) {
    if (src === null) expect(policy, 'an inline script the policy does not allow').toContain(cspHash(text));
    else expect(src, 'a script not ours').toMatch(/^\.?\/assets\//);
  }
}

/** The full app: pick a country in the list and the panel shows it (one every case lists). */
async function expectListAndPanelWork(mapPage: MapPage): Promise<void> {
  const country = dataset.countries.find((c) => c.stance === 'troops');
  if (!country) throw new Error('e2e/hostile-urls.spec.ts: the dataset has no country sending troops');
  await mapPage.list.selectByClick(country.iso3);
  await expect(mapPage.panel.countryName).toHaveText(country.name);
}

test.describe('a hostile link', () => {
  for (const c of CASES) {
    test(`leaves the page working: ${c.name}`, async ({ mapPage, page }) => {
      page.on('dialog', (dialog) => {
        throw new Error(`the link ran script and opened a ${dialog.type()} dialog`);
      });
      await mapPage.goto(c.hash, c.query);
      await mapPage.waitForMapReady();

      if (c.notice) await expect(mapPage.notice.first()).toBeVisible();
      else await expect(mapPage.notice).toHaveCount(0);
      // However broken the link, a few lines of notice, never a wall.
      expect(await mapPage.notice.count()).toBeLessThanOrEqual(5);
      // The address bar is rewritten to what the page shows: nothing of the payload is left in it.
      expect(decodeURIComponent(new URL(page.url()).hash)).not.toMatch(/[<>"]|__pwned/);

      const embedded = (await page.getByTestId('embed-layout').count()) > 0;
      if (embedded) {
        // The embed has no list: the legend still filters, and the panel shows the overview.
        await mapPage.filters.flip('troops');
        await expect(mapPage.filters.toggle('troops')).toHaveAttribute('aria-pressed', 'false');
        await expect(mapPage.panel.root).toBeVisible();
      } else {
        await expectListAndPanelWork(mapPage);
      }
      await expectNothingRan(page);
    });
  }

  test('shows the markup it quotes as text', async ({ mapPage, page }) => {
    await mapPage.goto(`country=<script>${RAN}</script>`);
    await mapPage.waitForMapReady();
    await expect(mapPage.notice).toHaveCount(1);
    await expect(mapPage.notice).toContainText(`“<script>${RAN}`);
    await expectNothingRan(page);
  });
});
