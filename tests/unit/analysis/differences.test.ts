import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/corpus.ts';
import { isSupporting } from '../../../src/lib/corroboration.ts';
import { declaredPartners } from '../../../src/lib/contradictions.ts';
import { describeLeftOut, disputedBySelf, disputedElsewhere, DISPUTES_KEPT, LEFT_OUT_MIN_SOURCES, leftOut, leftOutOfStory, selfDisputeVerb } from '../../../src/lib/differences.ts';
import type { Evidence } from '../../../src/lib/evidence.ts';
import { asArticleSlug, type ClaimId } from '../../../src/lib/ids.ts';
import { sourceForArticle } from '../../../src/lib/independence.ts';
import { STANCES } from '../../../src/lib/mentions.ts';
import { article, claim, corpus, m, outlet, prepare } from './helpers.ts';

const owned = [
  outlet('own-1', { owner: 'Owner' }),
  outlet('own-2', { owner: 'Owner' }),
  outlet('anon', { unidentified: true }),
];

describe('disputedElsewhere', () => {
  function disputed(articles: Article[], claims = [claim('x'), claim('rival', { contradicts: ['x'] })]) {
    const c = corpus({ outlets: owned, articles, claims });
    const { sources, evidence } = prepare(c);
    return disputedElsewhere(asArticleSlug('me'), evidence, sources, declaredPartners(c.claims)).map((d) => ({
      claim: d.claim,
      ours: d.ours.map((e) => e.stance),
      disputedBy: d.disputedBy.map((e) => e.article.slug),
      contradictedBy: d.contradictedBy.map((r) => [r.claim, r.evidence.map((e) => e.article.slug)]),
    }));
  }

  it.each([
    {
      name: 'a claim it asserts that another source disputes',
      articles: [article('me', 'a', [m('x')]), article('b1', 'b', [m('x', 'disputes')])],
      expected: [{ claim: 'x', ours: ['asserts'], disputedBy: ['b1'], contradictedBy: [] }],
    },
    {
      name: 'a claim it qualifies that another source disputes',
      articles: [article('me', 'a', [m('x', 'qualifies')]), article('b1', 'b', [m('x', 'disputes')])],
      expected: [{ claim: 'x', ours: ['qualifies'], disputedBy: ['b1'], contradictedBy: [] }],
    },
    {
      name: 'a claim contradicted by one another source asserts',
      articles: [article('me', 'a', [m('x')]), article('b1', 'b', [m('rival')])],
      expected: [{ claim: 'x', ours: ['asserts'], disputedBy: [], contradictedBy: [['rival', ['b1']]] }],
    },
    {
      name: 'nothing when the dispute comes from its owner’s other outlet',
      articles: [article('me', 'own-1', [m('x')]), article('b1', 'own-2', [m('x', 'disputes')])],
      expected: [],
    },
    {
      name: 'nothing when its syndicated copy carries the claim as it reported it',
      articles: [article('me', 'a', [m('x')]), article('copy', 'b', [m('x', 'quotes'), m('rival')], { via: 'me' })],
      expected: [{ claim: 'x', ours: ['asserts'], disputedBy: [], contradictedBy: [['rival', ['copy']]] }],
    },
    {
      name: 'a dispute its syndicated copy adds: the copy’s own reporting, not the original’s',
      articles: [article('me', 'a', [m('x')]), article('copy', 'b', [m('x', 'disputes')], { via: 'me' })],
      expected: [{ claim: 'x', ours: ['asserts'], disputedBy: ['copy'], contradictedBy: [] }],
    },
    {
      name: 'nothing when it is the copy that adds the dispute',
      articles: [article('orig', 'b', [m('x')]), article('me', 'a', [m('x'), m('x', 'disputes')], { via: 'orig' })],
      expected: [],
    },
    {
      name: 'nothing for a claim it only quotes or disputes itself',
      articles: [
        article('me', 'a', [m('x', 'quotes'), m('rival', 'disputes')]),
        article('b1', 'b', [m('x', 'disputes'), m('rival')]),
      ],
      expected: [],
    },
    {
      name: 'nothing when the only source holding a claim declared to contradict it corrected that claim later',
      articles: [
        article('me', 'a', [m('x')]),
        article('b1', 'b', [m('rival')], { published: '2026-09-15' }),
        article('b2', 'b', [m('rival', 'disputes')], { published: '2026-09-17' }),
      ],
      expected: [],
    },
    {
      name: 'a claim contradicted by a source still holding it, not by one that corrected it',
      articles: [
        article('me', 'a', [m('x')]),
        article('b1', 'b', [m('rival')], { published: '2026-09-15' }),
        article('b2', 'b', [m('rival', 'disputes')], { published: '2026-09-17' }),
        article('c1', 'c', [m('rival')]),
      ],
      expected: [{ claim: 'x', ours: ['asserts'], disputedBy: [], contradictedBy: [['rival', ['c1']]] }],
    },
    {
      name: 'an unidentified source disputing counts',
      articles: [article('me', 'a', [m('x')]), article('u1', 'anon', [m('x', 'disputes')])],
      expected: [{ claim: 'x', ours: ['asserts'], disputedBy: ['u1'], contradictedBy: [] }],
    },
  ])('finds $name', ({ articles, expected }) => {
    expect(disputed(articles)).toEqual(expected);
  });

  it('returns nothing for an unknown article', () => {
    const { sources, evidence } = prepare(corpus());
    expect(disputedElsewhere(asArticleSlug('ghost'), evidence, sources)).toEqual([]);
  });
});

