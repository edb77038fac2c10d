// The legend is the filter: one toggle per stance with its colour, name and number of countries.
// Off = that stance's countries dim on the map and leave the list. The two colours that are not
// stances (Ukraine, countries the sources do not name) are keyed here too, and so is the dashed
// outline of a country whose sources differ. Counts follow the timeline's date.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { dataset } from '../data/dataset';
import { STANCE_LABELS, STANCES } from '../data/stances';
import { isDefaultFilter, stanceCounts, visibleCountries } from '../store/selectors';
import { useAppStore } from '../store/store';
import { useSnapshot } from '../store/use-snapshot';
import { usePalette } from '../theme/use-theme';
import { Swatch } from './StanceSwatch';

export function StanceFilters() {
  const stances = useAppStore(useShallow((s) => s.stances));
  const toggleStance = useAppStore((s) => s.toggleStance);
  const setStances = useAppStore((s) => s.setStances);
  const select = useAppStore((s) => s.select);
  const snapshot = useSnapshot();
  const counts = useMemo(() => stanceCounts(snapshot, stances), [snapshot, stances]);
  const shown = useMemo(() => visibleCountries(snapshot, stances).length, [snapshot, stances]);
  const total = snapshot.countries.length;
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
          <Swatch color={palette.supported} />{' '}
          <button
            type="button"
            className="link-button"
            data-testid="legend.supported"
            onClick={() => select(dataset.coalition.supported.iso3)}
          >
            {dataset.coalition.supported.name} (supported)
          </button>
          , the country the coalition backs: open it for what its leaders said
        </li>
        <li>
          <Swatch color={palette.noData} /> Not named in the sources{snapshot.latest ? '' : ' by this date'}
        </li>
        <li data-testid="legend.differs">
          <span className="differs-swatch" aria-hidden="true" /> Dashed outline: the sources differ (the panel
          shows both sides)
        </li>
      </ul>
    </section>
  );
}
