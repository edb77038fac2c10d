import { describe, expect, it } from 'vitest';

import { buildIndex, hasDisagreement, strongestStance } from './indexes';
import { fixtureCoalition, fixtureSources } from './test-fixture';

const index = buildIndex(fixtureCoalition, fixtureSources);

describe('strongestStance', () => {
  it('ranks troops over peacekeeping over other support over unstated', () => {
    expect(strongestStance([{ stance: 'unstated' }, { stance: 'troops' }, { stance: 'other-support' }])).toBe(
      'troops',
    );
    expect(strongestStance([{ stance: 'unstated' }, { stance: 'peacekeeping-only' }])).toBe(
      'peacekeeping-only',
    );
  });
  it('lets a supporting claim outrank opposed, and opposed stand when alone', () => {
    expect(strongestStance([{ stance: 'opposed' }, { stance: 'unstated' }])).toBe('unstated');
    expect(strongestStance([{ stance: 'opposed' }])).toBe('opposed');
  });
  it('returns null for no claims', () => {
    expect(strongestStance([])).toBeNull();
  });
});

describe('hasDisagreement', () => {
  it('flags a country with opposed and supporting claims only', () => {
    expect(hasDisagreement(index.countryByIso3.get('ITA') ?? { claims: [] })).toBe(true);
    expect(hasDisagreement(index.countryByIso3.get('GBR') ?? { claims: [] })).toBe(false);
  });
});

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
});
