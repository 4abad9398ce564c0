/**
 * The site index: everything the pages show, computed once per build from the corpus by
 * {@link buildSiteIndex}. Pages only look things up here (maps by id) or walk its lists
 * (already sorted); none of them recomputes anything.
 *
 * Sort orders: claims by statement (case and accents ignored), then id; articles newest first
 * by published date, then slug, those with no publication date last (latest added first: see
 * order.ts); stories newest first (by the story's date,
 * else its oldest article's), undated last, then title, then id; outlets and entities by name,
 * then id. Lists inside a view say their own order.
 */
import { corroborate, type Corroboration } from './corroboration.ts';
import type { Article, Claim, Corpus, Entity, Outlet, Story, Verdict } from './corpus.ts';
import {
  contradictionsForClaim,
  declaredPartners,
  findContradictions,
  type ClaimContradiction,
  type Contradiction,
} from './contradictions.ts';
import { MATRIX_LIMITS, storyMatrix, type FocusedMatrix } from './coverage.ts';
import { disputedBySelf, disputedElsewhere, leftOutOfStory, type DisputedStatement, type LeftOutClaim, type SelfDisputed } from './differences.ts';
import { collectEvidence, type Evidence, type EvidenceIndex } from './evidence.ts';
import type { ArticleSlug, ClaimId, EntityId, OutletId, StoryId } from './ids.ts';
import {
  countIndependent,
  describeIndependence,
  describeOwnReporting,
  describeSharedSources,
  resolveSources,
  sourceForArticle,
  type ArticleSource,
  type IndependenceCount,
  type Source,
} from './independence.ts';
import { indexCorpus, outletOf, type CorpusLookup } from './lookup.ts';
import {
  articleDate,
  compareArticlesByDate,
  compareArticlesNewestFirst,
  compareNames,
  compareText,
  type ArticleDate,
} from './order.ts';
import { ARTICLE_KIND_LABELS, CLAIM_KIND_LABELS, ENTITY_KIND_LABELS, formatDay } from './labels.ts';
import { distinctTitles, type TitleCandidate } from './page-titles.ts';
import { entityProfile, outletProfile, type EntityProfile, type OutletProfile } from './profiles.ts';
import { hasDrifted, quoteDrift, type QuoteDrift } from './quote-drift.ts';
import { latestArticles, mostContested, type ContestedClaim } from './rankings.ts';
import { claimSubjects, deriveStatus, recordsOwnWords, groupByStatus, type ClaimStatus, type StatusAssessment } from './status.ts';
import {
  firstReportBound,
  firstReported,
  layoutEvents,
  storyTimeline,
  type FirstReport,
  type TimelineEvent,
  type TimelineLayout,
} from './timeline.ts';

/** What a record's pages are called. */
export interface Titled {
  /**
   * Its page's title: the record's own words (statement, headline, title, name), followed by what
   * tells it apart when another record of its kind has the same words (src/lib/page-titles.ts).
   */
  title: string;
}

/** Everything a claim page shows. */
export interface ClaimView extends Titled {
  claim: Claim;
  story: Story | undefined;
  speaker: Entity | undefined;
  /** The entities it is about, in the order the claim lists them. */
  entities: Entity[];
  /** Every mention, with article, outlet and source: oldest article first, then place in the article. */
  evidence: readonly Evidence[];
  corroboration: Corroboration;
  /** "3 independent of 4 articles": all its coverage, whatever the stance. */
  independence: string;
  /** The derived status and its one-sentence explanation. */
  status: StatusAssessment;
  /** The editor's verdict, as written: shown beside `status`, never instead of it. */
  verdict: Verdict | undefined;
  /** Its contradictions, declared and implied, its own side first (implied first, then by other claim id). */
  contradictions: ClaimContradiction[];
  /** Claims declared to contradict it, in either direction, in claim order. */
  contradicts: Claim[];
  /** Claims listed as related, in either direction, in claim order. */
  related: Claim[];
  /** For a claim of kind `quote` that some article renders: its wordings compared. */
  quoteDrift: QuoteDrift | undefined;
  firstReported: FirstReport | undefined;
}