describe('leftOut', () => {
  function gaps(articles: Article[]) {
    const c = corpus({ outlets: owned, articles, claims: [claim('x'), claim('y'), claim('rival', { contradicts: ['x'] })] });
    const { sources, evidence } = prepare(c);
    const me = c.articles.find((a) => a.slug === 'me')!;
    return leftOut(me, c.articles, evidence, sources, declaredPartners(c.claims)).map((g) => [
      g.claim,
      g.mentionedBy,
      g.of,
      g.evidence.map((e) => e.article.slug),
    ]);
  }

  it('needs at least two other sources', () => {
    expect(LEFT_OUT_MIN_SOURCES).toBe(2);
  });

  it.each([
    {
      name: 'a claim two of three other sources mention',
      articles: [
        article('me', 'a', [m('y')]),
        article('b1', 'b', [m('x')]),
        article('c1', 'c', [m('x')]),
        article('d1', 'd', [m('y')]),
      ],
      expected: [['x', 2, 3, ['b1', 'c1']]],
    },
    {
      name: 'nothing for a claim only half the other sources mention',
      articles: [
        article('me', 'a'),
        article('b1', 'b', [m('x')]),
        article('c1', 'c', [m('x')]),
        article('d1', 'd'),
        article('e1', 'e'),
      ],
      expected: [],
    },
    {
      name: 'nothing from coverage certainly published after it',
      articles: [
        article('me', 'a', [m('y')], { published: '2026-06-01T09:00:00Z' }),
        article('b1', 'b', [m('x'), m('z')], { published: '2026-06-01T18:00:00Z' }),
        article('c1', 'c', [m('x'), m('z')], { published: '2026-06-02' }),
        article('d1', 'd', [m('z')], { published: '2026-06-01T08:00:00Z' }),
        article('e1', 'e', [m('z')], { added: '2026-06-09' }),
      ],
      expected: [['z', 2, 2, ['d1', 'e1']]],
    },
    {
      name: 'coverage of the same day, when its time is not known',
      articles: [
        article('me', 'a', [], { published: '2026-06-01' }),
        article('b1', 'b', [m('x')], { published: '2026-06-01T18:00:00Z' }),
        article('c1', 'c', [m('x')], { published: '2026-06-01T20:00:00+02:00' }),
      ],
      expected: [['x', 2, 2, ['b1', 'c1']]],
    },
    {
      name: 'nothing when a single other source mentions it',
      articles: [article('me', 'a'), article('b1', 'b', [m('x')])],
      expected: [],
    },
    {
      name: 'nothing for a claim the article mentions in any stance',
      articles: [article('me', 'a', [m('x', 'quotes')]), article('b1', 'b', [m('x')]), article('c1', 'c', [m('x')])],
      expected: [],
    },
    {
      name: 'nothing for a claim declared to contradict one the article asserts: it took the other side',
      articles: [article('me', 'a', [m('rival')]), article('b1', 'b', [m('x')]), article('c1', 'c', [m('x')])],
      expected: [],
    },
    {
      name: 'nothing for a claim declared to contradict one the article qualifies',
      articles: [article('me', 'a', [m('x', 'qualifies')]), article('b1', 'b', [m('rival')]), article('c1', 'c', [m('rival')])],
      expected: [],
    },
    {
      name: 'a claim declared to contradict one the article only disputes',
      articles: [article('me', 'a', [m('rival', 'disputes')]), article('b1', 'b', [m('x')]), article('c1', 'c', [m('x')])],
      expected: [['x', 2, 2, ['b1', 'c1']]],
    },
    {
      name: 'copies and sister outlets count once',
      articles: [
        article('me', 'a'),
        article('o1', 'own-1', [m('x')]),
        article('o2', 'own-2', [m('x')]),
        article('b1', 'b', [m('x')]),
        article('b2', 'c', [m('x')], { via: 'b1' }),
      ],
      // The first DISPUTES_KEPT of their four mentions.
      expected: [['x', 2, 2, ['b1', 'b2', 'o1']]],
    },
    {
      name: 'nothing from the article’s own syndicated copies',
      articles: [
        article('me', 'a'),
        article('copy1', 'b', [m('x')], { via: 'me' }),
        article('copy2', 'c', [m('x')], { via: 'me' }),
      ],
      expected: [],
    },
    {
      name: 'unidentified sources count as other coverage',
      articles: [article('me', 'a'), article('u1', 'anon', [m('x')]), article('u2', 'anon', [m('x')])],
      expected: [['x', 2, 2, ['u1', 'u2']]],
    },
    {
      name: 'claims ordered by how many sources mention them, then by first mention',
      articles: [
        article('me', 'a'),
        article('b1', 'b', [m('p'), m('most')], { published: '2026-06-02' }),
        article('c1', 'c', [m('p'), m('q'), m('most')], { published: '2026-06-03' }),
        article('d1', 'd', [m('q'), m('most')], { published: '2026-06-01' }),
        article('e1', 'e', [m('p'), m('q'), m('most')], { published: '2026-06-04' }),
      ],
      expected: [
        ['most', 4, 4, ['d1', 'b1', 'c1']],
        ['q', 3, 4, ['d1', 'c1', 'e1']],
        ['p', 3, 4, ['b1', 'c1', 'e1']],
      ],
    },
  ])('finds $name', ({ articles, expected }) => {
    expect(gaps(articles)).toEqual(expected);
  });
});

