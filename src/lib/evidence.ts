/**
 * Evidence: every claim mention paired with its article, outlet and independent source, listed
 * by claim (for a claim page's evidence list) and by article (for an article page). Built once;
 * every other module reads mentions through it.
 *
 * Order. By claim: oldest article first (see `compareArticlesByDate`), then the mention's place in
 * its article. By article: the mentions' order in the article.
 */
import type { Article, Outlet } from './corpus.ts';
import type { ArticleSlug, ClaimId } from './ids.ts';
import { mentionSource, type ArticleSource, type Source } from './independence.ts';
import { outletOf, type CorpusLookup } from './lookup.ts';
import type { Mention, Stance } from './mentions.ts';
import { articleDate, compareArticlesByDate, type ArticleDate } from './order.ts';

/** One mention of a claim, with everything a page needs to show and link it. */
export interface Evidence {
  mention: Mention;
  /** The claim mentioned (the same as `mention.claim`). */
  claim: ClaimId;
  stance: Stance;
  article: Article;
  /** The article's own outlet (not its syndication root's). */
  outlet: Outlet;
  /**
   * The independent source the mention counts as: its article's, except for what a copy reports
   * on its own (a claim its original does not carry; see `mentionSource` in independence.ts).
   */
  source: Source;
  /** When the article is placed in time, and on which of its dates. */
  date: ArticleDate;
  /** The mention's 0-based place among its article's mentions. */
  position: number;
}

/** The evidence of the whole corpus, by claim and by article. */
export interface EvidenceIndex {
  byClaim: ReadonlyMap<ClaimId, readonly Evidence[]>;
  byArticle: ReadonlyMap<ArticleSlug, readonly Evidence[]>;
}

/** Orders evidence oldest article first, then by place in the article. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return compareArticlesByDate(a.article, b.article) || a.position - b.position;
}

/**
 * Pairs each mention of an article with the article, its outlet and its source, in document
 * order. `lookup.articles` gives the articles up its `via` chain, whose mentions decide which of
 * its mentions carry their reporting.
 */
export function articleEvidence(
  article: Article,
  lookup: Pick<CorpusLookup, 'outlets' | 'articles'>,
  sources: ReadonlyMap<ArticleSlug, ArticleSource>,
): Evidence[] {
  const outlet = outletOf(lookup, article.outlet);
  const date = articleDate(article);
  return article.mentions.map((mention, position) => ({
    mention,
    claim: mention.claim,
    stance: mention.stance,
    article,
    outlet,
    source: mentionSource(article.slug, mention, lookup.articles, sources),
    date,
    position,
  }));
}

/** Builds the evidence index for every article of the corpus. */
export function collectEvidence(
  lookup: Pick<CorpusLookup, 'articles' | 'outlets'>,
  sources: ReadonlyMap<ArticleSlug, ArticleSource>,
): EvidenceIndex {
  const byArticle = new Map<ArticleSlug, Evidence[]>();
  const byClaim = new Map<ClaimId, Evidence[]>();
  for (const article of lookup.articles.values()) {
    const evidence = articleEvidence(article, lookup, sources);
    byArticle.set(article.slug, evidence);
    for (const item of evidence) {
      const list = byClaim.get(item.claim);
      if (list) list.push(item);
      else byClaim.set(item.claim, [item]);
    }
  }
  for (const list of byClaim.values()) list.sort(compareEvidence);
  return { byClaim, byArticle };
}

/** The evidence for one claim (an empty list when no article mentions it). */
export function evidenceForClaim(index: EvidenceIndex, claim: ClaimId): readonly Evidence[] {
  return index.byClaim.get(claim) ?? [];
}

/** The evidence in one article (an empty list for an unknown slug). */
export function evidenceForArticle(index: EvidenceIndex, slug: ArticleSlug): readonly Evidence[] {
  return index.byArticle.get(slug) ?? [];
}

/** How many pieces of evidence of one stance a claim page quotes in full; its evidence page (sub-pages.ts) quotes the rest. */
export const EVIDENCE_IN_FULL = 10;

/**
 * The pieces of evidence a claim page quotes in full, and the rest, each in the order given:
 * a claim in 300 articles made 300 quotations on one page (400 KB). The first of each outlet
 * come first, so the quotations show as many outlets' wordings as they can; then the earliest.
 */
export function evidenceInFull<T extends Pick<Evidence, 'outlet'>>(items: readonly T[], limit = EVIDENCE_IN_FULL): { full: T[]; rest: T[] } {
  if (items.length <= limit) return { full: [...items], rest: [] };
  const chosen = new Set<number>();
  const outlets = new Set<string>();
  items.forEach((e, i) => {
    if (chosen.size < limit && !outlets.has(e.outlet.id)) {
      outlets.add(e.outlet.id);
      chosen.add(i);
    }
  });
  for (let i = 0; i < items.length && chosen.size < limit; i++) chosen.add(i);
  return { full: items.filter((_, i) => chosen.has(i)), rest: items.filter((_, i) => !chosen.has(i)) };
}
