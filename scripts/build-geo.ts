// Builds the map's boundary files from Natural Earth 50m (visionscarto, UN views):
//   public/generated/tiles/{z}/{x}/{y}.pbf the WebGL map's source: vector tiles cut from the
//                                         countries below (scripts/geo/vector-tiles.ts)
//   public/generated/countries.geojson    the boundaries in one file (the tiles' input; the bench's
//                                         floor page draws it, the app does not load it)
//   public/generated/country-points.json  { iso3: [lon, lat] } interior points for labels and clicks
//   public/generated/world-paths.json     SVG outlines for the static map (no WebGL, off-screen embeds)
//   src/generated/first-paint-paths.json  coarse outlines of the static first paint, baked into the
//                                         bundle and the page (scripts/vite-first-paint-plugin.ts)
// Run with `npm run geo` (or `npx tsx scripts/build-geo.ts [--force]`). 50m, not 110m: 110m lacks
// 65 of the 242 countries, among them Malta, Liechtenstein, Monaco, San Marino, Andorra, Singapore
// and Bahrain, which a Europe-centred coalition map must be able to show and select.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { outputsAreFresh, sourceFilesIn } from './geo/freshness.ts';
import { buildGeo } from './geo/pipeline.ts';
import { cutVectorTiles } from './geo/vector-tiles.ts';
import { loadWorld, WORLD_50M_PATH } from './geo/world.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'public', 'generated');
const outputs = {
  countries: join(outDir, 'countries.geojson'),
  points: join(outDir, 'country-points.json'),
  paths: join(outDir, 'world-paths.json'),
  firstPaint: join(root, 'src', 'generated', 'first-paint-paths.json'),
  // The first tile, written last: when it is fresh, the whole folder is.
  tiles: join(outDir, 'tiles', '0', '0', '0.pbf'),
};
const tilesDir = join(outDir, 'tiles');
const inputs = [
  WORLD_50M_PATH,
  fileURLToPath(import.meta.url),
  ...sourceFilesIn(join(root, 'scripts', 'geo')),
  join(root, 'src', 'map', 'projection.ts'),
  join(root, 'src', 'map', 'boundary-tiles.ts'),
];

const size = (text: string) =>
  `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB, ${(gzipSync(text).length / 1024).toFixed(0)} KB gzipped`;

function main(): void {
  if (!process.argv.includes('--force') && outputsAreFresh(inputs, Object.values(outputs))) {
    console.log('build-geo: outputs are up to date (use --force to rebuild)');
    return;
  }
  const started = Date.now();
  const source = relative(root, WORLD_50M_PATH);
  const result = buildGeo(loadWorld(WORLD_50M_PATH), source);
  const files: [string, string][] = [
    [outputs.countries, JSON.stringify(result.countries)],
    [outputs.points, JSON.stringify(result.points)],
    [outputs.paths, JSON.stringify(result.paths)],
    [outputs.firstPaint, JSON.stringify(result.firstPaint)],
  ];
  for (const path of Object.values(outputs)) mkdirSync(dirname(path), { recursive: true });
  for (const [path, text] of files) writeFileSync(path, text);
  const tiles = cutVectorTiles(result.countries);
  rmSync(tilesDir, { recursive: true, force: true });
  // Deepest first, so the zoom-0 tile (the freshness marker above) is the last file written.
  for (const { z, x, y, data } of [...tiles].reverse()) {
    mkdirSync(join(tilesDir, String(z), String(x)), { recursive: true });
    writeFileSync(join(tilesDir, String(z), String(x), `${y}.pbf`), data);
  }

  console.log(`build-geo: ${result.countries.features.length} countries from ${source}`);
  if (result.synthetic.length > 0)
    console.log(`  kept under synthetic codes: ${result.synthetic.join(', ')}`);
  if (result.undrawable.length > 0) {
    console.log(`  left out, no area in the source: ${result.undrawable.join(', ')}`);
  }
  for (const [reason, codes] of Object.entries(result.notes)) console.log(`  ${reason}: ${codes.join(', ')}`);
  for (const [path, text] of files) console.log(`  ${relative(root, path)}: ${size(text)}`);
  const tileBytes = tiles.reduce((sum, t) => sum + t.data.length, 0);
  const empty = tiles.filter((t) => t.data.length === 0).length;
  console.log(
    `  ${relative(root, tilesDir)}/: ${tiles.length} tiles (${empty} empty), ${(tileBytes / 1024).toFixed(0)} KB`,
  );
  console.log(`  done in ${Date.now() - started} ms`);
}

main();
