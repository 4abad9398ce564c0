/**
 * `npm run build`: check the content, build the site into a temporary folder beside `dist/`,
 * run the post-build steps on it, and only when every step succeeded put it in place of
 * `dist/`. A failed build of any kind (content problems, Astro failing, a post-build step
 * failing, the build being interrupted or crashing) leaves the previous `dist/` exactly as it
 * was, and removes the temporary folder.
 *
 *   npm run build                          # content/ → dist/
 *   npm run build -- --out DIR             # another output folder
 *   npm run build -- --force               # render every page, with Astro's caches emptied
 *   npm run build -- --changes FILE        # also write the change summary's JSON to FILE (a failed build removes it)
 *   CROSSCHECK_CONTENT=DIR npm run build   # another content folder
 *
 * Builds are incremental: a page whose data (its `cacheKey`, src/data/incremental.ts) and code
 * are unchanged is copied from Astro's cache instead of being rendered again (the build says how
 * many it rendered), and the result is the same, byte for byte, as a full build. After the swap
 * the build prints what changed since the previous site (scripts/lib/changes.ts: new articles and
 * claims, new evidence, status changes, new and ended contradictions, edited and renamed records)
 * and writes it as JSON.
 *
 * The swap is two renames (the old site aside, the new one in), with the old one put back if
 * the second fails. A crash in the instant between them leaves `dist/` missing but the old site
 * intact beside it; the next build (or `npm run build` at once) puts it back first. Two builds
 * into the same folder cannot run at once: the second waits for nothing and says so. Full builds
 * of the project into other folders (or of other content) run Astro one at a time: the second
 * waits for the first's Astro to end, and says so (Astro compiles the site into the project's
 * `.astro/`).
 *
 * For the tests of these guarantees, CROSSCHECK_BUILD_FAILPOINT makes the build fail on purpose
 * at one step: `post-build` (a post-build step throws), `crash` (the build itself throws after
 * Astro finished) or `mid-swap` (the process is killed between the two renames).
 */
import './lib/compile-cache.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContentInBackground, formatProblems, summaries } from '../src/check/index.ts';
import { listFiles } from '../src/data/source-files.ts';
import { changesFile, EXPORT_FILE, formatChanges, keepSlice, sliceOf, type ChangeSummary, type ExportSlice } from './lib/changes.ts';
import type { Corpus } from '../src/lib/corpus.ts';
import type { OpenData } from '../src/open-data/schema.ts';
import { describeProgress, type FastProgress } from './lib/fast/progress.ts';
import { fastRebuild, linkInWorker, type FastOutcome } from './lib/fast/rebuild.ts';
import { isPreviewCardsMessage, previewsLine, publishPreviews } from './lib/previews.ts';
import type { PreviewCard } from '../src/previews/cards.ts';
import { currentDir, dropPending, pendingDir, preparedSpareDir, publishState, spareDir, stateRoot } from './lib/fast/state.ts';
import { commandLine } from './lib/command-line.ts';
import { heartbeat } from './lib/heartbeat.ts';
import { postBuildSteps, type PostBuildStep } from './lib/post-build.ts';
import { runWorker, stopWorkers } from './lib/run-worker.ts';
import { settingProblems } from './lib/settings.ts';

const root = path.resolve(import.meta.dirname, '..');
const usage = `Usage: npm run build [-- --force] [--out DIR] [--changes FILE]

Checks the content, builds the site into a temporary folder and puts it in place of dist/,
or leaves the previous site as it was if anything fails.
  --force         render every page (by default, when only the content changed, only the pages it affects)
  --out DIR       publish into DIR instead of dist/
  --changes FILE  also write the change summary (JSON) to FILE (removed first: a build that fails leaves none)
CROSSCHECK_CONTENT=DIR builds another content folder; CROSSCHECK_ARCHIVE=DIR verifies quotes against another archive.
CROSSCHECK_SITE (the public address), CROSSCHECK_BASE (the path under it) and CROSSCHECK_FEED_IDS
(a moved site's old address): see docs/deploying.md.
`;
const { values } = commandLine('npm run build', { options: { out: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false }, changes: { type: 'string' } } }, usage);
const out = path.resolve(root, values.out ?? 'dist');
// The summary --changes names is this build's or none: a tool reading it after a build that
// failed must not take the previous build's for this one's (it is written again after the swap).
if (values.changes) rmSync(path.resolve(root, values.changes), { force: true });
// A setting the build cannot use stops it here, saying what to write, before any work is done.
const badSettings = settingProblems(process.env);
if (badSettings.length > 0) {
  process.stderr.write(`${badSettings.join('\n')}\nNothing was built or published.\n`);
  process.exit(1);
}
const contentDir = process.env.CROSSCHECK_CONTENT ?? 'content';
const failpoint = process.env.CROSSCHECK_BUILD_FAILPOINT ?? '';
const shownOut = (path.relative(root, out) || '.').split(path.sep).join('/');