describe('describeLeftOut', () => {
  it.each([
    [2, 2, 0, 'mentioned by 2 of 2 other independent sources'],
    [3, 4, 0, 'mentioned by 3 of 4 other independent sources'],
    [2, 2, 6, 'mentioned by 2 of the 2 other independent sources that may have come before it (6 more came after it)'],
    [3, 4, 1, 'mentioned by 3 of the 4 other independent sources that may have come before it (1 more came after it)'],
  ])('says a claim %i of %i other sources mention was mentioned, not reported: some may dispute it (%i later)', (mentionedBy, of, after, said) => {
    expect(describeLeftOut({ mentionedBy, of, after })).toBe(said);
  });
});

describe('leftOut, the coverage published after the article', () => {
  it('counts the other sources it leaves aside, certainly published after the article, so a page can say so', () => {
    const c = corpus({
      articles: [
        article('me', 'a', [], { published: '2026-06-01T09:00:00Z' }),
        article('b1', 'b', [m('x')], { published: '2026-06-01T18:00:00Z' }),
        article('b2', 'b', [m('x')], { published: '2026-06-03' }),
        article('c1', 'c', [m('x')], { published: '2026-06-02' }),
        article('d1', 'd', [m('z')], { published: '2026-06-01T08:00:00Z' }),
        article('e1', 'e', [m('z')], { added: '2026-06-09' }),
        article('copy', 'f', [m('z')], { via: 'me', published: '2026-06-05' }),
      ],
    });
    const { sources, evidence } = prepare(c);
    const gaps = leftOut(c.articles.find((a) => a.slug === 'me')!, c.articles, evidence, sources);
    // b and c came after it (b once, however many articles); its own copy is no other source.
    expect(gaps.map((g) => [g.claim, g.mentionedBy, g.of, g.after])).toEqual([['z', 2, 2, 2]]);
  });
});

