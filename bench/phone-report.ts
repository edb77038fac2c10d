// The phone profile's figures as text: a table for the terminal and its markdown for
// bench/results.md (and the README's Performance section).
import { PHONE_THROTTLING, type PhoneSummary, phoneTargets } from './phone';
import { KB } from './summary';

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '–');
const kb = (v: number) => (Number.isFinite(v) ? `${(v / KB).toFixed(1)} KB` : '–');
const x = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');

export function phoneSettings(): string {
  const t = PHONE_THROTTLING;
  return (
    `390x844 touch screen; network ${t.latencyMs} ms round trip, ${t.downloadKbps / 1000} Mbps down, ` +
    `${t.uploadKbps} kbps up (Chromium's Slow 4G); CPU slowed ${t.cpuSlowdown}x`
  );
}

function rows(s: PhoneSummary): string[][] {
  return [
    ['figure', 'app', 'floor', 'app/floor'],
    [
      'first paint',
      ms(s.app.firstPaintMs),
      ms(s.floor.firstPaintMs),
      x(s.app.firstPaintMs / s.floor.readyMs),
    ],
    ['reader-interactive (tap France to panel)', ms(s.app.interactiveMs), '–', x(s.ratios.interactiveMs)],
    ['ready (first idle)', ms(s.app.readyMs), ms(s.floor.readyMs), x(s.ratios.readyMs)],
    ['gzip bytes before ready', kb(s.app.bytesBeforeReadyGz), kb(s.floor.bytesBeforeReadyGz), ''],
  ];
}

const targetRows = (s: PhoneSummary) =>
  phoneTargets(s).map((t) => [
    t.label,
    `${Number.isFinite(t.value) ? t.value.toFixed(t.unit === 'x' ? 2 : 1) : '–'} ${t.unit}`,
    `${t.limit} ${t.unit}`,
    t.pass ? 'PASS' : 'MISS',
  ]);

export function printPhone(s: PhoneSummary): void {
  console.log(`\nPhone profile (${phoneSettings()}), medians of ${s.runs} runs:\n`);
  const all = rows(s);
  const widths = all[0]?.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length))) ?? [];
  for (const row of all)
    console.log(row.map((c, i) => (i ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  '));
  console.log("\nFirst paint and interactive ratios are over the floor's ready; ready is paired per round.");
  console.log(
    "\nThe app's load on the phone (median-ready run): request start to response end, gzip size:\n",
  );
  for (const r of s.waterfall.app)
    console.log(
      `  ${String(r.startMs).padStart(6)} → ${String(r.endMs).padStart(6)} ms  ${kb(r.gzipBytes).padStart(8)}  ${r.path}`,
    );
  console.log('\nPhone targets (printed, not asserted):\n');
  for (const [label, value, limit, verdict] of targetRows(s))
    console.log(`  ${verdict}  ${label}: ${value} (limit ${limit})`);
}

/** A markdown table laid out as Biome formats it (padded cells). */
function table(all: string[][]): string[] {
  const widths = all[0]?.map((_, i) => Math.max(3, ...all.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (i ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = widths.map((w, i) => (i ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)));
  const [head, ...body] = all;
  return [line(head ?? []), `| ${rule.join(' | ')} |`, ...body.map(line)];
}

export function phoneMarkdown(s: PhoneSummary): string {
  return [
    `Phone profile: ${phoneSettings()}; medians of ${s.runs} alternating runs.`,
    '',
    ...table(rows(s)),
    '',
    ...table([['target', 'figure', 'limit', 'verdict'], ...targetRows(s)]),
    '',
  ].join('\n');
}
