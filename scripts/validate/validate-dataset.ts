// The whole check, in the order a curator fixes things: files parse, match the schema, reference
// each other correctly, quote their articles verbatim, and follow the stance rules; then the
// coverage report. Pure over DatasetFiles so tests and the fuzzer can run it on in-memory data.
import type { CheckInput } from './check-input';
import { checkCorrectionFiles } from './corrections-files';
import { checkCoverage } from './coverage';
import { type DatasetFiles, fileNames, readDatasetFiles } from './dataset-files';
import { type DrawableCountries, loadDrawableCountries } from './iso-codes';
import { checkJsonSchemaFiles, checkSchemaRef, SCHEMA_REFS } from './json-schema';
import { parseJsonText } from './json-text';
import { type Problem, problem, type ValidationResult } from './problem';
import { checkQuotes } from './quotes';
import { checkReferences } from './references';
import { checkCoalitionSchema, checkSourcesSchema } from './schema-check';
import { checkStances } from './stance-check';

export interface ValidateOptions {
  /** Countries the map can draw; read from the atlas when not given. */
  drawable?: DrawableCountries;
}

let atlas: DrawableCountries | undefined;

/** Parses one data file; undefined (with problems) when it is missing, empty or malformed. */
function parseFile(
  file: string,
  text: string | undefined,
  problems: Problem[],
): { value: unknown } | undefined {
  if (text === undefined) {
    problems.push(problem(file, '', 'file is missing'));
    return undefined;
  }
  if (text.trim() === '') {
    problems.push(problem(file, '', 'file is empty'));
    return undefined;
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    problems.push(problem(file, `${line}:${column}`, `malformed JSON: ${message}`));
    return undefined;
  }
  return { value: parsed.value };
}

export function validateDatasetFiles(files: DatasetFiles, options: ValidateOptions = {}): ValidationResult {
  atlas ??= options.drawable ? undefined : loadDrawableCountries();
  const drawable = options.drawable ?? atlas ?? new Map();
  const names = fileNames(files.dir);
  const errors: Problem[] = [];

  const coalitionData = parseFile(names.coalition, files.coalition, errors);
  const sourcesData = parseFile(names.sources, files.sources, errors);
  const coalition = checkCoalitionSchema(names.coalition, coalitionData?.value);
  const sources = checkSourcesSchema(names.sources, sourcesData?.value);
  if (coalitionData) {
    errors.push(
      ...coalition.problems,
      ...checkSchemaRef(names.coalition, coalition.usable.schemaRef, SCHEMA_REFS.coalition),
    );
  }
  if (sourcesData) {
    errors.push(
      ...sources.problems,
      ...checkSchemaRef(names.sources, sources.usable.schemaRef, SCHEMA_REFS.sources),
    );
  }
  errors.push(...checkJsonSchemaFiles(files, names));

  const input: CheckInput = {
    names,
    coalition: coalition.usable,
    sources: sources.usable,
    articles: files.articles,
    drawable,
  };
  errors.push(...checkReferences(input), ...checkQuotes(input));
  const complete =
    coalitionData !== undefined &&
    sourcesData !== undefined &&
    coalition.problems.length === 0 &&
    sources.problems.length === 0;
  errors.push(
    ...checkCorrectionFiles({ files, names, coalition: coalition.usable, sources: sources.usable, complete }),
  );
  const stances = checkStances(input);
  errors.push(...stances.problems);
  const { coverage, warnings } = coalitionData ? checkCoverage(input) : { coverage: [], warnings: [] };
  return { errors, warnings, coverage, disagreements: stances.disagreements };
}

/** Validates a data directory on disk (laid out like data/). */
export function validateDataset(
  dataDir: string,
  options: ValidateOptions & { label?: string } = {},
): ValidationResult {
  return validateDatasetFiles(readDatasetFiles(dataDir, options.label), options);
}
