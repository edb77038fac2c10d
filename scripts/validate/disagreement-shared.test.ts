import { describe, expect, it } from 'vitest';

import { buildIndex } from '../../src/data/indexes';
import { coalitionSchema, sourcesFileSchema } from '../../src/data/schema';
import { snapshotAt } from '../../src/data/snapshot';
import { summaryIndexOf } from '../../src/data/summary';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { readDatasetFiles } from './dataset-files';
import { tinyFiles } from './fixtures/tiny-dataset';
import { validateDataset, validateDatasetFiles } from './validate-dataset';

/** The countries the browser marks "Sources differ" (at the latest date: every claim made). */
function markedInBrowser(coalition = '', sources = ''): string[] {
  const index = buildIndex(
    coalitionSchema.parse(JSON.parse(coalition)),
    sourcesFileSchema.parse(JSON.parse(sources)).sources,
  );
  return [...snapshotAt(summaryIndexOf(index), null).differs].sort();
}

// One rule (src/data/disagreement.ts) for `npm run validate` and for the app's mark and panel.
describe('disagreements: the validator and the app agree', () => {
  it('on the real dataset (Turkey)', () => {
    const { coalition, sources } = readDatasetFiles('data');
    const listed = validateDataset('data').disagreements.map((d) => d.iso3);
    expect(listed).toEqual(['TUR']);
    expect(markedInBrowser(coalition, sources)).toEqual(listed);
  });

  it('on the validator’s tiny dataset', () => {
    const files = tinyFiles();
    const listed = validateDatasetFiles(files)
      .disagreements.map((d) => d.iso3)
      .sort();
    expect(listed.length).toBeGreaterThan(0);
    expect(markedInBrowser(files.coalition, files.sources)).toEqual(listed);
  });

  it('on the app’s test fixture', () => {
    const index = buildIndex(fixtureCoalition, fixtureSources);
    expect([...snapshotAt(summaryIndexOf(index), null).differs].sort()).toEqual(['GBR', 'ITA']);
  });
});
