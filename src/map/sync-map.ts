// Store -> map, outside React rendering (zustand "transient updates"): each change becomes
// setFeatureState calls on the features it concerns. The data is never re-sent to restyle.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { type Snapshot, snapshotAt } from '../data/snapshot';
import type { SummaryIndex } from '../data/summary';
import { afterNextPaint, type Defer, deferredSlot } from '../store/after-paint';
import type { AppState, AppStore } from '../store/store';
import { TILE_LAYER } from './boundary-tiles';
import type { CountryPoints } from './map-data';
import { type CountryFeatureState, SOURCE_COUNTRIES, SOURCE_OUTLINED, SOURCE_POINTS } from './map-style';
import { revealCountry } from './motion';
import type { Bounds } from './view-geometry';

function setState(map: MapLibreMap, iso3: string, state: CountryFeatureState): void {
  // The sources share the iso3 ids (promoteId); a country without a dot only stores the state.
  map.setFeatureState({ source: SOURCE_COUNTRIES, sourceLayer: TILE_LAYER, id: iso3 }, state);
  map.setFeatureState({ source: SOURCE_POINTS, id: iso3 }, state);
}

/**
 * Hover and selection: on the countries and dots, and on the outline once it has joined the map
 * (outline-layer.ts marks the countries hovered and selected by then).
 */
function setFlag(map: MapLibreMap, iso3: string, flag: 'hover' | 'selected', on: boolean): void {
  setState(map, iso3, { [flag]: on });
  if (map.getSource(SOURCE_OUTLINED))
    map.setFeatureState({ source: SOURCE_OUTLINED, sourceLayer: TILE_LAYER, id: iso3 }, { [flag]: on });
}

type ViewState = Required<Pick<CountryFeatureState, 'dim' | 'stance' | 'differs'>>;

const VIEW_KEYS = ['dim', 'stance', 'differs'] as const;

/** The fields of `next` that differ from `prev` (all of them without a `prev`), or null. */
function changedFields(prev: ViewState | undefined, next: ViewState): CountryFeatureState | null {
  if (!prev) return next;
  const changed = VIEW_KEYS.filter((key) => prev[key] !== next[key]);
  if (changed.length === 0) return null;
  return Object.fromEntries(changed.map((key) => [key, next[key]])) as CountryFeatureState;
}

/**
 * Apply the store's view (the timeline's date and the stance filter) to the map, then follow its
 * changes. Returns the unsubscribe. Needs the dataset, so it starts once that is loaded
 * (map-session.ts); until then the style's own fallbacks draw the first view, which is the view of
 * an empty URL.
 */
export function syncView(map: MapLibreMap, store: AppStore, index: SummaryIndex): () => void {
  // The timeline's date sets each country's stance and mark; the filter dims by that stance. A
  // country with no claim yet by then is neutral: no-data grey, never dimmed. Only what changed is
  // set: MapLibre recomputes a feature's paint for every state write, changed or not, so writing
  // all of them made a filter click cost as much as there are countries.
  const shown = new Map<string, ViewState>();
  const applyView = (stances: AppState['stances'], snapshot: Snapshot) => {
    for (const { iso3 } of index.countries) {
      const stance = snapshot.countryByIso3.get(iso3)?.stance ?? null;
      const next: ViewState = {
        dim: stance !== null && !stances.includes(stance),
        stance: stance ?? 'none',
        differs: snapshot.differs.has(iso3),
      };
      const changes = changedFields(shown.get(iso3), next);
      if (changes) setState(map, iso3, changes);
      shown.set(iso3, next);
    }
  };
  const initial = store.getState();
  applyView(initial.stances, snapshotAt(index, initial.asOf));
  return store.subscribe((state, prev) => {
    if (state.stances !== prev.stances || state.asOf !== prev.asOf) {
      applyView(state.stances, snapshotAt(index, state.asOf));
    }
  });
}

/**
 * Apply the store's hover and selection to the map, then follow them. Returns the unsubscribe.
 * Needs no dataset: it runs from the map's first frame.
 *
 * A new selection reaches the map once `defer` runs (by default after the next paint): React
 * renders the panel in the store change, the browser paints it, and only then does the map get
 * the outline's feature state and the camera move, whose render waits for the frame after. A
 * MapLibre render in the panel's frame would hold that frame up: with software WebGL (this
 * machine, a phone without GPU acceleration) its GPU work takes tens of milliseconds, and the
 * frame's paint waits for it. Meanwhile the map still shows the previous selection for a frame.
 */
export function syncSelection(
  map: MapLibreMap,
  store: AppStore,
  points: CountryPoints,
  defer: Defer = afterNextPaint,
  /** Main bodies of the big countries whose interior point may be off screen while they show. */
  bodies: Readonly<Record<string, Bounds>> = {},
): () => void {
  const applyFlag = (flag: 'hover' | 'selected', next: string | null, prev: string | null) => {
    if (prev !== null) setFlag(map, prev, flag, false);
    if (next !== null) setFlag(map, next, flag, true);
  };
  const reveal = (iso3: string | null, animate: boolean) => {
    const point = iso3 ? points[iso3] : undefined;
    if (point && iso3) revealCountry(map, point, bodies[iso3], animate);
  };
  const initial = store.getState();
  applyFlag('selected', initial.selected, null);
  applyFlag('hover', initial.hovered, null);
  // A link to a country outside the default frame opens on it.
  reveal(initial.selected, false);

  // What the map shows as selected: the store is ahead of it while a write waits for the paint.
  let shownSelected = initial.selected;
  const showSelection = () => {
    const next = store.getState().selected;
    if (next === shownSelected) return;
    applyFlag('selected', next, shownSelected);
    shownSelected = next;
    reveal(next, true);
  };
  const pendingSelection = deferredSlot(defer);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.hovered !== prev.hovered) applyFlag('hover', state.hovered, prev.hovered);
    // Selections faster than frames collapse into the latest one.
    if (state.selected !== prev.selected) pendingSelection.schedule(showSelection);
  });
  return () => {
    unsubscribe();
    pendingSelection.cancel();
  };
}
