// The country the coalition supports (Ukraine), selected: it is not a member with a stance, so no
// stance badge and no claims; what the reports say its leaders said, each statement cited with its
// words like a claim (ClaimItem), in the order of the dataset. Statements made after the
// timeline's date are listed apart, as a member's later claims are.
import type { Ref } from 'react';

import { claimsAsOf } from '../data/as-of';
import type { Supported } from '../data/schema';
import { useAppStore } from '../store/store';
import { useSnapshot } from '../store/use-snapshot';
import { ClaimItem } from './ClaimItem';
import { plural } from './ClaimList';
import { formatDate } from './format-date';

export function SupportedCountryDetail({
  supported,
  headingRef,
}: {
  supported: Supported;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const select = useAppStore((s) => s.select);
  const snapshot = useSnapshot();
  const made = claimsAsOf(supported.statements, snapshot.latest ? null : snapshot.date);
  const later = supported.statements.filter((s) => !made.includes(s));
  const date = formatDate(snapshot.date);
  return (
    <article className="country-detail" aria-labelledby="country-heading" data-testid="panel.supported">
      <button type="button" className="back-link" onClick={() => select(null)}>
        ← Coalition overview
      </button>
      <h2 id="country-heading" ref={headingRef} tabIndex={-1} data-testid="panel.country-name">
        {supported.name}
      </h2>
      <p className="country-stance" data-testid="panel.supports">
        The country the coalition supports: not a member, so it has no stance on this map.
      </p>
      <p className="country-summary">{supported.summary}</p>
      <h3>
        What its leaders said: {plural(made.length, 'statement')}{' '}
        {snapshot.latest ? 'in the sources' : `by ${date}`}
      </h3>
      <ol className="claims">
        {made.map((statement) => (
          <ClaimItem key={statement.id} item={statement} />
        ))}
      </ol>
      {later.length > 0 && (
        <section className="later-claims" aria-labelledby="later-heading">
          <h3 id="later-heading">Reported later: {plural(later.length, 'statement')}</h3>
          <p className="muted">Made after {date}.</p>
          <ol className="claims">
            {later.map((statement) => (
              <ClaimItem key={statement.id} item={statement} />
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
