import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { buildIndex } from '../data/indexes';
import { summaryIndexOf } from '../data/summary';
import type { Defer } from '../store/after-paint';
import type { AppStore } from '../store/store';
import { createAppStore } from '../store/store';
import type { CountryPoints } from './map-data';
import { syncSelection, syncView } from './sync-map';

/** The view and the selection, as the map session binds them once the dataset is there. */
function syncMap(map: MapLibreMap, store: AppStore, idx: typeof index, pts: CountryPoints, defer: Defer) {
  const stops = [syncView(map, store, idx), syncSelection(map, store, pts, defer)];
  return () => {
    for (const stop of stops) stop();
  };
}

const index = summaryIndexOf(buildIndex(fixtureCoalition, fixtureSources));
const points = { GBR: [-2, 54], ITA: [12, 43], TUR: [35, 39], CAN: [-100, 60] } as const;

/** Records feature-state writes and camera moves; GBR projects inside the view, CAN outside. */
function fakeMap() {
  const state = new Map<string, Record<string, unknown>>();
  const moves: string[] = [];
  const writes: string[] = [];
  // The outline's source joins late (outline-layer.ts): a test adds it when it needs it.
  const sources = new Set(['countries', 'small-country-points']);
  const map = {
    getSource: (id: string) => (sources.has(id) ? {} : undefined),
    setFeatureState: ({ source, id }: { source: string; id: string }, s: Record<string, unknown>) => {
      writes.push(`${source}/${id} ${Object.keys(s).join(',')}`);
      state.set(`${source}/${id}`, { ...state.get(`${source}/${id}`), ...s });
    },
    getCanvas: () => ({ clientWidth: 800, clientHeight: 600 }),
    project: ([lng]: [number, number]) => ({ x: lng < -50 ? -100 : 400, y: 300 }),
    easeTo: () => moves.push('ease'),
    jumpTo: () => moves.push('jump'),
  };
  return {
    map: map as unknown as MapLibreMap,
    state,
    moves,
    writes,
    sources,
  };
}

const now: Defer = (fn) => {
  fn();
  return () => {};
};

/** A defer that runs nothing until `flush()`, like a frame that has not been painted yet. */
function laterQueue() {
  const queue = new Set<() => void>();
  const defer: Defer = (fn) => {
    queue.add(fn);
    return () => queue.delete(fn);
  };
  const flush = () => {
    for (const fn of [...queue]) {
      queue.delete(fn);
      fn();
    }
  };
  return { defer, flush, size: () => queue.size };
}

