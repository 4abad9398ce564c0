/**
 * `npm run build` publishes atomically (issue 3, point 4): the good fixture is built into an
 * output folder, every file's bytes are kept, and then builds fail in every way a build can
 * fail: bad content, Astro itself failing (a page that throws on a setting in the environment), a
 * post-build step failing, Pagefind failing, the build crashing after Astro, the build interrupted while Astro
 * runs, the build and Astro killed outright, and a crash in the middle of the swap. After each,
 * the previous site is there byte for byte and no temporary folder is left behind (after a kill,
 * the next build cleans up).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { cacheFileFor } from '../../src/check/cache.ts';
import { listFiles, projectRoot, runBuild, withBuildLockAsync } from '../support/build.ts';

const base = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/atomic');
const outDir = path.join(base, 'dist');
const shownOut = path.relative(projectRoot, outDir);
const good = 'tests/fixtures/good/content';
const bad = 'tests/fixtures/bad/unknown-reference/content';
let published: Record<string, string>;

beforeAll(() => {
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  const result = runBuild({ content: good, outDir });
  expect(result.status, result.stderr).toBe(0);
  published = treeBytes(outDir);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** The previous site is there, byte for byte, and nothing is left beside it. */
function expectUntouched() {
  expect(treeBytes(outDir)).toEqual(published);
  expect(leftovers(outDir)).toEqual([]);
}

