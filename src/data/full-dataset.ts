// The whole dataset, claims and all: its own chunk, which claims.ts loads when a claim link, the
// sources index, the corrections log or a download first needs it (or once the map is drawn; a
// country alone loads its own file). The sources come from the summary, already in the page.
import coalitionJson from '../../data/coalition.json';
import { summary } from './dataset';
import { buildIndex, type DatasetIndex } from './indexes';
import type { Coalition } from './schema';

// JSON imports are typed with plain strings; the build-time validation is what makes this cast true.
const coalition = coalitionJson as unknown as Coalition;

export const dataset: DatasetIndex = buildIndex(
  coalition,
  summary.sources,
  summary.countries.map((c) => c.iso3),
);
