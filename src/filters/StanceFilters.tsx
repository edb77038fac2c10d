// The legend is the filter: one toggle per stance with its colour, name and number of countries.
// Off = that stance's countries dim on the map and leave the list. The two colours that are not
// stances (Ukraine, countries the sources do not name) are keyed here too.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { dataset } from '../data/dataset';
import { STANCE_LABELS, STANCES } from '../data/stances';
import { isDefaultFilter, stanceCounts, visibleCountries } from '../store/selectors';
import { useAppStore } from '../store/store';
import { usePalette } from '../theme/use-theme';
import { Swatch } from './StanceSwatch';

export function StanceFilters() {
  const stances = useAppStore(useShallow((s) => s.stances));
  const toggleStance = useAppStore((s) => s.toggleStance);
  const setStances = useAppStore((s) => s.setStances);
  const counts = useMemo(() => stanceCounts(dataset, stances), [stances]);
  const shown = useMemo(() => visibleCountries(dataset, stances).length, [stances]);
  const total = dataset.countries.length;
  const palette = usePalette();

  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="legend-heading">
        What the sources say each country commits
      </h2>
      <ul className="legend-toggles">
        {counts.map(({ stance, total: count, active }) => (
          <li key={stance}>
            <button
              type="button"
              className="legend-toggle"
              data-testid={`filter.${stance}`}
              aria-pressed={active}
              onClick={() => toggleStance(stance)}
            >
              <Swatch color={palette.stances[stance]} />
              <span className="legend-label">{STANCE_LABELS[stance]}</span>
              <span className="legend-count">
                {count}
                <span className="visually-hidden">{count === 1 ? ' country' : ' countries'}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="legend-status" aria-live="polite">
        Showing {shown} of {total} countries.{' '}
        <button
          type="button"
          className="link-button"
          data-testid="show-all"
          disabled={isDefaultFilter(stances)}
          onClick={() => setStances(STANCES)}
        >
          Show all
        </button>
      </p>
      <ul className="legend-keys">
        <li>
          <Swatch color={palette.supported} /> Ukraine (supported), the country the coalition backs
        </li>
        <li>
          <Swatch color={palette.noData} /> Not named in the sources
        </li>
      </ul>
    </section>
  );
}
