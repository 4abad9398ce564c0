import { describe, expect, it } from 'vitest';
import type { Article, Claim, Outlet } from '../../../src/lib/corpus.ts';
import { asEntityId } from '../../../src/lib/ids.ts';
import { jsonLdString } from '../../../src/lib/json-ld.ts';
import * as module from '../../../src/lib/structured-data.ts';
import {
  absolute,
  articleJsonLd,
  claimJsonLd,
  claimThing,
  originalArticle,
  RATING_VALUES,
  siteRoot,
  storyJsonLd,
  STRUCTURED_DATA_LIMIT,
  websiteJsonLd,
} from '../../../src/lib/structured-data.ts';
import { article, claim, outlet, story } from './corpus.ts';

const root = 'https://example.org/sub/';
const status = { label: 'Corroborated', sentence: 'Asserted by 2 independent sources (of 2 articles); none disputes it.' };
const hostile = '</script><script>alert(1)</script><!-- & \u2028';

/** Serialised as HeadMeta serialises it, then parsed back, as a consumer reads it. */
function roundTrip(data: object): Record<string, unknown> {
  const text = jsonLdString(data);
  expect(text).not.toMatch(/<|>/);
  return JSON.parse(text) as Record<string, unknown>;
}

function evidenceFor(articles: Article[], outlets: Outlet[]) {
  return articles.map((a) => ({ article: a, outlet: outlets.find((o) => o.id === a.outlet)! }));
}

const outlets = [outlet('wire', { url: 'https://wire.example/' }), outlet('anon', { unidentified: true, name: 'Unidentified report' })];
const articles = [
  article('first', 'wire', [], { url: 'https://wire.example/a', published: '2026-06-04T09:00:00Z', byline: 'A. Writer' }),
  article('second', 'anon', [], { kind: 'opinion' }),
  article('first', 'wire'),
];

it('exports the public functions', () => {
  expect(Object.keys(module).sort()).toEqual([
    'RATING_VALUES',
    'SITE_NAME',
    'STRUCTURED_DATA_LIMIT',
    'absolute',
    'articleJsonLd',
    'claimJsonLd',
    'claimThing',
    'originalArticle',
    'siteOrganization',
    'siteRoot',
    'storyJsonLd',
    'websiteJsonLd',
  ]);
});

describe('siteRoot and absolute', () => {
  it.each([
    ['https://example.org', '/', 'https://example.org/'],
    ['https://example.org', '/sub', 'https://example.org/sub/'],
    ['https://example.org/', '/sub/', 'https://example.org/sub/'],
  ])('joins %s and %s as %s', (site, base, expected) => {
    expect(siteRoot(site, base)).toBe(expected);
  });

  it('resolves a site path under the base', () => {
    expect(absolute(root, '/claims/x/')).toBe('https://example.org/sub/claims/x/');
  });
});

describe('originalArticle', () => {
  it.each([
    ['report', 'ReportageNewsArticle'],
    ['analysis', 'AnalysisNewsArticle'],
    ['opinion', 'OpinionNewsArticle'],
    ['aggregate', 'NewsArticle'],
    ['press-release', 'Article'],
  ] as const)('types a %s as %s', (kind, type) => {
    expect(originalArticle(article('a', 'wire', [], { kind }), outlets[0])['@type' as never]).toBe(type);
  });

  it('gives what is known and leaves out what is not', () => {
    expect(originalArticle(articles[0]!, outlets[0])).toEqual({
      '@type': 'ReportageNewsArticle',
      headline: 'Headline of first',
      inLanguage: 'en',
      url: 'https://wire.example/a',
      publisher: { '@type': 'NewsMediaOrganization', name: 'Outlet WIRE', url: 'https://wire.example/' },
      datePublished: '2026-06-04T09:00:00.000Z',
      author: { '@type': 'Person', name: 'A. Writer' },
    });
    expect(originalArticle(articles[1]!, outlets[1])).toEqual({ '@type': 'OpinionNewsArticle', headline: 'Headline of second', inLanguage: 'en' });
  });

  it('dates the original in the offset its record gives', () => {
    const pacific = article('pacific', 'wire', [], { published: '2026-06-04T20:00:00-07:00' });
    expect(originalArticle(pacific, outlets[0])).toMatchObject({ datePublished: '2026-06-04T20:00:00.000-07:00' });
  });
});

