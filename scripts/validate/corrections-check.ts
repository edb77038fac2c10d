// The corrections log's check: a published field (published.ts lists them) that differs from the
// snapshot in data/published.json must have an entry in data/corrections.json that says what it
// was and what it is now. A new item needs none; a removed one needs a removal entry. So nothing
// published changes silently, on a fresh clone too (no git history needed).
import type { Correction, CorrectionField, CorrectionKind, Published } from '../../src/data/schema';
import type { FileNames } from './dataset-files';
import type { PathSegment, Problem } from './problem';
import { problem } from './problem';
import { type ItemPaths, itemKey } from './published';

/** The fields a correction can name, per kind of item ("entry", the whole item, for all). */
export const LOGGED_FIELDS: Record<CorrectionKind, readonly CorrectionField[]> = {
  country: ['stance'],
  claim: ['stance', 'statement', 'date', 'evidence'],
  fact: ['statement', 'date', 'count', 'evidence'],
  statement: ['statement', 'date', 'evidence'],
  source: ['kind', 'quality', 'url'],
};

const KINDS = Object.keys(LOGGED_FIELDS) as CorrectionKind[];
const SECTION = {
  country: 'countries',
  claim: 'claims',
  fact: 'facts',
  statement: 'statements',
  source: 'sources',
} as const;

export interface CorrectionsInput {
  names: FileNames;
  /** The data as it is now, in the snapshot's shape, with each item's place in its file. */
  current: Published;
  paths: ItemPaths;
  snapshot: Published;
  log: readonly Correction[];
}

/** JSON with object keys sorted: values equal field for field compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
export const sameValue = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

function items(published: Published, kind: CorrectionKind): Record<string, Record<string, unknown>> {
  // A snapshot published before a section existed has none: every item of it is new.
  return (published[SECTION[kind]] ?? {}) as Record<string, Record<string, unknown>>;
}

function checkEntries(input: CorrectionsInput): Problem[] {
  const { names, current, snapshot, log } = input;
  const problems: Problem[] = [];
  const removed = new Set(log.filter((e) => e.field === 'entry').map((e) => itemKey(e.kind, e.id)));
  log.forEach((entry, i) => {
    const at = (field: string): PathSegment[] => ['corrections', i, field];
    if (entry.field === 'entry') {
      if (entry.new !== null)
        problems.push(problem(names.corrections, at('new'), 'must be null: field "entry" records a removal'));
    } else if (!LOGGED_FIELDS[entry.kind].includes(entry.field)) {
      problems.push(
        problem(
          names.corrections,
          at('field'),
          `"${entry.field}" is not a logged field of a ${entry.kind}`,
          `a ${entry.kind}'s logged fields are ${[...LOGGED_FIELDS[entry.kind], 'entry'].join(', ')}`,
        ),
      );
    }
    const known =
      items(current, entry.kind)[entry.id] !== undefined ||
      items(snapshot, entry.kind)[entry.id] !== undefined ||
      removed.has(itemKey(entry.kind, entry.id));
    if (!known)
      problems.push(
        problem(
          names.corrections,
          at('id'),
          `names no ${entry.kind} "${entry.id}" in the data or in ${names.published}`,
        ),
      );
    if (sameValue(entry.old, entry.new))
      problems.push(
        problem(names.corrections, at('new'), 'is the same as "old": the entry records no change'),
      );
  });
  return problems;
}

function fileOf(names: FileNames, kind: CorrectionKind): string {
  return kind === 'source' ? names.sources : names.coalition;
}

function short(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function checkChanges(input: CorrectionsInput): Problem[] {
  const { names, current, paths, snapshot, log } = input;
  const problems: Problem[] = [];
  const entriesFor = (kind: CorrectionKind, id: string, field: CorrectionField) =>
    log.flatMap((entry, index) =>
      entry.kind === kind && entry.id === id && entry.field === field ? [{ entry, index }] : [],
    );
  for (const kind of KINDS) {
    for (const [id, was] of Object.entries(items(snapshot, kind))) {
      const now = items(current, kind)[id];
      if (now === undefined) {
        const countryGone =
          kind === 'claim' &&
          typeof was.country === 'string' &&
          items(current, 'country')[was.country] === undefined &&
          entriesFor('country', was.country, 'entry').length > 0;
        if (entriesFor(kind, id, 'entry').length === 0 && !countryGone) {
          problems.push(
            problem(
              fileOf(names, kind),
              '',
              `${kind} "${id}" is in ${names.published} but no longer in the data, and ${names.corrections} has no entry recording its removal`,
              `add {"kind": "${kind}", "id": "${id}", "field": "entry", "old": ..., "new": null, "date": ..., "reason": ...}`,
            ),
          );
        }
        continue;
      }
      const place = paths.get(itemKey(kind, id)) ?? [];
      for (const field of LOGGED_FIELDS[kind]) {
        if (sameValue(was[field], now[field])) continue;
        const entries = entriesFor(kind, id, field);
        const covering = entries.filter(({ entry }) => sameValue(entry.new, now[field]));
        if (covering.length === 0) {
          problems.push(
            problem(
              fileOf(names, kind),
              [...place, field],
              `${kind} "${id}": its ${field} differs from the published snapshot (${names.published}), and ${names.corrections} has no entry for the change`,
              `add {"kind": "${kind}", "id": "${id}", "field": "${field}", "old": ${short(was[field])}, "new": ${short(now[field])}, "date": ..., "reason": what was wrong and what is right}`,
            ),
          );
        } else if (!covering.some(({ entry }) => sameValue(entry.old, was[field]))) {
          const { index } = covering[0] as { index: number };
          problems.push(
            problem(
              names.corrections,
              ['corrections', index, 'old'],
              `is not what ${names.published} has for the ${field} of ${kind} "${id}"`,
              `it was published as ${short(was[field])}`,
            ),
          );
        }
      }
    }
  }
  return problems;
}

export function checkCorrections(input: CorrectionsInput): Problem[] {
  return [...checkEntries(input), ...checkChanges(input)];
}
