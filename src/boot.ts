// What runs before React: the URL's flags and the theme, read once. main.tsx imports it first.
import { appStore } from './store/store';
import { parseThemeParam, startTheme } from './theme/theme';

export interface AppFlags {
  /** Rendered inside another site's iframe (?embed=1): the compact EmbedLayout instead. */
  embed: boolean;
}

/** The same rule as public/boot.js, which hides the full page's prerendered markup in an embed. */
export function readFlags(search: string): AppFlags {
  const embed = new URLSearchParams(search).get('embed');
  return { embed: embed !== null && embed !== '0' && embed !== 'false' };
}

export const flags = readFlags(location.search);

// ?theme=light|dark (embeds match their host page), else the system setting, followed live.
// public/boot.js has already set <html data-theme> for the first paint; this keeps it current.
const theme = parseThemeParam(location.search);
startTheme(theme.theme);
if (theme.notice) appStore.getState().addNotices([theme.notice]);
