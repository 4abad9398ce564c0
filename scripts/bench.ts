/**
 * `npm run bench`: measures the build at newsroom sizes, against a plain Astro site.
 *
 *   npm run bench                          # 1,000, 5,000 and 20,000 articles
 *   npm run bench -- --sizes 1000,5000     # some sizes only (the others' last results are kept)
 *   npm run bench -- --no-baseline         # skip the plain-Astro baseline
 *   npm run bench -- --keep                # keep the work folder (corpora, sites, logs)
 *   npm run bench -- --work DIR            # where to work (default: a folder in the system's temp)
 *   npm run bench -- --report              # only write the table again from bench/results.json
 *
 * For each size it generates a synthetic corpus (scripts/lib/synthetic-corpus.ts: about two
 * claims and eight mentions per article, ten articles per story, outlets, entities, quotes,
 * contradictions) and measures, one after another:
 *
 * 1. our cold build (`npm run build` with every cache empty: every preview image is drawn);
 * 2. our clean build (every cache empty but the preview images, which are cached by their
 *    content and which the baseline does not draw at all): what the baseline is compared with;
 * 3. our rebuild after one new article is added (incremental), three times, each after another
 *    new article (the table gives their median);
 * 4. `npm run check`, cold (no cache) and warm (nothing changed);
 * 5. the same corpus built by the plain Astro site in bench/plain-astro/ (glob() collections,
 *    an article page and a claim page): cold, and again after the same new article.
 *
 * Each is timed (wall clock and CPU time) with its peak memory: the resident memory of the
 * whole process tree (the build, Astro, Pagefind), sampled every 100 ms from /proc. Each starts
 * once what the step before wrote is on disk (`sync`). Builds run in
 * a copy of the project (src/, scripts/, the config, bench/) whose node_modules links to the
 * project's packages but has caches of its own, so "cold" is cold and the project's own caches
 * are left alone. Results go to bench/results.json and, as a table, to docs/benchmarks.md
 * (between its `bench:start` and `bench:end` markers; the rest of the file is kept).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commandLine } from './lib/command-line.ts';
import { END, formatResults, medianRun, number, START, type Results, type Run, type SizeResult } from './lib/bench-report.ts';
import { generateCorpus, writeCorpus } from './lib/synthetic-corpus.ts';

const root = path.resolve(import.meta.dirname, '..');
/** This run of the benchmark (see `SizeResult.run`). */
const RUN = new Date().toISOString();
const usage = `Usage: npm run bench [-- --sizes 1000,5000,20000] [--no-baseline] [--keep] [--work DIR] [--doc FILE] [--results FILE] [--report]

Measures the build at newsroom sizes against a plain-Astro baseline, and writes the table of docs/benchmarks.md.
  --sizes LIST     article counts to measure (default 1000,5000,20000); the others' last results are kept
  --no-baseline    skip the plain-Astro baseline
  --keep           keep the work folder (corpora, sites, logs)
  --work DIR       where to work (default: a folder in the system's temp)
  --doc FILE       the document whose table is written (default docs/benchmarks.md)
  --results FILE   where results are kept (default bench/results.json)
  --report         only write the table again from the results
`;
const { values } = commandLine('npm run bench', {
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    'no-baseline': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    work: { type: 'string' },
    doc: { type: 'string', default: 'docs/benchmarks.md' },
    results: { type: 'string', default: 'bench/results.json' },
    /** Only write docs/benchmarks.md again from bench/results.json. */
    report: { type: 'boolean', default: false },
  },
}, usage);
const sizes = values.sizes
  .split(',')
  .map((s) => Number(s.trim().replace(/_/g, '')))
  .filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) {
  process.stderr.write('--sizes takes a list of article counts, as in --sizes 1000,5000\n');
  process.exit(2);
}
const withBaseline = !values['no-baseline'];
const work = path.resolve(values.work ?? (values.report ? os.tmpdir() : mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-'))));
const project = path.join(work, 'project');
const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** Both builds may use more than Node's default heap at 20,000 articles: the point is to measure it, not to crash. */
const heap = '--max-old-space-size=12288';

const say = (line: string) => process.stdout.write(`${line}\n`);
/**
 * Rebuilds measured, each after another new article: one rebuild's time varies by a second or
 * more on these machines, and the table reports their median.
 */
const REBUILDS = 3;

/** The resident memory of a process and all its descendants, in bytes. */
function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const rss = /VmRSS:\s+(\d+) kB/.exec(status);
      if (rss) total += Number(rss[1]) * 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/** Runs a command, timing it and sampling its memory; its output goes to `log`, and key lines to the screen. */
function measure(label: string, command: string[], options: { cwd: string; env: Record<string, string>; log: string }): Promise<Run & { output: string }> {
  // What the step before wrote goes to disk first, so that its writes are not charged to this one.
  spawnSync('sync');
  const timeFile = path.join(work, `time-${process.pid}.txt`);
  const argv = timeBinary ? [timeBinary, '-f', '%e %U %S', '-o', timeFile, ...command] : command;
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, env: { ...process.env, ...options.env, FORCE_COLOR: '0' } });
  let output = '';
  let peak = 0;
  let lastNote = Date.now();
  const keyLine = /^(Checked|Rendered|Built|Search index|Changes|\s+\d[\d,]* new article|.*page\(s\) built|.*\[ERROR\]|.*problem)/;
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    for (const line of text.split('\n')) if (keyLine.test(line)) say(`    ${line.replace(/^\d\d:\d\d:\d\d /, '').trim()}`);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    if (Date.now() - lastNote > 15_000) {
      lastNote = Date.now();
      say(`    … ${label}: ${number((performance.now() - started) / 1000)} s, ${number(peak / 2 ** 20)} MB so far`);
    }
  }, 100);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearInterval(sampler);
      const wall = (performance.now() - started) / 1000;
      writeFileSync(options.log, output);
      let cpu: number | undefined;
      if (timeBinary && existsSync(timeFile)) {
        const fields = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        cpu = (fields[1] ?? 0) + (fields[2] ?? 0);
        rmSync(timeFile, { force: true });
      }
      if (code !== 0) {
        reject(new Error(`${label} failed (exit code ${code}); its output is in ${options.log}:\n${output.split('\n').slice(-30).join('\n')}`));
        return;
      }
      resolve({ wall, cpu, peakMB: peak / 2 ** 20, output });
    });
  });
}

