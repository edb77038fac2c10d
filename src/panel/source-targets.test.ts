import { describe, expect, it } from 'vitest';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { buildIndex } from '../data/indexes';
import { distinctTargets, primaryTarget } from './source-targets';

const index = buildIndex(fixtureCoalition, fixtureSources);
const cited = (source: string) => index.citationsBySource.get(source) ?? [];

describe('primaryTarget', () => {
  it('prefers a country’s claim to a fact', () => {
    const rewrite = cited('rewrite-report').filter((c) => ['size-early', 'gbr-lead'].includes(c.item.id));
    expect(primaryTarget(rewrite)).toEqual({ iso3: 'GBR', claimId: 'gbr-lead', label: 'United Kingdom' });
  });
  it('leads a fact to the coalition, and nothing to null', () => {
    const fact = cited('rewrite-report').filter((c) => c.item.id === 'size-early');
    expect(primaryTarget(fact)).toEqual({ iso3: null, claimId: null, label: 'the coalition' });
    expect(primaryTarget([])).toBeNull();
  });
});

describe('distinctTargets', () => {
  it('lists each claim once and the coalition once', () => {
    const all = cited('original-report');
    const targets = distinctTargets([...all, ...all]);
    expect(targets.map((t) => t.claimId ?? 'coalition')).toEqual([
      'coalition',
      'can-named',
      'ita-no-troops',
      'tur-pk',
      'gbr-troops',
    ]);
  });
});
