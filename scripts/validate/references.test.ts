import { describe, expect, it } from 'vitest';

import { errorsAt, tinyFiles } from './fixtures/tiny-dataset';
import { validateDatasetFiles } from './validate-dataset';

const COALITION = 'data/coalition.json';

function withCountryCode(code: string) {
  return validateDatasetFiles(
    tinyFiles((c) => {
      const country = c.countries[2];
      if (country) country.iso3 = code;
    }),
  ).errors;
}

describe('country codes', () => {
  it('rejects a code that is not ISO 3166-1 alpha-3 and suggests near ones', () => {
    const [error] = errorsAt(withCountryCode('GBX'), COALITION, 'countries[2].iso3');
    expect(error?.message).toBe('"GBX" is not an ISO 3166-1 alpha-3 country code');
    expect(error?.suggestion).toContain('GBR (United Kingdom)');
  });

  it('rejects an ISO code the map cannot draw', () => {
    const [error] = errorsAt(withCountryCode('BVT'), COALITION, 'countries[2].iso3');
    expect(error?.message).toMatch(/"BVT" is an ISO code, but the map's atlas .* has no shape for it/);
  });

  it('rejects atlas-only codes that are not ISO, but accepts XKX (Kosovo), which the map draws', () => {
    expect(errorsAt(withCountryCode('SOL'), COALITION, 'countries[2].iso3')).toHaveLength(1);
    expect(errorsAt(withCountryCode('XKX'), COALITION, 'countries[2].iso3')).toEqual([]);
  });

  it('checks the supported country too', () => {
    const errors = validateDatasetFiles(
      tinyFiles((c) => {
        c.supports = 'UKX';
      }),
    ).errors;
    expect(errorsAt(errors, COALITION, 'supports')[0]?.suggestion).toContain('UKR (Ukraine)');
  });

  it('rejects a duplicate country, pointing at the first', () => {
    const files = tinyFiles((c) => {
      const gbr = c.countries[0];
      if (gbr)
        c.countries.push({ ...gbr, claims: gbr.claims.map((claim) => ({ ...claim, id: `${claim.id}-2` })) });
    });
    const [error] = errorsAt(validateDatasetFiles(files).errors, COALITION, 'countries[3].iso3');
    expect(error?.message).toBe('duplicate country GBR: countries[0] already has it');
  });
});

describe('ids', () => {
  it('rejects a claim id used twice, across claims and facts', () => {
    const files = tinyFiles((c) => {
      const claim = c.countries[2]?.claims[0];
      if (claim) claim.id = 'coalition-size';
    });
    const errors = validateDatasetFiles(files).errors;
    expect(errorsAt(errors, COALITION, 'facts[0].id')[0]?.message).toBe(
      'duplicate id "coalition-size": countries[2].claims[0] already uses it',
    );
  });

  it('rejects a duplicate source id', () => {
    const files = tinyFiles((_, s) => {
      const first = s.sources[0];
      if (first) s.sources.push({ ...first });
    });
    const errors = validateDatasetFiles(files).errors;
    expect(errorsAt(errors, 'data/sources.json', 'sources[2].id')[0]?.message).toMatch(
      /duplicate source id "daily-original"/,
    );
  });
});

describe('sources and article files', () => {
  it('rejects an unknown evidence source and suggests the closest id', () => {
    const files = tinyFiles((c) => {
      const evidence = c.countries[0]?.claims[0]?.evidence[0];
      if (evidence) evidence.source = 'daily-orignal';
    });
    const errors = validateDatasetFiles(files).errors;
    expect(errorsAt(errors, COALITION, 'countries[0].claims[0].evidence[0].source')).toEqual([
      {
        file: COALITION,
        path: 'countries[0].claims[0].evidence[0].source',
        message: 'unknown source "daily-orignal"',
        suggestion: 'did you mean "daily-original"?',
      },
    ]);
  });

  it('needs an article file for every source and a source for every article file', () => {
    const files = tinyFiles();
    const articles = new Map(files.articles);
    articles.set('stray-article', 'Some text.');
    articles.delete('weekly-rewrite');
    const errors = validateDatasetFiles({ ...files, articles }).errors;
    expect(errorsAt(errors, 'data/sources.json', 'sources[1].id')[0]?.message).toBe(
      'no article text: data/sources/weekly-rewrite.txt does not exist',
    );
    expect(errorsAt(errors, 'data/sources/stray-article.txt', '')[0]?.message).toBe(
      'has no entry in data/sources.json',
    );
  });

  it('rejects an empty article', () => {
    const files = tinyFiles();
    const articles = new Map(files.articles).set('weekly-rewrite', ' \n');
    const errors = validateDatasetFiles({ ...files, articles }).errors;
    expect(errorsAt(errors, 'data/sources/weekly-rewrite.txt', '')[0]?.message).toBe('article text is empty');
  });
});
