/**
 * The archive-name suggestion of the quote verification at scale: each missing archive name was
 * compared with every file no article names, so their product in edit distances.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import type { FileFacts } from '../../../src/check/file.ts';
import { verifyQuotes } from '../../../src/check/quotes.ts';
import { EXHAUSTIVE_COMPARISONS, nearest, nearestEach } from '../../../src/check/suggest.ts';

/** How many edit distances were computed. */
const computed = vi.hoisted(() => ({ distances: 0 }));
vi.mock('fastest-levenshtein', async (importOriginal) => {
  const original = await importOriginal<typeof import('fastest-levenshtein')>();
  return {
    ...original,
    distance: (a: string, b: string) => {
      computed.distances++;
      return original.distance(a, b);
    },
  };
});

const pad = (i: number) => String(i).padStart(5, '0');

it('suggests a near unnamed archive file for each of 1,500 missing names among 1,500 unnamed files with a bounded number of comparisons each, the nearest as before', () => {
  const n = 1500;
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-archive-names-'));
  try {
    // Every archived text saved under another scheme than the articles name, all of one length
    // (so that the length alone rules none out), and two saved with a typo and another case.
    const unnamed = Array.from({ length: n }, (_, i) => `metro-daily-2026-06-${pad(i)}-council-vote.html`);
    unnamed[10] = 'harbor-news-2026-05-00700-bridgw-report.TXT';
    unnamed[20] = 'harbor-news-2026-05-01400-bridge-report.text';
    for (const name of unnamed) writeFileSync(path.join(dir, name), 'The council said so.');
    const missing = Array.from({ length: n }, (_, i) => `harbor-news-2026-05-${pad(i)}-bridge-report.txt`);
    const facts = missing.map((name, i) => ({
      file: `content/articles/a${i}.md`,
      collection: 'articles',
      id: `a${i}`,
      problems: [],
      refs: [],
      aliases: [],
      links: [],
      archive: { name, line: 8, column: 1 },
      mentions: [{ claim: 'c', stance: 'asserts', text: 'The council said', line: 9, column: 1 }],
    })) as unknown as FileFacts[];
    computed.distances = 0;
    const { stats } = verifyQuotes(facts, dir, '.');
    // Compared with every file: 2,250,000 edit distances.
    expect(computed.distances).toBeLessThan(n * 100);
    expect(stats.missing).toHaveLength(n);
    expect(stats.missing[700]!.instead).toBe('harbor-news-2026-05-00700-bridgw-report.TXT');
    expect(stats.missing[1400]!.instead).toBe('harbor-news-2026-05-01400-bridge-report.text');
    // The same suggestions as comparing with every file (each a nearest one, of one distance).
    for (const i of [0, 1, 699, 700, 701, 1399, 1400, 1499]) {
      const [best] = nearest(missing[i]!, unnamed, 1);
      expect(stats.missing[i]!.instead, missing[i]).toBe(best);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('compares every word with every candidate while that is cheap, and a word repeated once', () => {
  const candidates = Array.from({ length: 100 }, (_, i) => `claim-${i}`);
  const words = ['claim-7x', 'claim-7x', 'clam-42'];
  computed.distances = 0;
  expect(nearestEach(words, candidates, 1)).toEqual([['claim-7'], ['claim-7'], ['claim-42']]);
  expect(words.length * candidates.length).toBeLessThanOrEqual(EXHAUSTIVE_COMPARISONS);
  expect(computed.distances).toBeLessThanOrEqual(2 * candidates.length);
});
