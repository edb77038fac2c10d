import { describe, expect, it } from 'vitest';

import coalitionJson from '../../data/coalition.json';
import sourcesJson from '../../data/sources.json';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { coalitionSchema, sourcesFileSchema } from '../data/schema';
import { STANCES } from '../data/stances';
import { countEvidence, filterDataset } from './filter-dataset';

const coalition = coalitionSchema.parse(coalitionJson);
const { sources } = sourcesFileSchema.parse(sourcesJson);

describe('filterDataset', () => {
  it('keeps everything with every stance and no date', () => {
    const all = filterDataset(coalition, sources, { stances: STANCES });
    expect(all.countries).toEqual(coalition.countries);
    expect(all.facts).toEqual(coalition.facts);
    expect(all.sources.map((s) => s.id).sort()).toEqual(sources.map((s) => s.id).sort());
    expect(all.filter).toEqual({ stances: [...STANCES], asOf: null });
  });

  it('keeps only countries of the shown stances, and only the sources still cited', () => {
    const subset = filterDataset(fixtureCoalition, fixtureSources, { stances: ['peacekeeping-only'] });
    expect(subset.countries.map((c) => c.iso3)).toEqual(['TUR']);
    // Facts are not a country's and stay whatever the stance filter; they cite both sources.
    expect(subset.facts).toHaveLength(3);
    expect(subset.sources.map((s) => s.id).sort()).toEqual(['original-report', 'rewrite-report']);
  });

  it("keeps the supported country's statements made by the date, whatever the stances", () => {
    const ids = (asOf: string | null) =>
      filterDataset(fixtureCoalition, fixtureSources, { stances: [], asOf }).supported.statements.map(
        (s) => s.id,
      );
    expect(ids(null)).toEqual(['ukr-not-alone']);
    expect(ids('2025-03-06')).toEqual(['ukr-not-alone']);
    expect(ids('2025-03-02')).toEqual([]);
    const subset = filterDataset(fixtureCoalition, fixtureSources, { stances: [], asOf: null });
    expect(subset.sources.map((s) => s.id)).toEqual(['original-report', 'rewrite-report']);
  });

  it('drops sources no remaining claim, fact or statement cites', () => {
    const subset = filterDataset(fixtureCoalition, fixtureSources, {
      stances: ['troops'],
      asOf: '2025-03-02',
    });
    expect(subset.facts.map((f) => f.id)).toEqual(['lead']);
    expect(subset.sources.map((s) => s.id)).toEqual(['original-report']);
  });

  it('filters by the stance a country had on the asOf date', () => {
    // On 2025-03-02 GBR is troops and ITA other-support; TUR has no claim yet; CAN is unstated.
    const early = filterDataset(fixtureCoalition, fixtureSources, {
      stances: ['troops', 'other-support'],
      asOf: '2025-03-02',
    });
    expect(early.countries.map((c) => c.iso3)).toEqual(['GBR', 'ITA']);
    expect(countEvidence(early)).toBe(2);
  });

  it('writes the filter in canonical order', () => {
    const subset = filterDataset(fixtureCoalition, fixtureSources, {
      stances: ['unstated', 'troops', 'troops'],
    });
    expect(subset.filter.stances).toEqual(['troops', 'unstated']);
  });

  it('gives a subset that still satisfies the dataset schema', () => {
    for (const asOf of [null, '2025-03-06', '2025-04-10']) {
      const subset = filterDataset(coalition, sources, { stances: STANCES, asOf });
      const { filter: _filter, sources: subsetSources, corrections: _corrections, ...rest } = subset;
      expect(() => coalitionSchema.parse(rest)).not.toThrow();
      expect(() => sourcesFileSchema.parse({ sources: subsetSources })).not.toThrow();
    }
  });

  it('rejects a malformed asOf or an unknown stance with a clear message', () => {
    expect(() => filterDataset(coalition, sources, { stances: STANCES, asOf: '6 March 2025' })).toThrow(
      'filterDataset: asOf "6 March 2025" is not a date written YYYY-MM-DD',
    );
    expect(() => filterDataset(coalition, sources, { stances: ['tanks' as never] })).toThrow(
      'filterDataset: stances holds "tanks", which is not a stance',
    );
  });

  it('names a cited source that is missing', () => {
    expect(() => filterDataset(fixtureCoalition, [], { stances: STANCES })).toThrow(
      /evidence cites source "original-report", which is not in sources/,
    );
  });
});
