// Where everything goes on the downloaded image: a header (title, "as of" date), the map, the
// legend, and the credits. Pure: it returns drawing operations in CSS pixels and takes a text
// measurer, so the layout (wrapping, heights) is unit-tested without a canvas; png.ts draws it.

export interface LegendEntry {
  label: string;
  color: string;
  /** Countries of this kind on the map; null for entries that are not counted (Ukraine). */
  count: number | null;
  /** Hidden by the stance filter: drawn faded and said so, so the image does not mislead. */
  hidden: boolean;
}

/** The colours of the words and ground around the map (the theme's, so the picture matches). */
export interface Ink {
  background: string;
  text: string;
  muted: string;
}

export interface ViewLayoutInput {
  /** The map picture's size in CSS pixels. */
  mapWidth: number;
  mapHeight: number;
  title: string;
  subtitle: string;
  legend: readonly LegendEntry[];
  /** Credit lines, each wrapped to the width. */
  credits: readonly string[];
  /** Defaults to dark text on white. */
  ink?: Ink;
}

export interface FontSpec {
  size: number;
  weight: 400 | 600;
}

export type DrawOp =
  | { kind: 'fill'; x: number; y: number; width: number; height: number; color: string; alpha: number }
  | { kind: 'text'; text: string; x: number; y: number; font: FontSpec; color: string }
  | { kind: 'map'; x: number; y: number; width: number; height: number };

export interface ViewLayout {
  width: number;
  height: number;
  ops: DrawOp[];
}

/** Width of `text` in CSS pixels when drawn in `font`. */
export type Measure = (text: string, font: FontSpec) => number;

export const BACKGROUND = '#ffffff';
export const TEXT_COLOR = '#1b1b1b';
export const MUTED_COLOR = '#555049';
const DEFAULT_INK: Ink = { background: BACKGROUND, text: TEXT_COLOR, muted: MUTED_COLOR };
const PAD = 16;
const TITLE: FontSpec = { size: 20, weight: 600 };
const SUBTITLE: FontSpec = { size: 14, weight: 400 };
const LEGEND: FontSpec = { size: 13, weight: 400 };
const CREDIT: FontSpec = { size: 11, weight: 400 };
const SWATCH = 12;
const LINE = 1.35;

/**
 * Greedy word wrap; a word wider than the line stands alone on its line. Words are split at any
 * white space, or only at `breaks` (the share pictures keep no-break spaces together).
 */
export function wrapText(
  text: string,
  font: FontSpec,
  width: number,
  measure: Measure,
  breaks: string | RegExp = /\s+/,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(breaks).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, font) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function legendLabel(entry: LegendEntry): string {
  if (entry.hidden) return `${entry.label}: hidden by the filter`;
  return entry.count === null ? entry.label : `${entry.label} (${entry.count})`;
}

export function layoutView(input: ViewLayoutInput, measure: Measure): ViewLayout {
  const width = input.mapWidth;
  const textWidth = width - 2 * PAD;
  const ops: DrawOp[] = [];
  const ink = input.ink ?? DEFAULT_INK;
  let y = PAD;

  const paragraph = (text: string, font: FontSpec, color: string) => {
    for (const line of wrapText(text, font, textWidth, measure)) {
      // Text ops are positioned by their top edge (png.ts draws with textBaseline 'top').
      ops.push({ kind: 'text', text: line, x: PAD, y, font, color });
      y += font.size * LINE;
    }
  };

  paragraph(input.title, TITLE, ink.text);
  paragraph(input.subtitle, SUBTITLE, ink.muted);
  y += PAD / 2;

  ops.push({ kind: 'map', x: 0, y, width, height: input.mapHeight });
  y += input.mapHeight + PAD;

  // Legend: swatch + label items flowing left to right, wrapping to a new row when full.
  const rowHeight = Math.max(SWATCH, LEGEND.size) * LINE;
  let x = PAD;
  for (const entry of input.legend) {
    const label = legendLabel(entry);
    const itemWidth = SWATCH + 6 + measure(label, LEGEND);
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += rowHeight;
    }
    const alpha = entry.hidden ? 0.25 : 1;
    const swatchY = y + (rowHeight - SWATCH) / 2;
    ops.push({ kind: 'fill', x, y: swatchY, width: SWATCH, height: SWATCH, color: entry.color, alpha });
    const textY = y + (rowHeight - LEGEND.size) / 2;
    const color = entry.hidden ? ink.muted : ink.text;
    ops.push({ kind: 'text', text: label, x: x + SWATCH + 6, y: textY, font: LEGEND, color });
    x += itemWidth + 18;
  }
  if (input.legend.length > 0) y += rowHeight + PAD / 2;

  for (const credit of input.credits) paragraph(credit, CREDIT, ink.muted);
  y += PAD;

  return { width, height: Math.ceil(y), ops };
}

/** "2025-04-10" -> "10 April 2025" (UTC: the date is a calendar day, not an instant). */
export function formatDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`formatDay: ${JSON.stringify(isoDay)} is not a date`);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
