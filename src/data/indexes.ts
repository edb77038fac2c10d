// Lookup tables built once from the (already validated) dataset. Pure: takes the data as arguments
// so tests can pass a fixture; src/data/dataset.ts builds the app's single instance.
import type { Claim, Coalition, Country, Evidence, Fact, Source, Stance } from './schema';
import { STANCES, SUPPORT_RANK } from './stances';

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
}

/**
 * The strongest stance a set of claims supports (STANCES.md): troops > peacekeeping-only >
 * other-support > unstated. `opposed` only wins when nothing else is claimed, because a country
 * with both is a disagreement the curator resolves (country.resolution), not a rank.
 */
export function strongestStance(claims: readonly Pick<Claim, 'stance'>[]): Stance | null {
  let best: Stance | null = null;
  for (const { stance } of claims) {
    if (best === null || SUPPORT_RANK[stance] > SUPPORT_RANK[best]) best = stance;
  }
  return best;
}

/** True when a country's claims include both `opposed` and a supporting stance. */
export function hasDisagreement(country: Pick<Country, 'claims'>): boolean {
  const kinds = new Set(country.claims.map((c) => c.stance));
  return kinds.has('opposed') && kinds.size > 1;
}

export function buildIndex(coalition: Coalition, sources: readonly Source[]): DatasetIndex {
  const collator = new Intl.Collator('en-GB');
  const countries = [...coalition.countries].sort((a, b) => collator.compare(a.name, b.name));
  const countryByIso3 = new Map(countries.map((c) => [c.iso3, c]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));

  const citationsBySource = new Map<string, Citation[]>();
  const cite = (country: Country | null, item: Claim | Fact) => {
    for (const evidence of item.evidence) {
      const list = citationsBySource.get(evidence.source) ?? [];
      list.push({ country, item, evidence });
      citationsBySource.set(evidence.source, list);
    }
  };
  for (const fact of coalition.facts) cite(null, fact);
  for (const country of countries) for (const claim of country.claims) cite(country, claim);

  const countriesByStance = Object.fromEntries(
    STANCES.map((s) => [s, countries.filter((c) => c.stance === s)]),
  ) as Record<Stance, Country[]>;

  const sizeTimeline = coalition.facts
    .filter((f): f is Fact & { count: number } => f.kind === 'size' && typeof f.count === 'number')
    .map((fact) => ({ count: fact.count, approximate: fact.approximate === true, date: fact.date, fact }))
    .sort((a, b) => a.date.localeCompare(b.date));

  return {
    coalition,
    countries,
    sources,
    countryByIso3,
    sourceById,
    citationsBySource,
    countriesByStance,
    sizeTimeline,
  };
}
