import { describe, expect, it } from 'vitest';

import { lngLatToMercator } from '../../src/map/projection.ts';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../src/theme/palette.ts';
import { inlineShell, ROOT_MARKER } from '../vite-first-paint-plugin.ts';
import { escapeHtml, type FirstPaintInput, fillGroupOf, firstPaintCss, renderFirstPaint } from './render.ts';

const square = (x: number, y: number) => `M${x} ${y}h10v10h-10z`;

const input: FirstPaintInput = {
  title: 'Who backs <whom> & "why"',
  lede: 'A lede',
  countries: [
    { iso3: 'GBR', stance: 'troops' },
    { iso3: 'RUS', stance: 'opposed' },
    { iso3: 'MLT', stance: 'other-support' },
  ],
  supports: 'UKR',
  paths: {
    worldSize: 1024,
    countries: [
      { iso3: 'GBR', name: 'United Kingdom', d: square(500, 300) },
      { iso3: 'RUS', name: 'Russia', d: square(600, 250) },
      { iso3: 'UKR', name: 'Ukraine', d: square(580, 320) },
      { iso3: 'FRA', name: 'France', d: square(510, 330) },
    ],
  },
  // Malta is too small for the coarse file: its finer outline stands in; Monaco is not in the data.
  fallbackPaths: {
    worldSize: 1024,
    countries: [
      { iso3: 'MLT', name: 'Malta', d: 'M551.2 360.1l.3 .1-.2 .2z' },
      { iso3: 'MCO', name: 'Monaco', d: 'M530.1 340.2l.1 .1-.1 .1z' },
    ],
  },
  points: { GBR: [-2, 54], RUS: [90, 60], MLT: [14.4, 35.9] },
  bodies: {},
  worldBounds: [
    [-135, -45],
    [155, 70],
  ],
  mapLabel: 'The map',
};

describe('first paint', () => {
  const { html, bounds } = renderFirstPaint(input, LIGHT_PALETTE);

  it("lays out App.tsx's frame: header, the map's frame, the panel's column, the peeking sheet", () => {
    const order = ['class="app-header"', 'class="map-frame"', 'class="panel"', 'class="sheet-peek-stand-in"'];
    const at = order.map((marker) => html.indexOf(marker));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
  it('escapes the text it writes', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(html).toContain('<h1>Who backs &lt;whom&gt; &amp; &quot;why&quot;</h1>');
  });

  it('frames the dataset countries, as the WebGL map first does', () => {
    expect(bounds).toEqual([
      [-2, 35.9],
      [90, 60],
    ]);
    const [x0, y1] = lngLatToMercator(-2, 35.9);
    const [x1, y0] = lngLatToMercator(90, 60);
    const viewBox = [x0, y0, x1 - x0, y1 - y0].map((n) => n.toFixed(1)).join(' ');
    expect(html).toContain(`viewBox="${viewBox}"`);
  });

  it('falls back to the whole world when no dataset country has a point', () => {
    expect(renderFirstPaint({ ...input, points: {} }, LIGHT_PALETTE).bounds).toEqual(input.worldBounds);
  });

  it('groups countries by fill, land the sources do not name first, each in its light colour', () => {
    expect(fillGroupOf('GBR', input)).toBe('troops');
    expect(fillGroupOf('UKR', input)).toBe('supported');
    expect(fillGroupOf('FRA', input)).toBe('no-data');
    const groups = [...html.matchAll(/<g class="fp-([\w-]+)" fill="(#\w+)">/g)].map((m) => [m[1], m[2]]);
    expect(groups[0]).toEqual(['no-data', LIGHT_PALETTE.noData]);
    expect(groups).toContainEqual(['troops', LIGHT_PALETTE.stances.troops]);
    expect(groups).toContainEqual(['supported', LIGHT_PALETTE.supported]);
    expect(html).toMatch(/<g class="fp-troops"[^>]*><path data-iso3="GBR" d="M500 300h10v10h-10z"\/><\/g>/);
  });

  it('draws a dataset country the coarse outlines lost from the finer file, and only those', () => {
    expect(html).toContain('data-iso3="MLT" d="M551.2 360.1l.3 .1-.2 .2z"');
    expect(html).not.toContain('MCO');
  });

  it('colours both themes through classes', () => {
    const css = firstPaintCss(LIGHT_PALETTE, DARK_PALETTE);
    expect(css).toContain(`:root .fp-troops{fill:${LIGHT_PALETTE.stances.troops}}`);
    expect(css).toContain(`:root[data-theme='dark'] .fp-troops{fill:${DARK_PALETTE.stances.troops}}`);
    expect(css).toContain(`:root[data-theme='dark']{--map-sea:${DARK_PALETTE.sea}}`);
  });
});

describe('inlineShell', () => {
  it('puts the shell inside the one empty root element', () => {
    expect(inlineShell(`<body>${ROOT_MARKER}</body>`, '<p>x</p>')).toBe(
      '<body><div id="root"><p>x</p></div></body>',
    );
  });
  it('refuses an index.html without it, or with two', () => {
    expect(() => inlineShell('<body></body>', 'x')).toThrow(/index\.html: needs exactly one empty/);
    expect(() => inlineShell(ROOT_MARKER + ROOT_MARKER, 'x')).toThrow(/exactly one/);
  });
});
