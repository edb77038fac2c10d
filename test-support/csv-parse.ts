// A strict RFC 4180 reader. The app never reads CSV; this exists so the unit and e2e tests can
// prove the CSV we write reads back to exactly the fields we put in (an independent check on
// src/export/csv.ts, written from the RFC's grammar rather than from the writer).
//
// Accepted: CRLF or bare LF line ends (RFC 4180 says CRLF; tolerant readers accept LF too), a
// leading UTF-8 BOM, quoted fields containing commas, quotes (doubled) and line breaks.
// Rejected with the line and column: a quote inside an unquoted field, text after a closing
// quote, an unterminated quoted field.

export class CsvParseError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(`CSV line ${line}, column ${column}: ${reason}`);
    this.name = 'CsvParseError';
  }
}

const BOM = '\uFEFF';

/** Parses CSV text into records of fields. An empty text has no records; a final line end is optional. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  if (input === '') return records;

  let record: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let atFieldStart = true;
  const column = () => i - lineStart + 1;

  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };

  while (i < input.length) {
    const ch = input[i];
    if (ch === '"' && atFieldStart) {
      // Quoted field: read to the closing quote; "" is a literal quote.
      const openLine = line;
      const openColumn = column();
      i++;
      for (;;) {
        if (i >= input.length) throw new CsvParseError(openLine, openColumn, 'quoted field is never closed');
        const c = input[i];
        if (c === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') {
          line++;
          lineStart = i + 1;
        }
        field += c;
        i++;
      }
      const next = input[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvParseError(line, column(), 'text after the closing quote of a quoted field');
      }
      atFieldStart = false;
      continue;
    }
    if (ch === ',') {
      record.push(field);
      field = '';
      i++;
      atFieldStart = true;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && input[i + 1] !== '\n') {
        throw new CsvParseError(line, column(), 'a bare CR outside quotes (line ends must be CRLF or LF)');
      }
      endRecord();
      i += ch === '\r' ? 2 : 1;
      line++;
      lineStart = i;
      atFieldStart = true;
      continue;
    }
    if (ch === '"') throw new CsvParseError(line, column(), 'a quote inside an unquoted field');
    field += ch;
    i++;
    atFieldStart = false;
  }
  // No final line end: the last record ends at the end of the text.
  const last = input[input.length - 1];
  if (last !== '\n') endRecord();
  return records;
}
