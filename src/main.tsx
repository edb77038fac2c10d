// Entry point: the flags and theme (boot.ts), then React hydrates the prerendered page
// (render-app.tsx). The map starts in CoalitionMap's effect, the one way it starts; its chunk
// (MapLibre) is asked for here so it downloads while React hydrates, and so are the interior
// points the map's camera needs.
import { flags, queryNotices } from './boot';
// MapLibre's styles (the part the map uses, map/maplibre-core.css) before the app's, so app.css
// wins where both set a rule (.map-canvas is absolutely placed; .maplibregl-map would make it
// relative, and zero high).
import './map/maplibre-core.css';
import './app.css';
import './sheet/narrow-layout.css';
import './no-js.css';
import 'virtual:palette.css';
import { countryPoints } from './map/map-data';
import { renderApp } from './render-app';
import { showStartFailure } from './start-failure';

const root = document.getElementById('root');
if (!root) throw new Error('index.html: the page has no #root element to render into');

// An embed may be far off screen, where it starts no map at all (lazy-near-viewport.ts).
if (!flags.embed) {
  import('./map/map-session').catch(() => {});
  countryPoints();
}

try {
  renderApp(root, flags, queryNotices);
} catch (error) {
  showStartFailure(root, error as Error);
}
