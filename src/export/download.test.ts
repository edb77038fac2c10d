import { describe, expect, it } from 'vitest';

import { exportFileName } from './download';

describe('exportFileName', () => {
  it('names the file after the map and the date', () => {
    expect(exportFileName('csv', '2025-04-10')).toBe('coalition-map-2025-04-10.csv');
    expect(exportFileName('png', '2026-11-22')).toBe('coalition-map-2026-11-22.png');
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => exportFileName('json', '10/04/2025')).toThrow(
      'exportFileName: date "10/04/2025" is not written YYYY-MM-DD',
    );
  });
});
