// Builds the benchmark's floor page (bench/floor.html) into bench/dist-floor/ with the app's Vite
// and maplibre-gl, so the two differ only in what the app adds. public/ is the app's, for the very
// same generated/countries.geojson.
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

const bench = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: bench,
  base: './',
  publicDir: fileURLToPath(new URL('../public', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist-floor', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { input: fileURLToPath(new URL('./floor.html', import.meta.url)) },
  },
});
