import { describe, expect, it } from 'vitest';

import {
  DEFAULT_EMBED_HEIGHT,
  embedScriptSrc,
  embedSrc,
  escapeAttribute,
  fullMapHref,
  fullSnippet,
  iframeSnippet,
  scriptSnippet,
} from './snippet';

const root = { origin: 'https://maps.example.org', pathname: '/' };
const sub = { origin: 'https://news.example', pathname: '/graphics/coalition/index.html' };

describe('embedSrc', () => {
  it("is the site's embed page, with the view", () => {
    expect(embedSrc(root, '#country=GBR&stance=troops')).toBe(
      'https://maps.example.org/embed/#country=GBR&stance=troops',
    );
  });
  it("is the site's embed page from a country's page, or from the embed page itself", () => {
    const country = { origin: 'https://maps.example.org', pathname: '/m/country/IRL/' };
    expect(embedSrc(country, '#country=IRL')).toBe('https://maps.example.org/m/embed/#country=IRL');
    const embed = { origin: 'https://maps.example.org', pathname: '/m/embed/' };
    expect(fullMapHref(embed, '#country=IRL')).toBe('https://maps.example.org/m/#country=IRL');
    expect(embedScriptSrc(country)).toBe('https://maps.example.org/m/embed.js');
  });
  it('leaves out an empty view', () => {
    expect(embedSrc(root, '')).toBe('https://maps.example.org/embed/');
    expect(embedSrc(root, '#')).toBe('https://maps.example.org/embed/');
  });
  it('accepts a hash without its #', () => {
    expect(embedSrc(root, 'country=FRA')).toBe('https://maps.example.org/embed/#country=FRA');
  });
  it('adds the theme when one is chosen', () => {
    expect(embedSrc(root, '#country=GBR', 'dark')).toBe(
      'https://maps.example.org/embed/?theme=dark#country=GBR',
    );
    expect(embedSrc(root, '', null)).toBe('https://maps.example.org/embed/');
  });
  it('keeps a sub-path and drops index.html', () => {
    expect(embedSrc(sub, '#country=FRA')).toBe('https://news.example/graphics/coalition/embed/#country=FRA');
  });
});

describe('fullMapHref', () => {
  it('is the same view on the full page', () => {
    expect(fullMapHref(sub, '#stance=opposed')).toBe(
      'https://news.example/graphics/coalition/#stance=opposed',
    );
    expect(fullMapHref(root, '')).toBe('https://maps.example.org/');
  });
  it('keeps a theme the embed was given', () => {
    expect(fullMapHref(root, '#country=FRA', 'light')).toBe(
      'https://maps.example.org/?theme=light#country=FRA',
    );
  });
});

describe('embedScriptSrc', () => {
  it('points next to the app page', () => {
    expect(embedScriptSrc(root)).toBe('https://maps.example.org/embed.js');
    expect(embedScriptSrc(sub)).toBe('https://news.example/graphics/coalition/embed.js');
  });
});

describe('escapeAttribute', () => {
  it('escapes what could end an attribute or open a tag', () => {
    expect(escapeAttribute(`a&b"c<d>e'`)).toBe(`a&amp;b&quot;c&lt;d&gt;e'`);
  });
});

describe('iframeSnippet', () => {
  const snippet = iframeSnippet(root, { hash: '#country=GBR', title: 'Map: "who" backs <Ukraine>' });

  it('has everything a robust, accessible embed needs', () => {
    expect(snippet).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(snippet).toContain('src="https://maps.example.org/embed/#country=GBR"');
    expect(snippet).toContain('title="Map: &quot;who&quot; backs &lt;Ukraine&gt;"');
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain(`height="${DEFAULT_EMBED_HEIGHT}"`);
    expect(snippet).toContain('border:0');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(' data-coalition-map');
  });
  it('escapes the ampersands in the view', () => {
    const s = iframeSnippet(root, { hash: '#country=GBR&stance=troops', title: 't' });
    expect(s).toContain('src="https://maps.example.org/embed/#country=GBR&amp;stance=troops"');
  });
  it('carries the chosen theme, escaped like the rest of the URL', () => {
    const s = iframeSnippet(root, { hash: '#country=GBR', title: 't', theme: 'dark' });
    expect(s).toContain('src="https://maps.example.org/embed/?theme=dark#country=GBR"');
  });
  it('takes an initial height and refuses a nonsensical one', () => {
    expect(iframeSnippet(root, { hash: '', title: 't', height: 720 })).toContain('height="720"');
    expect(() => iframeSnippet(root, { hash: '', title: 't', height: 12.5 })).toThrow(/whole number/);
    expect(() => iframeSnippet(root, { hash: '', title: 't', height: 20 })).toThrow(/≥ 100/);
  });
});

describe('scriptSnippet and fullSnippet', () => {
  it('loads embed.js async from the app host', () => {
    expect(scriptSnippet(root)).toBe('<script src="https://maps.example.org/embed.js" async></script>');
  });
  it('puts the iframe first and the script on its own line', () => {
    const lines = fullSnippet(root, { hash: '', title: 't' }).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^<iframe /);
    expect(lines[1]).toMatch(/^<script /);
  });
});
