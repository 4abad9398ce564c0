/**
 * The collections as the checks see them: their names and schemas come from
 * src/content.config.ts; the file extensions each one reads match the glob patterns in
 * src/loaders/checked-glob.ts (tests/unit/check/helpers.test.ts keeps the two in step).
 */
import { collections } from '../content.config.ts';
import { fieldsOf, unwrap, type SchemaNode } from './schema.ts';

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
 * `current`: one that has every one of them as a field, at least two, ahead of every other (a
 * claim's statement, story and kind), while `current` lacks two of them, or one of them and one of
 * its own required fields. Undefined otherwise: an outlet given a `kind` by mistake is an outlet
 * with an unknown field, not an entity.
 */
export function collectionOfFields(keys: readonly string[], current: CollectionName): CollectionName | undefined {
  const known = (c: CollectionName) => keys.filter((k) => Object.hasOwn(fieldsOf(schemaOf(c)), k)).length;
  const ranked = COLLECTIONS.map((c) => ({ c, known: known(c) })).sort((a, b) => b.known - a.known);
  const [best, next] = ranked;
  if (!best || best.c === current || best.known < 2 || best.known < keys.length || next?.known === best.known) return undefined;
  const fields = fieldsOf(schemaOf(current));
  const unknown = keys.length - known(current);
  const missing = Object.entries(fields).filter(([name, node]) => !unwrap(node).optional && !keys.includes(name)).length;
  return unknown >= 2 || (unknown >= 1 && missing >= 1) ? best.c : undefined;
}
