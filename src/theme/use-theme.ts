// React's view of the theme: components that paint with the palette (swatches, the static map)
// re-render when it changes. useSyncExternalStore: the theme lives outside React (theme.ts).
import { useSyncExternalStore } from 'react';

import { PALETTES, type Palette, type ThemeName } from './palette';
import { currentTheme, subscribeTheme } from './theme';

/** The theme the build prerenders in: what the hydrating render must use, whatever the reader's. */
const PRERENDERED_THEME: ThemeName = 'light';

export function useTheme(): ThemeName {
  return useSyncExternalStore(subscribeTheme, currentTheme, () => PRERENDERED_THEME);
}

export function usePalette(): Palette {
  return PALETTES[useTheme()];
}
