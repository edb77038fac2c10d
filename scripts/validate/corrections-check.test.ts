import { describe, expect, it } from 'vitest';

import type { Coalition, Correction, SourcesFile } from '../../src/data/schema';
import { tinyCoalition, tinyFiles, tinyPublished } from './fixtures/tiny-dataset';
import { validateDatasetFiles } from './validate-dataset';

const drawable = new Map([
  ['UKR', 'Ukraine'],
  ['GBR', 'United Kingdom'],
  ['IRL', 'Ireland'],
  ['TUR', 'Turkey'],
]);

/** Validates the tiny data after `change`, against the snapshot of the unchanged data. */
function errorsAfter(change: (c: Coalition, s: SourcesFile) => void, log: Partial<Correction>[] = []) {
  const files = tinyFiles(change);
  const corrections = log.map((entry) => ({ date: '2026-12-07', reason: 'Why.', ...entry }));
  return validateDatasetFiles(
    {
      ...files,
      published: tinyPublished(),
      corrections: JSON.stringify({ $schema: './schema/corrections.schema.json', corrections }),
    },
    { drawable },
  ).errors;
}

const gbr = (c: Coalition) => c.countries[0] as Coalition['countries'][number];
const gbrClaim = (c: Coalition) => gbr(c).claims[0] as Coalition['countries'][number]['claims'][number];

describe('the corrections log check', () => {
  it('passes on the data as published', () => {
    expect(errorsAfter(() => {})).toEqual([]);
  });

  it('fails on a silent change of a statement, naming the file, the item, the field and the log', () => {
    const errors = errorsAfter((c) => {
      gbrClaim(c).statement = 'Britain will lead the force.';
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe('data/coalition.json');
    expect(errors[0]?.path).toBe('countries[0].claims[0].statement');
    expect(errors[0]?.message).toBe(
      'claim "gbr-send-troops": its statement differs from the published snapshot (data/published.json), and data/corrections.json has no entry for the change',
    );
  });

  it('fails on a silent change of a claim stance and of a country stance', () => {
    const errors = errorsAfter((c) => {
      gbrClaim(c).stance = 'other-support';
      gbr(c).stance = 'other-support';
    });
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['countries[0].stance', 'countries[0].claims[0].stance']),
    );
    expect(errors.every((e) => e.message.includes('data/corrections.json'))).toBe(true);
  });

  it('fails on a silent change of a quote', () => {
    const errors = errorsAfter((c) => {
      gbrClaim(c).evidence = [
        { source: 'daily-original', quote: 'Britain will send troops to Ukraine, the prime minister said.' },
      ];
    });
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'countries[0].claims[0].evidence: claim "gbr-send-troops": its evidence differs from the published snapshot (data/published.json), and data/corrections.json has no entry for the change',
    ]);
  });

  it("fails on a silent change of the supported country's statement; passes once it is logged", () => {
    const change = (c: Coalition) => {
      const statement = c.supported.statements[0];
      if (statement) statement.statement = 'Kyiv asked for troops.';
    };
    const errors = errorsAfter(change);
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      expect.stringMatching(/^supported\.statements\[0\]\.statement: statement ".+": its statement differs/),
    ]);
    const published = tinyCoalition().supported.statements[0];
    const [id, old] = [published?.id, published?.statement];
    expect(
      errorsAfter(change, [
        { kind: 'statement', id, field: 'statement', old, new: 'Kyiv asked for troops.' },
      ]),
    ).toEqual([]);
  });

  it('fails on a silent change of a source grade, in sources.json', () => {
    const errors = errorsAfter((_c, s) => {
      (s.sources[1] as SourcesFile['sources'][number]).kind = 'original';
    });
    expect(errors.map((e) => `${e.file}: ${e.path}`)).toContain('data/sources.json: sources[1].kind');
  });

  it('passes when the log records the change, old and new', () => {
    const errors = errorsAfter(
      (c) => {
        gbrClaim(c).statement = 'Britain will lead the force.';
      },
      [
        {
          kind: 'claim',
          id: 'gbr-send-troops',
          field: 'statement',
          old: 'Statement for gbr-send-troops.',
          new: 'Britain will lead the force.',
        },
      ],
    );
    expect(errors).toEqual([]);
  });

  it('fails when the logged old value is not what was published', () => {
    const errors = errorsAfter(
      (c) => {
        gbrClaim(c).statement = 'Britain will lead the force.';
      },
      [
        {
          kind: 'claim',
          id: 'gbr-send-troops',
          field: 'statement',
          old: 'Something else.',
          new: 'Britain will lead the force.',
        },
      ],
    );
    expect(errors.map((e) => `${e.file}: ${e.path}: ${e.message}`)).toEqual([
      'data/corrections.json: corrections[0].old: is not what data/published.json has for the statement of claim "gbr-send-troops"',
    ]);
  });

  it('needs no entry for a new claim or country', () => {
    const errors = errorsAfter((c) => {
      gbr(c).claims.push({
        id: 'gbr-lead-coalition',
        stance: 'troops',
        statement: 'Britain will lead the coalition.',
        date: '2025-03-06',
        evidence: [
          { source: 'weekly-rewrite', quote: 'Turkey is ready to send peacekeepers, officials said.' },
        ],
      });
    });
    expect(errors).toEqual([]);
  });

  it('fails when a published item is removed without an entry, and passes with one', () => {
    const remove = (c: Coalition) => {
      c.countries = c.countries.filter((country) => country.iso3 !== 'TUR');
    };
    const errors = errorsAfter(remove);
    expect(errors.map((e) => e.message)).toEqual([
      'country "TUR" is in data/published.json but no longer in the data, and data/corrections.json has no entry recording its removal',
      'claim "tur-peacekeepers" is in data/published.json but no longer in the data, and data/corrections.json has no entry recording its removal',
    ]);
    expect(
      errorsAfter(remove, [{ kind: 'country', id: 'TUR', field: 'entry', old: 'Turkey', new: null }]),
    ).toEqual([]);
  });

  it('rejects an entry naming a field its kind has no log for, or recording no change', () => {
    const errors = errorsAfter(() => {}, [
      { kind: 'country', id: 'GBR', field: 'quality', old: 'a', new: 'b' },
      { kind: 'claim', id: 'gbr-send-troops', field: 'date', old: '2025-03-06', new: '2025-03-06' },
    ]);
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'corrections[0].field: "quality" is not a logged field of a country',
      'corrections[1].new: is the same as "old": the entry records no change',
    ]);
  });

  it('says how to publish when the snapshot is missing', () => {
    const errors = validateDatasetFiles({ ...tinyFiles(), published: undefined }, { drawable }).errors;
    expect(errors).toEqual([
      {
        file: 'data/published.json',
        path: '',
        message: 'file is missing',
        suggestion: 'run `npm run publish-data` to write the published snapshot',
      },
    ]);
  });
});
