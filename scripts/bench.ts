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
 * 3. our rebuild after one new article is added (incremental);
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
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from './lib/synthetic-corpus.ts';

const root = path.resolve(import.meta.dirname, '..');
/** This run of the benchmark (see `SizeResult.run`). */
const RUN = new Date().toISOString();
const { values } = parseArgs({
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
});
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

const number = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const say = (line: string) => process.stdout.write(`${line}\n`);

export interface Run {
  /** Seconds, wall clock. */
  wall: number;
  /** Seconds of CPU (user + system) of the whole process tree, when /usr/bin/time is there. */
  cpu?: number | undefined;
  /** Peak resident memory of the process tree, MB. */
  peakMB: number;
  /** Pages the build rendered, and pages of the site. */
  rendered?: number | undefined;
  pages?: number | undefined;
}

export interface SizeResult {
  articles: number;
  files: number;
  claims: number;
  mentions: number;
  date: string;
  /**
   * When the `npm run bench` that measured it started: sizes measured in different runs are not
   * compared with each other (the machine's speed varies between runs).
   */
  run?: string | undefined;
  /** Load average (1 minute) when the size started: the machine may be shared. */
  load: number;
  ours: { cold: Run; clean?: Run | undefined; rebuild: Run; checkCold: Run; checkWarm: Run };
  baseline?: { cold: Run; rebuild: Run } | undefined;
}

interface Results {
  machine: { cpus: number; model: string; memoryGB: number; node: string; astro: string; os: string };
  sizes: Record<string, SizeResult>;
}

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

