import { describe, expect, it } from 'vitest';

import { buildIndex } from '../../src/data/indexes.ts';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture.ts';
import {
  countryDescription,
  DESCRIPTION_MAX,
  escapeHtml,
  ogImagePath,
  type PageHeadInput,
  pageHead,
  pageHeadInput,
  pagePath,
  pageUrl,
  relativePath,
  siteBase,
} from './page-head.ts';

const index = buildIndex(fixtureCoalition, fixtureSources);

/** The content (or href) of each tag the head must have, by its key; every key must occur once. */
function tags(head: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (key: string, value: string) => found.set(key, [...(found.get(key) ?? []), value]);
  for (const m of head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)">/g))
    add(m[1] ?? '', m[2] ?? '');
  for (const m of head.matchAll(/<link rel="canonical" href="([^"]*)">/g)) add('canonical', m[1] ?? '');
  for (const m of head.matchAll(/<title>([^<]*)<\/title>/g)) add('title', m[1] ?? '');
  return found;
}

const REQUIRED = [
  'title',
  'description',
  'canonical',
  'og:title',
  'og:description',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'og:type',
  'og:url',
  'twitter:card',
];

function one(head: string, key: string): string {
  const values = tags(head).get(key) ?? [];
  expect(values, key).toHaveLength(1);
  return values[0] ?? '';
}

describe('relativePath', () => {
  it('climbs out of the page folder to the base', () => {
    expect(relativePath('country/IRL/', 'og/IRL.png')).toBe('../../og/IRL.png');
    expect(relativePath('country/IRL/', '')).toBe('../../');
    expect(relativePath('country/IRL/', 'country/IRL/')).toBe('./');
    expect(relativePath('country/IRL/', 'country/GBR/')).toBe('../GBR/');
    expect(relativePath('', 'og/overview.png')).toBe('og/overview.png');
    expect(relativePath('', '')).toBe('./');
    expect(relativePath('', 'country/IRL/')).toBe('country/IRL/');
  });

  it('resolves, from the page, to the same URL the absolute form gives', () => {
    for (const [from, to] of [
      ['country/IRL/', 'og/IRL.png'],
      ['country/IRL/', ''],
      ['', 'og/overview.png'],
      ['', ''],
    ] as const) {
      const base = 'https://example.org/maps/coalition/';
      expect(new URL(relativePath(from, to), new URL(from, base)).href).toBe(pageUrl(from, to, base));
    }
  });

  it('refuses a page path that is not a folder or not under the base', () => {
    expect(() => relativePath('country/IRL', 'og/IRL.png')).toThrow('is not a folder');
    expect(() => relativePath('/country/IRL/', 'og/IRL.png')).toThrow('under the base');
  });
});

describe('siteBase', () => {
  it('adds the final slash, so pages land under the base path and not beside it', () => {
    expect(siteBase('https://example.org/coalition').href).toBe('https://example.org/coalition/');
    expect(pageUrl('', 'og/overview.png', 'https://example.org/coalition')).toBe(
      'https://example.org/coalition/og/overview.png',
    );
  });

  it('names SITE_URL when it is not an absolute http(s) URL', () => {
    expect(() => siteBase('example.org')).toThrow('SITE_URL: "example.org" is not an absolute URL');
    expect(() => siteBase('ftp://example.org/')).toThrow('must be an http or https URL');
    expect(() => siteBase('https://example.org/?a=1')).toThrow('no ?query or #hash');
  });
});

