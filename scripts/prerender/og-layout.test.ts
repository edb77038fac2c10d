import { describe, expect, it } from 'vitest';
import { STANCE_LABELS, STANCES } from '../../src/data/stances.ts';
import type { Measure } from '../../src/export/png-layout.ts';
import { wrapText } from '../../src/export/png-layout.ts';
import { measureText } from './og-image.tsx';
import {
  type CardLayout,
  type CountryCardWords,
  countryCardLayout,
  fitText,
  OG_HEIGHT,
  overviewCardLayout,
  PAD,
  PANEL_WIDTH,
  TEXT_WIDTH,
} from './og-layout.ts';

/** Every line stays inside the panel's margins (end-aligned lines end at the margin). */
function expectInsidePanel(layout: CardLayout) {
  for (const line of layout.lines) {
    const width = measureText(line.text, line.font);
    const left = line.end ? line.x - width : line.x;
    expect(left, line.text).toBeGreaterThanOrEqual(PAD);
    expect(left + width, line.text).toBeLessThanOrEqual(PANEL_WIDTH - PAD + 0.01);
    expect(line.y, line.text).toBeLessThanOrEqual(OG_HEIGHT - PAD + 1);
    expect(line.y - line.font.size, line.text).toBeGreaterThanOrEqual(PAD / 2);
  }
}

/** No two lines overlap vertically when they share the same column. */
function expectNoOverlap(layout: CardLayout) {
  const lines = [...layout.lines].filter((l) => !l.end).sort((a, b) => a.y - b.y);
  for (let i = 1; i < lines.length; i++) {
    const [above, below] = [lines[i - 1], lines[i]];
    if (!above || !below) continue;
    expect(below.y - below.font.size * 0.75, `${above.text} / ${below.text}`).toBeGreaterThan(above.y);
  }
}

const country = (name: string, stance = 'Named, no stated commitment'): CountryCardWords => ({
  kicker: 'The coalition of the willing for Ukraine, 2025',
  name,
  stance,
  stanceKey: 'unstated',
  stanceLead: 'What the sources say it commits',
  note: 'The sources differ: the page shows both sides',
  sources:
    'Sources: 4\u00a0news reports (1\u00a0original report, 2\u00a0rewrites, 1\u00a0machine translation)',
});

describe("wrapText at spaces only (the share pictures' words)", () => {
  const fixed: Measure = (text) => text.length * 10;
  it('wraps at plain spaces only, keeping no-break spaces inside their line', () => {
    expect(wrapText('aa bb cc', { size: 10, weight: 400 }, 50, fixed, ' ')).toEqual(['aa bb', 'cc']);
    expect(wrapText('aa\u00a0bb cc', { size: 10, weight: 400 }, 40, fixed, ' ')).toEqual([
      'aa\u00a0bb',
      'cc',
    ]);
  });
});

describe('fitText', () => {
  const fixed: Measure = (text, font) => text.length * font.size * 0.5;
  it('takes the largest size that fits the lines allowed', () => {
    const fitted = fitText('Ireland', 100, 1, [40, 30, 20], 600, fixed);
    expect(fitted).toEqual({ font: { size: 20, weight: 600 }, lines: ['Ireland'] });
  });

  it('shrinks below the smallest size for a word wider than the line', () => {
    const fitted = fitText('Herzegovina', 100, 2, [40, 30], 600, fixed);
    expect(fitted.lines).toEqual(['Herzegovina']);
    expect(fixed('Herzegovina', fitted.font)).toBeLessThanOrEqual(100);
  });

  it('cuts lines past the limit with an ellipsis that fits', () => {
    const fitted = fitText('one two three four five six seven', 60, 2, [20], 400, fixed);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]).toMatch(/…$/);
    for (const line of fitted.lines) expect(fixed(line, fitted.font)).toBeLessThanOrEqual(60);
  });
});

describe('countryCardLayout', () => {
  it.each([
    'Ireland',
    'United Kingdom',
    'Bosnia and Herzegovina',
    'Saint Vincent and the Grenadines',
    'Democratic Republic of the Congo',
    'The United Kingdom of Great Britain and Northern Ireland',
    'Kazakhstanuzbekistanturkmenistan',
  ])('keeps "%s" and every other line inside the panel, without overlaps', (name) => {
    const layout = countryCardLayout(country(name), measureText);
    expectInsidePanel(layout);
    expectNoOverlap(layout);
    // The name whole, never cut with an ellipsis.
    const nameLines = layout.lines.filter((l) => l.part === 'name');
    expect(nameLines.map((l) => l.text).join(' ')).toBe(name);
  });

  it('sets a long name smaller than a short one', () => {
    const size = (name: string) =>
      countryCardLayout(country(name), measureText).lines.find((l) => l.part === 'name')?.font.size ?? 0;
    expect(size('Bosnia and Herzegovina')).toBeGreaterThan(0);
    expect(size('Bosnia and Herzegovina')).toBeLessThan(size('Ireland'));
  });

  it('keys the stance with its colour, and the supported country with its hatch', () => {
    expect(countryCardLayout(country('Ireland'), measureText).swatches).toEqual([
      expect.objectContaining({ fill: { stance: 'unstated' } }),
    ]);
    const ukraine = countryCardLayout(
      {
        ...country('Ukraine', 'The country the coalition supports'),
        stanceKey: null,
        stanceLead: null,
        note: null,
      },
      measureText,
    );
    expect(ukraine.swatches).toEqual([expect.objectContaining({ fill: 'supported' })]);
    expect(ukraine.lines.map((l) => l.text)).not.toContain('What the sources say it commits');
  });
});

describe('overviewCardLayout', () => {
  it('lists every stance with its count inside the panel, above the source line', () => {
    const layout = overviewCardLayout(
      {
        title: 'The coalition of the willing for Ukraine, 2025',
        subtitle: 'What 4 news reports say 12 countries commit',
        rows: STANCES.map((stance, i) => ({ label: STANCE_LABELS[stance], stance, count: i + 1 })),
        supported: 'Ukraine (supported)',
        sources: country('x').sources,
      },
      measureText,
    );
    expectInsidePanel(layout);
    expectNoOverlap(layout);
    expect(layout.swatches).toHaveLength(STANCES.length + 1);
    for (const [i, stance] of STANCES.entries()) {
      const label = layout.lines.find((l) => l.text === STANCE_LABELS[stance]);
      const count = layout.lines.find((l) => l.end && l.text === String(i + 1));
      expect(label, stance).toBeDefined();
      expect(count?.y, stance).toBe(label?.y);
    }
    expect(TEXT_WIDTH).toBe(PANEL_WIDTH - 2 * PAD);
  });
});