describe('disputedBySelf', () => {
  it.each([
    {
      name: 'a claim its outlet disputed in a later article',
      articles: [article('me', 'a', [m('x')], { published: '2026-06-01' }), article('a2', 'a', [m('x', 'disputes')], { published: '2026-06-05' })],
      expected: [['x', ['a2']]],
    },
    {
      name: 'a claim its sister outlet disputed',
      articles: [article('me', 'own-1', [m('x')]), article('o2', 'own-2', [m('x', 'disputes')])],
      expected: [['x', ['o2']]],
    },
    {
      name: 'nothing for another source’s dispute (that is disputedElsewhere’s)',
      articles: [article('me', 'a', [m('x')]), article('b1', 'b', [m('x', 'disputes')])],
      expected: [],
    },
    {
      name: 'nothing for a dispute in the article itself',
      articles: [article('me', 'a', [m('x'), m('x', 'disputes')])],
      expected: [],
    },
    {
      name: 'nothing for a claim the article only disputes',
      articles: [article('me', 'a', [m('x', 'disputes')]), article('a2', 'a', [m('x', 'disputes')])],
      expected: [],
    },
  ])('finds $name', ({ articles, expected }) => {
    const c = corpus({ outlets: owned, articles });
    const { sources, evidence } = prepare(c);
    expect(disputedBySelf(asArticleSlug('me'), evidence, sources).map((d) => [d.claim, d.disputedBy.map((e) => e.article.slug)])).toEqual(expected);
  });

  // A figure its source revised: the source held true, in another article, a claim declared to
  // contradict the one this article holds true (seven dead, then five), which others' pages call
  // a contradiction and this one did not show at all.
  it.each([
    {
      name: 'a claim its outlet contradicted in a later article, with a figure declared against it',
      articles: [article('me', 'a', [m('x')], { published: '2026-11-04' }), article('a2', 'a', [m('rival')], { published: '2026-11-05' }), article('b1', 'b', [m('rival')])],
      expected: [['x', [], 0, ['a2:rival'], 1]],
    },
    {
      name: 'a claim its sister outlet contradicted, beside one it disputed',
      articles: [article('me', 'own-1', [m('x'), m('y')]), article('o2', 'own-2', [m('rival'), m('rival'), m('y', 'disputes')])],
      expected: [
        ['x', [], 0, ['o2:rival', 'o2:rival'], 2],
        ['y', ['o2'], 1, [], 0],
      ],
    },
    {
      name: 'nothing for a contradicting claim only another source holds true (that is disputedElsewhere’s)',
      articles: [article('me', 'a', [m('x')]), article('b1', 'b', [m('rival')])],
      expected: [],
    },
    {
      name: 'nothing for a contradicting claim the article itself holds true too',
      articles: [article('me', 'a', [m('x'), m('rival')])],
      expected: [],
    },
    {
      name: 'nothing for a contradicting claim its source only quotes or disputes',
      articles: [article('me', 'a', [m('x')]), article('a2', 'a', [m('rival', 'quotes'), m('rival', 'disputes')])],
      expected: [],
    },
  ])('finds $name', ({ articles, expected }) => {
    const c = corpus({ outlets: owned, articles, claims: [claim('x'), claim('y'), claim('rival', { contradicts: ['x'] })] });
    const { sources, evidence } = prepare(c);
    expect(
      disputedBySelf(asArticleSlug('me'), evidence, sources, declaredPartners(c.claims)).map((d) => [
        d.claim,
        d.disputedBy.map((e) => e.article.slug),
        d.disputes,
        d.contradictedBy.map((e) => `${e.article.slug}:${e.claim}`),
        d.contradictions,
      ]),
    ).toEqual(expected);
  });

  it.each([
    [[{ disputes: 1, contradictions: 0 }], 'disputed'],
    [[{ disputes: 0, contradictions: 2 }], 'contradicted'],
    [[{ disputes: 1, contradictions: 0 }, { disputes: 0, contradictions: 1 }], 'disputed or contradicted'],
  ])('selfDisputeVerb says what the source did to %j: %s', (list, verb) => {
    expect(selfDisputeVerb(list)).toBe(verb);
  });
});

