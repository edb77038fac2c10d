// What the first paint's picture colours, and so what it must draw one country at a time. Its colours
// follow the timeline's date (FirstPaintMap): going back in time, a dataset country with no claim
// yet turns grey. Only the supported country and the dataset's countries can ever be coloured, so
// only they keep an outline of their own (scripts/vite-first-paint-plugin.ts); every other country
// is grey on every date and is drawn in one shape with the rest (StaticMapProps.noData).
import type { Snapshot } from '../../data/snapshot';
import type { FillGroup } from '../../theme/fill';

/** The countries with an outline of their own in the first paint: the supported one and the data's. */
export function ownOutlineCountries(coalition: {
  supports: string;
  countries: readonly { iso3: string }[];
}): Set<string> {
  return new Set([coalition.supports, ...coalition.countries.map((c) => c.iso3)]);
}

/** A country's fill group in the picture on the snapshot's date. */
export function fillGroupOn(snapshot: Snapshot, supports: string, iso3: string): FillGroup {
  if (iso3 === supports) return 'supported';
  return snapshot.countryByIso3.get(iso3)?.stance ?? 'no-data';
}
