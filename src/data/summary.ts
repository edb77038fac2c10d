// The dataset without its claims: what the page needs before a reader opens a country (the map's
// colours on every report date, the list, the filters, the timeline, the overview, the sources).
// The claims and their quotes are most of the data, and they grow with it; they load when a
// country, a claim link or the sources index first needs them (claims.ts), or once the map is
// drawn. The summary is made when the app is built (virtual:dataset-summary, in
// scripts/vite-first-paint-plugin.ts) by the same rules the claims give (as-of.ts,
// disagreement.ts): summary.test.ts holds the two to each other on every day.
import { countryAsOf } from './as-of';
import { sourceKinds, sourcesDiffer } from './disagreement';
import { type DatasetIndex, groupByStance, type SizeReport, sizeTimelineOf } from './indexes';
import type { Coalition, Country, Source } from './schema';
import type { SourceKind, Stance } from './stances';

/** A country as the page shows it before its claims are loaded. */
export type CountrySummary = Pick<Country, 'iso3' | 'name' | 'stance' | 'summary'>;

/** From `date` on (until the next step), the country's stance (null: no claim yet) and whether its sources differ. */
export type CountryStep = [date: string, stance: Stance | null, differs: boolean];

/** What the build writes (JSON): the dataset minus the countries' claims. */
export interface DatasetSummary {
  /** The countries in name order (en-GB collation), the order the list shows them in. */
  coalition: Omit<Coalition, 'countries'> & { countries: CountrySummary[] };
  sources: Source[];
  /** The distinct days the sources report (claim and fact dates), oldest first: the timeline. */
  dates: string[];
  /** Each country's stance and disagreement over the report dates, by iso3: one step per change. */
  steps: Record<string, CountryStep[]>;
}

/** The summary with its lookups, built once in the browser. */
export interface SummaryIndex {
  coalition: DatasetSummary['coalition'];
  /** Countries in name order, the order the list shows them in. */
  countries: readonly CountrySummary[];
  sources: readonly Source[];
  countryByIso3: ReadonlyMap<string, CountrySummary>;
  sourceById: ReadonlyMap<string, Source>;
  /** Countries per stance (by each country's curated `stance`). */
  countriesByStance: Readonly<Record<Stance, readonly CountrySummary[]>>;
  /** Coalition size as the sources report it, oldest first. */
  sizeTimeline: readonly SizeReport[];
  dates: readonly string[];
  steps: Readonly<Record<string, readonly CountryStep[]>>;
  /** source id -> original / rewrite / machine translation (for the disagreement rules). */
  kinds: ReadonlyMap<string, SourceKind>;
}

/** The summary of a full index: what the build writes. */
export function summarize(index: DatasetIndex): DatasetSummary {
  const steps: Record<string, CountryStep[]> = {};
  for (const country of index.countries) {
    const own: CountryStep[] = [];
    let last: CountryStep | undefined;
    for (const date of index.dates) {
      // The country as it stood then (its stance is stanceAsOf's), null before its first claim.
      const then = countryAsOf(country, date);
      const stance = then?.stance ?? null;
      const differs = then !== null && sourcesDiffer(then, index.kinds);
      if (last === undefined ? stance !== null : last[1] !== stance || last[2] !== differs) {
        last = [date, stance, differs];
        own.push(last);
      }
    }
    steps[country.iso3] = own;
  }
  const { countries: _inDataOrder, ...coalition } = index.coalition;
  return {
    coalition: {
      ...coalition,
      // The index's order: by name.
      countries: index.countries.map(({ iso3, name, stance, summary }) => ({ iso3, name, stance, summary })),
    },
    sources: [...index.sources],
    dates: [...index.dates],
    steps,
  };
}

/** The summary's lookups. */
export function indexSummary(summary: DatasetSummary): SummaryIndex {
  const { countries } = summary.coalition;
  return {
    coalition: summary.coalition,
    countries,
    sources: summary.sources,
    countryByIso3: new Map(countries.map((c) => [c.iso3, c])),
    sourceById: new Map(summary.sources.map((s) => [s.id, s])),
    countriesByStance: groupByStance(countries),
    sizeTimeline: sizeTimelineOf(summary.coalition.facts),
    dates: summary.dates,
    steps: summary.steps,
    kinds: sourceKinds(summary.sources),
  };
}

/** The summary of a full index, indexed in its name order: what the build computes, and tests compare. */
export function summaryIndexOf(index: DatasetIndex): SummaryIndex {
  return indexSummary(summarize(index));
}

/** The country's step in force on `date` (YYYY-MM-DD): the last one on or before it. */
export function stepOn(steps: readonly CountryStep[] | undefined, date: string): CountryStep | undefined {
  let found: CountryStep | undefined;
  for (const step of steps ?? []) if (step[0] <= date) found = step;
  return found;
}
