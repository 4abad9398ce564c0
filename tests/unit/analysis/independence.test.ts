import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/corpus.ts';
import { asArticleSlug, asClaimId, type ArticleSlug } from '../../../src/lib/ids.ts';
import {
  carriesReporting,
  countIndependent,
  describeCountedAs,
  describeIndependence,
  describeOwnReporting,
  describeSharedSources,
  followVia,
  groupOwners,
  linkVia,
  mentionSource,
  ownerKey,
  resolveSources,
  sourceForArticle,
  sourceOf,
} from '../../../src/lib/independence.ts';
import { indexCorpus } from '../../../src/lib/lookup.ts';
import { article, corpus, m, outlet, prepare, slugs } from './helpers.ts';

/** A map of articles from `slug -> via` pairs (undefined: no via). */
function vias(pairs: Record<string, string | undefined>): Map<ArticleSlug, Pick<Article, 'via'>> {
  return new Map(
    Object.entries(pairs).map(([slug, via]) => [
      asArticleSlug(slug),
      { via: via === undefined ? undefined : asArticleSlug(via) },
    ]),
  );
}

describe('followVia', () => {
  it.each([
    {
      name: 'an article without via is its own root',
      links: { a: undefined },
      start: 'a',
      chain: ['a'],
      root: 'a',
      cycle: false,
    },
    {
      name: 'a syndicated copy leads to its original',
      links: { b: 'a', a: undefined },
      start: 'b',
      chain: ['b', 'a'],
      root: 'a',
      cycle: false,
    },
    {
      name: 'a rewrite of a copy leads to the original',
      links: { c: 'b', b: 'a', a: undefined },
      start: 'c',
      chain: ['c', 'b', 'a'],
      root: 'a',
      cycle: false,
    },
    {
      name: 'a via the corpus lacks ends the chain where it is',
      links: { b: 'gone' },
      start: 'b',
      chain: ['b'],
      root: 'b',
      cycle: false,
    },
    {
      name: 'an article via itself is its own root, as a loop',
      links: { a: 'a' },
      start: 'a',
      chain: ['a'],
      root: 'a',
      cycle: true,
    },
    {
      name: 'a two-article loop takes the smaller slug as root',
      links: { b: 'a', a: 'b' },
      start: 'b',
      chain: ['b', 'a'],
      root: 'a',
      cycle: true,
    },
    {
      name: 'the loop root is the same from either member',
      links: { b: 'a', a: 'b' },
      start: 'a',
      chain: ['a', 'b'],
      root: 'a',
      cycle: true,
    },
    {
      name: 'an article leading into a loop takes the loop root',
      links: { z: 'c', c: 'b', b: 'c' },
      start: 'z',
      chain: ['z', 'c', 'b'],
      root: 'b',
      cycle: true,
    },
  ])('$name', ({ links, start, chain, root, cycle }) => {
    expect(followVia(asArticleSlug(start), vias(links))).toEqual({ chain: slugs(...chain), root, cycle });
  });

  it('follows a chain of 300,000 copies, and the loop at its end, in one pass', () => {
    // Looking each link up in the chain so far took 300,000² / 2 comparisons (minutes).
    const n = 300_000;
    const links: Record<string, string> = { [`a${n - 1}`]: `a${n - 2}` };
    for (let i = 0; i < n - 1; i++) links[`a${i}`] = `a${i + 1}`;
    const { chain, root, cycle } = followVia(asArticleSlug('a0'), vias(links));
    expect([chain.length, chain.at(-1), root, cycle]).toEqual([n, `a${n - 1}`, 'a299998', true]);
  });
});

