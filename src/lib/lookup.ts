/**
 * The corpus by id: one map per collection, built once. The checks guarantee that ids are unique
 * and that references resolve, but the analysis never relies on it: on a repeated id the first
 * entry wins, and a missing outlet is stood in for by a placeholder named after its id.
 */
import type { Article, Claim, Corpus, Entity, Outlet, Story } from './corpus.ts';
import type { ArticleSlug, ClaimId, EntityId, OutletId, StoryId } from './ids.ts';

/** The corpus as maps by id, plus the corpus itself. */
export interface CorpusLookup {
  corpus: Corpus;
  outlets: ReadonlyMap<OutletId, Outlet>;
  entities: ReadonlyMap<EntityId, Entity>;
  stories: ReadonlyMap<StoryId, Story>;
  articles: ReadonlyMap<ArticleSlug, Article>;
  claims: ReadonlyMap<ClaimId, Claim>;
}

function byId<K, T>(items: readonly T[], key: (item: T) => K): Map<K, T> {
  const map = new Map<K, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

/** Maps every collection of the corpus by id (the first entry wins when an id repeats). */
export function indexCorpus(corpus: Corpus): CorpusLookup {
  return {
    corpus,
    outlets: byId(corpus.outlets, (o) => o.id),
    entities: byId(corpus.entities, (e) => e.id),
    stories: byId(corpus.stories, (s) => s.id),
    articles: byId(corpus.articles, (a) => a.slug),
    claims: byId(corpus.claims, (c) => c.id),
  };
}

/**
 * The outlet with this id, or a placeholder named after the id when the corpus lacks it (the
 * checks prevent that; the analysis must still not fail on it).
 */
export function outletOf(lookup: Pick<CorpusLookup, 'outlets'>, id: OutletId): Outlet {
  return lookup.outlets.get(id) ?? { id, name: id, unidentified: false, aliases: [] };
}
