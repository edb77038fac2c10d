// The only module that imports maplibre-gl as a value. Importing it sets the worker URL (Vite
// bundles the worker as its own file; MapLibre 6 starts it as a module worker from that URL).
import * as maplibregl from 'maplibre-gl';
import './maplibre-core.css';
import type { StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);

/** Raised instead of MapLibre's own error when WebGL cannot start; its message is for readers. */
export class MapUnavailableError extends Error {
  override name = 'MapUnavailableError';
}

/** The first camera: `bounds` fitted with `padding`, as the static first paint frames them. */
export interface FirstCamera {
  bounds: [[number, number], [number, number]];
  padding: number;
}

export function createMap(
  container: HTMLElement,
  style: StyleSpecification,
  camera: FirstCamera,
): maplibregl.Map {
  try {
    return new maplibregl.Map({
      container,
      style,
      // Set at construction, not after the data arrives: the first frame is the final view.
      bounds: camera.bounds,
      fitBoundsOptions: { padding: camera.padding, maxZoom: 5 },
      minZoom: 0.5,
      maxZoom: 7,
      // A flat choropleth: rotation and pitch only disorient.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: false,
      // Credits (MapLibre, Natural Earth) are in the page footer; no control links off-site.
      attributionControl: false,
      // The style is built by map-style.ts and checked against the style spec by its unit tests;
      // validating it again on every page load costs the first frame.
      validateStyle: false,
    });
  } catch (error) {
    console.warn('MapLibre could not start:', error);
    throw new MapUnavailableError('The interactive map needs WebGL 2, which this browser could not start.');
  }
}

/**
 * A DOM label centred on a place, one line per entry (no glyphs needed). `place-label.ts` moves
 * it (its offset) to where it covers no other coloured country, or hides it.
 */
export function addPlaceLabel(
  map: maplibregl.Map,
  lngLat: [number, number],
  lines: string[],
): { element: HTMLElement; setOffset: (offset: [number, number]) => void; remove: () => void } {
  const element = document.createElement('div');
  element.className = 'map-place-label';
  element.dataset.testid = 'place-label';
  for (const line of lines) {
    const span = document.createElement('span');
    span.textContent = line;
    element.append(span);
  }
  const marker = new maplibregl.Marker({ element, anchor: 'center' }).setLngLat(lngLat).addTo(map);
  return { element, setOffset: (offset) => marker.setOffset(offset), remove: () => marker.remove() };
}
