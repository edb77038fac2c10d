// The project's JSON options (vite.config.ts `json`) make the build ship each imported dataset file
// as JSON.parse("…minified JSON…") rather than an object literal, and the data reads back the same.
// A small app that imports data/*.json as src/data/full-dataset.ts does is built here with those options.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';

import viteConfig from '../vite.config';
import { tinyFiles, writeDatasetFiles } from './validate/fixtures/tiny-dataset';
import { dataCheckPlugin } from './vite-data-check';

const FILES = ['coalition', 'sources', 'corrections', 'odd'] as const;

// Characters that a JavaScript string or template literal, or an inline script, must escape.
const ODD = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: text that a template literal must not interpolate
  'Quotes "double", \'single\', `back` and ${not a template}',
  'one\ntwo\u2028three\\four </script>',
  { ünïcode: '— “curly” 🇺🇦', none: null, n: -1.5e-7 },
];

const roots: string[] = [];

/** A throwaway project: the tiny dataset in data/, and main.js importing every file of it. */
function project(coalitionText?: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'vite-json-'));
  roots.push(root);
  const files = tinyFiles();
  writeDatasetFiles(path.join(root, 'data'), { ...files, coalition: coalitionText ?? files.coalition });
  writeFileSync(path.join(root, 'data', 'odd.json'), `${JSON.stringify(ODD, null, 2)}\n`);
  writeFileSync(
    path.join(root, 'main.js'),
    FILES.map((name) => `export { default as ${name} } from './data/${name}.json';\n`).join(''),
  );
  return root;
}

async function buildProject(root: string): Promise<string> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [dataCheckPlugin()],
    json: viteConfig.json,
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rolldownOptions: { input: path.join(root, 'main.js'), preserveEntrySignatures: 'strict' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((o) => ('output' in o ? o.output : []));
  const chunks = outputs.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  expect(chunks).toHaveLength(1);
  return (chunks[0] as Rolldown.OutputChunk).code;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the dataset in the built bundle', () => {
  it('is one JSON.parse of minified JSON per file, and no object literal', async () => {
    const code = await buildProject(project());
    expect(code.match(/JSON\.parse\(/g)).toHaveLength(FILES.length);
    // An object literal would carry the files' keys unquoted, as the minifier writes them.
    expect(code).not.toMatch(/[{,](countries|claims|sources|corrections):/);
    // Minified: the files' own two-space indentation is gone.
    expect(code).not.toMatch(/\n {2}"|\\n {2}\\?"/);
  });

  it('reads back exactly the data of the files', async () => {
    const root = project();
    const file = path.join(root, 'built.mjs');
    writeFileSync(file, await buildProject(root));
    const built = await import(pathToFileURL(file).href);
    for (const name of FILES) {
      const text = readFileSync(path.join(root, 'data', `${name}.json`), 'utf8');
      expect(built[name], name).toEqual(JSON.parse(text));
    }
    expect(built.odd).toEqual(ODD);
  });

  it('is never built from a malformed file: the build fails naming the file and the place', async () => {
    const broken = tinyFiles().coalition?.replace(/\n}$/, ',\n}');
    expect(broken).toMatch(/,\n}$/);
    const failure = await buildProject(project(broken)).then(
      () => 'built',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(failure).toMatch(/data\/coalition\.json: \d+:\d+: malformed JSON/);
    expect(failure).toContain('remove the trailing comma');
  });
});