describe('linkVia', () => {
  it('gives each article the next link, end, root and loop of the chain followVia finds, whatever the order asked', () => {
    const graphs = fc.record({
      links: fc.array(fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }), { minLength: 1, maxLength: 8 }),
      order: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(graphs, ({ links, order }) => {
        // Articles a0…a7 whose via may name an article the corpus lacks (a8, a9), themselves or each other.
        const articles = vias(Object.fromEntries(links.map((via, i) => [`a${i}`, via === undefined ? undefined : `a${via}`])));
        const known = new Map();
        for (const i of [...order, ...links.keys()]) {
          const slug = asArticleSlug(`a${i}`);
          const { chain, root, cycle } = followVia(slug, articles);
          expect(linkVia(slug, articles, known)).toEqual({ next: chain[1], end: chain.at(-1), root, cycle });
        }
      }),
    );
  });

  it('walks a chain of n copies once for all of them', () => {
    // Following each article's whole chain read n²/2 links (50 million here).
    const n = 10_000;
    let reads = 0;
    const articles = vias(Object.fromEntries(Array.from({ length: n }, (_, i) => [`a${i}`, i === 0 ? undefined : `a${i - 1}`])));
    const counted = new (class extends Map<ArticleSlug, Pick<Article, 'via'>> {
      override get(slug: ArticleSlug) {
        reads++;
        return super.get(slug);
      }
    })(articles);
    const known = new Map();
    for (let i = n - 1; i >= 0; i--) expect(linkVia(asArticleSlug(`a${i}`), counted, known).root).toBe('a0');
    expect(reads).toBeLessThan(5 * n);
  });
});

describe('ownerKey', () => {
  it.each([
    ['Acme Media', 'acme media'],
    ['  ACME   media ', 'acme media'],
    ['Acme\tMedia', 'acme media'],
  ])('keys %j as %j', (owner, key) => {
    expect(ownerKey(owner)).toBe(key);
  });
});

describe('sourceOf', () => {
  it.each([
    {
      name: 'an outlet without owner is its own source',
      o: outlet('bbc', { name: 'BBC' }),
      expected: { key: 'outlet:bbc', kind: 'outlet', name: 'BBC', unidentified: false, outlets: ['bbc'] },
    },
    {
      name: 'an outlet with an owner is its owner',
      o: outlet('sky', { owner: 'Comcast' }),
      expected: { key: 'owner:comcast', kind: 'owner', name: 'Comcast', unidentified: false, outlets: ['sky'] },
    },
    {
      name: 'an unidentified outlet is keyed by the root article, even with an owner',
      o: outlet('anon', { name: 'Unidentified site', unidentified: true, owner: 'Comcast' }),
      expected: {
        key: 'unidentified:root',
        kind: 'unidentified',
        name: 'Unidentified site',
        unidentified: true,
        outlets: ['anon'],
      },
    },
  ])('$name', ({ o, expected }) => {
    expect(sourceOf(o, asArticleSlug('root'))).toEqual(expected);
  });

  it('names an owner as the first outlet by id spells it and lists all its outlets', () => {
    const owners = groupOwners([outlet('zeta', { owner: 'ACME media' }), outlet('alpha', { owner: 'Acme Media' })]);
    expect(sourceOf(outlet('zeta', { owner: 'ACME media' }), asArticleSlug('x'), owners)).toMatchObject({
      key: 'owner:acme media',
      name: 'Acme Media',
      outlets: ['alpha', 'zeta'],
    });
  });
});

describe('an outlet named as another outlet’s owner', () => {
  const outlets = [
    outlet('big-co', { name: 'Big Co' }),
    outlet('x', { owner: 'big  co' }),
    outlet('y'),
    outlet('anon', { name: 'Big Co', unidentified: true }),
  ];
  const owners = groupOwners(outlets);

  it('joins the group of the outlets it owns', () => {
    expect([...owners].map(([key, list]) => [key, list.map((o) => o.id)])).toEqual([['big co', ['big-co', 'x']]]);
  });

  it.each([
    ['big-co', 'owner:big co'],
    ['x', 'owner:big co'],
    ['y', 'outlet:y'],
    ['anon', 'unidentified:root'],
  ])('counts %s as %s', (id, key) => {
    expect(sourceOf(outlets.find((o) => o.id === id)!, asArticleSlug('root'), owners)).toMatchObject({ key });
  });

  it('is one source with them in corroboration', () => {
    const c = corpus({ outlets, articles: [article('a1', 'big-co'), article('a2', 'x'), article('a3', 'y')] });
    const sources = resolveSources(indexCorpus(c));
    expect(countIndependent(slugs('a1', 'a2', 'a3'), sources)).toEqual({ sources: 2, articles: 3, unidentified: 0 });
    expect(sources.get(asArticleSlug('a1'))?.source).toMatchObject({ name: 'Big Co', outlets: ['big-co', 'x'] });
  });
});

