// The one rule from a country's fill group (its stance, the supported country, or land the sources
// do not name) to its colour in each theme. The WebGL style (map-style.ts), the static SVG map
// (through the CSS palette-css.ts writes, and StaticFallback), the swatches and the PNG export all
// colour through it.
import type { Stance } from '../data/stances';
import { PALETTES, type Palette, type ThemeName } from './palette';

export type FillGroup = Stance | 'supported' | 'no-data';

export function fillColor(group: FillGroup, theme: ThemeName | Palette): string {
  const palette = typeof theme === 'string' ? PALETTES[theme] : theme;
  if (group === 'supported') return palette.supported;
  if (group === 'no-data') return palette.noData;
  return palette.stances[group];
}
