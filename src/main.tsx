// Entry point: start the slow thing first (the boundary download), read the URL and the
// embed flag once, then render. The map itself is created by CoalitionMap's mount effect.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchMapData } from './map/map-data';
// MapLibre's styles before the app's, so app.css wins where both set a rule (.map-canvas is
// absolutely placed; .maplibregl-map would make it relative, and zero high).
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { App, type AppFlags } from './App';
import { dataset } from './data/dataset';
import { startEmbedBridge } from './embed/bridge';
import { replaceOnlyHistory } from './embed/embed-history';
import { appStore } from './store/store';
import { bindUrl } from './store/url-sync';
import { parseThemeParam, startTheme } from './theme/theme';

// In parallel with React's first render: the geojson download. The map's worker is NOT prewarmed:
// a worker started before any map listens for its errors fails silently (a dropped or blocked
// worker script left the map "Loading…" forever, and Retry reused the broken worker), and an
// embed scrolled far off screen builds no map (lazy-near-viewport.ts), so should boot no worker.
// The map starts its worker itself, a moment later, in its mount effect.
prefetchMapData();

function readFlags(search: string): AppFlags {
  const embed = new URLSearchParams(search).get('embed');
  return { embed: embed !== null && embed !== '0' && embed !== 'false' };
}

const flags = readFlags(location.search);
// ?theme=light|dark (embeds match their host page), else the system setting, followed live.
// Set on <html data-theme> before the first render so no frame shows the other theme.
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

const root = document.getElementById('root');
if (!root) throw new Error('index.html: the page has no #root element to render into');
createRoot(root).render(
  <StrictMode>
    <App flags={flags} />
  </StrictMode>,
);

// In another site's frame: report height, readiness and the view; take its select/filter messages.
if (flags.embed && window.parent !== window) {
  startEmbedBridge(appStore, { target: window.parent, validIso3: new Set(dataset.countryByIso3.keys()) });
}
