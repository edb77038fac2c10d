// Finds the Chromium the e2e tests drive. Shared by scripts/ensure-browser.ts (which may install
// one) and playwright.config.ts (which only looks), so both always agree on the same binary.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface BrowserChoice {
  path: string;
  /** Where the path came from, for the log line: an env var name, "playwright" or "system". */
  source: string;
}

/** Env vars a user can set to force a browser, in order of precedence. */
export const BROWSER_ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] as const;

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Playwright's own download (`npx playwright install chromium`), if it was ever fetched. */
function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    // Thrown when Playwright knows no build for this OS; then there is nothing to look for.
    return undefined;
  }
}

/** What the lookup asks of the machine; tests pass a fake. */
export interface BrowserLookupHost {
  env: NodeJS.ProcessEnv;
  fileExists: (path: string) => boolean;
  playwrightChromium: () => string | undefined;
}

const realHost: BrowserLookupHost = { env: process.env, fileExists: existsSync, playwrightChromium };

/**
 * The first Chromium found, in this order: an env var, Playwright's download, the system package.
 * An env var that names a missing file is an error, not a silent fall-through: the user asked for it.
 */
export function findBrowser(host: BrowserLookupHost = realHost): BrowserChoice | undefined {
  for (const name of BROWSER_ENV_VARS) {
    const path = host.env[name];
    if (!path) continue;
    if (!host.fileExists(path)) throw new Error(`${name}=${path}: no file at that path; unset it or fix it`);
    return { path, source: name };
  }
  const bundled = host.playwrightChromium();
  if (bundled && host.fileExists(bundled)) return { path: bundled, source: 'playwright' };
  if (host.fileExists(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'system' };
  return undefined;
}
