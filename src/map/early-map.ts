// The WebGL map, started by main.tsx before React has rendered anything: in the inlined first
// paint's map frame (index.html, scripts/first-paint/render.ts), under its static picture, so
// MapLibre's worker is fetching the boundaries while React loads and renders. CoalitionMap then
// adopts it: it moves the map's element into its own frame (a DOM move keeps the WebGL context)
// and takes over its ready and error reports, including any that came before it mounted.
import { MAP_LABEL } from '../app-text';
import type { AppStore } from '../store/store';
import { type DatasetSource, type MapSession, type SessionEvents, startMapSession } from './map-session';

/** The element MapLibre draws into (and the tests find the map by). */
export function createMapContainer(): HTMLElement {
  const section = document.createElement('section');
  section.className = 'map-canvas';
  section.dataset.testid = 'map';
  section.setAttribute('aria-label', MAP_LABEL);
  return section;
}

type Outcome = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export interface EarlyMap {
  container: HTMLElement;
  /** null when the map could not start (no WebGL): the error is waiting for `listen`. */
  session: MapSession | null;
  /** Receives the ready or error report: at once if it already came, else when it comes. */
  listen: (events: SessionEvents) => void;
}

let early: EarlyMap | null = null;
let settled: Promise<void> | null = null;

/** Starts the map in the first paint's frame, if the page has one; does nothing otherwise. */
export function startEarlyMap(store: AppStore, dataset: DatasetSource): void {
  const frame = document.querySelector<HTMLElement>('[data-first-paint] .map-frame');
  if (!frame || early) return;
  const container = createMapContainer();
  const picture = frame.querySelector('.first-paint');
  if (picture) container.append(picture);
  frame.prepend(container);

  let outcome: Outcome = { kind: 'loading' };
  let listener: SessionEvents | null = null;
  let settle = () => {};
  settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const deliver = () => {
    if (outcome.kind !== 'loading') settle();
    // Drawn before React has rendered: the first paint's "Loading" is no longer true.
    if (outcome.kind === 'ready') frame.querySelector('.map-status')?.remove();
    if (outcome.kind === 'ready') listener?.onReady();
    if (outcome.kind === 'error') listener?.onError(outcome.message);
  };
  const report = (next: Outcome) => {
    outcome = next;
    deliver();
  };
  let session: MapSession | null = null;
  try {
    session = startMapSession(container, store, dataset, {
      onReady: () => report({ kind: 'ready' }),
      onError: (message) => report({ kind: 'error', message }),
    });
  } catch (error) {
    report({ kind: 'error', message: (error as Error).message });
  }
  early = {
    container,
    session,
    listen: (events) => {
      listener = events;
      deliver();
    },
  };
}

/** Resolves when the early map is drawn or has failed; null when none was started. */
export function earlyMapSettled(): Promise<void> | null {
  return settled;
}

/** The early map, once: the first CoalitionMap to mount takes it; any later one starts its own. */
export function claimEarlyMap(): EarlyMap | null {
  const claimed = early;
  early = null;
  return claimed;
}
