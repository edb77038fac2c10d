// Everything one MapLibre map needs, wired imperatively: create it at its first view, let its
// worker fetch the boundaries, sync it with the store, handle the pointer, and report when the
// first full render is done. main.tsx starts one before React renders (early-map.ts), which
// CoalitionMap adopts; CoalitionMap starts its own when there is none (embeds, Retry).

import { firstView } from 'virtual:first-view';
import type { Map as MapLibreMap } from 'maplibre-gl';

import type { DatasetIndex } from '../data/indexes';
import { provideMapPicture } from '../export/map-registry';
import type { AppStore } from '../store/store';
import { bindMapTheme } from '../theme/map-theme';
import type { Palette } from '../theme/palette';
import { currentPalette } from '../theme/theme';
import { addPlaceLabel, createMap } from './create-map';
import { type CountryPoints, countriesUrl, countryPoints } from './map-data';
import { bindInteraction } from './map-interaction';
import { buildMapStyle, SOURCE_COUNTRIES } from './map-style';
import { fitView } from './motion';
import { syncMap } from './sync-map';
import { installTestHook } from './test-hook';
import { viewPadding } from './view-geometry';

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

/** The hover tooltip: map-interaction.ts writes its text and position, React never re-renders it. */
function createTooltip(container: HTMLElement): HTMLElement {
  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.dataset.testid = 'tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  tooltip.append(document.createElement('strong'), document.createElement('span'));
  container.append(tooltip);
  return tooltip;
}

/**
 * Throws MapUnavailableError when WebGL cannot start; later failures go to `events.onError`.
 * `dataset` may still be loading (boot.ts starts the map before the dataset's chunk has arrived):
 * the map draws the curated stances baked in by the build until it is there and applied.
 */
export function startMapSession(
  container: HTMLElement,
  store: AppStore,
  dataset: Promise<DatasetIndex>,
  events: SessionEvents,
  retry = false,
): MapSession {
  const sources = { countries: countriesUrl(), smallPoints: firstView.smallPoints };
  const styleFor = (palette: Palette) =>
    buildMapStyle(firstView.stances, firstView.supports, palette, sources);
  const map = createMap(container, styleFor(currentPalette()), {
    bounds: firstView.bounds,
    padding: viewPadding(container.clientWidth),
  });
  const tooltip = createTooltip(container);
  const cleanups: (() => void)[] = [() => tooltip.remove()];
  let disposed = false;
  let ready = false;

  map.on('error', (e) => {
    console.error('Map error:', e.error);
    // Before the first render a failure leaves an empty map: report it. After, the map keeps
    // working with what it has, and the console has the detail.
    if (ready || disposed) return;
    const detail = e.error?.message ?? 'unknown error';
    events.onError(
      // A source's load failure carries its id (MapLibre's Style adds it to the error event).
      (e as { sourceId?: string }).sourceId === SOURCE_COUNTRIES
        ? `The map's boundaries could not be loaded: ${detail}`
        : `The map could not be drawn (${detail}).`,
    );
  });

  const bind = (points: CountryPoints, index: DatasetIndex) => {
    cleanups.push(syncMap(map, store, index, points), bindInteraction(map, store, index, tooltip));
    // The theme can change while the page is open (the system setting): recolour in place.
    cleanups.push(bindMapTheme(map, styleFor));
    const supported = points[index.coalition.supports];
    if (supported) cleanups.push(addPlaceLabel(map, [supported[0], supported[1]], 'Ukraine (supported)'));

    // Ready = an idle frame in which the boundaries are loaded and drawn, with the store applied.
    const onIdle = () => {
      if (!map.isSourceLoaded(SOURCE_COUNTRIES) || map.querySourceFeatures(SOURCE_COUNTRIES).length === 0)
        return;
      map.off('idle', onIdle);
      ready = true;
      container.dataset.ready = 'true';
      // The inlined first paint (early-map.ts) has done its job once the map is drawn.
      container.querySelector('.first-paint')?.remove();
      cleanups.push(installTestHook(map, points));
      cleanups.push(provideMapPicture({ kind: 'webgl', map }));
      events.onReady();
    };
    map.on('idle', onIdle);
    // The boundaries may have been drawn (and the map gone idle) before the points arrived.
    map.triggerRepaint();
  };

  // The style is an object, but MapLibre still applies it a frame later; its sources exist after.
  const styleLoaded = new Promise<void>((resolve) => map.once('style.load', () => resolve()));
  Promise.all([countryPoints(retry), styleLoaded, dataset]).then(
    ([points, , index]) => {
      if (!disposed) bind(points, index);
    },
    (error: Error) => {
      if (!disposed) events.onError(`The map's data could not be loaded: ${error.message}`);
    },
  );

  return {
    map,
    resetView: () => fitView(map, firstView.bounds, padding(map)),
    dispose: () => {
      disposed = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
      delete container.dataset.ready;
      map.remove();
    },
  };
}
