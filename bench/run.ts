// `npm run bench [-- --runs N] [-- --skip-scale] [-- --profile desktop|phone|both]`: the app against
// the bare-MapLibre floor (and the app on a generated dataset far larger than the real one), on a
// desktop and on a throttled phone (bench/phone.ts). Builds, serves, drives Chromium headless,
// alternates the variants run by run, prints medians and targets, writes bench/results.json and
// bench/results.md. See bench/README.md for what each figure means.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { ensureBrowser } from '../scripts/ensure-browser';
import type { Coalition } from '../src/data/schema';
import { STANCES } from '../src/data/stances';
import { lngLatToMercator } from '../src/map/projection';
import { APP_DIST, buildApp, buildFloor, chunkSizes, FLOOR_DIST, prepareData, SCALE_DIST } from './build';
import {
  type AppFigures,
  type Camera,
  type ClickTarget,
  type FloorFigures,
  runApp,
  runFloor,
} from './measure';
import {
  type PhoneAppFigures,
  type PhoneFigures,
  phoneCamera,
  runPhoneApp,
  runPhoneFloor,
  summarizePhone,
} from './phone';
import { phoneMarkdown, printPhone } from './phone-report';
import { type Machine, markdown, printTable } from './report';
import { validateScaleDataset, writeScaleDataset } from './scale-dataset';
import { type StaticServer, startStaticServer } from './serve';
import { summarizeRuns } from './summary';

const CLICKS = 20;
const TOGGLES = 10;
const RESTYLES = 10;
/**
 * A pause before each run: the last run's page (20 clicks, 10 filters, closed just now) is still
 * being torn down by the browser and the GPU process on the same 2 cores, and the next page's
 * load would pay for it. The rotation below does not spread that evenly: rotating keeps the cyclic
 * order, so the app follows the scale run (the heaviest) in two rounds of three.
 */
const SETTLE_MS = 1000;
/** Big countries tried in the scale run after the real dataset's ones, before all the others. */
const EXTRA_SCALE_TARGETS = ['BRA', 'IND', 'ZAF', 'ARG', 'EGY', 'KAZ', 'MEX', 'IDN', 'DZA', 'MNG'];

type Variant = 'app' | 'floor' | 'scale';
type Profile = 'desktop' | 'phone' | 'both';
const PROFILES: readonly Profile[] = ['desktop', 'phone', 'both'];
/** The phone profile's rounds (throttled loads take 10 s and more each): at least 5, per the targets. */
const PHONE_RUNS = 5;

function parseArgs(argv: string[]): { runs: number; skipScale: boolean; profile: Profile } {
  let runs = 7;
  let skipScale = false;
  let profile: Profile = 'both';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--skip-scale') skipScale = true;
    else if (arg === '--profile' || arg?.startsWith('--profile=')) {
      const value = arg === '--profile' ? argv[++i] : arg.slice('--profile='.length);
      if (!PROFILES.includes(value as Profile))
        throw new Error(`bench: --profile takes desktop, phone or both, got "${value}"`);
      profile = value as Profile;
    } else if (arg === '--runs' || arg?.startsWith('--runs=')) {
      const value = arg === '--runs' ? argv[++i] : arg.slice('--runs='.length);
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1)
        throw new Error(`bench: --runs needs a whole number >= 1, got "${value}"`);
    } else throw new Error(`bench: unknown argument "${arg}" (use --runs N, --skip-scale, --profile P)`);
  }
  return { runs, skipScale, profile };
}

/** France's interior point in the static map's 1024 px Mercator world, where the phone run taps. */
function franceOnStaticMap(): [number, number] | null {
  const points = JSON.parse(readFileSync('public/generated/country-points.json', 'utf8')) as Record<
    string,
    [number, number]
  >;
  const p = points.FRA;
  return p ? lngLatToMercator(p[0], p[1]) : null;
}

/** The phone profile: app and floor alternating, after one unrecorded load for the app's camera. */
async function benchPhone(browser: Browser, app: StaticServer, floor: StaticServer, runs: number) {
  const pause = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const camera = await phoneCamera(browser, app);
  const france = franceOnStaticMap();
  const results = { app: [] as PhoneAppFigures[], floor: [] as PhoneFigures[] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? (['floor', 'app'] as const) : (['app', 'floor'] as const);
    for (const variant of order) {
      await pause();
      if (variant === 'app') results.app.push(await runPhoneApp(browser, app, france));
      else results.floor.push(await runPhoneFloor(browser, floor, camera));
    }
    const a = results.app.at(-1);
    const f = results.floor.at(-1);
    console.log(
      `bench: phone run ${i + 1}/${runs}: app interactive ${Math.round(a?.interactiveMs ?? Number.NaN)} ms, ` +
        `ready ${Math.round(a?.readyMs ?? Number.NaN)} ms; floor ready ${Math.round(f?.readyMs ?? Number.NaN)} ms`,
    );
  }
  return summarizePhone(results.app, results.floor);
}

function readCoalition(dataDir: string): Coalition {
  return JSON.parse(readFileSync(path.join(dataDir, 'coalition.json'), 'utf8')) as Coalition;
}

/** The countries to click, in order, and the stances whose filter changes the map. */
function plan(coalition: Coalition, preferred: readonly string[]) {
  const byIso3 = new Map(coalition.countries.map((c) => [c.iso3, c.name]));
  const order = [...new Set([...preferred, ...byIso3.keys()])].filter((iso3) => byIso3.has(iso3));
  const targets: ClickTarget[] = order
    .slice(0, CLICKS)
    .map((iso3) => ({ iso3, name: byIso3.get(iso3) ?? iso3 }));
  const present = new Set(coalition.countries.map((c) => c.stance));
  return { targets, stances: STANCES.filter((s) => present.has(s)), clicks: CLICKS, toggles: TOGGLES };
}

