// One codec per URL key: how a field is written (null = the default, left out) and read back (an
// invalid value becomes a notice and the default, never an exception). url.ts combines them.
import { lastReportOnOrBefore, reportDates } from '../data/as-of';
import type { Stance } from '../data/schema';
import { STANCES } from '../data/stances';
import type { PanelView } from './store';

/**
 * What the parser needs to know about the dataset (the coalition object fits; sources optional).
 * Before the claims are loaded the page has the summary: countries without claims, and the report
 * dates given as they are (a link naming a claim then waits for the claims, url-sync.ts).
 */
export interface UrlContext {
  countries: readonly { iso3: string; claims?: readonly { id: string; date: string }[] }[];
  /** The country the coalition supports: selectable, though not one of `countries`. */
  supports?: string;
  facts: readonly { date: string }[];
  /** The report dates, oldest first; without them they are read from the claims and facts. */
  dates?: readonly string[];
  /** Articles a `source=` link may open; without it every source id is unknown. */
  sources?: readonly { id: string }[];
}

/** Whether the context has the countries' claims (the whole dataset, not its summary). */
export function hasClaims(ctx: UrlContext): boolean {
  return ctx.countries.every((c) => c.claims !== undefined);
}

/** The claim's country, or undefined (also when the context has no claims). */
export function claimOwner(ctx: UrlContext, id: string): string | undefined {
  return ctx.countries.find((c) => c.claims?.some((cl) => cl.id === id))?.iso3;
}

export type Parsed<T> = { ok: true; value: T; notices?: string[] } | { ok: false; notice: string };

export interface Codec<T> {
  key: string;
  /** null means "the default": the key is left out of the URL. */
  format: (value: T) => string | null;
  parse: (raw: string, ctx: UrlContext) => Parsed<T>;
}

/** Show a user-supplied value in a notice: trimmed, control characters removed, shortened. */
export function quoteForNotice(raw: string): string {
  const clean = Array.from(raw.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ''));
  const short = clean.length > 24 ? `${clean.slice(0, 24).join('')}…` : clean.join('');
  return `“${short}”`;
}

export const country: Codec<string | null> = {
  key: 'country',
  format: (iso3) => iso3,
  parse: (raw, ctx) => {
    const code = raw.trim().toUpperCase();
    if (code === '') return { ok: false, notice: 'The link names no country; showing the overview.' };
    if (code === ctx.supports || ctx.countries.some((c) => c.iso3 === code)) return { ok: true, value: code };
    return {
      ok: false,
      notice: `The link names a country code this map does not have (${quoteForNotice(raw)}); showing the overview.`,
    };
  },
};

export const claim: Codec<string | null> = {
  key: 'claim',
  format: (id) => id,
  parse: (raw, ctx) => {
    const id = raw.trim().toLowerCase();
    if (claimOwner(ctx, id) !== undefined) return { ok: true, value: id };
    if (!hasClaims(ctx))
      return {
        ok: false,
        notice: `The claims could not be loaded, so the link's claim (${quoteForNotice(raw)}) is not shown.`,
      };
    return { ok: false, notice: `The link names a claim this map does not have (${quoteForNotice(raw)}).` };
  },
};

export const stance: Codec<Stance[]> = {
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

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * `asof=YYYY-MM-DD`, the timeline's date; null (left out) is the latest report. A report date is
 * taken as it is. Any other real date between the first and the last report snaps to the last
 * report on or before it, with a notice; a date after the last report shows the latest, before
 * the first is ignored (nothing was reported yet), both with a notice; a malformed one is ignored.
 */
export const asOf: Codec<string | null> = {
  key: 'asof',
  format: (date) => date,
  parse: (raw, ctx) => {
    const day = raw.trim();
    const dates =
      ctx.dates ??
      reportDates({ countries: ctx.countries.map((c) => ({ claims: c.claims ?? [] })), facts: ctx.facts });
    const first = dates[0];
    const last = dates.at(-1);
    if (!isCalendarDay(day)) {
      return {
        ok: false,
        notice: `The link's date (${quoteForNotice(raw)}) is not a date written YYYY-MM-DD; showing the latest.`,
      };
    }
    if (first === undefined || last === undefined || day < first) {
      return {
        ok: false,
        notice: `The sources report nothing before ${first ?? 'any date'}; the link's date ${day} was ignored, showing the latest.`,
      };
    }
    if (day === last) return { ok: true, value: null };
    if (day > last) {
      return {
        ok: true,
        value: null,
        notices: [`The last report is from ${last}; showing it instead of ${day}.`],
      };
    }
    const snapped = lastReportOnOrBefore(day, dates) ?? first;
    const notices =
      snapped === day ? [] : [`No source reports on ${day}; showing ${snapped}, the last report before it.`];
    return { ok: true, value: snapped, notices };
  },
};

export const view: Codec<PanelView> = {
  key: 'view',
  format: (v) => (v === 'map' ? null : v),
  parse: (raw) => {
    const word = raw.trim().toLowerCase();
    if (word === 'sources' || word === 'map') return { ok: true, value: word };
    return { ok: false, notice: `The link asks for a view this map does not have (${quoteForNotice(raw)}).` };
  },
};

export const source: Codec<string | null> = {
  key: 'source',
  format: (id) => id,
  parse: (raw, ctx) => {
    const id = raw.trim();
    if (ctx.sources?.some((s) => s.id === id)) return { ok: true, value: id };
    return {
      ok: false,
      notice: `The link names an article this map does not have (${quoteForNotice(raw)}); showing the list of sources.`,
    };
  },
};
