import { describe, expect, it } from 'vitest';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { buildIndex } from '../data/indexes';
import { sizePhrases } from './size-timeline';

describe('sizePhrases', () => {
  it('names the unit once and marks approximate counts', () => {
    const { sizeTimeline } = buildIndex(fixtureCoalition, fixtureSources);
    expect(sizePhrases(sizeTimeline)).toEqual(['about 20 countries (6 Mar 2025)', 'about 30 (10 Apr 2025)']);
  });
  it('writes exact counts without "about"', () => {
    const { sizeTimeline } = buildIndex(fixtureCoalition, fixtureSources);
    const exact = sizeTimeline.map((r) => ({ ...r, approximate: false }));
    expect(sizePhrases(exact)[0]).toBe('20 countries (6 Mar 2025)');
  });
});
