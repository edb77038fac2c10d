import { describe, expect, it } from 'vitest';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { buildIndex } from '../data/indexes';
import { summaryIndexOf } from '../data/summary';
import { createAppStore } from '../store/store';
import { datasetLookup } from './country-lookup';

describe('datasetLookup', () => {
  it("follows the store's date: a country with no claim yet says so", () => {
    const index = summaryIndexOf(buildIndex(fixtureCoalition, fixtureSources));
    const store = createAppStore({ asOf: '2025-03-02' });
    expect(datasetLookup(index, store).describe({ iso3: 'TUR', name: 'Türkiye' }).detail).toBe(
      'No claim in the sources yet by this date',
    );
  });
});