const parent = path.dirname(out);
const base = path.basename(out);
/** Temporary folders are `.dist.tmp-<pid>` (the new site) and `.dist.tmp-<pid>-old` (the old one, during the swap). */
const tmpPrefix = `.${base}.tmp-`;
const tmp = path.join(parent, `${tmpPrefix}${process.pid}`);
const old = `${tmp}-old`;
const lock = path.join(parent, `.${base}.lock`);
/** What this build keeps for the next fast rebuild (scripts/lib/fast/state.ts). */
const stateDir = stateRoot(root, out, contentDir);
const pending = pendingDir(stateDir);

let child: ChildProcess | undefined;
let holdsLock = false;
/**
 * Astro's builds of this project share its `.astro/` folder, where Astro compiles the site
 * (`.astro/.prerender/`) whatever the output and content folders: two at once broke each other
 * ("Cannot find module …/.astro/.prerender/chunks/…"), or could render one's pages with the
 * other's compiled site. So a full build runs Astro only while it holds this lock (a folder, as
 * the output folder's), and waits for another build's Astro to end; a fast rebuild, which does
 * not start Astro, does not take it.
 */
const astroLock = path.join(root, 'node_modules/.cache/crosscheck/astro-build.lock');
let holdsAstroLock = false;
let swapped = false;
/** Whether there is a previous site to keep (known once an interrupted swap is undone). */
let hadSite = false;

/** Leaves nothing behind but the previous site: runs on every way out of the process. */
function cleanUp() {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (!swapped) {
    // Retried: a process stopped a moment ago (Pagefind's) may have been writing into it.
    rmSync(tmp, { recursive: true, force: true, maxRetries: 5 });
    rmSync(pending, { recursive: true, force: true });
    rmSync(preparedSpareDir(stateDir), { recursive: true, force: true });
    // Only if the swap had begun: the old site goes back where it was.
    if (existsSync(old) && !existsSync(out)) renameSync(old, out);
  }
  rmSync(old, { recursive: true, force: true });
  releaseAstroLock();
  if (holdsLock) {
    rmSync(lock, { recursive: true, force: true });
    holdsLock = false;
  }
}

/**
 * The replaced site, once the new one is in place: moved out of the way at once and kept as the
 * spare the next fast rebuild makes its folder from (scripts/lib/fast/state.ts: `spareDir`),
 * in place of the spare before it, which is deleted by a process of its own, so that the build
 * does not wait for tens of thousands of files to go (a leftover is removed by the next build).
 * Deleted here when it cannot be moved. The spare this build `prepared`, when there is one,
 * takes its place (see {@link prepareSpare}).
 */
function discardOld(prepared: string | undefined) {
  const next = prepared ?? (existsSync(old) ? old : undefined);
  if (!next) return;
  const spare = spareDir(stateDir);
  const trash = path.join(stateDir, `trash-${process.pid}`);
  try {
    mkdirSync(stateDir, { recursive: true });
    if (existsSync(spare)) renameSync(spare, trash);
    renameSync(next, spare);
  } catch {
    // Another file system: cleanUp() deletes the replaced site; a prepared spare goes too.
    if (prepared) rmSync(prepared, { recursive: true, force: true });
    return;
  }
  if (!existsSync(trash)) return;
  try {
    const remover = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', trash], {
      detached: true,
      stdio: 'ignore',
    });
    remover.on('error', () => rmSync(trash, { recursive: true, force: true }));
    remover.unref();
  } catch {
    rmSync(trash, { recursive: true, force: true });
  }
}

