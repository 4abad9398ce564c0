/**
 * `npm run dev` (`astro dev`) on content with problems (src/loaders/checked-glob.ts): an editor
 * starts it to see the site while fixing the content, so it starts, prints every problem located
 * as `npm run check` does, and shows the pages it can; a file it cannot read (a date no calendar
 * has, YAML that does not parse) is left out until it is saved readable, and then its page is
 * served. `astro build` on the same content still stops (tests/build/check-loader.test.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { summaries } from '../../src/check/index.ts';
import { buildEnv, projectRoot, releaseBuildLock, takeBuildLock } from '../support/build.ts';

// Outside node_modules/, which the dev server's watcher ignores: a save there would go unseen.
const base = path.join(tmpdir(), 'crosscheck-tests-dev-server');
const content = path.join(base, 'content');
let server: ChildProcess | undefined;
let log = '';
let holdsLock = false;

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
  }
  if (holdsLock) releaseBuildLock();
  rmSync(base, { recursive: true, force: true });
});

const plain = () => log.replace(/\x1b\[[0-9;]*m/g, '');
const status = async (origin: string, page: string) => (await fetch(new URL(page, origin))).status;

describe('npm run dev on content with problems', () => {
  it('starts, prints the problems, shows the pages it can, and serves a page left out once it is saved readable', async () => {
    rmSync(base, { recursive: true, force: true });
    cpSync(path.join(projectRoot, 'tests/fixtures/good/content'), content, { recursive: true });
    const article = path.join(content, 'articles/gazette-bridge-closed.md');
    const good = readFileSync(article, 'utf8');
    // A date the schema cannot read: glob() alone stopped the server at it.
    writeFileSync(article, good.replace('published: 2026-05-12T09:30:00+02:00', 'published: the twelfth of May'));
    // YAML that does not parse.
    writeFileSync(path.join(content, 'outlets/city-chronicle.yaml'), 'name: [The City Chronicle\nurl: https://chronicle.example.net\n');

    // The lock test builds take turns through (tests/support/build.ts): the dev server writes the project's .astro/ too.
    await takeBuildLock();
    holdsLock = true;
    server = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4390'], {
      cwd: projectRoot,
      env: { ...buildEnv(), CROSSCHECK_CONTENT: content, CROSSCHECK_CHECKED: '', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    let exited: number | null | undefined;
    server.once('exit', (code) => (exited = code));

    // Ready, at the address it prints (the next free port when 4390 is taken).
    await vi.waitFor(
      () => {
        expect(exited, plain()).toBeUndefined();
        expect(plain()).toMatch(/Local\s+http:\/\/localhost:\d+\//);
      },
      { timeout: 120_000, interval: 200 },
    );
    const origin = /Local\s+(http:\/\/localhost:\d+\/)/.exec(plain())![1]!;
    const started = plain();
    expect(started).toContain(summaries.inContent(2));
    expect(started).toMatch(/content\/articles\/gazette-bridge-closed\.md:5:1 {2}published: .*\[bad-date\]/);
    expect(started).toMatch(/content\/outlets\/city-chronicle\.yaml:\d+:\d+ {2}.*\[yaml-syntax\]/);
    expect(started).toContain(summaries.devStartsAnyway);

    // The pages it can show: the others, and those of the records readable.
    expect(await status(origin, '/')).toBe(200);
    expect(await status(origin, '/articles/wire-bridge-closed/')).toBe(200);
    expect(await status(origin, '/claims/bridge-closed-for-repairs/')).toBe(200);
    // The article it could not read is left out.
    expect(await status(origin, '/articles/gazette-bridge-closed/')).toBe(404);

    // Saved readable: served, and the checks say what is left.
    writeFileSync(article, good);
    await vi.waitFor(async () => expect(await status(origin, '/articles/gazette-bridge-closed/')).toBe(200), { timeout: 60_000, interval: 500 });
    await vi.waitFor(() => expect(plain().slice(started.length)).toContain(summaries.inContent(1)), { timeout: 60_000, interval: 200 });
    writeFileSync(path.join(content, 'outlets/city-chronicle.yaml'), 'name: The City Chronicle\nurl: https://chronicle.example.net\ncountry: Norway\n');
    await vi.waitFor(() => expect(plain().slice(started.length)).toContain('Content checked: no problems.'), { timeout: 60_000, interval: 200 });
    await vi.waitFor(async () => expect(await status(origin, '/outlets/city-chronicle/')).toBe(200), { timeout: 60_000, interval: 500 });
  }, 300_000);
});
