// Coverage: countries the articles mention that coalition.json does not list. A report for the
// curator (warnings), since many mentions are rightly left out. Articles are split into words once
// and names are matched longest-first through a word trie, so the cost is linear in the text.
import type { CheckInput } from './check-input';
import { COMBINING_FORMS, COUNTRY_NAMES, NOT_COUNTRIES } from './country-names';
import { type CoverageItem, type Problem, problem } from './problem';

interface Token {
  word: string;
  start: number;
  end: number;
}

interface TrieNode {
  codes?: readonly string[];
  next: Map<string, TrieNode>;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** What may sit between the words of one name: "U.S.", "St. Kitts", "Guinea-Bissau", "d'Ivoire". */
const JOINER = /^(?:[ \u00a0]|[-‐.'’]|\. )$/;
const HYPHEN = /^[-‐]$/;
const COMBINING = new Map(Object.entries(COMBINING_FORMS));

function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

let trie: TrieNode | undefined;

function nameTrie(): TrieNode {
  if (trie) return trie;
  const root: TrieNode = { next: new Map() };
  const add = (phrase: string, codes: readonly string[]) => {
    let node = root;
    for (const { word } of tokenize(phrase)) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.codes = codes;
  };
  for (const [code, names] of Object.entries(COUNTRY_NAMES)) for (const name of names) add(name, [code]);
  for (const phrase of NOT_COUNTRIES) add(phrase, []);
  trie = root;
  return root;
}

export interface Mention {
  codes: readonly string[];
  word: string;
}

/** Every country mention in a text, e.g. "Anglo-American" -> GBR and USA. */
export function findCountryMentions(text: string): Mention[] {
  const tokens = tokenize(text);
  const gap = (k: number) => text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A chain of combining forms ("Austro-", "Anglo-") counts only before a name: "Anglo-American".
    const prefixCodes: string[] = [];
    let j = i;
    while (j + 1 < tokens.length && HYPHEN.test(gap(j + 1))) {
      const form = COMBINING.get(tokens[j]?.word ?? '');
      if (form === undefined) break;
      prefixCodes.push(form);
      j++;
    }
    let node = nameTrie();
    let match: { codes: readonly string[]; last: number } | undefined;
    for (let k = j; k < tokens.length; k++) {
      if (k > j && !JOINER.test(gap(k))) break;
      const child = node.next.get(tokens[k]?.word ?? '');
      if (!child) break;
      node = child;
      if (node.codes) match = { codes: node.codes, last: k };
    }
    if (match === undefined) {
      i++;
      continue;
    }
    const codes = [...(match.codes.length > 0 ? prefixCodes : []), ...match.codes];
    const last = match.last;
    if (codes.length > 0) mentions.push({ codes, word: text.slice(tokens[i]?.start, tokens[last]?.end) });
    i = Math.max(last + 1, i + 1);
  }
  return mentions;
}

export function checkCoverage(input: CheckInput): { coverage: CoverageItem[]; warnings: Problem[] } {
  const covered = new Set(input.coalition.allIso3);
  if (input.coalition.supports) covered.add(input.coalition.supports);
  const coverage: CoverageItem[] = [];
  for (const [article, text] of input.articles) {
    const found = new Map<string, CoverageItem>();
    for (const { codes, word } of findCountryMentions(text)) {
      for (const iso3 of codes) {
        if (covered.has(iso3)) continue;
        let item = found.get(iso3);
        if (!item) {
          item = { iso3, name: COUNTRY_NAMES[iso3]?.[0] ?? iso3, article, words: [], count: 0 };
          found.set(iso3, item);
        }
        item.count++;
        if (!item.words.includes(word)) item.words.push(word);
      }
    }
    coverage.push(...found.values());
  }
  coverage.sort((a, b) => a.iso3.localeCompare(b.iso3) || a.article.localeCompare(b.article));
  const warnings = coverage.map((item) =>
    problem(
      input.names.article(item.article),
      '',
      `mentions ${item.name} (${item.iso3}) ${item.count} time(s) as ${item.words.map((w) => `"${w}"`).join(', ')}, but ${input.names.coalition} has no entry for ${item.iso3}`,
    ),
  );
  return { coverage, warnings };
}
