import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  diffRegistry,
  formatRegistry,
  parseRegistry,
  publishedPathOf,
  publishedPaths,
  registryPath,
} from '../../../scripts/lib/published-urls.ts';
import { missingUrlsMessage } from '../../../scripts/lib/steps/url-registry.ts';

describe('registryPath', () => {
  it.each([
    ['content', '/repo/published-urls.txt'],
    ['tests/fixtures/x/content', '/repo/tests/fixtures/x/published-urls.txt'],
    ['/elsewhere/site/content', '/elsewhere/site/published-urls.txt'],
  ])('keeps the registry of %s at %s', (contentDir, expected) => {
    expect(registryPath('/repo', contentDir)).toBe(expected);
  });
});

describe('parseRegistry and formatRegistry', () => {
  it('reads one path a line, skipping blank lines and comments', () => {
    expect(parseRegistry('# header\n\n/claims/a/\r\n  /b/  \n# note\n')).toEqual(['/claims/a/', '/b/']);
  });

  it('writes a header and the paths sorted, without repeats, and reads them back', () => {
    const text = formatRegistry(['/b/', '/a/', '/b/']);
    expect(text.startsWith('# Published URLs')).toBe(true);
    expect(text.endsWith('/a/\n/b/\n')).toBe(true);
    expect(parseRegistry(text)).toEqual(['/a/', '/b/']);
  });
});

describe('publishedPathOf', () => {
  it.each([
    ['index.html', '/'],
    ['claims/x/index.html', '/claims/x/'],
    ['feeds/articles.xml', '/feeds/articles.xml'],
    ['data/crosscheck.json', '/data/crosscheck.json'],
    ['404.html', undefined],
    ['previews/claims/x.png', undefined],
    ['pagefind/pagefind.js', undefined],
    ['_astro/x.css', undefined],
    ['sitemap-index.xml', undefined],
  ])('publishes %s at %s', (file, expected) => {
    expect(publishedPathOf(file)).toBe(expected);
  });
});

describe('publishedPaths', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-urls-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the published paths of a built site, sorted', () => {
    for (const file of ['index.html', 'claims/b/index.html', 'claims/a/index.html', '404.html', 'feeds/claims.xml', 'pagefind/x.js']) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), '');
    }
    expect(publishedPaths(dir)).toEqual(['/', '/claims/a/', '/claims/b/', '/feeds/claims.xml']);
    expect(publishedPaths(path.join(dir, 'missing'))).toEqual([]);
  });
});

describe('diffRegistry', () => {
  it('finds registered paths the build lacks and built paths not yet registered', () => {
    expect(diffRegistry(['/a/', '/b/', '/c/'], ['/a/', '/c/', '/d/'])).toEqual({ missing: ['/b/'], added: ['/d/'] });
  });
});

describe('missingUrlsMessage', () => {
  it('names every missing URL and says what to do', () => {
    expect(missingUrlsMessage(['/claims/old/', '/articles/gone/'], 'published-urls.txt')).toMatchInlineSnapshot(`
      "2 published URLs are missing from the new site:
        /claims/old/
        /articles/gone/
      Each was published (it is listed in published-urls.txt) and may be linked from elsewhere.
      - If a claim, article, story, outlet or entity was renamed, add its old id to \`aliases\` in its new file: the old URL then redirects.
      - If the removal is intended, run \`npm run urls -- --build\` to rebuild and record the new set of URLs."
    `);
    expect(missingUrlsMessage(['/x/'], 'r.txt')).toMatch(/^1 published URL is missing/);
  });
});
