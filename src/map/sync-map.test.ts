import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';

import { buildIndex } from '../data/indexes';
import { fixtureCoalition, fixtureSources } from '../data/test-fixture';
import type { Defer } from '../store/after-paint';
import { createAppStore } from '../store/store';
import { syncMap } from './sync-map';

const index = buildIndex(fixtureCoalition, fixtureSources);
const points = { GBR: [-2, 54], ITA: [12, 43], TUR: [35, 39], CAN: [-100, 60] } as const;

/** Records feature-state writes and camera moves; GBR projects inside the view, CAN outside. */
function fakeMap() {
  const state = new Map<string, Record<string, unknown>>();
  const moves: string[] = [];
  const map = {
    setFeatureState: ({ source, id }: { source: string; id: string }, s: Record<string, unknown>) => {
      state.set(`${source}/${id}`, { ...state.get(`${source}/${id}`), ...s });
    },
    getCanvas: () => ({ clientWidth: 800, clientHeight: 600 }),
    project: ([lng]: [number, number]) => ({ x: lng < -50 ? -100 : 400, y: 300 }),
    easeTo: () => moves.push('ease'),
    jumpTo: () => moves.push('jump'),
  };
  return { map: map as unknown as MapLibreMap, state, moves };
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
  it('outlines a new selection only once the deferred restyle runs, and only the latest one', () => {
    const { map, state, moves } = fakeMap();
    const store = createAppStore();
    const later = laterQueue();
    syncMap(map, store, index, points, later.defer);
    store.getState().select('GBR');
    store.getState().select('CAN');
    expect(state.get('countries/GBR')).not.toHaveProperty('selected');
    expect(later.size()).toBe(1);
    later.flush();
    expect(state.get('countries/GBR')).not.toHaveProperty('selected');
    expect(state.get('countries/CAN')).toMatchObject({ selected: true });
    expect(moves).toEqual(['ease']);
    store.getState().select(null);
    later.flush();
    expect(state.get('countries/CAN')).toMatchObject({ selected: false });
  });
  it('does not restyle a selection that came back before the deferred restyle ran', () => {
    const { map, state } = fakeMap();
    const store = createAppStore({ selected: 'GBR' });
    const later = laterQueue();
    syncMap(map, store, index, points, later.defer);
    store.getState().select('TUR');
    store.getState().select('GBR');
    later.flush();
    expect(state.get('countries/GBR')).toMatchObject({ selected: true });
    expect(state.get('countries/TUR')).not.toHaveProperty('selected');
  });
  it('cancels a waiting restyle when unsubscribed', () => {
    const { map, state } = fakeMap();
    const store = createAppStore();
    const later = laterQueue();
    const stop = syncMap(map, store, index, points, later.defer);
    store.getState().select('GBR');
    stop();
    expect(later.size()).toBe(0);
    expect(state.get('countries/GBR')).not.toHaveProperty('selected');
  });
});
