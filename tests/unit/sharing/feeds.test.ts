import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus.ts';
import * as module from '../../../src/lib/feeds.ts';
import { articlesFeed, claimsFeed, describeChange, FEED_ARTICLES_LISTED, FEED_LIMIT, feedIdRoot } from '../../../src/lib/feeds.ts';
import { indexCorpus } from '../../../src/lib/lookup.ts';
import { statusHistory } from '../../../src/lib/status-history.ts';
import { article, claim, corpus, mention, outlet } from './corpus.ts';

const root = 'https://example.org/sub/';
const hostile = '</script> & <b>bold</b> ]]> "quoted"';

const c: Corpus = corpus({
  outlets: [outlet('o1', { name: 'First Outlet' }), outlet('o2'), outlet('anon', { unidentified: true, name: 'Leaflet' })],
  claims: [claim('k', { statement: `The spillway closed ${hostile}` }), claim('j')],
  articles: [
    article('one', 'o1', [mention('k')], { added: '2026-06-01', published: '2026-05-31', url: 'https://o1.example/a?x=1&y=2' }),
    article('two', 'o2', [mention('k'), mention('j')], { added: '2026-06-02', headline: `Two ${hostile}` }),
    article('three', 'anon', [mention('k', 'disputes')], { added: '2026-06-03' }),
  ],
});
const data = indexCorpus(c);

/** Well-formed XML, then parsed as a feed reader parses it. */
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parseFeed(xml);
}

it('exports the public functions', () => {
  expect(Object.keys(module).sort()).toEqual(['FEED_ARTICLES_LISTED', 'FEED_LIMIT', 'FEED_PATHS', 'articlesFeed', 'claimsFeed', 'describeChange', 'feedIdRoot']);
});

describe('articlesFeed', () => {
  const xml = articlesFeed(data, root);
  const feed = parse(xml);

  it('is an Atom feed describing itself with absolute URLs', () => {
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Crosscheck: new articles');
    expect(feed.url).toBe('https://example.org/sub/articles/');
    expect(feed.self).toBe('https://example.org/sub/feeds/articles.xml');
    expect(feed.updated?.toISOString()).toBe('2026-06-03T00:00:00.000Z');
  });

  it('lists articles newest added first, linking to our records', () => {
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://example.org/sub/articles/three/',
      'https://example.org/sub/articles/two/',
      'https://example.org/sub/articles/one/',
    ]);
    expect(feed.items.map((i) => i.id)).toEqual(feed.items.map((i) => i.url));
    expect(feed.items[0]?.title).toBe('Headline of three (Leaflet (source unidentified))');
    // A name that says so already is not told again (as the pages show it, OutletName).
    const described = corpus({ outlets: [outlet('flyer', { unidentified: true, name: 'Unidentified source (stadium flyer)' })], articles: [article('f', 'flyer', [mention('k')])] });
    expect(parse(articlesFeed(indexCorpus(described), root)).items[0]?.title).toBe('Headline of f (Unidentified source (stadium flyer))');
    expect(feed.items[2]?.published?.toISOString()).toBe('2026-05-31T00:00:00.000Z');
    expect(feed.items[2]?.updated?.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(feed.items[2]?.content).toContain('<a href="https://o1.example/a?x=1&y=2">');
    expect(xml).toContain('https://o1.example/a?x=1&amp;y=2');
  });

  it('keeps hostile text as text', () => {
    expect(feed.items[1]?.title).toBe(`Two ${hostile} (Outlet O2)`);
    expect(xml).not.toContain('<b>bold</b>');
  });

  it('is the same on every build, and capped', () => {
    expect(articlesFeed(indexCorpus({ ...c, articles: [...c.articles].reverse() }), root)).toBe(xml);
    expect(parse(articlesFeed(data, root, 2)).items).toHaveLength(2);
  });

  it('dates an entry as its record does, in the offset it was written in', () => {
    // 8 pm in California on 4 June, not 03:00 on 5 June (UTC).
    const written = articlesFeed(
      indexCorpus(corpus({ articles: [article('pacific', 'o1', [], { published: '2026-06-04T20:00:00-07:00', added: '2026-06-05T09:00:00+02:00' })] })),
      root,
    );
    expect(written).toContain('<published>2026-06-04T20:00:00.000-07:00</published>');
    expect(written).toContain('<updated>2026-06-05T09:00:00.000+02:00</updated>');
    const entry = parse(written).items[0]!;
    expect([entry.published?.toISOString(), entry.updated?.toISOString()]).toEqual(['2026-06-05T03:00:00.000Z', '2026-06-05T07:00:00.000Z']);
  });

  it('is valid when empty', () => {
    const empty = parse(articlesFeed(indexCorpus(corpus()), root));
    expect(empty.items).toEqual([]);
  });
});

