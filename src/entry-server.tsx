// The app rendered to HTML at build time (scripts/prerender): the same component tree the browser
// hydrates (render-app.tsx), with the store holding a page's state: the overview, or one country
// selected. Built as its own module for Node by the prerender step; never shipped to browsers.

import { claimsVersion } from 'virtual:country-claims';
import { prerender } from 'react-dom/static';
import { AppRoot } from './AppRoot';
import { loadDataset } from './data/claims';
import { countryClaimsPath } from './data/country-claims-path';
import { summary } from './data/dataset';
import { provideOutlines } from './map/static/first-paint-paths';
import { enterPageState } from './store/store';

// The whole dataset, claims and all, loaded before any page renders: the pages carry every claim
// (the browser loads them later, claims.ts), and the prerender's own steps read it too.
export const dataset = await loadDataset();

// The first paint's outlines go into the markup from here; the browser reads them back from it.
// Imported as the browser's fallback imports them (first-paint-paths.ts), so the module is one chunk.
provideOutlines((await import('virtual:first-paint-paths')).firstPaintPaths);

/** The file of a country's claims (the page preloads it), or null for the supported country. */
export function countryClaimsFile(iso3: string): string | null {
  return summary.countryByIso3.has(iso3) ? countryClaimsPath(claimsVersion, iso3) : null;
}

/** The countries that get a page of their own: every country in the data, and the supported one. */
export function pageCountries(): string[] {
  return [summary.coalition.supports, ...summary.countries.map((c) => c.iso3)];
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let html = '';
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    html += decoder.decode(chunk, { stream: true });
  }
  return html + decoder.decode();
}

/**
 * The markup inside <div id="root"> for a page: `country` selected, or the overview (null); the
 * embed's layout (the embed/ page) when `embed`.
 */
export async function renderPage(country: string | null, embed = false): Promise<string> {
  enterPageState(country);
  const { prelude } = await prerender(
    <AppRoot flags={{ embed }} country={country} onFirstCommit={() => {}} />,
    // Every Suspense boundary (ui/HydrateLater.tsx) in place, in document order. Past this many
    // bytes React would move a boundary's markup to a hidden <div> that an inline script reveals:
    // blank for a reader without JavaScript, and blocked by the page's script policy.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return inPlaceMarkup(await readAll(prelude), country, embed);
}

/** The page's markup, checked: complete boundaries only (<!--$-->), and no script of React's. */
function inPlaceMarkup(html: string, country: string | null, embed: boolean): string {
  const page = embed ? 'the embed page' : (country ?? 'the overview');
  if (/<script\b/i.test(html))
    throw new Error(
      `prerender (${page}): React wrote a <script> into the page; boundaries must render in place`,
    );
  if (/<!--\$[?!]-->/.test(html))
    throw new Error(
      `prerender (${page}): a Suspense boundary was left pending or failed; its part would be missing`,
    );
  return html;
}
