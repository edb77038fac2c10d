// Where the words of a share picture go: the panel on its left (the map fills the rest). Pure:
// takes a text measurer, so wrapping and shrinking are tested without drawing; og-image.tsx draws
// what this returns. Every line is measured to fit its width: long names wrap, then shrink.
import type { Stance } from '../../src/data/stances.ts';
import { type FontSpec, type Measure, wrapText } from '../../src/export/png-layout.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The panel holding the words; the map shows to its right. */
export const PANEL_WIDTH = 480;
export const PAD = 48;
export const TEXT_WIDTH = PANEL_WIDTH - 2 * PAD;

export type Ink = 'text' | 'muted';
/** Which words a line belongs to. */
export type Part =
  | 'kicker'
  | 'name'
  | 'lead'
  | 'stance'
  | 'note'
  | 'sources'
  | 'title'
  | 'subtitle'
  | 'key'
  | 'count';

export interface TextLine {
  part: Part;
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  font: FontSpec;
  ink: Ink;
  /** Right-aligned at x (a count), instead of starting there. */
  end?: boolean;
}

/** A colour key: a stance colour, or the supported country's hatch. */
export interface SwatchBox {
  x: number;
  y: number;
  size: number;
  fill: { stance: Stance } | 'supported';
}

export interface CardLayout {
  lines: TextLine[];
  swatches: SwatchBox[];
}

export interface Fitted {
  font: FontSpec;
  lines: string[];
}

/** Cut words off the end until the line with an ellipsis fits. */
function ellipsize(line: string, font: FontSpec, width: number, measure: Measure): string {
  const words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}…`, font) > width) words.pop();
  return `${words.join(' ').replace(/[,;:]$/, '')}…`;
}

/**
 * `text` wrapped to `width` in at most `maxLines`, at the largest of `sizes` (largest first) that
 * fits. At the smallest size a word wider than the line shrinks the type further, and lines past
 * `maxLines` are cut with an ellipsis: nothing is drawn past the width.
 */
export function fitText(
  text: string,
  width: number,
  maxLines: number,
  sizes: readonly number[],
  weight: FontSpec['weight'],
  measure: Measure,
): Fitted {
  const fits = (font: FontSpec, lines: string[]) =>
    lines.length <= maxLines && lines.every((l) => measure(l, font) <= width);
  for (const size of sizes) {
    const font = { size, weight };
    const lines = wrapText(text, font, width, measure, ' ');
    if (fits(font, lines)) return { font, lines };
  }
  const smallest = sizes.at(-1) ?? 16;
  const widest = Math.max(...text.split(' ').map((w) => measure(w, { size: smallest, weight })));
  const font = { size: widest > width ? Math.floor((smallest * width) / widest) : smallest, weight };
  const lines = wrapText(text, font, width, measure, ' ');
  if (lines.length <= maxLines) return { font, lines };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines[maxLines]}`, font, width, measure);
  return { font, lines: kept };
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((from - to) / step) + 1 }, (_, i) => from - i * step);

/** Lines of `fitted` from the top edge `top`; returns the bottom edge (line height 1.2, names 1.1). */
function place(
  out: TextLine[],
  part: Part,
  fitted: Fitted,
  x: number,
  top: number,
  ink: Ink,
  leading = 1.2,
): number {
  let y = top;
  for (const text of fitted.lines) {
    // Inter's capitals stand 0.73 em over the baseline: centred in a line box of `leading` em.
    out.push({ part, text, x, y: y + fitted.font.size * (leading / 2 + 0.365), font: fitted.font, ink });
    y += fitted.font.size * leading;
  }
  return y;
}

/** A name is never cut: two lines from 76 px down to 44, else three lines down to 36. */
function fitName(name: string, measure: Measure): Fitted {
  const two = fitText(name, TEXT_WIDTH, 2, range(76, 44, 4), 600, measure);
  const whole = (f: Fitted) =>
    f.lines.join(' ') ===
    name
      .split(' ')
      .filter((w) => w !== '')
      .join(' ');
  if (whole(two)) return two;
  const three = fitText(name, TEXT_WIDTH, 3, range(44, 36, 4), 600, measure);
  return whole(three) ? three : fitText(name, TEXT_WIDTH, 4, [32], 600, measure);
}

/** The source line, set from the panel's foot upwards. */
function footer(out: TextLine[], sources: string, measure: Measure): number {
  const fitted = fitText(sources, TEXT_WIDTH, 3, [20, 18], 400, measure);
  const top = OG_HEIGHT - PAD - fitted.lines.length * fitted.font.size * 1.3;
  place(out, 'sources', fitted, PAD, top, 'muted', 1.3);
  return top;
}

