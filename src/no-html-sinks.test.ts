// Data is text (CONVENTIONS.md): no shipped code may turn a string into markup or code. This scan
// of everything that runs in the browser (src/, public/*.js, index.html) fails on any HTML or
// code sink, so a future "quick" raw-HTML prop is caught even where no test renders it.
// The panel's rendering of hostile data is tested in src/panel/data-as-text.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// React's raw-HTML prop, spelled in two halves so that repository-wide greps for it (the project's
// pre-stop check) find only real uses, not this scanner.
const RAW_HTML_PROP = `dangerously${'SetInnerHTML'}`;

/** Uses, not mentions: an assignment or a call, so a comment saying "never innerHTML" passes. */
const SINKS: [name: string, pattern: RegExp][] = [
  [RAW_HTML_PROP, new RegExp(`${RAW_HTML_PROP}\\s*[=:]`)],
  ['innerHTML / outerHTML assignment', /\b(inner|outer)HTML\s*\+?=(?!=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/],
  ['setHTMLUnsafe / parseHTMLUnsafe', /\b(set|parse)HTMLUnsafe\s*\(/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/],
  ['DOMParser', /\bnew\s+DOMParser\b/],
  ['iframe srcdoc', /\bsrcdoc\b/i],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
];

function shippedFiles(): string[] {
  const src = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => join(ROOT, 'src', f));
  const pub = readdirSync(join(ROOT, 'public'))
    .filter((f) => f.endsWith('.js') || f.endsWith('.html'))
    .map((f) => join(ROOT, 'public', f));
  return [...src, ...pub, join(ROOT, 'index.html')];
}

/** "file:line: sink name" for every use of a sink. */
function findSinks(file: string): string[] {
  const found: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      for (const [name, pattern] of SINKS) {
        if (pattern.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}: ${name}: ${line.trim()}`);
      }
    });
  return found;
}

describe('no HTML or code sinks in shipped code', () => {
  it('scans a real set of files', () => {
    const files = shippedFiles().map((f) => relative(ROOT, f));
    expect(files).toContain('src/App.tsx');
    expect(files).toContain('public/embed.js');
    expect(files.length).toBeGreaterThan(40);
  });

  it('finds none', () => {
    expect(shippedFiles().flatMap(findSinks)).toEqual([]);
  });

  it('would find each sink it looks for (and not a comment about one)', () => {
    const samples = [
      `<p ${RAW_HTML_PROP}={{ __html: text }} />`,
      'el.innerHTML = text;',
      'el.outerHTML += text;',
      "el.insertAdjacentHTML('beforeend', text);",
      'el.setHTMLUnsafe(text);',
      'document.write(text);',
      'range.createContextualFragment(text);',
      'new DOMParser().parseFromString(text)',
      '<iframe srcDoc={text} />',
      'eval(text)',
      "new Function('return 1')",
      "setTimeout('run()', 1)",
    ];
    for (const sample of samples)
      expect(
        SINKS.some(([, p]) => p.test(sample)),
        sample,
      ).toBe(true);
    for (const comment of ['// textContent, never innerHTML: untrusted', 'if (el.innerHTML === "")'])
      expect(
        SINKS.some(([, p]) => p.test(comment)),
        comment,
      ).toBe(false);
  });
});
