/**
 * The published passage anchors (src/lib/anchors.ts), read once a build from `published-anchors.txt`
 * beside the content folder (for `content/`, `./published-anchors.txt`); none when there is no such file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ANCHOR_REGISTRY_NAME, parseAnchorRegistry } from '../lib/anchors.ts';

let read: Map<string, string[]> | undefined;

/** The anchors recorded for each article page, by its path (`/articles/<slug>/`). */
export function publishedAnchors(): Map<string, string[]> {
  if (read) return read;
  // The content folder, as src/loaders/checked-glob.ts reads it.
  const file = path.join(path.dirname(path.resolve(process.env.CROSSCHECK_CONTENT ?? 'content')), ANCHOR_REGISTRY_NAME);
  read = existsSync(file) ? parseAnchorRegistry(readFileSync(file, 'utf8')) : new Map();
  return read;
}

/** The anchors recorded for an article's page, under its id and its old ids (its `aliases`, whose redirects keep the `#…`). */
export function anchorsOfArticle(id: string, aliases: readonly string[]): string[] {
  const pages = publishedAnchors();
  return [...new Set([id, ...aliases].flatMap((slug) => pages.get(`/articles/${slug}/`) ?? []))];
}
