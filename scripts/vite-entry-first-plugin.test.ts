import { describe, expect, it } from 'vitest';

import { entryFirst } from './vite-entry-first-plugin';

const BUILT = `<head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <!-- Embed or not, and the theme, before the first paint. -->
    <script src="./boot.js"></script>
    <link rel="preload" href="generated/country-points.json" as="fetch" crossorigin />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
  </head>`;

describe('entryFirst', () => {
  it('puts the entry script and its stylesheet after the metas and before boot.js, each once', () => {
    const html = entryFirst(BUILT);
    const order = [
      'name="viewport"',
      'index-abc.js',
      'index-def.css',
      '<!-- Embed',
      'boot.js',
      'country-points.json',
    ];
    const at = order.map((needle) => html.indexOf(needle));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html.split('index-abc.js').length).toBe(2);
    expect(html.split('index-def.css').length).toBe(2);
  });
  it('names the file and what is missing when the page is not as expected', () => {
    expect(() => entryFirst(BUILT.replace(/<meta name="viewport"[^\n]*\n/, ''))).toThrow(
      /index\.html: expected the built entry/,
    );
    expect(() => entryFirst(BUILT.replace(/<script type="module"[^\n]*\n/, ''))).toThrow(/index\.html/);
  });
});
