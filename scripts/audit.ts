/**
 * `npm run audit`: Lighthouse against the built site, written to docs/quality.md.
 *
 * Builds the site when dist/ is missing, serves dist/ on 127.0.0.1, starts the machine's
 * Chromium (CROSSCHECK_CHROMIUM or `chromium` on PATH) with a debugging port, and runs all four
 * Lighthouse categories (performance, accessibility, best practices, SEO) on the home page, a
 * story, an article and a claim, with Lighthouse's default mobile settings. Not part of
 * `npm test`: scores drift with the machine's load. The aim is 100 everywhere; anything below is
 * listed under the table with the audits that cost points.
 *
 *   npm run audit
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/serve.ts';
import { htmlPages, type PageKind } from '../tests/support/site.ts';
import { commandLine } from './lib/command-line.ts';

const root = path.resolve(import.meta.dirname, '..');
const usage = `Usage: npm run audit

Runs Lighthouse (performance, accessibility, best practices, SEO) on four pages of dist/ (built
first when it is missing), with the machine's Chromium, and writes the scores to docs/quality.md.
It takes minutes, and takes no options.
CROSSCHECK_CHROMIUM=/path/to/chrome uses another Chromium or Chrome.
`;
// Before anything else: `--help` (or a mistyped option) must not start a build and a Lighthouse run that rewrites docs/quality.md.
commandLine('npm run audit', { options: {} }, usage);
const dist = path.join(root, 'dist');
const report = path.join(root, 'docs', 'quality.md');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const categoryNames: Record<(typeof categories)[number], string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

if (!existsSync(path.join(dist, 'index.html'))) {
  console.log('dist/ is missing: building the site first.');
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.ts')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const pages = htmlPages(dist);
const targets: { kind: PageKind; label: string }[] = [
  { kind: 'home', label: 'Home' },
  { kind: 'story', label: 'Story' },
  { kind: 'article', label: 'Article' },
  { kind: 'claim', label: 'Claim' },
];
const chosen = targets.map((t) => ({ ...t, page: pages.find((p) => p.kind === t.kind) }));
for (const t of chosen) if (!t.page) console.warn(`No ${t.kind} page in dist/: it is left out of the audit.`);

/** Starts Chromium with a DevTools port and resolves with the port once it listens. */
async function startChromium(executable: string) {
  const profile = mkdtempSync(path.join(tmpdir(), 'crosscheck-audit-'));
  const child = spawn(executable, [...chromiumArgs, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${log}`)), 30_000);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${log}`)));
  });
  return {
    port,
    close: () => {
      child.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const load = loadavg()[0]?.toFixed(1) ?? '?';
const executable = chromiumPath();
const chromiumVersion = spawnSync(executable, ['--version'], { encoding: 'utf8' }).stdout.trim();
const server = await serveStatic(dist);
const chrome = await startChromium(executable);

interface Row {
  label: string;
  path: string;
  scores: Record<string, number | null>;
  lost: string[];
}
const rows: Row[] = [];
let lighthouseVersion = '';
try {
  for (const { label, page } of chosen) {
    if (!page) continue;
    console.log(`Lighthouse: ${label} ${page.path}`);
    const result = await lighthouse(server.url(page.path), {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${page.path}`);
    const { lhr } = result;
    lighthouseVersion = lhr.lighthouseVersion;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${page.path}: ${lhr.runtimeError.message}`);
    const scores: Record<string, number | null> = {};
    const lost: string[] = [];
    for (const id of categories) {
      const category = lhr.categories[id];
      scores[id] = category?.score === null || category?.score === undefined ? null : Math.round(category.score * 100);
      for (const ref of category?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        const value = audit.displayValue ? ` (${audit.displayValue})` : '';
        lost.push(`${categoryNames[id]}: ${audit.title}${value}`);
      }
    }
    rows.push({ label, path: page.path, scores, lost });
  }
} finally {
  chrome.close();
  await server.close();
}

const node = process.version;
const date = new Date().toISOString().slice(0, 10);
const cell = (score: number | null | undefined) => (score === null || score === undefined ? 'n/a' : String(score));
const lines = [
  '# Quality: Lighthouse scores',
  '',
  'Written by `npm run audit` (scripts/audit.ts): Lighthouse against the built site (`dist/`),',
  'served from 127.0.0.1, with its default mobile settings (simulated slow 4G and a slowed CPU).',
  'Scores drift with the load of the machine that runs them, so this is a record, not a test;',
  'the tests in `npm test` hold the site to the rules themselves (axe, the Nu Html Checker,',
  'links, page weight, the Content-Security-Policy). The aim is 100 in every column.',
  '',
  `Run on ${date} with Lighthouse ${lighthouseVersion}, ${chromiumVersion}, Node.js ${node}, on ${availableParallelism()} CPUs`,
  `with a load average of ${load} when it started (a busy machine costs Performance points: Total Blocking Time).`,
  '',
  `| Page | Path | ${categories.map((c) => categoryNames[c]).join(' | ')} |`,
  `| --- | --- | ${categories.map(() => '---:').join(' | ')} |`,
  ...rows.map((r) => `| ${r.label} | \`${r.path}\` | ${categories.map((c) => cell(r.scores[c])).join(' | ')} |`),
  '',
];
const below = rows.filter((r) => r.lost.length > 0);
if (below.length > 0) {
  lines.push('## What cost points', '');
  for (const r of below) {
    lines.push(`${r.label} (\`${r.path}\`):`, '', ...r.lost.map((l) => `- ${l}`), '');
  }
} else {
  lines.push('Every audited page scored 100 in every category.', '');
}
const previous = existsSync(report) ? readFileSync(report, 'utf8') : '';
writeFileSync(report, lines.join('\n'));
console.log(`${previous ? 'Updated' : 'Wrote'} ${path.relative(root, report)}:\n\n${lines.join('\n')}`);
process.exit(0);
