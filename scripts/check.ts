/**
 * `npm run check`: checks all content without rendering a page, and prints every problem as
 * `path:line:column  message [code]`. Exits with 1 when there is any. Notices (what readers will
 * miss, such as an image's description) are printed the same way, and do not fail the check.
 *
 *   npm run check                              # content/
 *   CROSSCHECK_CONTENT=DIR npm run check       # another content folder
 *   CROSSCHECK_ARCHIVE=DIR npm run check       # verify quotes against another archive folder
 *   npm run check -- --timing                  # also print how long it took and what was cached
 *   npm run check -- --unverified              # list every article whose archived text is missing
 *
 * The articles whose spans could not be verified (their archived text is not in the archive) are
 * listed when they are not those listed at the previous check, and otherwise counted in one line:
 * which were listed is kept in node_modules/.cache/crosscheck/ (src/check/quotes.ts, unverifiedReport).
 */
import './lib/compile-cache.ts';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblems, summaries } from '../src/check/index.ts';
import { commandLine } from './lib/command-line.ts';
import { heartbeat } from './lib/heartbeat.ts';

const root = path.resolve(import.meta.dirname, '..');
const usage = `Usage: npm run check [-- --timing] [--unverified]

Checks all content without rendering a page; prints every problem as path:line:column  message.
  --timing      also print how long it took and what was cached
  --unverified  list every article whose spans were not verified, its archived text missing
                (by default, those listed at the previous check are only counted)
CROSSCHECK_CONTENT=DIR checks another content folder; CROSSCHECK_ARCHIVE=DIR verifies quotes against another archive.
`;
const { values } = commandLine('npm run check', { options: { timing: { type: 'boolean', default: false }, unverified: { type: 'boolean', default: false } } }, usage);
const started = performance.now();
const stillChecking = heartbeat('checking');
const contentDir = process.env.CROSSCHECK_CONTENT ?? 'content';
const result = await checkContent({ root, contentDir });
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
// Not a problem (another machine may hold part of the archive), but the editor should know: in
// full when the list changed, else in one line (what was listed is kept for the next check).
// Asked for (--unverified), they are listed even when the archive holds no other article's text, and
// their absence is said.
if (values.unverified && result.quotes.missing.length === 0) process.stdout.write(`${summaries.allVerified(result.quotes.articles)}\n`);
if ((result.quotes.articles > 0 || values.unverified) && result.quotes.missing.length > 0) {
  const { unverifiedReport } = await import('../src/check/quotes.ts');
  const archive = path.resolve(root, process.env.CROSSCHECK_ARCHIVE || 'archive');
  const key = createHash('sha256').update(`${root}\0${path.resolve(root, contentDir)}\0${archive}`).digest('hex').slice(0, 16);
  const state = path.join(root, 'node_modules/.cache/crosscheck', `unverified-${key}.json`);
  let earlier: string[] | undefined;
  try {
    earlier = (JSON.parse(readFileSync(state, 'utf8')) as { listed: string[] }).listed;
  } catch {
    earlier = undefined;
  }
  const { line, listed } = unverifiedReport(result.quotes.missing, earlier, values.unverified);
  if (line) process.stdout.write(`${line}\n`);
  try {
    mkdirSync(path.dirname(state), { recursive: true });
    writeFileSync(state, JSON.stringify({ listed }));
  } catch {
    // Not kept: the next check lists them all again.
  }
}
if (values.timing) {
  process.stdout.write(
    `${seconds} s: ${result.parsed} files read, ${result.cached} from the cache (${result.untouched} unchanged in size and time); ${result.quotes.spans} spans verified in ${result.quotes.articles} archived articles.\n`,
  );
}
process.exitCode = result.problems.length > 0 ? 1 : 0;
