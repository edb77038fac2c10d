// Entry point. boot.ts comes first: its imports and its body (the URL, the theme, the map's start)
// are evaluated before React's modules, so the map's worker is fetching the boundaries while
// React loads and renders. React then replaces the inlined first paint with the app, in one commit.
import { flags } from './boot';
// MapLibre's styles before the app's, so app.css wins where both set a rule (.map-canvas is
// absolutely placed; .maplibregl-map would make it relative, and zero high).
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import 'virtual:first-paint.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { dataset } from './data/dataset';
import { startEmbedBridge } from './embed/bridge';
import { appStore } from './store/store';

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
