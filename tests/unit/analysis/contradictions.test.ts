import { describe, expect, it } from 'vitest';
import {
  contradictionsForClaim,
  declaredPartners,
  describeImplied,
  describeSide,
  findContradictions,
} from '../../../src/lib/contradictions.ts';
import type { Article, Claim, Corpus, Outlet } from '../../../src/lib/corpus.ts';
import { corroborate } from '../../../src/lib/corroboration.ts';
import { asClaimId } from '../../../src/lib/ids.ts';
import { article, claim, corpus, m, outlet, prepare } from './helpers.ts';

function contradictionsIn(c: Corpus) {
  const { evidence } = prepare(c);
  const corroborations = new Map(c.claims.map((x) => [x.id, corroborate(x.id, evidence.byClaim.get(x.id) ?? [])]));
  return findContradictions(c.claims, corroborations);
}

describe('declaredPartners', () => {
  it.each<{ name: string; claims: Claim[]; expected: Record<string, string[]> }>([
    { name: 'no declarations, no partners', claims: [claim('a'), claim('b')], expected: {} },
    {
      name: 'one declaration shows on both claims',
      claims: [claim('a', { contradicts: ['b'] }), claim('b')],
      expected: { a: ['b'], b: ['a'] },
    },
    {
      name: 'a pair declared from both sides appears once on each',
      claims: [claim('a', { contradicts: ['b'] }), claim('b', { contradicts: ['a'] })],
      expected: { a: ['b'], b: ['a'] },
    },
    {
      name: 'partners are sorted by id',
      claims: [claim('m', { contradicts: ['z', 'a'] }), claim('a'), claim('z')],
      expected: { m: ['a', 'z'], z: ['m'], a: ['m'] },
    },
    {
      name: 'self-references and unknown ids are dropped',
      claims: [claim('a', { contradicts: ['a', 'ghost'] })],
      expected: {},
    },
  ])('$name', ({ claims, expected }) => {
    expect(Object.fromEntries(declaredPartners(claims))).toEqual(expected);
  });
});

describe('findContradictions', () => {
  it('finds nothing in an empty corpus', () => {
    expect(contradictionsIn(corpus())).toEqual([]);
  });

  it('finds an implied contradiction when one article asserts a claim and another disputes it', () => {
    const found = contradictionsIn(
      corpus({ articles: [article('a1', 'a', [m('x')]), article('b1', 'b', [m('x', 'disputes')])] }),
    );
    expect(found.map((c) => ({ kind: c.kind, key: c.key, claims: c.claims, active: c.active }))).toEqual([
      { kind: 'implied', key: 'implied:x', claims: ['x'], active: true },
    ]);
    expect(found[0]!.sides.map((s) => [s.claim, s.position, s.evidence.map((e) => e.article.slug)])).toEqual([
      ['x', 'holds', ['a1']],
      ['x', 'disputes', ['b1']],
    ]);
  });

  it('counts a qualification on the holding side', () => {
    const found = contradictionsIn(
      corpus({ articles: [article('a1', 'a', [m('x', 'qualifies')]), article('b1', 'b', [m('x', 'disputes')])] }),
    );
    expect(found.map((c) => c.key)).toEqual(['implied:x']);
  });

  it.each([
    { name: 'asserted only', mentions: [m('x')] },
    { name: 'disputed only', mentions: [m('x', 'disputes')] },
    { name: 'quoted and disputed', mentions: [m('x', 'quotes'), m('x', 'disputes')] },
  ])('finds no implied contradiction when a claim is $name', ({ mentions }) => {
    expect(contradictionsIn(corpus({ articles: [article('a1', 'a', mentions)] }))).toEqual([]);
  });

  it('lists a declared pair once, whichever claims declare it, with each side’s evidence', () => {
    const c = corpus({
      claims: [claim('y', { contradicts: ['x'] }), claim('x', { contradicts: ['y'] })],
      articles: [article('a1', 'a', [m('x')]), article('b1', 'b', [m('y'), m('x', 'quotes')])],
    });
    const found = contradictionsIn(c);
    expect(found.map((k) => [k.kind, k.key, k.claims, k.declaredBy, k.active])).toEqual([
      ['declared', 'declared:x:y', ['x', 'y'], ['x', 'y'], true],
    ]);
    expect(found[0]!.sides.map((s) => [s.claim, s.evidence.map((e) => e.article.slug)])).toEqual([
      ['x', ['a1']],
      ['y', ['b1']],
    ]);
  });

  it('lists a declared pair that nobody asserts as inactive', () => {
    const found = contradictionsIn(corpus({ claims: [claim('x'), claim('y', { contradicts: ['x'] })] }));
    expect(found.map((k) => [k.key, k.declaredBy, k.active])).toEqual([['declared:x:y', ['y'], false]]);
  });

  it('orders implied contradictions before declared ones, each by claim id', () => {
    const c = corpus({
      claims: [claim('b', { contradicts: ['a'] }), claim('a'), claim('z'), claim('c')],
      articles: [article('a1', 'a', [m('z'), m('c')]), article('b1', 'b', [m('z', 'disputes'), m('c', 'disputes')])],
    });
    expect(contradictionsIn(c).map((k) => k.key)).toEqual(['implied:c', 'implied:z', 'declared:a:b']);
  });

  it('finds who declared each of 150,000 contradictions of one claim in one pass', () => {
    // Searching the claim's `contradicts` for each of its pairs took 150,000² / 2 comparisons (minutes).
    const n = 150_000;
    const rivals = Array.from({ length: n }, (_, i) => claim(`r${String(i).padStart(6, '0')}`, i === 0 ? { contradicts: ['hub'] } : {}));
    const hub = claim('hub', { contradicts: rivals.map((r) => r.id) });
    const found = findContradictions([hub, ...rivals], new Map());
    expect([found.length, found[0]!.declaredBy, found.at(-1)!.declaredBy]).toEqual([n, ['hub', 'r000000'], ['hub']]);
  });
});