describe('characters XML forbids', () => {
  // YAML writes them as "\x01", "\v" or "\uFFFE", and the content model takes them as text.
  const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
  const odd = 'A\u0001B\u000BC\u000CD\uFFFE';
  const oddCorpus: Corpus = corpus({
    outlets: [outlet('o', { name: `Outlet ${odd}` })],
    claims: [claim('k', { statement: `Statement ${odd}` })],
    articles: [article('a', 'o', [mention('k')], { headline: `Headline ${odd}`, summary: `Summary ${odd}` })],
  });
  const oddData = indexCorpus(oddCorpus);

  it('are dropped, so both feeds stay well-formed, keeping the rest of the text', () => {
    const articles = articlesFeed(oddData, root);
    const claims = claimsFeed(oddData, statusHistory(oddCorpus), root);
    expect(articles).not.toMatch(forbidden);
    expect(claims).not.toMatch(forbidden);
    expect(parse(articles).items[0]?.title).toBe('Headline ABCD (Outlet ABCD)');
    expect(parse(claims).items[0]?.title).toBe('First covered: single source: Statement ABCD');
  });
});

describe('claimsFeed', () => {
  const history = statusHistory(c);
  const xml = claimsFeed(data, history, root);
  const feed = parse(xml);

  it('lists every status change, newest first, linking to the claim page', () => {
    expect(feed.self).toBe('https://example.org/sub/feeds/claims.xml');
    expect(feed.items.map((i) => i.title?.replace(/:.*/, ''))).toEqual([
      'Now contested (was corroborated)',
      'First covered',
      'Now corroborated (was single source)',
      'First covered',
    ]);
    expect(feed.items[0]?.url).toBe('https://example.org/sub/claims/k/');
    expect(feed.items[0]?.title).toBe(`Now contested (was corroborated): The spillway closed ${hostile}`);
    expect(feed.items[0]?.updated?.toISOString()).toBe('2026-06-03T00:00:00.000Z');
    expect(feed.items[0]?.content).toContain('https://example.org/sub/articles/three/');
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
  });

  it('says why, with the numbers of the moment', () => {
    expect(feed.items[0]?.description).toMatch(/^Now contested \(was corroborated\)\. Asserted by 2 independent sources/);
  });

  it('is the same on every build', () => {
    expect(claimsFeed(data, statusHistory({ ...c, articles: [...c.articles].reverse() }), root)).toBe(xml);
  });
});

describe('the claims feed of an archive added at one instant', () => {
  it('names the first articles of an entry, then how many more, so that its size does not grow with the archive', () => {
    // 400 claims contradicting one, every article added at once: each entry named all 400.
    const n = 400;
    const big = indexCorpus(
      corpus({
        outlets: [outlet('o1')],
        claims: [claim('k'), ...Array.from({ length: n }, (_, i) => claim(`r${i}`, { contradicts: ['k'] }))],
        articles: Array.from({ length: n }, (_, i) => article(`a${String(i).padStart(3, '0')}`, 'o1', [mention(`r${i}`), mention('k')], { added: '2026-06-01' })),
      }),
    );
    const xml = claimsFeed(big, statusHistory(big.corpus), root);
    const items = parse(xml).items;
    expect(items).toHaveLength(FEED_LIMIT);
    for (const item of items) {
      expect(item.content?.match(/<li>/g)).toHaveLength(FEED_ARTICLES_LISTED + 1);
      expect(item.content).toContain(`<li><a href="https://example.org/sub/articles/a000/">Headline of a000</a> (Outlet O1)</li>`);
      expect(item.content).toMatch(new RegExp(`<li>and ${n - FEED_ARTICLES_LISTED} other articles</li></ul>$`));
    }
    // 2 MB before.
    expect(xml.length).toBeLessThan(FEED_LIMIT * 4000);
  });
});

describe('an article in another language in the feeds', () => {
  const foreign = indexCorpus(
    corpus({
      outlets: [outlet('o1'), outlet('o2')],
      claims: [claim('k')],
      articles: [
        article('ar', 'o2', [mention('k')], { added: '2026-06-02', language: 'ar', headline: 'إغلاق الجسر', summary: 'قالت الصحيفة إن الجسر مغلق.' }),
        article('fr', 'o1', [mention('k')], { added: '2026-06-01', language: 'fr', headline: 'Le pont fermé', summary: 'Our summary of the French report.' }),
      ],
    }),
  );

  it('gives our summary written in its script its language and direction, and ours none', () => {
    const items = parse(articlesFeed(foreign, root)).items;
    expect(items[0]?.content).toContain('<p lang="ar" dir="rtl">قالت الصحيفة إن الجسر مغلق.</p>');
    expect(items[1]?.content).toContain('<p>Our summary of the French report.</p>');
  });

  it('gives a headline its language and direction in a claim\'s entry', () => {
    const content = parse(claimsFeed(foreign, statusHistory(foreign.corpus), root)).items.map((i) => i.content ?? '').join('');
    expect(content).toContain('<a href="https://example.org/sub/articles/ar/" lang="ar" dir="rtl">إغلاق الجسر</a>');
    expect(content).toContain('<a href="https://example.org/sub/articles/fr/" lang="fr">Le pont fermé</a>');
  });
});

