// The <head> tags of each prerendered page: title, description, canonical URL and the tags link
// previews read (Open Graph, Twitter's card). Pure: the caller reads SITE_URL and passes it in.
// Without it every URL is relative to the page, which works wherever the build is served but is
// not honoured by every link preview; with it they are absolute.
import type { DatasetIndex } from '../../src/data/indexes.ts';
import { OG_HEIGHT, OG_WIDTH } from './og-layout.ts';
import { clip, pictureAlt, stanceWords, subjectOf } from './page-words.ts';

/** Meta descriptions past this length are cut by search engines and previews. */
export const DESCRIPTION_MAX = 200;

export interface PageHeadInput {
  /** <title> and og:title. */
  title: string;
  description: string;
  /** The page's folder under the site's base: '' for the overview, 'country/IRL/' for a country. */
  path: string;
  /** The share picture under the site's base, e.g. 'og/IRL.png'. */
  image: string;
  imageAlt: string;
  siteName: string;
  /** The site's absolute base URL (SITE_URL); absent: URLs relative to the page. */
  siteUrl?: string | undefined;
}

/** The folder of a page under the site's base: '' (the overview) or 'country/IRL/'. */
export function pagePath(iso3: string | null): string {
  return iso3 === null ? '' : `country/${iso3}/`;
}

/** The share picture of a page under the site's base. */
export function ogImagePath(iso3: string | null): string {
  return `og/${iso3 ?? 'overview'}.png`;
}

/**
 * `to` (a path under the site's base) as a URL relative to the page whose folder is `from`
 * ('' or ending in '/'): from 'country/IRL/', 'og/IRL.png' is '../../og/IRL.png' and '' is '../../'.
 */
export function relativePath(from: string, to: string): string {
  if (from !== '' && !from.endsWith('/'))
    throw new Error(`relativePath: "${from}" is not a folder (no final /)`);
  if (from.startsWith('/') || to.startsWith('/'))
    throw new Error('relativePath: paths are under the base, not /');
  const fromDirs = from.split('/').filter((s) => s !== '');
  const toParts = to.split('/');
  const toDirs = toParts.slice(0, -1);
  let common = 0;
  while (common < fromDirs.length && common < toDirs.length && fromDirs[common] === toDirs[common]) common++;
  const up = '../'.repeat(fromDirs.length - common);
  const rest = [...toDirs.slice(common), toParts.at(-1) ?? ''].join('/');
  const url = up + rest;
  return url === '' ? './' : url;
}

/** The site's base as an absolute URL ending in '/'; names SITE_URL when it is not one. */
export function siteBase(siteUrl: string): URL {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL: "${siteUrl}" is not an absolute URL (e.g. https://example.org/coalition/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${siteUrl}" must be an http or https URL`);
  }
  if (url.search !== '' || url.hash !== '')
    throw new Error(`SITE_URL: "${siteUrl}" must have no ?query or #hash`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** A path under the site's base as the page at `from` links to it: absolute with a base, else relative. */
export function pageUrl(from: string, to: string, siteUrl: string | undefined): string {
  return siteUrl === undefined ? relativePath(from, to) : new URL(to, siteBase(siteUrl)).href;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text safe inside a double-quoted attribute or an element (dataset text is never markup). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The <head> tags of one page, one a line. */
export function pageHead(page: PageHeadInput): string {
  const url = (to: string) => pageUrl(page.path, to, page.siteUrl);
  const meta = (key: 'name' | 'property', name: string, content: string) =>
    `<meta ${key}="${name}" content="${escapeHtml(content)}">`;
  return [
    `<title>${escapeHtml(page.title)}</title>`,
    meta('name', 'description', page.description),
    `<link rel="canonical" href="${escapeHtml(url(page.path))}">`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', page.siteName),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', url(page.path)),
    meta('property', 'og:image', url(page.image)),
    meta('property', 'og:image:width', String(OG_WIDTH)),
    meta('property', 'og:image:height', String(OG_HEIGHT)),
    meta('property', 'og:image:alt', page.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
  ].join('\n');
}

/**
 * "<Name>: <stance in words>. <the first claim's statement>" (for the supported country, its first
 * statement), cut at a word boundary with an ellipsis to at most DESCRIPTION_MAX characters.
 */
export function countryDescription(index: DatasetIndex, iso3: string): string {
  const subject = subjectOf(index, iso3);
  if (subject.kind === 'overview') throw new Error('countryDescription: needs a country');
  const first =
    subject.kind === 'supported'
      ? index.coalition.supported.statements[0]?.statement
      : index.countryByIso3.get(iso3)?.claims[0]?.statement;
  const words = stanceWords(subject);
  return clip(`${subject.name}: ${words}.${first ? ` ${first}` : ''}`, DESCRIPTION_MAX);
}

/** The site's name (og:site_name, and in every page's title). */
export const SITE_NAME = 'Coalition Map';

/** The head of the overview (iso3 null) or of a country's page, from the dataset. */
export function pageHeadInput(index: DatasetIndex, iso3: string | null, siteUrl?: string): PageHeadInput {
  const subject = subjectOf(index, iso3);
  // The product's name, as the page was always titled: what a reader finds it by in tabs and results.
  const siteName = SITE_NAME;
  const title =
    subject.kind === 'overview'
      ? `${SITE_NAME}: ${index.coalition.title}`
      : `${subject.name}: ${stanceWords(subject)} – ${SITE_NAME}`;
  return {
    title,
    description:
      iso3 === null ? clip(index.coalition.description, DESCRIPTION_MAX) : countryDescription(index, iso3),
    path: pagePath(iso3),
    image: ogImagePath(iso3),
    imageAlt: pictureAlt(subject),
    siteName,
    siteUrl,
  };
}
