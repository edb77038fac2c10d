// A small typed hook for end-to-end tests: what only the WebGL canvas knows (where a country is
// drawn). Installed once the first render with data is done, together with data-ready="true".
import type { Map as MapLibreMap } from 'maplibre-gl';

import type { CountryPoints } from './map-data';

export interface CoalitionTestHook {
  /** Client-pixel position of the country's interior point (from country-points.json). */
  project: (iso3: string) => { x: number; y: number };
}

declare global {
  interface Window {
    __map?: MapLibreMap;
    __coalition?: CoalitionTestHook;
  }
}

export function installTestHook(map: MapLibreMap, points: CountryPoints): () => void {
  window.__map = map;
  window.__coalition = {
    project: (iso3) => {
      const point = points[iso3];
      if (!point)
        throw new Error(`__coalition.project: no interior point for "${iso3}" in country-points.json`);
      const rect = map.getContainer().getBoundingClientRect();
      const p = map.project([point[0], point[1]]);
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
  };
  return () => {
    if (window.__map === map) {
      delete window.__map;
      delete window.__coalition;
    }
  };
}
