// Skip the boundary build when its outputs are newer than everything that shapes them, so
// `predev`/`prebuild`/`pretest` cost nothing after the first run.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const mtime = (path: string): number | undefined => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
};

/** True when every output exists and is newer than every input. */
export function outputsAreFresh(inputs: string[], outputs: string[]): boolean {
  const newestInput = Math.max(
    ...inputs.map((path) => {
      const time = mtime(path);
      if (time === undefined) throw new Error(`${path}: input of the boundary build is missing`);
      return time;
    }),
  );
  return outputs.every((path) => (mtime(path) ?? Number.NEGATIVE_INFINITY) > newestInput);
}

/** The build's own source files in a folder (tests excluded: editing a test changes no output). */
export function sourceFilesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join(folder, name));
}
