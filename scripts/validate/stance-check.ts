// The rules of STANCES.md, applied per country: the stance is backed by a claim; it is the
// strongest its claims support; and where sources disagree (or a rewrite or machine translation
// would outrank an original), a written resolution names the claim the stance follows.
// The disagreement rules themselves live in src/data/disagreement.ts, shared with the browser.
import { disagreementReasons, sourceKinds, sourceViews, strongestStance } from '../../src/data/disagreement';
import type { Country } from '../../src/data/schema';
import type { SourceKind } from '../../src/data/stances';
import type { CheckInput } from './check-input';
import { didYouMean } from './edit-distance';
import { type Disagreement, type PathSegment, type Problem, problem } from './problem';

export { strongestStance };

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
  const reasons = disagreementReasons(country, kinds, views);
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
  const kinds = sourceKinds(input.sources.sources.map(({ value }) => value));
  const problems: Problem[] = [];
  const disagreements: Disagreement[] = [];
  for (const { index, value } of input.coalition.countries) {
    const result = checkCountry(value, ['countries', index], input.names.coalition, kinds);
    problems.push(...result.problems);
    if (result.disagreement) disagreements.push(result.disagreement);
  }
  return { problems, disagreements };
}
