// How wide a line of text is in a TrueType/OpenType font, read from the font file itself (its
// character map and horizontal metrics), so the share picture can wrap and shrink its words before
// resvg draws them with the same file. Kerning is left out: it mostly pulls letters together, so
// the width measured here is what the line takes at most.

export interface FontMetrics {
  /** Advance width of `text` at `size` px (the sum of its glyphs' advances). */
  width(text: string, size: number): number;
}

interface Tables {
  [tag: string]: { offset: number; length: number };
}

function tablesOf(view: DataView, file: string): Tables {
  const tables: Tables = {};
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(
      view.getUint8(at),
      view.getUint8(at + 1),
      view.getUint8(at + 2),
      view.getUint8(at + 3),
    );
    tables[tag] = { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) };
  }
  for (const tag of ['cmap', 'head', 'hhea', 'hmtx']) {
    if (!tables[tag]) throw new Error(`${file}: has no '${tag}' table, so its text cannot be measured`);
  }
  return tables;
}

/** The glyph of each code point, from a cmap subtable of format 4 (BMP) or 12 (all planes). */
function characterMap(view: DataView, cmap: number, file: string): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4: number | null = null;
  let format12: number | null = null;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const encoding = view.getUint16(cmap + 6 + 8 * i);
    const at = cmap + view.getUint32(cmap + 8 + 8 * i);
    const format = view.getUint16(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && format === 12) format12 = at;
    if (unicode && format === 4) format4 = at;
  }
  if (format12 !== null) {
    const at = format12;
    const groups = view.getUint32(at + 12);
    return (codePoint) => {
      for (let g = 0; g < groups; g++) {
        const start = view.getUint32(at + 16 + 12 * g);
        const end = view.getUint32(at + 20 + 12 * g);
        if (codePoint >= start && codePoint <= end)
          return view.getUint32(at + 24 + 12 * g) + codePoint - start;
      }
      return 0;
    };
  }
  if (format4 !== null) {
    const at = format4;
    const segments = view.getUint16(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    return (codePoint) => {
      for (let s = 0; s < segments; s++) {
        if (codePoint > view.getUint16(ends + 2 * s)) continue;
        const start = view.getUint16(starts + 2 * s);
        if (codePoint < start) return 0;
        const delta = view.getInt16(deltas + 2 * s);
        const rangeOffset = view.getUint16(rangeOffsets + 2 * s);
        if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
        const glyph = view.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (codePoint - start));
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  throw new Error(`${file}: has no Unicode character map (cmap format 4 or 12)`);
}

/** Reads the metrics of a font file's bytes; `file` names it in errors. */
export function fontMetrics(bytes: Uint8Array, file: string): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12) throw new Error(`${file}: is not a font file (too short)`);
  const tables = tablesOf(view, file);
  const [cmap, head, hhea, hmtx] = [tables.cmap, tables.head, tables.hhea, tables.hmtx].map(
    (t) => t?.offset ?? 0,
  ) as [number, number, number, number];
  const unitsPerEm = view.getUint16(head + 18);
  const longMetrics = view.getUint16(hhea + 34);
  const glyphOf = characterMap(view, cmap, file);
  // Glyphs past the long metrics share the last advance (monospaced tails).
  const advanceOf = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, longMetrics - 1));
  const cache = new Map<number, number>();
  const advance = (codePoint: number): number => {
    let units = cache.get(codePoint);
    if (units === undefined) {
      units = advanceOf(glyphOf(codePoint));
      cache.set(codePoint, units);
    }
    return units;
  };
  return {
    width(text, size) {
      let units = 0;
      for (const char of text) units += advance(char.codePointAt(0) ?? 0);
      return (units * size) / unitsPerEm;
    },
  };
}
