import { describe, expect, it } from 'vitest';

import { correctionLine, indexCorrections, isSerious, originLabel } from './corrections';
import type { Correction } from './schema';

const entry = (date: string, id: string, field: Correction['field'] = 'statement'): Correction => ({
  date,
  kind: 'claim',
  id,
  field,
  old: 'Before.',
  new: field === 'entry' ? null : 'After.',
  reason: `Why ${id}.`,
});

describe('indexCorrections', () => {
  it('lists newest first, keeping file order within a day, and groups by item', () => {
    const log = [
      entry('2026-12-07', 'a'),
      entry('2026-12-09', 'b'),
      entry('2026-12-07', 'c'),
      entry('2026-12-09', 'a', 'stance'),
    ];
    const index = indexCorrections(log);
    expect(index.all.map((e) => `${e.date} ${e.id}`)).toEqual([
      '2026-12-09 b',
      '2026-12-09 a',
      '2026-12-07 a',
      '2026-12-07 c',
    ]);
    expect(index.byItem.get('claim:a')?.map((e) => e.field)).toEqual(['stance', 'statement']);
  });
});

describe('isSerious', () => {
  it('is a changed stance or grade, or a removal; not a wording fix', () => {
    expect(
      ['stance', 'kind', 'entry'].every((field) => isSerious({ field: field as Correction['field'] })),
    ).toBe(true);
    expect(
      ['statement', 'evidence', 'date', 'quality', 'url'].some((f) =>
        isSerious({ field: f as Correction['field'] }),
      ),
    ).toBe(false);
  });
});

describe('correctionLine', () => {
  it('writes quotes as source: “quote” and says what it was and why', () => {
    const quotes: Correction = {
      ...entry('2026-12-07', 'x', 'evidence'),
      old: [
        { source: 's1', quote: 'One, two.' },
        { source: 's2', quote: 'Three.' },
      ],
    };
    expect(correctionLine(quotes)).toBe(
      '2026-12-07 claim x evidence, was: s1: “One, two.” / s2: “Three.”; why: Why x.',
    );
  });
});

describe('originLabel', () => {
  it('names the host of the cited origin and what the text is, never the text as that report', () => {
    expect(
      originLabel({ kind: 'rewrite', originUrl: 'https://www.bbc.com/news/articles/c2017v5ngxpo' }),
    ).toBe('rewrite of a report at bbc.com');
    expect(originLabel({ kind: 'machine-translation', originUrl: 'https://example.org/a' })).toBe(
      'machine translation of a report at example.org',
    );
    expect(originLabel({ kind: 'rewrite' })).toBeNull();
  });
});
