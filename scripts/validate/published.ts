// The published state of the data: every field a correction must be logged for (a country's
// stance; a claim's statement, stance, date and quotes; a fact's statement, date, count and quotes;
// a statement of the supported country's leaders: its wording, date and quotes; a source's grade
// and address), keyed by id. `npm run publish-data` writes it to
// data/published.json; the validator compares the data with it (corrections-check.ts).
import type { Coalition, CorrectionKind, Published, Source } from '../../src/data/schema';
import type { PathSegment } from './problem';

/** Where each published item sits in its data file, for error messages: "claim:gbr-x" -> path. */
export type ItemPaths = Map<string, PathSegment[]>;

export const itemKey = (kind: CorrectionKind, id: string): string => `${kind}:${id}`;

const copyEvidence = (evidence: readonly { source: string; quote: string }[]) =>
  evidence.map(({ source, quote }) => ({ source, quote }));

export function buildPublished(
  coalition: Pick<Coalition, 'updated' | 'countries' | 'facts'> & {
    supported: Pick<Coalition['supported'], 'statements'>;
  },
  sources: readonly Source[],
  paths: ItemPaths = new Map(),
): Published {
  const statements: NonNullable<Published['statements']> = {};
  const published: Published = {
    $schema: './schema/published.schema.json',
    updated: coalition.updated,
    countries: {},
    claims: {},
    facts: {},
    statements,
    sources: {},
  };
  coalition.countries.forEach((country, c) => {
    published.countries[country.iso3] = { stance: country.stance };
    paths.set(itemKey('country', country.iso3), ['countries', c]);
    country.claims.forEach((claim, k) => {
      const { stance, statement, date, evidence } = claim;
      published.claims[claim.id] = {
        country: country.iso3,
        stance,
        statement,
        date,
        evidence: copyEvidence(evidence),
      };
      paths.set(itemKey('claim', claim.id), ['countries', c, 'claims', k]);
    });
  });
  coalition.facts.forEach((fact, f) => {
    published.facts[fact.id] = {
      statement: fact.statement,
      date: fact.date,
      count: fact.count ?? null,
      evidence: copyEvidence(fact.evidence),
    };
    paths.set(itemKey('fact', fact.id), ['facts', f]);
  });
  coalition.supported.statements.forEach((statement, s) => {
    statements[statement.id] = {
      statement: statement.statement,
      date: statement.date,
      evidence: copyEvidence(statement.evidence),
    };
    paths.set(itemKey('statement', statement.id), ['supported', 'statements', s]);
  });
  sources.forEach((source, s) => {
    published.sources[source.id] = { kind: source.kind, quality: source.quality, url: source.url };
    paths.set(itemKey('source', source.id), ['sources', s]);
  });
  return published;
}

/** The text data/published.json holds: pretty-printed, ending in a newline. */
export function publishedText(published: Published): string {
  return `${JSON.stringify(published, null, 2)}\n`;
}
