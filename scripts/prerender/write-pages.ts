// Writes the prerendered pages into the built site: the overview into index.html, each country's
// page into country/<ISO3>/index.html and the embed's into embed/index.html, from the built
// index.html as template, each with
// its own <head> (page-head.ts) and share picture (og/<ISO3>.png, og-image.tsx). A country page is
// two folders down, so the template's page-relative addresses (scripts, styles, the preloaded
// points) are moved up two levels; the app's own fetches find the site's root from its script's
// address (src/site-url.ts). The inline stylesheet and boot script are left byte for byte as the
// build hashed them, and each page is checked against the site's policy before it is written.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DatasetIndex } from '../../src/data/indexes.ts';
import { checkPage } from '../inline-head.ts';
import type { MapGeography } from './og-frame.ts';
import { renderOgImage } from './og-image.tsx';
import { ogImagePath, pageHead, pageHeadInput, pagePath, relativePath } from './page-head.ts';

/** What the Node build of src/entry-server.tsx exports. */
export interface PrerenderServer {
  renderPage: (country: string | null, embed?: boolean) => Promise<string>;
  pageCountries: () => string[];
  /** The file of a country's claims under the site's root, or null for a country with none. */
  countryClaimsFile: (iso3: string) => string | null;
  dataset: DatasetIndex;
}

const ROOT = '<div id="root"></div>';
const TITLE = /<title>[^<]*<\/title>/;

/** An element whose text is not markup: an inline script or stylesheet, with its tags. */
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;

const rebaseAttributes = (markup: string, up: string) =>
  markup.replace(
    /\b(src|href)="(?![/#]|[a-z][a-z0-9+.-]*:)(?:\.\/)?([^"]*)"/gi,
    (_, attribute: string, address: string) => `${attribute}="${up}${address}"`,
  );

/**
 * Page-relative src/href addresses (not absolute, not root-relative, not a fragment) moved up
 * `up`, in the markup only: an inline script's or stylesheet's text is left as it is (a CSS
 * `[href="…"]` is not an address, and the policy allows the text by its hash).
 */
export function rebaseRelative(html: string, up: string): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(RAW_TEXT)) {
    const [whole, open = '', , text = '', close = ''] = match;
    out += rebaseAttributes(html.slice(last, match.index) + open, up) + text + close;
    last = match.index + whole.length;
  }
  return out + rebaseAttributes(html.slice(last), up);
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The template with the page's markup in its root and its own head; `embed`: the embed's page. */
export function pageHtml(
  template: string,
  body: string,
  country: string | null,
  head: string,
  embed = false,
): string {
  if (template.split(ROOT).length !== 2) {
    throw new Error(`index.html: needs exactly one empty ${ROOT} for the prerendered page`);
  }
  if (!TITLE.test(template)) throw new Error('index.html: needs a <title> for the page head to replace');
  const marker =
    (country === null ? '' : ` data-country="${escapeAttribute(country)}"`) + (embed ? ' data-embed' : '');
  return template
    .replace(TITLE, () => head)
    .replace(ROOT, () => `<div id="root" data-prerendered${marker}>${body}</div>`);
}

/**
 * A country page's claims hydrate only once their file is here, and React drops a click on them
 * until then: the page's head asks for the file, so it downloads alongside the main script instead
 * of after it has run. (Fetched by the app as this preload asks: `crossorigin`, as a fetch.)
 */
export function claimsPreload(country: string, server: Pick<PrerenderServer, 'countryClaimsFile'>): string {
  const file = server.countryClaimsFile(country);
  if (file === null) return '';
  const href = relativePath(pagePath(country), file);
  return `\n<link rel="preload" href="${escapeAttribute(href)}" as="fetch" crossorigin>`;
}

export async function writePages(options: {
  outDir: string;
  template: string;
  server: PrerenderServer;
  siteUrl: string | undefined;
  geography: MapGeography;
  /** The site's Content-Security-Policy (dist/_headers): every page must carry it, and match it. */
  policy: string;
}): Promise<number> {
  const { outDir, template, server, siteUrl, geography, policy } = options;
  const writePage = (file: string, html: string) => {
    checkPage(path.relative(outDir, file), html, policy);
    writeFileSync(file, html);
  };
  const index = server.dataset;
  const pages: (string | null)[] = [null, ...server.pageCountries()];
  mkdirSync(path.join(outDir, 'og'), { recursive: true });
  for (const country of pages) {
    const body = await server.renderPage(country);
    const head = pageHead(pageHeadInput(index, country, siteUrl));
    writeFileSync(
      path.join(outDir, ogImagePath(country)),
      renderOgImage({ index, iso3: country, geography }),
    );
    if (country === null) {
      writePage(path.join(outDir, 'index.html'), pageHtml(template, body, null, head));
      continue;
    }
    const dir = path.join(outDir, 'country', country);
    mkdirSync(dir, { recursive: true });
    writePage(
      path.join(dir, 'index.html'),
      pageHtml(rebaseRelative(template, '../../'), body, country, head + claimsPreload(country, server)),
    );
  }
  // The embed's page (what the snippet frames): the embed's layout, kept out of search results
  // (the full pages are the ones to find) and pointing at the overview as the canonical page.
  const embedDir = path.join(outDir, 'embed');
  mkdirSync(embedDir, { recursive: true });
  const embedHead = [
    `<title>${escapeAttribute(index.coalition.title)} (embedded map)</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeAttribute(siteUrl ? new URL('./', siteUrl).href : '../')}">`,
  ].join('\n');
  const embedBody = await server.renderPage(null, true);
  writePage(
    path.join(embedDir, 'index.html'),
    pageHtml(rebaseRelative(template, '../'), embedBody, null, embedHead, true),
  );
  return pages.length + 1;
}
