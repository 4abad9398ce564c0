import { describe, expect, it } from 'vitest';
import {
  articleEvidence,
  collectEvidence,
  compareEvidence,
  evidenceForArticle,
  evidenceForClaim,
  evidenceInFull,
  EVIDENCE_IN_FULL,
} from '../../../src/lib/evidence.ts';
import { asArticleSlug, asClaimId } from '../../../src/lib/ids.ts';
import { resolveSources } from '../../../src/lib/independence.ts';
import { indexCorpus } from '../../../src/lib/lookup.ts';
import { article, corpus, m, outlet, prepare } from './helpers.ts';

describe('articleEvidence', () => {
  it('pairs each mention with its article, outlet, source, date and place, in document order', () => {
    const c = corpus({
      outlets: [outlet('o', { name: 'The O' })],
      articles: [article('a', 'o', [m('x'), m('y', 'quotes')], { published: '2026-06-01' })],
    });
    const lookup = indexCorpus(c);
    const evidence = articleEvidence(c.articles[0]!, lookup, resolveSources(lookup));
    expect(
      evidence.map((e) => [e.claim, e.stance, e.article.slug, e.outlet.name, e.source.key, e.date.basis, e.position]),
    ).toEqual([
      ['x', 'asserts', 'a', 'The O', 'outlet:o', 'published', 0],
      ['y', 'quotes', 'a', 'The O', 'outlet:o', 'published', 1],
    ]);
  });
});

describe('collectEvidence', () => {
  const c = corpus({
    articles: [
      article('late', 'o', [m('x', 'disputes')], { published: '2026-06-03' }),
      article('early', 'p', [m('y'), m('x'), m('x', 'quotes')], { published: '2026-06-01' }),
      article('undated', 'q', [m('x')], { added: '2026-06-02' }),
    ],
  });
  const { evidence } = prepare(c);

  it('lists a claim’s evidence oldest article first, then by place in the article, articles with no publication date last', () => {
    expect(evidence.byClaim.get(asClaimId('x'))!.map((e) => [e.article.slug, e.position])).toEqual([
      ['early', 1],
      ['early', 2],
      ['late', 0],
      ['undated', 0],
    ]);
  });

  it('lists an article’s evidence in document order', () => {
    expect(evidence.byArticle.get(asArticleSlug('early'))!.map((e) => e.claim)).toEqual(['y', 'x', 'x']);
  });

  it('is empty for an empty corpus', () => {
    const empty = collectEvidence(indexCorpus(corpus()), new Map());
    expect([empty.byClaim.size, empty.byArticle.size]).toEqual([0, 0]);
  });
});

describe('compareEvidence', () => {
  it('orders by article date, then slug, then place', () => {
    const { evidence } = prepare(
      corpus({ articles: [article('b', 'o', [m('x'), m('x')]), article('a', 'o', [m('x')])] }),
    );
    const items = [...evidence.byArticle.get(asArticleSlug('b'))!, ...evidence.byArticle.get(asArticleSlug('a'))!];
    expect(items.sort(compareEvidence).map((e) => [e.article.slug, e.position])).toEqual([
      ['a', 0],
      ['b', 0],
      ['b', 1],
    ]);
  });
});

describe('evidenceForClaim and evidenceForArticle', () => {
  const { evidence } = prepare(corpus({ articles: [article('a', 'o', [m('x')])] }));

  it.each([
    ['a known claim', () => evidenceForClaim(evidence, asClaimId('x')).length, 1],
    ['an unknown claim', () => evidenceForClaim(evidence, asClaimId('nope')).length, 0],
    ['a known article', () => evidenceForArticle(evidence, asArticleSlug('a')).length, 1],
    ['an unknown article', () => evidenceForArticle(evidence, asArticleSlug('nope')).length, 0],
  ])('answer for %s', (_, run, expected) => {
    expect(run()).toBe(expected);
  });
});

describe('evidenceInFull', () => {
  const item = (outletId: string, n: number) => ({ outlet: outlet(outletId), n });
  const names = (list: { outlet: { id: string }; n: number }[]) => list.map((e) => `${e.outlet.id}${e.n}`);

  it('quotes everything when there is little', () => {
    const items = [item('a', 1), item('a', 2)];
    expect(evidenceInFull(items)).toEqual({ full: items, rest: [] });
  });

  it('quotes the first of each outlet, then the earliest, up to the limit, keeping the order', () => {
    const items = [item('a', 1), item('a', 2), item('a', 3), item('b', 4), item('a', 5), item('c', 6), item('b', 7)];
    const { full, rest } = evidenceInFull(items, 4);
    expect(names(full)).toEqual(['a1', 'a2', 'b4', 'c6']);
    expect(names(rest)).toEqual(['a3', 'a5', 'b7']);
  });

  it('quotes at most EVIDENCE_IN_FULL of 300', () => {
    const items = Array.from({ length: 300 }, (_, i) => item(`o${i % 7}`, i));
    const { full, rest } = evidenceInFull(items);
    expect(full).toHaveLength(EVIDENCE_IN_FULL);
    expect(new Set(full.map((e) => e.outlet.id)).size).toBe(7);
    expect(rest).toHaveLength(300 - EVIDENCE_IN_FULL);
  });
});
