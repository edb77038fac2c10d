// The policy lives in two places that cannot share code: the <meta> the build adds and the header
// file static hosts read. This keeps them from drifting apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { CSP } from './vite-csp-plugin.ts';

const HEADERS_FILE = new URL('../public/_headers', import.meta.url);

function headerValue(text: string, name: string): string | undefined {
  const line = text.split('\n').find((l) => l.trim().toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(line.indexOf(':') + 1).trim();
}

describe('public/_headers', () => {
  const text = readFileSync(HEADERS_FILE, 'utf8');

  it('carries the same Content-Security-Policy as the built page', () => {
    expect(headerValue(text, 'Content-Security-Policy')).toBe(CSP);
  });

  it('forbids MIME sniffing and referrers', () => {
    expect(headerValue(text, 'X-Content-Type-Options')).toBe('nosniff');
    expect(headerValue(text, 'Referrer-Policy')).toBe('no-referrer');
  });
});

describe('CSP', () => {
  it('allows no inline script and no outside origin', () => {
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(CSP).toContain("default-src 'none'");
  });
});
