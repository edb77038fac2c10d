import { describe, expect, it } from 'vitest';

import { buildIndex } from '../data/indexes';
import { fixtureCoalition, fixtureSources } from '../data/test-fixture';
import {
  foldForSearch,
  isDefaultFilter,
  searchCountries,
  selectedCountry,
  stanceCounts,
  visibleCountries,
} from './selectors';

const index = buildIndex(fixtureCoalition, fixtureSources);

describe('visibleCountries', () => {
  it('keeps only countries whose stance the filter shows', () => {
    expect(visibleCountries(index, ['troops', 'unstated']).map((c) => c.iso3)).toEqual(['CAN', 'GBR']);
    expect(visibleCountries(index, [])).toEqual([]);
  });
});

describe('stanceCounts', () => {
  it('counts every stance and zeroes the shown count of filtered-out ones', () => {
    const counts = stanceCounts(index, ['troops', 'other-support']);
    expect(counts.map((c) => [c.stance, c.total, c.shown, c.active])).toEqual([
      ['troops', 1, 1, true],
      ['peacekeeping-only', 1, 0, false],
      ['other-support', 1, 1, true],
      ['opposed', 0, 0, false],
      ['unstated', 1, 0, false],
    ]);
  });
});

describe('isDefaultFilter', () => {
  it('is true only when all five stances are shown', () => {
    expect(isDefaultFilter(['troops', 'peacekeeping-only', 'other-support', 'opposed', 'unstated'])).toBe(
      true,
    );
    expect(isDefaultFilter(['troops'])).toBe(false);
  });
});

describe('searchCountries', () => {
  it('matches part of a name, ignoring case and accents', () => {
    expect(searchCountries(index.countries, 'UNITED').map((c) => c.iso3)).toEqual(['GBR']);
    expect(searchCountries(index.countries, '  ').length).toBe(4);
    expect(foldForSearch('Türkiye')).toBe('turkiye');
  });
  it('matches an exact ISO code', () => {
    expect(searchCountries(index.countries, 'ita').map((c) => c.iso3)).toEqual(['ITA']);
  });
});

describe('selectedCountry', () => {
  it('returns the country or null', () => {
    expect(selectedCountry(index, 'TUR')?.name).toBe('Turkey');
    expect(selectedCountry(index, 'ZZZ')).toBeNull();
    expect(selectedCountry(index, null)).toBeNull();
  });
});
