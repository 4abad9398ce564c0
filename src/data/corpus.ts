/**
 * Reads the content once and turns it into the plain corpus that src/lib analyses, with every
 * record's rendered body. The only module that knows both Astro and the analysis: pages call
 * `site()` and `body()` (src/data/site.ts); nothing is recomputed per page.
 *
 * Inside `astro build` and `astro dev` the content comes from Astro's collections. The fast
 * rebuild of `npm run build` (scripts/lib/fast/) renders pages with the code of the previous
 * build and content it read itself: it puts that content where {@link loadContent} finds it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Mention } from '../lib/mentions.ts';
import {
  assemble,
  COLLECTIONS,
  INJECTED_CONTENT,
  LOADED_ENTRIES,
  toRecord,
  type CollectionName,
  type LoadedContent,
  type LoadedEntry,
} from './records.ts';

type AnyEntry = CollectionEntry<CollectionName>;
const state = globalThis as { [INJECTED_CONTENT]?: LoadedContent; [LOADED_ENTRIES]?: LoadedEntry[] };

function mentionsOf(entry: AnyEntry): Mention[] {
  const frontmatter = entry.rendered?.metadata?.frontmatter as { mentions?: Mention[] } | undefined;
  return frontmatter?.mentions ?? [];
}

export async function loadContent(): Promise<LoadedContent> {
  const injected = state[INJECTED_CONTENT];
  if (injected) return injected;
  const collections = await Promise.all(COLLECTIONS.map((name) => getCollection(name)));
  const entries = COLLECTIONS.flatMap((collection, i) =>
    (collections[i] as AnyEntry[]).map(
      (entry): LoadedEntry => ({
        collection,
        id: entry.id,
        file: entry.filePath ?? '',
        record: toRecord(collection, entry.id, entry.data as Record<string, unknown>, collection === 'articles' ? mentionsOf(entry) : []),
        html: entry.rendered?.html,
      }),
    ),
  );
  // For `npm run build`, which keeps them for the next fast rebuild (scripts/lib/fast/).
  state[LOADED_ENTRIES] = entries;
  return assemble(entries);
}
