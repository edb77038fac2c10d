// Store -> map, outside React rendering (zustand "transient updates"): each change becomes
// setFeatureState calls on the features it concerns. The data is never re-sent to restyle.
import type { Map as MapLibreMap } from 'maplibre-gl';

import type { DatasetIndex } from '../data/indexes';
import { type Snapshot, snapshotAt } from '../data/snapshot';
import { afterNextPaint, type Defer, deferredSlot } from '../store/after-paint';
import type { AppState, AppStore } from '../store/store';
import type { CountryPoints } from './map-data';
import { type CountryFeatureState, SOURCE_COUNTRIES, SOURCE_POINTS } from './map-style';
import { revealPoint } from './motion';
import { renderAfterPaint } from './render-after-paint';

function setState(map: MapLibreMap, iso3: string, state: CountryFeatureState): void {
  // Both sources share the iso3 ids (promoteId); a country without a dot only stores the state.
  map.setFeatureState({ source: SOURCE_COUNTRIES, id: iso3 }, state);
  map.setFeatureState({ source: SOURCE_POINTS, id: iso3 }, state);
}

/**
 * Apply the store's current state to the map, then follow its changes. Returns the unsubscribe.
 * A new selection is drawn once `defer` runs (by default after the next paint), so the panel it
 * opens is painted without waiting for the map to redraw its outline (render-after-paint.ts).
 */
export function syncMap(
  map: MapLibreMap,
  store: AppStore,
  index: DatasetIndex,
  points: CountryPoints,
  defer: Defer = afterNextPaint,
): () => void {
  // The timeline's date sets each country's stance and mark; the filter dims by that stance. A
  // country with no claim yet by then is neutral: no-data grey, never dimmed.
  const applyView = (stances: AppState['stances'], snapshot: Snapshot, withStance: boolean) => {
    for (const { iso3 } of index.countries) {
      const stance = snapshot.countryByIso3.get(iso3)?.stance ?? null;
      const dim = stance !== null && !stances.includes(stance);
      const state: CountryFeatureState = withStance
        ? { dim, stance: stance ?? 'none', differs: snapshot.differs.has(iso3) }
        : { dim };
      setState(map, iso3, state);
    }
  };
  const applyFlag = (flag: 'hover' | 'selected', next: string | null, prev: string | null) => {
    if (prev !== null) setState(map, prev, { [flag]: false });
    if (next !== null) setState(map, next, { [flag]: true });
  };

  const initial = store.getState();
  applyView(initial.stances, snapshotAt(index, initial.asOf), true);
  applyFlag('selected', initial.selected, null);
  applyFlag('hover', initial.hovered, null);

  const pendingRender = deferredSlot(defer);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.stances !== prev.stances || state.asOf !== prev.asOf) {
      applyView(state.stances, snapshotAt(index, state.asOf), state.asOf !== prev.asOf);
    }
    if (state.hovered !== prev.hovered) applyFlag('hover', state.hovered, prev.hovered);
    if (state.selected !== prev.selected) {
      applyFlag('selected', state.selected, prev.selected);
      const point = state.selected ? points[state.selected] : undefined;
      if (point) revealPoint(map, [point[0], point[1]]);
      renderAfterPaint(map, pendingRender);
    }
  });
  return () => {
    unsubscribe();
    pendingRender.cancel();
  };
}
