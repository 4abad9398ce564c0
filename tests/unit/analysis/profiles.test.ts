import { describe, expect, it } from 'vitest';
import { corroborate } from '../../../src/lib/corroboration.ts';
import { declaredPartners } from '../../../src/lib/contradictions.ts';
import type { Corpus } from '../../../src/lib/corpus.ts';
import type { ClaimId } from '../../../src/lib/ids.ts';
import { articlesByOutlet, describeQualifiedOnly, entityProfile, outletProfile } from '../../../src/lib/profiles.ts';
import { deriveStatus, type StatusAssessment } from '../../../src/lib/status.ts';
import { article, claim, corpus, entity, m, outlet, prepare } from './helpers.ts';

function statusesOf(c: Corpus): Map<ClaimId, StatusAssessment> {
  const { evidence } = prepare(c);
  const partners = declaredPartners(c.claims);
  const cor = new Map(c.claims.map((x) => [x.id, corroborate(x.id, evidence.byClaim.get(x.id) ?? [])]));
  return new Map(
    c.claims.map((x) => [
      x.id,
      deriveStatus(
        cor.get(x.id)!,
        (partners.get(x.id) ?? []).map((p) => cor.get(p)!),
      ),
    ]),
  );
}

describe('outletProfile', () => {
  const c = corpus({
    outlets: [
      outlet('daily', { owner: 'Group' }),
      outlet('weekly', { owner: ' group' }),
      outlet('wire'),
      outlet('other'),
    ],
    articles: [
      article('d1', 'daily', [m('corr'), m('single'), m('contest', 'qualifies'), m('quoted', 'quotes')], {
        published: '2026-06-01',
      }),
      article('d2', 'daily', [m('corr')], { published: '2026-06-03', via: 'w1' }),
      article('w1', 'wire', [m('corr'), m('contest', 'disputes')], { published: '2026-06-02' }),
      article('x1', 'other', [m('corr')], { published: '2026-06-02' }),
    ],
  });
  const { evidence } = prepare(c);
  const profile = outletProfile(c.outlets[0]!, c.outlets, c.articles, evidence, statusesOf(c));

  it('lists the claims it asserted that it also contradicted, holding true a claim declared against them (a figure it revised)', () => {
    const revised = corpus({
      claims: [claim('seven'), claim('five', { contradicts: ['seven'] }), claim('two', { related: ['seven'] })],
      articles: [
        article('m1', 'daily', [m('seven'), m('two')], { published: '2026-11-04' }),
        article('m2', 'daily', [m('five')], { published: '2026-11-05' }),
        article('o1', 'other', [m('seven'), m('five', 'quotes')]),
      ],
    });
    const index = prepare(revised).evidence;
    const of = (id: string) => outletProfile(revised.outlets.find((o) => o.id === id)!, revised.outlets, revised.articles, index, new Map(), undefined, declaredPartners(revised.claims));
    expect([of('daily').alsoContradicted, of('daily').alsoDisputed, of('other').alsoContradicted]).toEqual([['five', 'seven'], [], []]);
  });

  it('lists its articles newest first and counts syndicated ones', () => {
    expect([profile.articles.map((a) => a.slug), profile.syndicated]).toEqual([['d2', 'd1'], 1]);
  });

  it('names the other outlets of its owner', () => {
    expect(profile.sameOwner).toEqual(['weekly']);
  });

  it('names the outlets it owns, and the outlet that owns it, as independence counts them', () => {
    const group = [outlet('big-co', { name: 'Big Co' }), outlet('x', { owner: 'Big Co' }), outlet('y')];
    const of = (id: string) => outletProfile(group.find((o) => o.id === id)!, group, [], evidence, new Map()).sameOwner;
    expect([of('big-co'), of('x'), of('y')]).toEqual([['x'], ['big-co'], []]);
  });

  it.each([
    { id: 'big-co', owns: true, ownerCounted: false, alongside: ['x', 'y', 'z'] },
    { id: 'x', owns: false, ownerCounted: true, alongside: ['y', 'z'] },
    { id: 'z', owns: false, ownerCounted: true, alongside: ['big-co', 'x'] },
    { id: 'w', owns: false, ownerCounted: false, alongside: ['v'] },
    { id: 'lone', owns: false, ownerCounted: false, alongside: [] },
  ])('tells $id’s page whether it owns the outlets counted with it, or shares their owner', ({ id, owns, ownerCounted, alongside }) => {
    // Big Co owns x and y, and y owns z; w and v share an owner that is no outlet.
    const group = [
      outlet('big-co', { name: 'Big Co' }),
      outlet('x', { owner: 'Big Co' }),
      outlet('y', { name: 'Y', owner: 'Big Co' }),
      outlet('z', { owner: 'Y' }),
      outlet('w', { owner: 'Holding' }),
      outlet('v', { owner: 'Holding' }),
      outlet('lone', { name: 'Lone' }),
    ];
    const p = outletProfile(group.find((o) => o.id === id)!, group, [], evidence, new Map());
    expect([p.ownsGroup, p.ownerCounted, p.alongside]).toEqual([owns, ownerCounted, alongside]);
  });

  it('names the outlet its owner is, by name or (as independence reads it) by id, for its page to link to', () => {
    const group = [
      outlet('big-co', { name: 'Big Co', owner: 'Holding' }),
      outlet('x', { owner: ' big  co' }),
      outlet('y', { owner: 'big-co' }),
      outlet('z', { owner: 'Someone Else' }),
      outlet('self', { name: 'Self', owner: 'Self' }),
    ];
    const of = (id: string) => outletProfile(group.find((o) => o.id === id)!, group, [], evidence, new Map()).ownerOutlet;
    // Big Co's owner and z's are no outlet; y names Big Co by its id; Self names itself.
    expect(['big-co', 'x', 'y', 'z', 'self'].map(of)).toEqual([undefined, 'big-co', 'big-co', undefined, undefined]);
    expect(profile.ownerOutlet).toBeUndefined();
  });

  it.each([
    { name: 'a claim it asserted, then disputed in a later article', articles: [article('a1', 'daily', [m('x')]), article('a2', 'daily', [m('x', 'disputes')])], also: ['x'] },
    { name: 'a claim one article both asserts and disputes', articles: [article('a1', 'daily', [m('x'), m('x', 'disputes')])], also: ['x'] },
    { name: 'a claim only its sister outlet disputes', articles: [article('a1', 'daily', [m('x')]), article('b1', 'weekly', [m('x', 'disputes')])], also: [] },
    { name: 'a claim it only disputes', articles: [article('a1', 'daily', [m('x', 'disputes')]), article('b1', 'wire', [m('x')])], also: [] },
  ])('lists the claims it asserted that it also disputed: $name', ({ articles, also }) => {
    const own = corpus({ outlets: c.outlets, articles });
    const p = outletProfile(own.outlets[0]!, own.outlets, own.articles, prepare(own).evidence, statusesOf(own));
    expect(p.alsoDisputed).toEqual(also);
  });

  it.each([
    { name: 'a claim it only qualified, beside one it asserted', articles: [article('a1', 'daily', [m('x', 'qualifies'), m('y')])], qualified: ['x'] },
    { name: 'a claim qualified in one article and asserted in another', articles: [article('a1', 'daily', [m('x', 'qualifies')]), article('a2', 'daily', [m('x')])], qualified: [] },
  ])('lists the claims it held true only with a qualification: $name', ({ articles, qualified }) => {
    const c2 = corpus({ outlets: [outlet('daily')], articles });
    const p = outletProfile(c2.outlets[0]!, c2.outlets, c2.articles, prepare(c2).evidence, statusesOf(c2));
    expect(p.qualifiedOnly).toEqual(qualified);
  });

  it.each([
    [0, 3, undefined],
    [1, 3, 'It asserted 1 of them only with a qualification.'],
    [2, 2, 'It asserted each of them only with a qualification.'],
    [1, 1, 'It asserted it only with a qualification.'],
  ])('says %i of %i claims were asserted only with a qualification as %j', (qualifiedOnly, asserted, said) => {
    expect(describeQualifiedOnly(qualifiedOnly, asserted)).toBe(said);
  });

  it('counts asserted and qualified claims, not quoted ones, and the share corroborated', () => {
    expect(profile.claimsAsserted).toEqual(['contest', 'corr', 'single']);
    expect(profile.corroborated).toEqual(['corr']);
    expect(profile.corroboratedShare).toBeCloseTo(1 / 3, 5);
    expect(profile.statusCounts).toEqual({
      contested: 1,
      corroborated: 1,
      'single-source': 1,
      disputed: 0,
      'reported-only': 0,
      unmentioned: 0,
    });
    expect(profile.summary).toBe('1 of 3 claims it asserted is corroborated by independent sources.');
  });

  it.each([
    { corroborated: 0, single: 1, summary: '0 of 1 claim it asserted is corroborated by independent sources.' },
    { corroborated: 1, single: 0, summary: '1 of 1 claim it asserted is corroborated by independent sources.' },
    { corroborated: 0, single: 2, summary: '0 of 2 claims it asserted are corroborated by independent sources.' },
    { corroborated: 1, single: 1, summary: '1 of 2 claims it asserted is corroborated by independent sources.' },
    { corroborated: 2, single: 0, summary: '2 of 2 claims it asserted are corroborated by independent sources.' },
    { corroborated: 2, single: 3, summary: '2 of 5 claims it asserted are corroborated by independent sources.' },
  ])('agrees its verb with the count: $corroborated corroborated, $single not', ({ corroborated, single, summary }) => {
    const corr = Array.from({ length: corroborated }, (_, i) => `corr-${i}`);
    const alone = Array.from({ length: single }, (_, i) => `alone-${i}`);
    const own = corpus({
      outlets: [outlet('daily'), outlet('wire')],
      articles: [article('d1', 'daily', [...corr, ...alone].map((id) => m(id))), article('w1', 'wire', corr.map((id) => m(id)))],
    });
    expect(outletProfile(own.outlets[0]!, own.outlets, own.articles, prepare(own).evidence, statusesOf(own)).summary).toBe(summary);
  });

  it('says so when an outlet asserted nothing', () => {
    const quiet = outletProfile(outlet('quiet'), c.outlets, c.articles, evidence, new Map());
    expect([quiet.articles, quiet.claimsAsserted, quiet.corroboratedShare, quiet.summary, quiet.sameOwner]).toEqual([
      [],
      [],
      undefined,
      'It asserted no claim recorded here.',
      [],
    ]);
  });

  it('orders claims by the order it is given', () => {
    const reversed = outletProfile(c.outlets[0]!, c.outlets, c.articles, evidence, new Map(), (a, b) =>
      a < b ? 1 : a > b ? -1 : 0,
    );
    expect(reversed.claimsAsserted).toEqual(['single', 'corr', 'contest']);
  });
});

