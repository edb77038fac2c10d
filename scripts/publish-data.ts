// npm run publish-data: writes data/published.json, the snapshot of everything published that the
// corrections log is checked against (scripts/validate/published.ts lists the fields). Run it when a
// release goes out, after `npm run validate` passes: it refuses while the data has errors (an
// unlogged change is one), so publishing cannot swallow a silent change.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Coalition, SourcesFile } from '../src/data/schema';
import { formatProblem } from './validate/format';
import { buildPublished, publishedText } from './validate/published';
import { validateDataset } from './validate/validate-dataset';

const dataDir = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data');
const target = path.join(dataDir, 'published.json');
const result = validateDataset(dataDir);
// The first snapshot of a dataset has nothing to be checked against yet.
const errors = result.errors.filter(
  (e) => !(e.file.endsWith('/published.json') && e.message === 'file is missing'),
);
if (errors.length > 0) {
  console.error(errors.map(formatProblem).join('\n'));
  console.error(`\nnot published: ${errors.length} error(s); fix them (see npm run validate) and run again`);
  process.exitCode = 1;
} else {
  const coalition = JSON.parse(readFileSync(path.join(dataDir, 'coalition.json'), 'utf8')) as Coalition;
  const sources = JSON.parse(readFileSync(path.join(dataDir, 'sources.json'), 'utf8')) as SourcesFile;
  writeFileSync(target, publishedText(buildPublished(coalition, sources.sources)));
  console.log(
    `wrote ${path.relative(process.cwd(), target)} (the data as published on ${coalition.updated})`,
  );
}
