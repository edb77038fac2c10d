import { describe, expect, it } from 'vitest';

import { CsvParseError, parseCsv } from './csv-parse';

describe('parseCsv', () => {
  it('reads plain records with CRLF or LF line ends', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    expect(parseCsv('"x, y","say ""hi""","two\r\nlines"\r\n')).toEqual([
      ['x, y', 'say "hi"', 'two\r\nlines'],
    ]);
  });

  it('keeps empty fields, quoted or not, and an empty line as one empty field', () => {
    expect(parseCsv(',"",\r\n\r\n')).toEqual([['', '', ''], ['']]);
  });

  it('drops a leading byte order mark only', () => {
    expect(parseCsv('\uFEFFa,\uFEFF\r\n')).toEqual([['a', '\uFEFF']]);
  });

  it('returns no records for empty text', () => {
    expect(parseCsv('')).toEqual([]);
  });

  it('rejects a quote inside an unquoted field, naming line and column', () => {
    expect(() => parseCsv('ok\r\nab"c')).toThrow(new CsvParseError(2, 3, 'a quote inside an unquoted field'));
  });

  it('rejects text after a closing quote', () => {
    expect(() => parseCsv('"a"b')).toThrow(/line 1, column 4: text after the closing quote/);
  });

  it('rejects an unterminated quoted field, naming where it opened', () => {
    expect(() => parseCsv('a\r\n"open\r\nstill open')).toThrow(
      /line 2, column 1: quoted field is never closed/,
    );
  });

  it('rejects a bare CR outside quotes', () => {
    expect(() => parseCsv('a\rb')).toThrow(/bare CR/);
  });
});
