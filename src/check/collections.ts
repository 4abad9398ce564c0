/**
 * The collections as the checks see them: their names and schemas come from
 * src/content.config.ts; the file extensions each one reads match the glob patterns in
 * src/loaders/checked-glob.ts (tests/unit/check/collections.test.ts keeps the two in step).
 */
import { collections } from '../content.config.ts';
import { fieldsOf, type SchemaNode } from './schema.ts';

export type CollectionName = keyof typeof collections;

/** Every collection, in the order the content model declares them. */
export const COLLECTIONS = Object.keys(collections) as CollectionName[];

/** The file extensions a collection reads: data collections are YAML, the others Markdown. */
export const EXTENSIONS: Record<CollectionName, readonly string[]> = {
  outlets: ['.yaml', '.yml'],
  entities: ['.yaml', '.yml'],
  stories: ['.md'],
  articles: ['.md'],
  claims: ['.md'],
};

export function isCollection(name: string): name is CollectionName {
  return Object.hasOwn(collections, name);
}

export function isMarkdown(collection: CollectionName): boolean {
  return EXTENSIONS[collection].includes('.md');
}

/** "outlets" → "outlet", "entities" → "entity", "stories" → "story". */
export function singular(collection: string): string {
  if (collection.endsWith('ies')) return `${collection.slice(0, -3)}y`;
  return collection.endsWith('s') ? collection.slice(0, -1) : collection;
}

export function schemaOf(collection: CollectionName): SchemaNode {
  return (collections[collection] as unknown as { schema: SchemaNode }).schema;
}

/**
 * The collection whose records a set of top-level field names plainly belongs to, when it is not
 * `current`: the one that has the most of them as fields, less those it does not have, ahead of
 * every other, with at least two of them (a claim's statement, story and kind), while `current`
 * has no more of them than it lacks. Undefined otherwise: an outlet given a `kind` by mistake
 * is an outlet with an unknown field, not an entity.
 */
export function collectionOfFields(keys: readonly string[], current: CollectionName): CollectionName | undefined {
  const score = (c: CollectionName) => {
    const fields = fieldsOf(schemaOf(c));
    return keys.reduce((n, k) => n + (Object.hasOwn(fields, k) ? 1 : -1), 0);
  };
  const ranked = COLLECTIONS.map((c) => ({ c, score: score(c) })).sort((a, b) => b.score - a.score);
  const [best, next] = ranked;
  if (!best || best.c === current || best.score < 2 || (next && next.score === best.score) || score(current) > 0) return undefined;
  return best.c;
}