describe('npm run build', () => {
  it('publishes the site into the output folder and leaves nothing beside it', () => {
    expect(Object.keys(published)).toContain('index.html');
    expect(leftovers(outDir)).toEqual([]);
  });

  it('replaces the whole previous site when it succeeds', () => {
    writeFileSync(path.join(outDir, 'stale.html'), 'from an older build');
    const result = runBuild({ content: good, outDir });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Built ${shownOut}/ in \\d+\\.\\d s\\.\\n$`));
    expect(existsSync(path.join(outDir, 'stale.html'))).toBe(false);
    expect(leftovers(outDir)).toEqual([]);
    // The new site is the one the next failures must keep.
    published = treeBytes(outDir);
  });

  it('leaves the previous site as it was when the content has problems', () => {
    const result = runBuild({ content: bad, outDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`The previous site in ${shownOut}/ was left as it was.`);
    expectUntouched();
  });

  it('leaves no change summary where --changes says when it fails, so that a tool reading it never takes the previous build\'s for this one\'s', () => {
    const summary = path.join(base, 'changes.json');
    writeFileSync(summary, '{ "compared": true, "articles": { "added": [{ "slug": "from-the-previous-build" }] } }\n');
    const failed = runBuild({ content: bad, outDir, args: ['--changes', summary] });
    expect(failed.status).toBe(1);
    expect(existsSync(summary)).toBe(false);
    expectUntouched();
    // A build that publishes writes it again.
    const built = runBuild({ content: good, outDir, args: ['--changes', summary] });
    expect(built.status, built.stderr).toBe(0);
    expect(JSON.parse(readFileSync(summary, 'utf8'))).toMatchObject({ compared: true, articles: { added: [] } });
    published = treeBytes(outDir);
  });

  it('shows only the problems when the content has some, not what the pages rendered while it was checked made of it', () => {
    // A fast rebuild renders while the checks run (after a build of the same content folder into the same output folder):
    // an article whose mention names no claim makes a page throw.
    const content = path.join(base, 'unknown-claim/content');
    const out = path.join(base, 'unknown-claim/dist');
    cpSync(good, content, { recursive: true });
    expect(runBuild({ content, outDir: out }).status).toBe(0);
    const site = treeBytes(out);
    writeFileSync(
      path.join(content, 'articles/wire-bridge-depth.md'),
      '---\nheadline: Cracks 3 cm deep\noutlet: coastal-wire\nstory: harbour-bridge-closure\nsummary: A report of the cracks.\nkind: report\nadded: 2026-05-14\n---\n\n> The report says :claim[the cracks are 3 cm deep]{#cracks-three-cm-deep}.\n',
    );
    const result = runBuild({ content, outDir: out });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/articles/wire-bridge-depth.md:10:19  This mention names claim "cracks-three-cm-deep"');
    expect(result.stderr).not.toMatch(/\[ERROR\]|TypeError|\n +at /);
    expect(treeBytes(out)).toEqual(site);
  });

  it('leaves the previous site as it was when Astro fails', () => {
    // An honest Astro failure, halfway through its pages: the feeds' pages throw on a setting of
    // their ids that is not an address (a site address that is not one is refused before Astro starts).
    const result = runBuild({ content: good, outDir, env: { CROSSCHECK_FEED_IDS: 'not a url' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The site failed to build (astro build ended with exit code 1).');
    expect(result.stderr).toContain(`The previous site in ${shownOut}/ was left as it was.`);
    expectUntouched();
  });

  it('leaves the previous site as it was when a post-build step fails', () => {
    const result = runBuild({ content: good, outDir, env: { CROSSCHECK_BUILD_FAILPOINT: 'post-build' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The built site failed its final checks:');
    expectUntouched();
  });

  it('leaves the previous site as it was when Pagefind fails, and says what it said', () => {
    // Another article's summary: a part of the search index to write again, by a Pagefind that fails.
    const content = path.join(base, 'edited/content');
    rmSync(path.dirname(content), { recursive: true, force: true });
    cpSync(path.join(projectRoot, good), content, { recursive: true });
    const article = path.join(content, 'articles', readdirSync(path.join(content, 'articles')).sort()[0]!);
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^summary: .*$/m, 'summary: "Edited so that its search index part is written again."'));
    const failing = path.join(base, 'failing-pagefind.sh');
    writeFileSync(failing, '#!/bin/sh\necho "Error: no space left on device" >&2\nexit 3\n', { mode: 0o755 });
    const result = runBuild({ content: path.relative(projectRoot, content), outDir, env: { PAGEFIND_EXTENDED_BINARY_PATH: failing } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The built site failed its final checks:');
    expect(result.stderr).toMatch(/Pagefind could not index the search index's part \d+ \(exit 3\): Error: no space left on device/);
    expectUntouched();
  });

  it('leaves the previous site as it was when the build crashes after Astro', () => {
    const result = runBuild({ content: good, outDir, env: { CROSSCHECK_BUILD_FAILPOINT: 'crash' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The build stopped with an internal error: failpoint "crash" after astro build.');
    expectUntouched();
  });

  it('leaves the previous site as it was, and stops Astro, when the build is interrupted', async () => {
    await withBuildLockAsync(async () => {
      const build = startBuild(good, outDir);
      await untilAstroRuns(build);
      const pid = build.child.pid!;
      const astro = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
      process.kill(pid, 'SIGTERM');
      const result = await build.done;
      expect(result.status).toBe(143);
      expect(result.stderr).toContain('The build was interrupted (SIGTERM).');
      expect(result.stderr).toContain(`The previous site in ${shownOut}/ was left as it was.`);
      // Astro was stopped with the build.
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const child of astro) expect(running(child), `astro (process ${child}) still runs`).toBe(false);
    });
    expectUntouched();
  });

  it('leaves the previous site as it was when the build and Astro are killed outright, and the next build cleans up', async () => {
    await withBuildLockAsync(async () => {
      const build = startBuild(good, outDir);
      await untilAstroRuns(build);
      // The whole process group, as a closed terminal or an out-of-memory kill would.
      process.kill(-build.child.pid!, 'SIGKILL');
      const result = await build.done;
      expect(result.signal).toBe('SIGKILL');
    });
    expect(treeBytes(outDir)).toEqual(published);
    const next = runBuild({ content: good, outDir });
    expect(next.status, next.stderr).toBe(0);
    expect(leftovers(outDir)).toEqual([]);
    published = treeBytes(outDir);
  });

  it('puts the previous site back when a build was killed in the middle of the swap', () => {
    const killed = runBuild({ content: good, outDir, env: { CROSSCHECK_BUILD_FAILPOINT: 'mid-swap' } });
    expect(killed.status).toBe(null);
    // Killed between the two renames: no dist/, but the old site is whole beside it.
    expect(existsSync(outDir)).toBe(false);
    const aside = readdirSync(base).filter((name) => name.endsWith('-old'));
    expect(aside).toHaveLength(1);
    expect(treeBytes(path.join(base, aside[0]!))).toEqual(published);
    // The next build, even one that fails, puts it back first.
    const next = runBuild({ content: bad, outDir });
    expect(next.status).toBe(1);
    expect(next.stderr).toContain(`The previous site in ${shownOut}/ was left as it was.`);
    expectUntouched();
  });

  it('refuses a second build into the same folder while one is running', async () => {
    // A first build that spends a few seconds checking a large corpus (and then fails on it,
    // so Astro never runs): long enough for a second build to find the folder taken.
    const corpus = path.join(base, 'busy-corpus', 'content');
    // Checked cold every time, so the first build is still busy when the second starts.
    rmSync(cacheFileFor(path.join(projectRoot, 'node_modules/.cache/crosscheck'), projectRoot, corpus), { force: true });
    const generated = generateCorpus({ articles: 400, seed: 3 });
    generated.files.set('articles/zz-bad.md', '---\nheadline: x\n---\n');
    writeCorpus(corpus, generated);
    await withBuildLockAsync(async () => {
      const first = startBuild(path.relative(projectRoot, corpus), outDir);
      while (!existsSync(path.join(base, '.dist.lock/pid'))) await new Promise((resolve) => setTimeout(resolve, 20));
      const second = spawnSync(process.execPath, ['scripts/build.ts', '--out', outDir], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, CROSSCHECK_CONTENT: bad },
      });
      const firstResult = await first.done;
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`Another build (process ${first.child.pid}) is writing ${shownOut}/. Wait for it to finish, then build again.`);
      expect(firstResult.status, 'the first build should have been still checking').toBe(1);
      expect(firstResult.stderr).toContain('[missing-field]');
    });
    rmSync(path.dirname(corpus), { recursive: true, force: true });
    rmSync(cacheFileFor(path.join(projectRoot, 'node_modules/.cache/crosscheck'), projectRoot, corpus), { force: true });
    expectUntouched();
  });

  it('runs Astro for one build of the project at a time, whatever their output and content folders: a full build waits while another runs Astro', async () => {
    // Astro compiles the site into the project's .astro/ folder: two at once broke each other.
    // Another build's Astro is stood for by its lock, held by this process, so that the wait does
    // not depend on how long a real build's Astro takes (a small one could end before the second
    // build got there).
    const other = path.join(base, 'other');
    writeCorpus(path.join(other, 'content'), generateCorpus({ articles: 12, seed: 5 }));
    const astroLock = path.join(projectRoot, 'node_modules/.cache/crosscheck/astro-build.lock');
    await withBuildLockAsync(async () => {
      mkdirSync(astroLock, { recursive: true });
      writeFileSync(path.join(astroLock, 'pid'), String(process.pid));
      const second = startBuild(path.relative(projectRoot, path.join(other, 'content')), path.join(other, 'second'));
      let ended = false;
      void second.done.then(() => (ended = true));
      const started = Date.now();
      while (!second.stdout().includes('Waiting for another build') && !ended && Date.now() - started < 120_000) await new Promise((resolve) => setTimeout(resolve, 50));
      // It waits, and does not go on while the lock is held.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(ended, second.stdout()).toBe(false);
      rmSync(astroLock, { recursive: true, force: true });
      const two = await second.done;
      expect(two.status, two.stderr).toBe(0);
      expect(two.stdout).toMatch(new RegExp(`Waiting for another build of this project \\(process ${process.pid}\\) to finish with Astro`));
    });
    expect(existsSync(astroLock), 'the lock, left behind').toBe(false);
    rmSync(other, { recursive: true, force: true });
  });

  it('takes over the lock of a build that is no longer running', () => {
    mkdirSync(path.join(base, '.dist.lock'));
    writeFileSync(path.join(base, '.dist.lock/pid'), '999999999');
    const result = runBuild({ content: bad, outDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('[unknown-reference]');
    expectUntouched();
  });

  it('refuses an output folder that would overwrite the project or its content', () => {
    for (const out of ['.', '..', good, 'tests/fixtures/good']) {
      const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, CROSSCHECK_CONTENT: good },
      });
      expect(result.status, out).toBe(2);
      expect(result.stderr).toContain('would overwrite the project or its content');
    }
    expectUntouched();
  });
});

/** Whether a process exists and is not a zombie. */
function running(pid: number): boolean {
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Every file under `dir` with its bytes, as a plain object: equal objects mean identical trees. */
function treeBytes(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
}

/** Temporary folders, old sites and locks that a build left beside `outDir`. */
function leftovers(dir: string): string[] {
  const name = path.basename(dir);
  return readdirSync(path.dirname(dir)).filter((entry) => entry.startsWith(`.${name}.`));
}

interface Started {
  child: ChildProcess;
  /** Resolves when the build exits, with its status, signal and output. */
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  /** What it has printed so far. */
  stdout: () => string;
}

/** Starts `node scripts/build.ts` as its own process group, as runBuild would run it. */
/** A build in the background; `--force`, so that it runs Astro even when only the content changed (a fast rebuild runs none). */
function startBuild(content: string, outDir: string, env: Record<string, string> = {}): Started {
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/build.ts'), '--out', outDir, '--force'], {
    cwd: projectRoot,
    detached: true,
    env: { ...process.env, CROSSCHECK_CONTENT: content, FORCE_COLOR: '0', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, done, stdout: () => stdout };
}

/** Waits until the build has started Astro (it has a child process). */
async function untilAstroRuns(build: Started, timeout = 120_000): Promise<void> {
  const pid = build.child.pid!;
  const started = Date.now();
  while (Date.now() - started < timeout) {
    let children = '';
    try {
      children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    } catch {
      throw new Error('the build ended before Astro started');
    }
    if (children) {
      // Let Astro get going, so the interruption lands in the middle of its work.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('Astro did not start');
}