describe('describeImplied', () => {
  it.each([
    {
      name: 'one article on each side',
      articles: [article('a1', 'a', [m('x')]), article('b1', 'b', [m('x', 'disputes')])],
      sentence: 'The coverage disagrees on this claim itself: 1 article holds it true, 1 disputes it.',
    },
    {
      name: 'many on each side',
      articles: [
        article('a1', 'a', [m('x')]),
        article('a2', 'a', [m('x', 'qualifies')]),
        article('b1', 'b', [m('x', 'disputes')]),
        article('c1', 'c', [m('x', 'disputes')]),
        article('d1', 'd', [m('x')]),
      ],
      sentence: 'The coverage disagrees on this claim itself: 3 articles hold it true, 2 dispute it.',
    },
    {
      name: 'a lone article on both sides',
      articles: [article('a1', 'a', [m('x'), m('x', 'disputes')])],
      sentence: 'One article both holds this claim true and disputes it.',
    },
    {
      name: 'one outlet that asserted it, then disputed it in a later article (a correction)',
      articles: [
        article('a1', 'a', [m('x')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x', 'disputes')], { published: '2026-06-03T10:00:00+02:00' }),
      ],
      sentence: 'One source, A, is on both sides of this claim: it held it true in 1 article, then disputed it in 1 later article.',
    },
    {
      name: 'one outlet on both sides, its dispute not certainly the later (no publication date)',
      articles: [article('a1', 'a', [m('x')], { published: '2026-06-01' }), article('a2', 'a', [m('x', 'disputes')])],
      sentence: 'One source, A, is on both sides of this claim, not two sources disagreeing: 1 of its articles holds it true, 1 disputes it.',
    },
    {
      name: 'two outlets of one owner that disagree',
      outlets: [outlet('o1', { owner: 'Group' }), outlet('o2', { owner: 'Group' })],
      articles: [article('p1', 'o1', [m('x')]), article('p2', 'o1', [m('x')]), article('q1', 'o2', [m('x', 'disputes')])],
      sentence: 'One source, Group, the owner of O1 and O2, is on both sides of this claim, not two sources disagreeing: 2 of its articles hold it true, 1 disputes it.',
    },
    {
      name: 'an outlet with an owner that corrected itself: the outlet is named, not the owner its articles count with',
      outlets: [outlet('o1', { owner: 'Group' }), outlet('o2', { owner: 'Group' })],
      articles: [
        article('p1', 'o1', [m('x')], { published: '2026-06-01' }),
        article('p2', 'o1', [m('x', 'disputes')], { published: '2026-06-03' }),
      ],
      sentence: 'One source, O1, is on both sides of this claim: it held it true in 1 article, then disputed it in 1 later article.',
    },
    {
      name: 'an outlet with an owner on both sides, not certainly in that order',
      outlets: [outlet('o1', { owner: 'Group' })],
      articles: [article('p1', 'o1', [m('x')]), article('p2', 'o1', [m('x', 'disputes')])],
      sentence: 'One source, O1, is on both sides of this claim, not two sources disagreeing: 1 of its articles holds it true, 1 disputes it.',
    },
    {
      name: 'two outlets, each on both sides',
      articles: [
        article('a1', 'a', [m('x'), m('x', 'disputes')]),
        article('b1', 'b', [m('x')]),
        article('b2', 'b', [m('x', 'disputes')]),
      ],
      sentence: 'Each of the 2 sources on this claim is on both sides of it, not one source against another: 2 articles hold it true, 2 dispute it.',
    },
    {
      name: 'an outlet that corrected itself while another disputes it too',
      articles: [
        article('a1', 'a', [m('x')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x', 'disputes')], { published: '2026-06-05' }),
        article('b1', 'b', [m('x', 'disputes')]),
      ],
      sentence: 'The coverage disagrees on this claim itself: 1 article holds it true, 2 dispute it.',
    },
    {
      name: 'an article on both sides among others',
      articles: [article('a1', 'a', [m('x'), m('x', 'disputes')]), article('b1', 'b', [m('x')])],
      sentence: 'The coverage disagrees on this claim itself: 2 articles hold it true, 1 disputes it; 1 article does both.',
    },
  ])('says so for $name', ({ articles, sentence, outlets = [] }: { articles: Article[]; sentence: string; outlets?: Outlet[] }) => {
    const [found] = contradictionsIn(corpus({ articles, outlets }));
    expect(describeImplied(found!)).toBe(sentence);
  });
});

describe('describeSide', () => {
  const early = { published: '2026-09-15' };
  const late = { published: '2026-09-17' };
  it.each([
    {
      name: 'its only source corrected the other claim later',
      articles: [article('a1', 'a', [m('rival')], early), article('a2', 'a', [m('rival', 'disputes'), m('x')], late)],
      title: 'Held true by 1 independent source, which disputed it in a later article',
    },
    {
      name: 'one of its two sources corrected it',
      articles: [article('a1', 'a', [m('rival')], early), article('a2', 'a', [m('rival', 'disputes')], late), article('b1', 'b', [m('rival')])],
      title: 'Held true by 2 independent sources, 1 of which disputed it in a later article',
    },
    {
      name: 'both its sources corrected it',
      articles: [
        article('a1', 'a', [m('rival')], early),
        article('a2', 'a', [m('rival', 'disputes')], late),
        article('b1', 'b', [m('rival')], early),
        article('b2', 'b', [m('rival', 'disputes')], late),
      ],
      title: 'Held true by 2 independent sources, all of which disputed it in later articles',
    },
    {
      name: 'its source disputed it on the same day, not certainly later',
      articles: [article('a1', 'a', [m('rival')], early), article('a2', 'a', [m('rival', 'disputes')], early)],
      title: 'Held true by 1 independent source',
    },
    {
      name: 'another source disputes it',
      articles: [article('a1', 'a', [m('rival')], early), article('b1', 'b', [m('rival', 'disputes')], late)],
      title: 'Held true by 1 independent source',
    },
    {
      forecast: true,
      name: 'its only source held this claim true later (a forecast, then the outcome)',
      articles: [article('a1', 'a', [m('rival')], early), article('a2', 'a', [m('x')], late)],
      title: 'Held true by 1 independent source, which held the other claim true in a later article',
    },
    {
      forecast: true,
      name: 'one of its two sources held this claim true later',
      articles: [article('a1', 'a', [m('rival')], early), article('a2', 'a', [m('x')], late), article('b1', 'b', [m('rival')], late)],
      title: 'Held true by 2 independent sources, 1 of which held the other claim true in a later article',
    },
    {
      forecast: true,
      name: 'its source held this claim true the same day, not certainly later',
      articles: [article('a1', 'a', [m('rival')], early), article('a2', 'a', [m('x')], early)],
      title: 'Held true by 1 independent source',
    },
    {
      name: 'its only source held this claim true later, neither a forecast',
      articles: [article('a1', 'a', [m('rival')], early), article('a2', 'a', [m('x')], late)],
      title: 'Held true by 1 independent source',
    },
  ])('titles the other claim’s side of a declared contradiction when $name', ({ articles, title, forecast = false }) => {
    const found = contradictionsIn(
      corpus({ articles: [article('me', 'c', [m('x')]), ...articles], claims: [claim('x', { contradicts: ['rival'] }), claim('rival', forecast ? { kind: 'prediction' } : {})] }),
    );
    const declared = found.find((c) => c.kind === 'declared')!;
    const rival = declared.sides.find((s) => s.claim === 'rival')!;
    expect(describeSide(rival)).toBe(title);
  });

  it('titles a disputing side by its sources', () => {
    expect(describeSide({ position: 'disputes', count: { sources: 2, articles: 3, unidentified: 0 } })).toBe('Disputed by 2 independent sources');
  });
});

describe('contradictionsForClaim', () => {
  const c = corpus({
    claims: [claim('x', { contradicts: ['y'] }), claim('y')],
    articles: [article('a1', 'a', [m('x'), m('y', 'disputes')]), article('b1', 'b', [m('y')])],
  });
  const all = contradictionsIn(c);

  it('shows a declared contradiction on both claims, each with its own side first', () => {
    const onX = contradictionsForClaim(asClaimId('x'), all).filter((k) => k.contradiction.kind === 'declared');
    const onY = contradictionsForClaim(asClaimId('y'), all).filter((k) => k.contradiction.kind === 'declared');
    expect(onX.map((k) => [k.other, k.ours.claim, k.theirs.claim])).toEqual([['y', 'x', 'y']]);
    expect(onY.map((k) => [k.other, k.ours.claim, k.theirs.claim])).toEqual([['x', 'y', 'x']]);
  });

  it('shows an implied contradiction on its claim, holding side first', () => {
    const onY = contradictionsForClaim(asClaimId('y'), all).filter((k) => k.contradiction.kind === 'implied');
    expect(onY.map((k) => [k.other, k.ours.position, k.theirs.position])).toEqual([[undefined, 'holds', 'disputes']]);
  });

  it('returns nothing for a claim without contradictions', () => {
    expect(contradictionsForClaim(asClaimId('nothing'), all)).toEqual([]);
  });
});
