import { describe, expect, it } from 'vitest';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { buildIndex } from './indexes';

const index = buildIndex(fixtureCoalition, fixtureSources);

describe('buildIndex', () => {
  it('sorts countries by name and finds them by iso3', () => {
    expect(index.countries.map((c) => c.iso3)).toEqual(['CAN', 'ITA', 'TUR', 'GBR']);
    expect(index.countryByIso3.get('TUR')?.name).toBe('Turkey');
    expect(index.countryByIso3.get('XXX')).toBeUndefined();
  });
  it('groups citations by source, facts included', () => {
    const rewrite = index.citationsBySource.get('rewrite-report') ?? [];
    expect(rewrite.map((c) => c.item.id).sort()).toEqual(['gbr-lead', 'ita-opposed', 'size-early']);
    expect(rewrite.find((c) => c.item.id === 'size-early')?.country).toBeNull();
  });
  it('groups countries by their curated stance', () => {
    expect(index.countriesByStance.troops.map((c) => c.iso3)).toEqual(['GBR']);
    expect(index.countriesByStance['other-support'].map((c) => c.iso3)).toEqual(['ITA']);
    expect(index.countriesByStance.opposed).toEqual([]);
  });
  it('orders size reports oldest first, keeping only facts with a count', () => {
    expect(index.sizeTimeline.map((s) => [s.date, s.count, s.approximate])).toEqual([
      ['2025-03-06', 20, true],
      ['2025-04-10', 30, true],
    ]);
  });
  it('lists the report dates and finds claims by id with their country', () => {
    expect(index.dates).toEqual(['2025-03-02', '2025-03-06', '2025-04-10']);
    expect(index.claimById.get('ita-opposed')?.country.iso3).toBe('ITA');
    expect(index.kinds.get('rewrite-report')).toBe('rewrite');
  });
  it('builds the citation and claim lookups once: the same map on every read', () => {
    const fresh = buildIndex(fixtureCoalition, fixtureSources);
    expect(fresh.citationsBySource).toBe(fresh.citationsBySource);
    expect(fresh.claimById).toBe(fresh.claimById);
    expect(fresh.claimById.get('gbr-lead')?.country).toBe(fresh.countryByIso3.get('GBR'));
  });
});

describe('buildIndex with the name order collated at build', () => {
  it('takes the countries in that order, without collating them', () => {
    const given = buildIndex(fixtureCoalition, fixtureSources, ['GBR', 'CAN', 'TUR', 'ITA']);
    expect(given.countries.map((c) => c.iso3)).toEqual(['GBR', 'CAN', 'TUR', 'ITA']);
    expect(given.countriesByStance.troops.map((c) => c.iso3)).toEqual(['GBR']);
  });
  it('refuses an order that misses, repeats or invents a country', () => {
    expect(() => buildIndex(fixtureCoalition, fixtureSources, ['CAN', 'ITA', 'TUR'])).toThrow(
      /rebuild the app/,
    );
    expect(() => buildIndex(fixtureCoalition, fixtureSources, ['CAN', 'ITA', 'TUR', 'TUR'])).toThrow(
      /4 countries once each/,
    );
    expect(() => buildIndex(fixtureCoalition, fixtureSources, ['CAN', 'ITA', 'TUR', 'GBR', 'FRA'])).toThrow(
      /5 codes/,
    );
  });
});