export interface CountryCardWords {
  /** The dataset's title, above the name. */
  kicker: string;
  name: string;
  /** The stance in words, or the supported country's role. */
  stance: string;
  /** The stance the swatch shows; null for the supported country (its hatch). */
  stanceKey: Stance | null;
  /** Over the stance: what it is (members only). */
  stanceLead: string | null;
  /** Under the stance, e.g. that the sources differ on it; null for none. */
  note: string | null;
  sources: string;
}

export function countryCardLayout(words: CountryCardWords, measure: Measure): CardLayout {
  const lines: TextLine[] = [];
  const swatches: SwatchBox[] = [];
  let y = PAD;
  y = place(lines, 'kicker', fitText(words.kicker, TEXT_WIDTH, 2, [22, 20], 600, measure), PAD, y, 'muted');
  y += 22;
  y = place(lines, 'name', fitName(words.name, measure), PAD, y, 'text', 1.1);
  y += 26;
  if (words.stanceLead !== null) {
    y = place(
      lines,
      'lead',
      fitText(words.stanceLead, TEXT_WIDTH, 1, [20, 18], 400, measure),
      PAD,
      y,
      'muted',
    );
    y += 8;
  }
  const swatch = 30;
  const labelX = PAD + swatch + 14;
  const stance = fitText(words.stance, PANEL_WIDTH - PAD - labelX, 2, range(32, 22, 2), 600, measure);
  swatches.push({
    x: PAD,
    y: y + (stance.font.size * 1.2 - swatch) / 2,
    size: swatch,
    fill: words.stanceKey === null ? 'supported' : { stance: words.stanceKey },
  });
  y = place(lines, 'stance', stance, labelX, y, 'text');
  if (words.note !== null) {
    place(
      lines,
      'note',
      fitText(words.note, PANEL_WIDTH - PAD - labelX, 2, [20, 18], 400, measure),
      labelX,
      y + 6,
      'muted',
    );
  }
  footer(lines, words.sources, measure);
  return { lines, swatches };
}

export interface OverviewCardWords {
  title: string;
  subtitle: string;
  /** One row per stance: its label, colour key and number of countries. */
  rows: readonly { label: string; stance: Stance; count: number }[];
  /** The supported country's key row. */
  supported: string;
  sources: string;
}

export function overviewCardLayout(words: OverviewCardWords, measure: Measure): CardLayout {
  const lines: TextLine[] = [];
  const swatches: SwatchBox[] = [];
  let y = PAD - 4;
  y = place(
    lines,
    'title',
    fitText(words.title, TEXT_WIDTH, 3, range(46, 32, 2), 600, measure),
    PAD,
    y,
    'text',
    1.1,
  );
  y += 12;
  y = place(
    lines,
    'subtitle',
    fitText(words.subtitle, TEXT_WIDTH, 2, [22, 20], 400, measure),
    PAD,
    y,
    'muted',
  );
  y += 20;
  const row = { size: 22, weight: 400 } as const;
  const key = 22;
  const labelX = PAD + key + 12;
  const countRoom = 48;
  const rowHeight = 34;
  const entries = [
    ...words.rows.map((r) => ({ ...r, fill: { stance: r.stance } as SwatchBox['fill'] })),
    { label: words.supported, count: null, fill: 'supported' as const },
  ];
  for (const entry of entries) {
    const room = PANEL_WIDTH - PAD - labelX - (entry.count === null ? 0 : countRoom);
    const label = fitText(entry.label, room, 1, [row.size, 20, 18], row.weight, measure);
    swatches.push({ x: PAD, y: y + (rowHeight - key) / 2, size: key, fill: entry.fill });
    const baseline = y + rowHeight / 2 + label.font.size * 0.36;
    lines.push({
      part: 'key',
      text: label.lines[0] ?? '',
      x: labelX,
      y: baseline,
      font: label.font,
      ink: 'text',
    });
    if (entry.count !== null) {
      const font = { size: row.size, weight: 600 } as const;
      lines.push({
        part: 'count',
        text: String(entry.count),
        x: PANEL_WIDTH - PAD,
        y: baseline,
        font,
        ink: 'text',
        end: true,
      });
    }
    y += rowHeight;
  }
  footer(lines, words.sources, measure);
  return { lines, swatches };
}
