/**
 * Structured data (schema.org JSON-LD) for each kind of page, typed with `schema-dts` so a
 * misspelt property or a wrong type fails the type check. Pages pass the result to HeadMeta's
 * `jsonLd` prop, which serialises it with `jsonLdString` (safe against `</script>`).
 *
 * - Home: `WebSite`, with a `SearchAction` on /search/?q=.
 * - Claim page with an editor's verdict: `ClaimReview` (Google's fact-check guidelines:
 *   `claimReviewed`, `reviewRating` with `alternateName`, `url`, `author`), reviewing the `Claim`.
 * - Claim page without a verdict: the `Claim` itself. Never a `ClaimReview`: the derived status
 *   is an analysis of coverage, not a fact-check, so it goes in `description` only.
 * - A `Claim` lists the articles it appears in (`appearance`, as the matching `NewsArticle`
 *   subtype), the oldest {@link STRUCTURED_DATA_LIMIT} of them, and the oldest one
 *   (`firstAppearance`); its `author` is the speaker when known.
 * - Article page: a `CreativeWork` (our record) `about` and `isBasedOn` the original
 *   `NewsArticle`, mentioning the claims it carries (the first {@link STRUCTURED_DATA_LIMIT}).
 * - Story page: a `CollectionPage` whose `mainEntity` is an `ItemList` of its article records
 *   (the first {@link STRUCTURED_DATA_LIMIT}, with `numberOfItems` counting them all).
 *
 * Every list is cut at {@link STRUCTURED_DATA_LIMIT}: the JSON-LD travels in each page's first
 * round trip, and a claim in 300 articles listed all 300 (104 KB, the half of its page); the
 * page itself links every one.
 *
 * Everything is plain data in and out: the site root (origin and base, absolute, ending in `/`)
 * makes every URL absolute.
 */
import type {
  Article as ArticleLd,
  Claim as ClaimLd,
  ClaimReview,
  CollectionPage,
  CreativeWork,
  ListItem,
  Organization,
  Person,
  Rating,
  SearchAction,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';
import type { Article, ArticleKind, Claim, Entity, Outlet, Story, VerdictRating } from './corpus.ts';
import { isoInOffset } from './dates.ts';
import { articlePath, claimPath, storyPath } from './ids.ts';
import { isoDayOf, VERDICT_LABELS } from './labels.ts';
import { normalisedUrl } from './urls.ts';

/** The site's name, as publisher and author of every review. */
export const SITE_NAME = 'Crosscheck';

/**
 * The absolute URL of the site's root: its origin and base path, ending in `/`.
 *
 *   siteRoot('https://example.org', '/sub') // 'https://example.org/sub/'
 */
export function siteRoot(site: URL | string, base = '/'): string {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  return root.href;
}

/** An absolute URL for a site path written from the root (`/claims/x/`). */
export function absolute(root: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), root).href;
}

/** Crosscheck as an organisation. */
export function siteOrganization(root: string): Organization {
  return { '@type': 'Organization', name: SITE_NAME, url: root };
}

/** Numbers for each rating, best 5; `unverifiable` has none (its name says it all). */
export const RATING_VALUES: Readonly<Record<VerdictRating, number | undefined>> = {
  accurate: 5,
  'mostly-accurate': 4,
  mixed: 3,
  misleading: 2,
  inaccurate: 1,
  unverifiable: undefined,
};

/** The schema.org type for each kind of article. */
const ARTICLE_TYPES = {
  report: 'ReportageNewsArticle',
  analysis: 'AnalysisNewsArticle',
  opinion: 'OpinionNewsArticle',
  aggregate: 'NewsArticle',
  'press-release': 'Article',
} as const satisfies Record<ArticleKind, string>;

/** The publisher of an article, unless its source is unidentified. */
function publisherOf(outlet: Outlet | undefined): Organization | undefined {
  if (!outlet || outlet.unidentified) return undefined;
  return { '@type': 'NewsMediaOrganization', name: outlet.name, ...(outlet.url ? { url: normalisedUrl(outlet.url) } : {}) };
}

/** A person or an organisation, as schema.org types an entity that says things. */
function agentOf(entity: Entity): Person | Organization {
  const common = { name: entity.name, ...(entity.url ? { url: normalisedUrl(entity.url) } : {}) };
  return entity.kind === 'person' ? { '@type': 'Person', ...common } : { '@type': 'Organization', ...common };
}

/**
 * The original article as schema.org sees it: its headline, where it can be read (when known),
 * who published it (unless unidentified), when (when known) and who wrote it (as credited).
 */
export function originalArticle(article: Article, outlet: Outlet | undefined): ArticleLd {
  const publisher = publisherOf(outlet);
  return {
    '@type': ARTICLE_TYPES[article.kind],
    headline: article.headline,
    inLanguage: article.language,
    ...(article.url ? { url: normalisedUrl(article.url) } : {}),
    ...(publisher ? { publisher } : {}),
    ...(article.published ? { datePublished: isoInOffset(article.published, article.publishedOffset) } : {}),
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
  };
}

/** What the claim builders read: a claim page's view (src/lib/site-index.ts `ClaimView`) fits. */
export interface ClaimInput {
  claim: Claim;
  /** The derived status: its label and sentence describe the claim. */
  status: { label: string; sentence: string };
  /** Its mentions, oldest article first (as the site index orders them). */
  evidence: readonly { article: Article; outlet: Outlet }[];
  /** Who said it (for a quote or attribution). */
  speaker?: Entity | undefined;
}

