// When do the sources disagree about a country? The rules of STANCES.md, shared by the build-time
// validator (scripts/validate/stance-check.ts, which also checks the curator's resolution) and the
// browser (the panel's "Sources differ" and the map's dashed outline), so both always list the
// same countries. Pure and browser-safe: no zod, no Node.
import type { Claim, Country } from './schema';
import { type SourceKind, type Stance, SUPPORT_RANK } from './stances';

/** What one source says about a country: the strongest stance its claims support. */
export interface SourceView {
  source: string;
  kind: SourceKind;
  stance: Stance;
  /** The claim (of this source) that carries that stance. */
  claimId: string;
}

/** The strongest supporting stance; `opposed` only when nothing supports. */
export function strongestStance(stances: Iterable<Stance>): Stance | undefined {
  let best: Stance | undefined;
  let opposed = false;
  for (const stance of stances) {
    if (stance === 'opposed') opposed = true;
    else if (best === undefined || SUPPORT_RANK[stance] > SUPPORT_RANK[best]) best = stance;
  }
  return best ?? (opposed ? 'opposed' : undefined);
}

/** One view per source cited by the claims, in first-cited order. Unknown sources are skipped. */
export function sourceViews(claims: readonly Claim[], kinds: ReadonlyMap<string, SourceKind>): SourceView[] {
  const bySource = new Map<string, Claim[]>();
  for (const claim of claims) {
    for (const source of new Set(claim.evidence.map((e) => e.source))) {
      const cited = bySource.get(source);
      if (cited) cited.push(claim);
      else bySource.set(source, [claim]);
    }
  }
  const views: SourceView[] = [];
  for (const [source, sourceClaims] of bySource) {
    const kind = kinds.get(source);
    const stance = strongestStance(sourceClaims.map((c) => c.stance));
    const claim = sourceClaims.find((c) => c.stance === stance);
    if (kind !== undefined && stance !== undefined && claim !== undefined) {
      views.push({ source, kind, stance, claimId: claim.id });
    }
  }
  return views;
}

/**
 * Why this country's claims need a resolution, one sentence each; empty when they agree. Three
 * cases: the sources' strongest stances differ; there is both an `opposed` and a supporting claim;
 * the stance rests only on rewrites or machine translations while an original says otherwise.
 */
export function disagreementReasons(
  country: Pick<Country, 'iso3' | 'stance' | 'claims'>,
  kinds: ReadonlyMap<string, SourceKind>,
  views: readonly SourceView[] = sourceViews(country.claims, kinds),
): string[] {
  const reasons: string[] = [];
  if (new Set(views.map((v) => v.stance)).size > 1) {
    const said = views.map((v) => `${v.source} says ${v.stance} (${v.claimId})`).join(', ');
    reasons.push(`sources differ on ${country.iso3}: ${said}`);
  }
  const opposed = country.claims.find((c) => c.stance === 'opposed');
  const support = country.claims.find((c) => c.stance !== 'opposed');
  if (opposed && support) {
    reasons.push(
      `${country.iso3} has both an opposed claim (${opposed.id}) and a supporting one (${support.id})`,
    );
  }
  const isOriginal = (claim: Claim) => claim.evidence.some((e) => kinds.get(e.source) === 'original');
  const backing = country.claims.filter((c) => c.stance === country.stance);
  const originals = country.claims.filter(isOriginal);
  if (backing.length > 0 && originals.length > 0 && !backing.some(isOriginal)) {
    const best = strongestStance(originals.map((c) => c.stance));
    const original = originals.find((c) => c.stance === best) ?? originals[0];
    reasons.push(
      `${country.iso3}'s stance "${country.stance}" rests only on rewrite or machine-translation sources ` +
        `(${backing.map((c) => c.id).join(', ')}), while an original source says ${original?.stance} (${original?.id})`,
    );
  }
  return reasons;
}

/** True when the sources disagree about the country (see disagreementReasons). */
export function sourcesDiffer(
  country: Pick<Country, 'iso3' | 'stance' | 'claims'>,
  kinds: ReadonlyMap<string, SourceKind>,
): boolean {
  return disagreementReasons(country, kinds).length > 0;
}

/** source id -> kind, the lookup the functions above take. */
export function sourceKinds(
  sources: readonly { id: string; kind: SourceKind }[],
): ReadonlyMap<string, SourceKind> {
  return new Map(sources.map((s) => [s.id, s.kind] as const));
}
