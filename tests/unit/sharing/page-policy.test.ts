import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keepPageHashes } from '../../../src/lib/page-policy.ts';

const hash = (text: string, algorithm = 'sha256') => `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;
const css = 'body{color:#111}';
const other = '.pagefind-ui{--x:1}';
const script = 'if(location.hash){go()}';
const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><style>${css}</style><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe('keepPageHashes', () => {
  it('keeps only the hashes of the inline scripts and stylesheets the page holds', () => {
    const policy = `default-src 'self';object-src 'none'; script-src 'self' ${hash('a()')} ${hash('b()')}; style-src 'self' ${hash(css)} ${hash(other)};`;
    expect(policyOf(keepPageHashes(page(policy, '<p>Text</p>')))).toBe(`default-src 'self';object-src 'none'; script-src 'self'; style-src 'self' ${hash(css)};`);
  });

  it('keeps the hash of a script the page runs, and every source that is not a hash', () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('a()')} ${hash(script)}; style-src 'self' ${hash(css)};`;
    const html = page(policy, `<main>x</main><script type="application/ld+json">{}</script><script>${script}</script>`);
    expect(policyOf(keepPageHashes(html))).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(script)}; style-src 'self' ${hash(css)};`);
  });

  it('does not take a script with a src for its content, and reads other algorithms', () => {
    const policy = `script-src 'self' ${hash('', 'sha384')}; style-src 'self' ${hash(css, 'sha512')};`;
    const html = page(policy, '<script type="module" src="/_astro/search.js"></script>');
    expect(policyOf(keepPageHashes(html))).toBe(`script-src 'self'; style-src 'self' ${hash(css, 'sha512')};`);
  });

  it('leaves the rest of the page, and a page without a policy, as they are', () => {
    const html = page(`script-src 'self' ${hash('a()')};`, '<p>Text</p>');
    const kept = keepPageHashes(html);
    expect(kept.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
    expect(keepPageHashes('<p>No policy</p>')).toBe('<p>No policy</p>');
  });
});
