// Reads the corrections log and the published snapshot (schema, $schema reference), then runs the
// log check on the data. The check needs the whole dataset: when coalition.json or sources.json has
// schema errors, items would look removed, so it waits until those are fixed.
import { correctionsFileSchema, type Published, publishedSchema } from '../../src/data/schema';
import { checkCorrections } from './corrections-check';
import type { DatasetFiles, FileNames } from './dataset-files';
import { checkSchemaRef, SCHEMA_REFS } from './json-schema';
import { parseJsonText } from './json-text';
import { type Problem, problem } from './problem';
import { buildPublished, type ItemPaths } from './published';
import { checkSchema, type UsableCoalition, type UsableSources } from './schema-check';

function parsed(file: string, text: string | undefined, problems: Problem[], missing: string): unknown {
  if (text === undefined) {
    problems.push(problem(file, '', 'file is missing', missing));
    return undefined;
  }
  const result = parseJsonText(text);
  if (!result.ok) {
    const { line, column, message } = result.error;
    problems.push(problem(file, `${line}:${column}`, `malformed JSON: ${message}`));
    return undefined;
  }
  return result.value;
}

export interface CorrectionFilesInput {
  files: DatasetFiles;
  names: FileNames;
  coalition: UsableCoalition;
  sources: UsableSources;
  /** False when coalition.json or sources.json failed its schema: the log check then waits. */
  complete: boolean;
}

export function checkCorrectionFiles({
  files,
  names,
  coalition,
  sources,
  complete,
}: CorrectionFilesInput): Problem[] {
  const problems: Problem[] = [];
  const logData = parsed(
    names.corrections,
    files.corrections,
    problems,
    'create it with {"$schema": "./schema/corrections.schema.json", "corrections": []}',
  );
  const snapshotData = parsed(
    names.published,
    files.published,
    problems,
    'run `npm run publish-data` to write the published snapshot',
  );
  const log =
    logData === undefined ? undefined : checkSchema(names.corrections, correctionsFileSchema, logData);
  const snapshot =
    snapshotData === undefined ? undefined : checkSchema(names.published, publishedSchema, snapshotData);
  for (const [file, data, ref, result] of [
    [names.corrections, logData, SCHEMA_REFS.corrections, log],
    [names.published, snapshotData, SCHEMA_REFS.published, snapshot],
  ] as const) {
    if (data === undefined || result === undefined) continue;
    problems.push(...result.problems);
    const schemaRef = (data as { $schema?: unknown } | null)?.$schema;
    problems.push(...checkSchemaRef(file, schemaRef, ref));
  }
  if (!complete || log?.parsed === undefined || snapshot?.parsed === undefined) return problems;
  const paths: ItemPaths = new Map();
  const current: Published = buildPublished(
    {
      updated: '', // not a logged field
      countries: coalition.countries.map((c) => c.value),
      facts: coalition.facts.map((f) => f.value),
      supported: { statements: coalition.supported.statements.map((s) => s.value) },
    },
    sources.sources.map((s) => s.value),
    paths,
  );
  problems.push(
    ...checkCorrections({ names, current, paths, snapshot: snapshot.parsed, log: log.parsed.corrections }),
  );
  return problems;
}
