/**
 * Reads Astro's collections once and turns them into the plain corpus that src/lib analyses.
 * The only module that knows both Astro and the analysis: pages call `site()` and query the
 * index it returns; nothing is recomputed per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Article, Claim, Corpus, Entity, Outlet, Story } from '../lib/corpus.ts';
import {
  asArticleSlug,
  asClaimId,
  asEntityId,
  asOutletId,
  asStoryId,
} from '../lib/ids.ts';
import type { Mention } from '../lib/mentions.ts';

type Ref = { id: string };
const ids = (refs: Ref[]) => refs.map((r) => r.id);

function mentionsOf(entry: CollectionEntry<'articles'>): Mention[] {
  const frontmatter = entry.rendered?.metadata?.frontmatter as { mentions?: Mention[] } | undefined;
  return frontmatter?.mentions ?? [];
}

export async function loadCorpus(): Promise<Corpus> {
  const [outlets, entities, stories, articles, claims] = await Promise.all([
    getCollection('outlets'),
    getCollection('entities'),
    getCollection('stories'),
    getCollection('articles'),
    getCollection('claims'),
  ]);
  return {
    outlets: outlets.map((e): Outlet => ({ ...e.data, id: asOutletId(e.id) })),
    entities: entities.map((e): Entity => ({ ...e.data, id: asEntityId(e.id) })),
    stories: stories.map((e): Story => ({ ...e.data, id: asStoryId(e.id), entities: ids(e.data.entities).map(asEntityId) })),
    articles: articles.map(
      (e): Article => ({
        ...e.data,
        slug: asArticleSlug(e.id),
        outlet: asOutletId(e.data.outlet.id),
        story: asStoryId(e.data.story.id),
        via: e.data.via ? asArticleSlug(e.data.via.id) : undefined,
        entities: ids(e.data.entities).map(asEntityId),
        mentions: mentionsOf(e),
      }),
    ),
    claims: claims.map(
      (e): Claim => ({
        ...e.data,
        id: asClaimId(e.id),
        story: asStoryId(e.data.story.id),
        speaker: e.data.speaker ? asEntityId(e.data.speaker.id) : undefined,
        entities: ids(e.data.entities).map(asEntityId),
        contradicts: ids(e.data.contradicts).map(asClaimId),
        related: ids(e.data.related).map(asClaimId),
      }),
    ),
  };
}