describe('claimJsonLd', () => {
  const plain = claim('pause', { statement: 'Anthropic called for a pause.' });
  const input = { claim: plain, status, evidence: evidenceFor(articles, outlets) };

  it('is a Claim, not a ClaimReview, when there is no verdict', () => {
    const data = roundTrip(claimJsonLd(input, root));
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Claim');
    expect(data).not.toHaveProperty('reviewRating');
    expect(data.url).toBe('https://example.org/sub/claims/pause/');
    expect(data.name).toBe('Anthropic called for a pause.');
    expect(data.description).toBe(`Corroborated. ${status.sentence}`);
  });

  it('lists each article it appears in once, oldest first, and the first as firstAppearance', () => {
    const thing = claimThing(input, root);
    expect(thing.appearance).toHaveLength(2);
    expect(thing.firstAppearance).toEqual((thing.appearance as unknown[])[0]);
    expect((thing.firstAppearance as { url?: string }).url).toBe('https://wire.example/a');
  });

  it('names the first publisher as author, or the speaker when there is one', () => {
    expect(claimThing(input, root).author).toEqual({ '@type': 'NewsMediaOrganization', name: 'Outlet WIRE', url: 'https://wire.example/' });
    const speaker = { id: asEntityId('amodei'), name: 'Dario Amodei', kind: 'person' as const, names: [], aliases: [] };
    expect(claimThing({ ...input, speaker }, root).author).toEqual({ '@type': 'Person', name: 'Dario Amodei' });
    const org = { id: asEntityId('anthropic'), name: 'Anthropic', kind: 'organisation' as const, names: [], aliases: [], url: 'https://anthropic.com/' };
    expect(claimThing({ ...input, speaker: org }, root).author).toEqual({ '@type': 'Organization', name: 'Anthropic', url: 'https://anthropic.com/' });
  });

  it('lists at most the first 10 articles it appears in, however many there are', () => {
    const many = Array.from({ length: 300 }, (_, i) => article(`a${String(i).padStart(3, '0')}`, 'wire', [], { url: `https://wire.example/${i}` }));
    const thing = claimThing({ claim: plain, status, evidence: evidenceFor(many, outlets) }, root);
    expect(STRUCTURED_DATA_LIMIT).toBe(10);
    expect((thing.appearance as unknown as { url?: string }[]).map((a) => a.url)).toEqual(many.slice(0, 10).map((a) => a.url));
    expect((thing.firstAppearance as { url?: string }).url).toBe('https://wire.example/0');
  });

  it('has no appearance and no author when nothing mentions it', () => {
    const thing = claimThing({ claim: plain, status, evidence: [] }, root);
    expect(thing).not.toHaveProperty('appearance');
    expect(thing).not.toHaveProperty('firstAppearance');
    expect(thing).not.toHaveProperty('author');
  });

  it('is a ClaimReview with every property Google requires when the claim has a verdict', () => {
    const reviewed: Claim = { ...plain, verdict: { rating: 'misleading', summary: 'It was a call for coordination.', date: new Date('2026-06-06') } };
    const data = roundTrip(claimJsonLd({ ...input, claim: reviewed }, root));
    expect(data['@type']).toBe('ClaimReview');
    expect(data.url).toBe('https://example.org/sub/claims/pause/');
    expect(data.claimReviewed).toBe('Anthropic called for a pause.');
    expect(data.datePublished).toBe('2026-06-06');
    expect(data.author).toEqual({ '@type': 'Organization', name: 'Crosscheck', url: root });
    expect(data.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Misleading',
      ratingExplanation: 'It was a call for coordination.',
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
    });
    const item = data.itemReviewed as Record<string, unknown>;
    expect(item['@type']).toBe('Claim');
    expect(item['@id']).toBe('https://example.org/sub/claims/pause/#claim');
    expect(item.appearance).toHaveLength(2);
    expect(item.firstAppearance).toBeDefined();
  });

  it('dates the verdict on the day its record gives, in the offset it is written in', () => {
    const reviewed: Claim = { ...plain, verdict: { rating: 'mixed', summary: 'Why.', date: new Date('2026-06-04T20:00:00-07:00'), dateOffset: -420 } };
    expect(roundTrip(claimJsonLd({ ...input, claim: reviewed }, root)).datePublished).toBe('2026-06-04');
  });

  it.each(Object.entries(RATING_VALUES))('rates %s as %s', (rating, value) => {
    const reviewed: Claim = { ...plain, verdict: { rating: rating as never, summary: 'Why.' } };
    const data = claimJsonLd({ ...input, claim: reviewed }, root) as { reviewRating: Record<string, unknown>; datePublished?: string };
    expect(data.reviewRating.ratingValue).toBe(value);
    expect(typeof data.reviewRating.alternateName).toBe('string');
    expect(data).not.toHaveProperty('datePublished');
  });

  it('keeps any text intact and unable to close the script element', () => {
    const evil: Claim = { ...plain, statement: hostile, verdict: { rating: 'inaccurate', summary: hostile } };
    const data = roundTrip(claimJsonLd({ ...input, claim: evil }, root));
    expect(data.claimReviewed).toBe(hostile);
    expect((data.reviewRating as Record<string, unknown>).ratingExplanation).toBe(hostile);
  });
});

