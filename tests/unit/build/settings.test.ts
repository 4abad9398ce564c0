/**
 * The deployment's settings, read before a build starts (scripts/lib/settings.ts): a
 * CROSSCHECK_SITE written without its https:// stopped Astro halfway with "Invalid URL" and a
 * message blaming the site's code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { settingProblems } from '../../../scripts/lib/settings.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const siteProblem = (value: string) =>
  `CROSSCHECK_SITE is ${JSON.stringify(value)}, which is not an http(s) address. Set it to the address readers use, with its https://, such as https://crosscheck.example.org, or leave it unset.`;

describe('the deployment settings', () => {
  it('accepts the defaults and the addresses docs/deploying.md shows', () => {
    expect(settingProblems({})).toEqual([]);
    expect(settingProblems({ CROSSCHECK_SITE: 'https://crosscheck.example.org', CROSSCHECK_FEED_IDS: 'https://old.example.org/' })).toEqual([]);
    expect(settingProblems({ CROSSCHECK_SITE: 'http://localhost:4321/', CROSSCHECK_FEED_IDS: '' })).toEqual([]);
  });

  it('refuses a site address without its scheme, or not on the web, saying what to write', () => {
    for (const value of ['crosscheck.example.org', 'www.crosscheck.example.org/', 'ftp://crosscheck.example.org', '']) {
      expect(settingProblems({ CROSSCHECK_SITE: value }), value).toEqual([siteProblem(value)]);
    }
  });

  it('accepts a site address with a path when the site is served under that path', () => {
    for (const [site, base] of [['https://example.org/news/', '/news/'], ['https://example.org/news', '/news'], ['https://example.org/news/', 'news/'], ['https://example.org', '/news/']]) {
      expect(settingProblems({ CROSSCHECK_SITE: site, CROSSCHECK_BASE: base }), `${site} ${base}`).toEqual([]);
    }
  });

  it('refuses a site address whose path is not the base, which every absolute address would leave out, saying what to set', () => {
    expect(settingProblems({ CROSSCHECK_SITE: 'https://example.org/news/' })).toEqual([
      'CROSSCHECK_SITE is "https://example.org/news/", whose path /news/ is not the path the site is served under, CROSSCHECK_BASE (unset, so /): every link, canonical address, preview image, feed, sitemap entry and search result would leave /news/ out. Set CROSSCHECK_SITE to the origin, https://example.org, and CROSSCHECK_BASE=/news/.',
    ]);
    expect(settingProblems({ CROSSCHECK_SITE: 'https://example.org/news', CROSSCHECK_BASE: '/crosscheck/' })).toEqual([
      'CROSSCHECK_SITE is "https://example.org/news", whose path /news/ is not the path the site is served under, CROSSCHECK_BASE (/crosscheck/): every link, canonical address, preview image, feed, sitemap entry and search result would leave /news/ out. Set CROSSCHECK_SITE to the origin, https://example.org, and CROSSCHECK_BASE=/news/.',
    ]);
  });

  it('refuses a site address with a user name, a password, a query or a fragment, which the site would publish or drop', () => {
    expect(settingProblems({ CROSSCHECK_SITE: 'https://editor:secret@example.org/' })).toEqual([
      'CROSSCHECK_SITE is "https://editor:secret@example.org/", which holds a user name or a password: every canonical link, feed and preview of the site would publish it. Set it to the address readers use, without them, such as https://example.org/.',
    ]);
    expect(settingProblems({ CROSSCHECK_SITE: 'https://example.org/?utm_source=x' })).toEqual([
      'CROSSCHECK_SITE is "https://example.org/?utm_source=x", which has a query (?…) that no address of the site would keep. Set it to the address readers use, without it, such as https://example.org/.',
    ]);
    expect(settingProblems({ CROSSCHECK_SITE: 'https://example.org/#top' })).toHaveLength(1);
  });

  it('stops `npm run build` before it starts, with that message, and publishes nothing', { timeout: 120_000 }, () => {
    const out = path.join(dir, 'dist');
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CROSSCHECK_SITE: 'crosscheck.example.org', CROSSCHECK_CONTENT: 'tests/fixtures/good/content' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${siteProblem('crosscheck.example.org')}\nNothing was built or published.\n`);
    expect(existsSync(out)).toBe(false);
  });
});
