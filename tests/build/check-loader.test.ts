/**
 * The content loader (src/loaders/checked-glob.ts) runs the same checks when Astro is started
 * on its own (`astro build`, `astro dev`), without `npm run build`: inside Vite, where
 * `astro:content` is Astro's module, the checks run on a worker thread (src/check/index.ts)
 * and report the same problems, all at once, located.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, summaries } from '../../src/check/index.ts';
import { projectRoot, withBuildLock } from '../support/build.ts';

const content = 'tests/fixtures/bad/many-problems/content';

describe('astro build on its own, on bad content', () => {
  it('stops at the content and reports every problem the checks find, located', async () => {
    const outDir = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/loader/dist');
    const result = withBuildLock(() =>
      spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, CROSSCHECK_CONTENT: content, CROSSCHECK_CHECKED: '', FORCE_COLOR: '0' },
      }),
    );
    expect(result.status).not.toBe(0);
    const expected = await checkContent({ root: projectRoot, contentDir: content, cacheDir: false });
    expect(expected.problems.length).toBe(8);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).toContain(`${summaries.inContent(expected.problems.length)}\n${formatProblems(expected.problems)}`);
  }, 300_000);

  it('refuses a date with an offset no clock uses even when the checks are skipped, so that no instant is moved by it', () => {
    const outDir = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/loader-offset/dist');
    const result = withBuildLock(() =>
      spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
        cwd: projectRoot,
        encoding: 'utf8',
        // As after `npm run build`'s own checks: the loader alone stands between the content and the site.
        env: { ...process.env, CROSSCHECK_CONTENT: 'tests/fixtures/bad/bad-date-offset/content', CROSSCHECK_CHECKED: '1', FORCE_COLOR: '0' },
      }),
    );
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}\n${result.stderr}`).toMatch(
      /tests\/fixtures\/bad\/bad-date-offset\/content\/(articles\/report\.md: published: the offset \+25:00|claims\/bridge-closed\.md: verdict\.date: the offset -13:60) is one no clock uses/,
    );
  }, 300_000);
});
