// The dataset as it stood on one report date: what the map, legend, list and overview show when
// the timeline is moved. Read from the summary's steps (summary.ts: each country's stance and
// disagreement over the report dates, made at build by the rules of as-of.ts and disagreement.ts),
// once per date and index (a handful of dates: cached for the page's life).
import { groupByStance, type SizeReport } from './indexes';
import type { Fact, Stance } from './schema';
import { type CountrySummary, type SummaryIndex, stepOn } from './summary';

export interface Snapshot {
  /** The day shown (the last report date when the view is "latest"). */
  date: string;
  /** True when `date` is the last report date: everything the sources say. */
  latest: boolean;
  /** Countries with at least one claim by `date`, with their stance then, in name order. */
  countries: readonly CountrySummary[];
  countryByIso3: ReadonlyMap<string, CountrySummary>;
  countriesByStance: Readonly<Record<Stance, readonly CountrySummary[]>>;
  /** iso3 of the countries whose sources disagree by `date` (the map's dashed outline). */
  differs: ReadonlySet<string>;
  /** Coalition-wide facts reported by `date`, in the dataset's order. */
  facts: readonly Fact[];
  /** Size reports made by `date`, oldest first; the last one is "the size as reported then". */
  sizes: readonly SizeReport[];
}

const cache = new WeakMap<SummaryIndex, Map<string, Snapshot>>();

function build(index: SummaryIndex, date: string): Snapshot {
  const countries: CountrySummary[] = [];
  const differs = new Set<string>();
  for (const country of index.countries) {
    const step = stepOn(index.steps[country.iso3], date);
    const stance = step?.[1];
    if (!step || !stance) continue;
    // The country itself when its stance then is its curated one (always, on the latest date).
    countries.push(stance === country.stance ? country : { ...country, stance });
    if (step[2]) differs.add(country.iso3);
  }
  return {
    date,
    latest: date === index.dates.at(-1),
    countries,
    countryByIso3: new Map(countries.map((c) => [c.iso3, c])),
    countriesByStance: groupByStance(countries),
    differs,
    facts: index.coalition.facts.filter((f) => f.date <= date),
    sizes: index.sizeTimeline.filter((s) => s.date <= date),
  };
}

/**
 * The snapshot for `asOf` (YYYY-MM-DD), or for the last report date when it is null. Any day
 * works; the app only asks for report dates (the URL parser snaps others, see store/url.ts).
 */
export function snapshotAt(index: SummaryIndex, asOf: string | null): Snapshot {
  const date = asOf ?? index.dates.at(-1) ?? index.coalition.updated;
  let byDate = cache.get(index);
  if (!byDate) {
    byDate = new Map();
    cache.set(index, byDate);
  }
  let snapshot = byDate.get(date);
  if (!snapshot) {
    snapshot = build(index, date);
    byDate.set(date, snapshot);
  }
  return snapshot;
}

/** The stance a country showed on the snapshot's date, or null if it had no claim yet. */
export function stanceOn(snapshot: Snapshot, iso3: string): Stance | null {
  return snapshot.countryByIso3.get(iso3)?.stance ?? null;
}
