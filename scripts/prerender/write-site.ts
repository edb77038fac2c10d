// The prerender's second half, in a Node process of its own (run by vite-prerender-plugin.ts with
// tsx): writes every page and share picture from the Node build of the app. Apart from Vite's
// config bundle, whose single-file form the share pictures' modules (font files found through
// import.meta.url, TSX) do not survive.
//   node --import tsx scripts/prerender/write-site.ts <root> <outDir> <entry-server.js>
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { headerValue, metaPart } from '../vite-csp-plugin.ts';
import { loadMapGeography } from './build-inputs.ts';
import { type PrerenderServer, writePages } from './write-pages.ts';

const [root, outDir, entry] = process.argv.slice(2);
if (!root || !outDir || !entry) {
  console.error('usage: write-site.ts <root> <outDir> <entry-server.js>');
  process.exit(2);
}
const server = (await import(pathToFileURL(entry).href)) as PrerenderServer;
const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
// The share pictures draw the generated outlines (npm run geo) with the dataset's colours.
const geography = loadMapGeography(root, server.dataset);
const siteUrl = process.env.SITE_URL || undefined;
// The policy the build wrote for hosts (scripts/vite-csp-plugin.ts): every page must carry it too.
const header = headerValue(readFileSync(path.join(outDir, '_headers'), 'utf8'), 'Content-Security-Policy');
if (!header) throw new Error(`${path.join(outDir, '_headers')}: has no Content-Security-Policy line`);
const policy = metaPart(header);
const count = await writePages({ outDir, template, server, siteUrl, geography, policy });
console.log(`prerendered ${count} pages and their share pictures into ${path.relative(root, outDir) || '.'}`);
