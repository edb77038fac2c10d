// A JSON input of the build (the dataset, the generated geography), with errors that name the file,
// as seen from the project root, and what writes it.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function readJson<T>(file: string, root: string, writtenBy: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `${path.relative(root, file)}: cannot be read (${(error as Error).message}); ${writtenBy} writes it`,
    );
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${path.relative(root, file)}: is not valid JSON (${(error as Error).message})`);
  }
}
