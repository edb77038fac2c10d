import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputsAreFresh } from './freshness.ts';

describe('outputsAreFresh', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fresh-'));
  const file = (name: string, seconds: number) => {
    const path = join(dir, name);
    writeFileSync(path, name);
    utimesSync(path, seconds, seconds);
    return path;
  };

  it('is true only when every output exists and is newer than every input', () => {
    const input = file('in.json', 1000);
    const script = file('script.ts', 2000);
    const older = file('older.json', 1500);
    const newer = file('newer.json', 3000);
    expect(outputsAreFresh([input, script], [newer])).toBe(true);
    expect(outputsAreFresh([input, script], [newer, older])).toBe(false);
    expect(outputsAreFresh([input], [join(dir, 'missing.json')])).toBe(false);
  });

  it('names a missing input instead of rebuilding from nothing', () => {
    expect(() => outputsAreFresh([join(dir, 'gone.json')], [])).toThrow(
      /gone\.json: input of the boundary build/,
    );
  });
});
