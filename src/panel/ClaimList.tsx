// A country's claims, a long list opening short: the first CLAIMS_BEFORE_MORE, then "Show N more
// claims". A country with dozens of claims (each with its quotes and sources) would otherwise put
// hundreds of elements in the panel, and the next click, on another country, would spend its frame
// taking them out again before it could show the new one.
import { useEffect, useRef, useState } from 'react';

import type { Claim } from '../data/schema';
import { ClaimItem } from './ClaimItem';

/** Claims shown before the "more" button: far more than the panel's first screen holds. */
export const CLAIMS_BEFORE_MORE = 10;

/** "1 claim", "3 claims". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

interface Props {
  claims: readonly Claim[];
  iso3: string;
  /** The claim the map's colour follows (resolution.follows): shown even past the limit. */
  followedId?: string | null;
  /** The claim the link names (#claim=): shown even past the limit, as the panel scrolls to it. */
  linkedId?: string | null;
  /** At most this many (the panel's first frame shows fewer); the button shows the rest. */
  limit: number;
  /** Whether the button may show: not in the first frame, which adds the rest a frame later. */
  canExpand: boolean;
}

export function ClaimList({ claims, iso3, followedId = null, linkedId = null, limit, canExpand }: Props) {
  const [expanded, setExpanded] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  // The first claim the button revealed: it takes focus, so a keyboard reader goes on from there.
  const revealed = useRef<string | null>(null);
  const shown = expanded
    ? claims
    : claims.filter((c, i) => i < limit || c.id === followedId || c.id === linkedId);
  const hidden = claims.length - shown.length;

  useEffect(() => {
    const id = revealed.current;
    if (!expanded || id === null) return;
    revealed.current = null;
    const items = [...(listRef.current?.children ?? [])] as HTMLElement[];
    items.find((item) => item.dataset.claimId === id)?.focus();
  }, [expanded]);

  const showAll = () => {
    revealed.current = claims.find((c) => !shown.includes(c))?.id ?? null;
    setExpanded(true);
  };

  return (
    <>
      <ol ref={listRef} className="claims">
        {shown.map((claim) => (
          <ClaimItem key={claim.id} item={claim} iso3={iso3} followed={claim.id === followedId} />
        ))}
      </ol>
      {canExpand && hidden > 0 && (
        <button type="button" className="more-claims" data-testid="panel.more-claims" onClick={showAll}>
          Show {plural(hidden, 'more claim')}
        </button>
      )}
    </>
  );
}