describe('a renamed record in the feeds', () => {
  // "one" renamed "uno", then "eins" (its aliases oldest first); claim "k" renamed "kay".
  const renamed: Corpus = corpus({
    outlets: c.outlets,
    claims: [claim('kay', { statement: `The spillway closed ${hostile}`, aliases: ['k'] }), claim('j')],
    articles: [
      article('eins', 'o1', [mention('kay')], { added: '2026-06-01', published: '2026-05-31', aliases: ['one', 'uno'] }),
      article('two', 'o2', [mention('kay'), mention('j')], { added: '2026-06-02' }),
      article('three', 'anon', [mention('kay', 'disputes')], { added: '2026-06-03' }),
    ],
  });
  const after = indexCorpus(renamed);
  const ids = (xml: string) => parse(xml).items.map((i) => i.id);

  it('keeps the ids its entries had, so readers do not see them again as new', () => {
    expect(ids(articlesFeed(after, root))).toEqual(ids(articlesFeed(data, root)));
    expect(ids(claimsFeed(after, statusHistory(renamed), root))).toEqual(ids(claimsFeed(data, statusHistory(c), root)));
  });

  it('keeps them for a record renamed back to its first id, which lists that id first among its aliases', () => {
    const back: Corpus = { ...renamed, articles: renamed.articles.map((a) => (a.slug === 'eins' ? { ...a, slug: 'one' as typeof a.slug, aliases: ['one', 'uno', 'eins'] } : a)) };
    expect(ids(articlesFeed(indexCorpus(back), root))).toEqual(ids(articlesFeed(data, root)));
  });

  it('links to the current address', () => {
    expect(parse(articlesFeed(after, root)).items[2]?.url).toBe('https://example.org/sub/articles/eins/');
    expect(parse(claimsFeed(after, statusHistory(renamed), root)).items[0]?.url).toBe('https://example.org/sub/claims/kay/');
  });
});

describe('a site moved to a new address', () => {
  const moved = 'https://new.example.net/';
  const idRoot = feedIdRoot(moved, root);

  it('keeps every id the feeds had at the old address, feeds’ and entries’, when CROSSCHECK_FEED_IDS names it', () => {
    for (const [before, after] of [
      [articlesFeed(data, root), articlesFeed(data, moved, FEED_LIMIT, idRoot)],
      [claimsFeed(data, statusHistory(c), root), claimsFeed(data, statusHistory(c), moved, FEED_LIMIT, idRoot)],
    ] as const) {
      // The feed's own id is its first <id> (the parser does not give it).
      const feedId = (xml: string) => /<id>([^<]*)<\/id>/.exec(xml)?.[1];
      expect(feedId(before)).toMatch(/^https:\/\/example\.org\/sub\/feeds\//);
      expect(feedId(after)).toBe(feedId(before));
      expect(parse(after).items.map((i) => i.id)).toEqual(parse(before).items.map((i) => i.id));
      // Links, the feed's own included, are to the new address.
      expect(parse(after).self).toMatch(/^https:\/\/new\.example\.net\/feeds\//);
      expect(parse(after).items.every((i) => i.url?.startsWith(moved))).toBe(true);
    }
    // Unset, the ids are the new address's.
    expect(parse(articlesFeed(data, moved, FEED_LIMIT, feedIdRoot(moved, undefined))).items[0]?.id).toMatch(/^https:\/\/new\.example\.net\//);
  });

  it.each([
    [undefined, moved],
    ['  ', moved],
    ['https://example.org/sub', 'https://example.org/sub/'],
    ['https://example.org/sub/?x=1#top', 'https://example.org/sub/'],
    ['https://EXAMPLE.org', 'https://example.org/'],
  ])('reads CROSSCHECK_FEED_IDS=%j as %s', (setting, expected) => {
    expect(feedIdRoot(moved, setting)).toBe(expected);
  });

  it.each(['example.org', 'ftp://example.org/', 'javascript:alert(1)'])('refuses CROSSCHECK_FEED_IDS=%j, saying what to set', (setting) => {
    expect(() => feedIdRoot(moved, setting)).toThrow(/CROSSCHECK_FEED_IDS .* not an http\(s\) address\. Set it to the address the site had/);
  });
});

describe('describeChange', () => {
  it.each([
    ['unmentioned', 'single-source', 'First covered: single source'],
    ['single-source', 'corroborated', 'Now corroborated (was single source)'],
    ['corroborated', 'contested', 'Now contested (was corroborated)'],
  ] as const)('describes %s → %s', (from, to, expected) => {
    expect(describeChange({ from, to })).toBe(expected);
  });
});
