// What the map knows about the dataset's countries from its first frame, read from the dataset's
// summary (src/data/summary.ts, in the page's script): each country's name, curated stance and
// whether its sources differ, on the last report date and on any.
// With these the map draws its full first frame and answers hover and click on its own; the
// claims and quotes (the chunk that grows with the data) load once the map is drawn (claims.ts).

import type { Stance } from '../data/stances';
import type { SummaryIndex } from '../data/summary';

export interface FirstViewCountry {
  iso3: string;
  name: string;
  /** The curated stance: the country's colour until the store's view is applied. */
  stance: Stance;
  /** The sources disagree about it on the last report date (the dashed outline). */
  differs: boolean;
  /**
   * The sources disagree about it on some report date: only these countries get the dashed
   * outline's layer (the timeline can show it on any date), so a dataset where no one disagrees
   * lays out no dashed lines at all.
   */
  differsOnSomeDate: boolean;
}

/** The first view of every dataset country, in the summary's (name) order. */
export function firstViewCountries(index: Pick<SummaryIndex, 'countries' | 'steps'>): FirstViewCountry[] {
  return index.countries.map(({ iso3, name, stance }) => {
    // The last step is the one in force on the last report date.
    const steps = index.steps[iso3] ?? [];
    return {
      iso3,
      name,
      stance,
      differs: steps.at(-1)?.[2] ?? false,
      differsOnSomeDate: steps.some((s) => s[2]),
    };
  });
}
