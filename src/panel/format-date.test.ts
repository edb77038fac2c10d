import { describe, expect, it } from 'vitest';

import { formatDate } from './format-date';

describe('formatDate', () => {
  it('writes day, short month and year the British way', () => {
    expect(formatDate('2025-03-06')).toBe('6 Mar 2025');
    expect(formatDate('2025-04-10')).toBe('10 Apr 2025');
  });
  it('does not shift the day with the time zone', () => {
    expect(formatDate('2025-01-01')).toBe('1 Jan 2025');
  });
  it('returns text it cannot read unchanged', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});
