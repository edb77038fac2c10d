// Where a quoted passage of an article leads: the claim (and country) it backs, or the coalition
// overview for a fact. Pure, so the sources index's marks and their tests agree.
import type { Citation } from '../data/indexes';

export interface QuoteTarget {
  /** Country and claim for a claim; both null for a fact about the coalition. */
  iso3: string | null;
  claimId: string | null;
  label: string;
}

export function targetOf(citation: Citation): QuoteTarget {
  return citation.country
    ? { iso3: citation.country.iso3, claimId: citation.item.id, label: citation.country.name }
    : { iso3: null, claimId: null, label: 'the coalition' };
}

/**
 * The target of words several quotes share: a country's claim before a fact, and the shortest
 * quote first, since it is the one most about these words.
 */
export function primaryTarget(citations: readonly Citation[]): QuoteTarget | null {
  const ranked = [...citations].sort(
    (a, b) =>
      Number(a.country === null) - Number(b.country === null) ||
      a.evidence.quote.length - b.evidence.quote.length,
  );
  const first = ranked[0];
  return first ? targetOf(first) : null;
}

/** Every distinct target of a passage, in the order first seen (countries by claim, one fact entry). */
export function distinctTargets(citations: readonly Citation[]): QuoteTarget[] {
  const seen = new Map<string, QuoteTarget>();
  for (const citation of citations) {
    const target = targetOf(citation);
    const key = target.claimId ?? 'coalition';
    if (!seen.has(key)) seen.set(key, target);
  }
  return [...seen.values()];
}
