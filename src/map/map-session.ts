// Everything one MapLibre map needs, wired imperatively: create it at its first view, let its
// worker fetch the boundaries, sync it with the store, handle the pointer, and report when the
// first full render is done. CoalitionMap starts it once React has hydrated the page. Its first
// camera, outlines of far members and small-country dots are baked into the bundle by the build
// (virtual:first-view), so the first frame is the final view.

import { firstView } from 'virtual:first-view';
import type { Map as MapLibreMap } from 'maplibre-gl';

import type { SummaryIndex } from '../data/summary';
import { provideMapPicture } from '../export/map-registry';
import type { AppStore } from '../store/store';
import { bindMapTheme } from '../theme/map-theme';
import type { Palette } from '../theme/palette';
import { currentPalette } from '../theme/theme';
import { TILE_LAYER } from './boundary-tiles';
import { datasetLookup } from './country-lookup';
import { addPlaceLabel, createMap } from './create-map';
import { addEdgeMarkers } from './edge-markers';
import { firstViewCountries } from './first-view-countries';
import { provideLiveMap } from './live-map';
import { type CountryPoints, countriesUrl, countryPoints } from './map-data';
import { bindInteraction, type CountryLookup } from './map-interaction';
import { buildMapStyle, SOURCE_COUNTRIES, withoutOutline } from './map-style';
import { fitView } from './motion';
import { addOutline } from './outline-layer';
import { keepLabelClear } from './place-label';
import { syncSelection, syncView } from './sync-map';
import { installTestHook } from './test-hook';
import { viewPadding } from './view-geometry';

export interface MapSession {
  map: MapLibreMap;
  /** Back to the default frame (default-frame.ts), which the map starts at. */
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

/** Throws MapUnavailableError when WebGL cannot start; later failures go to `events.onError`. */
export function startMapSession(
  container: HTMLElement,
  store: AppStore,
  index: SummaryIndex,
  events: SessionEvents,
  retry = false,
): MapSession {
  const sources = { countries: countriesUrl(), smallPoints: firstView.smallPoints };
  const countries = firstViewCountries(index);
  const styleFor = (palette: Palette) => buildMapStyle(countries, firstView.supports, palette, sources);
  // The hover/selection outline joins once the first view is drawn (outline-layer.ts), or at the
  // binding below if that view selects a country.
  const map = createMap(container, withoutOutline(styleFor(currentPalette())), {
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

  const lookup: CountryLookup = datasetLookup(index, store);
  const select = (iso3: string | null) => store.getState().select(iso3);

  const bind = (points: CountryPoints) => {
    cleanups.push(syncView(map, store, index));
    const outline = () => addOutline(map, () => styleFor(currentPalette()), store);
    // A link that selects a country shows its outline in the first drawn frame.
    if (store.getState().selected !== null) outline();
    cleanups.push(
      syncSelection(map, store, points, undefined, firstView.outsideBodies),
      bindInteraction(map, store, () => lookup, tooltip, { select, sizes: firstView.sizes }),
    );
    // The theme can change while the page is open (the system setting): recolour in place.
    cleanups.push(bindMapTheme(map, styleFor));
    const supported = points[firstView.supports];
    if (supported) {
      const at: [number, number] = [supported[0], supported[1]];
      const label = addPlaceLabel(map, at, ['Ukraine', '(supported)']);
      const coloured = new Set(countries.map((c) => c.iso3));
      cleanups.push(keepLabelClear(map, label, at, coloured), label.remove);
    }
    cleanups.push(addEdgeMarkers(map, countries, firstView.outside, points, firstView.outsideBodies, select));

    // Ready = an idle frame in which the boundaries are loaded and drawn, with the store's view.
    const onIdle = () => {
      if (
        !map.isSourceLoaded(SOURCE_COUNTRIES) ||
        map.querySourceFeatures(SOURCE_COUNTRIES, { sourceLayer: TILE_LAYER }).length === 0
      )
        return;
      map.off('idle', onIdle);
      ready = true;
      container.dataset.ready = 'true';
      cleanups.push(installTestHook(map, points));
      cleanups.push(provideMapPicture({ kind: 'webgl', map }), provideLiveMap(map));
      outline();
      events.onReady();
    };
    map.on('idle', onIdle);
    // The boundaries may have been drawn (and the map gone idle) before the points arrived.
    map.triggerRepaint();
  };

  // The style is an object, but MapLibre still applies it a frame later; its sources exist after.
  const styleLoaded = new Promise<void>((resolve) => map.once('style.load', () => resolve()));
  Promise.all([countryPoints(retry), styleLoaded]).then(
    ([points]) => {
      if (!disposed) bind(points);
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
