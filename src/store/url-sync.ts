// Binds the store to the address: the page (page-url.ts: the overview or a country's page) and
// its hash (url.ts). User changes push a history entry (so Back/Forward walk through selections
// and filters); Back/Forward and hand-edited hashes flow back into the store.
import { afterNextPaint, type Defer, deferredSlot } from './after-paint';
import { addressFor, readPagePath } from './page-url';
import type { AppState, AppStore } from './store';
import { hashToState, namesClaim, stateToHash, type UrlContext, urlStateOf } from './url';
import { hasClaims } from './url-codecs';

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

/** Where the address shows this state (its page and hash), from the page the reader is on. */
function addressOf(win: UrlWindow, ctx: UrlContext, state: AppState): string {
  const page = readPagePath(win.location.pathname, ctx);
  return addressFor(page, win.location.search, state.selected, (pageCountry) =>
    stateToHash(urlStateOf(state), pageCountry),
  );
}

function currentAddress(win: UrlWindow): string {
  return `${win.location.pathname}${win.location.search}${win.location.hash}`;
}

/** Read the current address into the store (with notices). Used at start-up and on navigation. */
export function applyLocation(store: AppStore, ctx: UrlContext, win: UrlWindow): void {
  const page = readPagePath(win.location.pathname, ctx);
  const { state, notices } = hashToState(win.location.hash, ctx, page.country);
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
 *
 * `ctx` may be the dataset's summary (no claims): an address naming a claim is then read once
 * `withClaims` has loaded them (the page keeps its state meanwhile), and if they cannot be loaded,
 * without its claim, with a notice.
 */
export function bindUrl(
  store: AppStore,
  ctx: UrlContext,
  win: UrlWindow,
  defer: Defer = afterNextPaint,
  withClaims?: () => Promise<UrlContext>,
): () => void {
  let applying = false;
  let bound = true;
  /** Reads the address; the first time, rewrites it in canonical form. */
  let first = true;
  const applyWith = (context: UrlContext) => {
    applying = true;
    try {
      applyLocation(store, context, win);
    } finally {
      applying = false;
    }
    if (!first) return;
    first = false;
    const canonical = addressOf(win, context, store.getState());
    if (canonical !== currentAddress(win)) win.history.replaceState(null, '', canonical);
  };
  const fromLocation = () => {
    if (!withClaims || hasClaims(ctx) || !namesClaim(win.location.hash)) return applyWith(ctx);
    const asked = currentAddress(win);
    const settle = (context: UrlContext) => {
      // Only if the reader is still at that address: a click meanwhile is newer than the link.
      if (bound && currentAddress(win) === asked) applyWith(context);
      else first = false;
    };
    withClaims().then(
      (full) => {
        ctx = full;
        settle(full);
      },
      () => settle(ctx),
    );
  };
  fromLocation();

  const pendingWrite = deferredSlot(defer);
  const write = () => {
    const address = addressOf(win, ctx, store.getState());
    if (address !== currentAddress(win)) win.history.pushState(null, '', address);
  };
  const unsubscribe = store.subscribe((state) => {
    if (applying || pendingWrite.waiting()) return;
    if (addressOf(win, ctx, state) !== currentAddress(win)) pendingWrite.schedule(write);
  });
  // Back/Forward fire popstate; editing the hash by hand fires hashchange (and popstate too in
  // most browsers). Applying is idempotent, so handling both is safe. Notices are only added
  // for a hash the page did not write itself.
  const onNavigate = () => {
    // The address the reader went to wins over a change not written yet.
    pendingWrite.cancel();
    if (currentAddress(win) !== addressOf(win, ctx, store.getState())) fromLocation();
  };
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);
  return () => {
    bound = false;
    unsubscribe();
    pendingWrite.cancel();
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
  };
}
