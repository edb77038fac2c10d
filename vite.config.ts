import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/vite-csp-plugin.ts';
import { dataCheckPlugin } from './scripts/vite-data-check.ts';

export default defineConfig({
  plugins: [react(), cspPlugin(), dataCheckPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false },
});
