/**
 * Under `astro dev` the content loader (src/loaders/checked-glob.ts) checks the whole corpus a
 * moment after each save, as `npm run check` does, and says what it found in the dev server's
 * log: every problem, and every notice (what readers will miss, which does not stop a build);
 * and so it does once at the start, before the first collection loads.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent, formatProblems, summaries } from '../../../src/check/index.ts';
import { checkOnce, checkOnSave, loadingProgress } from '../../../src/loaders/checked-glob.ts';

const root = path.resolve(import.meta.dirname, '../../..');

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

/** A dev server's watcher and logger, as the loader's context has them; `said` collects what was logged, by level. */
function devServer() {
  const said: { level: 'info' | 'warn' | 'error'; message: string }[] = [];
  const logger = {
    info: (message: string) => said.push({ level: 'info', message }),
    warn: (message: string) => said.push({ level: 'warn', message }),
    error: (message: string) => said.push({ level: 'error', message }),
  };
  return { watcher: new EventEmitter(), logger, said };
}

describe('the checks under astro dev', () => {
  it('print the notices once at the start, located, with their count', async () => {
    const content = 'tests/fixtures/bad/image-without-description/content';
    vi.stubEnv('CROSSCHECK_CONTENT', content);
    vi.stubEnv('CROSSCHECK_CHECKED', '');
    const expected = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(expected.problems).toEqual([]);
    expect(expected.notices.length).toBe(2);
    const server = devServer();
    await checkOnce(root, server.logger);
    expect(server.said).toEqual([{ level: 'warn', message: `${formatProblems(expected.notices)}\n${summaries.notices(2, 1)}` }]);
  }, 60_000);


  it('print the notices after each save, located, with their count, as well as the problems', async () => {
    const content = 'tests/fixtures/bad/empty-body/content';
    vi.stubEnv('CROSSCHECK_CONTENT', content);
    const expected = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(expected.problems).toEqual([]);
    expect(expected.notices.length).toBe(2);
    const server = devServer();
    checkOnSave(root, server as never);
    server.watcher.emit('change', path.join(root, content, 'articles/report.md'));
    // The report ends with its last line: what the problems were, or that there were none.
    await vi.waitFor(() => expect(server.said.map((s) => s.level)).toContain('info'), { timeout: 30_000, interval: 100 });
    expect(server.said).toEqual([
      { level: 'warn', message: `${formatProblems(expected.notices)}\n${summaries.notices(2, 2)}` },
      { level: 'info', message: 'Content checked: no problems.' },
    ]);
    // A save outside the content folder is not the content's.
    server.said.length = 0;
    server.watcher.emit('change', path.join(root, 'src/pages/index.astro'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(server.said).toEqual([]);
  }, 60_000);
});

describe('the content loader under astro build', () => {
  it('says how many records it has read while Astro loads the content, from two seconds on, until the last collection is loaded', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
    const said: string[] = [];
    // Two collections loading at once share one count and one line.
    const articles = loadingProgress((line) => said.push(line));
    const claims = loadingProgress((line) => said.push(line));
    for (let i = 0; i < 1200; i++) articles.loaded();
    claims.loaded();
    vi.advanceTimersByTime(1_999);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(1);
    for (let i = 0; i < 1000; i++) claims.loaded();
    vi.advanceTimersByTime(5_000);
    expect(said).toEqual(['  … loading the content (1,201 records read): 2 s', '  … loading the content (2,201 records read): 7 s']);
    articles.done();
    vi.advanceTimersByTime(60_000);
    expect(said).toHaveLength(2);
    // The next build's count starts again.
    const next = loadingProgress((line) => said.push(line));
    next.loaded();
    vi.advanceTimersByTime(2_000);
    expect(said.at(-1)).toBe('  … loading the content (1 record read): 2 s');
    next.done();
  });
});
