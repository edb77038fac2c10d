import { describe, expect, it } from 'vitest';

import { errorsAt, tinyFiles } from './fixtures/tiny-dataset';
import { validateDatasetFiles } from './validate-dataset';

const COALITION = 'data/coalition.json';

function loose(value: unknown): Record<string, unknown> {
  return value as Record<string, unknown>;
}

describe('schema', () => {
  it('rejects an unknown stance and suggests the closest', () => {
    const files = tinyFiles((c) => {
      loose(c.countries[1]?.claims[0]).stance = 'peacekeeping';
    });
    const [error] = errorsAt(validateDatasetFiles(files).errors, COALITION, 'countries[1].claims[0].stance');
    expect(error?.message).toMatch(/^"peacekeeping" is not one of "troops", "peacekeeping-only"/);
    expect(error?.suggestion).toBe('did you mean "peacekeeping-only"?');
  });

  it('rejects a missing field', () => {
    const files = tinyFiles((c) => {
      delete loose(c.countries[0]?.claims[0]).date;
    });
    const errors = validateDatasetFiles(files).errors;
    expect(errorsAt(errors, COALITION, 'countries[0].claims[0].date')[0]?.message).toBe(
      'missing required field (string)',
    );
  });

  it('rejects an unknown field (a typo) and names the field it meant', () => {
    const files = tinyFiles((c) => {
      const claim = loose(c.countries[0]?.claims[0]);
      claim.evidnce = claim.evidence;
      delete claim.evidence;
    });
    const errors = validateDatasetFiles(files).errors;
    expect(errorsAt(errors, COALITION, 'countries[0].claims[0].evidnce')).toEqual([
      {
        file: COALITION,
        path: 'countries[0].claims[0].evidnce',
        message: 'unknown field "evidnce"',
        suggestion: 'did you mean "evidence"?',
      },
    ]);
    expect(errorsAt(errors, COALITION, 'countries[0].claims[0].evidence')[0]?.message).toBe(
      'missing required field (array)',
    );
  });

  it('rejects an impossible calendar date', () => {
    const files = tinyFiles((c) => {
      const claim = c.countries[2]?.claims[0];
      if (claim) claim.date = '2025-02-30';
    });
    const errors = validateDatasetFiles(files).errors;
    expect(errorsAt(errors, COALITION, 'countries[2].claims[0].date')[0]?.message).toBe(
      'is not a real calendar date (got "2025-02-30")',
    );
  });

  it('rejects a value of the wrong type in sources.json', () => {
    const files = tinyFiles((_, s) => {
      loose(s.sources[1]).published = 20250306;
    });
    const errors = validateDatasetFiles(files).errors;
    expect(errorsAt(errors, 'data/sources.json', 'sources[1].published')[0]?.message).toMatch(/not a number/);
  });

  it('still checks the valid countries when one country is invalid', () => {
    const files = tinyFiles((c) => {
      loose(c.countries[0]).stance = 'troop';
      const evidence = c.countries[2]?.claims[0]?.evidence[0];
      if (evidence) evidence.quote = 'Turkey is ready to send soldiers';
    });
    const paths = validateDatasetFiles(files).errors.map((e) => e.path);
    expect(paths).toEqual(['countries[0].stance', 'countries[2].claims[0].evidence[0].quote']);
  });
});

describe('JSON text', () => {
  it('reports malformed JSON with line and column', () => {
    const files = tinyFiles();
    const broken = (files.coalition ?? '').replace(
      '"title": "Tiny coalition",',
      '"title": "Tiny coalition",,',
    );
    const errors = validateDatasetFiles({ ...files, coalition: broken }).errors;
    expect(errors).toEqual([
      {
        file: COALITION,
        path: '3:29',
        message: 'malformed JSON: unexpected ",", expected a property name in double quotes',
      },
    ]);
  });

  it('reports an empty file', () => {
    const errors = validateDatasetFiles({ ...tinyFiles(), sources: '\n' }).errors;
    expect(errors).toEqual([{ file: 'data/sources.json', path: '', message: 'file is empty' }]);
  });

  it('reports a missing file', () => {
    const errors = validateDatasetFiles({ ...tinyFiles(), coalition: undefined }).errors;
    expect(errors).toEqual([{ file: COALITION, path: '', message: 'file is missing' }]);
  });
});
