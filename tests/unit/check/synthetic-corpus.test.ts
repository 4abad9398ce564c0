/**
 * The synthetic corpora (scripts/lib/synthetic-corpus.ts) used to measure the checks and the
 * build: shaped as promised, the same every time, and valid content.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../scripts/lib/synthetic-corpus.ts';
import { checkContent, formatProblems } from '../../../src/check/index.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generateCorpus', () => {
  const corpus = generateCorpus({ articles: 60, seed: 7 });

  it('has about two claims and eight mentions per article, and ten articles per story', () => {
    expect(corpus.counts).toEqual({ articles: 60, claims: 120, stories: 6, outlets: 4, entities: 8, mentions: 480 });
    const files = [...corpus.files.keys()];
    expect(files.filter((f) => f.startsWith('articles/'))).toHaveLength(60);
    expect(files.filter((f) => f.startsWith('claims/'))).toHaveLength(120);
    const mentions = [...corpus.files.values()].join('\n').match(/:claim\[/g) ?? [];
    expect(mentions).toHaveLength(480);
  });

  it('includes what the analysis must handle: quotes, disputes, contradictions, verdicts, syndication, aliases, unidentified outlets', () => {
    const all = [...corpus.files.values()].join('\n');
    for (const needle of ['kind: quote', 'stance=disputes', 'stance=quotes', 'stance=qualifies', 'contradicts:', 'verdict:', 'via: ', 'aliases:', 'unidentified: true', '10:30']) {
      expect(all, needle).toContain(needle);
    }
  });

  it('gives the same files for the same options', () => {
    expect(generateCorpus({ articles: 60, seed: 7 }).files).toEqual(corpus.files);
    expect(generateCorpus({ articles: 60, seed: 8 }).files).not.toEqual(corpus.files);
  });

  it('concentrates coverage on request: one story, few outlets, one claim every article mentions', () => {
    const focused = generateCorpus({ articles: 20, articlesPerStory: 20, outlets: 2, focusClaim: true, seed: 7 });
    expect(focused.counts).toMatchObject({ articles: 20, claims: 40, stories: 1, outlets: 2, mentions: 160 });
    const claim = [...focused.files.keys()].filter((f) => f.startsWith('claims/')).sort()[0]!.replace(/^claims\/|\.md$/g, '');
    const mentioning = [...focused.files].filter(([file, text]) => file.startsWith('articles/') && text.includes(`{#${claim}`));
    expect(mentioning).toHaveLength(20);
  });

  it('makes one entity the subject of every claim on request, once each, changing nothing else', () => {
    const focused = generateCorpus({ articles: 60, seed: 7, focusEntity: true });
    const entity = [...focused.files.keys()].filter((f) => f.startsWith('entities/')).sort()[0]!.replace(/^entities\/|\.yaml$/g, '');
    const claims = [...focused.files].filter(([file]) => file.startsWith('claims/'));
    expect(claims.every(([, text]) => text.split('\n').filter((line) => line === `  - ${entity}`).length === 1)).toBe(true);
    expect([...focused.files].filter(([file]) => !file.startsWith('claims/'))).toEqual([...corpus.files].filter(([file]) => !file.startsWith('claims/')));
  });

  it('passes the content checks', async () => {
    writeCorpus(path.join(dir, 'content'), corpus);
    const result = await checkContent({ root: dir, contentDir: 'content', cacheDir: false });
    expect(formatProblems(result.problems)).toBe('');
    expect(result.files).toBe(corpus.files.size);
  }, 60_000);
});
