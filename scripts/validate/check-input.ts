// What the cross-reference checks work on: the parts of the dataset that passed the schema,
// plus the article texts and the set of countries the map can draw.
import type { Claim, Evidence } from '../../src/data/schema';
import type { FileNames } from './dataset-files';
import type { DrawableCountries } from './iso-codes';
import type { PathSegment } from './problem';
import type { UsableCoalition, UsableSources } from './schema-check';

export interface CheckInput {
  names: FileNames;
  coalition: UsableCoalition;
  sources: UsableSources;
  articles: ReadonlyMap<string, string>;
  drawable: DrawableCountries;
}

export interface PlacedEvidence {
  /** Path of the evidence item in coalition.json. */
  path: PathSegment[];
  evidence: Evidence;
}

export interface PlacedClaim {
  path: PathSegment[];
  claim: Pick<Claim, 'id' | 'evidence'>;
}

/**
 * Every claim, fact and statement of the supported country, with its path: ids and evidence are
 * checked the same way for all three.
 */
export function allClaimsAndFacts(coalition: UsableCoalition): PlacedClaim[] {
  const placed: PlacedClaim[] = [];
  for (const { index, value } of coalition.countries) {
    value.claims.forEach((claim, c) => {
      placed.push({ path: ['countries', index, 'claims', c], claim });
    });
  }
  for (const { index, value } of coalition.facts) placed.push({ path: ['facts', index], claim: value });
  for (const { index, value } of coalition.supported.statements) {
    placed.push({ path: ['supported', 'statements', index], claim: value });
  }
  return placed;
}

export function allEvidence(coalition: UsableCoalition): PlacedEvidence[] {
  return allClaimsAndFacts(coalition).flatMap(({ path, claim }) =>
    claim.evidence.map((evidence, e) => ({ path: [...path, 'evidence', e], evidence })),
  );
}
