import { describe, expect, it } from 'vitest';
import coalition from '../data/coalition.json';
import { countryClaimFiles } from './vite-country-claims-plugin.ts';

describe('countryClaimFiles', () => {
  it("writes each country's entry as it is, one file each, under the dataset's version", () => {
    const { version, files } = countryClaimFiles(coalition.countries);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(files.map((f) => f.fileName)).toEqual(
      coalition.countries.map((c) => `claims/${version}/${c.iso3}.json`),
    );
    for (const [i, file] of files.entries()) expect(JSON.parse(file.source)).toEqual(coalition.countries[i]);
  });

  it('changes the version when any claim changes, so a cached file is never paired with a newer summary', () => {
    const before = countryClaimFiles(coalition.countries).version;
    const [head, ...rest] = coalition.countries;
    if (!head) throw new Error('the dataset has no country');
    const edited = [{ ...head, summary: `${head.summary} (corrected)` }, ...rest];
    expect(countryClaimFiles(edited).version).not.toBe(before);
    expect(countryClaimFiles(structuredClone(coalition.countries)).version).toBe(before);
  });
});
