import { describe, expect, it } from 'vitest';
import { declaredPartners } from '../../../src/lib/contradictions.ts';
import { corroborate } from '../../../src/lib/corroboration.ts';
import type { Corpus } from '../../../src/lib/corpus.ts';
import { asClaimId } from '../../../src/lib/ids.ts';
import { describeContest, latestArticles, mostContested } from '../../../src/lib/rankings.ts';
import { deriveStatus } from '../../../src/lib/status.ts';
import { article, claim, corpus, entity, m, outlet, prepare } from './helpers.ts';

function ranking(c: Corpus, limit?: number) {
  const { evidence } = prepare(c);
  const partners = declaredPartners(c.claims);
  const cor = new Map(c.claims.map((x) => [x.id, corroborate(x.id, evidence.byClaim.get(x.id) ?? [])]));
  const statuses = c.claims.map((x) =>
    deriveStatus(
      cor.get(x.id)!,
      (partners.get(x.id) ?? []).map((p) => cor.get(p)!),
    ),
  );
  return mostContested(statuses, cor, partners, limit).map((r) => [
    r.claim,
    r.support,
    r.opposition,
    r.score,
    r.weight,
  ]);
}

describe('mostContested', () => {
  it('is empty for an empty corpus', () => {
    expect(ranking(corpus())).toEqual([]);
  });

  it('counts against a claim only the sources holding a contradicting claim now, not one that corrected it later', () => {
    const c = corpus({
      claims: [claim('k'), claim('rival', { contradicts: ['k'] })],
      articles: [
        article('a1', 'a', [m('rival')], { published: '2026-09-15' }),
        article('a2', 'a', [m('rival', 'disputes')], { published: '2026-09-17' }),
        article('b1', 'b', [m('rival')]),
        article('c1', 'c', [m('k')]),
        article('d1', 'd', [m('k')]),
      ],
    });
    expect(ranking(c)).toEqual([
      ['rival', 1, 3, 1, 4],
      ['k', 2, 1, 1, 3],
    ]);
  });

  it.each([
    {
      // The outlet that first reported it withdrew it the next day; another still holds it true.
      case: 'a correction: the source opposes it now',
      articles: [
        article('times-1', 'times', [m('arrest')], { published: '2026-09-14' }),
        article('times-2', 'times', [m('arrest', 'disputes')], { published: '2026-09-15' }),
        article('rundschau', 'rundschau', [m('arrest')], { published: '2026-09-14' }),
      ],
      expected: [['arrest', 1, 1, 1, 2, 'held true by 1 independent source, opposed by 1']],
    },
    {
      case: 'a dispute taken back: the source holds it now',
      articles: [
        article('times-1', 'times', [m('arrest', 'disputes')], { published: '2026-09-14' }),
        article('times-2', 'times', [m('arrest')], { published: '2026-09-15' }),
        article('post', 'post', [m('arrest', 'disputes')], { published: '2026-09-14' }),
      ],
      expected: [['arrest', 1, 1, 1, 2, 'held true by 1 independent source, opposed by 1']],
    },
    {
      case: 'both sides in articles of one day: the source is on both',
      articles: [
        article('times-1', 'times', [m('arrest')], { published: '2026-09-14' }),
        article('times-2', 'times', [m('arrest', 'disputes')], { published: '2026-09-14' }),
        article('rundschau', 'rundschau', [m('arrest')], { published: '2026-09-14' }),
      ],
      expected: [['arrest', 2, 1, 0, 3, 'held true by 2 independent sources, opposed by 1, which also holds it true']],
    },
  ])('counts each source by its word now: $case', ({ articles, expected }) => {
    const c = corpus({ claims: [claim('arrest')], articles });
    const { evidence } = prepare(c);
    const cor = new Map(c.claims.map((x) => [x.id, corroborate(x.id, evidence.byClaim.get(x.id) ?? [])]));
    const ranked = mostContested([deriveStatus(cor.get(c.claims[0]!.id)!, [])], cor, new Map());
    expect(ranked.map((r) => [r.claim, r.support, r.opposition, r.score, r.weight, describeContest(r)])).toEqual(expected);
  });

  it.each([
    {
      case: 'a forecast its source contradicted with the outcome later, another source still holding it: that source holds it no longer',
      articles: [
        article('spring', 'times', [m('forecast')], { published: '2027-01-09' }),
        article('summer', 'times', [m('outcome')], { published: '2027-06-25' }),
        article('post', 'post', [m('forecast')], { published: '2027-01-10' }),
      ],
      expected: [
        ['forecast', 1, 1, 1, 2, 'held true by 1 independent source, opposed by 1'],
        ['outcome', 1, 1, 1, 2, 'held true by 1 independent source, opposed by 1'],
      ],
    },
    {
      case: 'an outcome disputed by another source: the forecast its own source reported earlier opposes it no longer',
      articles: [
        article('spring', 'times', [m('forecast')], { published: '2027-01-09' }),
        article('summer', 'times', [m('outcome')], { published: '2027-06-25' }),
        article('post', 'post', [m('outcome', 'disputes')], { published: '2027-06-26' }),
      ],
      expected: [['outcome', 1, 1, 1, 2, 'held true by 1 independent source, opposed by 1']],
    },
  ])('counts each source by its later word across contradicting claims: $case', ({ articles, expected }) => {
    const c = corpus({ claims: [claim('forecast', { kind: 'prediction', contradicts: ['outcome'] }), claim('outcome')], articles });
    const { evidence } = prepare(c);
    const partners = declaredPartners(c.claims);
    const cor = new Map(c.claims.map((x) => [x.id, corroborate(x.id, evidence.byClaim.get(x.id) ?? [])]));
    const predictions = new Set([asClaimId('forecast')]);
    const statuses = c.claims.map((x) => deriveStatus(cor.get(x.id)!, (partners.get(x.id) ?? []).map((p) => cor.get(p)!), [], predictions));
    const ranked = mostContested(statuses, cor, partners, undefined, predictions);
    expect(ranked.map((r) => [r.claim, r.support, r.opposition, r.score, r.weight, describeContest(r)])).toEqual(expected);
  });

  it('ranks by the weaker side, then by sources involved, then by id; uncontested claims are left out', () => {
    const c = corpus({
      claims: [
        claim('lopsided'),
        claim('even'),
        claim('tie-a'),
        claim('tie-b'),
        claim('calm'),
        claim('rival', { contradicts: ['even'] }),
      ],
      articles: [
        article('a', 'a', [m('lopsided'), m('even'), m('tie-a'), m('tie-b'), m('calm')]),
        article('b', 'b', [
          m('lopsided'),
          m('even', 'disputes'),
          m('tie-a', 'disputes'),
          m('tie-b', 'disputes'),
          m('calm'),
        ]),
        article('c', 'c', [m('lopsided'), m('even')]),
        article('d', 'd', [m('lopsided', 'disputes'), m('rival')]),
      ],
    });
    expect(ranking(c)).toEqual([
      ['even', 2, 2, 2, 4],
      ['lopsided', 3, 1, 1, 4],
      ['rival', 1, 2, 1, 3],
      ['tie-a', 1, 1, 1, 2],
      ['tie-b', 1, 1, 1, 2],
    ]);
    expect(ranking(c, 2).map((r) => r[0])).toEqual(['even', 'lopsided']);
  });

  it('scores a source on both sides on neither, so a source at odds with itself ranks below two sources at odds', () => {
    const c = corpus({
      claims: [claim('a-self'), claim('pair'), claim('mixed')],
      articles: [
        article('a', 'a', [m('a-self'), m('a-self', 'disputes'), m('pair'), m('mixed'), m('mixed', 'disputes')]),
        article('b', 'b', [m('pair', 'disputes'), m('mixed')]),
        article('c', 'c', [m('mixed', 'disputes')]),
      ],
    });
    expect(ranking(c)).toEqual([
      ['mixed', 2, 2, 1, 4],
      ['pair', 1, 1, 1, 2],
      ['a-self', 1, 1, 0, 2],
    ]);
  });
});

