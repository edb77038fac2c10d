import { describe, expect, it } from 'vitest';

import {
  type DrawOp,
  formatDay,
  type LegendEntry,
  layoutView,
  legendLabel,
  type Measure,
  wrapText,
} from './png-layout';

// A monospace stand-in for the canvas: every character is 0.6 of the font size wide.
const measure: Measure = (text, font) => text.length * font.size * 0.6;
const FONT = { size: 10, weight: 400 } as const;

const legend: LegendEntry[] = [
  { label: 'Troops', color: '#0072B2', count: 2, hidden: false },
  { label: 'Opposed', color: '#D55E00', count: 1, hidden: true },
  { label: 'Ukraine', color: '#F0E442', count: null, hidden: false },
];

function texts(ops: readonly DrawOp[]): string[] {
  return ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));
}

describe('wrapText', () => {
  it('breaks between words so no line is wider than the width', () => {
    const lines = wrapText('one two three four five six', FONT, 60, measure);
    expect(lines).toEqual(['one two', 'three four', 'five six']);
    for (const line of lines) expect(measure(line, FONT)).toBeLessThanOrEqual(60);
  });

  it('puts a word wider than the line on its own line rather than losing it', () => {
    expect(wrapText('a extraordinarily b', FONT, 30, measure)).toEqual(['a', 'extraordinarily', 'b']);
  });

  it('collapses runs of spaces and gives no lines for blank text', () => {
    expect(wrapText('  a   b ', FONT, 1000, measure)).toEqual(['a b']);
    expect(wrapText('   ', FONT, 1000, measure)).toEqual([]);
  });
});

describe('legendLabel', () => {
  it('shows the count, says when the filter hides a stance, and leaves uncounted entries bare', () => {
    expect(legend.map(legendLabel)).toEqual(['Troops (2)', 'Opposed: hidden by the filter', 'Ukraine']);
  });
});

describe('layoutView', () => {
  const input = {
    mapWidth: 400,
    mapHeight: 300,
    title: 'The coalition of the willing',
    subtitle: 'As of 10 April 2025',
    legend,
    credits: [
      'Sources: a very long list of article titles that will certainly need more than one line here.',
    ],
  };
  const layout = layoutView(input, measure);

  it('is as wide as the map and places the map full width under the header', () => {
    expect(layout.width).toBe(400);
    const map = layout.ops.find((op) => op.kind === 'map');
    expect(map).toMatchObject({ x: 0, width: 400, height: 300 });
    const titleOp = layout.ops.find((op) => op.kind === 'text' && op.text.startsWith('The coalition'));
    expect(titleOp && map && titleOp.y < map.y).toBe(true);
  });

  it('draws the title, subtitle, every legend entry and the wrapped credits', () => {
    const all = texts(layout.ops);
    expect(all).toEqual(
      expect.arrayContaining(['The coalition of the willing', 'As of 10 April 2025', 'Troops (2)']),
    );
    expect(all.join(' ')).toContain(input.credits[0]);
    expect(layout.ops.filter((op) => op.kind === 'fill')).toHaveLength(legend.length);
  });

  it('keeps every drawing inside the image', () => {
    for (const op of layout.ops) {
      const width = op.kind === 'text' ? measure(op.text, op.font) : op.width;
      const height = op.kind === 'text' ? op.font.size : op.height;
      expect(op.x).toBeGreaterThanOrEqual(0);
      expect(op.x + width).toBeLessThanOrEqual(layout.width);
      expect(op.y + height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('fades the swatch of a stance the filter hides', () => {
    const fills = layout.ops.filter((op) => op.kind === 'fill');
    expect(fills.map((f) => f.alpha)).toEqual([1, 0.25, 1]);
  });

  it('writes in the ink it is given (the dark theme), and dark on white by default', () => {
    const colours = (ops: readonly DrawOp[]) =>
      new Set(ops.flatMap((op) => (op.kind === 'text' ? [op.color] : [])));
    expect(colours(layout.ops)).toEqual(new Set(['#1b1b1b', '#555049']));
    const ink = { background: '#16191D', text: '#ECEAE6', muted: '#B4AFA6' };
    expect(colours(layoutView({ ...input, ink }, measure).ops)).toEqual(new Set([ink.text, ink.muted]));
  });

  it('wraps the legend onto more rows on a narrow map, growing the image', () => {
    const narrow = layoutView({ ...input, mapWidth: 160 }, measure);
    const swatchRows = new Set(narrow.ops.filter((op) => op.kind === 'fill').map((op) => op.y));
    expect(swatchRows.size).toBeGreaterThan(1);
    expect(narrow.height).toBeGreaterThan(layout.height);
  });
});

describe('formatDay', () => {
  it('writes a calendar day in British English whatever the time zone', () => {
    expect(formatDay('2025-04-10')).toBe('10 April 2025');
    expect(formatDay('2025-03-06')).toBe('6 March 2025');
  });

  it('rejects text that is not a date', () => {
    expect(() => formatDay('soon')).toThrow('formatDay: "soon" is not a date');
  });
});
