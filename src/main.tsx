// Entry point. boot.ts first: the URL, the theme and the map's start run as soon as this chunk
// (MapLibre and the store) is evaluated, so the map's worker is fetching the boundaries while
// React's chunk loads. The inlined first paint is on screen all along.
import { flags } from './boot';
// MapLibre's styles before the app's, so app.css wins where both set a rule (.map-canvas is
// absolutely placed; .maplibregl-map would make it relative, and zero high).
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import 'virtual:first-paint.css';
import { showStartFailure } from './start-failure';

const root = document.getElementById('root');
if (!root) throw new Error('index.html: the page has no #root element to render into');
import('./render-app').then(
  ({ renderApp }) => renderApp(root, flags),
  (error: Error) => showStartFailure(root, error),
);
