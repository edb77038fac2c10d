// After the browser build: renders every page of the site with React (src/entry-server.tsx, built
// for Node into a temporary folder) and writes it into the built HTML, so the page reads the same
// without JavaScript (feed readers, link previews, search engines, print) and React hydrates it
// with. One page for the overview (index.html) and one per country, country/<ISO3>/index.html,
// each with its own <head> (page-html.ts). A failure fails the build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { writePages } from './write-pages.ts';

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'coalition-prerender',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const tmpRoot = path.join(config.root, '.tmp');
      mkdirSync(tmpRoot, { recursive: true });
      const serverDir = mkdtempSync(path.join(tmpRoot, 'prerender-'));
      try {
        await build({
          configFile: config.configFile,
          root: config.root,
          mode: config.mode,
          logLevel: 'warn',
          build: {
            ssr: 'src/entry-server.tsx',
            outDir: serverDir,
            emptyOutDir: true,
            copyPublicDir: false,
            minify: false,
          },
        });
        const entry = path.join(serverDir, 'entry-server.js');
        const server = await import(pathToFileURL(entry).href);
        const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
        const count = await writePages({ outDir, template, server, siteUrl: process.env.SITE_URL });
        config.logger.info(`prerendered ${count} pages into ${path.relative(config.root, outDir)}`);
      } finally {
        rmSync(serverDir, { recursive: true, force: true });
      }
    },
  };
}
