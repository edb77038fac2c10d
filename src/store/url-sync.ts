// Binds the store to location.hash. User changes push a history entry (so Back/Forward walk
// through selections and filters); Back/Forward and hand-edited hashes flow back into the store.
import { afterNextPaint, type Defer, deferredSlot } from './after-paint';
import type { AppStore } from './store';
import { hashToState, stateToHash, type UrlContext, urlStateOf } from './url';

/** The part of `window` this module uses, so tests can pass a fake. */
export interface UrlWindow {
  location: { hash: string; pathname: string; search: string };
  history: {
    pushState: (data: unknown, unused: string, url: string) => void;
    replaceState: (data: unknown, unused: string, url: string) => void;
  };
  addEventListener: (type: 'hashchange' | 'popstate', listener: () => void) => void;
  removeEventListener: (type: 'hashchange' | 'popstate', listener: () => void) => void;
}

function urlFor(win: UrlWindow, hash: string): string {
  return `${win.location.pathname}${win.location.search}${hash}`;
}

/** Read the current hash into the store (with notices). Used at start-up and on navigation. */
export function applyHash(store: AppStore, ctx: UrlContext, hash: string): void {
  const { state, notices } = hashToState(hash, ctx);
  const current = store.getState();
  // Compare written forms: equal hashes mean nothing the URL holds has changed.
  if (stateToHash(urlStateOf(current)) !== stateToHash(state)) store.setState(state);
  current.addNotices(notices);
}

/**
 * Start syncing. The current hash is read into the store first, and rewritten in canonical form
 * (replaceState, no new history entry) so the address bar always shows what the page shows.
 * Later changes are written through `defer` (by default once the page has painted them: pushState
 * takes milliseconds, and a click's panel should not wait for it); the changes of one frame make
 * one history entry.
 */
export function bindUrl(
  store: AppStore,
  ctx: UrlContext,
  win: UrlWindow,
  defer: Defer = afterNextPaint,
): () => void {
  let applying = false;
  const fromLocation = () => {
    applying = true;
    try {
      applyHash(store, ctx, win.location.hash);
    } finally {
      applying = false;
    }
  };
  fromLocation();
  const canonical = stateToHash(urlStateOf(store.getState()));
  if (canonical !== win.location.hash) win.history.replaceState(null, '', urlFor(win, canonical));

  const pendingWrite = deferredSlot(defer);
  const write = () => {
    const hash = stateToHash(urlStateOf(store.getState()));
    if (hash !== win.location.hash) win.history.pushState(null, '', urlFor(win, hash));
  };
  const unsubscribe = store.subscribe((state) => {
    if (applying || pendingWrite.waiting()) return;
    if (stateToHash(urlStateOf(state)) !== win.location.hash) pendingWrite.schedule(write);
  });
  // Back/Forward fire popstate; editing the hash by hand fires hashchange (and popstate too in
  // most browsers). Applying is idempotent, so handling both is safe. Notices are only added
  // for a hash the page did not write itself.
  const onNavigate = () => {
    // The address the reader went to wins over a change not written yet.
    pendingWrite.cancel();
    const written = stateToHash(urlStateOf(store.getState()));
    if (win.location.hash !== written) fromLocation();
  };
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);
  return () => {
    unsubscribe();
    pendingWrite.cancel();
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
  };
}
