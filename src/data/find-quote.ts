// Finds a quote in an article the one way both the validator (build time) and the panel's
// highlighter (browser) do it: every run of whitespace counts as one space, and nothing else is
// normalised. Curly quotes stay curly, dashes stay dashes, case matters. Ranges are returned in the
// ORIGINAL text so the highlighter can slice the article exactly as received.
// Browser-safe and dependency-free on purpose.

/** An article with its whitespace runs collapsed, and the way back to the original offsets. */
export interface CollapsedText {
  /** The text with every whitespace run replaced by a single space (not trimmed). */
  readonly text: string;
  /** origin[i] is the offset in the original text of `text[i]` (of the run's start for a space). */
  readonly origin: Int32Array;
}

/** A half-open [start, end) character range in the original text. */
export type TextRange = readonly [start: number, end: number];

const WHITESPACE_RUN = /\s+/g;

/** Collapses whitespace runs to one space and trims: how a quote is compared. */
export function collapseQuote(quote: string): string {
  return quote.replace(WHITESPACE_RUN, ' ').trim();
}

/** Builds the collapsed form of an article once, so many quotes can be looked up in it. */
export function collapseText(original: string): CollapsedText {
  const origin = new Int32Array(original.length);
  const parts: string[] = [];
  let written = 0;
  let copiedUpTo = 0;
  const copy = (from: number, to: number) => {
    parts.push(original.slice(from, to));
    for (let k = from; k < to; k++) origin[written++] = k;
  };
  for (const run of original.matchAll(WHITESPACE_RUN)) {
    copy(copiedUpTo, run.index);
    parts.push(' ');
    origin[written++] = run.index;
    copiedUpTo = run.index + run[0].length;
  }
  copy(copiedUpTo, original.length);
  return { text: parts.join(''), origin: origin.subarray(0, written) };
}

/** Every place the quote occurs (overlapping occurrences included), as ranges in the original. */
export function findQuoteRanges(article: CollapsedText, quote: string): TextRange[] {
  const needle = collapseQuote(quote);
  if (needle === '') return [];
  const ranges: TextRange[] = [];
  for (let at = article.text.indexOf(needle); at !== -1; at = article.text.indexOf(needle, at + 1)) {
    // The needle is trimmed, so its first and last characters are not collapsed spaces and map
    // to exactly one original character each.
    const start = article.origin[at] ?? 0;
    const last = article.origin[at + needle.length - 1] ?? start;
    ranges.push([start, last + 1]);
  }
  return ranges;
}

/** The first occurrence of the quote in the original article text, or null if it is not there. */
export function findQuote(articleText: string, quote: string): TextRange | null {
  return findQuoteRanges(collapseText(articleText), quote)[0] ?? null;
}
