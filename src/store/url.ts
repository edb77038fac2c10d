// The URL is pure functions: state -> hash and hash -> state (+ notices). A bad or unknown
// parameter is dropped and reported, never thrown (owid-grapher's GrapherUrl does the same).
// To add a key, add a field to UrlState and a codec (url-codecs.ts) to CODECS: the mapped type
// makes forgetting one a type error.
import type { Stance } from '../data/schema';
import { STANCES } from '../data/stances';
import { summariseNotices } from './notice-summary';
import type { AppState } from './store';
import * as codecs from './url-codecs';

export { quoteForNotice, type UrlContext } from './url-codecs';

import type { Codec, UrlContext } from './url-codecs';

export interface UrlState {
  selected: string | null;
  /** A claim of the selected country (a permalink); only written with a country. */
  claim: string | null;
  stances: Stance[];
  /** The timeline's date; null is the latest report. */
  asOf: string | null;
  view: AppState['view'];
  /** The article open in the sources index; only written with view=sources. */
  source: string | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  selected: null,
  claim: null,
  stances: [...STANCES],
  asOf: null,
  view: 'map',
  source: null,
};

/** The order of the keys in a written hash. */
const CODECS: { [K in keyof UrlState]: Codec<UrlState[K]> } = {
  selected: codecs.country,
  claim: codecs.claim,
  stances: codecs.stance,
  asOf: codecs.asOf,
  view: codecs.view,
  source: codecs.source,
};
const FIELDS = Object.keys(CODECS) as (keyof UrlState)[];

/** Longest hash we read at all; a real link is under 200 characters. */
const MAX_HASH_LENGTH = 2000;

/** The URL's part of the app state. */
export function urlStateOf(state: Pick<AppState, keyof UrlState>): UrlState {
  const { selected, claim, stances, asOf, view, source } = state;
  return { selected, claim, stances, asOf, view, source };
}

/** Keep "," readable in the stance list; everything else is percent-encoded. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}

function formatParam<K extends keyof UrlState>(state: UrlState, field: K): string | null {
  return CODECS[field].format(state[field]);
}

/**
 * Fields not given take their default (callers that only know the selection and filter). On a
 * country's own page (`pageCountry`, page-url.ts) that country is the default selection, so it is
 * left out like any default.
 */
export function stateToHash(
  given: Pick<UrlState, 'selected' | 'stances'> & Partial<UrlState>,
  pageCountry: string | null = null,
): string {
  const state: UrlState = { ...DEFAULT_URL_STATE, ...given };
  // Dependent keys: a claim belongs to the selected country, an open article to the sources view.
  if (state.selected === null) state.claim = null;
  if (state.view !== 'sources') state.source = null;
  const parts: string[] = [];
  for (const field of FIELDS) {
    if (field === 'selected' && pageCountry !== null && state.selected === pageCountry) continue;
    const value = formatParam(state, field);
    if (value !== null) parts.push(`${CODECS[field].key}=${encodeValue(value)}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}

/** Parse one value into its field; an invalid value leaves the default and adds a notice. */
function applyParam<K extends keyof UrlState>(
  state: UrlState,
  field: K,
  raw: string,
  ctx: UrlContext,
  notices: string[],
): void {
  const parsed = CODECS[field].parse(raw, ctx);
  if (parsed.ok) {
    state[field] = parsed.value;
    notices.push(...(parsed.notices ?? []));
  } else {
    state[field] = DEFAULT_URL_STATE[field];
    notices.push(parsed.notice);
  }
}

/** Rules across keys: the claim must be the selected country's; an article implies the sources. */
function reconcile(state: UrlState, ctx: UrlContext, notices: string[]): void {
  if (state.claim !== null) {
    const id = state.claim;
    const owner = codecs.claimOwner(ctx, id);
    if (state.selected === null && owner) state.selected = owner;
    else if (owner !== state.selected) {
      notices.push(
        `The claim “${id}” in the link is about ${owner ?? 'another country'}, not ${state.selected}; showing ${state.selected}.`,
      );
      state.claim = null;
    }
  }
  if (state.source !== null) state.view = 'sources';
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** `pageCountry`: the country whose page this is (page-url.ts), selected unless the hash says otherwise. */
export function hashToState(
  hash: string,
  ctx: UrlContext,
  pageCountry: string | null = null,
): { state: UrlState; notices: string[] } {
  const state: UrlState = {
    ...DEFAULT_URL_STATE,
    selected: pageCountry,
    stances: [...DEFAULT_URL_STATE.stances],
  };
  const notices: string[] = [];
  const text = typeof hash === 'string' ? hash.replace(/^#/, '') : '';
  if (text.length > MAX_HASH_LENGTH) {
    return { state, notices: ['The link is too long to be a link to this map; it was ignored.'] };
  }
  const fieldByKey = new Map(FIELDS.map((field) => [CODECS[field].key, field] as const));
  const seen = new Set<string>();
  for (const segment of text.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const key = safeDecode(eq < 0 ? segment : segment.slice(0, eq));
    const raw = safeDecode(eq < 0 ? '' : segment.slice(eq + 1));
    if (key === null || raw === null) {
      notices.push(`Part of the link could not be read (${codecs.quoteForNotice(segment)}), ignored.`);
      continue;
    }
    const field = fieldByKey.get(key.trim().toLowerCase());
    if (field === undefined) {
      notices.push(`The link has a setting this map does not know (${codecs.quoteForNotice(key)}), ignored.`);
      continue;
    }
    if (seen.has(field)) {
      notices.push(`The link sets “${CODECS[field].key}” more than once; the last one counts.`);
    }
    seen.add(field);
    applyParam(state, field, raw, ctx, notices);
  }
  reconcile(state, ctx, notices);
  return { state, notices: summariseNotices(notices) };
}

/** Whether the hash sets the `claim` key: such a link is read once the claims are loaded (url-sync.ts). */
export function namesClaim(hash: string): boolean {
  const text = hash.replace(/^#/, '');
  if (text.length > MAX_HASH_LENGTH) return false;
  return text.split('&').some((segment) => {
    const eq = segment.indexOf('=');
    const key = safeDecode(eq < 0 ? segment : segment.slice(0, eq));
    return key?.trim().toLowerCase() === CODECS.claim.key;
  });
}
