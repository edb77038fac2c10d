import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, createLogger, createServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';

import { tinyFiles, writeDatasetFiles } from './validate/fixtures/tiny-dataset';
import { dataCheckPlugin } from './vite-data-check';

const roots: string[] = [];

/** A throwaway Vite project whose data/ holds the tiny dataset, broken by `change` if given. */
function project(change?: Parameters<typeof tinyFiles>[0]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'data-check-'));
  roots.push(root);
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><script type="module" src="/main.js"></script>',
  );
  writeFileSync(path.join(root, 'main.js'), 'document.title = "ok";');
  writeDatasetFiles(path.join(root, 'data'), tinyFiles(change));
  return root;
}

const breakQuote: Parameters<typeof tinyFiles>[0] = (c) => {
  const evidence = c.countries[0]?.claims[0]?.evidence[0];
  if (evidence) evidence.quote = 'Britain will deploy troops to Ukraine';
};

function buildProject(root: string) {
  return build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [dataCheckPlugin()],
    build: { write: false },
  });
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('dataCheckPlugin', () => {
  it('lets the build through when the dataset is valid', async () => {
    await expect(buildProject(project())).resolves.toBeDefined();
  });

  it('fails the build and lists every problem when the dataset has errors', async () => {
    const root = project(breakQuote);
    const failure = await buildProject(root).then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(failure).toContain('dataset check: 1 error');
    expect(failure).toContain(
      'data/coalition.json: countries[0].claims[0].evidence[0].quote: quote not found in data/sources/daily-original.txt',
    );
    expect(failure).toContain('nearest passage: "Britain will send troops to Ukraine"');
  });

  it('keeps the dev server up and logs the problems as a warning', async () => {
    const warnings: string[] = [];
    const logger = createLogger('silent');
    logger.warn = (message) => void warnings.push(message);
    const server = await createServer({
      configFile: false,
      root: project(breakQuote),
      customLogger: logger,
      plugins: [dataCheckPlugin()],
      server: { middlewareMode: true, hmr: false, ws: false },
    });
    try {
      expect(warnings.join('\n')).toContain('quote not found in');
      const result = await server.transformRequest('/main.js');
      expect(result?.code).toContain('document.title');
    } finally {
      await server.close();
    }
  });
});
