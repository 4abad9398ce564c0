/**
 * The content checks: every problem in the corpus, found without rendering a page, each located
 * at `path:line:column` with what to do. `npm run check` prints them; `npm run build` and the
 * content loader (src/loaders/checked-glob.ts) refuse to publish while there are any.
 *
 * 1. src/check/files.ts lists the content folder and checks file names.
 * 2. src/check/file.ts checks each record on its own (encoding, frontmatter, fields, mention
 *    syntax) and collects facts; facts are cached by the hash of the file's bytes
 *    (src/check/cache.ts), and files not in the cache are read on worker threads when there
 *    are many (src/check/pool.ts).
 * 3. src/check/corpus.ts checks what needs every file: references, aliases, links to record pages, unmentioned claims.
 * 4. src/check/quotes.ts checks mention spans against the archived articles that are present.
 *
 * Every message comes from src/check/messages.ts.
 *
 * The checks read the content model (src/content.config.ts) through our own `astro:content`
 * (src/check/astro-content.ts), whose `reference()` marks reference fields. Inside Astro (the
 * content loader, under Vite) `astro:content` is Astro's own, so there the checks run on a
 * worker thread in plain Node, and give the same answer everywhere.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckOptions, CheckResult } from './types.ts';

export { formatProblem, formatProblems, sortProblems, type Problem } from './problem.ts';
export { summaries } from './messages.ts';
export type { CheckOptions, CheckResult } from './types.ts';

export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  // Plain Node: let `astro:content` resolve to our module before the content model loads.
  await import('./register.ts');
  const run = await import('./run.ts');
  if (run.readsReferences()) return run.runChecks(options);
  return checkElsewhere(options);
}

/**
 * The checks in a process of their own, so that the caller goes on meanwhile (`npm run build`
 * prepares a fast rebuild) and has all their memory back once they end: a worker thread's
 * memory stays with the process it ran in (at 20,000 articles, some 380 MB of the build's
 * process for as long as Astro ran after them). The result has no facts: only the problems and
 * the counts.
 */
export function checkContentInBackground(options: CheckOptions): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./standalone.ts', import.meta.url)), { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    // The caller ending (a failure, a signal) ends the checks.
    const stop = () => child.kill();
    process.once('exit', stop);
    let done = false;
    child.once('message', (result: CheckResult) => {
      done = true;
      resolve(result);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('exit', stop);
      if (!done) reject(new Error(`the content checks stopped with ${signal ? `the signal ${signal}` : `exit code ${code}`}`));
    });
    child.send({ options, facts: false });
  });
}

/** Runs the checks on a worker thread, where src/check/register.ts decides what `astro:content` is. */
function checkElsewhere(options: CheckOptions): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./standalone.ts', import.meta.url), { workerData: { options } });
    worker.once('message', (result: CheckResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the content checks stopped with exit code ${code}`));
    });
  });
}
