// The figures as text: a table for the terminal and the markdown bench/results.md that the
// README's Performance section includes.
import { KB, type Spread, type Summary, type Target } from './summary';

export interface Machine {
  date: string;
  nproc: number;
  cpu: string;
  chromium: string;
  node: string;
}

type Unit = 'ms' | 'bytes' | 'MB' | 'count';

/** Rows of the table: the figure's name per side (floor has restyle where the app has filter). */
const ROWS: { label: string; app: string; floor: string | null; unit: Unit }[] = [
  { label: 'first paint', app: 'firstPaintMs', floor: 'firstPaintMs', unit: 'ms' },
  { label: 'first paint: static SVG', app: 'firstPaintStaticMs', floor: null, unit: 'ms' },
  { label: 'first paint: WebGL map', app: 'firstPaintWebglMs', floor: 'firstPaintMs', unit: 'ms' },
  { label: 'first contentful paint', app: 'fcpMs', floor: 'fcpMs', unit: 'ms' },
  { label: 'ready (first idle)', app: 'readyMs', floor: 'readyMs', unit: 'ms' },
  { label: 'initial bytes (gzip)', app: 'initialBytesGz', floor: 'initialBytesGz', unit: 'bytes' },
  { label: 'requests before ready', app: 'initialRequests', floor: 'initialRequests', unit: 'count' },
  { label: 'JS heap after ready', app: 'heapMB', floor: 'heapMB', unit: 'MB' },
  { label: 'click to panel', app: 'clickToPanelMs', floor: null, unit: 'ms' },
  { label: 'filter to map / restyle', app: 'filterToMapMs', floor: 'restyleMs', unit: 'ms' },
];

function format(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'bytes') return `${(value / KB).toFixed(1)} KB`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'count') return String(Math.round(value));
  return `${value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
}

function cell(spread: Spread | undefined, unit: Unit): string {
  if (!spread) return '–';
  const { median, min, max } = spread;
  if (spread.values.length === 1 || min === max) return format(median, unit);
  return `${format(median, unit)} (${format(min, unit)}–${format(max, unit)})`;
}

function tableRows(summary: Summary): string[][] {
  const rows = ROWS.map((row) => {
    const app = summary.spread.app[row.app];
    const floor = row.floor ? summary.spread.floor[row.floor] : undefined;
    const ratio = app && floor && row.unit !== 'count' ? (app.median / floor.median).toFixed(2) : '';
    const scale = summary.scale ? cell(summary.spread.scale[row.app], row.unit) : null;
    return [row.label, cell(app, row.unit), cell(floor, row.unit), ratio, ...(scale === null ? [] : [scale])];
  });
  const validateMs = summary.scale?.validateMs;
  if (typeof validateMs === 'number') rows.push(['validate dataset', '', '', '', format(validateMs, 'ms')]);
  return rows;
}

function header(summary: Summary): string[] {
  return ['figure', 'app', 'floor', 'app/floor', ...(summary.scale ? ['scale'] : [])];
}

function targetValue(t: Target): string {
  const digits = t.unit === 'x' ? 2 : 1;
  return `${Number.isFinite(t.value) ? t.value.toFixed(digits) : '–'} ${t.unit}`;
}

function verdict(t: Target): string {
  if (t.pass) return 'PASS';
  if (!Number.isFinite(t.value)) return 'MISS (no figure)';
  const over = t.value - t.limit;
  return `MISS by ${over.toFixed(t.unit === 'x' ? 2 : 1)} ${t.unit}`;
}

export function printTable(summary: Summary, runs: number): void {
  const rows = [header(summary), ...tableRows(summary)];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  console.log(`\nMedians of ${runs} runs (min–max):\n`);
  for (const row of rows)
    console.log(
      row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '),
    );
  const p = summary.pairedRatios;
  console.log(
    `\nPaired app/floor (median of per-round ratios): ready ${p.readyMs.toFixed(2)}, ` +
      `first paint ${p.firstPaintMs.toFixed(2)}, filter/restyle ${p.filterToMapMs.toFixed(2)}`,
  );
  if (summary.pairedScale) console.log(pairedScaleLine(summary.pairedScale));
  console.log('\nTargets (printed, not asserted):\n');
  for (const t of summary.targets) {
    console.log(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.label}: ${targetValue(t)} (limit ${t.limit} ${t.unit})`);
  }
}

function pairedScaleLine(p: NonNullable<Summary['pairedScale']>): string {
  return (
    `Paired scale/real (median of per-round ratios): ready ${p.readyMs.toFixed(2)}, ` +
    `click ${p.clickToPanelMs.toFixed(2)}, filter ${p.filterToMapMs.toFixed(2)}`
  );
}

/** A markdown table laid out as Biome formats it (padded cells), so the file passes `biome check`. */
function markdownTable(rows: string[][], right: (column: number) => boolean): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(3, ...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const pad = (cell: string, i: number) =>
    right(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0);
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = widths.map((w, i) => (right(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)));
  const [head, ...body] = rows;
  return [line(head ?? []), `| ${rule.join(' | ')} |`, ...body.map(line)];
}

export function markdown(summary: Summary, machine: Machine, runs: number): string {
  const p = summary.pairedRatios;
  const targets = summary.targets.map((t) => [t.label, targetValue(t), `${t.limit} ${t.unit}`, verdict(t)]);
  return [
    `_${machine.date} · ${machine.nproc} cores, ${machine.cpu} · Chromium ${machine.chromium} headless, ` +
      `software WebGL (SwiftShader) · Node ${machine.node} · medians of ${runs} alternating runs (min–max)_`,
    '',
    ...markdownTable([header(summary), ...tableRows(summary)], (i) => i > 0),
    '',
    `Paired app/floor (median of per-round ratios): ready ${p.readyMs.toFixed(2)}, ` +
      `first paint ${p.firstPaintMs.toFixed(2)}, filter/restyle ${p.filterToMapMs.toFixed(2)}.`,
    ...(summary.pairedScale ? ['', `${pairedScaleLine(summary.pairedScale)}.`] : []),
    '',
    ...markdownTable([['target', 'figure', 'limit', 'verdict'], ...targets], (i) => i === 1 || i === 2),
    '',
  ].join('\n');
}
