// `npm test`: every check, in order, stopping at the first failure: types, lint, data validation,
// unit tests, build, browser, e2e against the build. Ends with one plain line, "N passed, N failed",
// counting unit and e2e tests, and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

import { ensureBrowser } from './ensure-browser.ts';

interface Counts {
  passed: number;
  failed: number;
}

interface Step {
  name: string;
  run: () => boolean;
  /** Test counts the step wrote to a JSON report, read after it ran (even when it failed). */
  report?: { file: string; read: (json: unknown) => Counts };
}

const UNIT_REPORT = 'test-results/unit.json';
const E2E_REPORT = 'playwright-report/e2e.json'; // path set in playwright.config.ts

function run(command: string, args: string[]): boolean {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

const npmRun = (script: string, ...args: string[]) =>
  run('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])]);

const steps: Step[] = [
  { name: 'type check', run: () => npmRun('test:types') },
  { name: 'lint', run: () => npmRun('test:lint') },
  { name: 'data validation', run: () => npmRun('validate') },
  {
    name: 'unit tests',
    run: () =>
      npmRun('test:unit', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`),
    report: {
      file: UNIT_REPORT,
      read: (json) => {
        const r = json as { numPassedTests: number; numFailedTests: number };
        return { passed: r.numPassedTests, failed: r.numFailedTests };
      },
    },
  },
  { name: 'build', run: () => npmRun('build') },
  {
    name: 'browser',
    run: () => {
      try {
        ensureBrowser(); // sets CHROMIUM_PATH, which the Playwright child inherits
        return true;
      } catch (error) {
        console.error(`ensure-browser: ${(error as Error).message}`);
        return false;
      }
    },
  },
  {
    name: 'e2e tests',
    run: () => run('node_modules/.bin/playwright', ['test']),
    report: {
      file: E2E_REPORT,
      read: (json) => {
        const { stats } = json as { stats: { expected: number; unexpected: number; flaky: number } };
        return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
      },
    },
  },
];

function readCounts(report: NonNullable<Step['report']>): Counts | undefined {
  if (!existsSync(report.file)) return undefined;
  try {
    return report.read(JSON.parse(readFileSync(report.file, 'utf8')));
  } catch (error) {
    console.error(`test-all: could not read ${report.file}: ${(error as Error).message}`);
    return undefined;
  }
}

const total: Counts = { passed: 0, failed: 0 };
let failedStep: string | undefined;
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  // A report left over from an earlier run must not be counted as this one's.
  if (step.report) rmSync(step.report.file, { force: true });
  const ok = step.run();
  const counts = step.report && readCounts(step.report);
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
  }
  if (!ok) {
    failedStep = step.name;
    break;
  }
}

console.log('');
if (failedStep) {
  const last = failedStep === steps.at(-1)?.name;
  console.log(`npm test FAILED at step "${failedStep}"${last ? '' : ' (later steps did not run)'}`);
}
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(failedStep ? 1 : 0);
