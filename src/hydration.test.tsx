// @vitest-environment jsdom
// The prerendered page hydrates without a mismatch: React's development build (which vitest runs)
// reports every difference between the server's markup and the hydrating render, attributes
// included, which the production build in the browser tests does not. The page is rendered as the
// build renders it (entry-server.tsx) and hydrated as the browser does (render-app.tsx).
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderPage } from './entry-server';
import { renderApp } from './render-app';
import { appStore } from './store/store';
import { startTheme } from './theme/theme';

/** React's words for a mismatch, in its warnings and its recoverable errors. */
const MISMATCH = /hydrat|did not match|server rendered|mismatch/i;

async function hydrated(
  country: string | null,
  theme: 'light' | 'dark' = 'light',
  embed = false,
  notices: readonly string[] = [],
  /** Changes the prerendered markup before React takes it. */
  prepare: (root: HTMLElement) => void = () => {},
): Promise<string[]> {
  const html = await renderPage(country, embed);
  appStore.setState({ selected: null });
  // The address the page is served at: the overview, or the country's own page.
  history.replaceState(null, '', country ? `/country/${country}/` : embed ? '/embed/' : '/');
  document.documentElement.dataset.theme = theme;
  startTheme(theme);
  const marker = (country ? ` data-country="${country}"` : '') + (embed ? ' data-embed' : '');
  document.body.innerHTML = `<div id="root" data-prerendered${marker}>${html}</div>`;
  const root = document.getElementById('root');
  if (!root) throw new Error('no root');
  prepare(root);
  const reported: string[] = [];
  const record = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (MISMATCH.test(text))
      // From the component tree React diffs, when it prints one, to read what differs.
      reported.push(text.slice(Math.max(text.indexOf('\n\n  <'), 0), 3000));
  };
  vi.spyOn(console, 'error').mockImplementation(record);
  vi.spyOn(console, 'warn').mockImplementation(record);
  await act(async () => {
    renderApp(root, { embed }, notices);
  });
  return reported;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('the prerendered page hydrates without a mismatch', () => {
  it('the overview', async () => {
    expect(await hydrated(null)).toEqual([]);
    expect(document.querySelector('.app')).not.toBeNull();
  });

  it("a country's page, with that country selected", async () => {
    // The prerendered markup is the country's, not the overview's.
    expect(await renderPage('IRL')).toMatch(/data-testid="panel.country-name"[^>]*>Ireland</);
    expect(await hydrated('IRL')).toEqual([]);
    expect(appStore.getState().selected).toBe('IRL');
    expect(document.querySelector('[data-testid="panel.country-name"]')?.textContent).toBe('Ireland');
  });

  it("the embed's page", async () => {
    expect(await hydrated(null, 'light', true)).toEqual([]);
    expect(document.querySelector('[data-testid="embed-layout"]')).not.toBeNull();
  });

  it('an address that brings a notice (shown once hydrated, not in the hydrating render)', async () => {
    expect(await hydrated(null, 'light', false, ['The link asks for a theme “sepia”.'])).toEqual([]);
    expect(document.querySelector('.notices')?.textContent).toContain('sepia');
  });

  it("the first paint's picture hydrates from the outlines read back from the page", async () => {
    // France's outline changed in the markup: were the picture drawn from any outlines but the
    // page's own, React would report the `d` that differs.
    const marked = 'M500 300h4v4h-4z';
    const france = () => document.querySelector('.first-paint .map-borders path[data-iso3="FRA"]');
    const reported = await hydrated(null, 'light', false, [], () => france()?.setAttribute('d', marked));
    expect(reported).toEqual([]);
    expect(france()?.getAttribute('d')).toBe(marked);
    // Drawn anew from the same outlines (a later render of the picture), France is still the page's.
    act(() => appStore.getState().select('FRA'));
    expect(document.querySelector('.first-paint path[data-selected]')?.getAttribute('d')).toBe(marked);
  });

  it('on a narrow screen React keeps the prerendered page: no part is rendered anew', async () => {
    // A phone's width: the layout (the sheet over the map) is CSS's, so hydrating changes no node.
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: /max-width/.test(query),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    const parts = ['panel', 'list', 'sheet', 'sheet.panel-timeline', 'filter.troops'];
    const nodes = (root: ParentNode) => parts.map((id) => root.querySelector(`[data-testid="${id}"]`));
    let before: (Element | null)[] = [];
    const reported = await hydrated('FRA', 'light', false, [], (root) => {
      before = nodes(root);
    });
    vi.unstubAllGlobals();
    expect(reported).toEqual([]);
    expect(before.every((node) => node !== null)).toBe(true);
    const after = nodes(document);
    for (const [i, id] of parts.entries()) expect(after[i], id).toBe(before[i]);
  });

  it("parts that hydrate later are in the page, in place, with no script of React's", async () => {
    const html = await renderPage(null);
    // Complete boundaries (<!--$-->...<!--/$-->) around the overview's facts, the list, the key...
    expect(html.match(/<!--\$-->/g)?.length).toBeGreaterThanOrEqual(5);
    expect(html).not.toMatch(/<script|<!--\$[?!]-->|hidden id="S:/);
    expect(html).toMatch(/<!--\$--><ol class="claims">/);
  });

  it('the store changes before React has hydrated every part: each part hydrates as built, then follows', async () => {
    // The address (read into the store once the page's frame has hydrated) selects France and
    // shows only one stance while the list, the key and the timeline are still to hydrate: those
    // must first render what the build rendered (the page's state), or React reports a mismatch
    // and renders them anew.
    const parts = ['list', 'filter.opposed', 'sheet.panel-timeline'];
    const nodes = (root: ParentNode) => parts.map((id) => root.querySelector(`[data-testid="${id}"]`));
    let before: (Element | null)[] = [];
    const reported = await hydrated(null, 'light', false, [], (root) => {
      history.replaceState(null, '', '/#country=FRA&stance=troops');
      before = nodes(root);
    });
    expect(reported).toEqual([]);
    expect(document.querySelector('[data-testid="panel.country-name"]')?.textContent).toBe('France');
    expect(document.querySelector('[data-testid="filter.opposed"]')?.getAttribute('aria-pressed')).toBe(
      'false',
    );
    const after = nodes(document);
    for (const [i, id] of parts.entries()) expect(after[i], id).toBe(before[i]);
  });

  it('the dark theme (the markup is the same in both themes)', async () => {
    expect(await hydrated('GBR', 'dark')).toEqual([]);
  });
});
