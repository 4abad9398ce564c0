/**
 * `npm run check`: checks all content without rendering a page, and prints every problem as
 * `path:line:column  message [code]`. Exits with 1 when there is any. Notices (what readers will
 * miss, such as an image's description) are printed the same way, and do not fail the check.
 *
 *   npm run check                              # content/
 *   CROSSCHECK_CONTENT=DIR npm run check       # another content folder
 *   CROSSCHECK_ARCHIVE=DIR npm run check       # verify quotes against another archive folder
 *   npm run check -- --timing                  # also print how long it took and what was cached
 */
import './lib/compile-cache.ts';
import path from 'node:path';
import { checkContent, formatProblems, summaries } from '../src/check/index.ts';
import { commandLine } from './lib/command-line.ts';
import { heartbeat } from './lib/heartbeat.ts';

const root = path.resolve(import.meta.dirname, '..');
const usage = `Usage: npm run check [-- --timing]

Checks all content without rendering a page; prints every problem as path:line:column  message.
  --timing  also print how long it took and what was cached
CROSSCHECK_CONTENT=DIR checks another content folder; CROSSCHECK_ARCHIVE=DIR verifies quotes against another archive.
`;
const { values } = commandLine('npm run check', { options: { timing: { type: 'boolean', default: false } } }, usage);
const started = performance.now();
const stillChecking = heartbeat('checking');
const result = await checkContent({ root, contentDir: process.env.CROSSCHECK_CONTENT ?? 'content' });
stillChecking();
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (result.problems.length > 0) {
  const files = new Set(result.problems.map((p) => p.file)).size;
  process.stderr.write(`${formatProblems(result.problems)}\n\n${summaries.problems(result.problems.length, files, result.files)}\n`);
} else {
  process.stdout.write(`${summaries.clean(result.files)}\n`);
}
if (result.notices.length > 0) {
  const files = new Set(result.notices.map((p) => p.file)).size;
  process.stdout.write(`${formatProblems(result.notices)}\n\n${summaries.notices(result.notices.length, files)}\n`);
}
// Not a problem (another machine may hold part of the archive), but the editor should know.
if (result.quotes.articles > 0 && result.quotes.missing.length > 0) process.stdout.write(`${summaries.unverified(result.quotes.missing)}\n`);
if (values.timing) {
  process.stdout.write(
    `${seconds} s: ${result.parsed} files read, ${result.cached} from the cache (${result.untouched} unchanged in size and time); ${result.quotes.spans} spans verified in ${result.quotes.articles} archived articles.\n`,
  );
}
process.exitCode = result.problems.length > 0 ? 1 : 0;
