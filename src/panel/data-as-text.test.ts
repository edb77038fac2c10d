// The dataset and the link are text, never HTML. The real data is trusted (validated at build),
// but a curator can paste markup into a quote by mistake: here every text field of a country,
// claim, quote and source holds markup and script, and the server-rendered panel must show it
// literally (escaped), with no element made from it. Notices, which quote the link, are checked
// in the browser (e2e/hostile-urls.spec.ts): server rendering only sees the store's first state.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { dataset } from '../data/full-dataset';
import type { Country, Fact, Source } from '../data/schema';
import { ClaimItem } from './ClaimItem';
import { ClaimList } from './ClaimList';
import { CountryDetail } from './CountryDetail';
import { SourceLine } from './SourceLine';

const PAYLOADS = {
  img: '<img src=x onerror="window.__xss=1">',
  script: '<script>window.__xss=1</script>',
  svg: '"><svg onload=window.__xss=1>',
  link: '<a href="javascript:window.__xss=1">click</a>',
  entity: '&lt;b&gt; stays &amp;lt;',
  attr: 'x" onmouseover="window.__xss=1',
};
const all = Object.values(PAYLOADS).join(' | ');

/** React's escaping of text and attribute values, to find each payload in the markup. */
const escaped = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');

/** A country in the real dataset (so the timeline knows it), its every text field hostile. */
const realCountry = dataset.countries[0];
const realSource = dataset.sources[0];
if (!realCountry || !realSource) throw new Error('data-as-text.test.ts: the dataset is empty');

const hostileCountry: Country = {
  ...realCountry,
  name: PAYLOADS.img,
  summary: PAYLOADS.script,
  claims: realCountry.claims.map((claim, i) => ({
    ...claim,
    id: i === 0 ? PAYLOADS.attr : claim.id,
    statement: PAYLOADS.svg,
    note: PAYLOADS.link,
    dateNote: PAYLOADS.attr,
    evidence: [
      { source: realSource.id, quote: all },
      // An unknown source id is named in the panel's "missing" line.
      { source: PAYLOADS.img, quote: PAYLOADS.script },
    ],
  })),
};

const hostileFact: Fact = {
  id: 'hostile-fact',
  kind: 'leadership',
  statement: PAYLOADS.script,
  date: realCountry.claims[0]?.date ?? '2025-03-02',
  note: PAYLOADS.entity,
  evidence: [{ source: realSource.id, quote: PAYLOADS.link }],
};

const hostileSource: Source = {
  ...realSource,
  title: PAYLOADS.img,
  publisher: PAYLOADS.svg,
  quality: PAYLOADS.script,
};

/** No element or attribute in the markup came from a payload. */
function expectNoMarkupFromData(html: string): void {
  expect(html).not.toMatch(/<img\b/i);
  expect(html).not.toMatch(/<script\b/i);
  expect(html).not.toMatch(/<svg\b/i);
  expect(html).not.toMatch(/<a\b/i);
  // React double-quotes every attribute value and escapes quotes inside it: with the values
  // blanked out, any event handler attribute left would be a real one.
  const tags = html.replace(/="[^"]*"/g, '=""');
  expect(tags).not.toMatch(/<[^>]*\son[a-z]+=/i);
  expect(html).not.toMatch(/href="javascript:/i);
}

function expectShownLiterally(html: string, ...texts: string[]): void {
  for (const text of texts) expect(html).toContain(escaped(text));
}

describe('data shown as text', () => {
  it('a country: name, summary, claims, notes and quotes', () => {
    // The panel's head comes from the summary; its claims (loaded apart, claims.ts) as ClaimList lists them.
    const html =
      renderToStaticMarkup(createElement(CountryDetail, { country: hostileCountry, headingRef: null })) +
      renderToStaticMarkup(
        createElement(ClaimList, {
          claims: hostileCountry.claims,
          iso3: hostileCountry.iso3,
          limit: hostileCountry.claims.length,
          canExpand: false,
        }),
      );
    expectNoMarkupFromData(html);
    expectShownLiterally(html, PAYLOADS.img, PAYLOADS.script, PAYLOADS.svg, PAYLOADS.link, all);
    // In attributes too (the claim id, the date note's title), quoted and escaped.
    expect(html).toContain(`data-claim-id="${escaped(PAYLOADS.attr)}"`);
    expect(html).toContain(`title="${escaped(PAYLOADS.attr)}"`);
  });

  it('a coalition fact', () => {
    const html = renderToStaticMarkup(createElement(ClaimItem, { item: hostileFact }));
    expectNoMarkupFromData(html);
    // An entity in the data is text too: shown as "&lt;b&gt;", not as "<b>".
    expectShownLiterally(html, PAYLOADS.script, PAYLOADS.entity, PAYLOADS.link);
  });

  it('a source: title, publisher and quality note', () => {
    const html = renderToStaticMarkup(createElement(SourceLine, { source: hostileSource }));
    expectNoMarkupFromData(html);
    expectShownLiterally(html, PAYLOADS.img, PAYLOADS.svg, PAYLOADS.script);
  });
});
