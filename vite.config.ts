import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { articlesPlugin } from './scripts/vite-articles-plugin.ts';
import { cspPlugin } from './scripts/vite-csp-plugin.ts';
import { dataCheckPlugin } from './scripts/vite-data-check.ts';

export default defineConfig({
  plugins: [react(), cspPlugin(), dataCheckPlugin(), articlesPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false },
});
