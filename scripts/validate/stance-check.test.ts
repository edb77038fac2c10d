import { describe, expect, it } from 'vitest';

import type { Claim } from '../../src/data/schema';
import { errorsAt, tinyFiles } from './fixtures/tiny-dataset';
import { strongestStance } from './stance-check';
import { validateDatasetFiles } from './validate-dataset';

const COALITION = 'data/coalition.json';

function claim(id: string, stance: Claim['stance'], source: string, quote: string): Claim {
  return { id, stance, statement: 'x', date: '2025-03-06', evidence: [{ source, quote }] };
}

const TURKEY_READY = claim(
  'tur-ready-to-help',
  'other-support',
  'daily-original',
  'Turkey said it was “ready to help” the effort.',
);

describe('strongestStance', () => {
  it('ranks troops > peacekeeping-only > other-support > unstated, and opposed only alone', () => {
    expect(strongestStance(['unstated', 'troops', 'other-support'])).toBe('troops');
    expect(strongestStance(['opposed', 'unstated'])).toBe('unstated');
    expect(strongestStance(['opposed'])).toBe('opposed');
    expect(strongestStance([])).toBeUndefined();
  });
});

describe('country stance', () => {
  it('must be backed by one of its claims', () => {
    const files = tinyFiles((c) => {
      const gbr = c.countries[0];
      if (gbr) gbr.stance = 'peacekeeping-only';
    });
    const errors = validateDatasetFiles(files).errors;
    expect(errors).toHaveLength(1);
    expect(errorsAt(errors, COALITION, 'countries[0].stance')[0]?.message).toBe(
      'stance "peacekeeping-only" is not backed by any of GBR\'s claims (gbr-send-troops: troops)',
    );
  });

  it('must be the strongest its claims support', () => {
    const files = tinyFiles((c) => {
      const gbr = c.countries[0];
      gbr?.claims.push(
        claim(
          'gbr-interest',
          'other-support',
          'daily-original',
          'Around 20 countries have expressed interest in the coalition.',
        ),
      );
      if (gbr) gbr.stance = 'other-support';
    });
    const errors = validateDatasetFiles(files).errors;
    expect(errors.map((e) => e.path)).toEqual(['countries[0].stance']);
    expect(errors[0]?.message).toBe(
      'stance "other-support" is weaker than GBR\'s claims support: "troops" (gbr-send-troops)',
    );
  });
});

describe('disagreements', () => {
  it('lists a resolved disagreement with its resolution', () => {
    const { errors, disagreements } = validateDatasetFiles(tinyFiles());
    expect(errors).toEqual([]);
    expect(disagreements).toEqual([
      {
        iso3: 'IRL',
        name: 'Ireland',
        stance: 'peacekeeping-only',
        reasons: [
          'sources differ on IRL: daily-original says peacekeeping-only (irl-peacekeepers), weekly-rewrite says unstated (irl-named)',
        ],
        views: [
          {
            source: 'daily-original',
            kind: 'original',
            stance: 'peacekeeping-only',
            claimId: 'irl-peacekeepers',
          },
          { source: 'weekly-rewrite', kind: 'rewrite', stance: 'unstated', claimId: 'irl-named' },
        ],
        resolution: { follows: 'irl-peacekeepers', reason: 'The original says more than the rewrite.' },
      },
    ]);
  });

  it('rejects a disagreement without a resolution', () => {
    const files = tinyFiles((c) => {
      delete c.countries[1]?.resolution;
    });
    const { errors, disagreements } = validateDatasetFiles(files);
    expect(errors).toEqual([
      {
        file: COALITION,
        path: 'countries[1]',
        message:
          'sources differ on IRL: daily-original says peacekeeping-only (irl-peacekeepers), weekly-rewrite says unstated (irl-named)',
        suggestion: 'add a resolution naming the claim the stance follows and why',
      },
    ]);
    expect(disagreements[0]?.resolution).toBeUndefined();
  });

  it('rejects a resolution that follows no claim of the country, or a claim of another stance', () => {
    const unknown = tinyFiles((c) => {
      const resolution = c.countries[1]?.resolution;
      if (resolution) resolution.follows = 'irl-peacekeeper';
    });
    const [error] = validateDatasetFiles(unknown).errors;
    expect(error).toMatchObject({
      path: 'countries[1].resolution.follows',
      suggestion: 'did you mean "irl-peacekeepers"?',
    });

    const mismatch = tinyFiles((c) => {
      const resolution = c.countries[1]?.resolution;
      if (resolution) resolution.follows = 'irl-named';
    });
    expect(validateDatasetFiles(mismatch).errors[0]?.message).toBe(
      'the resolution follows irl-named, whose stance is "unstated", but IRL\'s stance is "peacekeeping-only"',
    );
  });

  it('treats opposed and supporting claims for one country as a disagreement', () => {
    const files = tinyFiles((c) => {
      c.countries[2]?.claims.push(
        claim('tur-against', 'opposed', 'weekly-rewrite', 'Ireland was named as taking part.'),
      );
    });
    const [error] = validateDatasetFiles(files).errors;
    expect(error).toMatchObject({ path: 'countries[2]' });
    expect(error?.message).toContain(
      'TUR has both an opposed claim (tur-against) and a supporting one (tur-peacekeepers)',
    );
  });

  it('does not let a rewrite outrank an original without a resolution', () => {
    const files = tinyFiles((c) => {
      c.countries[2]?.claims.push(TURKEY_READY);
    });
    const [error, ...rest] = validateDatasetFiles(files).errors;
    expect(rest).toEqual([]);
    expect(error?.path).toBe('countries[2]');
    expect(error?.message).toContain('sources differ on TUR');
    expect(error?.message).toContain(
      'TUR\'s stance "peacekeeping-only" rests only on rewrite or machine-translation sources (tur-peacekeepers), while an original source says other-support (tur-ready-to-help)',
    );

    const resolved = tinyFiles((c) => {
      const tur = c.countries[2];
      tur?.claims.push(TURKEY_READY);
      if (tur)
        tur.resolution = { follows: 'tur-peacekeepers', reason: 'The original does not speak to troops.' };
    });
    expect(validateDatasetFiles(resolved).errors).toEqual([]);
  });
});
