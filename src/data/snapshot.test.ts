import { describe, expect, it } from 'vitest';

import coalitionJson from '../../data/coalition.json';
import sourcesJson from '../../data/sources.json';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { buildIndex } from './indexes';
import { coalitionSchema, sourcesFileSchema } from './schema';
import { snapshotAt, stanceOn } from './snapshot';
import { summaryIndexOf } from './summary';

const index = summaryIndexOf(buildIndex(fixtureCoalition, fixtureSources));

describe('snapshotAt', () => {
  it('is the whole dataset at the latest date, and for null', () => {
    const latest = snapshotAt(index, null);
    expect(latest).toBe(snapshotAt(index, '2025-04-10'));
    expect(latest.latest).toBe(true);
    expect(latest.countries).toEqual(index.countries);
    expect(latest.facts).toHaveLength(3);
    expect(latest.sizes.map((s) => s.count)).toEqual([20, 30]);
  });
  it('leaves out countries with no claim yet and replays stances and sizes', () => {
    const early = snapshotAt(index, '2025-03-02');
    expect(early.latest).toBe(false);
    expect(early.countries.map((c) => c.iso3)).toEqual(['CAN', 'ITA', 'GBR']);
    expect(stanceOn(early, 'TUR')).toBeNull();
    expect(stanceOn(early, 'GBR')).toBe('troops');
    expect(early.countriesByStance['other-support'].map((c) => c.iso3)).toEqual(['ITA']);
    expect(early.sizes).toEqual([]);
    expect(early.facts.map((f) => f.id)).toEqual(['lead']);
  });
  it('marks a country only once its sources disagree', () => {
    // ITA's opposed claim and GBR's rewrite (other-support, against the original's troops) are
    // both made on 2025-03-06.
    expect([...snapshotAt(index, '2025-03-02').differs]).toEqual([]);
    expect([...snapshotAt(index, '2025-03-06').differs]).toEqual(['ITA', 'GBR']);
  });
});

describe('snapshotAt on the real dataset', () => {
  const real = summaryIndexOf(
    buildIndex(coalitionSchema.parse(coalitionJson), sourcesFileSchema.parse(sourcesJson).sources),
  );
  it('has about 20 countries reported in early March and about 30 by April', () => {
    expect(real.dates).toEqual(['2025-03-06', '2025-04-10']);
    expect(snapshotAt(real, '2025-03-06').sizes.at(-1)?.count).toBe(20);
    expect(snapshotAt(real, null).sizes.at(-1)?.count).toBe(30);
  });
  it('marks Turkey, whose sources differ, on both dates', () => {
    expect([...snapshotAt(real, '2025-03-06').differs]).toEqual(['TUR']);
    expect([...snapshotAt(real, null).differs]).toEqual(['TUR']);
  });
  it('adds the countries first named in April', () => {
    const march = snapshotAt(real, '2025-03-06');
    expect(march.countryByIso3.has('DEU')).toBe(false);
    expect(stanceOn(snapshotAt(real, null), 'DEU')).toBe('other-support');
  });
});
