import { describe, expect, it } from 'vitest';

import { STANCES } from '../data/stances';
import { canonicalStances, createAppStore } from './store';

describe('createAppStore', () => {
  it('starts with every stance shown and nothing selected', () => {
    const s = createAppStore().getState();
    expect(s.stances).toEqual([...STANCES]);
    expect(s.selected).toBeNull();
    expect(s.article).toBeNull();
    expect(s.notices).toEqual([]);
  });
  it('takes an initial state, keeping stances canonical', () => {
    const s = createAppStore({ selected: 'GBR', stances: ['opposed', 'troops', 'troops'], notices: ['x'] });
    expect(s.getState().selected).toBe('GBR');
    expect(s.getState().stances).toEqual(['troops', 'opposed']);
    expect(s.getState().notices).toEqual(['x']);
  });
});

describe('actions', () => {
  it('select and clear', () => {
    const store = createAppStore();
    store.getState().select('ITA');
    expect(store.getState().selected).toBe('ITA');
    store.getState().select(null);
    expect(store.getState().selected).toBeNull();
  });
  it('does not notify when selecting the same country again', () => {
    const store = createAppStore({ selected: 'ITA' });
    let calls = 0;
    store.subscribe(() => {
      calls++;
    });
    store.getState().select('ITA');
    store.getState().hover(null);
    expect(calls).toBe(0);
  });
  it('select leaves the sources view and drops the claim; the overview keeps the view', () => {
    const store = createAppStore({ view: 'sources', source: 'a', selected: 'GBR', claim: 'gbr-lead' });
    store.getState().select(null);
    expect(store.getState()).toMatchObject({ selected: null, claim: null, view: 'sources', source: 'a' });
    store.getState().select('ITA');
    expect(store.getState()).toMatchObject({ selected: 'ITA', claim: null, view: 'map', source: null });
  });
  it('showClaim selects the country and the claim, from any view', () => {
    const store = createAppStore({ view: 'sources', source: 'a' });
    store.getState().showClaim('ITA', 'ita-opposed');
    expect(store.getState()).toMatchObject({
      selected: 'ITA',
      claim: 'ita-opposed',
      view: 'map',
      source: null,
    });
  });
  it('showSources, showDetails and setAsOf notify only on a change', () => {
    const store = createAppStore();
    let calls = 0;
    store.subscribe(() => {
      calls++;
    });
    store.getState().showSources('a');
    store.getState().showSources('a');
    store.getState().setAsOf('2025-03-06');
    store.getState().setAsOf('2025-03-06');
    expect(store.getState()).toMatchObject({ view: 'sources', source: 'a', asOf: '2025-03-06' });
    store.getState().showDetails();
    expect(store.getState()).toMatchObject({ view: 'map', source: null });
    expect(calls).toBe(3);
  });
  it('toggleStance removes then restores a stance in canonical order', () => {
    const store = createAppStore();
    store.getState().toggleStance('troops');
    expect(store.getState().stances).toEqual(['peacekeeping-only', 'other-support', 'opposed', 'unstated']);
    store.getState().toggleStance('troops');
    expect(store.getState().stances).toEqual([...STANCES]);
  });
  it('setStances canonicalises and allows the empty filter', () => {
    const store = createAppStore();
    store.getState().setStances(['unstated', 'troops']);
    expect(store.getState().stances).toEqual(['troops', 'unstated']);
    store.getState().setStances([]);
    expect(store.getState().stances).toEqual([]);
  });
  it('opens and closes the article reader', () => {
    const store = createAppStore();
    store.getState().openArticle({ sourceId: 'a', quote: 'q' });
    expect(store.getState().article).toEqual({ sourceId: 'a', quote: 'q' });
    store.getState().closeArticle();
    expect(store.getState().article).toBeNull();
  });
  it('adds and dismisses notices by position', () => {
    const store = createAppStore();
    store.getState().addNotices(['one', 'two', 'three']);
    store.getState().dismissNotice(1);
    expect(store.getState().notices).toEqual(['one', 'three']);
  });
});

describe('canonicalStances', () => {
  it('orders by strength and drops repeats', () => {
    expect(canonicalStances(['unstated', 'opposed', 'unstated', 'troops'])).toEqual([
      'troops',
      'opposed',
      'unstated',
    ]);
  });
});
