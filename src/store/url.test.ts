import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { STANCES } from '../data/stances';
import { DEFAULT_URL_STATE, hashToState, stateToHash, type UrlState } from './url';

const ctx = { ...fixtureCoalition, sources: fixtureSources };
/** The fixture's report dates are 2025-03-02, 2025-03-06 and 2025-04-10 (the latest). */
const withDefaults = (s: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...s });

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
      state: withDefaults({ selected: 'GBR', stances: ['troops', 'peacekeeping-only'] }),
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
  it('accepts the country the coalition supports, though it is not a member, and writes it back', () => {
    const { state, notices } = hashToState('#country=ukr', ctx);
    expect(state.selected).toBe('UKR');
    expect(notices).toEqual([]);
    expect(stateToHash(state)).toBe('#country=UKR');
  });
  it('accepts no country beyond the members when the context names no supported country', () => {
    const { supports: _supports, ...members } = ctx;
    expect(hashToState('#country=UKR', members).state.selected).toBeNull();
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

/** Consistent states only: a claim of the selected country, an article only in the sources view. */
const urlState: fc.Arbitrary<UrlState> = fc
  .record({
    country: fc.option(fc.constantFrom(...ctx.countries), { nil: null }),
    withClaim: fc.boolean(),
    stances: fc.subarray([...STANCES]),
    asOf: fc.constantFrom(null, '2025-03-02', '2025-03-06'),
    view: fc.constantFrom('map' as const, 'sources' as const),
    source: fc.option(fc.constantFrom(...fixtureSources.map((s) => s.id)), { nil: null }),
  })
  .map(({ country, withClaim, stances, asOf, view, source }) => ({
    selected: country?.iso3 ?? null,
    claim: country && withClaim ? (country.claims[0]?.id ?? null) : null,
    stances,
    asOf,
    view,
    source: view === 'sources' ? source : null,
  }));

describe('claim permalinks', () => {
  it('writes the claim after its country and reads it back', () => {
    const state = withDefaults({ selected: 'GBR', claim: 'gbr-lead' });
    expect(stateToHash(state)).toBe('#country=GBR&claim=gbr-lead');
    expect(hashToState('#country=GBR&claim=gbr-lead', ctx)).toEqual({ state, notices: [] });
  });
  it('leaves a claim out when no country is selected', () => {
    expect(stateToHash(withDefaults({ claim: 'gbr-lead' }))).toBe('');
  });
  it('selects the claim’s country when the link names none', () => {
    expect(hashToState('#claim=ita-opposed', ctx).state).toMatchObject({
      selected: 'ITA',
      claim: 'ita-opposed',
    });
  });
  it('drops an unknown claim, or one of another country, with a notice', () => {
    const unknown = hashToState('#country=GBR&claim=gbr-nothing', ctx);
    expect(unknown.state).toMatchObject({ selected: 'GBR', claim: null });
    expect(unknown.notices[0]).toContain('gbr-nothing');
    const other = hashToState('#country=GBR&claim=ita-opposed', ctx);
    expect(other.state).toMatchObject({ selected: 'GBR', claim: null });
    expect(other.notices).toEqual([expect.stringContaining('about ITA, not GBR')]);
  });
});

describe('asof', () => {
  it('writes a report date and leaves the latest out', () => {
    expect(stateToHash(withDefaults({ asOf: '2025-03-06' }))).toBe('#asof=2025-03-06');
    expect(hashToState('#asof=2025-03-06', ctx)).toEqual({
      state: withDefaults({ asOf: '2025-03-06' }),
      notices: [],
    });
    expect(hashToState('#asof=2025-04-10', ctx)).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });
  it('snaps a day between reports to the last report before it, with a notice', () => {
    const { state, notices } = hashToState('#asof=2025-03-20', ctx);
    expect(state.asOf).toBe('2025-03-06');
    expect(notices).toEqual([expect.stringContaining('showing 2025-03-06')]);
  });
  it('shows the latest for a day after the last report, with a notice', () => {
    const { state, notices } = hashToState('#asof=2026-01-01', ctx);
    expect(state.asOf).toBeNull();
    expect(notices).toHaveLength(1);
  });
  it('ignores a day before the first report, or a malformed or impossible date, with a notice', () => {
    for (const bad of ['2025-01-01', '6 March 2025', '2025-02-30', '']) {
      const { state, notices } = hashToState(`#asof=${encodeURIComponent(bad)}`, ctx);
      expect(state.asOf).toBeNull();
      expect(notices).toHaveLength(1);
    }
  });
});

describe('view and source', () => {
  it('writes the sources view and an open article, and leaves the map view out', () => {
    const state = withDefaults({ view: 'sources', source: 'rewrite-report' });
    expect(stateToHash(state)).toBe('#view=sources&source=rewrite-report');
    expect(hashToState('#view=sources&source=rewrite-report', ctx)).toEqual({ state, notices: [] });
    expect(stateToHash(withDefaults({ view: 'map', source: 'rewrite-report' }))).toBe('');
  });
  it('opens the sources view for an article link without view=', () => {
    expect(hashToState('#source=rewrite-report', ctx).state).toMatchObject({
      view: 'sources',
      source: 'rewrite-report',
    });
  });
  it('reports an unknown view or article', () => {
    expect(hashToState('#view=charts', ctx).notices).toHaveLength(1);
    const { state, notices } = hashToState('#view=sources&source=nope', ctx);
    expect(state).toMatchObject({ view: 'sources', source: null });
    expect(notices[0]).toContain('nope');
  });
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
        .array(
          fc.constantFrom(
            ...['country', 'stance', 'claim', 'asof', 'view', 'source', '=', '&', '%', '%E0', ',', '#', '<'],
            ...[
              'GBR',
              'troops',
              'gbr-lead',
              'ita-opposed',
              '2025-03-06',
              '2025-02-30',
              'sources',
              'rewrite-report',
            ],
          ),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyHash, (hash) => {
        const { state, notices } = hashToState(hash, ctx);
        expect(state.selected === null || ctx.countries.some((c) => c.iso3 === state.selected)).toBe(true);
        expect(state.stances.every((s) => STANCES.includes(s))).toBe(true);
        const selected = ctx.countries.find((c) => c.iso3 === state.selected);
        expect(state.claim === null || selected?.claims.some((c) => c.id === state.claim)).toBe(true);
        expect(state.asOf === null || ['2025-03-02', '2025-03-06'].includes(state.asOf)).toBe(true);
        expect(state.source === null || state.view === 'sources').toBe(true);
        expect(notices.every((n) => typeof n === 'string')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