/** A copy of the project to build in: its code, with node_modules linking to the project's packages but caches of its own. */
function prepareProject(): void {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  for (const entry of ['src', 'scripts', 'public', 'bench', 'astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    if (existsSync(path.join(root, entry))) {
      cpSync(path.join(root, entry), path.join(project, entry), {
        recursive: true,
        filter: (source) => !/[/\\](node_modules|dist|\.astro)([/\\]|$)/.test(path.relative(root, source)),
      });
    }
  }
  const modules = path.join(project, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    // Caches stay per copy: .cache (checks, previews), .astro (content store), .vite.
    if (name === '.cache' || name === '.astro' || name.startsWith('.vite')) continue;
    symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name));
  }
}

/** Empties every cache (with `keepPreviews`, all but the preview images, which are cached by content). */
function emptyCaches(keepPreviews = false): void {
  const caches = ['node_modules/.astro', 'node_modules/.vite', '.astro', 'bench/plain-astro/node_modules', 'bench/plain-astro/.astro'];
  if (keepPreviews) {
    for (const name of readdirSync(path.join(project, 'node_modules/.cache'), { withFileTypes: true })) {
      if (name.name !== 'crosscheck-previews') caches.push(`node_modules/.cache/${name.name}`);
    }
  } else caches.push('node_modules/.cache');
  for (const dir of caches) rmSync(path.join(project, dir), { recursive: true, force: true });
}

/**
 * The `n`th article a rebuild adds (from 1): it disputes two claims of the first story, asserts
 * four, and makes two new ones.
 */
