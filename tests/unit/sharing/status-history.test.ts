import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Corpus, Entity } from '../../../src/lib/corpus.ts';
import { asClaimId, asEntityId } from '../../../src/lib/ids.ts';
import { buildSiteIndex } from '../../../src/lib/site-index.ts';
import * as module from '../../../src/lib/status-history.ts';
import { latestStatusChanges, replaySteps, statusHistory, type StatusChange } from '../../../src/lib/status-history.ts';
import { STANCES } from '../../../src/lib/mentions.ts';
import { article, claim, corpus, mention, outlet } from './corpus.ts';

/** How many times the status history assessed a claim, and how many declared partners it gave those assessments in all. */
const assessed = vi.hoisted(() => ({ claims: 0, partners: 0 }));
vi.mock('../../../src/lib/status.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/lib/status.ts')>();
  return {
    ...original,
    assessStatus: (...args: Parameters<typeof original.assessStatus>) => {
      assessed.claims++;
      assessed.partners += args[1]?.length ?? 0;
      return original.assessStatus(...args);
    },
  };
});

/** A change as `claim: from → to @ day [articles]`, for compact expectations. */
const brief = (changes: StatusChange[]) =>
  changes.map((c) => `${c.claim}: ${c.from} → ${c.to} @ ${c.date.toISOString().slice(0, 10)} [${c.articles.join(' ')}]`);

it('exports the public functions', () => {
  expect(Object.keys(module).sort()).toEqual(['latestStatusChanges', 'replaySteps', 'statusHistory']);
});

describe('replaySteps', () => {
  it('groups articles added at the same instant and orders each group by slug', () => {
    const steps = replaySteps([
      article('c', 'x', [], { added: '2026-06-02' }),
      article('b', 'x', [], { added: '2026-06-01' }),
      article('a', 'x', [], { added: '2026-06-02' }),
    ]);
    expect(steps.map((s) => s.articles.map((a) => a.slug))).toEqual([['b'], ['a', 'c']]);
  });
});

/** The entity outlet o3 is (its newsroom): the speaker of claim `a` in {@link corpusArb}. */
const o3Entity: Entity = { id: asEntityId('o3'), name: 'Outlet o3', kind: 'organisation', names: [], aliases: [] };

/** Small corpora: four claims (some declared to contradict others), three outlets (two of one owner) and an unidentified one, `via`, publication dates. */
const ids = ['a', 'b', 'c', 'd'];
const corpusArb = fc
  .record({
    contradicts: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 3 }),
    articles: fc.array(
      fc.record({
        outlet: fc.constantFrom('o1', 'o2', 'o3', 'anon'),
        day: fc.integer({ min: 1, max: 5 }),
        via: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
        // A publication date: a day, or an instant of it (a source that asserted, then disputed, or the other way round).
        published: fc.option(fc.constantFrom('2026-05-01', '2026-05-02', '2026-05-02T09:00:00Z', '2026-05-03T18:00:00Z'), { nil: undefined }),
        mentions: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...STANCES)), { maxLength: 4 }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ contradicts, articles }): Corpus =>
    corpus({
      outlets: [outlet('o1', { owner: 'Group' }), outlet('o2', { owner: 'group' }), outlet('o3'), outlet('anon', { unidentified: true })],
      // Claim `a` is said by o3's own entity: o3's dispute of it is a denial, not a source's dispute.
      entities: [o3Entity],
      // Claim `b` is a forecast: a source's later word can leave it behind (laterWords in status.ts).
      claims: ids.map((id) => claim(id, { contradicts: contradicts.filter(([from]) => from === id).map(([, to]) => to), ...(id === 'a' && { speaker: 'o3' }), ...(id === 'b' && { kind: 'prediction' }) })),
      articles: articles.map((a, i) =>
        article(`art-${i}`, a.outlet, a.mentions.map(([id, stance]) => mention(id, stance, `span ${i}`)), {
          added: `2026-06-0${a.day}`,
          published: a.published,
          via: a.via === undefined || a.via >= articles.length ? undefined : `art-${a.via}`,
        }),
      ),
    }),
  );