describe('an owner written as another outlet’s id', () => {
  // `owner: big-co` is no outlet's name, but it is the id of the outlet "Big Co" (the checks' notice owner-id).
  const outlets = [outlet('big-co', { name: 'Big Co' }), outlet('x', { owner: 'big-co' }), outlet('y', { owner: 'Coast Media' }), outlet('coast-media', { name: 'Coast Media' })];
  const owners = groupOwners(outlets);

  it('is read as that outlet, and a name that is an outlet’s name stays that name', () => {
    expect([...owners].map(([key, list]) => [key, list.map((o) => o.id)])).toEqual([
      ['big co', ['big-co', 'x']],
      ['coast media', ['coast-media', 'y']],
    ]);
    expect(sourceOf(outlets[1]!, asArticleSlug('root'), owners)).toMatchObject({ key: 'owner:big co', name: 'Big Co', outlets: ['big-co', 'x'] });
  });

  it('makes the two one source in corroboration', () => {
    const c = corpus({ outlets, articles: [article('a1', 'big-co'), article('a2', 'x')] });
    expect(countIndependent(slugs('a1', 'a2'), resolveSources(indexCorpus(c)))).toEqual({ sources: 1, articles: 2, unidentified: 0 });
  });
});

describe('ownership followed up a chain of outlets', () => {
  // The local paper is owned by a regional chain, itself an outlet owned by a national group.
  const outlets = [
    outlet('local', { name: 'Harbour Gazette', owner: 'Coast Media' }),
    outlet('coast', { name: 'Coast Media', owner: 'National Group' }),
    outlet('national', { name: 'National Group' }),
    outlet('other', { name: 'Other Daily', owner: 'National group' }),
    outlet('loop-a', { name: 'Loop A', owner: 'Loop B' }),
    outlet('loop-b', { name: 'Loop B', owner: 'Loop A' }),
    outlet('free'),
  ];
  const owners = groupOwners(outlets);

  it('groups every outlet with the owner at the top of its chain, and a loop of owners with its smallest key', () => {
    expect([...owners].map(([key, list]) => [key, list.map((o) => o.id)])).toEqual([
      ['national group', ['coast', 'local', 'national', 'other']],
      ['loop a', ['loop-a', 'loop-b']],
    ]);
  });

  it.each([
    ['local', 'owner:national group', 'National Group'],
    ['coast', 'owner:national group', 'National Group'],
    ['national', 'owner:national group', 'National Group'],
    ['loop-b', 'owner:loop a', 'Loop A'],
    ['free', 'outlet:free', 'FREE'],
  ])('counts %s as %s, named %s', (id, key, name) => {
    expect(sourceOf(outlets.find((o) => o.id === id)!, asArticleSlug('root'), owners)).toMatchObject({ key, name });
  });

  it('is one source in corroboration', () => {
    const c = corpus({ outlets, articles: [article('a1', 'local'), article('a2', 'coast'), article('a3', 'other'), article('a4', 'free')] });
    expect(countIndependent(slugs('a1', 'a2', 'a3', 'a4'), resolveSources(indexCorpus(c)))).toEqual({ sources: 2, articles: 4, unidentified: 0 });
  });
});

describe('groupOwners', () => {
  it('groups identified outlets by owner key and skips unidentified ones and those without owner', () => {
    const groups = groupOwners([
      outlet('b', { owner: 'Group' }),
      outlet('a', { owner: ' group ' }),
      outlet('c'),
      outlet('d', { owner: 'Group', unidentified: true }),
    ]);
    expect([...groups].map(([key, list]) => [key, list.map((o) => o.id)])).toEqual([['group', ['a', 'b']]]);
  });

  it('follows a chain of 2,000 owners to its top reading each outlet\'s owner a bounded number of times', () => {
    // Each outlet owned by the next: walking each one's chain to the top read n²/2 owners (and
    // searched the path at each step: n³).
    const n = 2000;
    let reads = 0;
    const outlets = Array.from({ length: n }, (_, i) => {
      const o = outlet(`o${i}`, { name: `Outlet ${i}` });
      const owner = i + 1 < n ? `Outlet ${i + 1}` : undefined;
      return Object.defineProperty(o, 'owner', { get: () => (reads++, owner), enumerable: true });
    });
    const groups = groupOwners(outlets);
    expect([...groups].map(([key, list]) => [key, list.length])).toEqual([[`outlet ${n - 1}`, n]]);
    expect(reads).toBeLessThan(20 * n);
  });
});

