// Lookup tables built once from the (already validated) dataset. Pure: takes the data as arguments
// so tests can pass a fixture; src/data/full-dataset.ts builds the app's single instance.
import { byIsoDate, reportDates } from './as-of';
import { sourceKinds } from './disagreement';
import type { Claim, Coalition, Country, Evidence, Fact, Source, Stance } from './schema';
import { type SourceKind, STANCES } from './stances';

/** A claim or fact that cites a given source, with the country it belongs to (null for facts). */
export interface Citation {
  country: Country | null;
  item: Claim | Fact;
  evidence: Evidence;
}

export interface SizeReport {
  count: number;
  approximate: boolean;
  date: string;
  fact: Fact;
}

export interface DatasetIndex {
  coalition: Coalition;
  /** Countries sorted by name (en-GB collation), the order the list shows them in. */
  countries: readonly Country[];
  sources: readonly Source[];
  countryByIso3: ReadonlyMap<string, Country>;
  sourceById: ReadonlyMap<string, Source>;
  citationsBySource: ReadonlyMap<string, readonly Citation[]>;
  /** Countries per stance (by each country's curated `stance`). */
  countriesByStance: Readonly<Record<Stance, readonly Country[]>>;
  /** Coalition size as the sources report it, oldest first. */
  sizeTimeline: readonly SizeReport[];
  /** The distinct days the sources report (claim and fact dates), oldest first: the timeline. */
  dates: readonly string[];
  /** Every claim by id, with its country (claim ids are unique across the dataset). */
  claimById: ReadonlyMap<string, { claim: Claim; country: Country }>;
  /** source id -> original / rewrite / machine translation (for the disagreement rules). */
  kinds: ReadonlyMap<string, SourceKind>;
}

/** Groups countries by stance, every stance present (empty when none has it). */
export function groupByStance<C extends { stance: Stance }>(countries: readonly C[]): Record<Stance, C[]> {
  return Object.fromEntries(STANCES.map((s) => [s, countries.filter((c) => c.stance === s)])) as Record<
    Stance,
    C[]
  >;
}

/** The size reports among the facts, oldest first. */
export function sizeTimelineOf(facts: readonly Fact[]): SizeReport[] {
  return facts
    .filter((f): f is Fact & { count: number } => f.kind === 'size' && typeof f.count === 'number')
    .map((fact) => ({ count: fact.count, approximate: fact.approximate === true, date: fact.date, fact }))
    .sort((a, b) => byIsoDate(a.date, b.date));
}

/** The countries by name, in en-GB collation. */
function collateByName(countries: readonly Country[]): Country[] {
  const collator = new Intl.Collator('en-GB');
  return [...countries].sort((a, b) => collator.compare(a.name, b.name));
}

/** The countries in a given order of ISO codes, which must name each of them exactly once. */
function inOrder(countries: readonly Country[], order: readonly string[]): Country[] {
  const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
  const ordered = order.flatMap((iso3) => byIso3.get(iso3) ?? []);
  if (
    order.length !== countries.length ||
    ordered.length !== countries.length ||
    new Set(order).size !== order.length
  )
    throw new Error(
      `buildIndex: the name order (${order.length} codes) does not list the dataset's ${countries.length} countries once each; rebuild the app`,
    );
  return ordered;
}

/**
 * `nameOrder`: the countries' ISO codes already in name order, collated when the app was built
 * (virtual:first-view). The browser takes it as it is, so it never builds a collator: the first
 * Intl object a page makes loads the locale data, 50-130 ms on a slow phone while the page hydrates.
 * Without it (the build itself, tests) the countries are collated here.
 */
export function buildIndex(
  coalition: Coalition,
  sources: readonly Source[],
  nameOrder?: readonly string[],
): DatasetIndex {
  const countries = nameOrder ? inOrder(coalition.countries, nameOrder) : collateByName(coalition.countries);
  const countryByIso3 = new Map(countries.map((c) => [c.iso3, c]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));

  const countriesByStance = groupByStance(countries);
  // Built on first use: only the sources panel and the corrections log read these, and at scale
  // (thousands of claims) building them at startup costs the page tens of milliseconds before it is ready.
  let citationsBySource: ReadonlyMap<string, readonly Citation[]> | undefined;
  let claimById: ReadonlyMap<string, { claim: Claim; country: Country }> | undefined;

  return {
    coalition,
    countries,
    sources,
    countryByIso3,
    sourceById,
    get citationsBySource() {
      citationsBySource ??= indexCitations(coalition.facts, countries);
      return citationsBySource;
    },
    countriesByStance,
    sizeTimeline: sizeTimelineOf(coalition.facts),
    dates: reportDates(coalition),
    get claimById() {
      claimById ??= new Map(
        countries.flatMap((country) =>
          country.claims.map((claim) => [claim.id, { claim, country }] as const),
        ),
      );
      return claimById;
    },
    kinds: sourceKinds(sources),
  };
}

/** Every citation by source id: the facts' first, then the countries' claims in name order. */
function indexCitations(facts: readonly Fact[], countries: readonly Country[]): Map<string, Citation[]> {
  const citationsBySource = new Map<string, Citation[]>();
  const cite = (country: Country | null, item: Claim | Fact) => {
    for (const evidence of item.evidence) {
      const list = citationsBySource.get(evidence.source) ?? [];
      list.push({ country, item, evidence });
      citationsBySource.set(evidence.source, list);
    }
  };
  for (const fact of facts) cite(null, fact);
  for (const country of countries) for (const claim of country.claims) cite(country, claim);
  return citationsBySource;
}
