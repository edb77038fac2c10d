// @vitest-environment jsdom
import { act, createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUpTestRoot } from '../../test-support/react-root';
import { loadCountryClaims } from '../data/claims';
import { dataset } from '../data/full-dataset';
import { appStore } from '../store/store';
import { CountryDetail, FIRST_FRAME_CLAIMS } from './CountryDetail';

// The real dataset's country with the most claims (more than the first frame shows).
const country = [...dataset.countries].sort((a, b) => b.claims.length - a.claims.length)[0];

const page = setUpTestRoot({ holdFrames: true });

afterEach(() => {
  appStore.getState().select(null);
});

const claimsShown = () => page.container.querySelectorAll('[data-testid="panel.claim"]').length;

describe('CountryDetail', () => {
  // First: the claims are not loaded yet (claims.ts keeps them for the page's life).
  it('shows the name, stance and summary at once, and the claims once they are loaded', async () => {
    if (!country) throw new Error('no country');
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(String(url));
      return new Response(JSON.stringify(country));
    });
    act(() => page.root.render(createElement(CountryDetail, { country, headingRef: null })));
    expect(page.container.querySelector('[data-testid="panel.country-name"]')?.textContent).toBe(
      country.name,
    );
    expect(page.container.textContent).toContain(country.summary);
    expect(page.container.querySelector('[data-testid="panel.claims-loading"]')?.textContent).toBe(
      'Loading the claims and their quotes…',
    );
    expect(claimsShown()).toBe(0);
    // The country's own file, as the site serves it (claims.ts), answered here.
    expect(asked).toEqual([expect.stringMatching(new RegExp(`/claims/\\w+/${country.iso3}\\.json$`))]);
    await loadCountryClaims(country.iso3);
    // In the browser React retries the boundary when the load settles (e2e/claims-on-demand.spec.ts);
    // a test's act() scope does not replay that, so the panel is rendered again.
    act(() => page.root.render(createElement(CountryDetail, { country, headingRef: null })));
    expect(page.container.querySelector('[data-testid="panel.claims-loading"]')).toBeNull();
    expect(claimsShown()).toBeGreaterThan(0);
    vi.unstubAllGlobals();
  });
  it('opens with its first claims and adds the rest once that frame is painted', async () => {
    if (!country || country.claims.length <= FIRST_FRAME_CLAIMS)
      throw new Error('needs more claims than the first frame shows');
    act(() => page.root.render(null));
    act(() => page.root.render(createElement(CountryDetail, { country, headingRef: null })));
    expect(claimsShown()).toBe(FIRST_FRAME_CLAIMS);
    expect(page.container.textContent).toContain(`${country.claims.length} claims in the sources`);
    await page.paint();
    expect(claimsShown()).toBe(country.claims.length);
  });
  it('shows every claim at once when it opens on a claim permalink', () => {
    if (!country) throw new Error('no country');
    const last = country.claims.at(-1);
    if (!last) throw new Error('no claim');
    appStore.getState().showClaim(country.iso3, last.id);
    act(() => page.root.render(createElement(CountryDetail, { country, headingRef: null })));
    expect(claimsShown()).toBe(country.claims.length);
  });
  // Last: narrow.ts keeps the first MediaQueryList it is given.
  it('opens with only its first claim on a narrow screen (the half-open sheet shows no more)', async () => {
    if (!country) throw new Error('no country');
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: /max-width/.test(query), media: query }));
    act(() => page.root.render(createElement(CountryDetail, { country, headingRef: null })));
    expect(claimsShown()).toBe(1);
    await page.paint();
    expect(claimsShown()).toBe(country.claims.length);
    vi.unstubAllGlobals();
  });
});
