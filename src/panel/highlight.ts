// Splits an article around its quote for the reader: the text before, the quote as it stands in
// the article (original whitespace), and the rest. Same search as the build-time validator.
import { findQuote } from '../data/find-quote';

export type Highlighted = { found: true; before: string; match: string; after: string } | { found: false };

export function highlight(article: string, quote: string): Highlighted {
  const range = findQuote(article, quote);
  if (!range) return { found: false };
  const [start, end] = range;
  return {
    found: true,
    before: article.slice(0, start),
    match: article.slice(start, end),
    after: article.slice(end),
  };
}
