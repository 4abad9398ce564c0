/**
 * Corroboration: for one claim, who asserts, qualifies, disputes or only quotes it, counted in
 * independent sources (see independence.ts) as well as in articles.
 *
 * A source that takes different stances in different articles (two outlets of one owner that
 * disagree) is counted under each stance it takes. "Only quotes" is the exception: it counts
 * the sources whose every mention of the claim is `quotes`, so a source that asserts in one
 * article and quotes in another is counted as asserting, not as quoting.
 */
import type { Evidence } from './evidence.ts';
import type { ArticleSlug, ClaimId } from './ids.ts';
import type { IndependenceCount, Source, SourceKey } from './independence.ts';
import type { Stance } from './mentions.ts';
import { unique } from './order.ts';

/** One independent source's part in a group, with the articles and mentions behind it. */
export interface SourceEvidence {
  source: Source;
  /** The source's articles in the group, in evidence order. */
  articles: ArticleSlug[];
  evidence: Evidence[];
}

/** A set of mentions seen as independent sources and as articles. */
export interface StanceGroup {
  /** The sources, in the order of their first evidence (oldest article first). */
  sources: SourceEvidence[];
  /** The articles, in evidence order. */
  articles: ArticleSlug[];
  evidence: Evidence[];
  count: IndependenceCount;
}

/** A claim's coverage by stance. */
export interface Corroboration {
  claim: ClaimId;
  /** Every mention. */
  all: StanceGroup;
  asserts: StanceGroup;
  qualifies: StanceGroup;
  disputes: StanceGroup;
  /** Mentions that hold the claim true, plainly or with a caveat: `asserts` and `qualifies`. */
  supports: StanceGroup;
  /** Sources whose every mention of the claim is `quotes`, and their mentions. */
  quotesOnly: StanceGroup;
}

/** The stances that hold a claim true: a qualification is a hedged assertion. */
export const SUPPORTING_STANCES: readonly Stance[] = ['asserts', 'qualifies'];

/** Whether a stance holds the claim true (`asserts` or `qualifies`). */
export function isSupporting(stance: Stance): boolean {
  return SUPPORTING_STANCES.includes(stance);
}

/** Groups mentions by independent source, keeping their order; counts sources, articles and unidentified sources. */
export function groupEvidence(evidence: readonly Evidence[]): StanceGroup {
  const bySource = new Map<SourceKey, SourceEvidence>();
  // Each source's articles as a set too: searching its list for every mention made a source of
  // n articles cost n² (an outlet covering a war, a claim in every article).
  const seen = new Map<SourceKey, Set<string>>();
  for (const item of evidence) {
    const entry = bySource.get(item.source.key);
    if (entry) {
      entry.evidence.push(item);
      const slugs = seen.get(item.source.key)!;
      if (!slugs.has(item.article.slug)) {
        slugs.add(item.article.slug);
        entry.articles.push(item.article.slug);
      }
    } else {
      bySource.set(item.source.key, { source: item.source, articles: [item.article.slug], evidence: [item] });
      seen.set(item.source.key, new Set([item.article.slug]));
    }
  }
  const sources = [...bySource.values()];
  const articles = unique(evidence.map((e) => e.article.slug));
  return {
    sources,
    articles,
    evidence: [...evidence],
    count: {
      sources: sources.length,
      articles: articles.length,
      unidentified: sources.filter((s) => s.source.unidentified).length,
    },
  };
}

/** A claim's corroboration from its evidence (evidence of other claims is ignored). */
export function corroborate(claim: ClaimId, evidence: readonly Evidence[]): Corroboration {
  const own = evidence.filter((e) => e.claim === claim);
  const otherwise = new Set<SourceKey>();
  for (const e of own) if (e.stance !== 'quotes') otherwise.add(e.source.key);
  const of = (keep: (e: Evidence) => boolean) => groupEvidence(own.filter(keep));
  return {
    claim,
    all: of(() => true),
    asserts: of((e) => e.stance === 'asserts'),
    qualifies: of((e) => e.stance === 'qualifies'),
    disputes: of((e) => e.stance === 'disputes'),
    supports: of((e) => isSupporting(e.stance)),
    quotesOnly: of((e) => e.stance === 'quotes' && !otherwise.has(e.source.key)),
  };
}

/** The keys of the sources in a group. */
export function sourceKeys(group: StanceGroup): Set<SourceKey> {
  return new Set(group.sources.map((s) => s.source.key));
}
