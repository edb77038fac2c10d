// The palette must stay readable for the about 1 in 12 men with red-green colour blindness: every
// pair of map colours is compared as a deuteranope and a protanope see it (Machado et al. 2009),
// by CIEDE2000. About 2 is a just-noticeable difference; 10 is "clearly another colour" on a map
// patch next to it. Tritanopia (about 1 in 10,000) gets a lower bar.
import { describe, expect, it } from 'vitest';
import {
  chroma,
  contrastRatio,
  type Deficiency,
  deltaE2000,
  simulate,
  toLab,
} from '../../test-support/color-science';
import { STANCES, type Stance } from '../data/stances';
import { blendOver, DIMMED_OPACITY } from '../map/map-style';
import { PALETTES, type Palette, THEMES } from './palette';

type Vision = 'normal' | Deficiency;
const RED_GREEN: Vision[] = ['normal', 'deuteranopia', 'protanopia'];

function seenDifference(a: string, b: string, vision: Vision): number {
  if (vision === 'normal') return deltaE2000(toLab(a), toLab(b));
  return deltaE2000(toLab(simulate(a, vision)), toLab(simulate(b, vision)));
}

/** Every pair of the named colours, as [name, name, colour, colour]. */
function pairs(colours: Record<string, string>): (readonly [string, string, string, string])[] {
  const entries = Object.entries(colours);
  return entries.flatMap(([n1, c1], i) => entries.slice(i + 1).map(([n2, c2]) => [n1, n2, c1, c2] as const));
}

/** The colours a reader has to tell apart as categories: the stances and the supported country. */
const categories = (p: Palette) => ({ ...p.stances, supported: p.supported });
const COMMITTED = STANCES.filter((s): s is Exclude<Stance, 'unstated'> => s !== 'unstated');

describe.each(THEMES)('the %s palette', (theme) => {
  const palette = PALETTES[theme];

  it.each(RED_GREEN)('keeps every stance (and Ukraine) apart, seen with %s vision', (vision) => {
    for (const [n1, n2, c1, c2] of pairs(categories(palette))) {
      expect(seenDifference(c1, c2, vision), `${n1} ${c1} vs ${n2} ${c2}`).toBeGreaterThanOrEqual(10);
    }
  });

  it('keeps every stance apart under tritanopia, with a lower bar', () => {
    for (const [n1, n2, c1, c2] of pairs(categories(palette))) {
      expect(seenDifference(c1, c2, 'tritanopia'), `${n1} vs ${n2}`).toBeGreaterThanOrEqual(6);
    }
  });

  it.each(RED_GREEN)(
    'tells "unstated" from no-data land and from the sea, and land from sea (%s)',
    (vision) => {
      const unstated = palette.stances.unstated;
      expect(seenDifference(unstated, palette.noData, vision), 'unstated vs no data').toBeGreaterThanOrEqual(
        12,
      );
      expect(seenDifference(unstated, palette.sea, vision), 'unstated vs sea').toBeGreaterThanOrEqual(12);
      expect(seenDifference(palette.noData, palette.sea, vision), 'land vs sea').toBeGreaterThanOrEqual(8);
    },
  );

  it('makes "unstated" the quietest stance: least chroma, nearest to the no-data land', () => {
    const unstated = toLab(palette.stances.unstated);
    const land = toLab(palette.noData);
    expect(chroma(unstated)).toBeLessThanOrEqual(25);
    for (const stance of COMMITTED) {
      const lab = toLab(palette.stances[stance]);
      expect(chroma(unstated), `chroma vs ${stance}`).toBeLessThan(chroma(lab) - 10);
      expect(deltaE2000(unstated, land), `distance from land vs ${stance}`).toBeLessThan(
        deltaE2000(lab, land),
      );
    }
  });

  it.each(RED_GREEN)('never lets a filtered-out (faded) country pass for a shown stance (%s)', (vision) => {
    for (const faded of STANCES) {
      const dimmed = blendOver(palette.stances[faded], palette.noData, DIMMED_OPACITY);
      for (const shown of STANCES.filter((s) => s !== faded)) {
        const difference = seenDifference(dimmed, palette.stances[shown], vision);
        expect(difference, `faded ${faded} vs ${shown}`).toBeGreaterThanOrEqual(6);
      }
    }
  });

  // Against land and sea only: no single colour reaches 3:1 on both the dark land and the light
  // "peacekeeping" blue of the dark theme (the panel and the list name the selection as well).
  it('outlines the selected country visibly on land and sea (WCAG 3:1 non-text)', () => {
    for (const ground of [palette.noData, palette.sea, palette.stances.unstated]) {
      expect(contrastRatio(palette.selected, ground), `selected on ${ground}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('prints the PNG caption readably (WCAG AA 4.5:1)', () => {
    expect(contrastRatio(palette.text, palette.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.muted, palette.background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the two palettes', () => {
  it('name the same colours, all as #rrggbb', () => {
    for (const theme of THEMES) {
      const flat = { ...PALETTES[theme], ...PALETTES[theme].stances, stances: undefined };
      for (const [name, value] of Object.entries(flat)) {
        if (value !== undefined) expect(value, `${theme}.${name}`).toMatch(/^#[0-9A-F]{6}$/);
      }
    }
    expect(Object.keys(PALETTES.dark.stances)).toEqual([...STANCES]);
    expect(Object.keys(PALETTES.light.stances)).toEqual([...STANCES]);
  });

  it('give the dark theme a dark sea and land and the light theme light ones', () => {
    expect(toLab(PALETTES.dark.sea)[0]).toBeLessThan(25);
    expect(toLab(PALETTES.dark.noData)[0]).toBeLessThan(35);
    expect(toLab(PALETTES.light.sea)[0]).toBeGreaterThan(75);
    expect(toLab(PALETTES.light.noData)[0]).toBeGreaterThan(75);
  });
});
