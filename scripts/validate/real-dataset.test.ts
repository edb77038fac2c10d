import { describe, expect, it } from 'vitest';

import { formatProblem } from './format';
import { validateDataset } from './validate-dataset';

// The committed dataset must pass: the same check `npm run validate` and the build run.
describe('the real dataset (data/)', () => {
  it('has no errors', () => {
    const result = validateDataset('data');
    expect(result.errors.map(formatProblem)).toEqual([]);
  });

  it('resolves every disagreement it has', () => {
    const { disagreements } = validateDataset('data');
    expect(disagreements.filter((d) => d.resolution === undefined)).toEqual([]);
  });
});