describe('leftOutOfStory', () => {
  /** A story of `n` articles from a seeded generator: few outlets (two of one owner, one unidentified), copies, rivals, every kind of date. */
  function story(n: number, seed: number) {
    let s = seed;
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = (k: number) => Math.floor(next() * k);
    const stances = ['asserts', 'asserts', 'quotes', 'disputes', 'qualifies'] as const;
    const day = (d: number) => `2026-06-${String(1 + d).padStart(2, '0')}`;
    const articles = Array.from({ length: n }, (_, i) => {
      const r = next();
      return article(
        `a${i}`,
        ['own-1', 'own-2', 'anon', 'b', 'c', 'd', 'e'][pick(7)]!,
        Array.from({ length: 1 + pick(5) }, () => m(`p${pick(12)}`, stances[pick(5)])),
        {
          published: r < 0.2 ? undefined : r < 0.6 ? day(pick(20)) : `${day(pick(20))}T${String(pick(24)).padStart(2, '0')}:00:00+02:00`,
          added: `${day(pick(25))}T0${pick(10)}:00:00Z`,
          via: i > 0 && next() < 0.1 ? `a${pick(i)}` : undefined,
        },
      );
    });
    const claims = Array.from({ length: 12 }, (_, i) => claim(`p${i}`, { contradicts: i % 5 === 1 ? [`p${i + 1}`] : [] }));
    return corpus({ outlets: owned, articles, claims });
  }

  it.each([
    [5, 1],
    [12, 2],
    [40, 3],
    [150, 4],
    [150, 5],
  ])('gives each of %i articles (seed %i) what leftOut gives it', (n, seed) => {
    const c = story(n, seed);
    const { sources, evidence } = prepare(c);
    const partners = declaredPartners(c.claims);
    const all = leftOutOfStory(c.articles, evidence, sources, partners);
    const each = new Map(c.articles.map((a) => [a.slug, leftOut(a, c.articles, evidence, sources, partners)]));
    expect(all).toEqual(each);
    // The case has something to compare: gaps, some with coverage after the article.
    const gaps = [...each.values()].flat();
    expect(n < 40 || (gaps.length > 0 && gaps.some((g) => g.after > 0))).toBe(true);
  });

  it('keeps the first few mentions of a claim most sources mention for each article leaving it out, reading a number of them that does not grow with the story', () => {
    // 4,000 articles of 31 outlets, three in five mentioning x: each of the 1,600 others held the
    // 2,400 mentions of x (3.8 million), going through all of them.
    const n = 4000;
    const c = corpus({ articles: Array.from({ length: n }, (_, i) => article(`a${i}`, `o${i % 31}`, [m(`c${i}`), ...(i % 5 < 3 ? [m('x')] : [])])) });
    const { sources, evidence } = prepare(c);
    let reads = 0;
    const counted = new Map(
      [...evidence.byClaim].map(([id, list]) => [id, new Proxy(list, { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && reads++, Reflect.get(target, key, receiver)) })]),
    );
    const gaps = [...leftOutOfStory(c.articles, { ...evidence, byClaim: counted }, sources).values()].flat();
    expect(gaps.map((g) => g.claim)).toEqual(Array.from({ length: (2 * n) / 5 }, () => 'x'));
    expect(gaps.every((g) => g.evidence.length === DISPUTES_KEPT && g.mentionedBy === 30)).toBe(true);
    expect(reads).toBeLessThan(10 * n);
  });

  it('reads the partners of a claim n claims contradict a number of times that does not grow with them', () => {
    // 4,000 articles of 31 outlets each mention one of 4,000 claims declared to contradict x, every
    // seventh disputing it, and every fifth holds x true too: adding all 4,000 partners of x to
    // what each of those 800 covers read them 3.2 million times.
    const n = 4000;
    const c = corpus({
      claims: [claim('x'), ...Array.from({ length: n }, (_, i) => claim(`r${i}`, { contradicts: ['x'] }))],
      articles: Array.from({ length: n }, (_, i) => article(`a${i}`, `o${i % 31}`, [m(`r${i}`, i % 7 === 3 ? 'disputes' : 'asserts'), ...(i % 5 === 0 ? [m('x')] : [])])),
    });
    const { sources, evidence } = prepare(c);
    let reads = 0;
    const partners = new Map(
      [...declaredPartners(c.claims)].map(([id, list]) => [id, new Proxy(list, { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && reads++, Reflect.get(target, key, receiver)) })]),
    );
    const all = leftOutOfStory(c.articles, evidence, sources, partners);
    // x is left out only by the articles that neither mention it nor hold one of its partners true.
    const leaving = [...all].filter(([, gaps]) => gaps.some((g) => g.claim === 'x')).map(([slug]) => slug);
    expect(leaving).toEqual(c.articles.filter((_, i) => i % 7 === 3 && i % 5 !== 0).map((a) => a.slug));
    expect(reads).toBeLessThan(10 * n);
  });
});

