// "Download CSV": one row per claim x evidence quote, for spreadsheets. RFC 4180: fields holding a
// comma, a quote, CR or LF are quoted and their quotes doubled; records end in CRLF. The text
// starts with a UTF-8 byte order mark because Excel otherwise reads the file as the local code
// page and mangles the curly quotes and accents the articles are full of.
import { correctionLine } from '../data/corrections';
import type { Correction } from '../data/schema';
import type { ExportDataset } from './filter-dataset';

export const CSV_BOM = '\uFEFF';

export const CSV_HEADER = [
  'country',
  'iso3',
  'country_stance',
  'claim_id',
  'claim_stance',
  'claim_statement',
  'claim_date',
  'quote',
  'source_id',
  'source_title',
  'source_publisher',
  'source_published',
  'source_quality',
  'source_url',
  'source_origin_url',
  'corrections',
] as const;

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted only when RFC 4180 requires it. */
export function formatCsvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Records to CSV text, every record (the last too) ending in CRLF. No BOM: see datasetCsv. */
export function formatCsv(records: readonly (readonly string[])[]): string {
  return records.map((r) => `${r.map(formatCsvField).join(',')}\r\n`).join('');
}

/** The log's entries about one row: its claim, its country and its source, newest first. */
function rowCorrections(log: readonly Correction[], iso3: string, claimId: string, sourceId: string): string {
  return log
    .filter(
      (e) =>
        (e.kind === 'claim' && e.id === claimId) ||
        (e.kind === 'country' && e.id === iso3) ||
        (e.kind === 'source' && e.id === sourceId),
    )
    .map(correctionLine)
    .join(' | ');
}

/**
 * Header and rows for the subset. Unknown values (a source without publisher, date or address)
 * are empty fields. source_quality is the source's kind: original, rewrite or machine-translation.
 * source_url is where the text itself was published; source_origin_url the report it cites as its
 * origin (a rewrite's words are not that report's). corrections: the log's entries about the row's
 * claim, country and source, "date kind id field, was: ...; why: ...", joined by " | ".
 */
export function datasetCsvRecords(dataset: ExportDataset): string[][] {
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const rows: string[][] = [[...CSV_HEADER]];
  for (const country of dataset.countries) {
    for (const claim of country.claims) {
      for (const evidence of claim.evidence) {
        const source = sourceById.get(evidence.source);
        if (source === undefined) {
          throw new Error(
            `datasetCsvRecords: claim "${claim.id}" cites source "${evidence.source}", which the export does not hold`,
          );
        }
        rows.push([
          country.name,
          country.iso3,
          country.stance,
          claim.id,
          claim.stance,
          claim.statement,
          claim.date,
          evidence.quote,
          source.id,
          source.title,
          source.publisher ?? '',
          source.published ?? '',
          source.kind,
          source.url ?? '',
          source.originUrl ?? '',
          rowCorrections(dataset.corrections, country.iso3, claim.id, source.id),
        ]);
      }
    }
  }
  return rows;
}

/** The whole file's text, BOM first. */
export function datasetCsv(dataset: ExportDataset): string {
  return CSV_BOM + formatCsv(datasetCsvRecords(dataset));
}
