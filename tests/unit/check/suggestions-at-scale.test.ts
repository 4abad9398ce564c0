/**
 * Suggestions of a near name at scale, counted in edit distances: the archive-name suggestion of
 * the quote verification compared each missing archive name with every file no article names, and
 * the corpus checks each unknown id written n times with every id of its collection n times.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { missingUrlsMessage } from '../../../scripts/lib/steps/url-registry.ts';
import { checkCorpus } from '../../../src/check/corpus.ts';
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

it('scores an unknown id against the ids of its collection once, however many times it is written, with the same suggestions', () => {
  const n = 1000;
  const facts = (collection: string, id: string, extra: Partial<FileFacts> = {}) =>
    ({ file: `content/${collection}/${id}.md`, collection, id, problems: [], refs: [], aliases: [], mentions: [], links: [], ...extra }) as unknown as FileFacts;
  // A claim renamed without an alias, still mentioned by 1,000 articles, and a story two of them
  // name by a misspelt id; each claim of 1,000 contradicts a claim id one of them used to have.
  const claims = Array.from({ length: n }, (_, i) =>
    facts('claims', `bridge-claim-${pad(i)}`, { refs: [{ field: 'contradicts', collection: 'claims', id: 'bridge-claim-0000x', line: 4, column: 1 }] }),
  );
  const articles = Array.from({ length: n }, (_, i) =>
    facts('articles', `a${i}`, {
      mentions: [{ claim: 'bridge-claim-00001x', stance: 'asserts', text: 'words', line: 9, column: 1 }],
      refs: i < 2 ? [{ field: 'story', collection: 'stories', id: 'bridge-stroy', line: 3, column: 1 }] : [],
    } as Partial<FileFacts>),
  );
  computed.distances = 0;
  const problems = checkCorpus([...claims, ...articles, facts('stories', 'bridge-story')], 'content');
  // Every claim's id for each mention and each reference: 2,000,000.
  expect(computed.distances).toBeLessThan(4 * n);
  const messages = new Set(problems.map((p) => p.message));
  expect(problems.filter((p) => p.code === 'unknown-claim')).toHaveLength(n);
  expect([...messages].filter((m) => m.includes('bridge-claim-00001x'))).toHaveLength(1);
  expect([...messages].find((m) => m.includes('bridge-claim-00001x'))).toContain('bridge-claim-00001');
  // Each claim's own id is never suggested to it: claim 0 is told of another than itself.
  const contradicts = problems.filter((p) => p.message.includes('bridge-claim-0000x'));
  expect(contradicts).toHaveLength(n);
  for (const [i, p] of [[0, contradicts[0]!], [5, contradicts[5]!], [999, contradicts[999]!]] as const) {
    const near = nearest('bridge-claim-0000x', claims.map((c) => c.id).filter((id) => id !== `bridge-claim-${pad(i)}`));
    for (const id of near) expect(p.message).toContain(id);
  }
  expect(contradicts[0]!.message).not.toContain('"bridge-claim-00000"');
  expect(contradicts[7]!.message).toContain('Did you mean "bridge-claim-00000", "bridge-claim-00001" or "bridge-claim-00002"?');
  expect(problems.filter((p) => p.message.includes('bridge-stroy'))).toHaveLength(2);
});

it('names the new record each of 2,000 records renamed without an alias most likely is with a bounded number of comparisons each', () => {
  const n = 2000;
  const fileOf = (collection: string, id: string) => `content/${collection}/${id}.md`;
  // Every article's slug changed from a date-first scheme to an outlet-first one, but two.
  const old = Array.from({ length: n }, (_, i) => `2026-05-${pad(i)}-harbor-bridge`);
  const added = Array.from({ length: n }, (_, i) => `/articles/harbor-${pad(i)}-2026-05-bridge/`);
  added[3] = '/articles/2026-05-00003-harbor-bridgw/';
  // One old slug is in a claim's aliases: a redirect of claims.
  const redirects = new Map([['/claims/2026-05-00009-harbor-bridge/', '/claims/bridge/']]);
  computed.distances = 0;
  const message = missingUrlsMessage(
    old.map((id, i) => ({ path: `/articles/${id}/`, line: i + 1 })),
    'published-urls.txt',
    { added: [...added, '/claims/bridge/', ...redirects.keys()], redirects, fileOf },
  );
  // Each missing slug compared with every new one: 4,000,000.
  expect(computed.distances).toBeLessThan(n * 100);
  const lines = message.split('\n');
  expect(lines[4]).toContain('/articles/2026-05-00003-harbor-bridge/ is missing from the new site. The article "2026-05-00003-harbor-bridgw" is new');
  expect(lines[10]).toContain('"2026-05-00009-harbor-bridge" is in the aliases of content/claims/bridge.md, so it redirects /claims/2026-05-00009-harbor-bridge/ instead');
  expect(lines).toHaveLength(n + 2);
});
