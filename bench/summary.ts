// From the runs to the figures: medians with min and max, the app/floor ratios, and the targets.
// The targets are printed beside the figures, never asserted: this is a benchmark, not a test.
import type { AppFigures, FloorFigures } from './measure';
import { median } from './measure';

export interface Spread {
  median: number;
  min: number;
  max: number;
  values: number[];
}

export type Medians = Record<string, number | null>;

export interface Target {
  label: string;
  value: number;
  limit: number;
  unit: 'x' | 'ms' | 'KB';
  pass: boolean;
}

export interface Summary {
  app: Medians;
  floor: Medians;
  scale: Medians | null;
  spread: Record<'app' | 'floor' | 'scale', Record<string, Spread>>;
  ratios: Ratios;
  /**
   * Median of the per-round ratios (each app run over the floor run of the same round, minutes
   * apart): steadier than the ratio of medians when the machine's load drifts during the bench.
   */
  pairedRatios: Ratios;
  /** The same for the scale runs over the real app's runs of the same round (null without scale). */
  pairedScale: ScaleRatios | null;
  targets: Target[];
}

type ScaleRatios = { readyMs: number; clickToPanelMs: number; filterToMapMs: number };

type Ratios = { readyMs: number; firstPaintMs: number; initialBytesGz: number; filterToMapMs: number };

export const APP_KEYS = [
  'firstPaintMs',
  'firstPaintWebglMs',
  'firstPaintStaticMs',
  'fcpMs',
  'readyMs',
  'initialBytesGz',
  'initialRequests',
  'heapMB',
  'clickToPanelMs',
  'clicksMissed',
  'filterToMapMs',
] as const satisfies readonly (keyof AppFigures)[];

export const FLOOR_KEYS = [
  'firstPaintMs',
  'fcpMs',
  'readyMs',
  'initialBytesGz',
  'initialRequests',
  'heapMB',
  'restyleMs',
] as const satisfies readonly (keyof FloorFigures)[];

export const KB = 1024;

function spreadOf(values: readonly (number | null)[]): Spread | null {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return null;
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), values: finite };
}

function summarize<T>(runs: readonly T[], keys: readonly (keyof T & string)[]) {
  const medians: Medians = {};
  const spreads: Record<string, Spread> = {};
  for (const key of keys) {
    const spread = spreadOf(runs.map((run) => run[key] as number | null));
    medians[key] = spread?.median ?? null;
    if (spread) spreads[key] = spread;
  }
  return { medians, spreads };
}

const num = (medians: Medians | null, key: string) => medians?.[key] ?? Number.NaN;

function target(label: string, value: number, limit: number, unit: Target['unit'], strict = false): Target {
  return { label, value, limit, unit, pass: strict ? value < limit : value <= limit };
}

export function summarizeRuns(
  runs: { app: AppFigures[]; floor: FloorFigures[]; scale: AppFigures[] },
  validateMs: number | null,
): Summary {
  const app = summarize(runs.app, APP_KEYS);
  const floor = summarize(runs.floor, FLOOR_KEYS);
  const scale = runs.scale.length > 0 ? summarize(runs.scale, APP_KEYS) : null;
  if (scale) scale.medians.validateMs = validateMs;
  const ratios = {
    readyMs: num(app.medians, 'readyMs') / num(floor.medians, 'readyMs'),
    firstPaintMs: num(app.medians, 'firstPaintMs') / num(floor.medians, 'firstPaintMs'),
    initialBytesGz: num(app.medians, 'initialBytesGz') / num(floor.medians, 'initialBytesGz'),
    filterToMapMs: num(app.medians, 'filterToMapMs') / num(floor.medians, 'restyleMs'),
  };
  const paired = (appKey: keyof AppFigures, floorKey: keyof FloorFigures) =>
    median(
      runs.app.flatMap((run, i) => {
        const floorRun = runs.floor[i];
        return floorRun ? [(run[appKey] as number) / (floorRun[floorKey] as number)] : [];
      }),
    );
  const pairedOverReal = (key: keyof ScaleRatios) =>
    median(
      runs.scale.flatMap((run, i) => {
        const real = runs.app[i];
        return real ? [run[key] / real[key]] : [];
      }),
    );
  const pairedScale = scale
    ? {
        readyMs: pairedOverReal('readyMs'),
        clickToPanelMs: pairedOverReal('clickToPanelMs'),
        filterToMapMs: pairedOverReal('filterToMapMs'),
      }
    : null;
  const pairedRatios = {
    readyMs: paired('readyMs', 'readyMs'),
    firstPaintMs: paired('firstPaintMs', 'firstPaintMs'),
    initialBytesGz: paired('initialBytesGz', 'initialBytesGz'),
    filterToMapMs: paired('filterToMapMs', 'restyleMs'),
  };
  const a = (key: string) => num(app.medians, key);
  const s = (key: string) => num(scale?.medians ?? null, key);
  const targets = [
    target('ready, app / floor', ratios.readyMs, 1.05, 'x'),
    target('filter to map, app / floor restyle', ratios.filterToMapMs, 1.2, 'x'),
    target('app first paint / floor ready', a('firstPaintMs') / num(floor.medians, 'readyMs'), 0.35, 'x'),
    target(
      'initial gzip bytes, app - floor',
      (a('initialBytesGz') - num(floor.medians, 'initialBytesGz')) / KB,
      100,
      'KB',
    ),
    target('click to panel', a('clickToPanelMs'), 16, 'ms'),
    // The phone profile's byte budget holds on the desktop too (the same files load).
    target('initial gzip bytes, app', a('initialBytesGz') / KB, 550, 'KB'),
  ];
  if (scale) {
    targets.push(
      target('scale ready / real ready', s('readyMs') / a('readyMs'), 1.2, 'x'),
      target('scale click to panel / real', s('clickToPanelMs') / a('clickToPanelMs'), 1.2, 'x'),
      target('scale filter to map / real', s('filterToMapMs') / a('filterToMapMs'), 1.2, 'x'),
      target('scale initial gzip bytes - real', (s('initialBytesGz') - a('initialBytesGz')) / KB, 30, 'KB'),
      target('scale validate', validateMs ?? Number.NaN, 5000, 'ms', true),
    );
  }
  return {
    app: app.medians,
    floor: floor.medians,
    scale: scale?.medians ?? null,
    spread: { app: app.spreads, floor: floor.spreads, scale: scale?.spreads ?? {} },
    ratios,
    pairedRatios,
    pairedScale,
    targets,
  };
}
