import { describe, expect, it } from 'vitest';

import { collapseQuote, collapseText, findQuote, findQuoteRanges } from './find-quote';

const ARTICLE =
  'Irish troops could serve as peacekeepers but not in a  deterrent\n  force. It said “ready to help”.';

describe('collapseQuote', () => {
  it('turns every whitespace run into one space and trims', () => {
    expect(collapseQuote('  not in a \n\t deterrent  ')).toBe('not in a deterrent');
  });
});

describe('findQuote', () => {
  it('returns the range in the original text, across collapsed whitespace', () => {
    const range = findQuote(ARTICLE, 'not in a deterrent force.');
    expect(range).not.toBeNull();
    const [start, end] = range ?? [0, 0];
    expect(ARTICLE.slice(start, end)).toBe('not in a  deterrent\n  force.');
  });

  it('accepts a quote whose own whitespace differs from the article', () => {
    expect(findQuote(ARTICLE, 'Irish\ntroops   could')).toEqual([0, 18]);
  });

  it('does not treat straight quotes as curly ones, nor ignore case', () => {
    expect(findQuote(ARTICLE, '"ready to help"')).toBeNull();
    expect(findQuote(ARTICLE, '“ready to help”')).not.toBeNull();
    expect(findQuote(ARTICLE, 'irish troops')).toBeNull();
  });

  it('finds nothing for an empty or blank quote', () => {
    expect(findQuote(ARTICLE, '   ')).toBeNull();
  });
});

describe('findQuoteRanges', () => {
  it('lists every occurrence, overlapping ones included', () => {
    const index = collapseText('abab ab  ab');
    expect(findQuoteRanges(index, 'ab ab')).toEqual([
      [2, 7],
      [5, 11],
    ]);
    expect(findQuoteRanges(collapseText('aaa'), 'aa')).toHaveLength(2);
  });
});
