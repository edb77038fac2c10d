// What the map knows about the dataset's countries before the dataset's own chunk is loaded,
// baked into the bundle when the app is built (scripts/vite-first-paint-plugin.ts, as
// `virtual:first-view`): each country's name, curated stance and whether its sources differ.
// With these the map draws its full first frame and answers hover and click on its own; the
// claims, quotes and sources (the chunk that grows with the data) load once the map is ready.
import type { DatasetIndex } from '../data/indexes';
import { snapshotAt } from '../data/snapshot';
import type { Stance } from '../data/stances';

export interface FirstViewCountry {
  iso3: string;
  name: string;
  /** The curated stance: the country's colour until the store's view is applied. */
  stance: Stance;
  /** The sources disagree about it on the last report date (the dashed outline). */
  differs: boolean;
}

/** The first view of every dataset country, in the index's (name) order. */
export function firstViewCountries(index: DatasetIndex): FirstViewCountry[] {
  const latest = snapshotAt(index, null);
  return index.countries.map(({ iso3, name, stance }) => ({
    iso3,
    name,
    stance,
    differs: latest.differs.has(iso3),
  }));
}