describe('pageHead', () => {
  const page: PageHeadInput = {
    title: 'Ireland: Peacekeeping only – The "coalition" <2025>',
    description: `Tom & Jerry's <b>bold</b> "claim"`,
    path: 'country/IRL/',
    image: 'og/IRL.png',
    imageAlt: 'Map with <Ireland> outlined',
    siteName: 'A & B',
  };

  it('has each required tag exactly once', () => {
    const head = pageHead(page);
    for (const key of REQUIRED) one(head, key);
    expect(one(head, 'twitter:card')).toBe('summary_large_image');
    expect(one(head, 'og:type')).toBe('website');
    expect(one(head, 'og:image:width')).toBe('1200');
    expect(one(head, 'og:image:height')).toBe('630');
  });

  it('escapes every value, so dataset text never becomes markup', () => {
    const head = pageHead(page);
    expect(one(head, 'title')).toBe('Ireland: Peacekeeping only – The &quot;coalition&quot; &lt;2025&gt;');
    expect(one(head, 'description')).toBe('Tom &amp; Jerry&#39;s &lt;b&gt;bold&lt;/b&gt; &quot;claim&quot;');
    expect(one(head, 'og:image:alt')).toBe('Map with &lt;Ireland&gt; outlined');
    expect(one(head, 'og:site_name')).toBe('A &amp; B');
    expect(head).not.toContain('<b>');
    // One tag a line, and no other element slipped in.
    expect(head.split('\n').every((line) => /^<(title>|meta |link )/.test(line))).toBe(true);
  });

  it('links relative to the page without a site URL', () => {
    const head = pageHead(page);
    expect(one(head, 'canonical')).toBe('./');
    expect(one(head, 'og:url')).toBe('./');
    expect(one(head, 'og:image')).toBe('../../og/IRL.png');
  });

  it('links absolutely under the site URL, escaped', () => {
    const head = pageHead({ ...page, siteUrl: 'https://example.org/a&b/' });
    expect(one(head, 'canonical')).toBe('https://example.org/a&amp;b/country/IRL/');
    expect(one(head, 'og:url')).toBe('https://example.org/a&amp;b/country/IRL/');
    expect(one(head, 'og:image')).toBe('https://example.org/a&amp;b/og/IRL.png');
  });

  it('escapes the five characters that matter in attributes and text', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('countryDescription', () => {
  it('is the name, the stance in words and the first claim', () => {
    expect(countryDescription(index, 'TUR')).toBe('Turkey: Peacekeeping only. Open to sending peacekeepers.');
    expect(countryDescription(index, 'GBR')).toBe('United Kingdom: Troops. Ready to deploy troops.');
  });

  it("is the supported country's role and its first statement for Ukraine", () => {
    expect(countryDescription(index, 'UKR')).toBe(
      'Ukraine: The country the coalition supports. Thanked the leaders for their support.',
    );
  });

  it('is cut at a word boundary with an ellipsis under the limit', () => {
    const long = 'word '.repeat(80).trim();
    const countries = fixtureCoalition.countries.map((c) =>
      c.iso3 === 'TUR' ? { ...c, claims: c.claims.map((claim) => ({ ...claim, statement: long })) } : c,
    );
    const text = countryDescription(buildIndex({ ...fixtureCoalition, countries }, fixtureSources), 'TUR');
    expect(text.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(text.length).toBeGreaterThan(DESCRIPTION_MAX - 10);
    expect(text).toMatch(/^Turkey: Peacekeeping only\. word( word)*…$/);
  });
});

describe('pageHeadInput', () => {
  it('points a country page at its folder and its picture, titled with its stance', () => {
    const input = pageHeadInput(index, 'TUR');
    expect(input).toMatchObject({
      title: 'Turkey: Peacekeeping only – Coalition Map',
      path: 'country/TUR/',
      image: 'og/TUR.png',
      siteName: 'Coalition Map',
    });
    expect(input.imageAlt).toContain('Turkey');
    expect(pagePath('TUR')).toBe('country/TUR/');
    expect(ogImagePath('TUR')).toBe('og/TUR.png');
  });

  it('gives the overview the site name with the dataset title, its description, at the base', () => {
    const input = pageHeadInput(index, null, 'https://example.org/');
    expect(input).toMatchObject({
      title: 'Coalition Map: Test coalition',
      description: 'A coalition used in tests.',
      path: '',
      image: 'og/overview.png',
      siteUrl: 'https://example.org/',
    });
    expect(one(pageHead(input), 'canonical')).toBe('https://example.org/');
  });
});
