import { describe, expect, it } from 'vitest';

import { MAX_NOTICE_CHARS, MAX_NOTICES, summariseNotices } from './notice-summary';

describe('summariseNotices', () => {
  it('keeps a few notices as they are', () => {
    expect(summariseNotices([])).toEqual([]);
    expect(summariseNotices(['a', 'b'])).toEqual(['a', 'b']);
  });
  it('drops repeats', () => {
    expect(summariseNotices(['a', 'a', 'b', 'a'])).toEqual(['a', 'b']);
  });
  it('shows the first ones and counts the rest in a last line', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `problem ${i}`);
    const out = summariseNotices(many);
    expect(out).toHaveLength(MAX_NOTICES);
    expect(out.slice(0, -1)).toEqual(many.slice(0, MAX_NOTICES - 1));
    expect(out.at(-1)).toContain(`${1000 - (MAX_NOTICES - 1)} more`);
  });
  it('cuts a long notice at a word, marked with an ellipsis', () => {
    const long = `The filter has unknown values (${Array.from({ length: 500 }, (_, i) => `“w${i}”`).join(', ')}).`;
    const [out] = summariseNotices([long]);
    expect(out?.length).toBeLessThanOrEqual(MAX_NOTICE_CHARS);
    expect(out).toMatch(/,…$/);
    expect(long.startsWith(out?.slice(0, -1) ?? '')).toBe(true);
  });
  it('cuts a long notice without spaces where it must', () => {
    const [out] = summariseNotices(['x'.repeat(5000)]);
    expect(out).toBe(`${'x'.repeat(MAX_NOTICE_CHARS - 1)}…`);
  });
});
