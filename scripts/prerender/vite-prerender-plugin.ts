// After the browser build: renders every page of the site with React (src/entry-server.tsx, built
// for Node into a temporary folder) and writes it into the built HTML, so the page reads the same
// without JavaScript (feed readers, link previews, search engines, print) and React hydrates it
// with. One page for the overview (index.html), one per country (country/<ISO3>/index.html), each
// with its own <head> and share picture, and the embed's (embed/index.html; write-pages.ts). SITE_URL (the site's address, e.g.
// https://maps.example.org/coalition/) makes the canonical and share addresses absolute, as link
// previews want them; without it they are relative to the page. A failure fails the build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

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
        const writer = path.join(config.root, 'scripts', 'prerender', 'write-site.ts');
        const result = spawnSync(process.execPath, ['--import', 'tsx', writer, config.root, outDir, entry], {
          cwd: config.root,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        if (result.status !== 0) {
          throw new Error(
            `prerender: writing the pages failed\n${result.stderr || result.stdout || result.error}`,
          );
        }
        config.logger.info(result.stdout.trim());
      } finally {
        rmSync(serverDir, { recursive: true, force: true });
      }
    },
  };
}
