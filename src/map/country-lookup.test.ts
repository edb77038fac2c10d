import { describe, expect, it } from 'vitest';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { dataset } from '../data/dataset';
import { buildIndex } from '../data/indexes';
import { createAppStore } from '../store/store';
import { datasetLookup, firstViewLookup } from './country-lookup';
import { firstViewCountries } from './first-view-countries';

describe('firstViewLookup', () => {
  it('says what the dataset says on an empty URL, for every country of the real dataset', () => {
    const first = firstViewLookup(firstViewCountries(dataset), dataset.coalition.supports);
    const full = datasetLookup(dataset, createAppStore());
    const picks = [
      ...dataset.countries.map((c) => ({ iso3: c.iso3, name: `${c.name} on the map` })),
      { iso3: dataset.coalition.supports, name: 'Ukraine' },
      { iso3: 'BRA', name: 'Brazil' },
    ];
    for (const picked of picks) {
      expect(first.describe(picked), picked.iso3).toEqual(full.describe(picked));
      expect(first.opens(picked.iso3), picked.iso3).toBe(full.opens(picked.iso3));
    }
  });
  it('opens the dataset countries and the supported one, and names the supported one as such', () => {
    const index = buildIndex(fixtureCoalition, fixtureSources);
    const first = firstViewLookup(firstViewCountries(index), 'UKR');
    expect(first.opens('GBR')).toBe(true);
    expect(first.opens('UKR')).toBe(true);
    expect(first.opens('BRA')).toBe(false);
    expect(first.describe({ iso3: 'UKR', name: 'Ukraine' })).toEqual({
      name: 'Ukraine (supported)',
      detail: 'The country the coalition supports',
    });
    expect(first.describe({ iso3: 'BRA', name: 'Brazil' })).toEqual({
      name: 'Brazil',
      detail: 'Not named in the sources',
    });
  });
});

describe('datasetLookup', () => {
  it("follows the store's date: a country with no claim yet says so", () => {
    const index = buildIndex(fixtureCoalition, fixtureSources);
    const store = createAppStore({ asOf: '2025-03-02' });
    expect(datasetLookup(index, store).describe({ iso3: 'TUR', name: 'Türkiye' }).detail).toBe(
      'No claim in the sources yet by this date',
    );
  });
});
