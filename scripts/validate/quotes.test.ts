import { describe, expect, it } from 'vitest';

import { errorsAt, tinyFiles } from './fixtures/tiny-dataset';
import { validateDatasetFiles } from './validate-dataset';

const GBR_QUOTE = 'countries[0].claims[0].evidence[0].quote';

describe('quotes', () => {
  it('passes the tiny dataset, whose quotes differ from the articles only in whitespace', () => {
    expect(validateDatasetFiles(tinyFiles()).errors).toEqual([]);
  });

  it('rejects a one-word change, points at that quote and shows the real passage', () => {
    const files = tinyFiles((c) => {
      const evidence = c.countries[0]?.claims[0]?.evidence[0];
      if (evidence) evidence.quote = 'Britain will deploy troops to Ukraine';
    });
    const [error, ...rest] = validateDatasetFiles(files).errors;
    expect(rest).toEqual([]);
    expect(error).toMatchObject({
      file: 'data/coalition.json',
      path: GBR_QUOTE,
      message: 'quote not found in data/sources/daily-original.txt',
    });
    expect(error?.suggestion).toContain('nearest passage: "Britain will send troops to Ukraine"');
    expect(error?.suggestion).toContain('quote has "deploy" where the article has "send"');
  });

  it('rejects straight quote marks where the article has curly ones, and says so', () => {
    const files = tinyFiles((c) => {
      const evidence = c.countries[2]?.claims[0]?.evidence[0];
      if (evidence) evidence.source = 'daily-original';
      if (evidence) evidence.quote = 'Turkey said it was "ready to help"';
    });
    const errors = validateDatasetFiles(files).errors;
    const [error] = errorsAt(errors, 'data/coalition.json', 'countries[2].claims[0].evidence[0].quote');
    expect(error?.message).toBe('quote not found in data/sources/daily-original.txt');
    expect(error?.suggestion).toContain('curly and straight quote marks differ');
  });

  it('rejects a quote that occurs twice and asks for more of it', () => {
    const files = tinyFiles((c) => {
      c.countries[0]?.claims.push({
        id: 'gbr-lead',
        stance: 'troops',
        statement: 'Leads.',
        date: '2025-03-06',
        evidence: [{ source: 'weekly-rewrite', quote: 'Britain will lead the coalition.' }],
      });
    });
    const errors = validateDatasetFiles(files).errors;
    expect(errorsAt(errors, 'data/coalition.json', 'countries[0].claims[1].evidence[0].quote')).toEqual([
      {
        file: 'data/coalition.json',
        path: 'countries[0].claims[1].evidence[0].quote',
        message: 'quote occurs 2 times in data/sources/weekly-rewrite.txt',
        suggestion: 'make it unique by quoting more',
      },
    ]);
  });

  it('checks the quotes of facts too', () => {
    const files = tinyFiles((c) => {
      const evidence = c.facts[0]?.evidence[0];
      if (evidence) evidence.quote = 'Around 30 countries have expressed interest';
    });
    const [error] = validateDatasetFiles(files).errors;
    expect(error).toMatchObject({
      path: 'facts[0].evidence[0].quote',
      message: 'quote not found in data/sources/daily-original.txt',
    });
    expect(error?.suggestion).toContain('quote has "30" where the article has "20"');
  });

  it('says when no passage shares a word with the quote', () => {
    const files = tinyFiles((c) => {
      const evidence = c.countries[0]?.claims[0]?.evidence[0];
      if (evidence) evidence.quote = 'zzzz qqqq xxxx';
    });
    const [error] = validateDatasetFiles(files).errors;
    expect(error?.suggestion).toMatch(/no passage of the article shares a word/);
  });
});
