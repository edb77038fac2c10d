// Writes share pictures to a folder to look at: npx tsx scripts/prerender/og-preview.ts <folder> [ISO3...]
// (the overview, and IRL GBR UKR USA unless other countries are named). Prints each one's
// rendering time and size.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadDatasetIndex, loadMapGeography } from './build-inputs.ts';
import { renderOgImage } from './og-image.tsx';

const [folder, ...named] = process.argv.slice(2);
if (!folder) {
  console.error('usage: npx tsx scripts/prerender/og-preview.ts <folder> [ISO3...]');
  process.exit(2);
}
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const index = loadDatasetIndex(root);
const geography = loadMapGeography(root, index);
mkdirSync(folder, { recursive: true });
for (const iso3 of [null, ...(named.length > 0 ? named : ['IRL', 'GBR', 'UKR', 'USA'])]) {
  const started = performance.now();
  const png = renderOgImage({ index, iso3, geography });
  const ms = performance.now() - started;
  const file = path.join(folder, `${iso3 ?? 'overview'}.png`);
  writeFileSync(file, png);
  console.log(`${file}: ${png.byteLength} bytes in ${ms.toFixed(0)} ms`);
}
