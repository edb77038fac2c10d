// For a quote that is not in its article: the passage the curator most likely meant, and where it
// differs from what they typed. Runs only for quotes that failed, so it can afford some work, but it
// stays linear in the article's length: a sliding window over words scores shared words, and only
// the best few windows are compared in order (longest common subsequence of words).

interface Word {
  key: string;
  start: number;
  end: number;
}

/** Words with their offsets; the key ignores case and punctuation so "force.”" matches "force". */
function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    out.push({
      key: m[0].toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const current = [0];
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        x === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const CANDIDATES = 5;

/** The window of the (whitespace-collapsed) article most like the quote, or undefined if none shares a word. */
export function nearestPassage(article: string, quote: string): string | undefined {
  const articleWords = words(article);
  const quoteKeys = words(quote).map((w) => w.key);
  if (articleWords.length === 0 || quoteKeys.length === 0) return undefined;
  const size = Math.min(quoteKeys.length, articleWords.length);
  const wanted = new Map<string, number>();
  for (const key of quoteKeys) wanted.set(key, (wanted.get(key) ?? 0) + 1);

  const inWindow = new Map<string, number>();
  let shared = 0;
  const best: { start: number; shared: number }[] = [];
  for (let i = 0; i < articleWords.length; i++) {
    const added = articleWords[i]?.key ?? '';
    const count = inWindow.get(added) ?? 0;
    if (count < (wanted.get(added) ?? 0)) shared++;
    inWindow.set(added, count + 1);
    if (i >= size) {
      const removed = articleWords[i - size]?.key ?? '';
      const left = (inWindow.get(removed) ?? 0) - 1;
      inWindow.set(removed, left);
      if (left < (wanted.get(removed) ?? 0)) shared--;
    }
    if (i >= size - 1 && shared > 0) {
      best.push({ start: i - size + 1, shared });
      best.sort((a, b) => b.shared - a.shared || a.start - b.start);
      if (best.length > CANDIDATES) best.pop();
    }
  }

  let chosen: { start: number; score: number } | undefined;
  for (const { start } of best) {
    const keys = articleWords.slice(start, start + size).map((w) => w.key);
    const score = commonSubsequence(quoteKeys, keys);
    if (chosen === undefined || score > chosen.score) chosen = { start, score };
  }
  if (chosen === undefined) return undefined;
  const first = articleWords[chosen.start];
  const last = articleWords[chosen.start + size - 1];
  if (!first || !last) return undefined;
  // Trim the window's edges to the quote's own edges: "Ukraine," in the article for "Ukraine".
  const quoteWords = quote.split(' ');
  const quoteFirst = quoteWords[0] ?? '';
  const quoteLast = quoteWords[quoteWords.length - 1] ?? '';
  let start = first.start;
  let end = last.end;
  const lastWord = article.slice(last.start, last.end);
  if (quoteLast !== '' && lastWord.startsWith(quoteLast)) end = last.start + quoteLast.length;
  const firstWord = article.slice(first.start, first.end);
  if (quoteFirst !== '' && firstWord.endsWith(quoteFirst) && first.end - quoteFirst.length < end) {
    start = first.end - quoteFirst.length;
  }
  return article.slice(start, end);
}

const STRAIGHTENED: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };

/** Where the quote and the passage part ways, e.g. `quote has "deployed" where the article has "involved"`. */
export function describeDifference(quote: string, passage: string): string | undefined {
  let prefix = 0;
  while (prefix < quote.length && quote[prefix] === passage[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < quote.length - prefix &&
    suffix < passage.length - prefix &&
    quote[quote.length - 1 - suffix] === passage[passage.length - 1 - suffix]
  ) {
    suffix++;
  }
  if (prefix === quote.length && prefix === passage.length) return undefined;
  // Widen to whole words so the difference reads as words, not as stray letters.
  const from = Math.max(quote.lastIndexOf(' ', prefix - 1) + 1, 0);
  const ours = quote.slice(from, wordEnd(quote, quote.length - suffix));
  const theirs = passage.slice(from, wordEnd(passage, passage.length - suffix));
  const straighten = (s: string) => s.replace(/[‘’“”]/g, (c) => STRAIGHTENED[c] ?? c);
  const marks =
    straighten(ours) === straighten(theirs)
      ? ' (curly and straight quote marks differ: copy the article’s)'
      : '';
  return `quote has "${clip(ours)}" where the article has "${clip(theirs)}"${marks}`;
}

function wordEnd(text: string, at: number): number {
  const space = text.indexOf(' ', at);
  return space === -1 ? text.length : space;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
