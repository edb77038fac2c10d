import { describe, expect, it } from 'vitest';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { buildIndex } from '../data/indexes';
import { STANCES } from '../data/stances';
import { summaryIndexOf } from '../data/summary';
import {
  foldForSearch,
  isDefaultFilter,
  opensCountry,
  searchCountries,
  selectableIso3,
  selectedCountry,
  selectedSupported,
  selectionName,
  stanceCounts,
  visibleCountries,
} from './selectors';

const index = summaryIndexOf(buildIndex(fixtureCoalition, fixtureSources));

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

describe('the supported country (Ukraine)', () => {
  it('can be selected, opened and named, but is not a member with a stance', () => {
    expect(selectedSupported(index, 'UKR')?.name).toBe('Ukraine');
    expect(selectedSupported(index, 'GBR')).toBeNull();
    expect(selectedCountry(index, 'UKR')).toBeNull();
    expect(opensCountry(index, 'UKR')).toBe(true);
    expect(opensCountry(index, 'BRA')).toBe(false);
    expect(selectionName(index, 'UKR')).toBe('Ukraine');
    expect(selectionName(index, 'GBR')).toBe('United Kingdom');
    expect(selectionName(index, null)).toBeNull();
  });
  it('is among the codes a link or a host may select, with every member', () => {
    expect([...selectableIso3(index)].sort()).toEqual(['CAN', 'GBR', 'ITA', 'TUR', 'UKR']);
  });
  it('is counted in no stance', () => {
    const counted = stanceCounts(index, STANCES).reduce((n, c) => n + c.total, 0);
    expect(counted).toBe(index.countries.length);
    expect(visibleCountries(index, STANCES).map((c) => c.iso3)).not.toContain('UKR');
  });
});