function fail(message: string, code = 1): never {
  cleanUp();
  process.stderr.write(`${message}\n${hadSite ? summaries.keptPrevious(shownOut) : 'Nothing was published.'}\n`);
  process.exit(code);
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Tries to take the lock folder `dir` (made atomically, with the taker's pid in it): taken, or
 * held by `holder` (0 while its holder has not written its pid), `stale` when the lock may be
 * taken over: its holder is gone, it never wrote its pid within 5 s, or the folder just went.
 */
function tryLock(dir: string): { taken: true } | { taken: false; holder: number; stale: boolean } {
  try {
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'pid'), String(process.pid));
    return { taken: true };
  } catch {
    let holder = 0;
    try {
      holder = Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
    } catch {
      // Its holder has not written its pid yet, or died before it did.
    }
    const made = statSync(dir, { throwIfNoEntry: false })?.mtimeMs;
    return { taken: false, holder, stale: made === undefined || (holder ? !alive(holder) : Date.now() - made > 5_000) };
  }
}

/** One build at a time per output folder: the second says so and stops. */
function takeLock() {
  mkdirSync(parent, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    const taking = tryLock(lock);
    if (taking.taken) {
      holdsLock = true;
      return;
    }
    if (!taking.stale) fail(summaries.busy(shownOut, taking.holder));
    rmSync(lock, { recursive: true, force: true });
  }
  fail(summaries.busy(shownOut, 0));
}

/** Waits until no other build of the project runs Astro, then takes {@link astroLock}. */
async function takeAstroLock(): Promise<void> {
  mkdirSync(path.dirname(astroLock), { recursive: true });
  let said = false;
  for (;;) {
    const taking = tryLock(astroLock);
    if (taking.taken) {
      holdsAstroLock = true;
      return;
    }
    if (taking.stale) {
      rmSync(astroLock, { recursive: true, force: true });
      continue;
    }
    if (!said) process.stdout.write(`Waiting for another build of this project${taking.holder ? ` (process ${taking.holder})` : ''} to finish with Astro: Astro's builds share the project's .astro/ folder, so they run one at a time.\n`);
    said = true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function releaseAstroLock(): void {
  if (!holdsAstroLock) return;
  rmSync(astroLock, { recursive: true, force: true });
  holdsAstroLock = false;
}

/**
 * Puts back what an earlier build left when it was killed: the old site, if it was killed in
 * the middle of the swap, and the temporary folders of builds that are no longer running.
 */
function recover() {
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(tmpPrefix)) continue;
    const match = /^(\d+)(-old)?$/.exec(name.slice(tmpPrefix.length));
    if (!match || alive(Number(match[1]))) continue;
    const full = path.join(parent, name);
    if (match[2] && !existsSync(out)) renameSync(full, out);
    else rmSync(full, { recursive: true, force: true });
  }
}

let aborting = false;
/**
 * Fails once the worker threads have stopped (the search index may be being written into the
 * new site's folder meanwhile, scripts/lib/run-worker.ts): then nothing is left behind.
 */
async function abort(message: string, code = 1): Promise<never> {
  // The first failure ends the process; the build goes no further meanwhile.
  if (aborting) return new Promise<never>(() => {});
  aborting = true;
  await stopWorkers();
  fail(message, code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => void abort(summaries.interrupted(signal), 128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const)[signal]));
}
process.on('uncaughtException', (error) => void abort(summaries.crashed(error.message)));
process.on('unhandledRejection', (error) => void abort(summaries.crashed(error instanceof Error ? error.message : String(error))));
process.on('exit', cleanUp);

/**
 * A full build into an empty output folder replaces no site, so it leaves no spare, and the next
 * fast rebuild would make each of the site's folders again (16,600 at 5,000 articles: about 2 s
 * of kernel time, on the core the search index and the checks need). So the build makes one
 * while its post-build steps run, on a worker thread: a copy of the new site made of hard links,
 * which costs no disk space beyond its folders and is already what the next rebuild's folder
 * starts as (scripts/lib/fast/link-worker.ts keeps a file that is already a link to the
 * previous site's). The files the post-build steps add meanwhile are linked by that rebuild.
 * Resolves with its folder, or with nothing when it could not be made (on another file system,
 * for one): the build goes on without it.
 */
