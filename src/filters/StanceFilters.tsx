// The legend is the filter: one toggle per stance with its colour, name and number of countries.
// Off = that stance's countries dim on the map and leave the list. The two colours that are not
// stances (Ukraine, countries the sources do not name) are keyed here too, and so is the dashed
// outline of a country whose sources differ. Counts follow the timeline's date.
// `compact` (embeds): the toggles alone, as one or two rows of chips, with "Key" opening the rest
// (the count shown, Show all, the keys) in place.
import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { summary } from '../data/dataset';
import { STANCE_LABELS, STANCES } from '../data/stances';
import { isDefaultFilter, stanceCounts, visibleCountries } from '../store/selectors';
import { useAppStore } from '../store/store';
import { useSnapshot } from '../store/use-snapshot';
import { Swatch } from './StanceSwatch';

export function StanceFilters({ compact = false }: { compact?: boolean }) {
  const [keyOpen, setKeyOpen] = useState(false);
  const keyId = useId();
  const stances = useAppStore(useShallow((s) => s.stances));
  const toggleStance = useAppStore((s) => s.toggleStance);
  const setStances = useAppStore((s) => s.setStances);
  const select = useAppStore((s) => s.select);
  const snapshot = useSnapshot();
  const counts = useMemo(() => stanceCounts(snapshot, stances), [snapshot, stances]);
  const shown = useMemo(() => visibleCountries(snapshot, stances).length, [snapshot, stances]);
  const total = snapshot.countries.length;

  return (
    <section className={compact ? 'legend legend-compact' : 'legend'} aria-labelledby="legend-heading">
      <h2 id="legend-heading" className={compact ? 'visually-hidden' : 'legend-heading'}>
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
              <Swatch fill={stance} />
              <span className="legend-label">{STANCE_LABELS[stance]}</span>
              <span className="legend-count">
                {count}
                <span className="visually-hidden">{count === 1 ? ' country' : ' countries'}</span>
              </span>
            </button>
          </li>
        ))}
        {compact && (
          <li>
            <button
              type="button"
              className="legend-key-button"
              data-testid="legend.key"
              aria-expanded={keyOpen}
              aria-controls={keyId}
              onClick={() => setKeyOpen(!keyOpen)}
            >
              Key<span aria-hidden="true">{keyOpen ? ' ▴' : ' ▾'}</span>
            </button>
          </li>
        )}
      </ul>
      <div id={keyId} className="legend-more" hidden={compact && !keyOpen}>
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
            <Swatch fill="supported" />{' '}
            <button
              type="button"
              className="link-button"
              data-testid="legend.supported"
              onClick={() => select(summary.coalition.supported.iso3)}
            >
              {summary.coalition.supported.name} (supported)
            </button>
            , the country the coalition backs: open it for what its leaders said
          </li>
          <li>
            <Swatch fill="no-data" /> Not named in the sources{snapshot.latest ? '' : ' by this date'}
          </li>
          <li data-testid="legend.differs">
            <span className="differs-swatch" aria-hidden="true" /> Dashed outline: the sources differ (the
            panel shows both sides)
          </li>
        </ul>
      </div>
    </section>
  );
}
