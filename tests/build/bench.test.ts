/**
 * `npm run bench` (issue 7, point 5) end to end, at a size small enough for every test run: it
 * generates the corpus, builds it cold, clean and again after each of three new articles, runs the
 * checks cold and warm, builds the plain-Astro baseline under bench/, reports progress as it goes,
 * and writes its results and the table of the document it is given. The figures themselves are
 * the benchmark's business (docs/benchmarks.md); this proves the benchmark runs and measures what
 * it says it measures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { END, START } from '../../scripts/lib/bench-report.ts';
import { buildEnv, projectRoot } from '../support/build.ts';

// Outside node_modules: Node runs no TypeScript there, and the bench runs the project's copy in its work folder.
const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-test-'));
const doc = path.join(dir, 'benchmarks.md');
const results = path.join(dir, 'results.json');
writeFileSync(doc, `# Benchmarks\n\nBefore the table.\n\n${START}\n${END}\n\nAfter the table.\n`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SIZE = 30;
const run = spawnSync(process.execPath, ['--import', './src/check/register.ts', 'scripts/bench.ts', '--sizes', String(SIZE), '--doc', doc, '--results', results, '--work', path.join(dir, 'work')], {
  cwd: projectRoot,
  encoding: 'utf8',
  env: { ...buildEnv(), FORCE_COLOR: '0' },
  maxBuffer: 64 * 1024 * 1024,
});

interface Measure {
  wall: number;
  peakMB: number;
  rendered?: number;
  pages?: number;
}

describe(`npm run bench at ${SIZE} articles`, () => {
  it('runs to the end, saying what it does as it goes', () => {
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    for (const step of ['Generating the corpus', 'Our cold build', 'Our clean build', 'Adding one article, and rebuilding (1 of 3)', 'Adding one article, and rebuilding (3 of 3)']) {
      expect(run.stdout, step).toContain(step);
    }
  });

  it('measures our cold and clean builds, three rebuilds after one new article each, the checks cold and warm, and the baseline', () => {
    const size = (JSON.parse(readFileSync(results, 'utf8')) as { sizes: Record<string, { articles: number; ours: Record<string, Measure & Measure[]>; baseline: Record<string, Measure> }> }).sizes[String(SIZE)]!;
    expect(size.articles).toBe(SIZE);
    const { cold, clean, rebuild, rebuilds, checkCold, checkWarm } = size.ours as unknown as Record<string, Measure> & { rebuilds: Measure[] };
    for (const [name, m] of Object.entries({ cold, clean, rebuild, checkCold, checkWarm, baselineCold: size.baseline.cold, baselineRebuild: size.baseline.rebuild })) {
      expect(m!.wall, name).toBeGreaterThan(0);
      expect(m!.peakMB, name).toBeGreaterThan(0);
    }
    expect(rebuilds).toHaveLength(3);
    // A rebuild renders only what the new article affects, and the site grows by it.
    expect(rebuilds.every((r) => r.rendered! > 0 && r.rendered! < r.pages!)).toBe(true);
    expect(rebuilds.map((r) => r.pages!)).toEqual([...rebuilds.map((r) => r.pages!)].sort((a, b) => a - b));
    expect(rebuilds[0]!.pages).toBeGreaterThan(clean!.pages!);
    expect(clean!.rendered).toBe(clean!.pages);
    expect(size.baseline.cold!.pages).toBe(1 + 3 * SIZE);
  });

  it('writes the table between the markers of its document, and keeps the rest', () => {
    const text = readFileSync(doc, 'utf8');
    expect(text.startsWith('# Benchmarks\n\nBefore the table.\n\n')).toBe(true);
    expect(text.endsWith(`${END}\n\nAfter the table.\n`)).toBe(true);
    expect(text).toMatch(new RegExp(`^\\| ${SIZE} \\| \\d+ \\| \\d+ \\| [\\d.]+ s`, 'm'));
    expect(text).toContain('The plain-Astro baseline');
    expect(text).toContain('### The targets (issue 7)');
  });
});
