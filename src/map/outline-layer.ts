// The hover and selection outline joins the map after its first view is drawn, unless that view
// selects a country. Until the reader points at or picks a country it draws nothing, yet laying
// out its lines (the dataset's countries, a third of the world's boundary points here) and drawing
// them delayed the first view by about 0.07 times the bare-MapLibre floor's ready time on a machine
// without a GPU (README.md, Performance).
// It has a source of its own (map-style.ts: the same tiles, from the HTTP cache), so adding it
// loads that source alone: the countries' tiles are not laid out again, and the map keeps drawing
// while the worker prepares it.
import type { Map as MapLibreMap, SourceSpecification, StyleSpecification } from 'maplibre-gl';

import type { AppStore } from '../store/store';
import { TILE_LAYER } from './boundary-tiles';
import { LAYER_HIGHLIGHT, LAYER_SMALL, SOURCE_OUTLINED } from './map-style';

/** The map methods this needs (a maplibregl.Map satisfies it; tests pass a fake). */
export type OutlineMap = Pick<MapLibreMap, 'getSource' | 'addSource' | 'addLayer' | 'setFeatureState'>;

/**
 * Adds the outline's source and layer from `styleNow()` (the current theme's full style, built
 * only when needed), under the small-country dots, and marks the store's hovered and selected
 * countries on it: sync-map.ts writes later changes. Does nothing if the map has it already.
 */
export function addOutline(map: OutlineMap, styleNow: () => StyleSpecification, store: AppStore): void {
  if (map.getSource(SOURCE_OUTLINED)) return;
  const style = styleNow();
  const source = style.sources[SOURCE_OUTLINED];
  const layer = style.layers.find((l) => l.id === LAYER_HIGHLIGHT);
  if (!source || !layer) throw new Error(`map-style.ts: the style has no ${SOURCE_OUTLINED} outline`);
  map.addSource(SOURCE_OUTLINED, source as SourceSpecification);
  map.addLayer(layer, LAYER_SMALL);
  const { hovered, selected } = store.getState();
  const feature = (id: string) => ({ source: SOURCE_OUTLINED, sourceLayer: TILE_LAYER, id });
  if (hovered) map.setFeatureState(feature(hovered), { hover: true });
  if (selected) map.setFeatureState(feature(selected), { selected: true });
}