describe('a claim disputed only by its own subject', () => {
  it('ranks after every claim an independent source opposes, and is said to be denied by the party it is about', () => {
    const acme = entity('acme', { name: 'Acme', kind: 'organisation' });
    const c = corpus({
      outlets: [outlet('acme', { name: 'Acme' })],
      entities: [acme],
      claims: [claim('denied', { entities: ['acme'] }), claim('pair')],
      articles: [
        article('a', 'a', [m('denied'), m('pair')]),
        article('b', 'b', [m('denied'), m('pair', 'disputes')]),
        article('c', 'c', [m('denied')]),
        article('x', 'acme', [m('denied', 'disputes')]),
      ],
    });
    const { evidence } = prepare(c);
    const cor = new Map(c.claims.map((x) => [x.id, corroborate(x.id, evidence.byClaim.get(x.id) ?? [])]));
    const statuses = c.claims.map((x) => deriveStatus(cor.get(x.id)!, [], x.entities.length > 0 ? [acme] : []));
    const ranked = mostContested(statuses, cor, new Map());
    expect(ranked.map((r) => [r.claim, r.denial, describeContest(r)])).toEqual([
      ['pair', false, 'held true by 1 independent source, opposed by 1'],
      ['denied', true, 'held true by 3 independent sources, denied only by the party it is about'],
    ]);
  });
});

