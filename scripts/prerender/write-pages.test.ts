import { describe, expect, it } from 'vitest';

import { claimsPreload, rebaseRelative } from './write-pages.ts';

describe('rebaseRelative', () => {
  it("moves the markup's page-relative addresses up, and leaves inline script and style text as it is", () => {
    const template = [
      '<script type="module" crossorigin src="./assets/index-abc.js"></script>',
      '<style>a[href="x"]{color:red}img[src="y.png"]{display:none}</style>',
      '<link rel="icon" href="favicon.svg" />',
      '<script>const src="z.js";</script>',
      '<link rel="preload" href="generated/points.json" as="fetch" crossorigin />',
      '<a href="#top">top</a><a href="/root">root</a><a href="https://example.org/">out</a>',
    ].join('\n');
    expect(rebaseRelative(template, '../../')).toBe(
      [
        '<script type="module" crossorigin src="../../assets/index-abc.js"></script>',
        '<style>a[href="x"]{color:red}img[src="y.png"]{display:none}</style>',
        '<link rel="icon" href="../../favicon.svg" />',
        '<script>const src="z.js";</script>',
        '<link rel="preload" href="../../generated/points.json" as="fetch" crossorigin />',
        '<a href="#top">top</a><a href="/root">root</a><a href="https://example.org/">out</a>',
      ].join('\n'),
    );
  });
});

describe('claimsPreload', () => {
  it("points a country page's head at its claims file, two folders up; nothing for a country without one", () => {
    const server = { countryClaimsFile: (iso3: string) => (iso3 === 'FRA' ? 'claims/abc/FRA.json' : null) };
    expect(claimsPreload('FRA', server)).toBe(
      '\n<link rel="preload" href="../../claims/abc/FRA.json" as="fetch" crossorigin>',
    );
    expect(claimsPreload('UKR', server)).toBe('');
  });
});
