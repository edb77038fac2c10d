// The app's dataset: the curated JSON, imported by Vite and indexed once. The data was checked
// against schema.ts when it was built (validate on the way in, trust on the way out), so here it
// is only typed, never re-validated: zod stays out of the browser bundle (type imports only).
import coalitionJson from '../../data/coalition.json';
import sourcesJson from '../../data/sources.json';
import { buildIndex, type DatasetIndex } from './indexes';
import type { Coalition, SourcesFile } from './schema';

// JSON imports are typed with plain strings; the build-time validation is what makes these casts true.
const coalition = coalitionJson as unknown as Coalition;
const sources = (sourcesJson as unknown as SourcesFile).sources;

export const dataset: DatasetIndex = buildIndex(coalition, sources);
