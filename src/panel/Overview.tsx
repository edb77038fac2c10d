// Nothing selected: what the coalition is, how big the sources say it is, who stands where (each
// name a shortcut to its claims), and the coalition-wide facts with their quotes; all as the
// sources stood on the timeline's date.
import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { summary } from '../data/dataset';
import type { Fact, Stance } from '../data/schema';
import { STANCE_LABELS } from '../data/stances';
import type { CountrySummary } from '../data/summary';
import { StanceBadge, Swatch } from '../filters/StanceSwatch';
import { stanceCounts } from '../store/selectors';
import { useAppStore } from '../store/store';
import { useSnapshot } from '../store/use-snapshot';
import { HydrateLater } from '../ui/HydrateLater';
import { CountryLink } from '../ui/site-links';
import { ClaimItem } from './ClaimItem';
import { formatDate } from './format-date';
import { sizePhrases } from './size-timeline';

// The name lists and the facts change only with the timeline's date (the snapshot's arrays are
// stable for a date); memoised, a filter click re-renders the counts, not every name and quote.
const NameList = memo(function NameList({
  stance,
  countries,
}: {
  stance: Stance;
  countries: readonly CountrySummary[];
}) {
  return (
    <ul className="name-list" aria-label={`Countries: ${STANCE_LABELS[stance]}`}>
      {countries.map((c) => (
        <li key={c.iso3}>
          <CountryLink iso3={c.iso3} className="link-button">
            {c.name}
          </CountryLink>
        </li>
      ))}
    </ul>
  );
});

const FactList = memo(function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <ol className="claims">
      {facts.map((fact) => (
        <ClaimItem key={fact.id} item={fact} />
      ))}
    </ol>
  );
});

export function Overview() {
  const stances = useAppStore(useShallow((s) => s.stances));
  const snapshot = useSnapshot();
  const counts = useMemo(() => stanceCounts(snapshot, stances), [snapshot, stances]);
  const { coalition } = summary;
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
      <HydrateLater>
        <ul className="stance-summary">
          {counts
            .filter((c) => c.total > 0)
            .map(({ stance, total, active }) => (
              <li key={stance} className={active ? undefined : 'filtered-out'}>
                <StanceBadge stance={stance} /> <span className="count">{total}</span>
                <span className="visually-hidden">{total === 1 ? ' country' : ' countries'}</span>
                {!active && <span className="muted"> (hidden by the filter)</span>}
                <NameList stance={stance} countries={countriesByStance[stance]} />
              </li>
            ))}
        </ul>
      </HydrateLater>
      <p className="supported-line" data-testid="overview.supported">
        <Swatch fill="supported" />{' '}
        <CountryLink iso3={coalition.supported.iso3} className="link-button">
          {coalition.supported.name}
        </CountryLink>{' '}
        is the country the coalition supports: what the reports say its leaders said.
      </p>
      <h3>What the sources say about the coalition{snapshot.latest ? '' : `, by ${date}`}</h3>
      <HydrateLater>
        <FactList facts={facts} />
      </HydrateLater>
    </article>
  );
}
