// Shapes for the boundary build's tests.

/** A closed square ring, counter-clockwise from its south-west corner, in lon/lat degrees. */
export function square(west: number, south: number, size: number): number[][] {
  return [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ];
}
