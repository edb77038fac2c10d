// What runs before React: the URL's flags and the theme, read once. main.tsx imports it first.
import { parseThemeParam, startTheme } from './theme/theme';

export interface AppFlags {
  /** Rendered inside another site's iframe (?embed=1): the compact EmbedLayout instead. */
  embed: boolean;
}

/** The embed's own prerendered page, `embed/` under the site's root (what the snippet links). */
const EMBED_PAGE = /\/embed\/(?:index\.html)?$/;

/**
 * The same rule as public/boot.js: the embed page, or any page with ?embed=1 (older snippets),
 * where the full page's prerendered markup is hidden and the embed's layout rendered instead.
 */
export function readFlags(search: string, pathname: string): AppFlags {
  const embed = new URLSearchParams(search).get('embed');
  return { embed: EMBED_PAGE.test(pathname) || (embed !== null && embed !== '0' && embed !== 'false') };
}

export const flags = readFlags(location.search, location.pathname);

// ?theme=light|dark (embeds match their host page), else the system setting, followed live.
// public/boot.js has already set <html data-theme> for the first paint; this keeps it current.
const theme = parseThemeParam(location.search);
startTheme(theme.theme);

/** What the reader is told about the address's query (a theme this map does not have): shown
 *  once React has taken the page, like the notices of the hash (render-app.tsx). */
export const queryNotices: readonly string[] = theme.notice ? [theme.notice] : [];
