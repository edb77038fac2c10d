// Moves the built entry script and stylesheet to the top of <head> (after the charset and viewport
// metas), ahead of public/boot.js.
// Vite appends them at the end of <head>, after the blocking boot.js and the preload hints, and
// Chromium then asks for the 1 MB entry (MapLibre and the map's start) a few tens of milliseconds
// later than it could: on a 2-core machine that is time the map's worker waits. A module script
// is deferred wherever it sits, so it still runs after boot.js and after the prerendered page.
import type { Plugin } from 'vite';

const ENTRY = /[ \t]*<script type="module" crossorigin src="[^"]+"><\/script>\n?/;
const STYLESHEET = /[ \t]*<link rel="stylesheet" crossorigin href="[^"]+">\n?/;
/** The last <meta> of index.html's head: everything that loads comes after it. */
const VIEWPORT = /<meta name="viewport"[^>]*>\n/;

/** index.html with the entry script and its stylesheet moved up to just after the viewport meta. */
export function entryFirst(html: string): string {
  const entry = html.match(ENTRY)?.[0];
  const stylesheet = html.match(STYLESHEET)?.[0];
  if (!entry || !stylesheet || !VIEWPORT.test(html)) {
    throw new Error(
      'index.html: expected the built entry <script type="module">, its stylesheet and a ' +
        '<meta name="viewport"> to put them after (scripts/vite-entry-first-plugin.ts)',
    );
  }
  const rest = html.replace(entry, '').replace(stylesheet, '');
  const indent = /^[ \t]*/.exec(entry)?.[0] ?? '';
  return rest.replace(VIEWPORT, (meta) => `${meta}${entry.trimEnd()}\n${indent}${stylesheet.trim()}\n`);
}

export function entryFirstPlugin(): Plugin {
  return {
    name: 'coalition-entry-first',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: entryFirst },
  };
}
