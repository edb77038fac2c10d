// Nothing selected: what the coalition is, how big the sources say it is, who stands where (each
// name a shortcut to its claims), and the coalition-wide facts with their quotes.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { dataset } from '../data/dataset';
import { STANCE_LABELS } from '../data/stances';
import { StanceBadge } from '../filters/StanceSwatch';
import { stanceCounts } from '../store/selectors';
import { useAppStore } from '../store/store';
import { ClaimItem } from './ClaimItem';
import { sizePhrases } from './size-timeline';

export function Overview() {
  const stances = useAppStore(useShallow((s) => s.stances));
  const select = useAppStore((s) => s.select);
  const counts = useMemo(() => stanceCounts(dataset, stances), [stances]);
  const { coalition, sizeTimeline, countriesByStance } = dataset;
  const sizes = sizePhrases(sizeTimeline);

  return (
    <article className="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{coalition.title}</h2>
      <p>{coalition.description}</p>
      {sizes.length > 0 && (
        <p className="size-line">
          <strong>Size as reported:</strong> {sizes.join(' → ')}
        </p>
      )}
      <h3>Who stands where</h3>
      <ul className="stance-summary">
        {counts
          .filter((c) => c.total > 0)
          .map(({ stance, total, active }) => (
            <li key={stance} className={active ? undefined : 'filtered-out'}>
              <StanceBadge stance={stance} /> <span className="count">{total}</span>
              <span className="visually-hidden">{total === 1 ? ' country' : ' countries'}</span>
              {!active && <span className="muted"> (hidden by the filter)</span>}
              <ul className="name-list" aria-label={`Countries: ${STANCE_LABELS[stance]}`}>
                {countriesByStance[stance].map((c) => (
                  <li key={c.iso3}>
                    <button type="button" className="link-button" onClick={() => select(c.iso3)}>
                      {c.name}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
      </ul>
      <h3>What the sources say about the coalition</h3>
      <ol className="claims">
        {coalition.facts.map((fact) => (
          <ClaimItem key={fact.id} item={fact} />
        ))}
      </ol>
    </article>
  );
}
