import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus.ts';
import { asArticleSlug, asClaimId, asEntityId, asOutletId, asStoryId } from '../../../src/lib/ids.ts';
import { describeCountedAs } from '../../../src/lib/independence.ts';
import { buildSiteIndex, SITE_INDEX_DEFAULTS } from '../../../src/lib/site-index.ts';
import { article, claim, corpus, entity, m, outlet, q, story } from './helpers.ts';

/** A small story: a wire report, a syndicated copy, two outlets of one owner, a sceptic and an unidentified blog. */
function sample(): Corpus {
  return corpus({
    outlets: [
      outlet('wire', { name: 'Wire' }),
      outlet('paper', { name: 'Paper' }),
      outlet('tv', { name: 'TV', owner: 'Media Group' }),
      outlet('radio', { name: 'Radio', owner: 'Media Group' }),
      outlet('sceptic', { name: 'Sceptic' }),
      outlet('blog', { name: 'Unidentified blog', unidentified: true }),
    ],
    entities: [entity('ceo'), entity('lab', { kind: 'organisation' })],
    stories: [story('pause', { date: new Date('2026-06-04') }), story('older', { date: new Date('2026-01-01') })],
    claims: [
      ...[
        claim('pause-call', { entities: ['lab'], statement: 'The lab called for a pause.' }),
        claim('unilateral', { contradicts: ['coordinated'], statement: 'The pause would be unilateral.' }),
        claim('coordinated', { statement: 'The pause would be coordinated.' }),
        claim('marketing', { statement: 'The call is marketing.' }),
        claim('ceo-quote', {
          kind: 'quote',
          speaker: 'ceo',
          statement: 'The CEO said we must pause now.',
          related: ['pause-call'],
        }),
        claim('figure', {
          kind: 'figure',
          statement: 'A figure was given.',
          verdict: { rating: 'unverifiable', summary: 'No source.' },
        }),
      ].map((c) => ({ ...c, story: asStoryId('pause') })),
      claim('orphan', { story: 'older', statement: 'An old claim nobody mentions.' }),
    ],
    articles: [
      article(
        'wire-report',
        'wire',
        [m('pause-call'), m('coordinated'), q('ceo-quote', '“We must pause now”'), m('figure')],
        {
          published: '2026-06-04',
          added: '2026-06-05',
          story: 'pause',
        },
      ),
      article('paper-copy', 'paper', [m('pause-call'), m('coordinated'), q('ceo-quote', '“We must pause now”')], {
        published: '2026-06-04',
        added: '2026-06-06',
        via: 'wire-report',
        story: 'pause',
      }),
      article('tv-report', 'tv', [m('pause-call'), m('unilateral'), q('ceo-quote', '“We really should pause now”')], {
        published: '2026-06-05',
        added: '2026-06-06',
        story: 'pause',
      }),
      article('radio-report', 'radio', [m('pause-call'), m('unilateral')], {
        published: '2026-06-05',
        added: '2026-06-07',
        story: 'pause',
      }),
      article(
        'sceptic-column',
        'sceptic',
        [
          m('pause-call', 'qualifies'),
          m('marketing'),
          m('coordinated', 'disputes'),
          q('ceo-quote', '“we must pause now”'),
        ],
        {
          published: '2026-06-06',
          added: '2026-06-07',
          story: 'pause',
        },
      ),
      article('blog-post', 'blog', [m('marketing', 'disputes'), m('pause-call')], {
        added: '2026-06-08',
        story: 'pause',
      }),
    ],
  });
}

