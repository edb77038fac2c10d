// The app's dataset as the page starts with it: the summary (summary.ts: everything but the
// claims), made and checked when the app was built (validate on the way in, trust on the way out),
// so here it is only indexed, never re-validated: zod stays out of the browser bundle. The claims
// load when first needed (claims.ts).

import summaryJson from 'virtual:dataset-summary';
import correctionsJson from '../../data/corrections.json';
import { type CorrectionIndex, indexCorrections } from './corrections';
import type { CorrectionsFile } from './schema';
import { indexSummary, type SummaryIndex } from './summary';

// The summary lists the countries in name order, collated when the app was built: the browser
// never builds a collator (the first Intl object a page makes loads its locale data).
export const summary: SummaryIndex = indexSummary(summaryJson);

/** The public log of corrections (data/corrections.json), newest first and by item. */
export const corrections: CorrectionIndex = indexCorrections(
  (correctionsJson as unknown as CorrectionsFile).corrections,
);