describe('resolveSources', () => {
  const c = corpus({
    outlets: [
      outlet('wire'),
      outlet('daily', { owner: 'Big Media' }),
      outlet('weekly', { owner: 'big media' }),
      outlet('anon', { unidentified: true, name: 'Unidentified blog' }),
    ],
    articles: [
      article('original', 'wire'),
      article('copy', 'daily', [], { via: 'original' }),
      article('d1', 'daily'),
      article('w1', 'weekly'),
      article('anon-1', 'anon'),
      article('anon-2', 'anon'),
      article('anon-copy', 'wire', [], { via: 'anon-1' }),
    ],
  });
  const sources = resolveSources(indexCorpus(c));

  it.each([
    ['original', 'outlet:wire'],
    ['copy', 'outlet:wire'],
    ['d1', 'owner:big media'],
    ['w1', 'owner:big media'],
    ['anon-1', 'unidentified:anon-1'],
    ['anon-2', 'unidentified:anon-2'],
    ['anon-copy', 'unidentified:anon-1'],
  ])('collapses %s to %s', (slug, key) => {
    expect(sources.get(asArticleSlug(slug))?.source.key).toBe(key);
  });

  it('records the via chain and root of a syndicated copy', () => {
    expect(sources.get(asArticleSlug('copy'))).toMatchObject({
      next: 'original',
      end: 'original',
      root: 'original',
      cycle: false,
    });
  });

  it('returns an empty map for an empty corpus', () => {
    expect(resolveSources(indexCorpus(corpus())).size).toBe(0);
  });

  it('stands in a placeholder for a missing outlet, keyed by its id', () => {
    const lonely = { ...corpus({ articles: [article('a', 'ghost')] }), outlets: [] };
    expect(resolveSources(indexCorpus(lonely)).get(asArticleSlug('a'))?.source).toMatchObject({
      key: 'outlet:ghost',
      name: 'ghost',
    });
  });
});

describe('carriesReporting', () => {
  const original = article('w', 'wire', [m('held'), m('qualified', 'qualifies'), m('quoted', 'quotes'), m('denied', 'disputes')]);
  it.each([
    ['held', 'asserts', true],
    ['held', 'qualifies', true],
    ['held', 'quotes', true],
    ['held', 'disputes', false],
    ['qualified', 'asserts', true],
    ['quoted', 'asserts', true],
    ['quoted', 'quotes', true],
    ['quoted', 'disputes', false],
    ['denied', 'disputes', true],
    ['denied', 'quotes', true],
    ['denied', 'asserts', false],
    ['added', 'asserts', false],
    ['added', 'quotes', false],
  ] as const)('a copy mentioning %s with stance %s carries the original: %s', (id, stance, expected) => {
    expect(carriesReporting(original, asClaimId(id), stance)).toBe(expected);
  });

  it('carries nothing of an original the corpus lacks', () => {
    expect(carriesReporting(undefined, asClaimId('held'), 'asserts')).toBe(false);
  });
});