describe('disputedElsewhere and disputedBySelf, for a claim every article reports', () => {
  it('go through the claim’s mentions a number of times that grows with them, not with their square', () => {
    // 2,000 articles of 40 outlets hold one claim true, one of them disputes it.
    const n = 2000;
    const c = corpus({
      articles: Array.from({ length: n }, (_, i) => article(`a${i}`, `o${i % 40}`, [m('x', i === 7 ? 'disputes' : 'asserts')])),
    });
    const { sources, evidence } = prepare(c);
    let reads = 0;
    const counted = new Map(
      [...evidence.byClaim].map(([id, list]) => [id, new Proxy(list, { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && reads++, Reflect.get(target, key, receiver)) })]),
    );
    const index = { ...evidence, byClaim: counted };
    const disputed = c.articles.map((a) => disputedElsewhere(a.slug, index, sources).length);
    const bySelf = c.articles.map((a) => disputedBySelf(a.slug, index, sources).length);
    // Every article holding it true but those of the disputing outlet; the disputing outlet's own.
    expect([disputed.filter((d) => d > 0).length, bySelf.filter((d) => d > 0).length]).toEqual([n - n / 40, n / 40 - 1]);
    // Going through them for each article, in both, read them 2n² = 8,000,000 times.
    expect(reads).toBeLessThan(10 * n);
  });
});

