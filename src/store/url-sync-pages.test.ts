// bindUrl on a country's own page (country/GBR/): the page's country is the default selection,
// and a change of view is written at the site's root.
import { describe, expect, it } from 'vitest';

import { fixtureCoalition } from '../../test-support/dataset-fixture';
import { fakeUrlWindow } from '../../test-support/fake-url-window';
import type { Defer } from './after-paint';
import { createAppStore } from './store';
import { bindUrl } from './url-sync';

const now: Defer = (fn) => {
  fn();
  return () => {};
};

describe("bindUrl on a country's page", () => {
  it("selects the page's country and leaves the address as it is", () => {
    const store = createAppStore();
    const win = fakeUrlWindow('/maps/country/GBR/');
    bindUrl(store, fixtureCoalition, win, now);
    expect(store.getState().selected).toBe('GBR');
    expect(win.entries).toEqual(['/maps/country/GBR/']);
  });

  it('lets the hash choose another view, and writes it at the root', () => {
    const store = createAppStore();
    const win = fakeUrlWindow('/maps/country/GBR/#country=ITA');
    bindUrl(store, fixtureCoalition, win, now);
    expect(store.getState().selected).toBe('ITA');
    expect(win.entries).toEqual(['/maps/#country=ITA']);
  });

  it('keeps a filter on the page, and moves to the root when another country is picked; Back returns', () => {
    const store = createAppStore();
    const win = fakeUrlWindow('/country/GBR/');
    bindUrl(store, fixtureCoalition, win, now);
    store.getState().setStances(['troops']);
    expect(win.location.pathname).toBe('/country/GBR/');
    expect(win.location.hash).toBe('#stance=troops');
    store.getState().select('ITA');
    expect(win.entries.at(-1)).toBe('/#country=ITA&stance=troops');
    win.back();
    expect(store.getState().selected).toBe('GBR');
    expect(store.getState().stances).toEqual(['troops']);
  });

  it('closing the panel on a country page shows the overview at the root', () => {
    const store = createAppStore();
    const win = fakeUrlWindow('/country/GBR/');
    bindUrl(store, fixtureCoalition, win, now);
    store.getState().select(null);
    expect(win.entries.at(-1)).toBe('/');
    win.back();
    expect(store.getState().selected).toBe('GBR');
  });
});
