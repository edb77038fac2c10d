// The one source of every map colour, in a light and a dark variant: the WebGL map, the static
// SVG map, the legend and list swatches and the PNG export all read it from here. The page's own
// colours (text, panels, buttons) are CSS custom properties in app.css, under the same data-theme.
//
// Committed stances keep Okabe & Ito's colour-blind-safe hues (https://jfly.uni-koeln.de/color/);
// "named, no stated commitment" is a pale, greyish sand, the quietest stance, so that a country
// named without a commitment never looks as if it had committed the most. palette.test.ts checks
// every pair under deuteranopia and protanopia (CIEDE2000), in both themes.
import type { Stance } from '../data/stances';

export const THEMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

export interface Palette {
  stances: Record<Stance, string>;
  /** The country the coalition supports (Ukraine). */
  supported: string;
  /** Land the sources do not name; also the underlay a filtered-out country fades towards. */
  noData: string;
  sea: string;
  /** Lines between countries and around the small-country dots. */
  border: string;
  /** Outline of the selected country. */
  selected: string;
  /** Outline of the country under the pointer. */
  hover: string;
  /** Hatch lines over the supported country in the static SVG map. */
  supportsHatch: string;
  /** Around the map in the PNG export: background, title text, secondary text. */
  background: string;
  text: string;
  muted: string;
}

export const LIGHT_PALETTE: Palette = {
  stances: {
    troops: '#0072B2',
    'peacekeeping-only': '#56B4E9',
    'other-support': '#009E73',
    opposed: '#D55E00',
    unstated: '#E2C8A4',
  },
  supported: '#F0E442',
  noData: '#DCDCDC',
  sea: '#C2D7EA',
  border: '#FFFFFF',
  selected: '#111111',
  hover: '#3A3A3A',
  supportsHatch: '#0057B7',
  background: '#FFFFFF',
  text: '#1B1B1B',
  muted: '#555049',
};

// On a dark ground the committed stances are lifted in lightness (Okabe-Ito blue at its own
// lightness would sink into the dark land) and "unstated" is a dim khaki, still the quietest.
export const DARK_PALETTE: Palette = {
  stances: {
    troops: '#2E86C8',
    'peacekeeping-only': '#7CC6F0',
    'other-support': '#1DB088',
    opposed: '#E8722A',
    unstated: '#716149',
  },
  supported: '#F0E442',
  noData: '#3A3E44',
  sea: '#111C26',
  border: '#15191E',
  selected: '#FFFFFF',
  hover: '#C9CDD2',
  supportsHatch: '#0057B7',
  background: '#16191D',
  text: '#ECEAE6',
  muted: '#B4AFA6',
};

export const PALETTES: Record<ThemeName, Palette> = { light: LIGHT_PALETTE, dark: DARK_PALETTE };
