// The URL is pure functions: state -> hash and hash -> state (+ notices). A bad or unknown
// parameter is dropped and reported, never thrown (owid-grapher's GrapherUrl does the same).
// To add a key (asof, claim, theme), add a field to UrlState and a codec to CODECS: the mapped
// type makes forgetting one a type error.
import type { Stance } from '../data/schema';
import { STANCES } from '../data/stances';

export interface UrlState {
  selected: string | null;
  stances: Stance[];
}

export const DEFAULT_URL_STATE: UrlState = { selected: null, stances: [...STANCES] };

/** What the parser needs to know about the dataset. */
export interface UrlContext {
  countries: readonly { iso3: string }[];
}

type Parsed<T> = { ok: true; value: T; notices?: string[] } | { ok: false; notice: string };

interface Codec<T> {
  key: string;
  /** null means "the default": the key is left out of the URL. */
  format: (value: T) => string | null;
  parse: (raw: string, ctx: UrlContext) => Parsed<T>;
}

/** Longest hash we read at all; a real link is under 200 characters. */
const MAX_HASH_LENGTH = 2000;

/** Show a user-supplied value in a notice: trimmed, control characters removed, shortened. */
export function quoteForNotice(raw: string): string {
  const clean = Array.from(raw.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ''));
  const short = clean.length > 24 ? `${clean.slice(0, 24).join('')}…` : clean.join('');
  return `“${short}”`;
}

const country: Codec<string | null> = {
  key: 'country',
  format: (iso3) => iso3,
  parse: (raw, ctx) => {
    const code = raw.trim().toUpperCase();
    if (code === '') return { ok: false, notice: 'The link names no country; showing the overview.' };
    if (ctx.countries.some((c) => c.iso3 === code)) return { ok: true, value: code };
    return {
      ok: false,
      notice: `The link names a country code this map does not have (${quoteForNotice(raw)}); showing the overview.`,
    };
  },
};

const stance: Codec<Stance[]> = {
  key: 'stance',
  format: (stances) => {
    const canonical = STANCES.filter((s) => stances.includes(s));
    if (canonical.length === STANCES.length) return null;
    return canonical.length === 0 ? 'none' : canonical.join(',');
  },
  parse: (raw) => {
    const words = raw.split(',').map((w) => w.trim().toLowerCase());
    if (words.length === 1 && words[0] === 'none') return { ok: true, value: [] };
    const known = STANCES.filter((s) => words.includes(s));
    const unknown = words.filter((w) => !(STANCES as readonly string[]).includes(w));
    const notices = unknown.length
      ? [`The link's filter has unknown values (${unknown.map(quoteForNotice).join(', ')}), ignored.`]
      : [];
    if (known.length === 0) {
      return {
        ok: false,
        notice: `The link's filter (${quoteForNotice(raw)}) names no known stance; showing all.`,
      };
    }
    return { ok: true, value: known, notices };
  },
};

const CODECS: { [K in keyof UrlState]: Codec<UrlState[K]> } = { selected: country, stances: stance };

/** Keep "," readable in the stance list; everything else is percent-encoded. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}

function formatParam<K extends keyof UrlState>(state: UrlState, field: K): string | null {
  return CODECS[field].format(state[field]);
}

export function stateToHash(state: UrlState): string {
  const parts: string[] = [];
  for (const field of Object.keys(CODECS) as (keyof UrlState)[]) {
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

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function hashToState(hash: string, ctx: UrlContext): { state: UrlState; notices: string[] } {
  const state: UrlState = { ...DEFAULT_URL_STATE, stances: [...DEFAULT_URL_STATE.stances] };
  const notices: string[] = [];
  const text = typeof hash === 'string' ? hash.replace(/^#/, '') : '';
  if (text.length > MAX_HASH_LENGTH) {
    return { state, notices: ['The link is too long to be a link to this map; it was ignored.'] };
  }
  const fieldByKey = new Map(
    (Object.keys(CODECS) as (keyof UrlState)[]).map((field) => [CODECS[field].key, field] as const),
  );
  const seen = new Set<string>();
  for (const segment of text.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const key = safeDecode(eq < 0 ? segment : segment.slice(0, eq));
    const raw = safeDecode(eq < 0 ? '' : segment.slice(eq + 1));
    if (key === null || raw === null) {
      notices.push(`Part of the link could not be read (${quoteForNotice(segment)}), ignored.`);
      continue;
    }
    const field = fieldByKey.get(key.trim().toLowerCase());
    if (field === undefined) {
      notices.push(`The link has a setting this map does not know (${quoteForNotice(key)}), ignored.`);
      continue;
    }
    if (seen.has(field)) {
      notices.push(`The link sets “${CODECS[field].key}” more than once; the last one counts.`);
    }
    seen.add(field);
    applyParam(state, field, raw, ctx, notices);
  }
  return { state, notices };
}
