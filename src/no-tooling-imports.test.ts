// What ships lives in src/; the build tools (scripts/, bench/), the browser tests (e2e/) and the
// shared test helpers (test-support/) live outside it and may import src/, never the other way
// round (CONVENTIONS.md, issue 20). This scan parses every module under src/ (TypeScript's own
// pre-processor: import, export-from, side-effect, dynamic and type imports; not comments or
// strings), resolves each relative specifier and fails naming the file and line of any that
// leaves for a tooling folder. Shipped modules (not *.test files) may not import test helpers or
// tests either; the unit tests beside them may.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Top-level folders no module under src/ may import from. */
const TOOLING = ['scripts', 'bench', 'e2e'];
/** And, for shipped modules only, these. */
const TEST_ONLY = ['test-support'];
const TEST_FILE = /\.test\.tsx?$/;

function sourceFiles(): string[] {
  return readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mts|js|mjs)$/.test(f))
    .map((f) => join('src', f).split(sep).join('/'));
}

/** Where a specifier points, relative to the repository, or null for a package or virtual module. */
function target(file: string, specifier: string): string | null {
  const path = specifier.replace(/[?#].*$/, '');
  let absolute: string;
  if (path.startsWith('@/')) absolute = join(ROOT, 'src', path.slice(2));
  else if (path.startsWith('.')) absolute = resolve(ROOT, dirname(file), path);
  else return null;
  return relative(ROOT, absolute).split(sep).join('/');
}

function reason(file: string, to: string): string | null {
  const top = to.split('/')[0] ?? '';
  if (TOOLING.includes(top)) return `src/ may not import from ${top}/`;
  if (TEST_FILE.test(file)) return null;
  if (TEST_ONLY.includes(top)) return `shipped code may not import from ${top}/`;
  if (TEST_FILE.test(to.replace(/(\.tsx?)?$/, '.ts'))) return 'shipped code may not import a test';
  return null;
}

/** "file:line: specifier -> target: reason" for every import that leaves src/ for tooling. */
function forbiddenImports(file: string, text: string): string[] {
  const found: string[] = [];
  for (const { fileName, pos } of ts.preProcessFile(text, true, true).importedFiles) {
    const to = target(file, fileName);
    const why = to === null ? null : reason(file, to);
    if (why === null) continue;
    const line = text.slice(0, pos).split('\n').length;
    found.push(`${file}:${line}: '${fileName}' -> ${to}: ${why}`);
  }
  return found;
}

describe('nothing in src/ imports from the tooling folders', () => {
  it('scans every module of src/, shipped and test', () => {
    const files = sourceFiles();
    expect(files).toContain('src/App.tsx');
    expect(files).toContain('src/data/schema.ts');
    expect(files).toContain('src/no-tooling-imports.test.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it('finds none', () => {
    const found = sourceFiles().flatMap((f) => forbiddenImports(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('would find each kind of import, by file and line, and not a comment or a string', () => {
    const text = [
      "// import { x } from '../../scripts/geo/world';", // 1: a comment
      'const s = "import y from \'../../bench/run\'";', // 2: a string
      "import { loadWorld } from '../../scripts/geo/world';", // 3
      'import {', // 4
      '  scale,',
      "} from '../../bench/scale-dataset.ts';",
      "export { MapPage } from '../../e2e/fixtures/map-page';", // 7
      "import '../../scripts/side-effect';", // 8
      "const lazy = () => import('../../scripts/validate/format');", // 9
      "type T = import('../../scripts/validate/problem').Problem;", // 10
      "import { fixtureCoalition } from '../../test-support/dataset-fixture';", // 11
      "import { cases } from './sync-map.test';", // 12
      "import { STANCES } from '../data/stances';", // 13: inside src/, allowed
      "import maplibregl from 'maplibre-gl';", // 14: a package
      "import 'virtual:first-paint.css';", // 15: a virtual module
      "import { dataset } from '@/data/dataset';", // 16: the src/ alias
    ].join('\n');
    const lines = (file: string) => forbiddenImports(file, text).map((f) => f.split(':')[1]);
    expect(lines('src/map/sync-map.ts')).toEqual(['3', '6', '7', '8', '9', '10', '11', '12']);
    expect(lines('src/map/sync-map.test.ts')).toEqual(['3', '6', '7', '8', '9', '10']);
    expect(forbiddenImports('src/map/sync-map.ts', text)[0]).toBe(
      "src/map/sync-map.ts:3: '../../scripts/geo/world' -> scripts/geo/world: src/ may not import from scripts/",
    );
  });
});
