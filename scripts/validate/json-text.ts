// Parses a JSON file and, when it is malformed, says where: Node 20's JSON.parse messages often
// carry no position at all ("Unexpected token '}', ... is not valid JSON"), so a small strict
// scanner walks the text to find the first offending character and its line:column.

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (parseError) {
    return { ok: false, error: locateSyntaxError(text, parseError) };
  }
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'end of file';
  if (ch === '\uFEFF') return 'a byte-order mark';
  return JSON.stringify(ch);
}

function locateSyntaxError(text: string, parseError: unknown): JsonSyntaxError {
  try {
    scan(text);
  } catch (stop) {
    if (stop instanceof Stop) return { ...lineColumn(text, stop.offset), message: stop.message };
    // A stack overflow on absurd nesting: fall through to the parser's own words.
  }
  const message = parseError instanceof Error ? parseError.message : String(parseError);
  return { line: 1, column: 1, message };
}

/** Throws a Stop at the first character that makes the text invalid JSON. */
function scan(text: string): void {
  let i = 0;
  const fail = (expected: string): never => {
    throw new Stop(i, `unexpected ${describeChar(text[i])}, expected ${expected}`);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail(`"${word}"`);
      i++;
    }
  };
  const digits = (what: string) => {
    if (!/[0-9]/.test(text[i] ?? '')) fail(what);
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined) fail("a closing '\"' (the string never ends)");
      if (ch === '"') break;
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail('four hex digits after \\u');
          }
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x'))
          fail('a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)');
      } else if ((ch as string).charCodeAt(0) < 0x20) {
        fail('no raw control character or line break inside a string (write \\n)');
      }
      i++;
    }
    i++; // closing quote
  };
  const value = (): void => {
    skipSpace();
    const ch = text[i];
    if (ch === '{') object();
    else if (ch === '[') array();
    else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || /[0-9]/.test(ch ?? '')) number();
    else fail('a value (object, array, string, number, true, false or null)');
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits('a digit');
    if (text[i] === '.') {
      i++;
      digits('a digit after the decimal point');
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits('a digit in the exponent');
    }
  };
  const object = () => {
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"')
        fail(
          text[i] === '}'
            ? 'another property (remove the trailing comma)'
            : 'a property name in double quotes',
        );
      string();
      skipSpace();
      if (text[i] !== ':') fail("':' after the property name");
      i++;
      value();
      skipSpace();
      if (text[i] === '}') break;
      if (text[i] !== ',') fail("',' or '}'");
      i++;
    }
    i++;
  };
  const array = () => {
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] === ']') fail('another element (remove the trailing comma)');
      value();
      skipSpace();
      if (text[i] === ']') break;
      if (text[i] !== ',') fail("',' or ']'");
      i++;
    }
    i++;
  };
  value();
  skipSpace();
  if (i < text.length) fail('end of file after the top-level value');
}