/** Everything an article page shows. */
export interface ArticleView extends Titled {
  article: Article;
  outlet: Outlet;
  story: Story | undefined;
  date: ArticleDate;
  /** How it collapses to an independent source (the next article up its `via` chain, the chain's end and root, and the source). */
  source: ArticleSource;
  /**
   * The claims it reports on its own, not as the article it carries does (see `mentionSource`
   * in independence.ts): counted as its own outlet's, not with `source`. Empty without `via`.
   */
  ownReporting: Claim[];
  /**
   * The claims it carries from an article up its `via` chain that reported them on its own (a
   * copy of a copy, carrying what the first copy added): counted with that article's outlet, by
   * source, in the order of the chain. Empty but for a copy of a copy.
   */
  carriedReporting: { source: Source; claims: Claim[] }[];
  /** The article it says it carries (`via`), when the corpus has it. */
  via: Article | undefined;
  /** Articles that say they carry this one (`via` it), oldest first. */
  copies: Article[];
  /** Its mentions in document order, with outlet and source. */
  evidence: readonly Evidence[];
  /** The claims it mentions, without repeats, in the order it first mentions them. */
  claims: Claim[];
  /** What it said that other independent sources disputed or contradicted. */
  disputed: DisputedStatement[];
  /** What it said that its own source disputed in another article. */
  disputedBySelf: SelfDisputed[];
  /** What most other coverage of its story reported that it left out. */
  leftOut: LeftOutClaim[];
}

/** Everything a story page shows. */
export interface StoryView extends Titled {
  story: Story;
  /** Its articles, oldest first. */
  articles: Article[];
  /** How many independent sources its articles come to. */
  independence: IndependenceCount;
  /**
   * Why some of its outlets count as one source (`describeSharedSources` in independence.ts), for
   * a reader who sees three outlets and "1 independent source"; undefined when each is its own.
   */
  sharedSources: string | undefined;
  timeline: TimelineEvent[];
  /** The timeline's dated articles as coordinates for an inline SVG (point ids are article slugs). */
  timelineLayout: TimelineLayout;
  /** Its claims and any other claim its articles mention, in coverage-matrix row order. */
  claims: Claim[];
  /**
   * The part of the coverage matrix its page shows (coverage.ts, MATRIX_LIMITS), with what it
   * leaves out. The whole matrix is not kept: its claims × articles cells grew with the square of a
   * large story, and no page shows them (its claims page lists the claims the matrix leaves out).
   */
  matrix: FocusedMatrix;
  /** Its claims by status, in row order. */
  byStatus: Record<ClaimStatus, Claim[]>;
  contested: Claim[];
  singleSource: Claim[];
  /**
   * Quote drift of its quote claims whose wording drifted (some article renders them in more than
   * one wording, translations aside), in row order: a quotation every article words alike has
   * nothing to show there.
   */
  quoteDrift: QuoteDrift[];
  /** Contradictions involving any of its claims. */
  contradictions: Contradiction[];
}

/** The home page's lists. */
export interface HomeView {
  stories: StoryView[];
  latestArticles: Article[];
  mostContested: (ContestedClaim & { view: ClaimView })[];
}

/** The whole site's analysis. */
export interface SiteIndex {
  lookup: CorpusLookup;
  sources: ReadonlyMap<ArticleSlug, ArticleSource>;
  evidence: EvidenceIndex;
  claims: ReadonlyMap<ClaimId, ClaimView>;
  articles: ReadonlyMap<ArticleSlug, ArticleView>;
  stories: ReadonlyMap<StoryId, StoryView>;
  outlets: ReadonlyMap<OutletId, OutletProfile & Titled>;
  entities: ReadonlyMap<EntityId, EntityProfile & Titled>;
  /** Every contradiction: implied first, then declared, each by claim ids. */
  contradictions: Contradiction[];
  /** Every view in its list order (see the module comment). */
  sorted: {
    claims: ClaimView[];
    articles: ArticleView[];
    stories: StoryView[];
    outlets: OutletProfile[];
    entities: EntityProfile[];
  };
  home: HomeView;
}