describe('disputedElsewhere and disputedBySelf, what they keep', () => {
  // Four claims contradict x, more than an article's view keeps.
  const ids = ['x', 'y', 'rival', 'r2', 'r3', 'r4'];
  const arb = fc.array(
    fc.record({
      outlet: fc.constantFrom('own-1', 'own-2', 'anon', 'a', 'b'),
      via: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
      mentions: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...STANCES)), { maxLength: 4 }),
    }),
    { maxLength: 10 },
  );

  it('keep the first DISPUTES_KEPT mentions of each list, in evidence order, and of the contradicting claims, and how many each has', () => {
    fc.assert(
      fc.property(arb, (specs) => {
        const c = corpus({
          outlets: owned,
          claims: [claim('x'), claim('y'), ...['rival', 'r2', 'r3', 'r4'].map((id) => claim(id, { contradicts: ['x'] }))],
          articles: specs.map((a, i) =>
            article(`a${i}`, a.outlet, a.mentions.map(([id, stance]) => m(id, stance)), { via: a.via === undefined || a.via >= specs.length ? undefined : `a${a.via}` }),
          ),
        });
        const { sources, evidence } = prepare(c);
        const partners = declaredPartners(c.claims);
        for (const { slug } of c.articles) {
          // What they listed when they kept every mention.
          const own = evidence.byArticle.get(slug) ?? [];
          const self = new Set([sourceForArticle(slug, sources).key, ...own.map((e) => e.source.key)]);
          const of = (id: ClaimId, keep: (e: Evidence) => boolean) => (evidence.byClaim.get(id) ?? []).filter(keep);
          const kept = <T,>(list: readonly T[]) => [list.slice(0, DISPUTES_KEPT), list.length] as const;
          const held = [...new Set(own.filter((e) => isSupporting(e.stance)).map((e) => e.claim))];
          const elsewhere = held.flatMap((id) => {
            const disputedBy = of(id, (e) => e.stance === 'disputes' && !self.has(e.source.key));
            const contradictedBy = (partners.get(id) ?? [])
              .map((rival) => [rival, ...kept(of(rival, (e) => isSupporting(e.stance) && !self.has(e.source.key)))] as const)
              .filter(([, , count]) => count > 0);
            return disputedBy.length === 0 && contradictedBy.length === 0 ? [] : [[id, ...kept(disputedBy), ...kept(contradictedBy)]];
          });
          const bySelf = held.flatMap((id) => {
            const list = of(id, (e) => e.stance === 'disputes' && e.article.slug !== slug && self.has(e.source.key));
            const rivals = (partners.get(id) ?? []).flatMap((rival) => of(rival, (e) => isSupporting(e.stance) && e.article.slug !== slug && self.has(e.source.key)));
            return list.length > 0 || rivals.length > 0 ? [[id, ...kept(list), ...kept(rivals)]] : [];
          });
          expect(
            disputedElsewhere(slug, evidence, sources, partners).map((d) => [
              d.claim,
              d.disputedBy,
              d.disputes,
              d.contradictedBy.map((r) => [r.claim, r.evidence, r.mentions]),
              d.contradictions,
            ]),
          ).toEqual(elsewhere);
          expect(disputedBySelf(slug, evidence, sources, partners).map((d) => [d.claim, d.disputedBy, d.disputes, d.contradictedBy, d.contradictions])).toEqual(bySelf);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keep a few mentions of a claim a third of the articles dispute, for each of the others', () => {
    // 2,000 articles of 40 outlets mention one claim, every third disputing it: keeping every
    // disputing mention for each article holding it true made 1,333 lists of about 650 (n²).
    const n = 2000;
    const c = corpus({
      articles: Array.from({ length: n }, (_, i) => article(`a${i}`, `o${i % 40}`, [m('x', i % 3 === 1 ? 'disputes' : 'asserts')])),
    });
    const { sources, evidence } = prepare(c);
    let kept = 0;
    const elsewhere = new Set<number>();
    const bySelf = new Set<number>();
    for (const a of c.articles) {
      for (const d of disputedElsewhere(a.slug, evidence, sources)) {
        kept += d.disputedBy.length;
        elsewhere.add(d.disputes);
      }
      for (const d of disputedBySelf(a.slug, evidence, sources)) {
        kept += d.disputedBy.length;
        bySelf.add(d.disputes);
      }
    }
    // 667 disputing mentions, 16 or 17 of each outlet: the others' for an article holding it true, and its own outlet's.
    expect([[...elsewhere].sort(), [...bySelf].sort()]).toEqual([[650, 651], [16, 17]]);
    expect(kept).toBeLessThanOrEqual(2 * n * DISPUTES_KEPT);
  });

  it('keep a few of the claims contradicting a claim n claims contradict, reading a number of mentions that does not grow with them', () => {
    // 4,000 articles of 30 outlets each hold true one of 4,000 claims declared to contradict x,
    // and every fifth x too: each of those 800 listed the 3,999 others (3.2 million entries),
    // going through all of them for each.
    const n = 4000;
    const c = corpus({
      claims: [claim('x'), ...Array.from({ length: n }, (_, i) => claim(`r${i}`, { contradicts: ['x'] }))],
      articles: Array.from({ length: n }, (_, i) => article(`a${i}`, `o${i % 30}`, [m(`r${i}`), ...(i % 5 === 0 ? [m('x')] : [])])),
    });
    const { sources, evidence } = prepare(c);
    let reads = 0;
    const counted = new Map(
      [...evidence.byClaim].map(([id, list]) => [id, new Proxy(list, { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && reads++, Reflect.get(target, key, receiver)) })]),
    );
    const partners = declaredPartners(c.claims);
    let entries = 0;
    const contradictions = new Set<number>();
    for (const a of c.articles) {
      for (const d of disputedElsewhere(a.slug, { ...evidence, byClaim: counted }, sources, partners)) {
        if (d.claim !== 'x') continue;
        entries += d.contradictedBy.length;
        contradictions.add(d.contradictions);
      }
    }
    // All but those its own outlet alone holds true: 4,000 less the 133 or 134 of its outlet.
    expect([...contradictions].sort()).toEqual([3866, 3867]);
    expect(entries).toBe((n / 5) * DISPUTES_KEPT);
    expect(reads).toBeLessThan(20 * n);
  });
});
