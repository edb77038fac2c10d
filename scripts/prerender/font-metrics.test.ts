import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';

import { fontMetrics } from './font-metrics.ts';
import { OG_FONT_FILES } from './og-image.tsx';

const file = OG_FONT_FILES[600];
const metrics = fontMetrics(readFileSync(file), file);

/** The inked width resvg draws `text` with at `size` px, from the same font file. */
function inkWidth(text: string, size: number): number {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="${size * 2}">` +
    `<text x="10" y="${size * 1.2}" font-family="Inter" font-weight="600" font-size="${size}">${text}</text></svg>`;
  const image = new Resvg(svg, { font: { fontFiles: [file], loadSystemFonts: false } }).render();
  const { width, pixels } = image;
  let left = width;
  let right = -1;
  for (let i = 3; i < pixels.length; i += 4) {
    if ((pixels[i] ?? 0) === 0) continue;
    const x = ((i - 3) / 4) % width;
    left = Math.min(left, x);
    right = Math.max(right, x);
  }
  return right - left + 1;
}

describe('fontMetrics', () => {
  it('measures what resvg draws: the ink is within the advance width and close to it', () => {
    for (const text of ['Bosnia and Herzegovina', 'United Kingdom', 'Türkiye', 'Peacekeeping only']) {
      const measured = metrics.width(text, 60);
      const drawn = inkWidth(text, 60);
      expect(drawn, text).toBeLessThanOrEqual(measured + 1);
      expect(drawn, text).toBeGreaterThan(measured * 0.92);
    }
  });

  it('scales with the size and tells narrow letters from wide ones', () => {
    expect(metrics.width('Ireland', 40)).toBeCloseTo(metrics.width('Ireland', 20) * 2, 6);
    expect(metrics.width('iiii', 30)).toBeLessThan(metrics.width('WWWW', 30) / 2);
    expect(metrics.width('', 30)).toBe(0);
  });

  it('measures a no-break space like a space', () => {
    expect(metrics.width('1\u00a0rewrite', 20)).toBeCloseTo(metrics.width('1 rewrite', 20), 6);
  });

  it('names the file that is not a font', () => {
    expect(() => fontMetrics(new Uint8Array(4), 'x.ttf')).toThrow('x.ttf: is not a font file');
    // A font header with no tables.
    expect(() => fontMetrics(new Uint8Array(12), 'empty.ttf')).toThrow("empty.ttf: has no 'cmap' table");
  });
});
