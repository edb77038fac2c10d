// The answers to "what is this country?" that hover and click need (map-interaction.ts): whether
// it opens, and its name and stance on the timeline's date, from the dataset's summary (which the
// page has from the start, so the map answers from its first frame).
import { type Snapshot, snapshotAt } from '../data/snapshot';
import { STANCE_LABELS } from '../data/stances';
import type { SummaryIndex } from '../data/summary';
import { opensCountry } from '../store/selectors';
import type { AppStore } from '../store/store';
import type { CountryLookup, Picked } from './map-interaction';

/** A country neither list has: the supported one (it opens its own panel), or one the sources do not name. */
function describeOther(picked: Picked, supports: string) {
  if (picked.iso3 === supports) {
    return { name: `${picked.name} (supported)`, detail: 'The country the coalition supports' };
  }
  return { name: picked.name, detail: 'Not named in the sources' };
}

/** Tooltip text for a country: its name and what the sources say it commits (by the snapshot's date). */
export function describeCountry(
  picked: Picked,
  index: SummaryIndex,
  snapshot: Snapshot = snapshotAt(index, null),
): { name: string; detail: string } {
  const country = index.countryByIso3.get(picked.iso3);
  const then = snapshot.countryByIso3.get(picked.iso3);
  if (country && then) return { name: country.name, detail: STANCE_LABELS[then.stance] };
  if (country) return { name: country.name, detail: 'No claim in the sources yet by this date' };
  return describeOther(picked, index.coalition.supports);
}

/** The dataset's answers, on the store's date. */
export function datasetLookup(index: SummaryIndex, store: AppStore): CountryLookup {
  return {
    opens: (iso3) => opensCountry(index, iso3),
    describe: (picked) => describeCountry(picked, index, snapshotAt(index, store.getState().asOf)),
  };
}
