// Makes sure a Chromium exists for the e2e tests, installing Debian's package when we may.
// Run: `npx tsx scripts/ensure-browser.ts`. Prints the chosen path and version; exits non-zero with
// the one command that would fix things when it cannot find or install a browser.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import { type BrowserChoice, findBrowser } from './find-browser.ts';

const APT_GET = '/usr/bin/apt-get';
const APT_COMMAND = 'apt-get update && apt-get install -y chromium';

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** The command a person should run when we could not get a browser ourselves. */
function fixCommand(): string {
  if (existsSync(APT_GET)) return isRoot() ? APT_COMMAND : `sudo sh -c '${APT_COMMAND}'`;
  return 'npx playwright install chromium   (or set CHROMIUM_PATH=/path/to/chromium)';
}

function installWithApt(): boolean {
  console.log(`ensure-browser: no Chromium found; installing Debian's package (${APT_COMMAND})`);
  // DEBIAN_FRONTEND keeps apt from asking questions: CI has no stdin.
  const result = spawnSync('sh', ['-c', APT_COMMAND], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/** `chromium --version`, or a note when the binary will not even say its version. */
export function browserVersion(path: string): string {
  try {
    // Debian's /usr/bin/chromium wrapper prints shell noise on stderr; only stdout is the version.
    return execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch (error) {
    return `(could not run ${path} --version: ${(error as Error).message.split('\n')[0]})`;
  }
}

/** What ensureBrowser asks of the machine; tests pass fakes. */
export interface EnsureBrowserHost {
  find: () => BrowserChoice | undefined;
  /** True when we may install a browser ourselves (root, with apt-get). */
  canInstall: () => boolean;
  /** Installs one; false if the install failed. */
  install: () => boolean;
  fixCommand: () => string;
  version: (path: string) => string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

const realHost: EnsureBrowserHost = {
  find: () => findBrowser(),
  canInstall: () => isRoot() && existsSync(APT_GET),
  install: installWithApt,
  fixCommand,
  version: browserVersion,
  env: process.env,
  log: (line) => console.log(line),
};

/**
 * Finds or installs a browser and exports its path as CHROMIUM_PATH so child processes (the
 * Playwright run) use exactly this one. Throws with the fix command when there is none.
 */
export function ensureBrowser(host: EnsureBrowserHost = realHost): BrowserChoice {
  let choice = host.find();
  if (!choice && host.canInstall() && host.install()) choice = host.find();
  if (!choice) {
    throw new Error(`No Chromium for the e2e tests. Fix it with:\n\n  ${host.fixCommand()}\n`);
  }
  host.env.CHROMIUM_PATH = choice.path;
  host.log(`ensure-browser: ${choice.path} (from ${choice.source}): ${host.version(choice.path)}`);
  return choice;
}

const runAsScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runAsScript) {
  try {
    ensureBrowser();
  } catch (error) {
    console.error(`ensure-browser: ${(error as Error).message}`);
    process.exit(1);
  }
}