describe('entityProfile', () => {
  const c = corpus({
    entities: [entity('amodei'), entity('anthropic', { kind: 'organisation' })],
    claims: [
      claim('said', { kind: 'quote', speaker: 'amodei', entities: ['anthropic'] }),
      claim('about', { entities: ['amodei'] }),
      claim('unrelated'),
    ],
    articles: [
      article('names-him', 'a', [], { entities: ['amodei'], published: '2026-06-01' }),
      article('quotes-him', 'b', [m('said', 'quotes')], { published: '2026-06-03' }),
      article('about-him', 'c', [m('about')], { published: '2026-06-02' }),
      article('elsewhere', 'd', [m('unrelated')], { published: '2026-06-04' }),
    ],
  });

  it.each([
    { id: 0, about: ['about'], by: ['said'], articles: ['quotes-him', 'about-him', 'names-him'] },
    { id: 1, about: ['said'], by: [], articles: ['quotes-him'] },
  ])('lists claims about and by entity $id and the articles naming it, newest first', ({ id, about, by, articles }) => {
    const profile = entityProfile(c.entities[id]!, c.claims, c.articles);
    expect([profile.about, profile.by, profile.articles.map((a) => a.slug)]).toEqual([about, by, articles]);
  });
});

describe('articlesByOutlet', () => {
  it('groups articles by outlet, most articles first, then by name, each keeping the order given', () => {
    const outlets = new Map([
      ['a1', outlet('zeta', { name: 'Zeta' })],
      ['a2', outlet('alpha', { name: 'Alpha' })],
      ['a3', outlet('zeta', { name: 'Zeta' })],
      ['a4', outlet('beta', { name: 'beta' })],
    ]);
    const groups = articlesByOutlet(['a1', 'a2', 'a3', 'a4', 'unknown'], (a) => outlets.get(a));
    expect(groups.map((g) => [g.outlet.id, g.articles])).toEqual([
      ['zeta', ['a1', 'a3']],
      ['alpha', ['a2']],
      ['beta', ['a4']],
    ]);
  });
});
