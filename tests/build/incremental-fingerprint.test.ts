/**
 * Page fingerprints (src/data/fingerprint.ts), the `cacheKey` of every dynamic page: equal data
 * gives equal fingerprints, and a change to anything a page shows (its own record, or what it
 * shows of the records it links to) changes its fingerprint, while unrelated changes leave it.
 */
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../src/data/fingerprint.ts';
import type { Corpus } from '../../src/lib/corpus.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { article, claim, corpus, entity, m, outlet, q, story } from '../unit/analysis/helpers.ts';

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

  it('changes the pages of an article when another article takes its headline (its title then names its outlet)', () => {
    const added = base();
    added.articles.push({ ...article('daily-copy', 'daily', []), headline: added.articles[0]!.headline });
    expect(changed(base(), added)).toContain('articles/wire-report');
  });

  it('changes a page that names an outlet by id when another outlet takes its name (its title then differs)', () => {
    const renamed = base();
    renamed.outlets[1] = { ...renamed.outlets[1]!, name: renamed.outlets[0]!.name };
    const monthPage = (c: Corpus) => createFingerprinter(buildSiteIndex(c), 'code').digest('props', { id: 'wire', month: '2026-06' }, { outlet: 'wire' });
    expect(monthPage(renamed)).not.toBe(monthPage(base()));
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

  it('changes the fingerprint of every page whose view changes, after random edits of what other pages show', () => {
    // The fingerprint writes a piece of evidence as its article's card and its place, and leaves
    // out the fields of a claim's view listed as computed from its evidence alone: a change to the
    // analysis that makes any of them read more (another record, another claim's evidence) must
    // add it to the cards, or some page keeps its key while what it shows changed. Each trial
    // edits a copy of a corpus with owners, copies of copies, quotes, contradictions and undated
    // articles, and every page whose view, written out in full, changed must have a new fingerprint.
    // The claims have subjects (entities, a speaker) that outlets' names may match: a dispute
    // published by a claim's own subject is its denial (deniedBy, status.ts), so renaming an
    // outlet, an entity or its other names, or changing a claim's subjects, changes what other
    // pages show.
    const start = (): Corpus =>
      corpus({
        outlets: [
          outlet('wire', { owner: 'Group' }),
          outlet('gazette', { owner: 'Group' }),
          outlet('daily'),
          outlet('herald', { owner: 'WIRE' }),
          outlet('anon', { unidentified: true }),
        ],
        stories: [story('s'), story('t')],
        entities: [entity('daily-co', { name: 'DAILY', kind: 'organisation' }), entity('mayor', { names: ['The Mayor'] }), entity('group', { name: 'Group', kind: 'organisation' })],
        claims: [
          claim('closed', { entities: ['daily-co'] }),
          claim('cost', { contradicts: ['closed'], entities: ['group'] }),
          claim('said', { kind: 'quote', speaker: 'mayor' }),
          claim('delay', { related: ['cost'] }),
          claim('ferry', { story: 't' }),
          claim('fares', { story: 't', contradicts: ['ferry'] }),
        ],
        articles: [
          article('original', 'wire', [m('closed'), q('said', 'We will close it'), m('cost', 'disputes')], { published: '2026-06-02' }),
          article('copy', 'gazette', [m('closed'), q('said', 'We will close it soon')], { published: '2026-06-03', via: 'original' }),
          article('copy-of-copy', 'herald', [m('closed'), m('delay')], { published: '2026-06-03T08:00:00-07:00', via: 'copy' }),
          article('doubt', 'daily', [m('closed', 'disputes'), m('cost'), q('said', 'We may close it', 'qualifies')], { published: '2026-06-04' }),
          article('undated', 'anon', [m('cost'), m('delay', 'quotes')]),
          article('ferry-report', 'daily', [m('ferry'), m('fares', 'disputes')], { story: 't', published: '2026-06-05' }),
          article('ferry-copy', 'anon', [m('ferry'), m('fares')], { story: 't', via: 'ferry-report' }),
        ],
      });
    let seed = 20261207;
    const random = () => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let x = Math.imul(seed ^ (seed >>> 15), seed | 1);
      x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const day = () => `2026-06-0${1 + Math.floor(random() * 6)}`;
    const mentioning = (c: Corpus) => pick(c.articles.filter((a) => a.mentions.length > 0));
    const edits: Record<string, (c: Corpus) => void> = {
      via: (c) => {
        const a = pick(c.articles);
        const to = pick(c.articles).slug;
        a.via = random() < 0.3 || to === a.slug ? undefined : to;
      },
      outlet: (c) => void (pick(c.articles).outlet = pick(c.outlets).id),
      published: (c) => void (pick(c.articles).published = random() < 0.3 ? undefined : new Date(day())),
      added: (c) => void (pick(c.articles).added = new Date(day())),
      story: (c) => void (pick(c.articles).story = pick(c.stories).id),
      language: (c) => void (pick(c.articles).language = pick(['en', 'fr'])),
      stance: (c) => {
        const a = mentioning(c);
        const i = Math.floor(random() * a.mentions.length);
        a.mentions = a.mentions.map((x, j) => (j === i ? { ...x, stance: pick(['asserts', 'disputes', 'quotes', 'qualifies'] as const) } : x));
      },
      wording: (c) => {
        const a = mentioning(c);
        const i = Math.floor(random() * a.mentions.length);
        a.mentions = a.mentions.map((x, j) => (j === i ? { ...x, text: `${x.text} now`, quoted: random() < 0.5 } : x));
      },
      dropMention: (c) => {
        const a = mentioning(c);
        const i = Math.floor(random() * a.mentions.length);
        a.mentions = a.mentions.filter((_, j) => j !== i);
      },
      addMention: (c) => {
        const a = pick(c.articles);
        a.mentions = [...a.mentions, { ...m(pick(c.claims).id, pick(['asserts', 'disputes'] as const)), anchor: `m-added-${a.mentions.length}` }];
      },
      owner: (c) => void (pick(c.outlets).owner = pick([undefined, 'Group', 'Other group', ...c.outlets.map((o) => o.name), ...c.outlets.map((o) => o.id)])),
      outletName: (c) => void (pick(c.outlets).name = pick(['Group', 'A new name', ...c.outlets.map((o) => o.name), ...c.entities.flatMap((e) => [e.name, ...e.names])])),
      // A claim's subjects, and the names that tell an outlet is one of them.
      subjects: (c) => void (pick(c.claims).entities = c.entities.filter(() => random() < 0.4).map((e) => e.id)),
      speaker: (c) => void (pick(c.claims).speaker = random() < 0.3 ? undefined : pick(c.entities).id),
      entityName: (c) => void (pick(c.entities).name = pick(['Someone else', ...c.outlets.map((o) => o.name)])),
      entityNames: (c) => void (pick(c.entities).names = random() < 0.3 ? [] : [pick(c.outlets).name]),
      // Every mention of one claim by one outlet's articles held true only with a qualification.
      qualifiedOnly: (c) => {
        const a = mentioning(c);
        const claimId = pick(a.mentions).claim;
        for (const other of c.articles.filter((x) => x.outlet === a.outlet)) {
          other.mentions = other.mentions.map((x) => (x.claim === claimId ? { ...x, stance: 'qualifies' as const } : x));
        }
      },
      // Two articles on one day, dated by the day only: tied for first reports.
      sameDay: (c) => {
        const d = new Date(day());
        pick(c.articles).published = d;
        pick(c.articles).published = d;
      },
      // A quotation's date written the other way round is the same wording (quote-drift.ts).
      quoteDate: (c) => {
        const a = mentioning(c);
        const i = Math.floor(random() * a.mentions.length);
        a.mentions = a.mentions.map((x, j) => (j === i ? { ...x, text: `${x.text.replace(/ on (3 June|June 3)$/, '')} on ${pick(['3 June', 'June 3'])}`, quoted: true } : x));
      },
      unidentified: (c) => {
        const o = pick(c.outlets);
        o.unidentified = !o.unidentified;
      },
      claimKind: (c) => void (pick(c.claims).kind = pick(['fact', 'quote', 'figure'] as const)),
      contradicts: (c) => {
        const cl = pick(c.claims);
        cl.contradicts = [pick(c.claims).id].filter((id) => id !== cl.id && random() < 0.7);
      },
      statement: (c) => void (pick(c.claims).statement = 'A reworded statement.'),
      // An outlet corrects itself: a later (or, moved, earlier) article of the outlet of one that
      // holds a claim true disputes it and asserts a claim that contradicts it (ClaimTally.holding).
      correction: (c) => {
        const holding = c.articles.filter((x) => x.mentions.some((y) => y.stance === 'asserts'));
        if (holding.length === 0) return;
        const a = pick(holding);
        const held = pick(a.mentions.filter((y) => y.stance === 'asserts')).claim;
        const other = pick(c.claims.filter((x) => x.id !== held));
        if (random() < 0.5) other.contradicts = [...new Set([...other.contradicts, held])];
        c.articles.push(
          article(`correction-${c.articles.length}`, a.outlet, [m(held, 'disputes'), m(other.id, 'asserts')], {
            published: random() < 0.2 ? undefined : day(),
            story: a.story,
          }),
        );
      },
      // A headline holding the first words of a span of the article (text fragments: accountContext).
      headline: (c) => {
        const a = mentioning(c);
        a.headline = `${pick(a.mentions).text.split(' ').slice(0, 2).join(' ')} ${pick(['and more', 'today', ''])}`.trim();
      },
      // A quotation's rendition that gains or loses a negation (quote drift's meaning change).
      negation: (c) => {
        const a = mentioning(c);
        const i = Math.floor(random() * a.mentions.length);
        a.mentions = a.mentions.map((x, j) =>
          j !== i ? x : { ...x, quoted: true, text: / not |’s not |'s not /.test(x.text) ? x.text.replace(/ not |’s not |'s not /, ' ') : x.text.replace(/ /, pick([' not ', "'s not ", ' will not '])) },
        );
      },
      // An article's added date moved to another month (the month archives).
      addedMonth: (c) => void (pick(c.articles).added = new Date(pick(['2026-05-30', '2026-06-10', '2026-07-01']))),
    };
    /** A view written out in full: evidence, records and the fields the fingerprint leaves out included. */
    const written = (value: unknown): string =>
      JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
        const raw = (this as Record<string, unknown>)[key];
        if (raw instanceof Date) return `date ${raw.toISOString()}`;
        if (v instanceof Map) return { map: [...v] };
        if (v instanceof Set) return { set: [...v] };
        return v;
      });
    const kinds = ['claims', 'articles', 'stories', 'outlets', 'entities'] as const;
    const pagesOf = (c: Corpus): Map<string, { print: string; view: string }> => {
      const index = buildSiteIndex(c);
      const f = createFingerprinter(index, 'code');
      const pages = new Map<string, { print: string; view: string }>();
      for (const kind of kinds) {
        for (const [id, view] of index[kind] as ReadonlyMap<string, unknown>) pages.set(`${kind}/${id}`, { print: f.digest(kind, { id }, undefined, view), view: written(view) });
      }
      return pages;
    };
    /** The claims a status calls denied by their own subject, with who denies them. */
    const denials = (c: Corpus) => written([...buildSiteIndex(c).claims].map(([id, view]) => [id, view.status.deniedBy]));
    /** What the articles' pages say their own outlet disputed elsewhere (a correction). */
    const corrections = (c: Corpus) => written([...buildSiteIndex(c).articles].map(([id, view]) => [id, view.disputedBySelf]));
    const misses: string[] = [];
    let changedViews = 0;
    let changedDenials = 0;
    let changedCorrections = 0;
    for (let trial = 0; trial < 200; trial++) {
      const before = start();
      // A few edits first, so that each trial starts from another corpus.
      for (let i = Math.floor(random() * 3); i > 0; i--) pick(Object.values(edits))(before);
      const after = structuredClone(before);
      const name = pick(Object.keys(edits));
      edits[name]!(after);
      const [x, y] = [pagesOf(before), pagesOf(after)];
      if (denials(before) !== denials(after)) changedDenials++;
      if (corrections(before) !== corrections(after)) changedCorrections++;
      for (const [page, { print, view }] of y) {
        const old = x.get(page);
        if (!old || old.view === view) continue;
        changedViews++;
        if (old.print === print) misses.push(`${page} after ${name} (trial ${trial})`);
      }
    }
    expect(changedViews).toBeGreaterThan(1000);
    // The edits reach this session's denials (a dispute by the claim's own subject), not only ordinary disputes.
    expect(changedDenials).toBeGreaterThan(10);
    // And an outlet's correction of its own earlier claim.
    expect(changedCorrections).toBeGreaterThan(10);
    expect(misses).toEqual([]);
  });
});
