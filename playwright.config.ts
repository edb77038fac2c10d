// End-to-end tests run against the BUILT app (`npm run build` first) served by `vite preview`.
import { defineConfig, devices } from '@playwright/test';

import { findBrowser } from './scripts/find-browser.ts';

// A fixed port so a stale server is noticed (strictPort fails) instead of silently tested.
const PORT = Number(process.env.E2E_PORT ?? 4179);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// ensure-browser sets CHROMIUM_PATH for us; run alone (`npx playwright test`) we look the same way.
const browser = findBrowser();
if (!browser) {
  throw new Error('playwright.config.ts: no Chromium found. Run `npx tsx scripts/ensure-browser.ts`.');
}

/** Phone and tablet widths for e2e/phone/: each width once, the two themes split between them. */
const PHONE_PROJECTS = [
  { name: 'phone-320-light', width: 320, height: 640, colorScheme: 'light' },
  { name: 'phone-390-light', width: 390, height: 844, colorScheme: 'light' },
  { name: 'phone-390-dark', width: 390, height: 844, colorScheme: 'dark' },
  { name: 'tablet-768-dark', width: 768, height: 1024, colorScheme: 'dark' },
] as const;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // Flaky tests get fixed, not retried.
  retries: 0,
  // The machine has 2 cores; each worker runs a software-rendered (SwiftShader) WebGL page.
  workers: 2,
  // Budgets, not assertions: a page (or a host page with three embedded maps) draws WebGL on the
  // CPU, so a test takes 3 to 20 s on 2 idle cores and longer on a busy one. Waits still end as
  // soon as their condition holds.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // list: the closing line says "N passed"; json: scripts/test-all.ts reads the counts from it.
  reporter: [['list'], ['json', { outputFile: 'playwright-report/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 800 },
    // No extra flags: headless Chromium gives WebGL2 through SwiftShader on its own.
    launchOptions: { executablePath: browser.path },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // The desktop project runs every spec but the phone ones; the phone projects run e2e/phone/ with
  // touch emulation at the widths readers hold (320 and 390 px phones, a 768 px tablet), in both
  // themes (the system setting, which the app follows when the link names no theme).
  projects: [
    { name: 'chromium', testIgnore: 'phone/**' },
    ...PHONE_PROJECTS.map(({ name, width, height, colorScheme }) => ({
      name,
      testMatch: 'phone/**/*.spec.ts',
      use: {
        ...devices['Pixel 7'],
        browserName: 'chromium' as const,
        viewport: { width, height },
        screen: { width, height },
        isMobile: true,
        hasTouch: true,
        colorScheme,
        launchOptions: { executablePath: browser.path },
      },
    })),
  ],
  webServer: {
    // node + the bin file, not npx: Playwright then stops the server itself, not a wrapper.
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // Vite's notes about its future config loader are not server errors; keep the test log clean.
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  },
});
