import { describe, expect, it } from 'vitest';

import { highlightAll, passages } from './highlight-all';

const ARTICLE = 'Intro. The UK and\n France lead the plan, said Canada. End.';

describe('highlightAll', () => {
  it('marks every quote and gives back the whole article', () => {
    const { runs, missing } = highlightAll(ARTICLE, ['UK and France lead', 'said Canada']);
    expect(missing).toEqual([]);
    expect(runs.map((r) => r.text).join('')).toBe(ARTICLE);
    expect(runs.filter((r) => r.covers.length > 0).map((r) => [r.text, r.covers])).toEqual([
      ['UK and\n France lead', [0]],
      ['said Canada', [1]],
    ]);
  });
  it('splits overlapping quotes into runs that know every quote covering them', () => {
    const { runs } = highlightAll(ARTICLE, ['The UK and France lead the plan', 'France lead', 'France lead']);
    expect(runs.filter((r) => r.covers.length > 0).map((r) => [r.text, r.covers])).toEqual([
      ['The UK and\n ', [0]],
      ['France lead', [0, 1, 2]],
      [' the plan', [0]],
    ]);
  });
  it('reports a quote that is not in the text', () => {
    expect(highlightAll(ARTICLE, ['absent words']).missing).toEqual([0]);
  });
});

describe('passages', () => {
  it('joins touching quoted runs into one passage and keeps plain text apart', () => {
    const { runs } = highlightAll(ARTICLE, ['The UK and France lead', 'the plan, said Canada']);
    expect(passages(runs).map((p) => p.map((r) => r.text).join(''))).toEqual([
      'Intro. ',
      'The UK and\n France lead',
      ' ',
      'the plan, said Canada',
      '. End.',
    ]);
  });
});