describe('a claim held true by its own subject', () => {
  it('counts the subject’s own word on no side, and says whose word it is', () => {
    const acme = entity('acme', { name: 'Acme', kind: 'organisation' });
    const c = corpus({
      outlets: [outlet('acme', { name: 'Acme' })],
      entities: [acme],
      claims: [claim('own', { entities: ['acme'] }), claim('confirmed', { entities: ['acme'] })],
      articles: [
        article('release', 'acme', [m('own'), m('confirmed')]),
        article('a', 'a', [m('confirmed')]),
        article('b', 'b', [m('own', 'disputes'), m('confirmed', 'disputes')]),
      ],
    });
    const { evidence } = prepare(c);
    const cor = new Map(c.claims.map((x) => [x.id, corroborate(x.id, evidence.byClaim.get(x.id) ?? [])]));
    const statuses = c.claims.map((x) => deriveStatus(cor.get(x.id)!, [], [acme]));
    const ranked = mostContested(statuses, cor, new Map());
    expect(ranked.map((r) => [r.claim, r.support, r.score, describeContest(r)])).toEqual([
      ['confirmed', 1, 1, 'held true by 1 independent source besides the party it is about, opposed by 1'],
      ['own', 0, 0, 'held true only by the party it is about, opposed by 1'],
    ]);
  });
});

