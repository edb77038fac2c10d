// The JSON Schema files under data/schema/ are generated from the zod schemas (npm run schema) so
// editors can check and complete the data files. The validator regenerates them in memory and
// fails when the committed files are stale, and checks that the data files point at them.
import { z } from 'zod';

import {
  coalitionSchema,
  correctionsFileSchema,
  publishedSchema,
  sourcesFileSchema,
} from '../../src/data/schema';
import type { DatasetFiles, FileNames } from './dataset-files';
import { parseJsonText } from './json-text';
import { type Problem, problem } from './problem';

export const SCHEMA_REFS = {
  coalition: './schema/coalition.schema.json',
  sources: './schema/sources.schema.json',
  corrections: './schema/corrections.schema.json',
  published: './schema/published.schema.json',
} as const;

export interface GeneratedSchemas {
  coalitionSchema: string;
  sourcesSchema: string;
  correctionsSchema: string;
  publishedSchema: string;
}

function generate(schema: z.ZodType, title: string, description: string): string {
  // zod emits additionalProperties: false for every strictObject, so unknown fields (typos) are
  // flagged in the editor too. Refinements (real calendar dates) cannot be expressed and are
  // left to the validator.
  const json = { title, description, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) };
  return `${JSON.stringify(json, null, 2)}\n`;
}

let generated: GeneratedSchemas | undefined;

/** The text each schema file must have, keyed like DatasetFiles (generated once per process). */
export function generateJsonSchemas(): GeneratedSchemas {
  generated ??= {
    coalitionSchema: generate(
      coalitionSchema,
      'Coalition Map dataset',
      'data/coalition.json: countries, their stances and the quoted claims behind them. Generated from src/data/schema.ts by `npm run schema`; do not edit.',
    ),
    sourcesSchema: generate(
      sourcesFileSchema,
      'Coalition Map sources',
      'data/sources.json: the articles the claims quote. Generated from src/data/schema.ts by `npm run schema`; do not edit.',
    ),
    correctionsSchema: generate(
      correctionsFileSchema,
      'Coalition Map corrections log',
      'data/corrections.json: every change to a published stance, statement, quote, date or source grade: when, what it was, what it is, and why. Generated from src/data/schema.ts by `npm run schema`; do not edit.',
    ),
    publishedSchema: generate(
      publishedSchema,
      'Coalition Map published snapshot',
      'data/published.json: the published state the corrections log is checked against, written by `npm run publish-data`. Generated from src/data/schema.ts by `npm run schema`; do not edit.',
    ),
  };
  return generated;
}

export function checkJsonSchemaFiles(files: DatasetFiles, names: FileNames): Problem[] {
  const expected = generateJsonSchemas();
  const problems: Problem[] = [];
  for (const key of ['coalitionSchema', 'sourcesSchema', 'correctionsSchema', 'publishedSchema'] as const) {
    const file = names[key];
    const committed = files[key];
    if (committed === undefined) {
      problems.push(problem(file, '', 'is missing', 'run `npm run schema` and commit the result'));
      continue;
    }
    const parsed = parseJsonText(committed);
    const same = parsed.ok && JSON.stringify(parsed.value) === JSON.stringify(JSON.parse(expected[key]));
    if (!same) {
      problems.push(
        problem(
          file,
          '',
          'is out of date with src/data/schema.ts',
          'run `npm run schema` and commit the result',
        ),
      );
    }
  }
  return problems;
}

/** Each data file must name its schema, so editors pick it up. */
export function checkSchemaRef(file: string, ref: unknown, expected: string): Problem[] {
  if (ref === expected) return [];
  const got = ref === undefined ? 'is missing' : `is ${JSON.stringify(ref)}`;
  return [problem(file, '$schema', `${got}; it must be "${expected}"`)];
}
