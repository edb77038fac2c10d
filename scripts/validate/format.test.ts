import { describe, expect, it } from 'vitest';

import { formatProblem, formatReport } from './format';

describe('formatProblem', () => {
  it('prints file: path: message, with each suggestion line indented below', () => {
    expect(
      formatProblem({
        file: 'data/coalition.json',
        path: 'countries[2].stance',
        message: 'bad',
        suggestion: 'one\ntwo',
      }),
    ).toBe('data/coalition.json: countries[2].stance: bad\n    one\n    two');
    expect(formatProblem({ file: 'data/sources/x.txt', path: '', message: 'article text is empty' })).toBe(
      'data/sources/x.txt: article text is empty',
    );
  });
});

describe('formatReport', () => {
  it('prints errors, then disagreements with their resolution, then coverage, then counts', () => {
    const report = formatReport({
      errors: [{ file: 'data/coalition.json', path: 'supports', message: 'bad code' }],
      warnings: [],
      coverage: [{ iso3: 'NLD', name: 'Netherlands', article: 'a', words: ['Dutch'], count: 1 }],
      disagreements: [
        {
          iso3: 'TUR',
          name: 'Turkey',
          stance: 'peacekeeping-only',
          reasons: ['sources differ on TUR: a says peacekeeping-only (t1), b says unstated (t2)'],
          views: [
            { source: 'a', kind: 'rewrite', stance: 'peacekeeping-only', claimId: 't1' },
            { source: 'b', kind: 'machine-translation', stance: 'unstated', claimId: 't2' },
          ],
          resolution: { follows: 't1', reason: 'garbled' },
        },
      ],
    });
    expect(report.split('\n')).toEqual([
      'data/coalition.json: supports: bad code',
      '',
      'Disagreements (1):',
      '  TUR Turkey: sources differ on TUR: a says peacekeeping-only (t1), b says unstated (t2)',
      '    a (rewrite) says peacekeeping-only (t1)',
      '    b (machine-translation) says unstated (t2)',
      '    resolved: peacekeeping-only, following t1: garbled',
      '',
      'Coverage: countries the articles mention with no entry in coalition.json (1):',
      '  NLD Netherlands: a: "Dutch" (1 mention)',
      '',
      '1 error, 1 disagreement, 1 coverage warning.',
    ]);
  });
});
