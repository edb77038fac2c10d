import { describe, expect, it } from 'vitest';

import { findCountryMentions } from './coverage';
import { DAILY, tinyFiles } from './fixtures/tiny-dataset';
import { validateDatasetFiles } from './validate-dataset';

function mentions(text: string): string[] {
  return findCountryMentions(text).map((m) => `${m.word}=${m.codes.join('+')}`);
}

describe('findCountryMentions', () => {
  it('matches names, adjectives and demonyms as whole, case-sensitive words', () => {
    expect(mentions('The US said; let us see. British, UK and Britain’s Dutch and Finnish allies.')).toEqual([
      'US=USA',
      'British=GBR',
      'UK=GBR',
      'Britain=GBR',
      'Dutch=NLD',
      'Finnish=FIN',
    ]);
    expect(mentions('a turkey, a usurper, Turkeys, Irishness')).toEqual([]);
  });

  it('counts a compound such as Anglo-American for both countries', () => {
    expect(mentions('the Anglo-American firm and an Austro-Hungarian relic')).toEqual([
      'Anglo-American=GBR+USA',
      'Austro-Hungarian=AUT+HUN',
    ]);
    expect(mentions('an Anglo-Saxon word, Franco alone')).toEqual([]);
  });

  it('prefers the longest name, and ignores regions named after countries', () => {
    expect(
      mentions('Northern Ireland, the U.S. and Latin America, then New Zealand and South Korea.'),
    ).toEqual(['Northern Ireland=GBR', 'U.S=USA', 'New Zealand=NZL', 'South Korea=KOR']);
  });

  it('does not join words across a sentence or a line', () => {
    expect(mentions('New\nZealand')).toEqual([]);
  });
});

describe('coverage report', () => {
  it('lists countries an article mentions that coalition.json lacks, with the article and words', () => {
    const files = tinyFiles();
    const articles = new Map(files.articles).set(
      'daily-original',
      `${DAILY}\nThe Dutch and the Netherlands, and Ukraine.`,
    );
    const { errors, coverage, warnings } = validateDatasetFiles({ ...files, articles });
    expect(errors).toEqual([]);
    expect(coverage).toEqual([
      {
        iso3: 'NLD',
        name: 'Netherlands',
        article: 'daily-original',
        words: ['Dutch', 'Netherlands'],
        count: 2,
      },
    ]);
    expect(warnings).toEqual([
      {
        file: 'data/sources/daily-original.txt',
        path: '',
        message:
          'mentions Netherlands (NLD) 2 time(s) as "Dutch", "Netherlands", but data/coalition.json has no entry for NLD',
      },
    ]);
  });

  it('counts the supported country as covered', () => {
    const files = tinyFiles((c) => {
      c.supports = 'GEO';
    });
    const { coverage } = validateDatasetFiles(files);
    expect(coverage).toEqual([
      { iso3: 'UKR', name: 'Ukraine', article: 'daily-original', words: ['Ukraine'], count: 1 },
    ]);
  });
});
