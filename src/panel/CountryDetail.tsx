// A selected country: its stance on the timeline's date, the curator's summary, where the sources
// differ, and every claim with its quotes; claims reported after that date are listed apart. The
// name, stance and summary come with the page (the summary); the claims may still be on their way
// (claims.ts), and follow under a Suspense boundary.
import { type Ref, Suspense } from 'react';
import { claimsAsOf, countryAsOf } from '../data/as-of';
import { retryCountryClaims, useCountryClaims } from '../data/claims';
import { correctionKey } from '../data/corrections';
import { corrections } from '../data/dataset';
import type { Snapshot } from '../data/snapshot';
import type { CountrySummary } from '../data/summary';
import { ErrorBoundary } from '../ErrorBoundary';
import { StanceBadge } from '../filters/StanceSwatch';
import { isNarrow } from '../sheet/narrow';
import { useAppStore } from '../store/store';
import { useSnapshot } from '../store/use-snapshot';
import { HydrateLater } from '../ui/HydrateLater';
import { CLAIMS_BEFORE_MORE, ClaimList, plural } from './ClaimList';
import { CorrectionMark } from './CorrectionMark';
import { formatDate } from './format-date';
import { SourcesDiffer } from './SourcesDiffer';
import { useFirstPaintDone } from './use-first-paint-done';

/**
 * Claims in the frame that opens a country: enough to fill the panel's first screen (at 1280x800
 * the third starts below it, with short quotes or long). The rest follow a frame later, up to
 * CLAIMS_BEFORE_MORE (ClaimList.tsx, which shows any more on request): a country can have dozens,
 * each with its quotes.
 */
export const FIRST_FRAME_CLAIMS = 3;

/**
 * On a narrow screen the sheet opens at half height, where the first claim is all that shows; on a
 * slow phone each claim more in that frame is 20 ms of layout (4 x CPU) before the panel appears.
 */
const FIRST_FRAME_CLAIMS_NARROW = 1;

export function CountryDetail({
  country,
  headingRef,
}: {
  country: CountrySummary;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const select = useAppStore((s) => s.select);
  const snapshot = useSnapshot();
  // The country's stance then (null: no claim yet).
  const then = snapshot.countryByIso3.get(country.iso3) ?? null;
  const date = formatDate(snapshot.date);
  return (
    <article className="country-detail" aria-labelledby="country-heading">
      <button type="button" className="back-link" onClick={() => select(null)}>
        ← Coalition overview
      </button>
      <h2 id="country-heading" ref={headingRef} tabIndex={-1} data-testid="panel.country-name">
        {country.name}
      </h2>
      <p className="country-stance" data-testid="panel.stance">
        {then ? <StanceBadge stance={then.stance} /> : <span>No claim in the sources yet</span>}
        {!snapshot.latest && <span className="as-of-note"> as of {date}</span>}
      </p>
      <CorrectionMark entries={corrections.byItem.get(correctionKey('country', country.iso3))} />
      <p className="country-summary">{country.summary}</p>
      {/* Claims that do not arrive are reported here, under the name, with a Retry. */}
      <ErrorBoundary part="The claims" onRetry={() => retryCountryClaims(country.iso3)}>
        <Suspense
          fallback={
            <p role="status" className="muted" data-testid="panel.claims-loading">
              Loading the claims and their quotes…
            </p>
          }
        >
          <CountryClaims iso3={country.iso3} snapshot={snapshot} />
        </Suspense>
      </ErrorBoundary>
    </article>
  );
}

/** The country's claims as of the snapshot's date (and those reported later): they need the claims. */
function CountryClaims({ iso3, snapshot }: { iso3: string; snapshot: Snapshot }) {
  // A claim permalink scrolls to its claim as soon as the claims show: it must be there already.
  const linkedId = useAppStore((s) => s.claim);
  const complete = useFirstPaintDone() || linkedId !== null;
  // Last: it may suspend, and the hooks above must run in every render.
  const country = useCountryClaims(iso3);
  if (!country) return null;
  // The country as it stood then (null: no claim yet); the full entry keeps every claim.
  const then = countryAsOf(country, snapshot.latest ? null : snapshot.date);
  const made = claimsAsOf(country.claims, snapshot.latest ? null : snapshot.date);
  const later = country.claims.filter((c) => !made.includes(c));
  const limit = complete ? CLAIMS_BEFORE_MORE : isNarrow() ? FIRST_FRAME_CLAIMS_NARROW : FIRST_FRAME_CLAIMS;
  const date = formatDate(snapshot.date);
  return (
    <>
      {then && snapshot.differs.has(iso3) && <SourcesDiffer country={then} />}
      <h3>
        {snapshot.latest
          ? `${plural(made.length, 'claim')} in the sources`
          : `${plural(made.length, 'claim')} by ${date}`}
      </h3>
      {/* On the country's own page, the claims hydrate after the page's frame. */}
      <HydrateLater>
        <ClaimList
          claims={made}
          iso3={iso3}
          followedId={then?.resolution?.follows}
          linkedId={linkedId}
          limit={limit}
          canExpand={complete}
        />
        {complete && later.length > 0 && (
          <section className="later-claims" aria-labelledby="later-heading">
            <h3 id="later-heading">Reported later: {plural(later.length, 'claim')}</h3>
            <p className="muted">Made after {date}; the map does not count them on this date.</p>
            <ClaimList claims={later} iso3={iso3} linkedId={linkedId} limit={CLAIMS_BEFORE_MORE} canExpand />
          </section>
        )}
      </HydrateLater>
    </>
  );
}
