import { describe, expect, it } from 'vitest';

import { highlight } from './highlight';

describe('highlight', () => {
  it('finds a quote whose whitespace differs, and keeps the article’s own', () => {
    const article = 'First line.\nThe UK and\n  France lead. End.';
    expect(highlight(article, 'UK and France lead')).toEqual({
      found: true,
      before: 'First line.\nThe ',
      match: 'UK and\n  France lead',
      after: '. End.',
    });
  });
  it('reports a quote that is not in the text', () => {
    expect(highlight('Nothing here.', 'absent words')).toEqual({ found: false });
  });
});
