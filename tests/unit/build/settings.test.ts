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