function addArticle(content: string, n: number): void {
  const suffix = n === 1 ? '' : `-${n}`;
  const claims = readdirSync(path.join(content, 'claims'))
    .filter((f) => !f.startsWith('bench-new-'))
    .sort()
    .slice(0, 6)
    .map((f) => f.replace(/\.md$/, ''));
  const firstClaim = readFileSync(path.join(content, 'claims', `${claims[0]}.md`), 'utf8');
  const story = /^story: (.+)$/m.exec(firstClaim)![1]!;
  const outlet = readdirSync(path.join(content, 'outlets')).sort()[0]!.replace(/\.ya?ml$/, '');
  const [one, two] = [`bench-new-claim-one${suffix}`, `bench-new-claim-two${suffix}`];
  for (const id of [one, two]) {
    writeFileSync(path.join(content, 'claims', `${id}.md`), `---\nstatement: "A claim only the new article makes (${id})."\nstory: ${story}\nkind: fact\n---\n`);
  }
  const mentions = [
    ...claims.slice(0, 2).map((id) => `Officials :claim[rejected this account]{#${id} stance=disputes} on Monday.`),
    ...claims.slice(2, 6).map((id) => `The report :claim[confirms the account]{#${id}} in full.`),
    `It adds :claim[something no one reported before]{#${one}}.`,
    `And :claim[one more new thing]{#${two}}.`,
  ];
  writeFileSync(
    path.join(content, 'articles', `bench-new-article${suffix}.md`),
    [
      '---',
      `headline: "A new article, added to measure the rebuild${n === 1 ? '' : ` (${n})`}"`,
      `outlet: ${outlet}`,
      `url: https://example.org/bench/new-article${suffix}`,
      'published: 2026-09-01',
      `story: ${story}`,
      'summary: "The article the benchmark adds before measuring a rebuild."',
      'kind: report',
      'added: 2026-09-02',
      '---',
      '',
      ...mentions.map((m) => `> ${m}\n`),
    ].join('\n'),
  );
}

function pagesOf(output: string): { rendered?: number; pages?: number } {
  const incremental = /Rendered ([\d,]+) of ([\d,]+) pages/.exec(output);
  if (incremental) return { rendered: Number(incremental[1]!.replace(/,/g, '')), pages: Number(incremental[2]!.replace(/,/g, '')) };
  const full = /Rendered ([\d,]+) pages/.exec(output);
  if (full) return { rendered: Number(full[1]!.replace(/,/g, '')), pages: Number(full[1]!.replace(/,/g, '')) };
  const astro = /(\d+) page\(s\) built/.exec(output);
  if (astro) return { rendered: Number(astro[1]), pages: Number(astro[1]) };
  return {};
}

const strip = <T extends Run & { output: string }>(run: T): Run => {
  const { output, ...rest } = run;
  return { ...rest, ...pagesOf(output) };
};

