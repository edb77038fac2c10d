import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import coalitionJson from '../../data/coalition.json';
import sourcesJson from '../../data/sources.json';
import { parseCsv } from '../../test-support/csv-parse';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { type Correction, coalitionSchema, sourcesFileSchema } from '../data/schema';
import { STANCES } from '../data/stances';
import { CSV_BOM, CSV_HEADER, datasetCsv, datasetCsvRecords, formatCsv, formatCsvField } from './csv';
import { countEvidence, filterDataset } from './filter-dataset';

const coalition = coalitionSchema.parse(coalitionJson);
const { sources } = sourcesFileSchema.parse(sourcesJson);

// Strings built from the characters RFC 4180 treats specially, plus any unicode (curly quotes,
// accents, astral-plane characters), so every quoting rule is hit often.
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom(',', '"', '\r', '\n', '\r\n', ' ', '\uFEFF', '“', '’', 'é', '🇺🇦'),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 20,
});
// parseCsv reads a record with one empty field from an empty line; a record with no fields has
// no CSV form, so records hold at least one field.
const records = fc.array(fc.array(tricky, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

describe('formatCsvField', () => {
  it('leaves plain fields alone and quotes the ones RFC 4180 says to', () => {
    expect(formatCsvField('Türkiye')).toBe('Türkiye');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "yes"')).toBe('"say ""yes"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField('cr\r')).toBe('"cr\r"');
  });
});

describe('formatCsv', () => {
  it('ends every record, the last too, in CRLF', () => {
    expect(formatCsv([['a', 'b'], ['c']])).toBe('a,b\r\nc\r\n');
  });

  it('round-trips any fields through an RFC 4180 parser', () => {
    fc.assert(
      fc.property(records, (rs) => {
        // Without a BOM of our own, a first field starting with U+FEFF would read as one.
        fc.pre(!rs[0]?.[0]?.startsWith(CSV_BOM));
        expect(parseCsv(formatCsv(rs))).toEqual(rs);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips with the byte order mark in front', () => {
    fc.assert(
      fc.property(records, (rs) => {
        expect(parseCsv(CSV_BOM + formatCsv(rs))).toEqual(rs);
      }),
    );
  });
});

describe('datasetCsv on the real dataset', () => {
  const all = filterDataset(coalition, sources, { stances: STANCES });
  const text = datasetCsv(all);
  const parsed = parseCsv(text);

  it('starts with a BOM and the header', () => {
    expect(text.startsWith(`${CSV_BOM}country,iso3,`)).toBe(true);
    expect(parsed[0]).toEqual([...CSV_HEADER]);
  });

  it('reads back to exactly the records it was made from, one row per evidence quote', () => {
    expect(parsed).toEqual(datasetCsvRecords(all));
    expect(parsed.length - 1).toBe(countEvidence(all));
    expect(parsed.every((r) => r.length === CSV_HEADER.length)).toBe(true);
  });

  it('keeps every quote verbatim, curly quotes and accents included', () => {
    const quotes = new Set(parsed.slice(1).map((r) => r[CSV_HEADER.indexOf('quote')]));
    for (const country of coalition.countries) {
      for (const claim of country.claims) for (const e of claim.evidence) expect(quotes).toContain(e.quote);
    }
  });

  it('writes only the rows of the stances the filter shows', () => {
    const troops = datasetCsvRecords(filterDataset(coalition, sources, { stances: ['troops'] }));
    const stanceColumn = CSV_HEADER.indexOf('country_stance');
    expect(troops.length).toBeGreaterThan(1);
    expect(new Set(troops.slice(1).map((r) => r[stanceColumn]))).toEqual(new Set(['troops']));
  });
});

describe('datasetCsvRecords', () => {
  it('writes unknown source metadata as empty fields and the source kind as its quality', () => {
    const rows = datasetCsvRecords(filterDataset(fixtureCoalition, fixtureSources, { stances: ['opposed'] }));
    // Italy is other-support, so the opposed filter shows no country: the header alone remains.
    expect(rows).toEqual([[...CSV_HEADER]]);
    const italy = datasetCsvRecords(
      filterDataset(fixtureCoalition, fixtureSources, { stances: ['other-support'] }),
    );
    const rewriteRow = italy.find((r) => r[CSV_HEADER.indexOf('source_id')] === 'rewrite-report');
    expect(rewriteRow?.slice(CSV_HEADER.indexOf('source_publisher'))).toEqual([
      '',
      '',
      'rewrite',
      '',
      '',
      '',
    ]);
  });

  it('gives each row the corrections of its claim, its country and its source, and the cited origin', () => {
    const log: Correction[] = [
      {
        date: '2026-12-07',
        kind: 'claim',
        id: 'gbr-troops',
        field: 'statement',
        old: 'Said too much.',
        new: 'Says what the words say.',
        reason: 'The statement went past its quote.',
      },
      {
        date: '2026-12-08',
        kind: 'source',
        id: 'original-report',
        field: 'kind',
        old: 'rewrite',
        new: 'original',
        reason: 'It is the original.',
      },
      {
        date: '2026-12-07',
        kind: 'claim',
        id: 'someone-else',
        field: 'date',
        old: '2025-03-02',
        new: '2025-03-06',
        reason: 'Not this row.',
      },
    ];
    const sources = fixtureSources.map((s) =>
      s.id === 'original-report' ? { ...s, originUrl: 'https://www.example.com/first' } : s,
    );
    const rows = datasetCsvRecords(filterDataset(fixtureCoalition, sources, { stances: ['troops'] }, log));
    const row = rows.find((r) => r[CSV_HEADER.indexOf('claim_id')] === 'gbr-troops');
    expect(row?.[CSV_HEADER.indexOf('source_origin_url')]).toBe('https://www.example.com/first');
    expect(row?.[CSV_HEADER.indexOf('corrections')]).toBe(
      '2026-12-07 claim gbr-troops statement, was: Said too much.; why: The statement went past its quote. | ' +
        '2026-12-08 source original-report kind, was: rewrite; why: It is the original.',
    );
    expect(rows.flat().some((field) => field.includes('Not this row'))).toBe(false);
  });

  it('names each column in the header, the corrections last', () => {
    expect(CSV_HEADER.slice(-3)).toEqual(['source_url', 'source_origin_url', 'corrections']);
  });

  it('names the claim and source when a cited source is missing', () => {
    const dataset = filterDataset(fixtureCoalition, fixtureSources, { stances: ['troops'] });
    expect(() => datasetCsvRecords({ ...dataset, sources: [] })).toThrow(
      /claim "gbr-troops" cites source "original-report", which the export does not hold/,
    );
  });
});
