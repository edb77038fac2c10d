// The rules of STANCES.md, applied per country: the stance is backed by a claim; it is the
// strongest its claims support; and where sources disagree (or a rewrite or machine translation
// would outrank an original), a written resolution names the claim the stance follows.
import type { Claim, Country } from '../data/schema';
import { type SourceKind, type Stance, SUPPORT_RANK } from '../data/stances';
import type { CheckInput } from './check-input';
import { didYouMean } from './edit-distance';
import { type Disagreement, type PathSegment, type Problem, problem, type SourceView } from './problem';

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

function sourceViews(claims: readonly Claim[], kinds: ReadonlyMap<string, SourceKind>): SourceView[] {
  const bySource = new Map<string, Claim[]>();
  for (const claim of claims) {
    for (const source of new Set(claim.evidence.map((e) => e.source))) {
      bySource.set(source, [...(bySource.get(source) ?? []), claim]);
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

/** Why this country's claims need a resolution; empty when they agree. */
function disagreementReasons(
  country: Country,
  views: SourceView[],
  kinds: ReadonlyMap<string, SourceKind>,
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

function checkCountry(
  country: Country,
  at: PathSegment[],
  file: string,
  kinds: ReadonlyMap<string, SourceKind>,
) {
  const problems: Problem[] = [];
  const { iso3, stance, claims, resolution } = country;
  const backed = claims.some((c) => c.stance === stance);
  if (!backed) {
    const said = claims.map((c) => `${c.id}: ${c.stance}`).join(', ');
    problems.push(
      problem(
        file,
        [...at, 'stance'],
        `stance "${stance}" is not backed by any of ${iso3}'s claims (${said})`,
        `set the stance to one its claims have, or add a claim whose quote says "${stance}"`,
      ),
    );
  }
  const views = sourceViews(claims, kinds);
  const reasons = disagreementReasons(country, views, kinds);
  if (resolution) {
    const followed = claims.find((c) => c.id === resolution.follows);
    if (followed === undefined) {
      const ids = claims.map((c) => c.id);
      problems.push(
        problem(
          file,
          [...at, 'resolution', 'follows'],
          `"${resolution.follows}" is not one of ${iso3}'s claim ids (${ids.join(', ')})`,
          didYouMean(resolution.follows, ids),
        ),
      );
    } else if (followed.stance !== stance) {
      problems.push(
        problem(
          file,
          [...at, 'resolution', 'follows'],
          `the resolution follows ${followed.id}, whose stance is "${followed.stance}", but ${iso3}'s stance is "${stance}"`,
          `make the country's stance "${followed.stance}" or follow a claim whose stance is "${stance}"`,
        ),
      );
    }
  } else if (reasons.length > 0) {
    problems.push(
      problem(file, at, reasons.join('; '), 'add a resolution naming the claim the stance follows and why'),
    );
  } else if (backed) {
    const expected = strongestStance(claims.map((c) => c.stance));
    const strongest = claims.find((c) => c.stance === expected);
    if (expected !== stance && strongest) {
      problems.push(
        problem(
          file,
          [...at, 'stance'],
          `stance "${stance}" is weaker than ${iso3}'s claims support: "${expected}" (${strongest.id})`,
          `set the stance to "${expected}", or add a resolution naming the claim the stance follows and why`,
        ),
      );
    }
  }
  const disagreement: Disagreement | undefined =
    reasons.length > 0
      ? { iso3, name: country.name, stance, reasons, views, ...(resolution ? { resolution } : {}) }
      : undefined;
  return { problems, disagreement };
}

export function checkStances(input: CheckInput): { problems: Problem[]; disagreements: Disagreement[] } {
  const kinds = new Map(input.sources.sources.map(({ value }) => [value.id, value.kind] as const));
  const problems: Problem[] = [];
  const disagreements: Disagreement[] = [];
  for (const { index, value } of input.coalition.countries) {
    const result = checkCountry(value, ['countries', index], input.names.coalition, kinds);
    problems.push(...result.problems);
    if (result.disagreement) disagreements.push(result.disagreement);
  }
  return { problems, disagreements };
}
