// The one application store (zustand). State holds primitives and small arrays only; the map and
// the camera live outside it (see CONVENTIONS.md: never keep the map in React state).
import { useCallback, useSyncExternalStore } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';

import type { Stance } from '../data/schema';
import { STANCES } from '../data/stances';

export interface OpenArticle {
  sourceId: string;
  quote: string;
}

/** What the panel shows: the map's details (overview or country), or the sources index. */
export type PanelView = 'map' | 'sources';

export interface AppState {
  /** ISO 3166-1 alpha-3 of the selected country, or null for the coalition overview. */
  selected: string | null;
  /** A claim of the selected country to bring into view (a permalink), or null. */
  claim: string | null;
  /** The report date the map replays (YYYY-MM-DD), or null for the latest: everything. */
  asOf: string | null;
  view: PanelView;
  /** The article open in the sources index (a source id), or null for the list. */
  source: string | null;
  /** Stances shown (the legend filter), always in STANCES order without repeats. */
  stances: Stance[];
  hovered: string | null;
  /** The article reader's content, or null when it is closed. */
  article: OpenArticle | null;
  /** Messages the reader should see (e.g. a link with an unknown country); shown until dismissed. */
  notices: string[];
  /** Select a country (or the overview); a country brings the panel back from the sources. */
  select: (iso3: string | null) => void;
  /** Select a country and bring one of its claims into view. */
  showClaim: (iso3: string, claimId: string) => void;
  setAsOf: (asOf: string | null) => void;
  /** The sources index, with one article open (a source id) or the list (null). */
  showSources: (sourceId: string | null) => void;
  /** Back from the sources index to the map's details. */
  showDetails: () => void;
  hover: (iso3: string | null) => void;
  toggleStance: (stance: Stance) => void;
  setStances: (stances: readonly Stance[]) => void;
  openArticle: (article: OpenArticle) => void;
  closeArticle: () => void;
  addNotices: (notices: readonly string[]) => void;
  dismissNotice: (index: number) => void;
}

export type AppStore = StoreApi<AppState>;

/** Stances in canonical order, repeats dropped: equal sets always compare equal as arrays. */
export function canonicalStances(stances: readonly Stance[]): Stance[] {
  return STANCES.filter((s) => stances.includes(s));
}

export function sameStances(a: readonly Stance[], b: readonly Stance[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

export type InitialState = Partial<
  Pick<AppState, 'selected' | 'claim' | 'asOf' | 'view' | 'source' | 'stances' | 'notices'>
>;

/** Applies only the fields that change, so subscribers hear nothing for a no-op. */
function changed(state: AppState, next: Partial<AppState>): Partial<AppState> | null {
  const diff = Object.entries(next).filter(([key, value]) => state[key as keyof AppState] !== value);
  return diff.length > 0 ? (Object.fromEntries(diff) as Partial<AppState>) : null;
}

export function createAppStore(initial: InitialState = {}): AppStore {
  return createStore<AppState>()((set, get) => {
    const update = (next: Partial<AppState>) => {
      const diff = changed(get(), next);
      if (diff) set(diff);
    };
    return {
      selected: initial.selected ?? null,
      claim: initial.claim ?? null,
      asOf: initial.asOf ?? null,
      view: initial.view ?? 'map',
      source: initial.source ?? null,
      stances: canonicalStances(initial.stances ?? STANCES),
      hovered: null,
      article: null,
      notices: initial.notices ? [...initial.notices] : [],
      select: (iso3) =>
        update(
          iso3 === null
            ? { selected: null, claim: null }
            : { selected: iso3, claim: null, view: 'map', source: null },
        ),
      showClaim: (iso3, claimId) => update({ selected: iso3, claim: claimId, view: 'map', source: null }),
      setAsOf: (asOf) => update({ asOf }),
      showSources: (sourceId) => update({ view: 'sources', source: sourceId }),
      showDetails: () => update({ view: 'map', source: null }),
      hover: (iso3) => {
        if (get().hovered !== iso3) set({ hovered: iso3 });
      },
      toggleStance: (stance) => {
        const current = get().stances;
        const next = current.includes(stance) ? current.filter((s) => s !== stance) : [...current, stance];
        set({ stances: canonicalStances(next) });
      },
      setStances: (stances) => {
        const next = canonicalStances(stances);
        if (!sameStances(next, get().stances)) set({ stances: next });
      },
      openArticle: (article) => set({ article: { ...article } }),
      closeArticle: () => set({ article: null }),
      addNotices: (notices) => {
        if (notices.length > 0) set({ notices: [...get().notices, ...notices] });
      },
      dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
    };
  });
}

/**
 * The app's single store. The prerender (entry-server.tsx) sets a page's state in it before
 * rendering, render-app.tsx the same state before hydrating; the address is read into it after.
 */
export const appStore: AppStore = createAppStore();

/** The state the page is prerendered in (at build) and hydrated in (in the browser). */
let pageState: AppState | null = null;

/**
 * Puts the store in a prerendered page's state: its country selected (a country's page), all else
 * default. Hydrating renders read this state, not the current one, even after the address or the
 * reader has changed the store: parts of the page hydrate later than the rest (ui/HydrateLater.tsx),
 * and such a part must first render what the build rendered; React then renders it again with the
 * current state.
 */
export function enterPageState(country: string | null): void {
  appStore.setState({ selected: country });
  pageState = appStore.getState();
}

/**
 * Select the smallest value a component needs; wrap object/array selectors in useShallow. The
 * server's snapshot (used by the prerender and by hydrating renders) is the page's state
 * (enterPageState), not the store's initial one as in zustand's own useStore: a country's page is
 * rendered with that country selected.
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const read = useCallback(() => selector(appStore.getState()), [selector]);
  const readPrerendered = useCallback(() => selector(pageState ?? appStore.getState()), [selector]);
  return useSyncExternalStore(appStore.subscribe, read, readPrerendered);
}