async function prepareSpare(): Promise<string | undefined> {
  const dir = preparedSpareDir(stateDir);
  try {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await linkInWorker(tmp, dir, listFiles(tmp, '.'), []);
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}
let preparingSpare: Promise<string | undefined> | undefined;

/**
 * Astro with incremental builds on (scripts/lib/astro-build.ts): unchanged pages are reused. It
 * sends the cards of the site's preview images, which this process publishes once Astro's has
 * ended. Resolves with them, or with what went wrong.
 */
function runAstro(): Promise<{ cards: PreviewCard[] } | { failure: string }> {
  const args = [path.join(root, 'scripts/lib/astro-build.ts'), '--out', tmp, '--keep', pending, '--content', contentDir, ...(values.force ? ['--force'] : [])];
  return new Promise((resolve) => {
    let cards: PreviewCard[] | undefined;
    child = spawn(process.execPath, args, { cwd: root, stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { ...process.env, CROSSCHECK_CHECKED: '1' } });
    child.on('message', (message) => {
      if (isPreviewCardsMessage(message)) cards = message.previewCards;
    });
    child.once('error', (error) => resolve({ failure: error.message }));
    child.once('close', (code, signal) => {
      if (code !== 0) resolve({ failure: signal ? `the signal ${signal}` : `exit code ${code}` });
      else if (!cards) resolve({ failure: 'no list of the preview images' });
      else resolve({ cards });
    });
  });
}

// The output folder must be a folder of its own: never the project, one of its parents, or the content.
const contentAbs = path.resolve(root, contentDir);
const inside = (a: string, b: string) => a === b || a.startsWith(b + path.sep);
if (inside(root, out) || inside(out, contentAbs) || inside(contentAbs, out) || inside(out, path.join(root, 'src'))) {
  process.stderr.write(`--out ${shownOut} would overwrite the project or its content. Choose an output folder of its own, such as dist.\n`);
  process.exit(2);
}

const started = performance.now();
takeLock();
recover();
hadSite = existsSync(out);

/**
 * The content checks run in a process of their own while a fast rebuild is prepared here; nothing
 * is published, and Astro does not start, until they have passed.
 */
process.stdout.write('Checking the content…\n');
const checkStarted = performance.now();
let checkFinished = 0;
const checking = checkContentInBackground({ root, contentDir }).then((result) => {
  checkFinished = performance.now();
  return result;
});

rmSync(tmp, { recursive: true, force: true });
dropPending(stateDir, alive);

/** The fast rebuild's lines, shown once the checks have passed. */
const fastLines: string[] = [];
/** What the fast rebuild is doing, shown while the build waits for it (scripts/lib/fast/progress.ts). */
let fastProgress: FastProgress | undefined;
/** What the site's code logged as errors or warnings while the fast rebuild rendered: printed, as the lines above, only once the checks pass. */
const fastWarnings: string[] = [];

/**
 * The post-build steps run together: the search index is written on a worker thread, by
 * Pagefind's own process (a fast rebuild starts it as soon as the pages it reads are in place),
 * and meanwhile this thread checks the published URLs and writes a fast rebuild's sitemap and
 * the state it keeps, and another compares the open-data exports for the change summary. The
 * steps' lines are printed once all are done, in the steps' order.
 */
let runningSteps = new Map<PostBuildStep, Promise<string[]>>();
let stepFailure: string | undefined;
function startStep(step: PostBuildStep, listed?: unknown): Promise<string[]> {
  let running = runningSteps.get(step);
  if (running) return running;
  running = (async () => {
    const stopHeartbeat = heartbeat(step.name);
    const stepStarted = performance.now();
    try {
      if (failpoint === 'post-build') throw new Error('failpoint "post-build"');
      const line = await step.run({ root, outDir: tmp, finalDir: out, contentDir, listed });
      const took = (performance.now() - stepStarted) / 1000;
      return [...(line ? [line] : []), ...(took >= 1 ? [`  (${step.name}: ${took.toFixed(1)} s)`] : [])];
    } catch (error) {
      stepFailure ??= `${step.name}: ${error instanceof Error ? error.message : String(error)}`;
      return [];
    } finally {
      stopHeartbeat();
    }
  })();
  runningSteps.set(step, running);
  return running;
}

/**
 * What the new site publishes that the previous one did not: their open-data exports compared, on
 * another thread, from the moment the new export is in place (a fast rebuild writes it first).
 */
let summarising: Promise<ChangeSummary | undefined> | undefined;
function startSummary(): Promise<ChangeSummary | undefined> {
  if (!summarising) {
    // The slices of the exports the two builds kept, where they are the exports' own (scripts/lib/changes.ts).
    const kept = { before: currentDir(stateDir), after: pending };
    summarising = runWorker<ChangeSummary | undefined>(new URL('./lib/changes-worker.ts', import.meta.url), { before: out, after: tmp, kept }, 'the change summary');
    summarising.catch(() => undefined); // Awaited below.
  }
  return summarising;
}

/** When only the content changed: the changed pages rendered with the previous build's compiled site (scripts/lib/fast/). */
async function tryFast(): Promise<FastOutcome> {
  const say = (line: string) => {
    fastLines.push(line);
  };
  /** The part of the new export the change summary reads, kept with this build's state. */
  let slice: ExportSlice | undefined;
  try {
    const early = [
      ...postBuildSteps.flatMap((step) => {
        const { reads, check } = step;
        if (!reads) return [];
        let listed: unknown;
        return [
          {
            reads: (corpus: Corpus) => {
              const read = reads(corpus);
              listed = read.listed;
              return read.files;
            },
            check: check && ((exported: OpenData) => check(exported, listed)),
            start: () => void startStep(step, listed),
          },
        ];
      }),
      {
        reads: () => new Set([EXPORT_FILE]),
        check: (exported: OpenData) => {
          slice = sliceOf(exported);
        },
        start: () => {
          keepSlice(pending, path.join(tmp, EXPORT_FILE), slice!);
          slice = undefined;
          void startSummary();
        },
      },
    ];
    const carry = postBuildSteps.flatMap((step) => step.carries ?? []);
    return await fastRebuild({ root, contentDir, out, tmp, stateDir, pending, say, warn: (line) => fastWarnings.push(line), early, carry, progress: (progress) => (fastProgress = progress) });
  } catch (error) {
    // A step started early must be done with the folder before it goes.
    await Promise.all([...runningSteps.values(), summarising?.catch(() => undefined)]);
    runningSteps = new Map();
    summarising = undefined;
    stepFailure = undefined;
    rmSync(tmp, { recursive: true, force: true });
    rmSync(pending, { recursive: true, force: true });
    return { built: false, reason: `the fast rebuild stopped (${error instanceof Error ? error.message : String(error)})` };
  }
}
// The fast rebuild's lines wait for the checks (above), and a change many pages show (a story's
// title) may take it minutes on a large site: meanwhile, what it is doing, and how many pages it
// has rendered of how many.
const stillRendering = heartbeat(() => describeProgress(fastProgress, checkFinished === 0));
const fast: FastOutcome = values.force ? { built: false, reason: '--force' } : await tryFast();
stillRendering();

const stillChecking = heartbeat('checking');
const checked = await checking;
stillChecking();
process.stdout.write(`Checked ${checked.files.toLocaleString('en-US')} files in ${(checked.seconds ?? (checkFinished - checkStarted) / 1000).toFixed(1)} s (${checked.cached.toLocaleString('en-US')} unchanged since the last check).\n`);
if (checked.problems.length > 0) {
  const files = new Set(checked.problems.map((p) => p.file)).size;
  const shownContent = (path.relative(root, contentAbs) || '.').split(path.sep).join('/');
  await abort(`${formatProblems(checked.problems)}\n\n${summaries.problems(checked.problems.length, files, checked.files)}\n${summaries.nothingBuilt(shownContent)}`);
}
if (checked.notices.length > 0) {
  const files = new Set(checked.notices.map((p) => p.file)).size;
  process.stdout.write(`${formatProblems(checked.notices)}\n${summaries.notices(checked.notices.length, files)}\n`);
}
for (const line of fastLines) process.stdout.write(`${line}\n`);
for (const line of fastWarnings) process.stderr.write(`${line}\n`);

if (fast.built) {
  process.stdout.write(`${summaries.rendered(fast.rendered, fast.total, fast.read)}\n`);
  process.stdout.write(`${previewsLine(fast.previews)}\n`);
  const names: Record<string, string> = { content: 'content', analysis: 'analysis and page keys', render: 'rendering', links: 'linking the rest', previews: 'preview images' };
  process.stdout.write(`  (${Object.entries(fast.timing).map(([step, s]) => `${names[step] ?? step} ${s.toFixed(1)} s`).join(', ')})\n`);
} else {
  if (!values.force) process.stdout.write(`Full build: ${fast.reason}.\n`);
  await takeAstroLock();
  const astro = await runAstro();
  releaseAstroLock();
  child = undefined;
  if ('failure' in astro) await abort(summaries.astroFailed(astro.failure));
  else {
    // The preview images, published here once Astro's process, which held the whole site, has ended (scripts/lib/previews.ts).
    const previews = await publishPreviews(astro.cards, tmp, { say: (line) => process.stdout.write(`${line}\n`) }).catch((error: unknown) =>
      abort(summaries.crashed(`publishing the preview images: ${error instanceof Error ? error.message : String(error)}`)),
    );
    process.stdout.write(`${previewsLine(previews)}\n`);
    if (!hadSite) preparingSpare = prepareSpare();
  }
}
if (!existsSync(path.join(tmp)) || readdirSync(tmp).length === 0) await abort(summaries.astroFailed('an empty site'));
if (failpoint === 'crash') throw new Error('failpoint "crash" after astro build');

const steps = [...postBuildSteps.filter((step) => step.background), ...postBuildSteps.filter((step) => !step.background)].map((step) => startStep(step));
startSummary();
if (fast.built) {
  try {
    await fast.finish();
  } catch (error) {
    await Promise.all(steps);
    await abort(summaries.postBuildFailed(`sitemap and rebuild state: ${error instanceof Error ? error.message : String(error)}`));
  }
}
await Promise.all(steps);
for (const step of postBuildSteps) for (const line of await startStep(step)) process.stdout.write(`${line}\n`);
if (stepFailure) await abort(summaries.postBuildFailed(stepFailure));
if (failpoint === 'post-build' && postBuildSteps.length === 0) await abort(summaries.postBuildFailed('failpoint: failpoint "post-build"'));
const changes = await startSummary().catch((error: unknown) => abort(summaries.postBuildFailed(`change summary: ${error instanceof Error ? error.message : String(error)}`)));

const prepared = await preparingSpare;
// The swap: the old site aside, the new one in its place (the old one back if that fails); never while the build is failing.
if (aborting) await new Promise<never>(() => {});
if (existsSync(out)) renameSync(out, old);
if (failpoint === 'mid-swap') process.kill(process.pid, 'SIGKILL');
try {
  renameSync(tmp, out);
} catch (error) {
  if (existsSync(old)) renameSync(old, out);
  throw error;
}
swapped = true;
discardOld(prepared);
cleanUp();
// The state this build kept now describes the published site.
try {
  publishState(stateDir, pending, out);
} catch {
  rmSync(pending, { recursive: true, force: true });
}
if (changes) {
  // In the project's cache, and where --changes says (for a newsroom's own tools to read).
  const files = [changesFile(root, out), ...(values.changes ? [path.resolve(root, values.changes)] : [])];
  for (const file of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(changes, null, 2)}\n`);
  }
  process.stdout.write(`${formatChanges(changes)}\n(Written to ${files.map((file) => path.relative(root, file).split(path.sep).join('/')).join(' and ')}.)\n`);
}
process.stdout.write(`${summaries.built(shownOut, ((performance.now() - started) / 1000).toFixed(1))}\n`);
