// The dataset as it stood on one report date: what the map, legend, list and overview show when
// the timeline is moved. Built from stanceAsOf/countryAsOf (as-of.ts) and the shared disagreement
// rules, once per date and index (a handful of dates: cached for the page's life).
import { countryAsOf } from './as-of';
import { sourcesDiffer } from './disagreement';
import { type DatasetIndex, groupByStance, type SizeReport } from './indexes';
import type { Country, Fact, Stance } from './schema';

export interface Snapshot {
  /** The day shown (the last report date when the view is "latest"). */
  date: string;
  /** True when `date` is the last report date: everything the sources say. */
  latest: boolean;
  /** Countries with at least one claim by `date`, as they stood then, in name order. */
  countries: readonly Country[];
  countryByIso3: ReadonlyMap<string, Country>;
  countriesByStance: Readonly<Record<Stance, readonly Country[]>>;
  /** iso3 of the countries whose sources disagree by `date` (the map's dashed outline). */
  differs: ReadonlySet<string>;
  /** Coalition-wide facts reported by `date`, in the dataset's order. */
  facts: readonly Fact[];
  /** Size reports made by `date`, oldest first; the last one is "the size as reported then". */
  sizes: readonly SizeReport[];
}

const cache = new WeakMap<DatasetIndex, Map<string, Snapshot>>();

function build(index: DatasetIndex, date: string): Snapshot {
  const countries = index.countries.map((c) => countryAsOf(c, date)).filter((c): c is Country => c !== null);
  return {
    date,
    latest: date === index.dates.at(-1),
    countries,
    countryByIso3: new Map(countries.map((c) => [c.iso3, c])),
    countriesByStance: groupByStance(countries),
    differs: new Set(countries.filter((c) => sourcesDiffer(c, index.kinds)).map((c) => c.iso3)),
    facts: index.coalition.facts.filter((f) => f.date <= date),
    sizes: index.sizeTimeline.filter((s) => s.date <= date),
  };
}

/**
 * The snapshot for `asOf` (YYYY-MM-DD), or for the last report date when it is null. Any day
 * works; the app only asks for report dates (the URL parser snaps others, see store/url.ts).
 */
export function snapshotAt(index: DatasetIndex, asOf: string | null): Snapshot {
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
