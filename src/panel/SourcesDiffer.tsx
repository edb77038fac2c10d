// "Sources differ": the claims behind a disagreement side by side (two columns on a wide panel,
// stacked on a narrow one), each with its sources and how far to trust them, then which claim
// the map follows and why. The rule for "differ" is the validator's (src/data/disagreement.ts).
import { summary } from '../data/dataset';
import { sourceViews } from '../data/disagreement';
import type { Claim, Country } from '../data/schema';
import { SOURCE_KIND_LABELS, STANCE_LABELS } from '../data/stances';
import { StanceBadge } from '../filters/StanceSwatch';
import { useAppStore } from '../store/store';

/** The claims to compare: each source's strongest, and an opposed claim facing supporting ones. */
function comparedClaims(country: Country): Claim[] {
  const ids = new Set(sourceViews(country.claims, summary.kinds).map((v) => v.claimId));
  const opposed = country.claims.find((c) => c.stance === 'opposed');
  if (opposed) ids.add(opposed.id);
  return country.claims.filter((c) => ids.has(c.id));
}

function ClaimSources({ claim }: { claim: Claim }) {
  const ids = [...new Set(claim.evidence.map((e) => e.source))];
  return (
    <ul className="differ-sources">
      {ids.map((id) => {
        const source = summary.sourceById.get(id);
        if (!source) return <li key={id}>Source “{id}” is missing.</li>;
        return (
          <li key={id}>
            <cite>{source.title}</cite>{' '}
            <span className={source.kind === 'original' ? 'kind-badge' : 'kind-badge warn'}>
              {SOURCE_KIND_LABELS[source.kind]}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** `country` as it stood on the timeline's date (its claims made by then, its stance then). */
export function SourcesDiffer({ country }: { country: Country }) {
  const showClaim = useAppStore((s) => s.showClaim);
  const claims = comparedClaims(country);
  const followed = country.claims.find((c) => c.id === country.resolution?.follows);
  return (
    <section className="sources-differ" data-testid="panel.sources-differ" aria-labelledby="differ-heading">
      <h3 id="differ-heading">
        <span aria-hidden="true" className="differ-mark" /> Sources differ
      </h3>
      <p>The reports point to different stances for {country.name}:</p>
      <ul className="differ-columns">
        {claims.map((claim) => (
          <li
            key={claim.id}
            className="differ-claim"
            data-testid="panel.differ-claim"
            data-claim-id={claim.id}
          >
            <StanceBadge stance={claim.stance} />
            <p className="differ-statement">{claim.statement}</p>
            <ClaimSources claim={claim} />
            <button type="button" className="link-button" onClick={() => showClaim(country.iso3, claim.id)}>
              See the quote<span className="visually-hidden">: {claim.statement}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="differ-resolution" data-testid="panel.resolution">
        {followed && country.resolution ? (
          <>
            The map follows <q>{followed.statement}</q> because: {country.resolution.reason}
          </>
        ) : (
          <>The map shows the strongest stance these claims support: {STANCE_LABELS[country.stance]}.</>
        )}
      </p>
    </section>
  );
}
