// The policy lives in the <meta> of every built page and in the _headers file static hosts read;
// the build writes both from cspPolicy() and the two inline elements' hashes. This checks the
// _headers template and the policy's shape; write-site.ts checks every built page against the
// written _headers, and e2e/security.spec.ts checks the served pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { cspHash } from './inline-head.ts';
import { cspPolicy, headersFile, headerValue, metaPart } from './vite-csp-plugin.ts';

const TEMPLATE = readFileSync(new URL('./_headers.template', import.meta.url), 'utf8');
const HASHES = { script: [cspHash('boot();')], style: [cspHash('.app{}')] };
const POLICY = cspPolicy(HASHES);

describe('the generated _headers', () => {
  const text = headersFile(TEMPLATE, POLICY);

  it('carries the same Content-Security-Policy as the built pages', () => {
    expect(headerValue(text, 'Content-Security-Policy')).toBe(POLICY);
  });

  it('keeps every other line of the template: its comments and the other headers', () => {
    const lines = text.split('\n');
    const templateLines = TEMPLATE.split('\n');
    expect(lines).toHaveLength(templateLines.length);
    expect(lines.filter((l, i) => l !== templateLines[i])).toEqual([`  Content-Security-Policy: ${POLICY}`]);
    expect(lines.filter((l) => l.startsWith('#')).length).toBeGreaterThan(5);
    expect(lines).toContain('/*');
  });

  it('forbids MIME sniffing and referrers, and lets sandboxed embeds load the files', () => {
    expect(headerValue(text, 'X-Content-Type-Options')).toBe('nosniff');
    expect(headerValue(text, 'Referrer-Policy')).toBe('no-referrer');
    expect(headerValue(text, 'Access-Control-Allow-Origin')).toBe('*');
  });

  it('needs exactly one place for the policy in the template', () => {
    expect(() => headersFile(TEMPLATE.replace('{{CSP}}', "default-src 'none'"), POLICY)).toThrow(
      /scripts\/_headers\.template: needs exactly one \{\{CSP\}\}/,
    );
  });
});

describe('metaPart', () => {
  it("is the header's policy without frame-ancestors, which a <meta> cannot carry", () => {
    expect(metaPart(POLICY)).toBe(POLICY);
    expect(metaPart(`${POLICY}; frame-ancestors 'self' https://news.example`)).toBe(POLICY);
  });
});

describe('cspPolicy', () => {
  it('allows the inline elements by their hash only, in their own directive', () => {
    expect(POLICY).toContain(`script-src 'self' ${HASHES.script[0]};`);
    expect(POLICY).toContain(`style-src 'self' ${HASHES.style[0]};`);
    expect(POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|https?:|\*/);
    expect(POLICY).toContain("default-src 'none'");
  });
});