/** How many items the home page's lists hold. */
export interface SiteIndexOptions {
  /** Latest articles on the home page. Default: 10. */
  latestArticles: number;
  /** Most contested claims on the home page. Default: 5. */
  mostContested: number;
  /** Stories on the home page, newest first (every story is on /stories/ or its month's page). Default: 10. */
  stories: number;
}

/** The defaults of {@link SiteIndexOptions}. */
export const SITE_INDEX_DEFAULTS: Readonly<SiteIndexOptions> = { latestArticles: 10, mostContested: 5, stories: 10 };

function present<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/**
 * The claims an article carries from an article up its `via` chain that reported them on its
 * own (see `ArticleView.carriedReporting`): its mentions counted neither as its source nor as its
 * own outlet's, by source, each claim once, in the order of its mentions.
 */
function carriedReporting(evidence: readonly Evidence[], entry: ArticleSource, lookup: CorpusLookup): { source: Source; claims: Claim[] }[] {
  const bySource = new Map<string, { source: Source; ids: Set<ClaimId> }>();
  for (const e of evidence) {
    if (e.source.key === entry.source.key || e.source.key === entry.own.key) continue;
    const group = bySource.get(e.source.key) ?? { source: e.source, ids: new Set<ClaimId>() };
    group.ids.add(e.claim);
    bySource.set(e.source.key, group);
  }
  return [...bySource.values()].map(({ source, ids }) => ({ source, claims: [...ids].map((id) => lookup.claims.get(id)).filter(present) }));
}

/**
 * Every record's page title (see {@link Titled}), by kind. What tells two of a kind apart, best
 * first: an article's outlet, publication day and kind; a claim's story, speaker and kind; a
 * story's day; an outlet's web address; an entity's kind; then, for any, its id.
 */
function pageTitles(lookup: CorpusLookup) {
  const titled = <K extends string, R>(records: Iterable<R>, pick: (r: R) => TitleCandidate<K>) => distinctTitles([...records].map(pick));
  const host = (url: string | undefined) => {
    if (url === undefined) return undefined;
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      return undefined;
    }
  };
  return {
    articles: titled(lookup.articles.values(), (a) => ({
      key: a.slug,
      title: a.headline,
      qualifiers: [outletOf(lookup, a.outlet).name, a.published && formatDay(a.published, a.publishedOffset), ARTICLE_KIND_LABELS[a.kind]],
      id: a.slug,
    })),
    claims: titled(lookup.claims.values(), (c) => ({
      key: c.id,
      title: c.statement,
      qualifiers: [lookup.stories.get(c.story)?.title, c.speaker === undefined ? undefined : lookup.entities.get(c.speaker)?.name, CLAIM_KIND_LABELS[c.kind]],
      id: c.id,
    })),
    stories: titled(lookup.stories.values(), (s) => ({ key: s.id, title: s.title, qualifiers: [s.date && formatDay(s.date, s.dateOffset)], id: s.id })),
    outlets: titled(lookup.outlets.values(), (o) => ({ key: o.id, title: o.name, qualifiers: [host(o.url)], id: o.id })),
    entities: titled(lookup.entities.values(), (e) => ({ key: e.id, title: e.name, qualifiers: [ENTITY_KIND_LABELS[e.kind]], id: e.id })),
  };
}

