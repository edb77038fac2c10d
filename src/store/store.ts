// The one application store (zustand). State holds primitives and small arrays only; the map and
// the camera live outside it (see CONVENTIONS.md: never keep the map in React state).
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

import type { Stance } from '../data/schema';
import { STANCES } from '../data/stances';

export interface OpenArticle {
  sourceId: string;
  quote: string;
}

export interface AppState {
  /** ISO 3166-1 alpha-3 of the selected country, or null for the coalition overview. */
  selected: string | null;
  /** Stances shown (the legend filter), always in STANCES order without repeats. */
  stances: Stance[];
  hovered: string | null;
  /** The article reader's content, or null when it is closed. */
  article: OpenArticle | null;
  /** Messages the reader should see (e.g. a link with an unknown country); shown until dismissed. */
  notices: string[];
  select: (iso3: string | null) => void;
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

export type InitialState = Partial<Pick<AppState, 'selected' | 'stances' | 'notices'>>;

export function createAppStore(initial: InitialState = {}): AppStore {
  return createStore<AppState>()((set, get) => ({
    selected: initial.selected ?? null,
    stances: canonicalStances(initial.stances ?? STANCES),
    hovered: null,
    article: null,
    notices: initial.notices ? [...initial.notices] : [],
    select: (iso3) => {
      if (get().selected !== iso3) set({ selected: iso3 });
    },
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
  }));
}

/** The app's single store; main.tsx seeds it from the URL before the first render. */
export const appStore: AppStore = createAppStore();

/** Select the smallest value a component needs; wrap object/array selectors in useShallow. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
