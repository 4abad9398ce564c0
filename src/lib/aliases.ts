/**
 * Aliases: the ids a claim, article, story, outlet or entity was published under before. Each old
 * URL stays alive as a redirect page to the current one (`/claims/<old>/` → `/claims/<new>/`), so
 * a link shared before a rename keeps working. Outlet and entity pages are published URLs like the
 * others (the registry of published URLs holds them), so renaming one needs the same way out.
 *
 * An alias is skipped when it is the entry's own id (nothing to redirect). It is a problem, and
 * gets no redirect, when it is the id of another current entry of the same collection (the URL
 * is that entry's page) or when two entries list it (one old URL cannot lead to two pages).
 */
import type { Corpus } from './corpus.ts';
import { articlePath, claimPath, entityPath, outletPath, storyPath, type SitePath } from './ids.ts';
import { compareText } from './order.ts';

/** The collections whose entries can have aliases, as they appear in URLs. */
export type AliasCollection = 'claims' | 'articles' | 'stories' | 'outlets' | 'entities';

/** One old URL and where it now leads. */
export interface AliasRedirect {
  collection: AliasCollection;
  /** The current id. */
  id: string;
  /** The old id. */
  alias: string;
  /** The old page's path (with the base). */
  from: SitePath;
  /** The current page's path (with the base). */
  to: SitePath;
  /** What the current page is called: the claim's statement, the article's headline, the story's title, the name. */
  title: string;
}

/** The redirects of a corpus, and the aliases that could not be honoured. */
export interface AliasPlan {
  /** Ordered by collection, then old path. */
  redirects: AliasRedirect[];
  /** One sentence per alias that gets no redirect, saying why and what to do. */
  problems: string[];
}

const PATHS: Record<AliasCollection, (id: string, base: string) => SitePath> = {
  claims: claimPath,
  articles: articlePath,
  stories: storyPath,
  outlets: outletPath,
  entities: entityPath,
};

const SINGULAR: Record<AliasCollection, string> = { claims: 'claim', articles: 'article', stories: 'story', outlets: 'outlet', entities: 'entity' };

interface Entry {
  id: string;
  aliases: readonly string[];
  title: string;
}

/** Every alias redirect of the corpus, for a site served under `base`. */
export function aliasRedirects(corpus: Pick<Corpus, 'claims' | 'articles' | 'stories' | 'outlets' | 'entities'>, base = '/'): AliasPlan {
  const collections: [AliasCollection, Entry[]][] = [
    ['claims', corpus.claims.map((c) => ({ id: c.id, aliases: c.aliases, title: c.statement }))],
    ['articles', corpus.articles.map((a) => ({ id: a.slug, aliases: a.aliases, title: a.headline }))],
    ['stories', corpus.stories.map((s) => ({ id: s.id, aliases: s.aliases, title: s.title }))],
    ['outlets', corpus.outlets.map((o) => ({ id: o.id, aliases: o.aliases, title: o.name }))],
    ['entities', corpus.entities.map((e) => ({ id: e.id, aliases: e.aliases, title: e.name }))],
  ];
  const redirects: AliasRedirect[] = [];
  const problems: string[] = [];
  for (const [collection, entries] of collections) {
    const current = new Set(entries.map((e) => e.id));
    const owners = new Map<string, string[]>();
    for (const entry of entries) {
      for (const alias of new Set(entry.aliases)) {
        if (alias === entry.id) continue;
        owners.set(alias, [...(owners.get(alias) ?? []), entry.id]);
      }
    }
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const [alias, ids] of [...owners].sort(([a], [b]) => compareText(a, b))) {
      const what = SINGULAR[collection];
      if (current.has(alias)) {
        problems.push(
          `${collection}/${ids.join(', ')}: the alias "${alias}" is the id of another ${what}, whose page is at that URL. Remove the alias.`,
        );
        continue;
      }
      if (ids.length > 1) {
        problems.push(
          `${collection}/${[...ids].sort(compareText).join(' and ')}: both list the alias "${alias}", and one old URL cannot lead to two pages. Keep it on one of them.`,
        );
        continue;
      }
      const entry = byId.get(ids[0]!)!;
      redirects.push({
        collection,
        id: entry.id,
        alias,
        from: PATHS[collection](alias, base),
        to: PATHS[collection](entry.id, base),
        title: entry.title,
      });
    }
  }
  return { redirects, problems };
}
