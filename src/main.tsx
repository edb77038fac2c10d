// Entry point. boot.ts first: the URL, the theme and the map's start run as soon as this chunk
// (MapLibre and the store) is evaluated. The inlined first paint is on screen all along.
//
// React and the rest of the page (list, panel, timeline) are a chunk of their own, asked for once
// the map is drawn, with the dataset's (unless the URL's view needed that sooner, see boot.ts):
// until then the map alone has the network and both cores, and the reader sees its picture.
// Sooner if the map fails (the page must say why), if the reader does anything, or at a deadline
// (a slow network should not hold the list back for long). An embed has no early map, so it
// starts React at once.
import { flags, loadDataset } from './boot';
// MapLibre's styles (the part the map uses, map/maplibre-core.css) before the app's, so app.css
// wins where both set a rule (.map-canvas is absolutely placed; .maplibregl-map would make it
// relative, and zero high).
import './map/maplibre-core.css';
import './app.css';
import './sheet/narrow-layout.css';
import 'virtual:first-paint.css';
import { earlyMapSettled } from './map/early-map';
import { showStartFailure } from './start-failure';

/** The longest the page waits for the map before rendering the rest anyway. */
const START_DEADLINE_MS = 2000;
const INPUT_EVENTS = ['pointerdown', 'keydown', 'focusin', 'wheel', 'touchstart'] as const;

const root = document.getElementById('root');
if (!root) throw new Error('index.html: the page has no #root element to render into');

let started = false;
function startApp(): void {
  if (started || !root) return;
  started = true;
  for (const type of INPUT_EVENTS) removeEventListener(type, startApp, true);
  // The store holds the URL's view before React's first render reads it.
  Promise.all([import('./render-app'), loadDataset()]).then(
    ([{ renderApp }]) => renderApp(root, flags),
    (error: Error) => showStartFailure(root, error),
  );
}

const mapSettled = earlyMapSettled();
if (mapSettled === null) {
  startApp();
} else {
  mapSettled.then(startApp);
  for (const type of INPUT_EVENTS) addEventListener(type, startApp, { capture: true, passive: true });
  setTimeout(startApp, START_DEADLINE_MS);
}
