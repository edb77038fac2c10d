// No outside address in what we ship. The fixture fails any browser test that REQUESTS another
// origin; this reads every built file from disk (dist/, which `npm test` builds before the e2e
// step) and fails on any outside address in it at all (http://, https://, //host), except the
// ones listed below, each with where it may appear and why it is harmless. A new library that
// phones home, a font or tile URL, a CDN link: each shows up here by file and address.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { expect, test } from '@playwright/test';

import type { SourcesFile } from '../src/data/schema.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');

interface Allowed {
  /** The whole address, as found. */
  address: RegExp;
  /** Built files (relative to dist/) it may appear in. */
  files: RegExp;
  why: string;
}

/** Every chunk the build writes (the entry, React's chunk, the parts loaded on demand). */
const BUNDLE = /^assets\/[\w-]+\.(js|css)$/;
const WORKER = /^assets\/maplibre-gl-worker-[\w-]+\.m?js$/;

const ALLOWED: Allowed[] = [
  {
    address:
      /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1999\/xhtml|1998\/Math\/MathML|XML\/1998\/namespace)$/,
    files: new RegExp(`${BUNDLE.source}|^favicon\\.svg$`),
    why: 'XML namespace names (React DOM, inline SVG in CSS): identifiers, never fetched',
  },
  {
    address: /^https:\/\/react\.dev\/errors\/$/,
    files: BUNDLE,
    why: "text of React's minified error messages (a link for a developer to read), never fetched",
  },
  {
    address:
      /^https:\/\/(github\.com\/mapbox\/mapbox-gl-js\/issues\/2907|wiki\.openstreetmap\.org\/wiki\/This_map_requires_WebGL)$/,
    files: new RegExp(`${BUNDLE.source}|${WORKER.source}`),
    why: "text of MapLibre's warnings and WebGL error message, never fetched",
  },
  {
    address: /^https:\/\/maplibre\.org\/$/,
    files: BUNDLE,
    why: "the link in MapLibre's logo control, which the app never adds (attributionControl: false)",
  },
  {
    address: /^https:\/\/maplibre\.invalid\/$/,
    files: BUNDLE,
    why: 'MapLibre\'s placeholder base for parsing relative URLs; ".invalid" never resolves (RFC 2606)',
  },
  {
    address: /^https:\/\/github\.com\/maplibre\/maplibre-gl-js\/blob\/v[\d.]+\/LICENSE\.txt$/,
    files: WORKER,
    why: "MapLibre's licence comment in its worker bundle",
  },
  {
    address: /^https:\/\/MAP-HOST\/embed\.js$/,
    files: /^embed\.js$/,
    why: 'a placeholder in the usage comment of embed.js',
  },
  {
    address: /^https:\/\/your\.site$/,
    files: /^_headers$/,
    why: 'a placeholder in the frame-ancestors comment of _headers (a comment line for hosts)',
  },
];

/**
 * Content links: the articles' own addresses and the reports they cite as their origin
 * (data/sources.json), shown to readers as links.
 */
function sourceUrls(): Set<string> {
  const file = JSON.parse(readFileSync(join(ROOT, 'data/sources.json'), 'utf8')) as SourcesFile;
  return new Set(file.sources.flatMap((s) => [s.url, s.originUrl].filter((u): u is string => !!u)));
}

function builtFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [relative(DIST, path)];
  });
}

/**
 * Absolute and protocol-relative addresses. A protocol-relative one is only counted after a quote,
 * a bracket or "=", where a URL would start, so "a // comment" or "x//2" in minified code is not.
 */
const ADDRESS = /\bhttps?:\/\/[^\s"'`<>()\\,;]+|(?<=["'`(=])\/\/[a-z0-9-]+(\.[a-z0-9-]+)+[^\s"'`<>()\\,;]*/gi;

/** Trailing punctuation of a sentence is not part of an address. */
const trimEnd = (address: string) => address.replace(/[.’:]+$/, '');

test('the built files hold no outside address but content links and the listed harmless ones', () => {
  let files: string[];
  try {
    files = builtFiles();
  } catch {
    throw new Error('dist/ is missing: run `npm run build` before the e2e tests (npm test does)');
  }
  expect(files, 'dist/ has no index.html: is the build complete?').toContain('index.html');
  const content = sourceUrls();

  const unexpected: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(DIST, file), 'utf8');
    for (const match of text.matchAll(ADDRESS)) {
      const address = trimEnd(match[0]);
      if (content.has(address)) continue;
      if (ALLOWED.some((a) => a.address.test(address) && a.files.test(file))) continue;
      unexpected.push(`dist/${file}: ${address}`);
    }
  }
  expect(unexpected, 'outside addresses in the build (allow one in this file only with a reason)').toEqual(
    [],
  );
});

test('the scan would catch a CDN script, a tile server and a protocol-relative font', () => {
  const samples = [
    '<script src="https://cdn.example.com/x.js">',
    'tiles:["https://tile.example.org/{z}/{x}/{y}.png"]',
    "src:url('//fonts.example.net/a.woff2')",
  ];
  for (const sample of samples) {
    const found = [...sample.matchAll(ADDRESS)].map((m) => trimEnd(m[0]));
    expect(found, sample).toHaveLength(1);
    expect(ALLOWED.some((a) => a.address.test(found[0] ?? ''))).toBe(false);
  }
});
