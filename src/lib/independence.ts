/**
 * Independence: which articles are one source and which are separate ones. Corroboration only
 * means something when it comes from sources that did their own reporting, so every article is
 * collapsed to its independent source before anything is counted:
 *
 * 1. Follow `via` (syndicated or rewritten from) to the root article. A chain that loops back on
 *    itself stops, and every article of the loop takes the loop's smallest slug as its root; a
 *    `via` naming an article the corpus lacks ends the chain where it is.
 * 2. The root article's outlet is the source, unless the outlet names an `owner`: outlets with
 *    the same owner (compared without case or extra spaces) are one source.
 * 3. An outlet marked `unidentified` never merges with anything, not even its own other
 *    articles: each root article from it is a source of its own, marked unidentified (we cannot
 *    tell whether two unattributed texts share an author, so we neither merge nor hide them).
 */
import type { Article, Outlet } from './corpus.ts';
import type { ArticleSlug, OutletId } from './ids.ts';
import { outletOf, type CorpusLookup } from './lookup.ts';
import { compareText, counted } from './order.ts';

/** What kind of thing an independent source is: an owner or group, a single outlet, or an unidentified text. */
export type SourceKind = 'owner' | 'outlet' | 'unidentified';

/** A source's key: equal keys are the same source. `owner:<owner>`, `outlet:<id>` or `unidentified:<root slug>`. */
export type SourceKey = `owner:${string}` | `outlet:${string}` | `unidentified:${string}`;

/** One independent source. */
export interface Source {
  key: SourceKey;
  kind: SourceKind;
  /** What a reader sees: the owner's name as the first outlet (by id) spells it, or the outlet's name. */
  name: string;
  /** True when the publisher is unknown; such a source is counted but shown as unidentified. */
  unidentified: boolean;
  /** The outlets this source stands for, by id: every outlet of an owner, or the one outlet. */
  outlets: OutletId[];
}

/** How one article collapses to its source. */
export interface ArticleSource {
  article: ArticleSlug;
  /** The article, then each `via` in turn, ending at the root (a one-item list when there is no `via`). */
  chain: ArticleSlug[];
  /** The article whose reporting this one carries: the end of the `via` chain. */
  root: ArticleSlug;
  /** True when the `via` chain loops; the root is then the loop's smallest slug. */
  cycle: boolean;
  source: Source;
}

/** How many independent sources a set of articles amounts to. */
export interface IndependenceCount {
  /** Independent sources, after collapsing syndication and shared ownership. */
  sources: number;
  /** Distinct articles. */
  articles: number;
  /** How many of the sources are unidentified. */
  unidentified: number;
}

/** The owner's key: the same owner written with different case or spacing is one owner. */
export function ownerKey(owner: string): string {
  return owner.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Follows an article's `via` links to the root article. Stops at a `via` the corpus lacks, and
 * on a loop takes the loop's smallest slug as the root, so every article in it has one root.
 */
export function followVia(
  slug: ArticleSlug,
  articles: ReadonlyMap<ArticleSlug, Pick<Article, 'via'>>,
): { chain: ArticleSlug[]; root: ArticleSlug; cycle: boolean } {
  const chain: ArticleSlug[] = [slug];
  let current = articles.get(slug);
  while (current?.via !== undefined) {
    const next = current.via;
    if (!articles.has(next)) break;
    const loopStart = chain.indexOf(next);
    if (loopStart !== -1) {
      const loop = chain.slice(loopStart).sort(compareText);
      return { chain, root: loop[0]!, cycle: true };
    }
    chain.push(next);
    current = articles.get(next);
  }
  return { chain, root: chain.at(-1)!, cycle: false };
}

/**
 * The source an outlet's root article counts as. `owners` maps an owner key to the outlets
 * sharing it; without it the source lists only this outlet.
 */
export function sourceOf(
  outlet: Outlet,
  root: ArticleSlug,
  owners: ReadonlyMap<string, readonly Outlet[]> = new Map(),
): Source {
  if (outlet.unidentified) {
    return {
      key: `unidentified:${root}`,
      kind: 'unidentified',
      name: outlet.name,
      unidentified: true,
      outlets: [outlet.id],
    };
  }
  const owner = outlet.owner?.trim();
  if (owner) {
    const key = ownerKey(owner);
    const group = owners.get(key) ?? [outlet];
    return {
      key: `owner:${key}`,
      kind: 'owner',
      name: group[0]?.owner?.trim() ?? owner,
      unidentified: false,
      outlets: group.map((o) => o.id),
    };
  }
  return { key: `outlet:${outlet.id}`, kind: 'outlet', name: outlet.name, unidentified: false, outlets: [outlet.id] };
}

/** Identified outlets grouped by owner key, each group sorted by outlet id. */
export function groupOwners(outlets: Iterable<Outlet>): Map<string, Outlet[]> {
  const owners = new Map<string, Outlet[]>();
  for (const outlet of outlets) {
    const owner = outlet.owner?.trim();
    if (!owner || outlet.unidentified) continue;
    const key = ownerKey(owner);
    owners.set(key, [...(owners.get(key) ?? []), outlet]);
  }
  for (const group of owners.values()) group.sort((a, b) => compareText(a.id, b.id));
  return owners;
}

/** Collapses every article of the corpus to its independent source, by slug. */
export function resolveSources(lookup: Pick<CorpusLookup, 'articles' | 'outlets'>): Map<ArticleSlug, ArticleSource> {
  const owners = groupOwners(lookup.outlets.values());
  const sources = new Map<ArticleSlug, ArticleSource>();
  for (const article of lookup.articles.values()) {
    const { chain, root, cycle } = followVia(article.slug, lookup.articles);
    const rootArticle = lookup.articles.get(root) ?? article;
    const source = sourceOf(outletOf(lookup, rootArticle.outlet), root, owners);
    sources.set(article.slug, { article: article.slug, chain, root, cycle, source });
  }
  return sources;
}

/** The source an article counts as; an article the map lacks counts as an unidentified source of its own. */
export function sourceForArticle(slug: ArticleSlug, sources: ReadonlyMap<ArticleSlug, ArticleSource>): Source {
  return (
    sources.get(slug)?.source ?? {
      key: `unidentified:${slug}`,
      kind: 'unidentified',
      name: slug,
      unidentified: true,
      outlets: [],
    }
  );
}

/** How many independent sources a set of articles comes to (repeated slugs count once). */
export function countIndependent(
  slugs: Iterable<ArticleSlug>,
  sources: ReadonlyMap<ArticleSlug, ArticleSource>,
): IndependenceCount {
  const articles = new Set(slugs);
  const keys = new Map<SourceKey, Source>();
  for (const slug of articles) {
    const source = sourceForArticle(slug, sources);
    keys.set(source.key, source);
  }
  let unidentified = 0;
  for (const source of keys.values()) if (source.unidentified) unidentified++;
  return { sources: keys.size, articles: articles.size, unidentified };
}

/** "3 independent of 4 articles", with ", 1 unidentified" when some sources are unidentified. */
export function describeIndependence(count: IndependenceCount): string {
  const base = `${count.sources} independent of ${counted(count.articles, 'article')}`;
  return count.unidentified > 0 ? `${base}, ${count.unidentified} unidentified` : base;
}
