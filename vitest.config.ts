import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';
import { countryClaimsPlugin } from './scripts/vite-country-claims-plugin.ts';
import { firstPaintPlugin } from './scripts/vite-first-paint-plugin.ts';

// Unit tests only: they sit next to the code (the app's in src/, the build tools' in scripts/, the
// shared test helpers' in test-support/). Browser tests live in e2e/ and run under Playwright.
export default defineConfig({
  // The app's build-time modules (virtual:first-view, virtual:palette.css, virtual:country-claims),
  // for tests that render it.
  plugins: [firstPaintPlugin(), countryClaimsPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'test-support/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    // A budget, not a speed check: the fuzz suites take seconds on a quiet machine and several
    // times that on a loaded 2-core one, where the 5 s default failed them spuriously.
    testTimeout: 60_000,
  },
});