describe('articleJsonLd', () => {
  it('describes our record as a CreativeWork about and based on the original', () => {
    const data = roundTrip(
      articleJsonLd(
        { article: articles[0]!, outlet: outlets[0]!, story: story('s', { title: 'The pause' }), claims: [claim('pause'), claim('date')] },
        root,
      ),
    );
    expect(data['@type']).toBe('CreativeWork');
    expect(data.url).toBe('https://example.org/sub/articles/first/');
    expect(data.abstract).toBe('Summary of first.');
    expect((data.about as Record<string, unknown>)['@type']).toBe('ReportageNewsArticle');
    expect(data.isBasedOn).toBe('https://wire.example/a');
    expect(data.isPartOf).toEqual({ '@type': 'CollectionPage', name: 'The pause', url: 'https://example.org/sub/stories/s/' });
    expect(data.mentions).toEqual([
      { '@type': 'Claim', name: 'Statement pause.', url: 'https://example.org/sub/claims/pause/' },
      { '@type': 'Claim', name: 'Statement date.', url: 'https://example.org/sub/claims/date/' },
    ]);
  });

  it('mentions at most its first 10 claims', () => {
    const claims = Array.from({ length: 100 }, (_, i) => claim(`c${i}`));
    const data = articleJsonLd({ article: articles[0]!, outlet: outlets[0]!, claims }, root);
    expect((data.mentions as unknown as { url: string }[]).map((m) => m.url)).toEqual(claims.slice(0, 10).map((c) => `https://example.org/sub/claims/${c.id}/`));
  });

  it('leaves out what the record lacks', () => {
    const data = articleJsonLd({ article: articles[1]!, outlet: outlets[1]!, claims: [] }, root);
    expect(data).not.toHaveProperty('isBasedOn');
    expect(data).not.toHaveProperty('isPartOf');
    expect(data).not.toHaveProperty('mentions');
    expect(data.about).toEqual({ '@type': 'OpinionNewsArticle', headline: 'Headline of second', inLanguage: 'en' });
  });

  it('is safe against a hostile headline', () => {
    const evil = { ...articles[0]!, headline: hostile };
    const data = roundTrip(articleJsonLd({ article: evil, outlet: outlets[0]!, claims: [] }, root));
    expect(data.name).toBe(hostile);
  });
});

describe('storyJsonLd', () => {
  it('is a CollectionPage listing its article records in order', () => {
    const data = roundTrip(storyJsonLd({ story: story('s', { date: new Date('2026-06-04') }), articles: articles.slice(0, 2) }, root));
    expect(data['@type']).toBe('CollectionPage');
    expect(data.url).toBe('https://example.org/sub/stories/s/');
    expect(data.temporalCoverage).toBe('2026-06-04');
    expect(data.mainEntity).toEqual({
      '@type': 'ItemList',
      numberOfItems: 2,
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Headline of first', url: 'https://example.org/sub/articles/first/' },
        { '@type': 'ListItem', position: 2, name: 'Headline of second', url: 'https://example.org/sub/articles/second/' },
      ],
    });
  });

  it('lists its first 10 articles and counts them all', () => {
    const many = Array.from({ length: 300 }, (_, i) => article(`a${i}`, 'wire'));
    const data = storyJsonLd({ story: story('s'), articles: many }, root);
    const list = data.mainEntity as unknown as { numberOfItems: number; itemListElement: { position: number; url: string }[] };
    expect(list.numberOfItems).toBe(300);
    expect(list.itemListElement.map((i) => i.url)).toEqual(many.slice(0, 10).map((a) => `https://example.org/sub/articles/${a.slug}/`));
  });

  it('gives the day its record gives, in the offset it is written in', () => {
    const pacific = story('s', { date: new Date('2026-06-04T20:00:00-07:00'), dateOffset: -420 });
    expect(storyJsonLd({ story: pacific, articles: [] }, root).temporalCoverage).toBe('2026-06-04');
  });
});

describe('websiteJsonLd', () => {
  it('is a WebSite searchable through the search page', () => {
    const data = roundTrip(websiteJsonLd(root, 'Claims tracked across the news.'));
    expect(data['@type']).toBe('WebSite');
    expect(data.url).toBe(root);
    expect(data.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://example.org/sub/search/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });
});
