import { resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { prerenderPlugin } from './scripts/prerender/vite-prerender-plugin.ts';
import { articlesPlugin } from './scripts/vite-articles-plugin.ts';
import { countryClaimsPlugin } from './scripts/vite-country-claims-plugin.ts';
import { cspPlugin } from './scripts/vite-csp-plugin.ts';
import { dataCheckPlugin } from './scripts/vite-data-check.ts';
import { entryFirstPlugin } from './scripts/vite-entry-first-plugin.ts';
import { firstPaintPlugin } from './scripts/vite-first-paint-plugin.ts';

// COALITION_DATA_DIR builds the app on another folder laid out like data/ (bench/run.ts builds a
// generated, much larger dataset this way): the JSON imports, the data check and the articles.
const dataDir = process.env.COALITION_DATA_DIR ? resolve(process.env.COALITION_DATA_DIR) : undefined;
const dataAlias = dataDir
  ? [{ find: /^(?:\.\.\/)+data\/(coalition|sources)\.json$/, replacement: `${dataDir}/$1.json` }]
  : [];

export default defineConfig({
  // Relative URLs in the build, so dist/ works from a host's root or from any sub-path.
  base: './',
  plugins: [
    react(),
    dataCheckPlugin({ dataDir }),
    articlesPlugin(dataDir && `${dataDir}/sources`),
    firstPaintPlugin({ dataDir }),
    countryClaimsPlugin({ dataDir }),
    entryFirstPlugin(),
    // After entryFirstPlugin: it moves the stylesheet <link> that this one then inlines.
    cspPlugin(),
    prerenderPlugin(),
  ],
  resolve: {
    alias: [...dataAlias, { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) }],
  },
  // The dataset JSON (data/*.json) ships as JSON.parse("…"): V8 parses that several times faster
  // than the same data as an object literal. In this Vite (rolldown's built-in JSON plugin),
  // `stringify` is skipped for any JSON object while `namedExports` is on, its default, so both are
  // set: the app only default-imports JSON. `true`, not 'auto' (above 10 kB only): corrections.json
  // is small here but grows with the log. scripts/vite-json.test.ts builds with this. (The
  // dataset's summary, a virtual module, is written as JSON.parse by its plugin.)
  json: { namedExports: false, stringify: true },
  build: { target: 'es2022', sourcemap: false },
  // As dist/_headers (scripts/_headers.template): a sandboxed embed (opaque origin) loads everything as CORS requests.
  preview: { cors: { origin: '*' } },
});
