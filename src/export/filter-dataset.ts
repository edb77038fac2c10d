// The part of the dataset a download holds: what the reader is looking at. Pure, so the CSV and
// JSON exports and their tests share one definition of "the current view".
import { claimsAsOf, countryAsOf } from '../data/as-of';
import type {
  Claim,
  Coalition,
  Correction,
  Country,
  Fact,
  Source,
  Stance,
  Statement,
  Supported,
} from '../data/schema';
import { STANCES } from '../data/stances';

export interface ExportFilter {
  /** Stances the legend filter shows; a country is kept when its stance is one of them. */
  stances: readonly Stance[];
  /** Keep only claims and facts dated on or before this day (YYYY-MM-DD); null or absent: all. */
  asOf?: string | null;
}

/** A self-contained subset: the countries shown, their claims, the facts, and every source cited. */
export interface ExportDataset {
  title: string;
  description: string;
  supports: string;
  /**
   * The supported country and what its leaders said by asOf (possibly nothing yet): it has no
   * stance, so the stance filter never hides it.
   */
  supported: Supported;
  updated: string;
  filter: { stances: Stance[]; asOf: string | null };
  facts: Fact[];
  countries: Country[];
  sources: Source[];
  /**
   * The whole corrections log, newest first, whatever the view: a removed country is in no
   * subset, and the log is the dataset's public history (data/corrections.json's shape).
   */
  corrections: Correction[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkFilter(filter: ExportFilter): void {
  const asOf = filter.asOf ?? null;
  if (asOf !== null && !ISO_DAY.test(asOf)) {
    throw new Error(`filterDataset: asOf ${JSON.stringify(asOf)} is not a date written YYYY-MM-DD`);
  }
  for (const stance of filter.stances) {
    if (!STANCES.includes(stance)) {
      throw new Error(`filterDataset: stances holds ${JSON.stringify(stance)}, which is not a stance`);
    }
  }
}

/** Every source id cited, in first-cited order. */
function citedSourceIds(items: readonly (Claim | Fact | Statement)[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) for (const e of item.evidence) ids.add(e.source);
  return ids;
}

/** The dataset subset for `filter`, countries and sources in the dataset's own order. */
export function filterDataset(
  coalition: Coalition,
  sources: readonly Source[],
  filter: ExportFilter,
  corrections: readonly Correction[] = [],
): ExportDataset {
  checkFilter(filter);
  const asOf = filter.asOf ?? null;
  const stances = STANCES.filter((s) => filter.stances.includes(s));

  const countries = coalition.countries
    .map((c) => countryAsOf(c, asOf))
    .filter((c): c is Country => c !== null && stances.includes(c.stance));
  const facts = coalition.facts.filter((f) => asOf === null || f.date <= asOf);
  const supported = { ...coalition.supported, statements: claimsAsOf(coalition.supported.statements, asOf) };

  const cited = citedSourceIds([...facts, ...countries.flatMap((c) => c.claims), ...supported.statements]);
  const known = new Set(sources.map((s) => s.id));
  for (const id of cited) {
    if (!known.has(id))
      throw new Error(`filterDataset: evidence cites source "${id}", which is not in sources`);
  }

  return {
    title: coalition.title,
    description: coalition.description,
    supports: coalition.supports,
    supported,
    updated: coalition.updated,
    filter: { stances, asOf },
    facts,
    countries,
    sources: sources.filter((s) => cited.has(s.id)),
    corrections: [...corrections],
  };
}

/** Evidence quotes in the subset's countries: one CSV row each. */
export function countEvidence(dataset: Pick<ExportDataset, 'countries'>): number {
  return dataset.countries.reduce((n, c) => n + c.claims.reduce((m, cl) => m + cl.evidence.length, 0), 0);
}
