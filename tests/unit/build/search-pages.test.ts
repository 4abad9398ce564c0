/**
 * The pages the search index reads (scripts/lib/steps/pagefind.ts). A full build lists them from
 * the site's open-data export; a fast rebuild lists them from the content, to start indexing
 * before the export is rendered, and checks that list against the export once it is: the two
 * must agree page for page, story for story, or the rebuild is built in full.
 */
import { describe, expect, it } from 'vitest';
import { checkIndexedPages, indexedFiles, searchIndexLine } from '../../../scripts/lib/steps/pagefind.ts';
import type { Corpus } from '../../../src/lib/corpus.ts';
import { asStoryId } from '../../../src/lib/ids.ts';
import { buildSiteIndex } from '../../../src/lib/site-index.ts';
import { buildOpenData } from '../../../src/open-data/build.ts';
import type { OpenData } from '../../../src/open-data/schema.ts';
import { article, claim, corpus, m, outlet, story } from '../analysis/helpers.ts';

function sample(): Corpus {
  return corpus({
    outlets: [outlet('wire'), outlet('paper')],
    stories: [story('pause'), story('older')],
    claims: [claim('pause-call', { story: 'pause' }), claim('unilateral', { story: 'pause' }), claim('orphan', { story: 'older' })],
    articles: [article('wire-report', 'wire', [m('pause-call'), m('unilateral', 'disputes')], { story: asStoryId('pause') }), article('paper-report', 'paper', [m('pause-call')], { story: asStoryId('older') })],
  });
}

/** The export, as the site publishes it, for a site at `root` (its origin and base). */
function exported(c: Corpus, root: string): OpenData {
  return buildOpenData(buildSiteIndex(c), root, `${root}data/crosscheck.schema.json`);
}

describe("the search index's pages", () => {
  it('are every story, article and claim page, with its story', () => {
    const { files, listed } = indexedFiles(sample());
    expect([...files]).toEqual([
      'articles/paper-report/index.html',
      'articles/wire-report/index.html',
      'claims/orphan/index.html',
      'claims/pause-call/index.html',
      'claims/unilateral/index.html',
      'stories/older/index.html',
      'stories/pause/index.html',
    ]);
    expect(listed.find((p) => p.file === 'articles/paper-report/index.html')?.story).toBe('older');
    expect(listed.find((p) => p.file === 'claims/unilateral/index.html')?.story).toBe('pause');
  });

  it('listed from the content agree with those the export lists, at the root or under a base path', () => {
    const c = sample();
    const { listed } = indexedFiles(c);
    expect(() => checkIndexedPages(exported(c, 'https://example.org/'), listed)).not.toThrow();
    expect(() => checkIndexedPages(exported(c, 'https://example.org/crosscheck/'), listed)).not.toThrow();
  });

  it('that disagree with the export are reported, naming the page', () => {
    const c = sample();
    const moved = { ...c, claims: c.claims.map((x) => (x.id === 'orphan' ? { ...x, story: asStoryId('pause') } : x)) };
    expect(() => checkIndexedPages(exported(c, 'https://example.org/'), indexedFiles(moved).listed)).toThrow(/claims\/orphan\/index\.html \(story pause\) where the export has claims\/orphan\/index\.html \(story older\)/);
    const fewer = { ...c, articles: c.articles.slice(1) };
    expect(() => checkIndexedPages(exported(c, 'https://example.org/'), indexedFiles(fewer).listed)).toThrow(/differ from the open-data export's/);
  });
});

describe('searchIndexLine', () => {
  it.each([
    [1, 1, 1, 'Search index: 1 page indexed, in 1 part.'],
    [92, 1, 1, 'Search index: 92 pages indexed, in 1 part.'],
    [0, 0, 0, 'Search index: 0 pages indexed, in 0 parts.'],
    [5000, 3, 1, 'Search index: 5,000 pages indexed, in 3 parts (1 indexed again, 2 unchanged).'],
  ])('says %i pages in %i parts, %i indexed again', (pages, parts, again, line) => {
    expect(searchIndexLine(pages, parts, again)).toBe(line);
  });
});
