// The corrections log as the reader and the downloads see it: which entries belong to an item,
// which are serious (a stance or grade changed, or an item removed) and so shown more prominently,
// and each value as text. Pure and browser-safe (types only from schema.ts); the validator is what
// guarantees the log covers every change (scripts/validate/corrections-check.ts).
import { byIsoDate } from './as-of';
import type { Correction, CorrectionField, CorrectionKind, Evidence, Source } from './schema';

export type CorrectionValue = Correction['old'];

export interface CorrectionIndex {
  /** Every entry, newest first (the order the list shows them in); entries of a day keep file order. */
  all: readonly Correction[];
  /** The entries about one item, newest first: `byItem.get('claim:gbr-ready-to-lead')`. */
  byItem: ReadonlyMap<string, readonly Correction[]>;
}

export const correctionKey = (kind: CorrectionKind, id: string): string => `${kind}:${id}`;

export function indexCorrections(log: readonly Correction[]): CorrectionIndex {
  const all = log
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => byIsoDate(b.entry.date, a.entry.date) || a.order - b.order)
    .map(({ entry }) => entry);
  const byItem = new Map<string, Correction[]>();
  for (const entry of all) {
    const key = correctionKey(entry.kind, entry.id);
    byItem.set(key, [...(byItem.get(key) ?? []), entry]);
  }
  return { all, byItem };
}

/** Newsrooms mark these more prominently: what the map shows changed, not only how it is worded. */
export function isSerious(entry: Pick<Correction, 'field'>): boolean {
  return entry.field === 'stance' || entry.field === 'kind' || entry.field === 'entry';
}

export const CORRECTION_FIELD_LABELS: Record<CorrectionField, string> = {
  stance: 'Stance',
  statement: 'Statement',
  date: 'Date',
  count: 'Count',
  evidence: 'Quotes',
  kind: 'Grade',
  quality: 'Quality note',
  url: 'Address',
  entry: 'Entry (removed)',
};

/** A logged value as text: quotes as “source: quote” lines joined by " / ", null as "(none)". */
export function correctionValueText(value: CorrectionValue): string {
  if (value === null) return '(none)';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return value.map((e: Evidence) => `${e.source}: “${e.quote}”`).join(' / ');
}

/** One line for a spreadsheet cell: "2026-12-07 claim gbr-x statement, was: …; why: …". */
export function correctionLine(entry: Correction): string {
  return `${entry.date} ${entry.kind} ${entry.id} ${entry.field}, was: ${correctionValueText(entry.old)}; why: ${entry.reason}`;
}

/**
 * Where a source's text comes from, for a reader: "rewrite of a report at bbc.com" when the text
 * cites an origin, so a rewrite's words are never put in the cited publisher's mouth.
 */
export function originLabel(source: Pick<Source, 'kind' | 'originUrl'>): string | null {
  if (source.originUrl === undefined) return null;
  let host: string;
  try {
    host = new URL(source.originUrl).hostname.replace(/^www\./, '');
  } catch {
    return null; // validated at build as an http(s) address; unreachable with checked data
  }
  const what = source.kind === 'original' ? 'based on' : `${source.kind.replace('-', ' ')} of`;
  return `${what} a report at ${host}`;
}