async function benchSize(articles: number): Promise<SizeResult> {
  const dir = path.join(work, `size-${articles}`);
  const content = path.join(dir, 'content');
  const logs = path.join(dir, 'logs');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  say(`\n${number(articles)} articles`);
  say('  Generating the corpus…');
  const corpus = generateCorpus({ articles });
  writeCorpus(content, corpus);
  say(`    ${number(corpus.files.size)} files: ${number(corpus.counts.claims)} claims, ${number(corpus.counts.mentions)} mentions, ${number(corpus.counts.stories)} stories`);
  const result: SizeResult = {
    articles,
    files: corpus.files.size,
    claims: corpus.counts.claims,
    mentions: corpus.counts.mentions,
    date: new Date().toISOString().slice(0, 10),
    run: RUN,
    load: os.loadavg()[0]!,
    ours: undefined as never,
  };

  const env = { CROSSCHECK_CONTENT: path.relative(project, content), NODE_OPTIONS: heap };
  // As `npm run build` runs it (package.json).
  const build = ['node', '--max-semi-space-size=64', 'scripts/build.ts', '--out', path.join(dir, 'dist')];
  const check = ['node', '--import', './src/check/register.ts', 'scripts/check.ts'];
  emptyCaches();

  say('  Our cold build (every cache empty)…');
  const cold = strip(await measure('cold build', build, { cwd: project, env, log: path.join(logs, 'cold.log') }));
  say(`    ${number(cold.wall, 1)} s, ${number(cold.peakMB)} MB`);

  say('  Our clean build (every cache empty but the preview images, as the baseline draws none)…');
  emptyCaches(true);
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  const clean = strip(await measure('clean build', build, { cwd: project, env, log: path.join(logs, 'clean.log') }));
  say(`    ${number(clean.wall, 1)} s, ${number(clean.peakMB)} MB`);

  const rebuilds: Run[] = [];
  for (let n = 1; n <= REBUILDS; n++) {
    say(`  Adding one article, and rebuilding (${n} of ${REBUILDS})…`);
    addArticle(content, n);
    const log = path.join(logs, n === 1 ? 'rebuild.log' : `rebuild-${n}.log`);
    const rebuild = strip(await measure('rebuild', build, { cwd: project, env, log }));
    say(`    ${number(rebuild.wall, 1)} s, ${number(rebuild.peakMB)} MB`);
    rebuilds.push(rebuild);
  }
  const rebuild = medianRun(rebuilds);

  say('  npm run check, cold and warm…');
  rmSync(path.join(project, 'node_modules/.cache/crosscheck'), { recursive: true, force: true });
  const checkCold = strip(await measure('check (cold)', check, { cwd: project, env, log: path.join(logs, 'check-cold.log') }));
  const checkWarm = strip(await measure('check (warm)', check, { cwd: project, env, log: path.join(logs, 'check-warm.log') }));
  say(`    ${number(checkCold.wall, 1)} s cold, ${number(checkWarm.wall, 1)} s warm`);
  result.ours = { cold, clean, rebuild, rebuilds, checkCold, checkWarm };

  if (withBaseline) {
    // The same corpus, as it was before the new article, for the baseline's cold build.
    rmSync(content, { recursive: true, force: true });
    writeCorpus(content, corpus);
    const astro = ['node', path.join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', 'bench/plain-astro'];
    const baseEnv = { BENCH_CONTENT: content, BENCH_OUT: path.join(dir, 'baseline-dist'), NODE_OPTIONS: heap };
    say('  The plain-Astro baseline, cold…');
    const baseCold = strip(await measure('baseline cold build', astro, { cwd: project, env: baseEnv, log: path.join(logs, 'baseline-cold.log') }));
    say(`    ${number(baseCold.wall, 1)} s, ${number(baseCold.peakMB)} MB`);
    say('  The baseline after the same new article…');
    addArticle(content, 1);
    const baseRebuild = strip(await measure('baseline rebuild', astro, { cwd: project, env: baseEnv, log: path.join(logs, 'baseline-rebuild.log') }));
    say(`    ${number(baseRebuild.wall, 1)} s, ${number(baseRebuild.peakMB)} MB`);
    result.baseline = { cold: baseCold, rebuild: baseRebuild };
  }
  if (!values.keep) {
    for (const name of ['dist', 'baseline-dist']) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  return result;
}

function astroVersion(): string {
  return (JSON.parse(readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
}


function writeDoc(results: Results): void {
  const doc = path.resolve(root, values.doc);
  const table = formatResults(results);
  let text = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(START.slice(0, 20));
  const end = text.indexOf(END);
  if (start !== -1 && end !== -1) text = `${text.slice(0, start)}${table}${text.slice(end + END.length)}`;
  else text = `${text.trimEnd()}\n\n## Build, rebuild and checks at scale (\`npm run bench\`)\n\n${table}\n`;
  mkdirSync(path.dirname(doc), { recursive: true });
  writeFileSync(doc, text);
}

if (import.meta.main && values.report) {
  const results = JSON.parse(readFileSync(path.resolve(root, values.results), 'utf8')) as Results;
  writeDoc(results);
  say(`Wrote ${values.doc} from ${values.results}.`);
} else if (import.meta.main) {
  say(`Benchmark: ${sizes.map((n) => number(n)).join(', ')} articles${withBaseline ? ', with the plain-Astro baseline' : ''}. Working in ${work}.`);
  if (!timeBinary) say('(No /usr/bin/time: CPU times are not measured.)');
  const resultsFile = path.resolve(root, values.results);
  const results: Results = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Results) : { machine: undefined as never, sizes: {} };
  results.machine = {
    cpus: os.availableParallelism(),
    model: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.versions.node,
    astro: astroVersion(),
    os: `${os.type()} ${os.release()}`,
  };
  say('Copying the project…');
  prepareProject();
  const started = performance.now();
  try {
    for (const articles of sizes) {
      results.sizes[String(articles)] = await benchSize(articles);
      mkdirSync(path.dirname(resultsFile), { recursive: true });
      writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
      writeDoc(results);
    }
  } finally {
    if (!values.keep && !values.work) rmSync(work, { recursive: true, force: true });
  }
  say(`\nDone in ${number((performance.now() - started) / 60_000, 1)} min. Results: ${path.relative(root, resultsFile)} and ${values.doc}.`);
  say(formatResults(results).split('\n').filter((l) => !l.startsWith('<!--')).join('\n'));
}
