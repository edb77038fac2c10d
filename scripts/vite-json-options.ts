// How Vite turns the imported JSON (data/coalition.json, sources.json, corrections.json) into
// JavaScript. V8 parses `JSON.parse("…")` several times faster than the same data written as an
// object literal, so the dataset should reach the browser as a string (Vite's `json.stringify`).
// In this Vite (rolldown's built-in vite-json plugin) `stringify` is silently skipped for any JSON
// object while `namedExports` is on, and `namedExports` is on by default: every dataset file would
// ship as a literal whatever `stringify` says. The app only uses default imports of JSON, so named
// exports are turned off and `stringify` then applies. `true`, not 'auto' (above 10 kB only):
// sources.json is 5 kB in the real dataset but hundreds of kB in a large one, and one rule for
// every file is easier to check (vite-json-options.test.ts builds with these options).
import type { JsonOptions } from 'vite';

export const jsonOptions: JsonOptions = { namedExports: false, stringify: true };
