/**
 * A collection entry turned into the analysis's record (src/lib/corpus.ts), and the corpus put
 * together from such records. Shared by the two ways a build reads the content: Astro's
 * collections (src/data/corpus.ts, inside `astro build` and `astro dev`) and the fast rebuild
 * (scripts/lib/fast/), which reads the files that changed itself and must arrive at exactly the
 * same corpus. Knows neither Astro nor the file system.
 */
import type { Article, Claim, Corpus, Entity, Outlet, Story } from '../lib/corpus.ts';
import { asArticleSlug, asClaimId, asEntityId, asOutletId, asStoryId } from '../lib/ids.ts';
import type { Mention } from '../lib/mentions.ts';

export type CollectionName = 'outlets' | 'entities' | 'stories' | 'articles' | 'claims';
export const COLLECTIONS: readonly CollectionName[] = ['outlets', 'entities', 'stories', 'articles', 'claims'];

/** A reference as Astro's `reference()` gives it (`{ collection, id }`) or as the checks read it (the id). */
type Ref = string | { id: string };
const refId = (ref: Ref): string => (typeof ref === 'string' ? ref : ref.id);
const refIds = (refs: Ref[] | undefined): string[] => (refs ?? []).map(refId);

type AnyRecord = Outlet | Entity | Story | Article | Claim;

/**
 * The record of one entry: its id, its data as the collection's schema returned it, and, for
 * an article, the mentions remark-claim-mentions found in its body.
 */
export function toRecord(collection: CollectionName, id: string, data: Record<string, unknown>, mentions: Mention[] = []): AnyRecord {
  // The schema has checked the data; only the references change shape.
  const d = data as Record<string, never>;
  const ref = (key: string): Ref => data[key] as Ref;
  switch (collection) {
    case 'outlets':
      return { ...d, id: asOutletId(id) } as Outlet;
    case 'entities':
      return { ...d, id: asEntityId(id) } as Entity;
    case 'stories':
      return { ...d, id: asStoryId(id), entities: refIds(d.entities).map(asEntityId) } as Story;
    case 'articles':
      return {
        ...d,
        slug: asArticleSlug(id),
        outlet: asOutletId(refId(ref('outlet'))),
        story: asStoryId(refId(ref('story'))),
        via: data.via ? asArticleSlug(refId(ref('via'))) : undefined,
        entities: refIds(d.entities).map(asEntityId),
        mentions,
      } as Article;
    case 'claims':
      return {
        ...d,
        id: asClaimId(id),
        story: asStoryId(refId(ref('story'))),
        speaker: data.speaker ? asEntityId(refId(ref('speaker'))) : undefined,
        entities: refIds(d.entities).map(asEntityId),
        contradicts: refIds(d.contradicts).map(asClaimId),
        related: refIds(d.related).map(asClaimId),
      } as Claim;
  }
}

/** One entry of the content, as both readers produce it. */
export interface ContentEntry {
  collection: CollectionName;
  id: string;
  record: AnyRecord;
  /** The body rendered to HTML (Markdown records), or undefined (YAML records). */
  html?: string | undefined;
}

/** The corpus the analysis reads, and every record's rendered body by `<collection>/<id>`. */
export interface LoadedContent {
  corpus: Corpus;
  bodies: Map<string, string>;
}

export const bodyKey = (collection: CollectionName, id: string): string => `${collection}/${id}`;

/**
 * The corpus of a set of entries. Each collection is in the order of its ids, so that the site
 * does not depend on the order in which files were listed or loaded.
 */
export function assemble(entries: Iterable<ContentEntry>): LoadedContent {
  const by: Record<CollectionName, ContentEntry[]> = { outlets: [], entities: [], stories: [], articles: [], claims: [] };
  const bodies = new Map<string, string>();
  for (const entry of entries) {
    by[entry.collection].push(entry);
    if (entry.html !== undefined) bodies.set(bodyKey(entry.collection, entry.id), entry.html);
  }
  const sorted = (name: CollectionName) => by[name].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((e) => e.record);
  return {
    corpus: {
      outlets: sorted('outlets') as Outlet[],
      entities: sorted('entities') as Entity[],
      stories: sorted('stories') as Story[],
      articles: sorted('articles') as Article[],
      claims: sorted('claims') as Claim[],
    },
    bodies,
  };
}

/**
 * Where the fast rebuild puts the content it read (a {@link LoadedContent}) for the site's code
 * to use instead of Astro's collections, and where the site's code leaves the entries it loaded
 * from Astro's collections (with each one's file) for `npm run build` to keep.
 */
export const INJECTED_CONTENT = Symbol.for('crosscheck.content.injected');
export const LOADED_ENTRIES = Symbol.for('crosscheck.content.loaded');

export interface LoadedEntry extends ContentEntry {
  /** The entry's file, relative to the project root, as Astro gives it. */
  file: string;
}
