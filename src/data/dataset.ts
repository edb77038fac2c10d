// The app's dataset: the curated JSON, imported by Vite and indexed once. The data was checked
// against schema.ts when it was built (validate on the way in, trust on the way out), so here it
// is only typed, never re-validated: zod stays out of the browser bundle (type imports only).
import { firstView } from 'virtual:first-view';
import coalitionJson from '../../data/coalition.json';
import correctionsJson from '../../data/corrections.json';
import sourcesJson from '../../data/sources.json';
import { type CorrectionIndex, indexCorrections } from './corrections';
import { buildIndex, type DatasetIndex } from './indexes';
import type { Coalition, CorrectionsFile, SourcesFile } from './schema';

// JSON imports are typed with plain strings; the build-time validation is what makes these casts true.
const coalition = coalitionJson as unknown as Coalition;
const sources = (sourcesJson as unknown as SourcesFile).sources;

// The countries' name order was collated when the app was built (virtual:first-view lists them in it).
export const dataset: DatasetIndex = buildIndex(
  coalition,
  sources,
  firstView.countries.map((c) => c.iso3),
);

/** The public log of corrections (data/corrections.json), newest first and by item. */
export const corrections: CorrectionIndex = indexCorrections(
  (correctionsJson as unknown as CorrectionsFile).corrections,
);
