// Builds what the benchmark serves: the app, the floor page and (optionally) the app on the
// generated scale dataset. Into bench/dist-*/, not dist/: the e2e suite serves dist/ with
// `vite preview` and may be running at the same time on this shared machine.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const APP_DIST = 'bench/dist-app';
export const FLOOR_DIST = 'bench/dist-floor';
export const SCALE_DIST = 'bench/dist-scale';

const VITE = 'node_modules/vite/bin/vite.js';

export interface ChunkSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

/** Runs a command quietly; on failure, throws with its output so the reason is on screen. */
function run(what: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const start = performance.now();
  const result = spawnSync(command, args, {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`bench: ${what} failed (${command} ${args.join(' ')}):\n${output || result.error}`);
  }
  console.log(`bench: ${what} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
}

/** public/generated/*: the boundary files both pages load (skips itself when up to date). */
export function prepareData(): void {
  run('prepare:data', 'npm', ['run', '--silent', 'prepare:data']);
}

export function buildApp(outDir = APP_DIST, dataDir?: string): void {
  const env = dataDir ? { COALITION_DATA_DIR: dataDir } : {};
  const what = dataDir ? `build the app on ${dataDir} into ${outDir}` : `build the app into ${outDir}`;
  run(
    what,
    process.execPath,
    [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    env,
  );
}

export function buildFloor(): void {
  run(`build the floor into ${FLOOR_DIST}`, process.execPath, [
    VITE,
    'build',
    '--config',
    'bench/vite.floor.config.ts',
  ]);
}

/** The built JavaScript, CSS and HTML with their gzip sizes, biggest first. */
export function chunkSizes(outDir: string): ChunkSize[] {
  const sizes: ChunkSize[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name === 'assets') visit(file);
        continue;
      }
      if (!/\.(m?js|css|html)$/.test(name)) continue;
      const raw = readFileSync(file);
      sizes.push({
        file: path.relative(outDir, file),
        rawBytes: raw.length,
        gzipBytes: gzipSync(raw, { level: 9 }).length,
      });
    }
  };
  visit(outDir);
  return sizes.sort((a, b) => b.rawBytes - a.rawBytes);
}
