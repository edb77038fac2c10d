// The built page carries the app's stylesheet and public/boot.js in itself, as a <style> and a
// <script>: on a phone on a slow network each file the first paint waits for costs a round trip
// after the page. The policy stays strict (no 'unsafe-inline'): it allows these two elements by
// the sha256 of their exact text, computed here from the bytes that are inlined, and checkPage()
// proves at build that every written page still carries exactly those bytes.
import { createHash } from 'node:crypto';

export type InlineKind = 'script' | 'style';

/** The hash sources the policy lists, per directive (script-src, style-src). */
export interface InlineHashes {
  script: string[];
  style: string[];
}

/** A CSP hash source for this exact text, as the browser computes it: sha256 of its UTF-8 bytes. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text as it can sit inside the element. The HTML parser turns CR LF into LF before the
 * browser hashes the element's text, so line ends are made LF here, where the hash is taken. Text
 * that would end the element early, or a stylesheet address that would resolve differently in a
 * page than in the stylesheet, fails the build instead.
 */
export function inlineText(kind: InlineKind, file: string, text: string): string {
  const normal = text.replace(/\r\n?/g, '\n');
  if (new RegExp(`</${kind}`, 'i').test(normal)) {
    throw new Error(`${file}: contains "</${kind}", which would end the inline <${kind}> early`);
  }
  if (kind === 'script' && normal.includes('<!--')) {
    throw new Error(`${file}: contains "<!--", which changes how the HTML parser reads an inline <script>`);
  }
  if (kind === 'style') {
    // A relative url() in a stylesheet file resolves against the file's address (assets/); inline,
    // it resolves against the page's, and the pages sit at three depths (index.html, embed/,
    // country/<ISO3>/), so no one relative address is right for all of them.
    for (const match of normal.matchAll(
      /\burl\(\s*['"]?([^'")\s]*)|@import\s+(?:url\(\s*)?['"]?([^'")\s;]*)/gi,
    )) {
      const address = match[1] ?? match[2] ?? '';
      if (/^(data:|#)/i.test(address)) continue;
      throw new Error(
        `${file}: ${match[0]}… would resolve against each page's address once inlined, not the ` +
          "stylesheet's; use a data: URL, or put the rule in a stylesheet loaded as a file",
      );
    }
  }
  return normal;
}

/**
 * A script without its whole-line `//` comments (they are for readers of the file, not for every
 * page). Only lines that are nothing but a comment go, so code and strings are untouched; the
 * boot script has no template literal a line of which could start with `//`.
 */
export function withoutCommentLines(js: string): string {
  return js.replace(/^[ \t]*\/\/.*(?:\r?\n|$)/gm, '');
}

/** The page with `tag` (found exactly once) replaced by `element`; `what` names it in the error. */
function replaceOnce(html: string, tag: RegExp, element: string, what: string): string {
  const found = html.match(new RegExp(tag.source, 'g')) ?? [];
  if (found.length !== 1) {
    throw new Error(`index.html: expected ${what} once, found it ${found.length} times`);
  }
  return html.replace(tag, () => element);
}

/**
 * Built index.html with its stylesheet <link> and its `<script src="./boot.js">` replaced by the
 * files' text, in place (so the order of <head> and boot.js's blocking run before the first paint
 * are kept), and the hash of each element's text.
 */
export function inlineHead(
  html: string,
  parts: { stylesheet: { file: string; css: string }; boot: { file: string; js: string } },
): { html: string; hashes: InlineHashes } {
  const css = inlineText('style', parts.stylesheet.file, parts.stylesheet.css);
  const js = inlineText('script', parts.boot.file, parts.boot.js);
  const href = `(?:\\./)?${escapeRegExp(parts.stylesheet.file)}`;
  const src = `(?:\\./)?${escapeRegExp(parts.boot.file)}`;
  let out = replaceOnce(
    html,
    new RegExp(`<link rel="stylesheet"[^>]*\\shref="${href}"[^>]*>`),
    `<style>${css}</style>`,
    `the stylesheet <link href="./${parts.stylesheet.file}">`,
  );
  out = replaceOnce(
    out,
    new RegExp(`<script src="${src}"></script>`),
    `<script>${js}</script>`,
    `<script src="./${parts.boot.file}">`,
  );
  return { html: out, hashes: { script: [cspHash(js)], style: [cspHash(css)] } };
}

/** Every inline <script> and <style> of a page (a <script src> is a file, not inline), with its text. */
export function inlineElements(html: string): { kind: InlineKind; text: string }[] {
  const elements: { kind: InlineKind; text: string }[] = [];
  for (const match of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi)) {
    const kind = (match[1] ?? '').toLowerCase() as InlineKind;
    if (kind === 'script' && /\ssrc=/i.test(match[2] ?? '')) continue;
    elements.push({ kind, text: match[3] ?? '' });
  }
  return elements;
}

/** The sources a policy gives one directive ("script-src"), in order; [] when it has none. */
export function directiveSources(policy: string, directive: string): string[] {
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name?.toLowerCase() === directive) return sources;
  }
  return [];
}

/** The policy in a page's <meta http-equiv="Content-Security-Policy">, or undefined. */
export function metaPolicy(html: string): string | undefined {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1];
  return content
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Fails, naming the page, unless its <meta> policy is `policy`, comes before anything it governs,
 * and allows exactly the page's inline elements by hash: each one's text hashes to a source of its
 * directive, and each hash source of script-src and style-src belongs to one of them.
 */
export function checkPage(file: string, html: string, policy: string): void {
  const found = metaPolicy(html);
  if (found === undefined) throw new Error(`${file}: has no Content-Security-Policy <meta>`);
  if (found !== policy) {
    throw new Error(`${file}: its Content-Security-Policy is\n  ${found}\nnot the site's\n  ${policy}`);
  }
  const metaAt = html.search(/<meta http-equiv="Content-Security-Policy"/i);
  if (metaAt > html.search(/<script\b|<style\b|<link rel="stylesheet"/i)) {
    throw new Error(`${file}: a script or style comes before the Content-Security-Policy <meta>`);
  }
  const elements = inlineElements(html);
  for (const kind of ['script', 'style'] as const) {
    const allowed = directiveSources(policy, `${kind}-src`).filter((s) => s.startsWith("'sha256-"));
    const hashes = elements.filter((e) => e.kind === kind).map((e) => ({ e, hash: cspHash(e.text) }));
    for (const { e, hash } of hashes) {
      if (!allowed.includes(hash)) {
        throw new Error(
          `${file}: an inline <${kind}> (${e.text.length} characters, starting ${JSON.stringify(e.text.slice(0, 40))}) ` +
            `hashes to ${hash}, which ${kind}-src does not list: its text changed after it was hashed`,
        );
      }
    }
    for (const source of allowed) {
      if (!hashes.some((h) => h.hash === source)) {
        throw new Error(`${file}: ${kind}-src allows ${source}, which no inline <${kind}> of the page has`);
      }
    }
  }
}
