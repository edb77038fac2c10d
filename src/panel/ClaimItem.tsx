// A claim (about a country) or a fact (about the coalition): what the words say, when, and the
// words themselves. Statement first, because it answers the question; the quote proves it. A
// country's claim has a permalink ("Link") and is highlighted while it is the linked claim. A
// statement of the supported country's leaders has no stance, and names its speaker.
import { correctionKey, isSerious } from '../data/corrections';
import { corrections } from '../data/dataset';
import type { Claim, Fact, Statement } from '../data/schema';
import { StanceBadge } from '../filters/StanceSwatch';
import { useAppStore } from '../store/store';
import { ClaimLink } from './ClaimLink';
import { CorrectionMark } from './CorrectionMark';
import { Evidence } from './Evidence';
import { formatDate } from './format-date';

interface Props {
  item: Claim | Fact | Statement;
  followed?: boolean;
  /** The claim's country: gives it a permalink. */
  iso3?: string;
}

export function ClaimItem({ item, followed, iso3 }: Props) {
  const isClaim = 'stance' in item;
  const speaker = 'speaker' in item ? item.speaker : null;
  const current = useAppStore((s) => iso3 !== undefined && s.claim === item.id);
  // A serious correction (the stance changed) comes before the statement; a wording fix after the
  // quotes, so the claim reads first (and the half-open sheet on a phone shows the first quote).
  const kind = isClaim ? 'claim' : speaker !== null ? 'statement' : 'fact';
  const corrected = corrections.byItem.get(correctionKey(kind, item.id));
  const serious = corrected?.some(isSerious) === true;
  return (
    <li
      className={current ? 'claim claim-current' : 'claim'}
      data-testid={isClaim ? 'panel.claim' : speaker !== null ? 'panel.statement' : 'panel.fact'}
      data-claim-id={item.id}
      aria-current={current ? 'true' : undefined}
      // A permalink moves focus here (Panel.tsx); -1 keeps it out of the Tab order.
      tabIndex={iso3 !== undefined ? -1 : undefined}
    >
      <div className="claim-head">
        {isClaim && <StanceBadge stance={item.stance} />}
        <time dateTime={item.date} title={item.dateNote}>
          {formatDate(item.date)}
        </time>
        {followed && <span className="followed">The map follows this claim</span>}
        {iso3 !== undefined && <ClaimLink iso3={iso3} claimId={item.id} />}
      </div>
      {speaker !== null && <p className="claim-speaker">{speaker}</p>}
      {serious && <CorrectionMark entries={corrected} />}
      <p className="claim-statement">{item.statement}</p>
      {item.evidence.map((evidence) => (
        <Evidence key={`${evidence.source}:${evidence.quote}`} evidence={evidence} />
      ))}
      {!serious && <CorrectionMark entries={corrected} />}
      {item.dateNote && <p className="claim-note">Date: {item.dateNote}</p>}
      {item.note && <p className="claim-note">Note: {item.note}</p>}
    </li>
  );
}
