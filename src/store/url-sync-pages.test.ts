// bindUrl on a country's own page (country/GBR/): the page's country is the default selection,
// and a change of view is written at the site's root.
import { describe, expect, it } from 'vitest';

import { fixtureCoalition } from '../../test-support/dataset-fixture';
import type { Defer } from './after-paint';
import { createAppStore } from './store';
import { bindUrl, type UrlWindow } from './url-sync';

/** A window whose history holds whole addresses (path, query, hash). */
function fakeWindow(initial: string) {
  const listeners = new Map<string, Set<() => void>>();
  const entries = [initial];
  let cursor = 0;
  const location = { hash: '', pathname: '', search: '' };
  const go = (address: string) => {
    const url = new URL(address, 'https://example.test');
    location.pathname = url.pathname;
    location.search = url.search;
    location.hash = url.hash;
  };
  go(initial);
  const win: UrlWindow & { back: () => void; entries: string[] } = {
    location,
    history: {
      pushState: (_d, _u, url) => {
        entries.splice(cursor + 1);
        entries.push(url);
        cursor++;
        go(url);
      },
      replaceState: (_d, _u, url) => {
        entries[cursor] = url;
        go(url);
      },
    },
    addEventListener: (type, l) => {
      listeners.set(type, (listeners.get(type) ?? new Set()).add(l));
    },
    removeEventListener: (type, l) => {
      listeners.get(type)?.delete(l);
    },
    back: () => {
      cursor--;
      go(entries[cursor] ?? '/');
      for (const l of listeners.get('popstate') ?? []) l();
    },
    entries,
  };
  return win;
}

const now: Defer = (fn) => {
  fn();
  return () => {};
};

describe("bindUrl on a country's page", () => {
  it("selects the page's country and leaves the address as it is", () => {
    const store = createAppStore();
    const win = fakeWindow('/maps/country/GBR/');
    bindUrl(store, fixtureCoalition, win, now);
    expect(store.getState().selected).toBe('GBR');
    expect(win.entries).toEqual(['/maps/country/GBR/']);
  });

  it('lets the hash choose another view, and writes it at the root', () => {
    const store = createAppStore();
    const win = fakeWindow('/maps/country/GBR/#country=ITA');
    bindUrl(store, fixtureCoalition, win, now);
    expect(store.getState().selected).toBe('ITA');
    expect(win.entries).toEqual(['/maps/#country=ITA']);
  });

  it('keeps a filter on the page, and moves to the root when another country is picked; Back returns', () => {
    const store = createAppStore();
    const win = fakeWindow('/country/GBR/');
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
    const win = fakeWindow('/country/GBR/');
    bindUrl(store, fixtureCoalition, win, now);
    store.getState().select(null);
    expect(win.entries.at(-1)).toBe('/');
    win.back();
    expect(store.getState().selected).toBe('GBR');
  });
});