describe('mentionSource', () => {
  // One wire story run by three outlets; the third adds its own reporting, and a rewrite of it
  // adds more still.
  const c = corpus({
    outlets: [outlet('wire'), outlet('p1'), outlet('p2'), outlet('p3', { owner: 'Group' }), outlet('anon', { unidentified: true })],
    articles: [
      article('w', 'wire', [m('x'), m('y', 'quotes')]),
      article('c1', 'p1', [m('x'), m('y', 'quotes')], { via: 'w' }),
      article('c2', 'p2', [m('x'), m('y')], { via: 'w' }),
      article('c3', 'p3', [m('x', 'disputes'), m('y', 'quotes'), m('own')], { via: 'w' }),
      article('r', 'anon', [m('x', 'disputes'), m('own'), m('more')], { via: 'c3' }),
    ],
  });
  const lookup = indexCorpus(c);
  const sources = resolveSources(lookup);

  it.each([
    ['c1', 'x', 'asserts', 'outlet:wire'],
    ['c2', 'y', 'asserts', 'outlet:wire'],
    ['c3', 'y', 'quotes', 'outlet:wire'],
    ['c3', 'x', 'disputes', 'owner:group'],
    ['c3', 'own', 'asserts', 'owner:group'],
    ['r', 'x', 'disputes', 'owner:group'],
    ['r', 'own', 'asserts', 'owner:group'],
    ['r', 'more', 'asserts', 'unidentified:r'],
  ] as const)('counts %s’s mention of %s (%s) as %s', (slug, claimId, stance, key) => {
    expect(mentionSource(asArticleSlug(slug), m(claimId, stance), lookup.articles, sources).key).toBe(key);
  });

  it('counts an article without via as its own source, whatever it mentions', () => {
    expect(mentionSource(asArticleSlug('w'), m('anything'), lookup.articles, sources).key).toBe('outlet:wire');
  });

  it('records the source of a copy’s own reporting', () => {
    expect(sources.get(asArticleSlug('c3'))?.own.key).toBe('owner:group');
    expect(sources.get(asArticleSlug('w'))?.own.key).toBe('outlet:wire');
  });
});

describe('sourceForArticle', () => {
  it('counts an article the map lacks as an unidentified source of its own', () => {
    expect(sourceForArticle(asArticleSlug('nowhere'), new Map())).toMatchObject({
      key: 'unidentified:nowhere',
      unidentified: true,
    });
  });
});

describe('countIndependent', () => {
  const c = corpus({
    outlets: [
      outlet('a'),
      outlet('b', { owner: 'G' }),
      outlet('c', { owner: 'G' }),
      outlet('u', { unidentified: true }),
    ],
    articles: [
      article('a1', 'a'),
      article('a2', 'a'),
      article('b1', 'b'),
      article('c1', 'c'),
      article('s1', 'c', [], { via: 'a1' }),
      article('u1', 'u'),
      article('u2', 'u'),
    ],
  });
  const sources = resolveSources(indexCorpus(c));

  it.each([
    { name: 'no articles are no sources', articles: [], expected: { sources: 0, articles: 0, unidentified: 0 } },
    {
      name: 'two articles of one outlet are one source',
      articles: ['a1', 'a2'],
      expected: { sources: 1, articles: 2, unidentified: 0 },
    },
    {
      name: 'outlets of one owner are one source',
      articles: ['b1', 'c1'],
      expected: { sources: 1, articles: 2, unidentified: 0 },
    },
    {
      name: 'a syndicated copy counts with its original',
      articles: ['a1', 's1'],
      expected: { sources: 1, articles: 2, unidentified: 0 },
    },
    {
      name: 'unidentified articles count one each',
      articles: ['u1', 'u2'],
      expected: { sources: 2, articles: 2, unidentified: 2 },
    },
    {
      name: 'repeated slugs count once',
      articles: ['a1', 'a1'],
      expected: { sources: 1, articles: 1, unidentified: 0 },
    },
    {
      name: 'a mix counts each independent source',
      articles: ['a1', 'a2', 'b1', 's1', 'u1'],
      expected: { sources: 3, articles: 5, unidentified: 1 },
    },
  ])('$name', ({ articles, expected }) => {
    expect(countIndependent(slugs(...articles), sources)).toEqual(expected);
  });
});

describe('describeIndependence', () => {
  it.each([
    [{ sources: 3, articles: 4, unidentified: 0 }, '3 independent of 4 articles'],
    [{ sources: 1, articles: 1, unidentified: 0 }, '1 independent of 1 article'],
    [{ sources: 0, articles: 0, unidentified: 0 }, '0 independent of 0 articles'],
    [{ sources: 2, articles: 3, unidentified: 1 }, '2 independent of 3 articles, 1 unidentified'],
  ])('describes %j as %j', (count, text) => {
    expect(describeIndependence(count)).toBe(text);
  });
});

