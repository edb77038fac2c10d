import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { errorsAt, tinyFiles } from './fixtures/tiny-dataset';
import { generateJsonSchemas } from './json-schema';
import { validateDatasetFiles } from './validate-dataset';

describe('generated JSON Schema', () => {
  it('forbids unknown fields at every level, so editors flag typos too', () => {
    const schema = JSON.parse(generateJsonSchemas().coalitionSchema);
    expect(schema.additionalProperties).toBe(false);
    const country = schema.properties.countries.items;
    expect(country.additionalProperties).toBe(false);
    expect(country.properties.claims.items.additionalProperties).toBe(false);
    expect(country.properties.claims.items.properties.evidence.items.additionalProperties).toBe(false);
    expect(
      JSON.parse(generateJsonSchemas().sourcesSchema).properties.sources.items.additionalProperties,
    ).toBe(false);
  });

  it('is committed up to date under data/schema (run npm run schema if this fails)', () => {
    const generated = generateJsonSchemas();
    expect(readFileSync('data/schema/coalition.schema.json', 'utf8')).toBe(generated.coalitionSchema);
    expect(readFileSync('data/schema/sources.schema.json', 'utf8')).toBe(generated.sourcesSchema);
  });

  it('is an error when a committed schema file is stale or missing', () => {
    const files = tinyFiles();
    const stale = JSON.parse(files.coalitionSchema ?? '{}');
    stale.properties.countries.minItems = 0;
    const errors = validateDatasetFiles({
      ...files,
      coalitionSchema: JSON.stringify(stale),
      sourcesSchema: undefined,
    }).errors;
    expect(errors).toEqual([
      {
        file: 'data/schema/coalition.schema.json',
        path: '',
        message: 'is out of date with src/data/schema.ts',
        suggestion: 'run `npm run schema` and commit the result',
      },
      {
        file: 'data/schema/sources.schema.json',
        path: '',
        message: 'is missing',
        suggestion: 'run `npm run schema` and commit the result',
      },
    ]);
  });

  it('must be referenced by each data file', () => {
    const files = tinyFiles((c, s) => {
      delete c.$schema;
      s.$schema = 'schema/sources.schema.json';
    });
    const errors = validateDatasetFiles(files).errors;
    expect(errorsAt(errors, 'data/coalition.json', '$schema')[0]?.message).toBe(
      'is missing; it must be "./schema/coalition.schema.json"',
    );
    expect(errorsAt(errors, 'data/sources.json', '$schema')[0]?.message).toBe(
      'is "schema/sources.schema.json"; it must be "./schema/sources.schema.json"',
    );
  });
});
