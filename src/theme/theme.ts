// Which theme the page shows: `?theme=light|dark` when the URL asks (embeds match their host
// page this way), otherwise the system's prefers-color-scheme, followed live while the page is
// open. The choice is written to <html data-theme>, where the CSS custom properties switch; code
// that paints with the palette (the WebGL map, the swatches, the PNG) subscribes here.
import { quoteForNotice } from '../store/url';
import { PALETTES, type Palette, THEMES, type ThemeName } from './palette';

export interface ThemeParam {
  /** The theme the URL asks for, or null to follow the system. */
  theme: ThemeName | null;
  /** Set when the URL had a theme this app does not have: shown to the reader, then ignored. */
  notice: string | null;
}

const isTheme = (value: string): value is ThemeName => (THEMES as readonly string[]).includes(value);

/** Reads `theme` from a query string ("?embed=1&theme=dark"). Pure. */
export function parseThemeParam(search: string): ThemeParam {
  const value = new URLSearchParams(search).get('theme');
  if (value === null || value === '') return { theme: null, notice: null };
  const theme = value.toLowerCase();
  if (isTheme(theme)) return { theme, notice: null };
  return {
    theme: null,
    // Quoted short and without control characters: the value is whatever the link holds.
    notice: `The link asks for a theme ${quoteForNotice(value)}, which this map does not have (light or dark); it follows your system setting instead.`,
  };
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

let requested: ThemeName | null = null;
let current: ThemeName = 'light';
const listeners = new Set<() => void>();

function set(theme: ThemeName): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  // The map frame's colour before (or without) the map: the palette's sea, through CSSOM (allowed
  // under style-src 'self', unlike a style attribute or element).
  root.style.setProperty('--map-sea', PALETTES[theme].sea);
  if (theme === current) return;
  current = theme;
  for (const listener of listeners) listener();
}

/**
 * Applies the theme now and keeps it current: the URL's choice if any, else the system's, which
 * is followed while the page is open. Returns the function that stops following.
 */
export function startTheme(fromUrl: ThemeName | null): () => void {
  requested = fromUrl;
  if (fromUrl !== null || typeof matchMedia !== 'function') {
    set(fromUrl ?? 'light');
    return () => {};
  }
  const query = matchMedia(DARK_QUERY);
  const follow = () => set(query.matches ? 'dark' : 'light');
  follow();
  query.addEventListener('change', follow);
  return () => query.removeEventListener('change', follow);
}

export function currentTheme(): ThemeName {
  return current;
}

/** The theme the URL asked for (null when the page follows the system): embeds carry it on. */
export function requestedTheme(): ThemeName | null {
  return requested;
}

export function currentPalette(): Palette {
  return PALETTES[current];
}

/** Calls `listener` after every theme change; returns the unsubscribe. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
