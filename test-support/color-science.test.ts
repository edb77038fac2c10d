import { describe, expect, it } from 'vitest';

import { chroma, contrastRatio, deltaE2000, hexToRgb, simulate, toLab } from './color-science';

describe('deltaE2000', () => {
  // Reference pairs from Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula:
  // implementation notes, supplementary test data" (pairs 1, 7, 17, 25 and 34).
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
  ] as const)('%j vs %j is %d', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
    expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
  });
});

describe('toLab', () => {
  it('gives white L 100 and black L 0, both without chroma', () => {
    const white = toLab('#ffffff');
    expect(white[0]).toBeCloseTo(100, 2);
    expect(chroma(white)).toBeLessThan(0.01);
    expect(toLab('#000000')[0]).toBeCloseTo(0, 5);
  });
  it('matches a known value (sRGB red is L 53.24, a 80.09, b 67.20)', () => {
    const [l, a, b] = toLab('#ff0000');
    expect(l).toBeCloseTo(53.24, 1);
    expect(a).toBeCloseTo(80.09, 1);
    expect(b).toBeCloseTo(67.2, 1);
  });
});

describe('simulate', () => {
  it('leaves greys grey under every dichromacy (each matrix row sums to 1)', () => {
    for (const deficiency of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const [r, g, b] = simulate('#808080', deficiency);
      expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(1);
    }
  });
  it('applies the matrix in linear light: pure red under deuteranopia is a dark yellow', () => {
    const [r, g, b] = simulate('#ff0000', 'deuteranopia');
    expect(r).toBeCloseTo(163.2, 0);
    expect(g).toBeCloseTo(144.3, 0);
    expect(b).toBe(0);
  });
  it('brings red and green much closer under deuteranopia and protanopia', () => {
    const normal = deltaE2000(toLab('#d62728'), toLab('#2ca02c'));
    for (const deficiency of ['protanopia', 'deuteranopia'] as const) {
      const seen = deltaE2000(toLab(simulate('#d62728', deficiency)), toLab(simulate('#2ca02c', deficiency)));
      expect(seen).toBeLessThan(normal / 2);
    }
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});

describe('hexToRgb', () => {
  it('reads #rrggbb and names the bad input otherwise', () => {
    expect(hexToRgb('#0072B2')).toEqual([0, 114, 178]);
    expect(() => hexToRgb('blue')).toThrow(/"blue" is not a #rrggbb colour/);
  });
});
