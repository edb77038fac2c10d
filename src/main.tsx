// Entry point: the flags and theme (boot.ts), then React hydrates the prerendered page
// (render-app.tsx). The map starts in CoalitionMap's effect, the one way it starts; its chunk
// (MapLibre) and the interior points the map's camera needs are asked for before anything else
// evaluates (map/early-map.ts), so they download while React hydrates.
import { flags, queryNotices } from './boot';
// Next after boot.ts, on purpose: see early-map.ts.
import './map/early-map';
// MapLibre's styles (the part the map uses, map/maplibre-core.css) before the app's, so app.css
// wins where both set a rule (.map-canvas is absolutely placed; .maplibregl-map would make it
// relative, and zero high).
import './map/maplibre-core.css';
import './app.css';
import './sheet/narrow-layout.css';
import './no-js.css';
import 'virtual:palette.css';
import { renderApp } from './render-app';
import { showStartFailure } from './start-failure';

const root = document.getElementById('root');
if (!root) throw new Error('index.html: the page has no #root element to render into');

try {
  renderApp(root, flags, queryNotices);
} catch (error) {
  showStartFailure(root, error as Error);
}
