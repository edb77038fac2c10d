// Nothing selected: what the coalition is, how big the sources say it is, who stands where (each
// name a shortcut to its claims), and the coalition-wide facts with their quotes; all as the
// sources stood on the timeline's date.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { dataset } from '../data/dataset';
import { STANCE_LABELS } from '../data/stances';
import { StanceBadge } from '../filters/StanceSwatch';
import { stanceCounts } from '../store/selectors';
import { useAppStore } from '../store/store';
import { useSnapshot } from '../store/use-snapshot';
import { ClaimItem } from './ClaimItem';
import { formatDate } from './format-date';
import { sizePhrases } from './size-timeline';

export function Overview() {
  const stances = useAppStore(useShallow((s) => s.stances));
  const select = useAppStore((s) => s.select);
  const snapshot = useSnapshot();
  const counts = useMemo(() => stanceCounts(snapshot, stances), [snapshot, stances]);
  const { coalition } = dataset;
  const { countriesByStance, facts } = snapshot;
  const sizes = sizePhrases(snapshot.sizes);
  const date = formatDate(snapshot.date);

  return (
    <article className="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{coalition.title}</h2>
      <p>{coalition.description}</p>
      <p className="size-line" data-testid="overview.size">
        <strong>{snapshot.latest ? 'Size as reported:' : `Size as reported by ${date}:`}</strong>{' '}
        {sizes.length > 0 ? sizes.join(' → ') : 'not reported yet'}
      </p>
      <h3>Who stands where{snapshot.latest ? '' : `, as of ${date}`}</h3>
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
      <h3>What the sources say about the coalition{snapshot.latest ? '' : `, by ${date}`}</h3>
      <ol className="claims">
        {facts.map((fact) => (
          <ClaimItem key={fact.id} item={fact} />
        ))}
      </ol>
    </article>
  );
}
