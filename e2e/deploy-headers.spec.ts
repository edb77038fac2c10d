// dist/_headers tells hosts that read it (Netlify, Cloudflare Pages) to let browsers keep some files
// for good. That is only safe for files whose names change with their content: this reads the
// built site and checks that every file under such a rule is named by its content, and that no
// page, tile, article or embed.js is under one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { expect, test } from '@playwright/test';

const DIST = join(new URL('..', import.meta.url).pathname, 'dist');

/** Every file under `dir`, relative to dist/. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(DIST, path)];
  });
}

/** The path patterns of dist/_headers whose headers include an immutable Cache-Control. */
function immutablePaths(text: string): string[] {
  const paths: string[] = [];
  let current: string | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) current = line.trim();
    else if (current && /^\s+Cache-Control:.*\bimmutable\b/i.test(line)) paths.push(current);
  }
  return paths;
}

/** A Vite asset name: the source's name, a dash and an 8-character content hash. */
const HASHED_ASSET = /^assets\/[\w.-]+-[\w-]{8}\.\w+$/;
/** A country's claims: under the folder named by the dataset's hash. */
const HASHED_CLAIMS = /^claims\/[0-9a-f]{12}\/[A-Z]{3}\.json$/;

test('only files named by their content are kept for good by the browser', () => {
  const paths = immutablePaths(readFileSync(join(DIST, '_headers'), 'utf8'));
  expect(paths.sort()).toEqual(['/assets/*', '/claims/*']);

  const assets = filesUnder(join(DIST, 'assets'));
  expect(assets.length).toBeGreaterThan(0);
  expect(assets.filter((file) => !HASHED_ASSET.test(file))).toEqual([]);
  const claims = filesUnder(join(DIST, 'claims'));
  expect(claims.length).toBeGreaterThan(0);
  expect(claims.filter((file) => !HASHED_CLAIMS.test(file))).toEqual([]);
  // One dataset, one folder: an old folder left in dist/ would be served under an old version.
  expect(new Set(claims.map((file) => file.split('/')[1])).size).toBe(1);
});