describe('buildSiteIndex', () => {
  it('builds an empty index from an empty corpus', () => {
    const index = buildSiteIndex(corpus());
    expect(index.sorted).toEqual({ claims: [], articles: [], stories: [], outlets: [], entities: [] });
    expect(index.home).toEqual({ stories: [], latestArticles: [], mostContested: [] });
    expect(index.contradictions).toEqual([]);
  });

  const index = buildSiteIndex(sample());
  const claimView = (id: string) => index.claims.get(asClaimId(id))!;

  it.each([
    [
      'pause-call',
      'corroborated',
      'Asserted by 4 independent sources (of 6 articles, 1 only with a qualification and 1 source unidentified); none disputes it.',
    ],
    [
      'coordinated',
      'contested',
      'Asserted by 1 independent source (of 2 articles), but disputed by 1 independent source (of 1 article), while a claim it contradicts is asserted by 1 independent source.',
    ],
    [
      'unilateral',
      'contested',
      'Asserted by 1 independent source (of 2 articles), while a claim it contradicts is asserted by 1 independent source.',
    ],
    [
      'marketing',
      'contested',
      'Asserted by 1 independent source (of 1 article), but disputed by 1 independent source (of 1 article, unidentified).',
    ],
    [
      'figure',
      'single-source',
      'Asserted by only 1 independent source (of 1 article); no other source confirms it and none disputes it.',
    ],
    [
      'ceo-quote',
      'reported-only',
      "Only quoted, as someone else's statement, by 3 independent sources (of 4 articles); none asserts or disputes it.",
    ],
    ['orphan', 'unmentioned', 'No article in the corpus mentions this claim yet.'],
  ])('gives %s the status %s, explained', (id, status, sentence) => {
    expect([claimView(id).status.status, claimView(id).status.sentence]).toEqual([status, sentence]);
  });

  it('keeps the editor’s verdict beside the derived status', () => {
    expect([claimView('figure').verdict?.rating, claimView('figure').status.status]).toEqual([
      'unverifiable',
      'single-source',
    ]);
  });

  it('describes independence as "N independent of M articles"', () => {
    expect(claimView('pause-call').independence).toBe('4 independent of 6 articles, 1 unidentified');
  });

  it('shows a declared contradiction on both claims, and relations both ways', () => {
    expect(claimView('coordinated').contradicts.map((c) => c.id)).toEqual(['unilateral']);
    expect(claimView('unilateral').contradicts.map((c) => c.id)).toEqual(['coordinated']);
    expect(claimView('coordinated').contradictions.map((c) => c.contradiction.key)).toEqual([
      'implied:coordinated',
      'declared:coordinated:unilateral',
    ]);
    expect(claimView('pause-call').related.map((c) => c.id)).toEqual(['ceo-quote']);
  });

  // Decided (content checks accept it): a claim may contradict a claim of another story, as a later story's finding may
  // contradict what an earlier one reported. The pair is shown on both claims' pages and on both stories' pages.
  it('shows a declared contradiction between claims of two stories on both claims and in both stories', () => {
    const two = buildSiteIndex(
      corpus({
        stories: [story('closure'), story('inquiry')],
        claims: [claim('bridge-unsafe', { story: 'closure' }), claim('bridge-was-sound', { story: 'inquiry', contradicts: ['bridge-unsafe'] })],
        articles: [
          article('wire', 'wire', [m('bridge-unsafe')], { published: '2026-06-01', story: 'closure' }),
          article('report', 'paper', [m('bridge-was-sound')], { published: '2026-09-01', story: 'inquiry' }),
        ],
      }),
    );
    const of = (id: string) => two.claims.get(asClaimId(id))!;
    expect(of('bridge-unsafe').contradicts.map((c) => c.id)).toEqual(['bridge-was-sound']);
    expect(of('bridge-was-sound').contradicts.map((c) => c.id)).toEqual(['bridge-unsafe']);
    expect(of('bridge-unsafe').contradictions.map((c) => [c.contradiction.key, c.other, c.ours.evidence.map((e) => e.article.slug), c.theirs.evidence.map((e) => e.article.slug)])).toEqual([
      ['declared:bridge-unsafe:bridge-was-sound', 'bridge-was-sound', ['wire'], ['report']],
    ]);
    expect(of('bridge-was-sound').contradictions.map((c) => [c.other, c.ours.evidence.map((e) => e.article.slug), c.theirs.evidence.map((e) => e.article.slug)])).toEqual([
      ['bridge-unsafe', ['report'], ['wire']],
    ]);
    expect([of('bridge-unsafe').status.status, of('bridge-was-sound').status.status]).toEqual(['contested', 'contested']);
    for (const id of ['closure', 'inquiry']) expect(two.stories.get(asStoryId(id))!.contradictions.map((c) => c.key), id).toEqual(['declared:bridge-unsafe:bridge-was-sound']);
  });

  it('compares the quotation’s renditions against the best-attested wording', () => {
    const drift = claimView('ceo-quote').quoteDrift!;
    expect(drift.best.wording).toBe('We must pause now');
    expect(drift.paraphrases.map((r) => r.evidence.article.slug)).toEqual(['tv-report']);
    expect(drift.renditions.map((r) => [r.evidence.article.slug, r.comparison.drift])).toEqual([
      ['paper-copy', 'exact'],
      ['wire-report', 'exact'],
      ['tv-report', 'reworded'],
      ['sceptic-column', 'exact'],
    ]);
    expect(claimView('pause-call').quoteDrift).toBeUndefined();
  });

  it('gives each claim its first report and its people', () => {
    // The paper's copy of the wire report, dated the same day, carries the wire's report: not a first report.
    expect(claimView('pause-call').firstReported?.articles).toEqual(['wire-report']);
    expect([claimView('ceo-quote').speaker?.id, claimView('pause-call').entities.map((e) => e.id)]).toEqual([
      'ceo',
      ['lab'],
    ]);
  });

  it('tells an article what others disputed and what it left out', () => {
    const wire = index.articles.get(asArticleSlug('wire-report'))!;
    expect(
      wire.disputed.map((d) => [
        d.claim,
        d.disputedBy.map((e) => e.article.slug),
        d.contradictedBy.map((r) => r.claim),
      ]),
    ).toEqual([['coordinated', ['sceptic-column'], ['unilateral']]]);
    // The wire report came out first: what later coverage reported, it could not have left out.
    expect(wire.leftOut).toEqual([]);
    expect(
      index.articles.get(asArticleSlug('blog-post'))!.leftOut.map((g) => [g.claim, g.mentionedBy, g.of]),
    ).toEqual([
      ['ceo-quote', 3, 3],
      ['coordinated', 2, 3],
    ]);
    expect(wire.copies.map((a) => a.slug)).toEqual(['paper-copy']);
    expect(index.articles.get(asArticleSlug('paper-copy'))!.via?.slug).toBe('wire-report');
    expect(index.articles.get(asArticleSlug('paper-copy'))!.source.source.key).toBe('outlet:wire');
  });

  it('says a claim disputed only by an outlet that is its subject or its speaker is denied by that party', () => {
    const index = buildSiteIndex(
      corpus({
        outlets: [outlet('lab', { name: 'The Lab' }), outlet('ceo-blog', { name: 'CEO' })],
        entities: [entity('ceo'), entity('lab', { kind: 'organisation', name: 'Lab', names: ['The Lab'] })],
        claims: [claim('about-lab', { entities: ['lab'] }), claim('ceo-said', { kind: 'quote', speaker: 'ceo' }), claim('other', { entities: ['ceo'] })],
        articles: [
          article('a1', 'paper', [m('about-lab'), m('ceo-said'), m('other')]),
          article('l1', 'lab', [m('about-lab', 'disputes'), m('other', 'disputes')]),
          article('c1', 'ceo-blog', [m('ceo-said', 'disputes')]),
        ],
      }),
    );
    const sentence = (id: string) => index.claims.get(asClaimId(id))!.status.sentence;
    expect(['about-lab', 'ceo-said', 'other'].map(sentence)).toEqual([
      'Asserted by 1 independent source (of 1 article), but disputed only by Lab (1 article), the party the claim is about: a denial, not an independent source’s dispute.',
      'Asserted by 1 independent source (of 1 article), but disputed only by CEO (1 article), the party the claim is about: a denial, not an independent source’s dispute.',
      'Asserted by 1 independent source (of 1 article), but disputed by 1 independent source (of 1 article).',
    ]);
  });

  it('counts what copies of one wire story report on their own as their outlets’ reporting', () => {
    // One wire story run by three outlets: two of them add the same claim of their own, and
    // the third disputes what the wire reported.
    const wire = buildSiteIndex(
      corpus({
        articles: [
          article('w', 'wire', [m('pause-call')]),
          article('c1', 'p1', [m('pause-call'), m('added')], { via: 'w' }),
          article('c2', 'p2', [m('pause-call'), m('added')], { via: 'w' }),
          article('c3', 'p3', [m('pause-call', 'disputes')], { via: 'w' }),
        ],
      }),
    );
    const status = (id: string) => wire.claims.get(asClaimId(id))!.status;
    expect([status('added').status, status('added').sentence]).toEqual([
      'corroborated',
      'Asserted by 2 independent sources (of 2 articles); none disputes it.',
    ]);
    expect(status('pause-call').sentence).toBe(
      'Asserted by 1 independent source (of 3 articles), but disputed by 1 independent source (of 1 article).',
    );
    expect(
      wire.articles.get(asArticleSlug('w'))!.disputed.map((d) => [d.claim, d.disputedBy.map((e) => e.article.slug)]),
    ).toEqual([['pause-call', ['c3']]]);
    expect(wire.stories.get(asStoryId('s'))!.independence).toEqual({ sources: 4, articles: 4, unidentified: 0 });
    // Four sources of four articles: the copies' own reporting counts apart, and the page says so.
    expect(wire.stories.get(asStoryId('s'))!.sharedSources).toBe(
      'P1, P2 and P3 carry WIRE’s reporting; P1, P2 and P3 count apart for the claims they report on their own',
    );
    expect(
      ['w', 'c1', 'c3'].map((slug) => wire.articles.get(asArticleSlug(slug))!.ownReporting.map((c) => c.id)),
    ).toEqual([[], ['added'], ['pause-call']]);
  });

  it('says which copy counts apart for the claims it reports on its own, so that the story’s count adds up', () => {
    // A wire story and its rewrite, which adds a claim: 2 articles, 2 sources, and the page says why.
    const story = buildSiteIndex(
      corpus({
        articles: [article('w', 'wire', [m('vote')]), article('r', 'metro', [m('vote'), m('hearing')], { via: 'w' })],
      }),
    ).stories.get(asStoryId('s'))!;
    expect([story.independence.sources, story.sharedSources]).toEqual([2, 'METRO carries WIRE’s reporting; METRO counts apart for the 1 claim it reports on its own']);
  });

  it('never calls what a copy of a copy carries from the first copy its own reporting', () => {
    // A wire story; a paper runs it and adds an arrest; a second paper rewrites the first paper's
    // version, arrest and all: the arrest is the first paper's reporting, carried, not the second's.
    const index = buildSiteIndex(
      corpus({
        articles: [
          article('w', 'wire', [m('capsized')]),
          article('t', 'times', [m('capsized'), m('arrest')], { via: 'w' }),
          article('r', 'rundschau', [m('capsized'), m('arrest')], { via: 't' }),
        ],
      }),
    );
    const view = (slug: string) => index.articles.get(asArticleSlug(slug))!;
    expect(['t', 'r'].map((slug) => view(slug).ownReporting.map((c) => c.id))).toEqual([['arrest'], []]);
    expect(view('r').carriedReporting.map(({ source, claims }) => [source.name, claims.map((c) => c.id)])).toEqual([['TIMES', ['arrest']]]);
    const r = view('r');
    expect(
      describeCountedAs(
        r.source,
        r.article.outlet,
        r.ownReporting.length,
        r.via?.outlet,
        r.carriedReporting.map(({ source, claims }) => ({ name: source.name, claims: claims.length })),
      ),
    ).toBe('one independent source with WIRE, and with TIMES for 1 claim');
    const story = index.stories.get(asStoryId('s'))!;
    expect([story.independence.sources, story.sharedSources]).toEqual([
      2,
      'RUNDSCHAU and TIMES carry WIRE’s reporting; TIMES counts apart for the 1 claim it reports on its own',
    ]);
  });

  it('never calls an article of one story the first report of a claim another story reported earlier', () => {
    const two = buildSiteIndex(
      corpus({
        articles: [
          article('early', 'a', [m('x')], { published: '2026-06-01', story: 'one' }),
          article('late', 'b', [m('x'), m('y')], { published: '2026-06-05', story: 'two' }),
        ],
      }),
    );
    expect(two.stories.get(asStoryId('two'))!.timeline.map((e) => [e.article.slug, e.firstReports])).toEqual([
      ['late', ['y']],
    ]);
  });

  it.each([
    { name: 'one wording, however its case and punctuation differ', texts: ['“We will Rebuild.”', '“we will rebuild”', '“We will rebuild!”'], listed: false },
    { name: 'two wordings', texts: ['“We will rebuild”', '“We will rebuild it”'], listed: true },
    { name: 'every rendition worded differently', texts: ['“We will rebuild”', '“We shall rebuild”', '“We are rebuilding”'], listed: true },
    { name: 'one wording and its translation', texts: ['“We will rebuild”', '“We will rebuild”', 'fr:« Nous reconstruirons »'], listed: false },
    { name: 'two wordings and a translation', texts: ['“We will rebuild”', '“We will rebuild it”', 'fr:« Nous reconstruirons »'], listed: true },
  ])('lists a quotation among the story’s drifted ones only when its wording drifted: $name', ({ texts, listed }) => {
    const one = buildSiteIndex(
      corpus({
        claims: [claim('qt', { kind: 'quote' })],
        articles: texts.map((text, i) => {
          const [language, words] = text.startsWith('fr:') ? ['fr', text.slice(3)] : ['en', text];
          return { ...article(`a${i}`, `outlet-${i}`, [q('qt', words)], { published: `2026-06-0${i + 1}` }), language };
        }),
      }),
    );
    expect(one.claims.get(asClaimId('qt'))!.quoteDrift!.renditions).toHaveLength(texts.length);
    expect(one.stories.get(asStoryId('s'))!.quoteDrift.map((d) => d.claim)).toEqual(listed ? ['qt'] : []);
  });

  it('builds the story page: columns, rows, lists, drift and timeline', () => {
    const view = index.stories.get(asStoryId('pause'))!;
    expect(view.matrix.columns.map((a) => a.slug)).toEqual([
      'paper-copy',
      'wire-report',
      'radio-report',
      'tv-report',
      'sceptic-column',
      'blog-post',
    ]);
    expect(view.claims.map((c) => c.id)).toEqual([
      'pause-call',
      'coordinated',
      'ceo-quote',
      'figure',
      'unilateral',
      'marketing',
    ]);
    expect(view.contested.map((c) => c.id)).toEqual(['coordinated', 'unilateral', 'marketing']);
    expect(view.singleSource.map((c) => c.id)).toEqual(['figure']);
    expect(view.quoteDrift.map((d) => d.claim)).toEqual(['ceo-quote']);
    expect(view.independence).toEqual({ sources: 4, articles: 6, unidentified: 1 });
    // Six articles from six outlets are four sources: the page says why.
    expect(view.sharedSources).toBe('Paper carries Wire’s reporting; Radio and TV have one owner, Media Group');
    // The drawing places only dated articles; the blog post, known by the day it was added, is listed after them.
    expect(view.timelineLayout.points.map((p) => p.id)).toEqual(view.articles.filter((a) => a.published).map((a) => a.slug));
    expect(view.timeline.map((e) => e.article.slug).at(-1)).toBe('blog-post');
    expect(view.contradictions.map((c) => c.key)).toEqual([
      'implied:coordinated',
      'implied:marketing',
      'declared:coordinated:unilateral',
    ]);
  });

  it('fills the matrix of a story of more articles than columns with its independent coverage: copies fold, both tolls show', () => {
    // tests/fixtures/breaking-news in miniature: 16 articles, a wire's alert and its two copies,
    // a toll of seven (four sources) revised to five (the wire and civil protection), and claims
    // disputed by a rumour, an operator and a retraction.
    const at = (slug: string, o: string, ms: [string, ('disputes' | 'quotes')?][], published: string, via?: string) =>
      article(slug, o, ms.map(([c, stance]) => m(c, stance ?? 'asserts')), { published, ...(via ? { via } : {}) });
    const c = corpus({
      articles: [
        at('wire-alert', 'wire', [['blast'], ['toll-two']], '2026-11-03T19:05:00Z'),
        at('live', 'atlantic', [['blast'], ['chief-quote', 'quotes'], ['tanker'], ['toll-seven', 'quotes']], '2026-11-03T19:30:00Z'),
        at('copy-a', 'harbour', [['blast'], ['toll-two']], '2026-11-03T19:40:00Z', 'wire-alert'),
        at('drone', 'metro', [['drone'], ['chief-quote', 'quotes']], '2026-11-03T22:00:00Z'),
        at('copy-b', 'gulf', [['blast'], ['toll-two']], '2026-11-04T04:50:00Z', 'wire-alert'),
        at('sete', 'diario', [['toll-seven'], ['chief-quote', 'quotes']], '2026-11-04T07:30:00Z'),
        at('morning', 'officials', [['toll-seven'], ['nitrate'], ['cloud', 'disputes']], '2026-11-04T08:00:00Z'),
        at('evening', 'evening', [['toll-seven'], ['chief-quote', 'quotes'], ['chief-injured', 'disputes']], '2026-11-04T10:15:00Z'),
        at('denial', 'operator', [['nitrate', 'disputes']], '2026-11-04T12:30:00Z'),
        at('review', 'pacific', [['port'], ['damage-40m']], '2026-11-04T15:20:00Z'),
        at('retraction', 'metro', [['drone', 'disputes']], '2026-11-05T09:00:00Z'),
        at('update', 'officials', [['toll-five']], '2026-11-05T10:00:00Z'),
        at('wire-revised', 'wire', [['toll-five'], ['damage-120m']], '2026-11-05T11:00:00Z'),
        at('copy-revised', 'harbour', [['toll-five'], ['port']], '2026-11-05T11:30:00Z', 'wire-revised'),
        { ...at('forwarded', 'rumour', [['cloud'], ['chief-injured']], '2026-11-04T00:00:00Z'), published: undefined },
        { ...at('digest', 'digest', [['toll-seven'], ['chief-quote', 'quotes'], ['port']], '2026-11-04T00:00:00Z'), published: undefined },
      ],
      outlets: [outlet('atlantic', { owner: 'Courier' }), outlet('evening', { owner: 'Courier' }), outlet('rumour', { unidentified: true })],
      claims: [claim('toll-seven', { contradicts: ['toll-five'] }), claim('damage-120m', { contradicts: ['damage-40m'] })],
    });
    const view = buildSiteIndex(c).stories.get(asStoryId('s'))!;
    const cells = (id: string) => view.matrix.rows.find((r) => r.claim.id === id)?.cells.map((cell) => cell.stance).filter((s) => s !== 'none');
    // Every side of every contested claim but the retraction's (eight columns for nine such articles);
    // no column for the wire's alert, whose copies repeat it, and whose claims the live blog shows.
    expect(view.matrix.columns.map((a) => a.slug)).toEqual(['live', 'drone', 'morning', 'evening', 'denial', 'review', 'wire-revised', 'forwarded']);
    expect([cells('toll-seven'), cells('toll-five')]).toEqual([['quotes', 'asserts', 'asserts'], ['asserts']]);
    expect([cells('nitrate'), cells('cloud'), cells('chief-injured')]).toEqual([
      ['asserts', 'disputes'],
      ['disputes', 'asserts'],
      ['disputes', 'asserts'],
    ]);
    expect(view.matrix.hiddenClaims.map((claim) => claim.id)).toEqual(['toll-two']);
  });

  it('profiles outlets and entities', () => {
    const tv = index.outlets.get(asOutletId('tv'))!;
    expect([tv.sameOwner, tv.claimsAsserted, tv.corroborated]).toEqual([
      ['radio'],
      ['pause-call', 'unilateral'],
      ['pause-call'],
    ]);
    const ceo = index.entities.get(asEntityId('ceo'))!;
    expect([ceo.by, ceo.about, ceo.articles.length]).toEqual([['ceo-quote'], [], 4]);
  });

  it('sorts every list as documented', () => {
    expect(index.sorted.stories.map((s) => s.story.id)).toEqual(['pause', 'older']);
    expect(index.sorted.outlets.map((o) => o.outlet.id)).toEqual(['paper', 'radio', 'sceptic', 'tv', 'blog', 'wire']);
    expect(index.sorted.claims.map((c) => c.claim.id)).toEqual([
      'figure',
      'orphan',
      'marketing',
      'ceo-quote',
      'pause-call',
      'coordinated',
      'unilateral',
    ]);
    // The blog post, added last, has no publication date: it comes after every dated article.
    expect(index.sorted.articles.map((a) => a.article.slug)).toEqual([
      'sceptic-column',
      'radio-report',
      'tv-report',
      'paper-copy',
      'wire-report',
      'blog-post',
    ]);
    expect(index.home.latestArticles.map((a) => a.slug)).toEqual([
      'blog-post',
      'sceptic-column',
      'radio-report',
      'tv-report',
      'paper-copy',
      'wire-report',
    ]);
  });

  it('leads the home page with the most contested claims', () => {
    expect(index.home.mostContested.map((c) => [c.claim, c.score, c.weight, c.view.claim.id])).toEqual([
      ['coordinated', 1, 3, 'coordinated'],
      ['marketing', 1, 2, 'marketing'],
      ['unilateral', 1, 2, 'unilateral'],
    ]);
  });

  it.each([
    [{}, SITE_INDEX_DEFAULTS.latestArticles, SITE_INDEX_DEFAULTS.mostContested],
    [{ latestArticles: 2, mostContested: 1 }, 2, 1],
  ])('limits the home page lists (%j)', (options, latest, contested) => {
    const home = buildSiteIndex(sample(), options).home;
    expect([home.latestArticles.length, home.mostContested.length]).toEqual([
      Math.min(latest, 6),
      Math.min(contested, 3),
    ]);
  });

  it('puts the newest stories on the home page, at most SITE_INDEX_DEFAULTS.stories of them', () => {
    const many = corpus({
      stories: Array.from({ length: 25 }, (_, i) => story(`s${String(i).padStart(2, '0')}`, { date: new Date(Date.UTC(2026, 0, 1 + i)) })),
    });
    const index = buildSiteIndex(many);
    expect(SITE_INDEX_DEFAULTS.stories).toBe(10);
    expect(index.home.stories.map((v) => v.story.id)).toEqual(index.sorted.stories.slice(0, 10).map((v) => v.story.id));
    expect(index.home.stories[0]!.story.id).toBe('s24');
    expect(buildSiteIndex(many, { stories: 3 }).home.stories).toHaveLength(3);
  });

  it('gives the same lists whatever order the corpus comes in', () => {
    const c = sample();
    const reversed: Corpus = {
      outlets: [...c.outlets].reverse(),
      entities: [...c.entities].reverse(),
      stories: [...c.stories].reverse(),
      articles: [...c.articles].reverse(),
      claims: [...c.claims].reverse(),
    };
    const summary = (i: ReturnType<typeof buildSiteIndex>) => ({
      claims: i.sorted.claims.map((v) => [
        v.claim.id,
        v.status.sentence,
        v.evidence.map((e) => e.mention.anchor + e.article.slug),
      ]),
      articles: i.sorted.articles.map((v) => [
        v.article.slug,
        v.leftOut.map((g) => g.claim),
        v.disputed.map((d) => d.claim),
      ]),
      stories: i.sorted.stories.map((v) => [v.story.id, v.claims.map((c) => c.id), v.timelineLayout]),
      home: i.home.mostContested.map((c) => c.claim),
      contradictions: i.contradictions.map((k) => k.key),
    });
    expect(summary(buildSiteIndex(reversed))).toEqual(summary(index));
  });

  it.each([
    { kind: 'fact', status: 'single-source', ownWord: true },
    { kind: 'figure', status: 'single-source', ownWord: true },
    { kind: 'prediction', status: 'single-source', ownWord: true },
    // What the lab said is on record first in its own publication: that is a source like any other.
    { kind: 'attribution', status: 'corroborated', ownWord: false },
    { kind: 'quote', status: 'corroborated', ownWord: false },
  ] as const)('counts the word of a $kind claim’s own subject, in its press release, apart: $ownWord', ({ kind, status, ownWord }) => {
    const built = buildSiteIndex(
      corpus({
        outlets: [outlet('lab-news', { name: 'Lab' }), outlet('paper', { name: 'Paper' })],
        entities: [entity('lab', { name: 'Lab', kind: 'organisation' })],
        claims: [claim('x', { kind, entities: ['lab'], ...(kind === 'quote' && { speaker: 'lab' }) })],
        articles: [article('release', 'lab-news', [m('x')]), article('report', 'paper', [m('x')])],
      }),
    );
    const view = built.claims.get(asClaimId('x'))!.status;
    expect([view.status, view.ownWord !== undefined, view.sentence.includes('the word of the party the claim is about')]).toEqual([status, ownWord, ownWord]);
  });

  it('does not fail on references the corpus lacks', () => {
    const broken: Corpus = {
      outlets: [],
      entities: [],
      stories: [],
      claims: [claim('x', { speaker: 'nobody', entities: ['nothing'], contradicts: ['ghost'], related: ['ghost'] })],
      articles: [
        article('a', 'missing-outlet', [m('x'), m('ghost-claim')], { via: 'missing-article', story: 'missing-story' }),
      ],
    };
    const built = buildSiteIndex(broken);
    const view = built.claims.get(asClaimId('x'))!;
    expect([view.speaker, view.entities, view.contradicts, view.related, view.story]).toEqual([
      undefined,
      [],
      [],
      [],
      undefined,
    ]);
    const a = built.articles.get(asArticleSlug('a'))!;
    expect([a.outlet.name, a.via, a.story, a.claims.map((c) => c.id)]).toEqual([
      'missing-outlet',
      undefined,
      undefined,
      ['x'],
    ]);
    expect(built.sorted.stories).toEqual([]);
  });
});

