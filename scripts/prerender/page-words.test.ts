import { describe, expect, it } from 'vitest';

import { buildIndex } from '../../src/data/indexes.ts';
import type { Source } from '../../src/data/schema.ts';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture.ts';
import { citedSources, clip, pictureAlt, sourceLine, stanceWords, subjectOf } from './page-words.ts';

const index = buildIndex(fixtureCoalition, fixtureSources);
const source = (id: string, kind: Source['kind'], publisher: string | null = null): Source => ({
  ...(fixtureSources[1] as Source),
  id,
  kind,
  publisher,
});

describe('subjectOf and stanceWords', () => {
  it('tells the overview, a member with its stance and the supported country apart', () => {
    expect(subjectOf(index, null)).toEqual({ kind: 'overview' });
    const turkey = subjectOf(index, 'TUR');
    expect(turkey).toEqual({ kind: 'country', iso3: 'TUR', name: 'Turkey', stance: 'peacekeeping-only' });
    const ukraine = subjectOf(index, 'UKR');
    expect(ukraine).toEqual({ kind: 'supported', iso3: 'UKR', name: 'Ukraine' });
    if (turkey.kind === 'overview' || ukraine.kind === 'overview') throw new Error('unreachable');
    expect(stanceWords(turkey)).toBe('Peacekeeping only');
    expect(stanceWords(ukraine)).toBe('The country the coalition supports');
  });

  it('names the code that is not in the dataset', () => {
    expect(() => subjectOf(index, 'XYZ')).toThrow('page for XYZ: not a country of data/coalition.json');
  });
});

describe('citedSources', () => {
  it("gives the sources a country's claims cite, each once, in the dataset's order", () => {
    const ids = (iso3: string | null) => citedSources(index, subjectOf(index, iso3)).map((s) => s.id);
    expect(ids('GBR')).toEqual(['original-report', 'rewrite-report']);
    expect(ids('TUR')).toEqual(['original-report']);
    expect(ids('UKR')).toEqual(['rewrite-report']);
    expect(ids(null)).toEqual(['original-report', 'rewrite-report']);
  });
});

describe('sourceLine', () => {
  it('counts reports without a publisher by grade, never inventing one', () => {
    const line = sourceLine([
      source('a', 'original'),
      source('b', 'rewrite'),
      source('c', 'rewrite'),
      source('d', 'machine-translation'),
    ]);
    expect(line).toBe(
      'Sources: 4 news reports (1 original report, 2 rewrites, 1 machine translation)'.replace(
        /(\d) /g,
        '$1\u00a0',
      ),
    );
    expect(sourceLine([source('b', 'rewrite')])).toBe('Sources: 1\u00a0news report (1\u00a0rewrite)');
  });

  it('names the publishers the data names, then counts the others', () => {
    expect(
      sourceLine([source('a', 'original', 'Example News'), source('b', 'original', 'Example News')]),
    ).toBe('Sources: Example News');
    expect(sourceLine([source('a', 'original', 'Example News'), source('b', 'rewrite')])).toBe(
      'Sources: Example News; 1\u00a0other news report (1\u00a0rewrite)',
    );
  });

  it('refuses an empty list: a page with claims cites something', () => {
    expect(() => sourceLine([])).toThrow('cites at least one source');
  });
});

describe('clip', () => {
  it('keeps short text whole, with its white space flattened', () => {
    expect(clip('  Ireland:\n peacekeeping ', 50)).toBe('Ireland: peacekeeping');
  });

  it('cuts at a word boundary, drops trailing punctuation and ends with an ellipsis within the limit', () => {
    const text = 'The coalition plans a force, to uphold a ceasefire and police a peace agreement.';
    const cut = clip(text, 30);
    expect(cut).toBe('The coalition plans a force…');
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('cuts a single overlong word at the limit', () => {
    expect(clip('x'.repeat(40), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('pictureAlt', () => {
  it('says which country is outlined and its stance in words', () => {
    expect(pictureAlt(subjectOf(index, 'TUR'))).toBe('Map with Turkey outlined. Turkey: Peacekeeping only');
    expect(pictureAlt(subjectOf(index, 'UKR'))).toBe(
      'Map of the coalition with Ukraine outlined. Ukraine: the country the coalition supports',
    );
    expect(pictureAlt(subjectOf(index, null))).toMatch(/^Map of the countries the sources name/);
  });
});
