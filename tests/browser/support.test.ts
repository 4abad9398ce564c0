/**
 * The harness itself: a missing Chromium or Java fails with what to install (never a skip), and
 * the static server answers as a plain static host does, on loopback only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, javaPath, launchChromium } from '../support/browser.ts';
import { findBrokenLinks } from '../support/links.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

function withEnv<T>(name: string, value: string, run: () => T): T {
  const before = process.env[name];
  process.env[name] = value;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

describe('finding the judges', () => {
  it('fails loudly, saying how to install Chromium, when CROSSCHECK_CHROMIUM points at nothing', async () => {
    expect(() => withEnv('CROSSCHECK_CHROMIUM', '/nonexistent/chromium', chromiumPath)).toThrow(/apt-get install chromium/);
    await expect(withEnv('CROSSCHECK_CHROMIUM', '/nonexistent/chromium', () => launchChromium())).rejects.toThrow(/CROSSCHECK_CHROMIUM/);
  });

  it('fails loudly, saying how to install Java, when CROSSCHECK_JAVA points at nothing', () => {
    expect(() => withEnv('CROSSCHECK_JAVA', '/nonexistent/java', javaPath)).toThrow(/apt-get install default-jre-headless/);
  });

  it('finds this machine\'s Chromium and Java', () => {
    expect(chromiumPath()).toMatch(/chrom/i);
    expect(javaPath()).toMatch(/java/);
  });
});

describe('the static server', () => {
  let root: string;
  let server: StaticServer;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'crosscheck-serve-'));
    mkdirSync(path.join(root, 'claims', 'x'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(path.join(root, 'claims', 'x', 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(path.join(root, '404.html'), '<!doctype html><title>not found</title>');
    writeFileSync(path.join(root, 'feed.xml'), '<feed/>');
    writeFileSync(path.join(root, 'pagefind.wasm'), Buffer.from([0, 97, 115, 109]));
    server = await serveStatic(root);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves a folder\'s index.html, with its content type', async () => {
    const response = await fetch(server.url('/claims/x/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>x</title>');
  });

  it('redirects a folder without its slash, as static hosts do', async () => {
    const response = await fetch(server.url('/claims/x'), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/claims/x/');
  });

  it('answers a miss with 404 and the site\'s 404.html', async () => {
    const response = await fetch(server.url('/claims/nope/'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('not found');
  });

  it('gives XML and WebAssembly their types', async () => {
    expect((await fetch(server.url('/feed.xml'))).headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect((await fetch(server.url('/pagefind.wasm'))).headers.get('content-type')).toBe('application/wasm');
  });

  it('never serves a file outside its folder', async () => {
    const response = await fetch(`${server.origin}/%2e%2e/%2e%2e/etc/passwd`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('root:');
  });
});

describe('the link checker', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'crosscheck-links-'));
    const links = ['#a%20b', '#c%20d', '#%E2%80%94', '#100%', '#e%20f', '#%FF'].map((href) => `<a href="${href}">x</a>`).join('');
    writeFileSync(
      path.join(root, 'index.html'),
      `<!doctype html><title>home</title><p id="a%20b">1</p><p id="c d">2</p><p id="—">3</p><p id="100%">4</p>${links}`,
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds a fragment\'s element as a browser does: as written first, then percent-decoded', () => {
    const broken = findBrokenLinks(root, 'https://crosscheck.example.org').map((link) => link.href);
    expect(broken).toEqual(['#e%20f', '#%FF']);
  });
});