function machine(browser: Browser): Machine {
  return {
    date: new Date().toISOString().slice(0, 10),
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    chromium: browser.version(),
    node: process.versions.node,
  };
}

async function main(): Promise<void> {
  const { runs, skipScale: skipScaleArg, profile } = parseArgs(process.argv.slice(2));
  const desktop = profile !== 'phone';
  const skipScale = skipScaleArg || !desktop;
  const { path: executablePath } = ensureBrowser();
  const real = readCoalition('data');
  const appPlan = plan(
    real,
    real.countries.map((c) => c.iso3),
  );

  prepareData();
  buildApp();
  buildFloor();
  let scaleDir: string | null = null;
  let validateMs: number | null = null;
  let scalePlan: ReturnType<typeof plan> | null = null;
  let dataset = null;
  if (!skipScale) {
    scaleDir = mkdtempSync(path.join(tmpdir(), 'coalition-scale-'));
    dataset = writeScaleDataset(scaleDir);
    ({ validateMs } = validateScaleDataset(scaleDir));
    console.log(
      `bench: scale dataset: ${dataset.countries} countries, ${dataset.claims} claims, ` +
        `${dataset.articles} articles; validated in ${Math.round(validateMs)} ms`,
    );
    buildApp(SCALE_DIST, scaleDir);
    scalePlan = plan(readCoalition(scaleDir), [
      ...appPlan.targets.map((t) => t.iso3),
      ...EXTRA_SCALE_TARGETS,
    ]);
  }

  const servers: Partial<Record<Variant, StaticServer>> = {};
  let browser: Browser | null = null;
  const results = { app: [] as AppFigures[], floor: [] as FloorFigures[], scale: [] as AppFigures[] };
  try {
    servers.app = await startStaticServer(APP_DIST);
    servers.floor = await startStaticServer(FLOOR_DIST);
    if (scalePlan) servers.scale = await startStaticServer(SCALE_DIST);
    browser = await chromium.launch({ executablePath, headless: true });
    const live = browser;
    const variants: Variant[] = scalePlan ? ['app', 'floor', 'scale'] : ['app', 'floor'];

    // The floor draws the app's camera on a map of the app's size: the same view, the same pixels.
    let camera: Camera | null = null;
    const once = async (variant: Variant, record: boolean): Promise<string> => {
      const server = servers[variant];
      if (!server) throw new Error(`bench: no server for ${variant}`);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      if (variant === 'floor') {
        if (!camera) throw new Error('bench: the floor needs the camera of an app run first');
        const figures = await runFloor(live, server, camera, RESTYLES);
        if (record) results.floor.push(figures);
        return `floor ready ${Math.round(figures.readyMs)} ms`;
      }
      const options = variant === 'scale' && scalePlan ? scalePlan : appPlan;
      const run = await runApp(live, server, options);
      camera ??= run.camera;
      if (record) results[variant].push(run.figures);
      const { readyMs, clickToPanelMs, missed: misses } = run.figures;
      const missed = misses.length > 0 ? `, ${misses.length} countries skipped (clickMisses)` : '';
      return `${variant} ready ${Math.round(readyMs)} ms, click ${Math.round(clickToPanelMs)} ms${missed}`;
    };

    const info = machine(browser);
    let report: Record<string, unknown> = { ...info };
    const md: string[] = [];
    if (desktop) {
      // One unrecorded round first: it takes the app's camera and warms the disk cache and the browser.
      for (const variant of variants) await once(variant, false);
      for (let i = 0; i < runs; i++) {
        // Rotate the order each round, so no variant always runs right after the same other one.
        const order = variants.map((_, k) => variants[(i + k) % variants.length] as Variant);
        const lines: string[] = [];
        for (const variant of order) lines.push(await once(variant, true));
        console.log(`bench: run ${i + 1}/${runs}: ${lines.join('; ')}`);
      }

      const summary = summarizeRuns(results, validateMs);
      printTable(summary, runs);
      const median = (list: AppFigures[] | FloorFigures[]) =>
        [...list].sort((a, b) => a.readyMs - b.readyMs)[list.length >> 1]?.waterfall ?? [];
      report = {
        ...report,
        runs,
        ...summary,
        scale: summary.scale ? { ...summary.scale, dataset } : null,
        bundles: {
          app: chunkSizes(APP_DIST),
          floor: chunkSizes(FLOOR_DIST),
          ...(scalePlan ? { scale: chunkSizes(SCALE_DIST) } : {}),
        },
        waterfall: { app: median(results.app), floor: median(results.floor), scale: median(results.scale) },
        // Countries whose click landed elsewhere (or off the map), in any run: a finding in itself.
        clickMisses: {
          app: [...new Set(results.app.flatMap((r) => r.missed))],
          scale: [...new Set(results.scale.flatMap((r) => r.missed))],
        },
      };
      md.push(markdown(summary, info, runs));
    }
    if (profile !== 'desktop') {
      const phone = await benchPhone(
        live,
        servers.app,
        servers.floor,
        profile === 'phone' ? runs : PHONE_RUNS,
      );
      printPhone(phone);
      report = { ...report, phone };
      md.push(phoneMarkdown(phone));
    }
    writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync('bench/results.md', md.join('\n'));
    console.log('\nbench: wrote bench/results.json and bench/results.md');
  } finally {
    await browser?.close();
    for (const server of Object.values(servers)) await server?.close();
    if (scaleDir) rmSync(scaleDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