describe('describeCountedAs', () => {
  const c = corpus({
    outlets: [
      outlet('gazette', { name: 'Gazette', owner: 'Coastal Media' }),
      outlet('wire', { name: 'Wire', owner: 'Coastal Media' }),
      outlet('big', { name: 'Big Group' }),
      outlet('big-daily', { name: 'Big Daily', owner: 'Big Group' }),
      outlet('big-radio', { name: 'Big Radio', owner: 'Big Group' }),
      outlet('paper', { name: 'Paper' }),
      outlet('other', { name: 'Other' }),
      outlet('anon', { name: 'Unidentified text', unidentified: true }),
    ],
    articles: [
      article('g1', 'gazette'),
      article('g2', 'gazette', [], { via: 'g1' }),
      article('w1', 'wire', [], { via: 'g1' }),
      article('b1', 'big'),
      article('b2', 'big', [], { via: 'b1' }),
      article('d1', 'big-daily'),
      article('o2', 'other', [], { via: 'd1' }),
      article('p1', 'paper'),
      article('p2', 'paper', [], { via: 'p1' }),
      article('o1', 'other', [], { via: 'p1' }),
      article('u1', 'anon'),
      article('u2', 'anon', [], { via: 'u1' }),
      article('p3', 'paper', [], { via: 'u1' }),
    ],
  });
  const sources = resolveSources(indexCorpus(c));
  const byslug = new Map(c.articles.map((a) => [a.slug, a]));

  it.each([
    { name: 'an original of an outlet of its own', slug: 'p1', own: 0, said: undefined },
    { name: 'an outlet sharing its owner', slug: 'g1', own: 0, said: 'one independent source with Coastal Media’s other outlet' },
    { name: 'the outlet that owns others', slug: 'b1', own: 0, said: 'one independent source with Big Group’s 2 other outlets' },
    { name: 'an outlet the owner of its name owns', slug: 'd1', own: 0, said: 'one independent source with Big Group’s 2 other outlets' },
    { name: 'a copy of its own outlet’s article, in a group', slug: 'g2', own: 0, said: 'one independent source with the article it carries, from the same outlet, and with Coastal Media’s other outlet' },
    { name: 'a copy of the owner’s own article, by the owner', slug: 'b2', own: 1, said: 'one independent source with the article it carries, from the same outlet, and with Big Group’s 2 other outlets, except for its own reporting on 1 claim' },
    { name: 'a copy from a sister outlet', slug: 'w1', own: 1, said: 'one independent source with the article it carries and Coastal Media’s other outlet, except for its own reporting on 1 claim' },
    { name: 'a copy from another outlet', slug: 'o1', own: 2, said: 'one independent source with Paper, except for its own reporting on 2 claims' },
    { name: 'a copy from another group’s outlet', slug: 'o2', own: 0, said: 'one independent source with Big Group' },
    { name: 'a copy from its own outlet', slug: 'p2', own: 0, said: 'one independent source with the article it carries, from the same outlet' },
    { name: 'an unidentified copy of the same unidentified outlet', slug: 'u2', own: 0, said: 'one independent source with the article it carries, from the same outlet' },
    { name: 'a copy of an unidentified text', slug: 'p3', own: 0, said: 'one independent source with its original, whose source is unidentified' },
  ])('says $name is counted as $said', ({ slug, own, said }) => {
    const s = asArticleSlug(slug);
    const a = byslug.get(s)!;
    const carried = a.via === undefined ? undefined : byslug.get(a.via)?.outlet;
    expect(describeCountedAs(sources.get(s)!, a.outlet, own, carried)).toBe(said);
  });
});

describe('describeOwnReporting', () => {
  it.each([
    { outlets: [], text: undefined },
    { outlets: [['Metro Daily', 1]], text: 'Metro Daily counts apart for the 1 claim it reports on its own' },
    { outlets: [['Metro Daily', 2]], text: 'Metro Daily counts apart for the 2 claims it reports on its own' },
    { outlets: [['P1', 1], ['P2', 3]], text: 'P1 and P2 count apart for the claims they report on their own' },
    { outlets: [['P1', 1], ['P2', 1], ['P3', 1], ['P4', 1]], text: 'P1, P2, P3 and 1 other outlet count apart for the claims they report on their own' },
  ] as { outlets: [string, number][]; text: string | undefined }[])('says which copies count apart: $text', ({ outlets, text }) => {
    expect(describeOwnReporting(new Map(outlets))).toBe(text);
  });
});

