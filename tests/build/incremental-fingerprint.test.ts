/**
 * Page fingerprints (src/data/fingerprint.ts), the `cacheKey` of every dynamic page: equal data
 * gives equal fingerprints, and a change to anything a page shows (its own record, or what it
 * shows of the records it links to) changes its fingerprint, while unrelated changes leave it.
 */
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../src/data/fingerprint.ts';
import type { Corpus } from '../../src/lib/corpus.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { article, claim, corpus, m, outlet, story } from '../unit/analysis/helpers.ts';

/** The fingerprints of every claim, article, story and outlet page of a corpus. */
function prints(c: Corpus, salt = 'code'): Record<string, string> {
  const index = buildSiteIndex(c);
  const f = createFingerprinter(index, salt);
  const out: Record<string, string> = {};
  for (const [id, view] of index.claims) out[`claims/${id}`] = f.digest('claims', { id }, undefined, view);
  for (const [id, view] of index.articles) out[`articles/${id}`] = f.digest('articles', { slug: id }, undefined, view);
  for (const [id, view] of index.stories) out[`stories/${id}`] = f.digest('stories', { id }, undefined, view);
  for (const [id, view] of index.outlets) out[`outlets/${id}`] = f.digest('outlets', { id }, undefined, view);
  return out;
}

/** The pages whose fingerprint differs between two corpora (and those only one has). */
function changed(a: Corpus, b: Corpus): string[] {
  const [x, y] = [prints(a), prints(b)];
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((page) => x[page] !== y[page]).sort();
}

const base = (): Corpus =>
  corpus({
    outlets: [outlet('wire'), outlet('gazette'), outlet('daily')],
    stories: [story('s'), story('t')],
    claims: [claim('closed'), claim('cost'), claim('ferry', { story: 't' as never })],
    articles: [
      article('wire-report', 'wire', [m('closed'), m('cost')]),
      article('gazette-report', 'gazette', [m('closed')]),
      article('daily-ferry', 'daily', [m('ferry')], { story: 't' }),
    ],
  });

describe('createFingerprinter', () => {
  it('gives equal data equal fingerprints', () => {
    expect(prints(base())).toEqual(prints(base()));
  });

  it('changes every fingerprint when the code changes (the salt)', () => {
    const [a, b] = [prints(base(), 'one'), prints(base(), 'two')];
    expect(Object.keys(a).filter((page) => a[page] === b[page])).toEqual([]);
  });

  it('changes the pages that show an article when its headline changes, and no other', () => {
    const edited = base();
    edited.articles[1] = { ...edited.articles[1]!, headline: 'A corrected headline' };
    expect(changed(base(), edited)).toEqual(['articles/gazette-report', 'claims/closed', 'outlets/gazette', 'stories/s']);
  });

  it('changes the pages that show a claim’s status when a new article disputes it', () => {
    const added = base();
    added.articles.push(article('daily-doubt', 'daily', [m('cost', 'disputes')]));
    const pages = changed(base(), added);
    // The new article's page, the disputed claim's, the article that asserted it (it now shows
    // what others disputed), their story and outlets.
    expect(pages).toEqual(expect.arrayContaining(['articles/daily-doubt', 'claims/cost', 'articles/wire-report', 'stories/s', 'outlets/daily', 'outlets/wire']));
    // Nothing of story t.
    expect(pages.filter((p) => p.includes('ferry') || p === 'stories/t')).toEqual([]);
  });

  it('changes the pages that name an outlet when the outlet is renamed', () => {
    const renamed = base();
    renamed.outlets[0] = { ...renamed.outlets[0]!, name: 'The Wire' };
    expect(changed(base(), renamed)).toEqual(['articles/wire-report', 'claims/closed', 'claims/cost', 'outlets/wire', 'stories/s']);
  });

  it('changes the page of a claim whose first report changes when an article the claim’s copy goes through drops its via', () => {
    // The copy carries the claim from the original through the middle article, which does not
    // mention it: not a first report. Without the middle article's via, the copy is its own first report.
    const chained = (via: boolean): Corpus =>
      corpus({
        outlets: [outlet('wire'), outlet('gazette'), outlet('daily')],
        claims: [claim('closed')],
        articles: [
          article('original', 'wire', [m('closed')], { published: '2026-06-02' }),
          article('middle', 'gazette', [], { published: '2026-06-02', ...(via ? { via: 'original' } : {}) }),
          article('copy', 'daily', [m('closed')], { published: '2026-06-02', via: 'middle' }),
        ],
      });
    expect(buildSiteIndex(chained(true)).claims.get('closed' as never)?.firstReported?.articles).toEqual(['original']);
    expect(buildSiteIndex(chained(false)).claims.get('closed' as never)?.firstReported?.articles).toEqual(['copy', 'original']);
    expect(changed(chained(true), chained(false))).toContain('claims/closed');
  });

  it('changes the page of a claim whose contradicting claim changes', () => {
    const declared = base();
    declared.claims[0] = { ...declared.claims[0]!, contradicts: ['cost' as never] };
    const reworded = structuredClone(declared);
    reworded.claims[1] = { ...reworded.claims[1]!, statement: 'The repairs cost more.' };
    expect(changed(declared, reworded)).toContain('claims/closed');
  });
});
