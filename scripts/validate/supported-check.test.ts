// The supported country's block (Ukraine): checked like claims are (ids, sources, verbatim quotes),
// and it must describe the country `supports` names, which is not also a member with a stance.
import { describe, expect, it } from 'vitest';

import type { Coalition } from '../../src/data/schema';
import { errorsAt, tinyFiles } from './fixtures/tiny-dataset';
import { validateDatasetFiles } from './validate-dataset';

const COALITION = 'data/coalition.json';

function errorsWith(change: (c: Coalition) => void) {
  return validateDatasetFiles(tinyFiles((c) => change(c))).errors;
}

function firstStatement(c: Coalition) {
  const statement = c.supported.statements[0];
  if (!statement) throw new Error('the tiny dataset has no statement');
  return statement;
}

describe('the supported country', () => {
  it('passes the tiny dataset, whose statement quotes its article verbatim', () => {
    expect(validateDatasetFiles(tinyFiles()).errors).toEqual([]);
  });

  it('rejects a block about another country than `supports` names', () => {
    const errors = errorsWith((c) => {
      c.supported.iso3 = 'GEO';
    });
    expect(errors).toEqual([
      {
        file: COALITION,
        path: 'supported.iso3',
        message:
          '"GEO" does not match "supports" ("UKR"): this block describes the country the coalition supports',
        suggestion: 'make both "UKR", or both "GEO"',
      },
    ]);
  });

  it('rejects the supported country listed as a member with a stance', () => {
    const errors = errorsWith((c) => {
      const turkey = c.countries[2];
      if (turkey) turkey.iso3 = 'UKR';
    });
    const [error, ...rest] = errorsAt(errors, COALITION, 'countries[2].iso3');
    expect(rest).toEqual([]);
    expect(error?.message).toBe(
      'UKR is the country the coalition supports ("supports"), not a member with a stance',
    );
  });

  it('rejects a missing block, naming the field', () => {
    const errors = errorsWith((c) => {
      delete (c as Partial<Coalition>).supported;
    });
    expect(errorsAt(errors, COALITION, 'supported')[0]?.message).toBe('missing required field (object)');
  });

  it('rejects a statement quote not found verbatim, pointing at it and at the real passage', () => {
    const errors = errorsWith((c) => {
      const evidence = firstStatement(c).evidence[0];
      if (evidence) evidence.quote = 'The president in Kyiv praised the coalition';
    });
    const [error, ...rest] = errors;
    expect(rest).toEqual([]);
    expect(error).toMatchObject({
      file: COALITION,
      path: 'supported.statements[0].evidence[0].quote',
      message: 'quote not found in data/sources/weekly-rewrite.txt',
    });
    expect(error?.suggestion).toContain('nearest passage: "The president in Kyiv thanked the coalition');
  });

  it('rejects an unknown source in a statement, with a suggestion', () => {
    const errors = errorsWith((c) => {
      const evidence = firstStatement(c).evidence[0];
      if (evidence) evidence.source = 'weekly-rewrit';
    });
    const [error] = errorsAt(errors, COALITION, 'supported.statements[0].evidence[0].source');
    expect(error).toMatchObject({
      message: 'unknown source "weekly-rewrit"',
      suggestion: 'did you mean "weekly-rewrite"?',
    });
  });

  it('rejects a statement id a claim already uses, pointing back at the claim', () => {
    const errors = errorsWith((c) => {
      firstStatement(c).id = 'gbr-send-troops';
    });
    const [error] = errorsAt(errors, COALITION, 'supported.statements[0].id');
    expect(error?.message).toBe('duplicate id "gbr-send-troops": countries[0].claims[0] already uses it');
  });

  it('rejects a statement without a speaker, and still checks the valid ones', () => {
    const errors = errorsWith((c) => {
      const statement = firstStatement(c);
      c.supported.statements.push({
        ...statement,
        id: 'ukr-second',
        evidence: [
          { ...statement.evidence[0], source: 'weekly-rewrite', quote: 'no such words in the article' },
        ],
      });
      delete (statement as Partial<typeof statement>).speaker;
    });
    expect(errorsAt(errors, COALITION, 'supported.statements[0].speaker')[0]?.message).toBe(
      'missing required field (string)',
    );
    // The second statement is valid on its own, so its quote is still checked.
    expect(errorsAt(errors, COALITION, 'supported.statements[1].evidence[0].quote')[0]?.message).toBe(
      'quote not found in data/sources/weekly-rewrite.txt',
    );
  });
});
