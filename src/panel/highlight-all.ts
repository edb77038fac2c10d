// Splits an article into runs of text for the sources index: every quoted passage marked, even
// where quotes overlap (the same words can back a fact and two countries' claims). Each run knows
// which quotes cover it; runs that touch form one passage. Same search as the validator.
import { collapseText, findQuoteRanges } from '../data/find-quote';

export interface Run {
  text: string;
  /** Indexes (into the quotes given) of the quotes covering this run; empty for plain text. */
  covers: number[];
}

export interface Highlighted {
  /** Plain and quoted runs in order; their texts joined give back the article. */
  runs: Run[];
  /** Indexes of quotes that were not found in the article. */
  missing: number[];
}

export function highlightAll(article: string, quotes: readonly string[]): Highlighted {
  const collapsed = collapseText(article);
  const ranges: { index: number; start: number; end: number }[] = [];
  const missing: number[] = [];
  quotes.forEach((quote, index) => {
    const [range] = findQuoteRanges(collapsed, quote);
    if (range) ranges.push({ index, start: range[0], end: range[1] });
    else missing.push(index);
  });
  const cuts = [...new Set([0, article.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort(
    (a, b) => a - b,
  );
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? start;
    if (end <= start) continue;
    const covers = ranges.filter((r) => r.start <= start && end <= r.end).map((r) => r.index);
    runs.push({ text: article.slice(start, end), covers });
  }
  return { runs, missing };
}

/** Groups runs into passages: a run of plain text, or consecutive quoted runs. */
export function passages(runs: readonly Run[]): Run[][] {
  const groups: Run[][] = [];
  for (const run of runs) {
    const last = groups.at(-1);
    const lastQuoted = (last?.[0]?.covers.length ?? 0) > 0;
    if (last && lastQuoted && run.covers.length > 0) last.push(run);
    else groups.push([run]);
  }
  return groups;
}