describe('describeContest', () => {
  it.each([
    [{ support: 3, opposition: 2, both: 0 }, 'held true by 3 independent sources, opposed by 2'],
    // One source at odds with itself is not two sources disagreeing.
    [{ support: 1, opposition: 1, both: 1 }, 'held true by 1 independent source, opposed by 1, which also holds it true'],
    [{ support: 4, opposition: 2, both: 2 }, 'held true by 4 independent sources, opposed by 2, all of which also hold it true'],
    [{ support: 4, opposition: 3, both: 1 }, 'held true by 4 independent sources, opposed by 3, 1 of which also holds it true'],
    [{ support: 4, opposition: 3, both: 2 }, 'held true by 4 independent sources, opposed by 3, 2 of which also hold it true'],
  ])('says %j as %j', (sides, said) => {
    expect(describeContest(sides)).toBe(said);
  });

  it.each([
    { at: [1, 2], said: ['held true by 3 independent sources, opposed by 2, 1 of which had held it true in an earlier article', 'held true by 2 independent sources, opposed by 3, 1 of which held it true in a later article'] },
    // Dated the same day, the two are not certainly one after the other: held at once.
    { at: [1, 1], said: ['held true by 3 independent sources, opposed by 2, 1 of which also holds it true', 'held true by 2 independent sources, opposed by 3, 1 of which also holds it true'] },
  ])('says when a source held the claim and one contradicting it in turn, as the status does (days $at)', ({ at, said }) => {
    // A figure its source revised: seven dead on one day, five the next.
    const c = corpus({
      claims: [claim('seven'), claim('five', { contradicts: ['seven'] })],
      articles: [
        article('a1', 'a', [m('seven')], { published: `2026-11-0${at[0]}` }),
        article('a2', 'a', [m('five')], { published: `2026-11-0${at[1]}` }),
        article('b1', 'b', [m('five')]),
        article('c1', 'c', [m('seven')]),
        article('d1', 'd', [m('seven')]),
      ],
    });
    const { evidence } = prepare(c);
    const partners = declaredPartners(c.claims);
    const cor = new Map(c.claims.map((x) => [x.id, corroborate(x.id, evidence.byClaim.get(x.id) ?? [])]));
    const statuses = c.claims.map((x) => deriveStatus(cor.get(x.id)!, (partners.get(x.id) ?? []).map((p) => cor.get(p)!)));
    const ranked = new Map(mostContested(statuses, cor, partners).map((r) => [r.claim, describeContest(r)]));
    expect([ranked.get(c.claims[0]!.id), ranked.get(c.claims[1]!.id)]).toEqual(said);
  });

  it.each([
    [{ support: 3, opposition: 2, both: 2, inTurn: 'earlier' as const }, 'held true by 3 independent sources, opposed by 2, all of which had held it true in earlier articles'],
    [{ support: 3, opposition: 3, both: 2, inTurn: 'later' as const }, 'held true by 3 independent sources, opposed by 3, 2 of which held it true in later articles'],
  ])('says %j as %j', (sides, said) => {
    expect(describeContest(sides)).toBe(said);
  });

  it('counts the sources on both sides in the ranking', () => {
    const c = corpus({
      claims: [claim('self')],
      articles: [article('a', 'a', [m('self'), m('self', 'disputes')])],
    });
    const { evidence } = prepare(c);
    const cor = new Map(c.claims.map((x) => [x.id, corroborate(x.id, evidence.byClaim.get(x.id) ?? [])]));
    const [ranked] = mostContested([deriveStatus(cor.get(c.claims[0]!.id)!, [])], cor, new Map());
    expect(ranked && describeContest(ranked)).toBe('held true by 1 independent source, opposed by 1, which also holds it true');
  });
});

describe('latestArticles', () => {
  it.each([
    {
      name: 'most recently added first',
      articles: [article('old', 'o', [], { added: '2026-06-01' }), article('new', 'o', [], { added: '2026-06-05' })],
      expected: ['new', 'old'],
    },
    {
      name: 'on the same added date, latest published first',
      articles: [
        article('undated', 'o', [], { added: '2026-06-05' }),
        article('early', 'o', [], { added: '2026-06-05', published: '2026-06-01' }),
        article('later', 'o', [], { added: '2026-06-05', published: '2026-06-03' }),
      ],
      expected: ['undated', 'later', 'early'],
    },
    {
      name: 'then by slug',
      articles: [article('b', 'o'), article('a', 'o')],
      expected: ['a', 'b'],
    },
    { name: 'nothing from nothing', articles: [], expected: [] },
  ])('orders $name', ({ articles, expected }) => {
    expect(latestArticles(articles).map((a) => a.slug)).toEqual(expected);
  });

  it('keeps at most the limit', () => {
    expect(latestArticles([article('a', 'o'), article('b', 'o')], 1).map((a) => a.slug)).toEqual(['a']);
  });
});