describe('buildSiteIndex at the size of a war or an election', () => {
  /** How many times the index reads the articles' publication dates, for one story of `n` articles. */
  function dateReads(n: number): number {
    let reads = 0;
    const articles = Array.from({ length: n }, (_, i) => {
      const a = article(`a${i}`, `o${i % 9}`, [m(`c${i % 20}`), m(`c${(i * 7) % 20}`)], {
        story: 'war',
        published: `2026-0${1 + (i % 9)}-1${i % 10}`,
      });
      const published = a.published;
      Object.defineProperty(a, 'published', { enumerable: true, get: () => (reads++, published) });
      return a;
    });
    buildSiteIndex(corpus({ articles }));
    return reads;
  }

  it('reads each article of a story a number of times that grows with the log of the story, not with the story', () => {
    // Sorting reads them n log n times (twice as many articles: a little over twice the reads);
    // what each article left out was found by reading every other article of its story (four times).
    const [small, large] = [dateReads(1000), dateReads(2000)];
    expect(large / small).toBeLessThan(3);
  });

  it('reads each article’s mentions a number of times that does not grow with its story’s claims', () => {
    // A story of n articles and 1.5 n claims: the whole coverage matrix read every article once per
    // claim to make its cells (n × 1.5 n), though the story page shows 50 claims by 8 articles.
    const n = 600;
    let reads = 0;
    const articles = Array.from({ length: n }, (_, i) => {
      const a = article(`a${i}`, `o${i % 40}`, [m(`c${i}`), m(`c${n + (i % (n / 2))}`, 'disputes'), m(`c${i % 30}`)], { story: 'war' });
      const { mentions } = a;
      Object.defineProperty(a, 'mentions', { enumerable: true, get: () => (reads++, mentions) });
      return a;
    });
    const claims = Array.from({ length: 1.5 * n }, (_, i) => claim(`c${i}`, { story: 'war' }));
    const view = buildSiteIndex(corpus({ articles, claims })).stories.get(asStoryId('war'))!;
    expect([view.claims.length, view.matrix.columns.length]).toEqual([1.5 * n, 8]);
    // At most 50 rows, each a claim one of the 8 articles shown makes (8 articles make 20 of them here).
    expect(view.matrix.rows.length).toBeLessThanOrEqual(50);
    expect(view.matrix.rows.filter((r) => r.mentionedBy === 0)).toEqual([]);
    expect(reads).toBeLessThan(100 * n);
  });

  it('reads each article of a via chain of n copies a number of times that does not grow with the chain', () => {
    // Each article's source held its whole chain (n²/2 slugs), each mention walked it, and each
    // story's timeline collected the claims of every article up each chain: n² reads of `via`
    // and of the mentions (6.6 million here).
    const n = 1000;
    let reads = 0;
    const articles = Array.from({ length: n }, (_, i) => {
      const a = article(`a${String(i).padStart(4, '0')}`, `o${i % 7}`, [m('k', i % 9 === 5 ? 'disputes' : 'asserts'), ...(i % 5 === 0 ? [m(`own${i % 3}`)] : [])], {
        published: `2026-01-01T${String(i % 24).padStart(2, '0')}:00:00Z`,
        via: i === 0 ? undefined : `a${String(i - 1).padStart(4, '0')}`,
      });
      const { via, mentions } = a;
      Object.defineProperty(a, 'via', { enumerable: true, get: () => (reads++, via) });
      Object.defineProperty(a, 'mentions', { enumerable: true, get: () => (reads++, mentions) });
      return a;
    });
    const index = buildSiteIndex(corpus({ articles }));
    const last = index.articles.get(asArticleSlug(`a${String(n - 1).padStart(4, '0')}`))!;
    expect([last.source.root, last.source.next, last.source.end]).toEqual(['a0000', `a${String(n - 2).padStart(4, '0')}`, 'a0000']);
    expect(reads).toBeLessThan(200 * n);
  });
});
