// The shapes the validator reports in. Every problem names the file, the place inside it (a JSON
// path such as `countries[3].claims[0].evidence[1].quote`, or `line:column` for a syntax error)
// and the reason; a suggestion says how to fix it when the validator can tell.
import type { SourceView } from '../../src/data/disagreement';
import type { Stance } from '../../src/data/stances';

export interface Problem {
  file: string;
  /** JSON path, `line:column`, or '' when the problem concerns the whole file. */
  path: string;
  message: string;
  suggestion?: string;
}

/** A country the articles mention that has no entry in coalition.json. */
export interface CoverageItem {
  iso3: string;
  name: string;
  /** Source id of the article that mentions it. */
  article: string;
  /** The distinct words that matched, in order of first appearance. */
  words: string[];
  count: number;
}

/** What one source says about a country (defined with the shared rules in src/data). */
export type { SourceView };

export interface Disagreement {
  iso3: string;
  name: string;
  stance: Stance;
  /** Why this counts as a disagreement, one sentence each. */
  reasons: string[];
  views: SourceView[];
  resolution?: { follows: string; reason: string };
}

export interface ValidationResult {
  errors: Problem[];
  warnings: Problem[];
  coverage: CoverageItem[];
  disagreements: Disagreement[];
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** ['countries', 3, 'claims', 0] -> 'countries[3].claims[0]' */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Builds a Problem, formatting a segment path and leaving out an absent suggestion. */
export function problem(
  file: string,
  path: string | readonly PathSegment[],
  message: string,
  suggestion?: string,
): Problem {
  const place = typeof path === 'string' ? path : formatPath(path);
  return suggestion === undefined
    ? { file, path: place, message }
    : { file, path: place, message, suggestion };
}
