// Everything one MapLibre map needs, wired imperatively: create it, load the boundaries into it,
// fit the coalition, sync it with the store, handle the pointer, and report when the first full
// render is done. CoalitionMap starts one per mount and disposes it on unmount.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

import type { DatasetIndex } from '../data/indexes';
import { provideMapPicture } from '../export/map-registry';
import type { AppStore } from '../store/store';
import { bindMapTheme } from '../theme/map-theme';
import type { Palette } from '../theme/palette';
import { currentPalette } from '../theme/theme';
import { addPlaceLabel, createMap } from './create-map';
import { type Bounds, boundsOf, type MapData, mapData, smallCountryPoints, viewPadding } from './map-data';
import { bindInteraction } from './map-interaction';
import { buildMapStyle, SOURCE_COUNTRIES, SOURCE_POINTS } from './map-style';
import { fitView } from './motion';
import { syncMap } from './sync-map';
import { installTestHook } from './test-hook';

export interface MapSession {
  map: MapLibreMap;
  /** Back to the view that fits every country with a stance. */
  resetView: () => void;
  dispose: () => void;
}

export interface SessionEvents {
  onReady: () => void;
  onError: (message: string) => void;
}

function padding(map: MapLibreMap): number {
  return viewPadding(map.getCanvas().clientWidth);
}

/** Throws MapUnavailableError when WebGL cannot start; later failures go to `events.onError`. */
export function startMapSession(
  container: HTMLElement,
  tooltip: HTMLElement,
  store: AppStore,
  index: DatasetIndex,
  events: SessionEvents,
  retry = false,
): MapSession {
  const styleFor = (palette: Palette) => buildMapStyle(index.countries, index.coalition.supports, palette);
  const map = createMap(container, styleFor(currentPalette()));
  const cleanups: (() => void)[] = [];
  let disposed = false;
  let ready = false;
  let bounds: Bounds | null = null;

  map.on('error', (e) => {
    console.error('Map error:', e.error);
    // Before the first render a failure leaves an empty map: report it. After, the map keeps
    // working with what it has, and the console has the detail.
    if (!ready && !disposed)
      events.onError(`The map could not be drawn (${e.error?.message ?? 'unknown error'}).`);
  });

  const showData = (data: MapData) => {
    (map.getSource(SOURCE_COUNTRIES) as GeoJSONSource).setData(data.countries);
    const iso3s = index.countries.map((c) => c.iso3);
    (map.getSource(SOURCE_POINTS) as GeoJSONSource).setData(
      smallCountryPoints(data.countries, data.points, iso3s),
    );
    bounds = boundsOf(data.points, iso3s);
    if (bounds) map.jumpTo(map.cameraForBounds(bounds, { padding: padding(map), maxZoom: 5 }) ?? {});
    cleanups.push(syncMap(map, store, index, data.points), bindInteraction(map, store, index, tooltip));
    // The theme can change while the page is open (the system setting): recolour in place.
    cleanups.push(bindMapTheme(map, styleFor));
    const supported = data.points[index.coalition.supports];
    if (supported) cleanups.push(addPlaceLabel(map, [supported[0], supported[1]], 'Ukraine (supported)'));

    // Ready = an idle frame in which the boundaries are loaded and drawn (not the empty source).
    const onIdle = () => {
      if (!map.isSourceLoaded(SOURCE_COUNTRIES) || map.querySourceFeatures(SOURCE_COUNTRIES).length === 0)
        return;
      map.off('idle', onIdle);
      ready = true;
      container.dataset.ready = 'true';
      cleanups.push(installTestHook(map, data.points));
      cleanups.push(provideMapPicture({ kind: 'webgl', map }));
      events.onReady();
    };
    map.on('idle', onIdle);
  };

  // The style is an object, but MapLibre still applies it a frame later; its sources exist after.
  const styleLoaded = new Promise<void>((resolve) => map.once('style.load', () => resolve()));
  Promise.all([mapData(retry), styleLoaded]).then(
    ([data]) => {
      if (!disposed) showData(data);
    },
    (error: Error) => {
      if (!disposed) events.onError(`The map's boundaries could not be loaded: ${error.message}`);
    },
  );

  return {
    map,
    resetView: () => {
      if (bounds) fitView(map, bounds, padding(map));
    },
    dispose: () => {
      disposed = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
      delete container.dataset.ready;
      map.remove();
    },
  };
}