/**
 * How many items a list in the structured data holds at most (appearances, mentioned claims,
 * a story's articles): the rest are on the page, which search engines read too.
 */
export const STRUCTURED_DATA_LIMIT = 10;

/** The claim as a schema.org `Claim`, with its first appearances (at most {@link STRUCTURED_DATA_LIMIT}) and the first one. */
export function claimThing(input: ClaimInput, root: string): ClaimLd {
  const { claim, status, evidence, speaker } = input;
  const url = absolute(root, claimPath(claim.id));
  const seen = new Set<string>();
  const appearances: ArticleLd[] = [];
  for (const { article, outlet } of evidence) {
    if (appearances.length === STRUCTURED_DATA_LIMIT) break;
    if (seen.has(article.slug)) continue;
    seen.add(article.slug);
    appearances.push(originalArticle(article, outlet));
  }
  const first = evidence[0];
  const author = speaker ? agentOf(speaker) : publisherOf(first?.outlet);
  return {
    '@type': 'Claim',
    '@id': `${url}#claim`,
    name: claim.statement,
    text: claim.statement,
    url,
    description: `${status.label}. ${status.sentence}`,
    ...(author ? { author } : {}),
    ...(appearances.length > 0 ? { appearance: appearances, firstAppearance: appearances[0]! } : {}),
  };
}

/**
 * Structured data for a claim page: a `ClaimReview` when the claim has an editor's verdict,
 * otherwise the `Claim` itself.
 */
export function claimJsonLd(input: ClaimInput, root: string): WithContext<ClaimReview> | WithContext<ClaimLd> {
  const thing = claimThing(input, root);
  const verdict = input.claim.verdict;
  if (!verdict) return { '@context': 'https://schema.org', ...thing };
  const value = RATING_VALUES[verdict.rating];
  const rating: Rating = {
    '@type': 'Rating',
    alternateName: VERDICT_LABELS[verdict.rating],
    ratingExplanation: verdict.summary,
    ...(value === undefined ? {} : { ratingValue: value, bestRating: 5, worstRating: 1 }),
  };
  const site = siteOrganization(root);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: absolute(root, claimPath(input.claim.id)),
    claimReviewed: input.claim.statement,
    ...(verdict.date ? { datePublished: isoDayOf(verdict.date, verdict.dateOffset) } : {}),
    author: site,
    publisher: site,
    reviewRating: rating,
    itemReviewed: thing,
  };
}

/** What the article builder reads: an article page's view (`ArticleView`) fits. */
export interface ArticleInput {
  article: Article;
  outlet: Outlet;
  story?: Story | undefined;
  /** The claims it mentions, in the order it first mentions them. */
  claims: readonly Claim[];
}

/**
 * Structured data for an article page: our record, a `CreativeWork` about the original (and
 * based on it when its address is known), part of its story, mentioning its claims.
 */
export function articleJsonLd(input: ArticleInput, root: string): WithContext<CreativeWork> {
  const { article, outlet, story, claims } = input;
  const original = originalArticle(article, outlet);
  const page: CreativeWork = {
    '@type': 'CreativeWork',
    '@id': `${absolute(root, articlePath(article.slug))}#record`,
    name: article.headline,
    url: absolute(root, articlePath(article.slug)),
    abstract: article.summary,
    inLanguage: 'en',
    publisher: siteOrganization(root),
    about: original,
    ...(article.url ? { isBasedOn: normalisedUrl(article.url) } : {}),
    ...(story
      ? { isPartOf: { '@type': 'CollectionPage', name: story.title, url: absolute(root, storyPath(story.id)) } }
      : {}),
    ...(claims.length > 0
      ? { mentions: claims.slice(0, STRUCTURED_DATA_LIMIT).map((c): ClaimLd => ({ '@type': 'Claim', name: c.statement, url: absolute(root, claimPath(c.id)) })) }
      : {}),
  };
  return { '@context': 'https://schema.org', ...page };
}

/** What the story builder reads: a story page's view (`StoryView`) fits. */
export interface StoryInput {
  story: Story;
  /** Its articles, in the order the page lists them. */
  articles: readonly Article[];
}

/** Structured data for a story page: a `CollectionPage` listing its first article records in order, counting them all. */
export function storyJsonLd(input: StoryInput, root: string): WithContext<CollectionPage> {
  const { story, articles } = input;
  const items: ListItem[] = articles.slice(0, STRUCTURED_DATA_LIMIT).map((a, i) => ({
    '@type': 'ListItem',
    position: i + 1,
    name: a.headline,
    url: absolute(root, articlePath(a.slug)),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: story.title,
    description: story.summary,
    url: absolute(root, storyPath(story.id)),
    inLanguage: 'en',
    publisher: siteOrganization(root),
    ...(story.date ? { temporalCoverage: isoDayOf(story.date, story.dateOffset) } : {}),
    mainEntity: { '@type': 'ItemList', numberOfItems: articles.length, itemListElement: items },
  };
}

/** Structured data for the home page: the `WebSite`, searchable at /search/?q=. */
export function websiteJsonLd(root: string, description: string): WithContext<WebSite> {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absolute(root, '/search/')}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    url: root,
    description,
    inLanguage: 'en',
    publisher: siteOrganization(root),
    potentialAction: search,
  };
}
