import { describe, expect, it } from 'vitest';

import { formatDate } from './format-date';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('formatDate', () => {
  it('writes day, short month and year the British way', () => {
    expect(formatDate('2025-03-06')).toBe('6 Mar 2025');
    expect(formatDate('2025-04-10')).toBe('10 Apr 2025');
    expect(formatDate('2025-09-30')).toBe('30 Sept 2025');
  });
  it('writes every day of 2024-2026 as en-GB does', () => {
    const enGb = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const start = Date.UTC(2024, 0, 1);
    const days = 3 * 366;
    const differ: string[] = [];
    for (let d = 0; d < days; d++) {
      const ms = start + d * 86_400_000;
      if (formatDate(isoDay(ms)) !== enGb.format(ms)) differ.push(isoDay(ms));
    }
    expect(differ).toEqual([]);
  });
  it('does not shift the day with the time zone', () => {
    expect(formatDate('2025-01-01')).toBe('1 Jan 2025');
  });
  it('returns text it cannot read unchanged', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate('2025-04-31')).toBe('2025-04-31');
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
    expect(formatDate('2025-3-6')).toBe('2025-3-6');
  });
});
