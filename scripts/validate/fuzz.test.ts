// Dataset fuzzing: random damage to the real dataset never makes the validator throw (it reports
// errors or passes), and no one-character change inside a quote ever slips through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readDatasetFiles } from './dataset-files';
import { formatPath, type PathSegment } from './problem';
import { validateDatasetFiles } from './validate-dataset';

const REAL = readDatasetFiles('data', 'data');
const SEED = 20250306;
const RUNS = 200;

type Json = unknown;

/** Every path into a JSON value (the root excluded). */
function pathsOf(value: Json, prefix: PathSegment[] = []): PathSegment[][] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...pathsOf(item, [...prefix, key]),
    ]);
  }
  return [];
}

type Mutation =
  | { op: 'delete' }
  | { op: 'duplicate' }
  | { op: 'replace'; value: Json }
  | { op: 'rename'; key: string };

/** Applies a mutation at a path, in place; the path's parent is known to exist. */
function mutate(root: Json, path: PathSegment[], mutation: Mutation): void {
  let parent = root as Record<PathSegment, Json>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<PathSegment, Json>;
  const last = path[path.length - 1] as PathSegment;
  const current = parent[last];
  if (mutation.op === 'replace') parent[last] = mutation.value;
  else if (Array.isArray(parent) && typeof last === 'number') {
    if (mutation.op === 'delete') parent.splice(last, 1);
    else parent.splice(last, 0, structuredClone(current));
  } else if (mutation.op === 'delete') delete parent[last];
  else {
    // duplicate or rename an object field: a typo'd copy of it next to the original
    parent[mutation.op === 'rename' ? mutation.key : `${String(last)}2`] = structuredClone(current);
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ op: 'delete' as const }),
  fc.constant({ op: 'duplicate' as const }),
  fc.record({ op: fc.constant('rename' as const), key: fc.string({ maxLength: 12 }) }),
  fc.record({ op: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ op: fc.constant('replace' as const), value: fc.string({ unit: 'grapheme', maxLength: 40 }) }),
  fc.record({
    op: fc.constant('replace' as const),
    value: fc.constantFrom<Json>(null, 0, -1, 1.5, true, [], {}, '', 'XKX', '2025-02-30'),
  }),
);

const LOOK_ALIKES: Record<string, string> = {
  '’': "'",
  "'": '’',
  '‘': "'",
  '“': '"',
  '”': '"',
  '"': '”',
  '-': '–',
  '–': '-',
  '—': '-',
};

/** The character a curator is likeliest to type instead: straight for curly, other case, dash for hyphen. */
function lookAlike(ch: string): string {
  const swapped = ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase();
  return LOOK_ALIKES[ch] ?? (swapped !== ch ? swapped : '.');
}

function expectAResult(files: typeof REAL): void {
  const result = validateDatasetFiles(files);
  expect(Array.isArray(result.errors)).toBe(true);
  expect(Array.isArray(result.disagreements)).toBe(true);
  for (const error of result.errors) expect(typeof error.message).toBe('string');
}

describe('fuzzing the real dataset', () => {
  it('survives random field deletions, duplications, renames and replacements', () => {
    const file = fc.constantFrom('coalition' as const, 'sources' as const);
    fc.assert(
      fc.property(
        file,
        fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }),
        (which, mutations) => {
          const data: Json = JSON.parse(REAL[which] ?? '{}');
          for (const [pick, change] of mutations) {
            const paths = pathsOf(data);
            const path = paths[pick % Math.max(paths.length, 1)];
            if (path) mutate(data, path, change);
          }
          expectAResult({ ...REAL, [which]: JSON.stringify(data, null, 2) });
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('survives truncated and garbled JSON text', () => {
    const file = fc.constantFrom('coalition' as const, 'sources' as const);
    fc.assert(
      fc.property(file, fc.nat(), fc.string({ maxLength: 3 }), (which, cut, junk) => {
        const text = REAL[which] ?? '';
        const at = cut % (text.length + 1);
        expectAResult({ ...REAL, [which]: text.slice(0, at) + junk });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('rejects any one-character change inside any quote', () => {
    const coalition = JSON.parse(REAL.coalition ?? '{}');
    const quotes: PathSegment[][] = pathsOf(coalition).filter((p) => p[p.length - 1] === 'quote');
    expect(quotes.length).toBeGreaterThan(10);
    // A third of the changes are look-alikes (curly <-> straight, case, dashes): the likeliest slips.
    const replacement = fc.oneof(
      fc.integer({ min: 0x21, max: 0x7e }).map((code) => () => String.fromCharCode(code)),
      fc.constantFrom('’', '‘', '“', '”', '–', '—', 'é', 'ü', '…', '\u00ad').map((ch) => () => ch),
      fc.constant(lookAlike),
    );
    fc.assert(
      fc.property(fc.nat(), fc.nat(), replacement, (whichQuote, whichChar, replace) => {
        const path = quotes[whichQuote % quotes.length] ?? [];
        const data = structuredClone(coalition);
        const evidence = path.slice(0, -1).reduce((node, key) => node[key], data);
        const quote: string = evidence.quote;
        const positions = quote.split('').flatMap((ch, i) => (/[\s\uD800-\uDFFF]/.test(ch) ? [] : [i]));
        const at = positions[whichChar % positions.length] ?? 0;
        const original = quote[at] ?? '';
        const by = replace(original);
        fc.pre(original !== by);
        evidence.quote = quote.slice(0, at) + by + quote.slice(at + 1);
        const { errors } = validateDatasetFiles({ ...REAL, coalition: JSON.stringify(data, null, 2) });
        expect(errors.map((e) => e.path)).toContain(formatPath(path));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
