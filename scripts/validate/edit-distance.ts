// "Did you mean ...?" for ids, field names, stances and country codes.

/** Levenshtein distance (insertions, deletions, substitutions each cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate closest to `target` (first one wins a tie), or undefined when there are none. */
export function closest(target: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `did you mean "x"?` when some candidate is within a third of the target's length, else undefined. */
export function didYouMean(target: string, candidates: Iterable<string>): string | undefined {
  const best = closest(target, candidates);
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.ceil(Math.max(target.length, best.length) / 3));
  return editDistance(target, best) <= limit ? `did you mean "${best}"?` : undefined;
}
