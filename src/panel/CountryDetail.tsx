// A selected country: its stance, the curator's summary, and every claim with its quotes. When
// the sources disagree, the resolution says which claim the colour follows and why.
import type { Ref } from 'react';

import { hasDisagreement } from '../data/indexes';
import type { Country } from '../data/schema';
import { StanceBadge } from '../filters/StanceSwatch';
import { useAppStore } from '../store/store';
import { ClaimItem } from './ClaimItem';

export function CountryDetail({
  country,
  headingRef,
}: {
  country: Country;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const select = useAppStore((s) => s.select);
  const claims = country.claims.length;
  return (
    <article className="country-detail" aria-labelledby="country-heading">
      <button type="button" className="back-link" onClick={() => select(null)}>
        ← Coalition overview
      </button>
      <h2 id="country-heading" ref={headingRef} tabIndex={-1} data-testid="panel.country-name">
        {country.name}
      </h2>
      <p className="country-stance">
        <StanceBadge stance={country.stance} />
      </p>
      <p className="country-summary">{country.summary}</p>
      {(country.resolution || hasDisagreement(country)) && (
        <div className="resolution" role="note">
          <strong>The sources differ.</strong> {country.resolution?.reason ?? 'See the claims below.'}
        </div>
      )}
      <h3>
        {claims} {claims === 1 ? 'claim' : 'claims'} in the sources
      </h3>
      <ol className="claims">
        {country.claims.map((claim) => (
          <ClaimItem key={claim.id} item={claim} followed={country.resolution?.follows === claim.id} />
        ))}
      </ol>
    </article>
  );
}