/** The article the rebuild adds: it disputes two claims of the first story, asserts four, and makes two new ones. */
function addArticle(content: string): void {
  const claims = readdirSync(path.join(content, 'claims')).sort().slice(0, 6).map((f) => f.replace(/\.md$/, ''));
  const firstClaim = readFileSync(path.join(content, 'claims', `${claims[0]}.md`), 'utf8');
  const story = /^story: (.+)$/m.exec(firstClaim)![1]!;
  const outlet = readdirSync(path.join(content, 'outlets')).sort()[0]!.replace(/\.ya?ml$/, '');
  for (const id of ['bench-new-claim-one', 'bench-new-claim-two']) {
    writeFileSync(path.join(content, 'claims', `${id}.md`), `---\nstatement: "A claim only the new article makes (${id})."\nstory: ${story}\nkind: fact\n---\n`);
  }
  const mentions = [
    ...claims.slice(0, 2).map((id) => `Officials :claim[rejected this account]{#${id} stance=disputes} on Monday.`),
    ...claims.slice(2, 6).map((id) => `The report :claim[confirms the account]{#${id}} in full.`),
    'It adds :claim[something no one reported before]{#bench-new-claim-one}.',
    'And :claim[one more new thing]{#bench-new-claim-two}.',
  ];
  writeFileSync(
    path.join(content, 'articles', 'bench-new-article.md'),
    [
      '---',
      'headline: "A new article, added to measure the rebuild"',
      `outlet: ${outlet}`,
      'url: https://example.org/bench/new-article',
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

  say('  Adding one article, and rebuilding…');
  addArticle(content);
  const rebuild = strip(await measure('rebuild', build, { cwd: project, env, log: path.join(logs, 'rebuild.log') }));
  say(`    ${number(rebuild.wall, 1)} s, ${number(rebuild.peakMB)} MB`);

  say('  npm run check, cold and warm…');
  rmSync(path.join(project, 'node_modules/.cache/crosscheck'), { recursive: true, force: true });
  const checkCold = strip(await measure('check (cold)', check, { cwd: project, env, log: path.join(logs, 'check-cold.log') }));
  const checkWarm = strip(await measure('check (warm)', check, { cwd: project, env, log: path.join(logs, 'check-warm.log') }));
  say(`    ${number(checkCold.wall, 1)} s cold, ${number(checkWarm.wall, 1)} s warm`);
  result.ours = { cold, clean, rebuild, checkCold, checkWarm };

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
    addArticle(content);
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

const START = '<!-- bench:start (written by npm run bench; edit outside the markers) -->';
const END = '<!-- bench:end -->';

/** The results as Markdown: the machine, a table per measure, and the targets of issue 7 checked. */
export function formatResults(results: Results): string {
  const rows = Object.values(results.sizes).sort((a, b) => a.articles - b.articles);
  const m = results.machine;
  const s = (run: Run | undefined, cpu = true) =>
    run ? `${number(run.wall, 1)} s${cpu && run.cpu !== undefined ? ` (${number(run.cpu, 1)} s CPU)` : ''}` : '–';
  const mb = (run: Run | undefined) => (run ? `${number(run.peakMB)} MB` : '–');
  const perPage = (run: Run | undefined) => (run?.pages ? `${number((run.wall / run.pages) * 1000, 1)} ms` : '–');
  const pps = (run: Run | undefined) => (run?.pages ? number(run.pages / run.wall) : '–');
  const lines = [
    START,
    '',
    `Measured ${rows.map((r) => r.date).filter((d, i, all) => all.indexOf(d) === i).join(', ')} on ${m.cpus} cores (${m.model}), ${m.memoryGB} GB, ${m.os}; Node ${m.node}, Astro ${m.astro}. ` +
      `Load average when each size started: ${rows.map((r) => `${number(r.load, 1)} (${number(r.articles)})`).join(', ')}; a load above the core count means other work shared the machine, and wall-clock times suffer most (CPU times less).`,
    '',
    '| Articles | Files | Pages | Cold build | Per page | Peak memory | Clean build (previews cached) | Pages/s | Per page | Peak memory | Rebuild after one new article | Pages rendered | `npm run check` cold | warm |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) =>
      `| ${number(r.articles)} | ${number(r.files)} | ${r.ours.cold.pages ? number(r.ours.cold.pages) : '–'} | ${s(r.ours.cold)} | ${perPage(r.ours.cold)} | ${mb(r.ours.cold)} | ${s(r.ours.clean)} | ${pps(r.ours.clean)} | ${perPage(r.ours.clean)} | ${mb(r.ours.clean)} | ${s(r.ours.rebuild)} | ${r.ours.rebuild.rendered !== undefined ? number(r.ours.rebuild.rendered) : '–'} | ${s(r.ours.checkCold, false)} | ${s(r.ours.checkWarm, false)} |`,
    ),
    '',
    'The plain-Astro baseline (bench/plain-astro: the same corpus, an article page and a claim page, nothing else):',
    '',
    '| Articles | Pages | Cold build | Pages/s | Per page | Peak memory | Rebuild after one new article |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) =>
      `| ${number(r.articles)} | ${r.baseline?.cold.pages ? number(r.baseline.cold.pages) : '–'} | ${s(r.baseline?.cold)} | ${pps(r.baseline?.cold)} | ${perPage(r.baseline?.cold)} | ${mb(r.baseline?.cold)} | ${s(r.baseline?.rebuild)} |`,
    ),
    '',
    '### The targets (issue 7)',
    '',
    ...targets(rows),
    '',
    END,
  ];
  return lines.join('\n');
}

function targets(rows: SizeResult[]): string[] {
  const at = (n: number) => rows.find((r) => r.articles === n);
  const mark = (ok: boolean) => (ok ? '**met**' : '**missed**');
  const times = (a: Run, b: Run) =>
    `${number(a.wall / b.wall, 2)} times${a.cpu !== undefined && b.cpu !== undefined ? ` (${number(a.cpu / b.cpu, 2)} times in CPU time)` : ''}`;
  const five = at(5000);
  const small = at(1000);
  const large = at(20000);
  const out: string[] = [];
  if (five) {
    const { cold, clean, rebuild, checkWarm } = five.ours;
    out.push(`- Rebuild after one new article at 5,000 articles under 10 s: ${number(rebuild.wall, 1)} s, ${mark(rebuild.wall < 10)}.`);
    out.push(
      `- … and under a quarter of our cold build: ${number(rebuild.wall, 1)} s against ${number(cold.wall, 1)} s, ${mark(rebuild.wall < cold.wall / 4)}` +
        (clean ? `; against the clean build (previews cached, ${number(clean.wall, 1)} s), ${mark(rebuild.wall < clean.wall / 4)}.` : '.'),
    );
    if (five.baseline) {
      const base = five.baseline.cold;
      out.push(
        clean
          ? `- Cold build within 1.3 times the baseline: the clean build (previews cached) takes ${times(clean, base)} the baseline's, ${mark(clean.wall <= base.wall * 1.3)}; with every preview image drawn, ${times(cold, base)}.`
          : `- Cold build within 1.3 times the baseline: ${times(cold, base)}, ${mark(cold.wall <= base.wall * 1.3)}.`,
      );
    } else out.push('- Cold build within 1.3 times the baseline: not measured (run without --no-baseline).');
    out.push(`- \`npm run check\` warm under 3 s: ${number(checkWarm.wall, 2)} s, ${mark(checkWarm.wall < 3)}.`);
  } else out.push('- The 5,000-article targets: not measured (run with --sizes 5000).');
  if (large) {
    const ours = large.ours.clean ?? large.ours.cold;
    if (large.baseline) {
      out.push(
        `- Peak memory at 20,000 articles below the baseline's: ${number(ours.peakMB)} MB (${large.ours.clean ? 'clean build' : 'cold build'}; ${number(large.ours.cold.peakMB)} MB with every preview drawn) against ${number(large.baseline.cold.peakMB)} MB, ${mark(ours.peakMB < large.baseline.cold.peakMB)}.`,
      );
    }
    const perPage = (run: Run | undefined) => (run?.pages ? run.wall / run.pages : undefined);
    const perCpu = (run: Run | undefined) => (run?.pages && run.cpu !== undefined ? run.cpu / run.pages : undefined);
    const ratio = (f: (run: Run | undefined) => number | undefined, a: Run | undefined, b: Run | undefined) => {
      const [x, y] = [f(a), f(b)];
      return x !== undefined && y !== undefined ? x / y : undefined;
    };
    if (small && (small.run === undefined || small.run !== large.run)) {
      out.push(
        `- Cost per page at 20,000 within 1.2 times that at 1,000: not compared, as the two sizes were measured in different runs of \`npm run bench\` (the machine's speed varies between runs); \`npm run bench -- --sizes 1000,20000\` measures both in one.`,
      );
    } else if (small) {
      const clean = ratio(perPage, large.ours.clean, small.ours.clean);
      const cleanCpu = ratio(perCpu, large.ours.clean, small.ours.clean);
      const cold = ratio(perPage, large.ours.cold, small.ours.cold);
      const primary = clean ?? cold;
      if (primary !== undefined) {
        out.push(
          `- Cost per page at 20,000 within 1.2 times that at 1,000: ${clean !== undefined ? `clean builds ${number(clean, 2)} times${cleanCpu !== undefined ? ` (${number(cleanCpu, 2)} in CPU time)` : ''}` : ''}` +
            `${cold !== undefined ? `${clean !== undefined ? '; ' : ''}cold builds ${number(cold, 2)} times` : ''}, ${mark(primary <= 1.2)}.`,
        );
      }
    }
  } else out.push('- The 20,000-article targets: not measured (run with --sizes 20000).');
  return out;
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
