import { describe, expect, it } from 'vitest';

import { type BrowserLookupHost, findBrowser, SYSTEM_CHROMIUM } from './find-browser.ts';

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

function host(files: string[], env: NodeJS.ProcessEnv = {}): BrowserLookupHost {
  return { env, fileExists: (path) => files.includes(path), playwrightChromium: () => PLAYWRIGHT };
}

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH over everything else', () => {
    const found = findBrowser(host(['/opt/c', PLAYWRIGHT, SYSTEM_CHROMIUM], { CHROMIUM_PATH: '/opt/c' }));
    expect(found).toEqual({ path: '/opt/c', source: 'CHROMIUM_PATH' });
  });

  it('takes PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH when CHROMIUM_PATH is unset', () => {
    const env = { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/opt/p' };
    expect(findBrowser(host(['/opt/p', SYSTEM_CHROMIUM], env))?.source).toBe(
      'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH',
    );
  });

  it('refuses an env var that names a missing file, naming the variable', () => {
    expect(() => findBrowser(host([SYSTEM_CHROMIUM], { CHROMIUM_PATH: '/nope' }))).toThrow(
      'CHROMIUM_PATH=/nope: no file at that path',
    );
  });

  it("prefers Playwright's own download to the system package", () => {
    expect(findBrowser(host([PLAYWRIGHT, SYSTEM_CHROMIUM]))).toEqual({
      path: PLAYWRIGHT,
      source: 'playwright',
    });
  });

  it('falls back to the system package, then to nothing', () => {
    expect(findBrowser(host([SYSTEM_CHROMIUM]))).toEqual({ path: SYSTEM_CHROMIUM, source: 'system' });
    expect(findBrowser(host([]))).toBeUndefined();
  });
});
