// Runs the dataset validator inside Vite. `vite build` fails on any error, listing every problem,
// so a broken quote never ships. `vite dev` keeps serving: it logs the problems, shows them in the
// error overlay, and checks again whenever a file under data/ changes.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

import { formatProblem } from './validate/format';
import type { ValidationResult } from './validate/problem';
import { validateDataset } from './validate/validate-dataset';

const NAME = 'coalition-data-check';

export function errorSummary(result: ValidationResult): string {
  const n = result.errors.length;
  return [
    `dataset check: ${n} error${n === 1 ? '' : 's'} (npm run validate for the full report)`,
    ...result.errors.map(formatProblem),
  ].join('\n');
}

export interface DataCheckOptions {
  /** The data directory; defaults to <root>/data. */
  dataDir?: string;
}

export function dataCheckPlugin(options: DataCheckOptions = {}): Plugin {
  let dataDir = options.dataDir ?? path.resolve('data');
  let root = process.cwd();
  let command: 'build' | 'serve' = 'build';
  // Problems name files as seen from the project root: "data/coalition.json".
  const check = () =>
    validateDataset(dataDir, { label: path.relative(root, dataDir).split(path.sep).join('/') });

  const watchInDev = (server: ViteDevServer) => {
    let overlay: string | undefined;
    const report = () => {
      try {
        const result = check();
        overlay = result.errors.length > 0 ? errorSummary(result) : undefined;
      } catch (error) {
        overlay = `dataset check crashed: ${error instanceof Error ? error.stack : String(error)}`;
      }
      if (overlay === undefined) server.config.logger.info(`[${NAME}] dataset OK`, { timestamp: true });
      else {
        server.config.logger.warn(`[${NAME}] ${overlay}`, { timestamp: true });
        server.ws.send({ type: 'error', err: { message: overlay, stack: '', plugin: NAME } });
      }
    };
    report();
    server.watcher.add(dataDir);
    const onFileEvent = (file: string) => {
      if (path.resolve(file).startsWith(dataDir + path.sep)) report();
    };
    for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onFileEvent);
    // A page opened after the check ran still gets the overlay.
    server.ws.on('connection', () => {
      if (overlay !== undefined)
        server.ws.send({ type: 'error', err: { message: overlay, stack: '', plugin: NAME } });
    });
  };

  return {
    name: NAME,
    configResolved(config) {
      root = config.root;
      dataDir = options.dataDir ?? path.join(config.root, 'data');
      command = config.command;
    },
    buildStart() {
      if (command !== 'build') return; // the dev server only warns (configureServer)
      const result = check();
      if (result.errors.length > 0) this.error(errorSummary(result));
    },
    configureServer: watchInDev,
  };
}
