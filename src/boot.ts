// What runs before React: imported first by main.tsx, so it is evaluated before React's modules.
// Reads the URL's flags and theme once, puts the URL's view in the store, starts the small
// download the map needs and the map itself (early-map.ts: MapLibre's worker then fetches the
// boundaries while React loads). The first paint inlined in index.html is on screen meanwhile.
import { dataset } from './data/dataset';
import { replaceOnlyHistory } from './embed/embed-history';
import { startEarlyMap } from './map/early-map';
import { countryPoints } from './map/map-data';
import { appStore } from './store/store';
import { bindUrl } from './store/url-sync';
import { parseThemeParam, startTheme } from './theme/theme';

export interface AppFlags {
  /** Rendered inside another site's iframe (?embed=1): the compact EmbedLayout instead. */
  embed: boolean;
}

/** The same rule as public/boot.js, which hides the full page's first paint in an embed. */
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

// Reads the hash into the store (notices for anything unknown) and keeps the two in step.
// Embedded, the hash still follows the view but adds no history entries (see embed-history.ts).
bindUrl(
  appStore,
  { ...dataset.coalition, sources: dataset.sources },
  flags.embed ? replaceOnlyHistory(window) : window,
);

countryPoints();
// An embed has no inlined first paint (boot.js hides it) and may be far off screen, where it
// builds no map at all (lazy-near-viewport.ts): its MapArea decides.
if (!flags.embed) startEarlyMap(appStore, dataset);