/** Builds the site index from the corpus: once per build. Missing references are skipped, never fatal. */
export function buildSiteIndex(corpus: Corpus, options: Partial<SiteIndexOptions> = {}): SiteIndex {
  const limits = { ...SITE_INDEX_DEFAULTS, ...options };
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const lookup = indexCorpus(corpus);
  const allClaims = [...lookup.claims.values()];
  const allArticles = [...lookup.articles.values()];
  const sources = resolveSources(lookup);
  const evidence = collectEvidence(lookup, sources);
  const evidenceOf = (id: ClaimId) => evidence.byClaim.get(id) ?? [];
  const titles = pageTitles(lookup);

  // Claims: order, corroboration, status, contradictions.
  const claimsSorted = [...allClaims].sort((a, b) => compareNames(a.statement, b.statement) || compareText(a.id, b.id));
  const claimRank = new Map(claimsSorted.map((c, i) => [c.id, i]));
  const claimOrder = (a: ClaimId, b: ClaimId) =>
    (claimRank.get(a) ?? Infinity) - (claimRank.get(b) ?? Infinity) || compareText(a, b);
  const claimsIn = (ids: Iterable<ClaimId>) =>
    [...new Set(ids)]
      .sort(claimOrder)
      .map((id) => lookup.claims.get(id))
      .filter(present);

  const corroborations = new Map(allClaims.map((c) => [c.id, corroborate(c.id, evidenceOf(c.id))]));
  const partners = declaredPartners(allClaims);
  const statuses = new Map<ClaimId, StatusAssessment>();
  // The forecasts: a source's later word leaves one behind (laterWords in status.ts).
  const predictions = new Set(allClaims.filter((c) => c.kind === 'prediction').map((c) => c.id));
  for (const [id, own] of corroborations) {
    const rivals = (partners.get(id) ?? []).map((p) => corroborations.get(p)).filter(present);
    // The claim's own subjects: a dispute published by one of them is its denial (deriveStatus).
    const claim = lookup.claims.get(id);
    const subjects = claim ? claimSubjects(claim, lookup.entities) : [];
    statuses.set(id, deriveStatus(own, rivals, subjects, predictions, claim !== undefined && recordsOwnWords(claim)));
  }
  const contradictions = findContradictions(allClaims, corroborations);
  // Each claim's contradictions, in the order of the whole list: looked up per claim and per
  // story instead of scanning every contradiction for each (which grows with the square of the corpus).
  const contradictionsOf = new Map<ClaimId, Contradiction[]>();
  for (const c of contradictions) {
    for (const id of new Set(c.claims)) push(contradictionsOf, id, c);
  }

  const related = new Map<ClaimId, Set<ClaimId>>();
  for (const claim of allClaims) {
    for (const other of claim.related) {
      if (other === claim.id || !lookup.claims.has(other)) continue;
      related.set(claim.id, (related.get(claim.id) ?? new Set()).add(other));
      related.set(other, (related.get(other) ?? new Set()).add(claim.id));
    }
  }

  const claims = new Map<ClaimId, ClaimView>();
  for (const claim of claimsSorted) {
    const own = evidenceOf(claim.id);
    const corroboration = corroborations.get(claim.id)!;
    claims.set(claim.id, {
      title: titles.claims.get(claim.id)!,
      claim,
      story: lookup.stories.get(claim.story),
      speaker: claim.speaker === undefined ? undefined : lookup.entities.get(claim.speaker),
      entities: claim.entities.map((id) => lookup.entities.get(id)).filter(present),
      evidence: own,
      corroboration,
      independence: describeIndependence(corroboration.all.count),
      status: statuses.get(claim.id)!,
      verdict: claim.verdict,
      contradictions: contradictionsForClaim(claim.id, contradictionsOf.get(claim.id) ?? []),
      contradicts: claimsIn(partners.get(claim.id) ?? []),
      related: claimsIn(related.get(claim.id) ?? []),
      quoteDrift: claim.kind === 'quote' ? quoteDrift(claim.id, own) : undefined,
      // Reads the via chains of its evidence's articles too, which their cards hold
      // (src/data/fingerprint.ts), so it can stay among the fields computed from the evidence.
      firstReported: firstReported(claim.id, own, lookup.articles),
    });
  }

  // Articles.
  const byStory = new Map<StoryId, Article[]>();
  for (const article of [...allArticles].sort(compareArticlesByDate)) push(byStory, article.story, article);
  const copies = new Map<ArticleSlug, Article[]>();
  for (const article of [...allArticles].sort(compareArticlesByDate)) {
    if (article.via === undefined || article.via === article.slug) continue;
    push(copies, article.via, article);
  }
  // What each article left out, a story at a time (one pass over each story, not one per article).
  const leftOutOf = new Map<ArticleSlug, LeftOutClaim[]>();
  for (const list of byStory.values()) for (const [slug, left] of leftOutOfStory(list, evidence, sources, partners)) leftOutOf.set(slug, left);
  const articlesSorted = [...allArticles].sort(compareArticlesNewestFirst);
  const articles = new Map<ArticleSlug, ArticleView>();
  for (const article of articlesSorted) {
    const own = evidence.byArticle.get(article.slug) ?? [];
    articles.set(article.slug, {
      title: titles.articles.get(article.slug)!,
      article,
      outlet: outletOf(lookup, article.outlet),
      story: lookup.stories.get(article.story),
      date: articleDate(article),
      source: sources.get(article.slug)!,
      ownReporting: [
        ...new Set(own.filter((e) => e.source.key !== sources.get(article.slug)!.source.key && e.source.key === sources.get(article.slug)!.own.key).map((e) => e.claim)),
      ]
        .map((id) => lookup.claims.get(id))
        .filter(present),
      carriedReporting: carriedReporting(own, sources.get(article.slug)!, lookup),
      via: article.via === undefined ? undefined : lookup.articles.get(article.via),
      copies: copies.get(article.slug) ?? [],
      evidence: own,
      claims: [...new Set(own.map((e) => e.claim))].map((id) => lookup.claims.get(id)).filter(present),
      disputed: disputedElsewhere(article.slug, evidence, sources, partners),
      disputedBySelf: disputedBySelf(article.slug, evidence, sources, partners),
      leftOut: leftOutOf.get(article.slug) ?? [],
    });
  }

  // Stories.
  const storyDate = (s: Story) =>
    s.date ?? (byStory.get(s.id)?.[0] ? articleDate(byStory.get(s.id)![0]!).date : undefined);
  const storiesSorted = [...lookup.stories.values()].sort((a, b) => {
    const da = storyDate(a)?.getTime();
    const db = storyDate(b)?.getTime();
    if (da !== db) return da === undefined ? 1 : db === undefined ? -1 : db - da;
    return compareNames(a.title, b.title) || compareText(a.id, b.id);
  });
  const claimsOfStory = new Map<StoryId, Claim[]>();
  for (const claim of allClaims) push(claimsOfStory, claim.story, claim);
  const contradictionIndex = new Map(contradictions.map((c, i) => [c, i]));
  // When each claim had certainly been reported anywhere, so that a story's timeline never calls
  // an article the first report of a claim another story's article carried earlier.
  const firstDates = new Map<ClaimId, Date>();
  for (const [id, list] of evidence.byClaim) {
    const bound = firstReportBound(list);
    if (bound) firstDates.set(id, bound);
  }
  // Why a story's articles come to fewer sources than outlets, and, when copies report claims on
  // their own (counted as their outlets' sources), which count apart: else "P1 and P2 carry
  // Wire's reporting" sat beside 3 sources of 3 articles.
  const sharedSourcesOf = (storyArticles: readonly Article[]) => {
    const shared = describeSharedSources(
      storyArticles.map((a) => ({ outlet: outletOf(lookup, a.outlet), source: sources.get(a.slug)?.source ?? sourceForArticle(a.slug, sources) })),
    );
    const ownReporting = new Map<string, Set<ClaimId>>();
    for (const a of storyArticles) {
      for (const claim of articles.get(a.slug)?.ownReporting ?? []) {
        const name = outletOf(lookup, a.outlet).name;
        ownReporting.set(name, (ownReporting.get(name) ?? new Set()).add(claim.id));
      }
    }
    const own = describeOwnReporting(new Map([...ownReporting].map(([name, claims]) => [name, claims.size])));
    return shared && own ? `${shared}; ${own}` : shared;
  };
  const stories = new Map<StoryId, StoryView>();
  for (const story of storiesSorted) {
    const storyArticles = byStory.get(story.id) ?? [];
    const ids = new Set<ClaimId>((claimsOfStory.get(story.id) ?? []).map((c) => c.id));
    for (const article of storyArticles)
      for (const m of article.mentions) if (lookup.claims.has(m.claim)) ids.add(m.claim);
    // The matrix of a story too large for one table shows the claims its sources disagree on
    // first, and the articles adding the most sides and independent sources (coverage.ts).
    const { order: storyClaims, matrix } = storyMatrix([...ids].map((id) => lookup.claims.get(id)!), storyArticles, MATRIX_LIMITS, {
      sourceOf: (article, position) => evidence.byArticle.get(article.slug)?.[position]?.source.key ?? article.slug,
      contested: new Set([...ids].filter((id) => ['contested', 'disputed'].includes(statuses.get(id)?.status ?? ''))),
    });
    const byStatus = groupByStatus(storyClaims, (c) => c.id, statuses);
    const timeline = storyTimeline(storyArticles, firstDates, lookup.articles);
    stories.set(story.id, {
      title: titles.stories.get(story.id)!,
      story,
      articles: storyArticles,
      independence: countIndependent(
        storyArticles.map((a) => a.slug),
        sources,
        storyArticles.flatMap((a) => (evidence.byArticle.get(a.slug) ?? []).map((e) => e.source)),
      ),
      sharedSources: sharedSourcesOf(storyArticles),
      timeline,
      timelineLayout: layoutEvents(timeline),
      claims: storyClaims,
      matrix,
      byStatus,
      contested: byStatus.contested,
      singleSource: byStatus['single-source'],
      quoteDrift: storyClaims.map((c) => claims.get(c.id)?.quoteDrift).filter((d): d is QuoteDrift => d !== undefined && hasDrifted(d)),
      contradictions: [...new Set([...ids].flatMap((id) => contradictionsOf.get(id) ?? []))].sort(
        (a, b) => contradictionIndex.get(a)! - contradictionIndex.get(b)!,
      ),
    });
  }

  // Outlets and entities.
  const outletsSorted = [...lookup.outlets.values()].sort(
    (a, b) => compareNames(a.name, b.name) || compareText(a.id, b.id),
  );
  const outletList = [...lookup.outlets.values()];
  // Each profile gets only the articles and claims that can be in it (the same result as the
  // whole corpus, without scanning it once per outlet and per entity).
  const articlesOfOutlet = new Map<OutletId, Article[]>();
  for (const article of allArticles) push(articlesOfOutlet, article.outlet, article);
  const outlets = new Map(
    outletsSorted.map(
      (o) => [o.id, { ...outletProfile(o, outletList, articlesOfOutlet.get(o.id) ?? [], evidence, statuses, claimOrder, partners), title: titles.outlets.get(o.id)! }] as const,
    ),
  );
  const entitiesSorted = [...lookup.entities.values()].sort(
    (a, b) => compareNames(a.name, b.name) || compareText(a.id, b.id),
  );
  const claimsOfEntity = new Map<EntityId, Set<Claim>>();
  const articlesOfEntity = new Map<EntityId, Set<Article>>();
  const add = <T>(map: Map<EntityId, Set<T>>, key: EntityId, value: T) => map.set(key, (map.get(key) ?? new Set()).add(value));
  for (const claim of allClaims) {
    for (const id of claim.entities) add(claimsOfEntity, id, claim);
    if (claim.speaker !== undefined) add(claimsOfEntity, claim.speaker, claim);
  }
  for (const article of allArticles) for (const id of article.entities) add(articlesOfEntity, id, article);
  for (const [id, claims] of claimsOfEntity) {
    for (const claim of claims) for (const e of evidenceOf(claim.id)) add(articlesOfEntity, id, e.article);
  }
  const entities = new Map(
    entitiesSorted.map(
      (e) => [e.id, { ...entityProfile(e, [...(claimsOfEntity.get(e.id) ?? [])], [...(articlesOfEntity.get(e.id) ?? [])], claimOrder), title: titles.entities.get(e.id)! }] as const,
    ),
  );

  const values = <K, V>(map: ReadonlyMap<K, V>) => [...map.values()];
  return {
    lookup,
    sources,
    evidence,
    claims,
    articles,
    stories,
    outlets,
    entities,
    contradictions,
    sorted: {
      claims: values(claims),
      articles: values(articles),
      stories: values(stories),
      outlets: values(outlets),
      entities: values(entities),
    },
    home: {
      stories: values(stories).slice(0, Math.max(0, limits.stories)),
      latestArticles: latestArticles(allArticles, limits.latestArticles),
      mostContested: mostContested(statuses.values(), corroborations, partners, limits.mostContested, predictions).flatMap(
        (entry) => {
          const view = claims.get(entry.claim);
          return view ? [{ ...entry, view }] : [];
        },
      ),
    },
  };
}
