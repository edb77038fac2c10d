import { describe, expect, it } from 'vitest';

import { languageTagProblem } from '../../src/data/schema';
import { errorsAt, tinyFiles } from './fixtures/tiny-dataset';
import { validateDatasetFiles } from './validate-dataset';

const SOURCES = 'data/sources.json';

function withLanguage(language: unknown) {
  return validateDatasetFiles(
    tinyFiles((_c, s) => {
      (s.sources[1] as Record<string, unknown>).language = language;
    }),
  ).errors;
}

describe("a source's language", () => {
  it('accepts well-formed tags written canonically', () => {
    for (const tag of ['en', 'fr', 'pt-BR', 'zh-Hant-TW', 'sr-Latn', 'de-CH-1996', 'yue'])
      expect(languageTagProblem(tag), tag).toBeNull();
    expect(withLanguage('uk')).toEqual([]);
  });

  it('is required, and the error names the file and the place', () => {
    const errors = validateDatasetFiles(
      tinyFiles((_c, s) => {
        delete (s.sources[0] as Record<string, unknown>).language;
      }),
    ).errors;
    expect(errorsAt(errors, SOURCES, 'sources[0].language')).toEqual([
      { file: SOURCES, path: 'sources[0].language', message: 'missing required field (string)' },
    ]);
  });

  it('rejects a language name where a code belongs', () => {
    const [error] = errorsAt(withLanguage('English'), SOURCES, 'sources[1].language');
    expect(error?.message).toMatch(/^must be a BCP 47 language tag: a 2- or 3-letter ISO 639 language code/);
    expect(error?.message).toContain('(got "English")');
  });

  it('rejects an underscore (a POSIX locale) and an empty tag', () => {
    expect(errorsAt(withLanguage('en_GB'), SOURCES, 'sources[1].language')[0]?.message).toMatch(
      /^must be a BCP 47 language tag/,
    );
    expect(errorsAt(withLanguage(''), SOURCES, 'sources[1].language')).toHaveLength(1);
  });

  it('rejects a tag whose subtags break the grammar', () => {
    // A singleton with no extension after it; a variant given twice.
    for (const tag of ['en-a', 'de-1996-1996']) {
      const [error] = errorsAt(withLanguage(tag), SOURCES, 'sources[1].language');
      expect(error?.message, tag).toMatch(/^is not a well-formed BCP 47 language tag/);
    }
  });

  it('asks for the canonical spelling, naming it', () => {
    expect(errorsAt(withLanguage('en-gb'), SOURCES, 'sources[1].language')[0]?.message).toBe(
      'must be written in its canonical form "en-GB" (got "en-gb")',
    );
    expect(languageTagProblem('EN')).toBe('must be written in its canonical form "en"');
  });

  it('must be a string', () => {
    expect(errorsAt(withLanguage(7), SOURCES, 'sources[1].language')[0]?.message).toBe(
      'must be a string, not a number',
    );
  });
});
