// The benchmark's floor: the least any MapLibre choropleth can do. The same boundary file as the
// app, one fill colour, no other layer, no framework, MapLibre's worker started from a bundled URL
// as the app starts it. The runner passes the app's camera and map size in the query (?lon, lat,
// zoom, w, h) so both draw the same view on the same number of pixels.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    __map?: maplibregl.Map;
  }
}

const SOURCE = 'countries';
const FILL_LAYER = 'fill';

function numberParam(params: URLSearchParams, name: string, fallback: number): number {
  const value = Number(params.get(name));
  return params.has(name) && Number.isFinite(value) ? value : fallback;
}

const params = new URLSearchParams(location.search);
const container = document.getElementById('map');
if (!container) throw new Error('bench/floor.html: no #map element');
if (params.has('w')) container.style.width = `${numberParam(params, 'w', 800)}px`;
if (params.has('h')) container.style.height = `${numberParam(params, 'h', 600)}px`;

const map = new maplibregl.Map({
  container,
  center: [numberParam(params, 'lon', 15), numberParam(params, 'lat', 50)],
  zoom: numberParam(params, 'zoom', 2),
  renderWorldCopies: false,
  attributionControl: false,
  style: {
    version: 8,
    // No paint transitions: the app restyles through feature-state, which never animates, so the
    // floor's restyle must not wait out MapLibre's default 300 ms fade either.
    transition: { duration: 0, delay: 0 },
    sources: {
      // A URL, not an object: the worker fetches and parses it, the cheapest path MapLibre has.
      // Absolute, because the worker would resolve a relative URL against its own script.
      [SOURCE]: { type: 'geojson', data: new URL('generated/countries.geojson', document.baseURI).href },
    },
    layers: [{ id: FILL_LAYER, type: 'fill', source: SOURCE, paint: { 'fill-color': '#4f7cac' } }],
  },
});
window.__map = map;

// The app's readiness rule (src/map/map-session.ts): the first idle with the boundaries drawn.
const onIdle = () => {
  if (!map.isSourceLoaded(SOURCE) || map.querySourceFeatures(SOURCE).length === 0) return;
  map.off('idle', onIdle);
  container.dataset.ready = 'true';
};
map.on('idle', onIdle);