describe('statusHistory', () => {
  it('records first coverage, corroboration and a dispute as they arrive', () => {
    const c = corpus({
      articles: [
        article('one', 'o1', [mention('k')], { added: '2026-06-01' }),
        article('two', 'o2', [mention('k')], { added: '2026-06-02' }),
        article('three', 'o3', [mention('k', 'disputes')], { added: '2026-06-03' }),
        article('four', 'o4', [mention('k')], { added: '2026-06-04' }),
      ],
    });
    expect(brief(statusHistory(c))).toEqual([
      'k: unmentioned → single-source @ 2026-06-01 [one]',
      'k: single-source → corroborated @ 2026-06-02 [two]',
      'k: corroborated → contested @ 2026-06-03 [three]',
    ]);
  });

  it('gives the assessment of the moment, with its own numbers', () => {
    const c = corpus({
      articles: [
        article('one', 'o1', [mention('k')], { added: '2026-06-01' }),
        article('two', 'o2', [mention('k')], { added: '2026-06-02' }),
      ],
    });
    const [first, second] = statusHistory(c);
    expect(first?.assessment.support.sources).toBe(1);
    expect(second?.assessment.support.sources).toBe(2);
    expect(second?.assessment.sentence).toMatch(/^Asserted by 2 independent sources/);
  });

  it('lets articles added at the same instant arrive together', () => {
    const c = corpus({
      articles: [
        article('b', 'o2', [mention('k')], { added: '2026-06-01' }),
        article('a', 'o1', [mention('k')], { added: '2026-06-01' }),
      ],
    });
    expect(brief(statusHistory(c))).toEqual(['k: unmentioned → corroborated @ 2026-06-01 [a b]']);
  });

  it('records a change caused by a claim declared to contradict it', () => {
    const c = corpus({
      claims: [claim('k'), claim('rival', { contradicts: ['k'] })],
      articles: [
        article('one', 'o1', [mention('k')], { added: '2026-06-01' }),
        article('two', 'o2', [mention('rival')], { added: '2026-06-02' }),
      ],
    });
    expect(brief(statusHistory(c))).toEqual([
      'k: unmentioned → single-source @ 2026-06-01 [one]',
      'k: single-source → contested @ 2026-06-02 [two]',
      'rival: unmentioned → contested @ 2026-06-02 [two]',
    ]);
  });

  it('records the end of a contest when the only source holding a claim declared to contradict it corrects that claim', () => {
    const c = corpus({
      claims: [claim('k'), claim('rival', { contradicts: ['k'] })],
      articles: [
        article('one', 'o1', [mention('rival')], { added: '2026-06-01', published: '2026-05-01' }),
        article('two', 'o3', [mention('k')], { added: '2026-06-02', published: '2026-05-02' }),
        article('three', 'o1', [mention('rival', 'disputes')], { added: '2026-06-03', published: '2026-05-03' }),
      ],
    });
    expect(brief(statusHistory(c))).toEqual([
      'rival: unmentioned → single-source @ 2026-06-01 [one]',
      'k: unmentioned → contested @ 2026-06-02 [two]',
      'rival: single-source → contested @ 2026-06-02 [two]',
      'k: contested → single-source @ 2026-06-03 [three]',
      'rival: contested → disputed @ 2026-06-03 [three]',
    ]);
  });

  it('says a dispute by the party the claim is about is its denial, as the claim page does', () => {
    const c = corpus({
      entities: [o3Entity],
      claims: [claim('k', { speaker: 'o3' })],
      articles: [
        article('one', 'o1', [mention('k')], { added: '2026-06-01' }),
        article('two', 'o3', [mention('k', 'disputes')], { added: '2026-06-02' }),
      ],
    });
    const [, contested] = statusHistory(c);
    expect([contested?.to, contested?.assessment.sentence]).toEqual([
      'contested',
      'Asserted by 1 independent source (of 1 article), but disputed only by Outlet o3 (1 article), the party the claim is about: a denial, not an independent source’s dispute.',
    ]);
    expect(contested?.assessment).toEqual(buildSiteIndex(c).claims.get(asClaimId('k'))!.status);
  });

  it('counts no claim corroborated by its own subject’s word, as the claim page does', () => {
    const c = corpus({
      entities: [o3Entity],
      claims: [claim('k', { speaker: 'o3' })],
      articles: [
        article('release', 'o3', [mention('k')], { added: '2026-06-01' }),
        article('one', 'o1', [mention('k')], { added: '2026-06-02' }),
        article('two', 'o4', [mention('k')], { added: '2026-06-03' }),
      ],
    });
    const changes = statusHistory(c);
    expect(brief(changes)).toEqual(['k: unmentioned → single-source @ 2026-06-01 [release]', 'k: single-source → corroborated @ 2026-06-03 [two]']);
    expect(changes.at(-1)?.assessment).toEqual(buildSiteIndex(c).claims.get(asClaimId('k'))!.status);
  });

  it('takes a source’s later word across contradicting claims, as the claim page does: its forecast, then the outcome', () => {
    const c = corpus({
      claims: [claim('forecast', { kind: 'prediction', contradicts: ['outcome'] }), claim('outcome')],
      articles: [
        article('spring', 'o1', [mention('forecast')], { added: '2026-06-01', published: '2026-03-01' }),
        article('summer', 'o1', [mention('outcome')], { added: '2026-06-02', published: '2026-06-01' }),
        article('other', 'o3', [mention('forecast')], { added: '2026-06-03', published: '2026-06-02' }),
      ],
    });
    const changes = statusHistory(c);
    expect(brief(changes)).toEqual([
      'forecast: unmentioned → single-source @ 2026-06-01 [spring]',
      'forecast: single-source → disputed @ 2026-06-02 [summer]',
      'outcome: unmentioned → single-source @ 2026-06-02 [summer]',
      'forecast: disputed → contested @ 2026-06-03 [other]',
      'outcome: single-source → contested @ 2026-06-03 [other]',
    ]);
    const site = buildSiteIndex(c).claims;
    for (const id of ['forecast', 'outcome']) expect(changes.findLast((x) => x.claim === id)?.assessment).toEqual(site.get(asClaimId(id))!.status);
  });

  it('replays syndication: an article counts as its own source until the one it carries arrives', () => {
    const c = corpus({
      articles: [
        article('copy', 'o1', [mention('k')], { added: '2026-06-01', via: 'original' }),
        article('other', 'o2', [mention('k')], { added: '2026-06-01' }),
        article('original', 'o2', [mention('k')], { added: '2026-06-02' }),
      ],
    });
    expect(brief(statusHistory(c))).toEqual([
      'k: unmentioned → corroborated @ 2026-06-01 [copy other]',
      'k: corroborated → single-source @ 2026-06-02 [original]',
    ]);
  });

  it('records nothing for a claim no article mentions', () => {
    expect(statusHistory(corpus({ claims: [claim('k')] }))).toEqual([]);
  });

  it('does not depend on the order of the corpus', () => {
    const articles = [
      article('a', 'o1', [mention('k'), mention('j', 'quotes')], { added: '2026-06-01' }),
      article('b', 'o2', [mention('k', 'disputes')], { added: '2026-06-03' }),
      article('c', 'o3', [mention('j')], { added: '2026-06-02' }),
    ];
    const forwards = statusHistory(corpus({ articles }));
    const backwards = statusHistory(corpus({ articles: [...articles].reverse() }));
    expect(backwards).toEqual(forwards);
  });

  it('ends, for every claim, at the status the site index derives', () => {
    fc.assert(
      fc.property(corpusArb, (c) => {
        const last = new Map<string, string>();
        for (const change of statusHistory(c)) last.set(change.claim, change.to);
        const index = buildSiteIndex(c);
        for (const [id, view] of index.claims) expect(last.get(id) ?? 'unmentioned').toBe(view.status.status);
      }),
      { numRuns: 300 },
    );
  });

  it('records at each change the assessment the site index makes of the corpus as it stood then', () => {
    fc.assert(
      fc.property(corpusArb, (c) => {
        const history = statusHistory(c);
        const status = new Map<string, string>();
        for (const step of replaySteps(c.articles)) {
          const then = buildSiteIndex({ ...c, articles: c.articles.filter((a) => a.added <= step.date) });
          for (const change of history.filter((h) => h.date.getTime() === step.date.getTime())) {
            expect(change.assessment).toEqual(then.claims.get(change.claim)!.status);
            status.set(change.claim, change.to);
          }
          // A claim without a change at this step kept its status.
          for (const [id, view] of then.claims) expect(status.get(id) ?? 'unmentioned').toBe(view.status.status);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('latestStatusChanges', () => {
  it('lists the newest first, then by claim id, up to the limit', () => {
    const c = corpus({
      articles: [
        article('one', 'o1', [mention('k'), mention('j')], { added: '2026-06-01' }),
        article('two', 'o2', [mention('k'), mention('j')], { added: '2026-06-02' }),
      ],
    });
    expect(brief(latestStatusChanges(statusHistory(c), 3))).toEqual([
      'j: single-source → corroborated @ 2026-06-02 [two]',
      'k: single-source → corroborated @ 2026-06-02 [two]',
      'j: unmentioned → single-source @ 2026-06-01 [one]',
    ]);
  });
});

describe('statusHistory, when a whole archive arrives at one instant', () => {
  it('reads each article’s mentions a number of times that does not grow with the archive', () => {
    const n = 2000;
    let reads = 0;
    const articles = Array.from({ length: n }, (_, i) => {
      const a = article(`a${i}`, `o${i % 40}`, [mention(`c${i}`)], { added: '2026-06-01' });
      const { mentions } = a;
      Object.defineProperty(a, 'mentions', { enumerable: true, get: () => (reads++, mentions) });
      return a;
    });
    const changes = statusHistory(corpus({ articles, claims: articles.map((_, i) => claim(`c${i}`)) }));
    // Each claim's change names the one article of the step that mentions it.
    expect([changes.length, changes.every((c) => c.articles.join() === `a${c.claim.slice(1)}`)]).toEqual([n, true]);
    // Going through the whole step for each claim it changed read them n² = 4,000,000 times.
    expect(reads).toBeLessThan(20 * n);
  });
});

describe('statusHistory, for a claim in every article', () => {
  it('reads each article a number of times that does not grow with the claim’s coverage', () => {
    // Assessing the claim again from all its evidence at each of n steps read every article n times
    // (n²: 38 million reads here, and minutes for a claim in 20,000 articles).
    const n = 2000;
    const stances = ['asserts', 'disputes', 'quotes', 'qualifies'] as const;
    let reads = 0;
    const articles = Array.from({ length: n }, (_, i) => {
      const a = article(`a${i}`, `o${i % 40}`, [mention('k', stances[(i * 7) % 4])], {
        added: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
        published: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
      });
      return new Proxy(a, { get: (target, key) => (reads++, Reflect.get(target, key)) });
    });
    const changes = statusHistory(corpus({ articles, outlets: Array.from({ length: 40 }, (_, i) => outlet(`o${i}`, i === 39 ? { unidentified: true } : {})) }));
    expect(changes.map((c) => c.to)).toEqual(['single-source', 'corroborated', 'contested']);
    expect(reads).toBeLessThan(100 * n);
  });
});

describe('statusHistory, for a claim n claims are declared to contradict', () => {
  it('assesses each claim a number of times, with a number of partners, that does not grow with the contradictions', () => {
    // Each step touching one of the n claims assessed the claim they contradict again with all n,
    // and each step touching that claim assessed all n again: n² (4 million partners read here).
    const n = 2000;
    const stances = ['asserts', 'disputes', 'quotes', 'qualifies'] as const;
    const claims = [claim('k'), ...Array.from({ length: n }, (_, i) => claim(`r${i}`, { contradicts: ['k'] }))];
    const articles = Array.from({ length: n }, (_, i) =>
      article(`a${i}`, `o${i % 30}`, [mention(`r${i}`, stances[(i * 7) % 4]), ...(i % 5 === 0 ? [mention('k', stances[(i * 3) % 4])] : [])], {
        added: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
      }),
    );
    const c = corpus({ articles, claims, outlets: Array.from({ length: 30 }, (_, i) => outlet(`o${i}`)) });
    Object.assign(assessed, { claims: 0, partners: 0 });
    const changes = statusHistory(c);
    const k = changes.filter((change) => change.claim === 'k');
    expect(k.map((change) => `${change.to} ${change.assessment.rivals.length}`)).toEqual(['contested 1']);
    expect(changes.length).toBe(n + 1);
    // Each claim at each step that touches it, and the claims whose partners' support turned.
    expect(assessed.claims).toBeLessThan(10 * n);
    expect(assessed.partners).toBeLessThan(10 * n);
  });
});

describe('statusHistory, for a claim n claims contradict, in articles with publication dates', () => {
  it('assesses each claim a number of times that does not grow with the contradictions when none is a forecast', () => {
    // Which source held which claim first decides only a pair with a forecast (laterWords in
    // status.ts): weighing it for every pair assessed each of the n claims at each step touching
    // the one they contradict, and that one with all n, n² (409,399 assessments here).
    const n = 2000;
    const stances = ['asserts', 'disputes', 'quotes', 'qualifies'] as const;
    const claims = [claim('k'), ...Array.from({ length: n }, (_, i) => claim(`r${i}`, { contradicts: ['k'] }))];
    const articles = Array.from({ length: n }, (_, i) => {
      const at = new Date(Date.UTC(2026, 0, 1, i)).toISOString();
      return article(`a${i}`, `o${i % 30}`, [mention(`r${i}`, stances[(i * 7) % 4]), ...(i % 5 === 0 ? [mention('k', stances[(i * 3) % 4])] : [])], { added: at, published: at });
    });
    Object.assign(assessed, { claims: 0, partners: 0 });
    statusHistory(corpus({ articles, claims, outlets: Array.from({ length: 30 }, (_, i) => outlet(`o${i}`)) }));
    expect(assessed.claims).toBeLessThan(10 * n);
    expect(assessed.partners).toBeLessThan(10 * n);
  });
});

describe('statusHistory, for n claims contradicting one, all added at one instant', () => {
  it('lists the articles of a change only when they are read, the same as before', () => {
    // Each of the n changes listed the n articles mentioning the claim they contradict: n² slugs
    // read (4 million here), though the feed reads only its latest few.
    const n = 2000;
    let reads = 0;
    const claims = [claim('k'), ...Array.from({ length: n }, (_, i) => claim(`r${i}`, { contradicts: ['k'] }))];
    const articles = Array.from({ length: n }, (_, i) => {
      const a = article(`a${i}`, `o${i % 30}`, [mention(`r${i}`), mention('k')], { added: '2026-06-01' });
      const { slug } = a;
      return Object.defineProperty(a, 'slug', { enumerable: true, get: () => (reads++, slug) });
    });
    const c = corpus({ articles, claims, outlets: Array.from({ length: 30 }, (_, i) => outlet(`o${i}`)) });
    reads = 0;
    const changes = statusHistory(c);
    expect(changes.length).toBe(n + 1);
    expect(reads).toBeLessThan(50 * n);
    // Read, each lists every article mentioning the claim or the one it contradicts.
    const r7 = changes.find((change) => change.claim === 'r7')!;
    expect(r7.articles).toHaveLength(n);
    expect(r7.articles.slice(0, 3)).toEqual(['a0', 'a1', 'a10']);
    expect(Object.keys(r7)).toEqual(['claim', 'date', 'from', 'to', 'assessment', 'articles']);
  });
});

describe('statusHistory, for a via chain of n copies', () => {
  it('reads each article a number of times that does not grow with the chain', () => {
    // Each arriving copy followed its whole chain, and each of its mentions walked it again: n²
    // reads of `via` and of the mentions (a million here).
    const n = 1000;
    const slug = (i: number) => `a${String(i).padStart(4, '0')}`;
    let reads = 0;
    const articles = Array.from({ length: n }, (_, i) => {
      const a = article(slug(i), `o${i % 7}`, [mention('k', i % 9 === 5 ? 'disputes' : 'asserts'), ...(i % 5 === 0 ? [mention(`own${i % 3}`)] : [])], {
        added: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
        via: i === 0 ? undefined : slug(i - 1),
      });
      const { via, mentions } = a;
      Object.defineProperty(a, 'via', { enumerable: true, get: () => (reads++, via) });
      Object.defineProperty(a, 'mentions', { enumerable: true, get: () => (reads++, mentions) });
      return a;
    });
    const changes = statusHistory(corpus({ articles }));
    // One source carrying its reporting down the chain, but for the copies that dispute it.
    expect(brief(changes.filter((c) => c.claim === 'k')).map((c) => c.split(' @')[0])).toEqual(['k: unmentioned → single-source', 'k: single-source → contested']);
    expect(reads).toBeLessThan(50 * n);
  });
});
