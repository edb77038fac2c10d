import { describe, expect, it } from 'vitest';

import { parseJsonText } from './json-text';

function errorOf(text: string) {
  const result = parseJsonText(text);
  if (result.ok) throw new Error('expected a syntax error');
  return result.error;
}

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a": [1, -2.5e3, true, null, "x\\u00e9"]}')).toEqual({
      ok: true,
      value: { a: [1, -2500, true, null, 'xé'] },
    });
  });

  it('points at a trailing comma', () => {
    expect(errorOf('{\n  "a": 1,\n}')).toEqual({
      line: 3,
      column: 1,
      message: 'unexpected "}", expected another property (remove the trailing comma)',
    });
    expect(errorOf('[1,\n 2,]')).toMatchObject({ line: 2, column: 4 });
  });

  it('points at the end of a truncated file', () => {
    expect(errorOf('{"a": [1, 2')).toEqual({
      line: 1,
      column: 12,
      message: "unexpected end of file, expected ',' or ']'",
    });
  });

  it('points at a raw line break inside a string', () => {
    expect(errorOf('{"a": "two\nlines"}')).toMatchObject({ line: 1, column: 11 });
  });

  it('points at single quotes, comments and a byte-order mark', () => {
    expect(errorOf("{'a': 1}")).toMatchObject({ line: 1, column: 2 });
    expect(errorOf('{"a": 1} // note')).toMatchObject({ line: 1, column: 10 });
    expect(errorOf('\uFEFF{}').message).toContain('byte-order mark');
  });

  it('rejects leading zeros and bare words', () => {
    expect(errorOf('[01]')).toMatchObject({ column: 3 });
    expect(errorOf('[tru]')).toMatchObject({ column: 5 });
  });
});