describe('describeSharedSources', () => {
  const outlets = [
    outlet('metro', { name: 'Metro Daily', owner: 'Harbor Media' }),
    outlet('harbor', { name: 'Harbor News', owner: 'harbor  media' }),
    outlet('media', { name: 'Harbor Media' }),
    outlet('wire', { name: 'Wire Service' }),
    outlet('relay-a', { name: 'Relay A' }),
    outlet('relay-b', { name: 'Relay B' }),
    outlet('indie', { name: 'Independent Post' }),
    outlet('anon-1', { name: 'Forum post', unidentified: true }),
    outlet('anon-2', { name: 'Leaflet', unidentified: true }),
  ];
  const of = (articles: Article[]) => describeSharedSources(prepare(corpus({ outlets, articles })).evidence.byClaim.get(asClaimId('x')) ?? []);

  it.each([
    {
      name: 'a via chain of three: the copies carry the original’s reporting',
      articles: [
        article('w1', 'wire', [m('x')]),
        article('a1', 'relay-a', [m('x')], { via: 'w1' }),
        article('b1', 'relay-b', [m('x')], { via: 'a1' }),
      ],
      expected: 'Relay A and Relay B carry Wire Service’s reporting',
    },
    {
      name: 'outlets of one owner under different names, the owner’s own title among them',
      articles: [article('h1', 'harbor', [m('x')]), article('m1', 'media', [m('x')]), article('d1', 'metro', [m('x')]), article('i1', 'indie', [m('x')])],
      expected: 'Harbor Media owns Metro Daily and Harbor News',
    },
    {
      name: 'both, and an outlet of the owner copied by another',
      articles: [
        article('w1', 'wire', [m('x')]),
        article('a1', 'relay-a', [m('x')], { via: 'w1' }),
        article('d1', 'metro', [m('x')]),
        article('h1', 'harbor', [m('x')]),
        article('b1', 'relay-b', [m('x')], { via: 'd1' }),
      ],
      expected: 'Relay A carries Wire Service’s reporting; Metro Daily and Harbor News have one owner, Harbor Media, and Relay B carries Harbor Media’s reporting',
    },
    {
      name: 'a copy disputing its original: its own reporting, a source of its own',
      articles: [article('w1', 'wire', [m('x')]), article('a1', 'relay-a', [m('x', 'disputes')], { via: 'w1' })],
      expected: undefined,
    },
    {
      name: 'every source unidentified: never merged, nothing to explain',
      articles: [article('u1', 'anon-1', [m('x')]), article('u2', 'anon-1', [m('x')]), article('u3', 'anon-2', [m('x')])],
      expected: undefined,
    },
    {
      name: 'two articles of one outlet: one outlet, nothing to explain',
      articles: [article('i1', 'indie', [m('x')]), article('i2', 'indie', [m('x')])],
      expected: undefined,
    },
  ])('says which outlets count as one source: $name', ({ articles, expected }) => {
    expect(of(articles)).toBe(expected);
  });

  it('names the first three outlets of a source and counts the others', () => {
    const articles = [article('w1', 'wire', [m('x')]), ...['a', 'b', 'c', 'd', 'e'].map((o) => article(`${o}1`, `relay-${o}`, [m('x')], { via: 'w1' }))];
    expect(of(articles)).toBe('Relay A, Relay B, RELAY-C and 2 other outlets carry Wire Service’s reporting');
  });

  it('names the first sources and counts the others', () => {
    const articles = ['p', 'q', 'r', 's'].flatMap((o) => [article(`${o}1`, o, [m('x')]), article(`${o}2`, `${o}-copy`, [m('x')], { via: `${o}1` })]);
    expect(of(articles)).toBe('P-COPY carries P’s reporting; Q-COPY carries Q’s reporting; R-COPY carries R’s reporting; and 1 more such source');
  });
});
