import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  filterMessage,
  heightMessage,
  MESSAGE_SOURCE,
  parseInboundMessage,
  readyMessage,
  selectMessage,
} from './messages';

const ISO3 = new Set(['GBR', 'FRA', 'DEU']);
const STANCES = new Set(['troops', 'peacekeeping-only', 'opposed'] as const);
const parse = (data: unknown) => parseInboundMessage(data, ISO3, STANCES);

describe('outbound builders', () => {
  it('tag every message with the source', () => {
    for (const m of [readyMessage('webgl'), heightMessage(10), selectMessage(null), filterMessage([])]) {
      expect(m.source).toBe(MESSAGE_SOURCE);
    }
  });
  it('ready says which map the frame shows', () => {
    expect(readyMessage('offscreen')).toEqual({ source: MESSAGE_SOURCE, type: 'ready', map: 'offscreen' });
    expect(readyMessage('static').map).toBe('static');
  });
  it('round heights up to whole pixels', () => {
    expect(heightMessage(612.2)).toEqual({ source: MESSAGE_SOURCE, type: 'height', height: 613 });
    expect(heightMessage(600)).toMatchObject({ height: 600 });
  });
  it('refuse heights that are not a size', () => {
    expect(() => heightMessage(Number.NaN)).toThrow(/finite/);
    expect(() => heightMessage(-1)).toThrow(/finite/);
  });
  it('copy the stances array so later edits do not leak into a posted message', () => {
    const stances = ['troops'];
    const m = filterMessage(stances);
    stances.push('opposed');
    expect(m.stances).toEqual(['troops']);
  });
});

describe('parseInboundMessage: accepts', () => {
  it('a select of a known country, or null', () => {
    expect(parse({ source: MESSAGE_SOURCE, type: 'select', iso3: 'FRA' })).toEqual({
      type: 'select',
      iso3: 'FRA',
    });
    expect(parse({ source: MESSAGE_SOURCE, type: 'select', iso3: null })).toEqual({
      type: 'select',
      iso3: null,
    });
  });
  it('a filter of known stances, including none', () => {
    expect(parse(filterMessage(['opposed', 'troops']))).toEqual({
      type: 'filter',
      stances: ['opposed', 'troops'],
    });
    expect(parse(filterMessage([]))).toEqual({ type: 'filter', stances: [] });
  });
  it('ignores extra fields and never passes them on', () => {
    const parsed = parse({ source: MESSAGE_SOURCE, type: 'select', iso3: 'GBR', html: '<img onerror=x>' });
    expect(parsed).toEqual({ type: 'select', iso3: 'GBR' });
    expect(Object.keys(parsed ?? {})).toEqual(['type', 'iso3']);
  });
  it('objects without a prototype (as some hosts build them)', () => {
    const m = Object.assign(Object.create(null), { source: MESSAGE_SOURCE, type: 'select', iso3: 'DEU' });
    expect(parse(m)).toEqual({ type: 'select', iso3: 'DEU' });
  });
});

/** [<hole>, 'troops']: written this way because a literal hole reads like a typo. */
function sparseStances(): string[] {
  const a: string[] = [];
  a[1] = 'troops';
  return a;
}

describe('parseInboundMessage: rejects', () => {
  const select = { source: MESSAGE_SOURCE, type: 'select', iso3: 'GBR' };
  it.each([
    ['a string', JSON.stringify(select)],
    ['null', null],
    ['a number', 42],
    ['an array', [select]],
    ['another source', { ...select, source: 'other-widget' }],
    ['no source', { type: 'select', iso3: 'GBR' }],
    ['an outbound-only type', { source: MESSAGE_SOURCE, type: 'height', height: 500 }],
    ['an unknown type', { source: MESSAGE_SOURCE, type: 'reload' }],
    ['a missing iso3', { source: MESSAGE_SOURCE, type: 'select' }],
    ['an unknown country', { ...select, iso3: 'XXX' }],
    ['a lowercase code', { ...select, iso3: 'gbr' }],
    ['a number for iso3', { ...select, iso3: 826 }],
    ['an inherited property name', { ...select, iso3: 'constructor' }],
    ['stances that are not an array', { source: MESSAGE_SOURCE, type: 'filter', stances: 'troops' }],
    ['an unknown stance', filterMessage(['troops', 'cavalry'])],
    ['a repeated stance', filterMessage(['troops', 'troops'])],
    ['a non-string stance', { source: MESSAGE_SOURCE, type: 'filter', stances: [1] }],
    ['a sparse array', { source: MESSAGE_SOURCE, type: 'filter', stances: sparseStances() }],
    [
      'a huge array',
      { source: MESSAGE_SOURCE, type: 'filter', stances: new Array(1_000_000).fill('troops') },
    ],
    [
      'a class instance',
      new (class {
        source = MESSAGE_SOURCE;
        type = 'select';
        iso3 = 'GBR';
      })(),
    ],
  ])('%s', (_label, data) => {
    expect(parse(data)).toBeNull();
  });

  it('a getter, without calling it', () => {
    let called = false;
    const m = { source: MESSAGE_SOURCE, type: 'select' } as Record<string, unknown>;
    Object.defineProperty(m, 'iso3', {
      get: () => {
        called = true;
        return 'GBR';
      },
    });
    expect(parse(m)).toBeNull();
    expect(called).toBe(false);
  });

  it('a Proxy whose traps throw, without throwing', () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf: () => Object.prototype,
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    expect(parse(hostile)).toBeNull();
  });
});

describe('parseInboundMessage: fuzz', () => {
  // Values shaped like messages, so the fuzzer reaches the inner checks and not only the first one.
  const nearMessage = fc.record(
    {
      source: fc.oneof(fc.constant(MESSAGE_SOURCE), fc.anything()),
      type: fc.oneof(fc.constantFrom('select', 'filter', 'ready', 'height'), fc.anything()),
      iso3: fc.oneof(fc.constantFrom('GBR', 'FRA', 'XXX', null), fc.anything()),
      stances: fc.oneof(
        fc.array(fc.constantFrom('troops', 'opposed', 'peacekeeping-only', 'x')),
        fc.anything(),
      ),
    },
    { requiredKeys: [] },
  );

  it('never throws and only ever returns a valid message', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true }), nearMessage),
        (data) => {
          const parsed = parse(data);
          if (parsed === null) return;
          if (parsed.type === 'select') {
            expect(parsed.iso3 === null || ISO3.has(parsed.iso3)).toBe(true);
          } else {
            expect(parsed.type).toBe('filter');
            expect(new Set(parsed.stances).size).toBe(parsed.stances.length);
            for (const s of parsed.stances) expect(STANCES.has(s)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts every well-formed message it is sent', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...ISO3, null).map(selectMessage),
          fc.subarray([...STANCES]).map((s) => filterMessage(s)),
        ),
        (message) => {
          expect(parse(structuredClone(message))).not.toBeNull();
        },
      ),
    );
  });
});