describe('syncMap', () => {
  it('applies the current filter and selection at start', () => {
    const { map, state } = fakeMap();
    syncMap(map, createAppStore({ selected: 'ITA', stances: ['troops'] }), index, points, now);
    expect(state.get('countries/GBR')).toEqual({ dim: false, stance: 'troops', differs: true });
    expect(state.get('countries/ITA')).toEqual({
      dim: true,
      stance: 'other-support',
      differs: true,
      selected: true,
    });
    expect(state.get('small-country-points/ITA')).toMatchObject({ dim: true, selected: true });
  });
  it('moves selection and hover flags, and dims on filter changes', () => {
    const { map, state } = fakeMap();
    const store = createAppStore();
    syncMap(map, store, index, points, now);
    store.getState().select('GBR');
    store.getState().select('TUR');
    store.getState().hover('ITA');
    store.getState().toggleStance('peacekeeping-only');
    expect(state.get('countries/GBR')).toMatchObject({ selected: false, dim: false });
    expect(state.get('countries/TUR')).toMatchObject({ selected: true, dim: true });
    expect(state.get('countries/ITA')).toMatchObject({ hover: true });
  });
  it('moves the camera only for a country outside the view', () => {
    const { map, moves } = fakeMap();
    const store = createAppStore();
    syncMap(map, store, index, points, now);
    store.getState().select('GBR');
    expect(moves).toEqual([]);
    store.getState().select('CAN');
    expect(moves).toEqual(['ease']);
  });
  it('opens a link to a country outside the view on it, without animation', () => {
    const { map, moves } = fakeMap();
    const store = createAppStore();
    store.getState().select('CAN');
    syncMap(map, store, index, points, now);
    expect(moves).toEqual(['jump']);
  });
  it('stops when unsubscribed', () => {
    const { map, state } = fakeMap();
    const store = createAppStore();
    syncMap(map, store, index, points, now)();
    store.getState().select('GBR');
    expect(state.get('countries/GBR')).not.toHaveProperty('selected');
  });
  it('replays the timeline: stance, mark and dimming follow the date', () => {
    const { map, state } = fakeMap();
    const store = createAppStore({ stances: ['troops', 'other-support'] });
    syncMap(map, store, index, points, now);
    store.getState().setAsOf('2025-03-02');
    // TUR has no claim yet: neutral, not dimmed even though its later stance is filtered out.
    expect(state.get('countries/TUR')).toEqual({ dim: false, stance: 'none', differs: false });
    expect(state.get('countries/ITA')).toEqual({ dim: false, stance: 'other-support', differs: false });
    store.getState().setAsOf(null);
    expect(state.get('countries/TUR')).toEqual({ dim: true, stance: 'peacekeeping-only', differs: false });
    expect(state.get('countries/ITA')).toMatchObject({ differs: true });
  });
  it('writes only the feature state that changes', () => {
    const { map, writes } = fakeMap();
    const store = createAppStore();
    syncMap(map, store, index, points, now);
    writes.length = 0;
    store.getState().toggleStance('peacekeeping-only');
    expect(writes).toEqual(['countries/TUR dim', 'small-country-points/TUR dim']);
    writes.length = 0;
    store.getState().setAsOf('2025-03-02');
    // TUR had no claim yet: neutral, so no longer dimmed; GBR's and ITA's sources agreed then.
    expect(writes.filter((w) => w.startsWith('countries/')).sort()).toEqual([
      'countries/GBR differs',
      'countries/ITA differs',
      'countries/TUR dim,stance',
    ]);
  });
  it('writes a new selection to the map after the next paint, only the latest one', () => {
    const { map, state, moves } = fakeMap();
    const store = createAppStore();
    const later = laterQueue();
    syncMap(map, store, index, points, later.defer);
    store.getState().select('GBR');
    store.getState().select('CAN');
    expect(state.get('countries/GBR')).not.toHaveProperty('selected');
    expect(state.get('countries/CAN')).not.toHaveProperty('selected');
    expect(moves).toEqual([]);
    expect(later.size()).toBe(1);
    later.flush();
    expect(state.get('countries/GBR')).not.toHaveProperty('selected');
    expect(state.get('countries/CAN')).toMatchObject({ selected: true });
    expect(moves).toEqual(['ease']);
    store.getState().select(null);
    later.flush();
    expect(state.get('countries/CAN')).toMatchObject({ selected: false });
  });
  it('leaves a selection that came back before the paint as it is', () => {
    const { map, writes } = fakeMap();
    const store = createAppStore({ selected: 'GBR' });
    const later = laterQueue();
    syncMap(map, store, index, points, later.defer);
    writes.length = 0;
    store.getState().select('TUR');
    store.getState().select('GBR');
    later.flush();
    expect(writes).toEqual([]);
  });
  it('writes hover and filter changes at once', () => {
    const { map, state } = fakeMap();
    const store = createAppStore();
    const later = laterQueue();
    syncMap(map, store, index, points, later.defer);
    store.getState().hover('ITA');
    store.getState().toggleStance('peacekeeping-only');
    expect(state.get('countries/ITA')).toMatchObject({ hover: true });
    expect(state.get('countries/TUR')).toMatchObject({ dim: true });
    expect(later.size()).toBe(0);
  });
  it('cancels a waiting selection when unsubscribed', () => {
    const { map, state } = fakeMap();
    const store = createAppStore();
    const later = laterQueue();
    const stop = syncMap(map, store, index, points, later.defer);
    store.getState().select('GBR');
    stop();
    expect(later.size()).toBe(0);
    expect(state.get('countries/GBR')).not.toHaveProperty('selected');
  });
  it('writes hover and selection, and nothing else, to the outline once it has joined the map', () => {
    const { map, state, sources } = fakeMap();
    const store = createAppStore();
    syncMap(map, store, index, points, now);
    store.getState().select('GBR');
    expect(state.has('outlined-countries/GBR')).toBe(false);
    sources.add('outlined-countries');
    store.getState().select('TUR');
    store.getState().hover('TUR');
    store.getState().toggleStance('peacekeeping-only');
    expect(state.get('outlined-countries/GBR')).toEqual({ selected: false });
    expect(state.get('outlined-countries/TUR')).toEqual({ selected: true, hover: true });
    store.getState().hover(null);
    expect(state.get('outlined-countries/TUR')).toEqual({ selected: true, hover: false });
  });
  it('draws hover and selection without the dataset, and leaves the view to the style until then', () => {
    const { map, state } = fakeMap();
    const store = createAppStore();
    syncSelection(map, store, points, now);
    store.getState().hover('GBR');
    store.getState().select('ITA');
    expect(state.get('countries/GBR')).toEqual({ hover: true });
    expect(state.get('countries/ITA')).toEqual({ selected: true });
    syncView(map, store, index);
    expect(state.get('countries/ITA')).toEqual({
      selected: true,
      dim: false,
      stance: 'other-support',
      differs: true,
    });
  });
});
