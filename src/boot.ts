// What runs before React: imported first by main.tsx, so it is evaluated before anything else.
// Reads the URL's flags and theme once and starts the map (early-map.ts: MapLibre's worker then
// fetches the boundaries). The map does not need the dataset: its first colours, outlines,
// tooltips and camera are baked in by the build (virtual:first-view). The dataset's own chunk,
// which puts the URL's view in the store, loads after the map is ready, or at once when the URL
// has a view of its own. The first paint inlined in index.html is on screen meanwhile.
import type { DatasetIndex } from './data/indexes';
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

let dataset: Promise<DatasetIndex> | null = null;

/**
 * The dataset, with the URL's view read into the store (notices for anything unknown) and the
 * two kept in step; the first call starts the download of its chunk. Embedded, the hash still
 * follows the view but adds no history entries (embed-history.ts). Everything that reads the
 * store's view waits for this. main.tsx calls it once the map is ready (with React's chunk), or
 * sooner (see there).
 */
export function loadDataset(): Promise<DatasetIndex> {
  dataset ??= import('./data/dataset').then(({ dataset: index }) => {
    bindUrl(
      appStore,
      { ...index.coalition, sources: index.sources },
      flags.embed ? replaceOnlyHistory(window) : window,
    );
    return index;
  });
  return dataset;
}

/**
 * A hash is a view of the reader's (a date, a filter, a country): the map's first frame must
 * show it, so the dataset loads at once. An empty one is the latest view with every stance,
 * which is the map's baked first view: the dataset, the part of the page that grows with the
 * data, can wait until the map is ready.
 */
const urlHasView = location.hash.length > 1;
if (urlHasView) loadDataset().catch(() => {});

countryPoints();
// An embed has no inlined first paint (boot.js hides it) and may be far off screen, where it
// builds no map at all (lazy-near-viewport.ts): its MapArea decides.
if (!flags.embed) startEarlyMap(appStore, { load: loadDataset, first: urlHasView });
