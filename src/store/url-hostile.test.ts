// Hostile links: whatever a link holds (script payloads, 100k-character values, lone surrogates,
// bidi marks, NUL, repeated or empty keys, broken percent-encoding), reading it never throws and
// always gives a state the real dataset can show, and what the reader is told stays short.
// url.test.ts has the behaviour of good links; this file is only about bad ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { dataset } from '../data/full-dataset';
import { STANCES } from '../data/stances';
import { parseThemeParam } from '../theme/theme';
import { MAX_NOTICE_CHARS, MAX_NOTICES } from './notice-summary';
import { hashToState, stateToHash, type UrlState } from './url';

/** What main.tsx gives the parser: the real coalition, plus the articles a link may open. */
const ctx = { ...dataset.coalition, sources: dataset.sources };

const SCRIPTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  "'-alert(1)-'",
  '$' + '{alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
];
const ODD_TEXT = ['\u0000', '\uD800', '\uDFFF', '\u202E', '\u200F', '\u200B', '\uFEFF', '\u0301', '\n', '😀'];
const BROKEN_PERCENT = ['%', '%E0%A4%A', '%ZZ', '%C0%AF', '%ED%A0%80', '%FF', '%%', '%2', '%u0041'];
const KEYS = ['country', 'stance', 'claim', 'asof', 'view', 'source', ' Country ', 'STANCE'];
const ODD_KEYS = ['', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const REAL_VALUES = [
  ...dataset.countries.flatMap((c) => [c.iso3, c.iso3.toLowerCase(), ...c.claims.map((cl) => cl.id)]),
  ...STANCES,
  ...dataset.sources.map((s) => s.id),
  'sources',
  'map',
  'none',
  '2025-03-06',
  '2025-02-30',
];

const fragment = fc.oneof(
  fc.constantFrom(...SCRIPTS, ...ODD_TEXT, ...BROKEN_PERCENT, ...REAL_VALUES),
  fc.constantFrom(...SCRIPTS).map(encodeURIComponent),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
/** A value: fragments run together or as a comma list (the stance filter's form). */
const value = fc
  .tuple(fc.array(fragment, { maxLength: 5 }), fc.constantFrom('', ','))
  .map(([parts, sep]) => parts.join(sep));
const param = fc
  .tuple(fc.constantFrom(...KEYS, ...ODD_KEYS), fc.constantFrom('=', '', '=='), value)
  .map(([key, eq, v]) => `${key}${eq}${v}`);
const hostileHash = fc.oneof(
  fc.array(param, { maxLength: 12 }).map((params) => `#${params.join('&')}`),
  // Empty segments, repeated keys, stray separators.
  fc
    .array(fc.oneof(param, fc.constantFrom('', '&', '=', '#', '?')), { maxLength: 12 })
    .map((p) => p.join('&')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Every field names something the dataset has, and the fields agree with each other. */
function expectShowable(state: UrlState): void {
  const country = dataset.countries.find((c) => c.iso3 === state.selected);
  expect(state.selected === null || country !== undefined).toBe(true);
  expect(state.stances.every((s) => STANCES.includes(s))).toBe(true);
  expect(new Set(state.stances).size).toBe(state.stances.length);
  // Fields added by the timeline and the sources index, checked when the state has them.
  const extra = state as Partial<Record<'claim' | 'asOf' | 'view' | 'source', string | null>>;
  if (extra.claim != null) expect(country?.claims.some((c) => c.id === extra.claim)).toBe(true);
  if (extra.asOf != null) {
    const dates = new Set(
      [...dataset.coalition.facts, ...dataset.countries.flatMap((c) => c.claims)].map((d) => d.date),
    );
    expect(dates.has(extra.asOf)).toBe(true);
  }
  if (extra.view !== undefined) expect(['map', 'sources']).toContain(extra.view);
  if (extra.source != null) expect(dataset.sources.some((s) => s.id === extra.source)).toBe(true);
}

function expectShortNotices(notices: string[]): void {
  expect(notices.length).toBeLessThanOrEqual(MAX_NOTICES);
  for (const notice of notices) {
    expect(typeof notice).toBe('string');
    expect(notice.length).toBeLessThanOrEqual(MAX_NOTICE_CHARS);
    // Control characters from the link are never echoed (they can hide or reorder the text).
    expect(notice).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
  }
}

// Thousands of runs: a generous limit, so a busy machine slows them down without failing them.
describe('hashToState on hostile links', { timeout: 60_000 }, () => {
  it('never throws, always gives a showable state and short notices (2,000 random links)', () => {
    fc.assert(
      fc.property(hostileHash, (hash) => {
        const { state, notices } = hashToState(hash, ctx);
        expectShowable(state);
        expectShortNotices(notices);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a state whose own link reads back to it with no notice (the address bar settles)', () => {
    fc.assert(
      fc.property(hostileHash, (hash) => {
        const { state } = hashToState(hash, ctx);
        expect(hashToState(stateToHash(state), ctx)).toEqual({ state, notices: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a 100,000-character value, raw or encoded, in every key', () => {
    const huge = 'A'.repeat(100_000);
    for (const key of [...KEYS, ...ODD_KEYS]) {
      for (const hash of [`#${key}=${huge}`, `#${key}=${encodeURIComponent(`<b>${huge}`)}`, `#${huge}`]) {
        const { state, notices } = hashToState(hash, ctx);
        expectShowable(state);
        expectShortNotices(notices);
        expect(notices.length).toBeGreaterThan(0);
      }
    }
  });

  it('reads a link just under the length limit made of many tiny bad parts', () => {
    const many = (part: string, sep: string) =>
      Array.from({ length: Math.floor(1990 / (part.length + 1)) }, () => part).join(sep);
    for (const hash of [
      ...['x', 'country=XYZ', 'stance=troops,tanks', '%', '__proto__=1'].map((part) => `#${many(part, '&')}`),
      // One parameter, a thousand unknown words: one notice, which must stay a sentence long.
      `#stance=troops,${many('ab', ',')}`,
    ]) {
      const { state, notices } = hashToState(hash, ctx);
      expectShowable(state);
      expectShortNotices(notices);
    }
  });

  it('keeps every good part of a link that also holds bad ones', () => {
    const iso3 = dataset.countries[0]?.iso3 ?? '';
    const { state } = hashToState(
      `#zoom=%E0%A4%A&country=${iso3}&stance=troops,troops,,x&${encodeURIComponent('<script>')}=1`,
      ctx,
    );
    expect(state.selected).toBe(iso3);
    expect(state.stances).toEqual(['troops']);
  });

  it('does not let a key named __proto__ or constructor reach an object prototype', () => {
    hashToState('#__proto__=polluted&constructor=x&__proto__[polluted]=1', ctx);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseThemeParam on hostile query strings', { timeout: 60_000 }, () => {
  const query = fc.oneof(
    fc
      .tuple(fc.constantFrom('theme', 'THEME', 'embed', ''), fc.constantFrom('=', ''), value)
      .map(([key, eq, v]) => `?${key}${eq}${v}`),
    fc
      .array(fc.oneof(param, fc.constantFrom('theme=dark', 'theme=', 'theme', '&')), { maxLength: 8 })
      .map((p) => `?${p.join('&')}`),
    fc.string({ unit: 'binary', maxLength: 200 }),
  );

  it('never throws, gives light, dark or the system, and a short notice (2,000 random queries)', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { theme, notice } = parseThemeParam(search);
        expect([null, 'light', 'dark']).toContain(theme);
        if (notice !== null) expectShortNotices([notice]);
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes a 100,000-character or scripted theme short, never whole', () => {
    const queries = [
      ...['x'.repeat(100_000), ...SCRIPTS].map((raw) => `?theme=${encodeURIComponent(raw)}`),
      // As they are: a lone surrogate cannot be percent-encoded, and these are broken on purpose.
      ...[...ODD_TEXT, ...BROKEN_PERCENT].map((raw) => `?theme=${raw}x`),
    ];
    for (const search of queries) {
      const { theme, notice } = parseThemeParam(search);
      expect(theme).toBeNull();
      expectShortNotices(notice === null ? [] : [notice]);
    }
  });
});
