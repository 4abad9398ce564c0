/** The report of `npm run bench` (scripts/lib/bench-report.ts): the rebuild it reports is the median of those it measured. */
import { describe, expect, it } from 'vitest';
import { formatResults, medianRun, type Results, type Run, type SizeResult } from '../../../scripts/lib/bench-report.ts';

const run = (wall: number, extra: Partial<Run> = {}): Run => ({ wall, cpu: wall * 1.2, peakMB: 1000, ...extra });

function size(articles: number, rebuilds: Run[] | undefined, rebuild = medianRun(rebuilds ?? [run(10.6)])): SizeResult {
  return {
    articles,
    files: articles * 3,
    claims: articles * 2,
    mentions: articles * 8,
    date: '2026-12-06',
    run: 'one run',
    load: 1,
    ours: { cold: run(250, { pages: 16598 }), clean: run(98, { pages: 16598 }), rebuild, rebuilds, checkCold: run(7), checkWarm: run(0.6) },
    baseline: { cold: run(25, { pages: 15001 }), rebuild: run(35) },
  };
}

const results = (sizes: SizeResult[]): Results => ({
  machine: { cpus: 2, model: 'test', memoryGB: 8, node: '24', astro: '7', os: 'Linux' },
  sizes: Object.fromEntries(sizes.map((s) => [String(s.articles), s])),
});

describe('medianRun', () => {
  it('takes the middle run of an odd number, by wall-clock time, whatever their order', () => {
    expect(medianRun([run(10.9), run(9.6), run(9.8)]).wall).toBe(9.8);
    expect(medianRun([run(12), run(8), run(9), run(30), run(11)]).wall).toBe(11);
  });

  it('takes the slower of the middle two of an even number', () => {
    expect(medianRun([run(9.6), run(10.4)]).wall).toBe(10.4);
  });

  it('refuses no runs at all', () => {
    expect(() => medianRun([])).toThrow(/no runs/);
  });
});

describe('the report', () => {
  it('gives the median rebuild at 5,000 articles, with every rebuild it was taken of, and checks the target against the median', () => {
    const text = formatResults(results([size(5000, [run(10.9), run(9.6), run(9.8)])]));
    expect(text).toContain('9.8 s (11.8 s CPU); the median of 10.9, 9.6 and 9.8 s |');
    expect(text).toContain(
      '- Rebuild after one new article at 5,000 articles under 10 s: 9.8 s (the median of 3 rebuilds, each after another new article: 10.9, 9.6 and 9.8 s), **met**.',
    );
  });

  it('misses the target when the median is over it, though one rebuild was under', () => {
    const text = formatResults(results([size(5000, [run(10.4), run(9.1), run(10.2)])]));
    expect(text).toContain('under 10 s: 10.2 s (the median of 3 rebuilds');
    expect(text).toMatch(/under 10 s: 10\.2 s .*\*\*missed\*\*\./);
  });

  it('reports a single rebuild, as runs before the median was measured kept it, without a median', () => {
    const text = formatResults(results([size(5000, undefined)]));
    expect(text).toContain('- Rebuild after one new article at 5,000 articles under 10 s: 10.6 s, **missed**.');
    expect(text).not.toContain('the median of');
  });
});
