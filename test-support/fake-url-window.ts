// A window for bindUrl's tests (src/store/url-sync*.test.ts): a history of whole addresses (path,
// query, hash) with Back, and a reader typing a new hash into the address bar.
import type { UrlWindow } from '../src/store/url-sync';

export interface FakeUrlWindow extends UrlWindow {
  /** Every history entry as the address it holds. */
  entries: string[];
  /** The hash part of each entry ('' for none), for tests that only look at the hash. */
  hashes: () => string[];
  back: () => void;
  /** The reader edits the hash in the address bar: a new entry and a hashchange, as a browser does. */
  typeHash: (hash: string) => void;
}

export function fakeUrlWindow(initial: string): FakeUrlWindow {
  const listeners = new Map<string, Set<() => void>>();
  const fire = (type: string) => {
    for (const l of listeners.get(type) ?? []) l();
  };
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
  const win: FakeUrlWindow = {
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
    entries,
    hashes: () => entries.map((e) => new URL(e, 'https://example.test').hash),
    back: () => {
      cursor--;
      const previous = entries[cursor] ?? '/';
      const hashChanged = new URL(previous, 'https://example.test').hash !== location.hash;
      go(previous);
      fire('popstate');
      if (hashChanged) fire('hashchange');
    },
    typeHash: (hash) => {
      win.history.pushState(null, '', `${location.pathname}${location.search}${hash}`);
      fire('hashchange');
    },
  };
  return win;
}
