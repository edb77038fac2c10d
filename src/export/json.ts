// "Download JSON": the subset as one self-contained document. Countries, facts and the supported
// country (Ukraine, with its leaders' statements) keep the
// shape of data/coalition.json and sources that of data/sources.json, so the project's schema
// (src/data/schema.ts) describes them; `filter` records what view the file was taken from, and
// `corrections` is data/corrections.json's log, every entry.
import type { ExportDataset } from './filter-dataset';

/** Pretty-printed (people open these files), ending in a newline. */
export function datasetJson(dataset: ExportDataset): string {
  const { title, description, supports, supported, updated, filter, facts, countries, sources, corrections } =
    dataset;
  // Written field by field so the file's key order is fixed and readable: what, then which view,
  // then the data and, last, the log of its corrections.
  const document = {
    title,
    description,
    supports,
    supported,
    updated,
    filter,
    countries,
    facts,
    sources,
    corrections,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
