import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANCES } from '../data/stances';
import { fixtureCoalition } from '../data/test-fixture';
import { DEFAULT_URL_STATE, hashToState, stateToHash, type UrlState } from './url';

const ctx = fixtureCoalition;

describe('stateToHash', () => {
  it('leaves defaults out', () => {
    expect(stateToHash(DEFAULT_URL_STATE)).toBe('');
  });
  it('writes the country and a readable stance list in canonical order', () => {
    expect(stateToHash({ selected: 'GBR', stances: ['peacekeeping-only', 'troops'] })).toBe(
      '#country=GBR&stance=troops,peacekeeping-only',
    );
  });
  it('writes an empty filter as "none"', () => {
    expect(stateToHash({ selected: null, stances: [] })).toBe('#stance=none');
  });
});

describe('hashToState', () => {
  it('reads a full link', () => {
    expect(hashToState('#country=GBR&stance=troops,peacekeeping-only', ctx)).toEqual({
      state: { selected: 'GBR', stances: ['troops', 'peacekeeping-only'] },
      notices: [],
    });
  });
  it('reads an empty hash as the defaults', () => {
    expect(hashToState('', ctx)).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
    expect(hashToState('#', ctx)).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });
  it('accepts a lowercase country code', () => {
    expect(hashToState('country=ita', ctx).state.selected).toBe('ITA');
  });
  it('ignores an unknown country with a notice', () => {
    const { state, notices } = hashToState('#country=XYZ', ctx);
    expect(state.selected).toBeNull();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('XYZ');
  });
  it('keeps known stances and reports unknown ones', () => {
    const { state, notices } = hashToState('#stance=troops,tanks', ctx);
    expect(state.stances).toEqual(['troops']);
    expect(notices[0]).toContain('tanks');
  });
  it('falls back to all stances when none is known', () => {
    const { state, notices } = hashToState('#stance=tanks', ctx);
    expect(state.stances).toEqual([...STANCES]);
    expect(notices).toHaveLength(1);
  });
  it('reports unknown keys, empty values and bad percent-encoding', () => {
    const { state, notices } = hashToState('#zoom=3&country=&stance=%E0%A4%A&&', ctx);
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(notices).toHaveLength(3);
  });
  it('lets the last repeated key count, and says so', () => {
    const { state, notices } = hashToState('#country=GBR&country=ITA', ctx);
    expect(state.selected).toBe('ITA');
    expect(notices[0]).toContain('more than once');
    expect(hashToState('#country=GBR&country=XYZ', ctx).state.selected).toBeNull();
  });
  it('ignores an oversized hash', () => {
    const { state, notices } = hashToState(`#country=GBR&${'x'.repeat(5000)}`, ctx);
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(notices).toHaveLength(1);
  });
  it('shortens and strips control characters from values quoted in notices', () => {
    const { notices } = hashToState(
      `#country=${encodeURIComponent('<script>\u0000alert(1)</script>long-tail')}`,
      ctx,
    );
    expect(notices[0]).not.toContain('\u0000');
    expect(notices[0]).toContain('…');
  });
});

const urlState: fc.Arbitrary<UrlState> = fc.record({
  selected: fc.option(fc.constantFrom(...ctx.countries.map((c) => c.iso3)), { nil: null }),
  stances: fc.subarray([...STANCES]),
});

describe('round trip', () => {
  it('hashToState(stateToHash(s)) gives back s with no notice', () => {
    fc.assert(
      fc.property(urlState, (s) => {
        expect(hashToState(stateToHash(s), ctx)).toEqual({ state: s, notices: [] });
      }),
    );
  });
  it('never throws and always returns a usable state, whatever the input', () => {
    const anyHash = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc
        .array(fc.constantFrom('country', 'stance', '=', '&', '%', '%E0', ',', 'GBR', 'troops', '#', '<'))
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyHash, (hash) => {
        const { state, notices } = hashToState(hash, ctx);
        expect(state.selected === null || ctx.countries.some((c) => c.iso3 === state.selected)).toBe(true);
        expect(state.stances.every((s) => STANCES.includes(s))).toBe(true);
        expect(notices.every((n) => typeof n === 'string')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
