/**
 * The checks that need the whole corpus: references that name no record (from fields and from
 * claim mentions), records that refer to themselves, `via` chains that go round in a circle,
 * aliases that collide with ids or with each other, links in bodies to record pages no record has,
 * claims that no article mentions, and claims that no article of their own story mentions.
 */
import { distance } from 'fastest-levenshtein';
import { mentionAnchor, oldMentionAnchors, STANCES } from '../lib/mentions.ts';
import { SUB_PAGES } from '../lib/sub-pages.ts';
import { COLLECTIONS, EXTENSIONS, singular, type CollectionName } from './collections.ts';
import type { FileFacts } from './file.ts';
import * as M from './messages.ts';
import type { Problem } from './problem.ts';
import { nearest } from './suggest.ts';

export function checkCorpus(facts: readonly FileFacts[], contentShown: string): Problem[] {
  const problems: Problem[] = [];
  const byCollection = new Map<CollectionName, Map<string, FileFacts>>(COLLECTIONS.map((c) => [c, new Map()]));
  for (const f of facts) byCollection.get(f.collection)!.set(f.id, f);
  const ids = (c: CollectionName) => byCollection.get(c)!;
  const fileFor = (c: CollectionName, id: string) => `${contentShown}/${c}/${id}${EXTENSIONS[c][0]}`;
  // A record's old ids (its aliases), by `collection/alias`: a reference to one names its current id.
  const renamed = new Map<string, string>();
  for (const f of facts) for (const a of f.aliases) if (!renamed.has(`${f.collection}/${a.alias}`)) renamed.set(`${f.collection}/${a.alias}`, f.id);

  // References from fields.
  for (const f of facts) {
    for (const ref of f.refs) {
      const targets = ids(ref.collection);
      if (ref.collection === f.collection && ref.id === f.id) {
        problems.push({ file: f.file, line: ref.line, column: ref.column, code: M.SelfReference.code, message: M.SelfReference.message(ref.field, singular(f.collection), ref.id) });
      } else if (!targets.has(ref.id)) {
        problems.push({
          file: f.file,
          line: ref.line,
          column: ref.column,
          code: M.UnknownReference.code,
          message: M.UnknownReference.message(ref.field, singular(ref.collection), ref.id, fileFor(ref.collection, ref.id), nearest(ref.id, targets.keys()), renamed.get(`${ref.collection}/${ref.id}`)),
        });
      }
    }
  }

  // Claim mentions: in any Markdown body they render as links, so each must name a claim.
  const claims = ids('claims');
  const mentioned = new Set<string>();
  for (const f of facts) {
    for (const m of f.mentions) {
      if (claims.has(m.claim)) {
        if (f.collection === 'articles') mentioned.add(m.claim);
        continue;
      }
      const current = renamed.get(`claims/${m.claim}`);
      // A mention by an old id is reported as such; its claim is not reported again as unmentioned.
      if (current !== undefined && f.collection === 'articles') mentioned.add(current);
      problems.push({
        file: f.file,
        line: m.line,
        column: m.column,
        code: M.UnknownClaim.code,
        message: M.UnknownClaim.message(m.claim, fileFor('claims', m.claim), nearest(m.claim, claims.keys()), m.source, current),
      });
    }
  }
  // A mention with a problem of its own is reported as such; its claim is not reported again as unmentioned.
  for (const f of ids('articles').values()) for (const id of f.named ?? []) mentioned.add(id);
  for (const [id, f] of claims) {
    if (!mentioned.has(id)) problems.push({ file: f.file, line: 1, column: 1, code: M.UnmentionedClaim.code, message: M.UnmentionedClaim.message(id) });
  }

  problems.push(...storyMismatches(facts, byCollection, renamed));
  problems.push(...unknownPages(facts, byCollection, fileFor));
  problems.push(...viaCycles(ids('articles')));
  problems.push(...duplicateArticles(ids('articles')));
  problems.push(...aliasCollisions(facts, byCollection));
  return problems;
}

/**
 * Claims whose story none of the articles that mention them belongs to (a claim file copied from
 * another story, its `story` left as it was): its story's page would count it among the story's
 * claims with no article of the story making it ("0 articles … making 1 claim"), and the stories
 * of the articles that make it would not show it. Reported at the claim's `story`; a story named
 * by an old id counts as the story it names, and a claim no article mentions is reported as such.
 */
function storyMismatches(facts: readonly FileFacts[], byCollection: Map<CollectionName, Map<string, FileFacts>>, renamed: ReadonlyMap<string, string>): Problem[] {
  const stories = byCollection.get('stories')!;
  const claims = byCollection.get('claims')!;
  const storyOf = (f: FileFacts) => {
    const ref = f.refs.find((r) => r.field === 'story');
    const id = ref && (stories.has(ref.id) ? ref.id : renamed.get(`stories/${ref.id}`));
    return id === undefined ? undefined : { ref: ref!, id };
  };
  const articleStories = new Map<string, Set<string>>();
  for (const f of byCollection.get('articles')!.values()) {
    const story = storyOf(f)?.id;
    if (story === undefined) continue;
    for (const m of f.mentions) {
      if (!claims.has(m.claim)) continue;
      let set = articleStories.get(m.claim);
      if (!set) articleStories.set(m.claim, (set = new Set()));
      set.add(story);
    }
  }
  const problems: Problem[] = [];
  for (const [id, f] of claims) {
    const own = storyOf(f);
    const others = articleStories.get(id);
    if (own === undefined || others === undefined || others.has(own.id)) continue;
    problems.push({ file: f.file, line: own.ref.line, column: own.ref.column, code: M.StoryMismatch.code, message: M.StoryMismatch.message(id, own.id, [...others].sort()) });
  }
  return problems;
}

/**
 * The record page a link in a body leads to, read as the browser reads it from the page the body
 * is on (`/claims/x/`): `/stories/y/`, `../y/`, `/stories/y` and `/stories/y/index.html` all name
 * story y. Any other page (an index, a feed, another site's) gives undefined.
 */
function linkedRecord(url: string, from: FileFacts): { collection: CollectionName; id: string; fragment: string } | undefined {
  let pathname: string;
  let fragment: string;
  try {
    const parsed = new URL(url, `https://site.invalid/${from.collection}/${from.id}/`);
    pathname = decodeURIComponent(parsed.pathname);
    fragment = decodeURIComponent(parsed.hash.slice(1));
  } catch {
    return undefined;
  }
  const match = /^\/([a-z]+)\/([^/]+)(?:\/(?:index\.html)?)?$/.exec(pathname);
  const collection = COLLECTIONS.find((c) => c === match?.[1]);
  return collection && match ? { collection, id: match[2]!, fragment } : undefined;
}

/** A numbered page of a sub-page, from 2: page 1 is the sub-page's own address (`/claims/x/evidence/`). */
const PAGE_NUMBER = /^(?:[2-9]|[1-9]\d+)$/;

/** Year and month, as a month page's address has them: `2026-06`. */
const MONTH = /^\d{4}-\d{2}$/;

/**
 * The address a link leads to when it is in a collection's folder, or one misspelt (`/claim/x/`,
 * `/Claims/x/`), where no page of the site is: deeper than a record's page (a relative link such
 * as `claims/x/` read from an article's page, `/claims//x/`), with what was likely meant.
 * Month pages (`/claims/months/2026-06/`, `/outlets/x/months/2026-06/`) and the collections'
 * index pages are pages; any other folder of the site is not looked at, nor is a relative link
 * that names no record from the site's root either (`notes/`).
 */
function strayLink(url: string, from: FileFacts): { pathname: string; meant?: string | undefined } | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, `https://site.invalid/${from.collection}/${from.id}/`).pathname);
  } catch {
    return undefined;
  }
  const [first = '', ...rest] = pathname.slice(1).split('/');
  const inner = rest.filter((s, i) => s !== '' || i < rest.length - 1);
  if ((COLLECTIONS as readonly string[]).includes(first)) {
    if (inner.length <= 1 && !inner.includes('')) return undefined;
    if (inner[0] === 'months' && inner.length === 2 && MONTH.test(inner[1]!)) return undefined;
    if (first === 'outlets' && inner[1] === 'months' && inner.length === 3 && MONTH.test(inner[2]!)) return undefined;
    // The sub-pages of a large story, claim or entity, and their numbered pages from 2 (src/lib/pagination.ts).
    if (inner.length === 2 && SUB_PAGES[first]?.includes(inner[1]!)) return undefined;
    if (inner.length === 3 && SUB_PAGES[first]?.includes(inner[1]!) && PAGE_NUMBER.test(inner[2]!)) return undefined;
    // A link without its first / is read from the page's own address: `claims/x/` on /articles/a/.
    // Another relative link (`notes/`) is left alone: what it meant cannot be told.
    const own = `/${from.collection}/${from.id}/`;
    const relative = pathname.startsWith(own) ? pathname.slice(own.length - 1) : undefined;
    const meant = relative !== undefined && linkedRecord(relative, from) ? relative : undefined;
    return meant !== undefined || url.startsWith('/') ? { pathname, meant } : undefined;
  }
  const collection = COLLECTIONS.find((c) => c === first.toLowerCase() || (first.length >= 4 && distance(first.toLowerCase(), c) <= 2));
  return collection ? { pathname, meant: `/${collection}/${rest.join('/')}` } : undefined;
}

/**
 * Links in bodies to a record page that no record has: a mistyped id, or a record renamed without
 * an alias or deleted. The page would be published with a link to nothing. A link to an alias
 * leads to its redirect, so it is fine.
 */
function unknownPages(facts: readonly FileFacts[], byCollection: Map<CollectionName, Map<string, FileFacts>>, fileFor: (c: CollectionName, id: string) => string): Problem[] {
  /** The record each alias redirects to, by `collection/alias`. */
  const aliases = new Map(facts.flatMap((f) => f.aliases.map((a) => [`${f.collection}/${a.alias}`, f] as const)));
  const problems: Problem[] = [];
  for (const f of facts) {
    for (const link of f.links) {
      const record = linkedRecord(link.url, f);
      if (!record) {
        const stray = strayLink(link.url, f);
        if (stray) problems.push({ file: f.file, line: link.line, column: link.column, code: M.UnknownPage.code, message: M.UnknownPage.stray(link.url, stray.pathname, stray.meant) });
        continue;
      }
      const ids = byCollection.get(record.collection)!;
      const target = ids.get(record.id) ?? aliases.get(`${record.collection}/${record.id}`);
      if (target && target.id !== record.id && record.fragment !== '') {
        // An old address's page redirects with a meta refresh, which does not keep the #… of the link.
        problems.push({
          file: f.file,
          line: link.line,
          column: link.column,
          code: M.UnknownPage.code,
          message: M.UnknownPage.throughAlias(link.url, singular(target.collection), target.id, `/${target.collection}/${target.id}/#${record.fragment}`),
        });
        continue;
      }
      if (target && !hasId(target, record.fragment)) {
        const ids = [...PAGE_SECTIONS[target.collection], ...(target.headings ?? [])];
        problems.push({
          file: f.file,
          line: link.line,
          column: link.column,
          code: M.UnknownPage.code,
          message: M.UnknownPage.section(link.url, singular(target.collection), target.id, record.fragment, nearest(record.fragment, ids, 2), target.headings ?? []),
        });
        continue;
      }
      if (target) {
        // A passage of an article (`#m-<claim>-<hash>`, the id of a mention's span): its id changes with the span's words.
        const anchors = target.collection === 'articles' && record.fragment.startsWith('m-') ? anchorsOf(target) : undefined;
        if (anchors && !anchors.includes(record.fragment) && !oldAnchorsOf(target, anchors, byCollection.get('claims')!).has(record.fragment)) {
          const near = anchors.filter((a, i) => record.fragment.startsWith(`m-${target.mentions[i]!.claim}-`)).map((a) => `#${a}`);
          problems.push({
            file: f.file,
            line: link.line,
            column: link.column,
            code: M.UnknownPage.code,
            message: M.UnknownPage.passage(link.url, target.id, near),
          });
        }
        continue;
      }
      const kind = singular(record.collection);
      problems.push({
        file: f.file,
        line: link.line,
        column: link.column,
        code: M.UnknownPage.code,
        message: M.UnknownPage.message(link.url, kind, record.id, fileFor(record.collection, record.id), nearest(record.id, ids.keys())),
      });
    }
  }
  return problems;
}

/**
 * The ids of an article's passages on its page, one per mention, in order: made from each span's
 * claim and words as src/plugins/remark-claim-mentions.ts makes them (identical spans numbered).
 */
function anchorsOf(article: FileFacts): string[] {
  const seen = new Map<string, number>();
  return article.mentions.map((m) => mentionAnchor(m.claim, m.text, seen));
}

/**
 * The ids of the sections of each kind of record page (src/components/ArticlePage.astro,
 * ClaimPage.astro, StoryPage.astro, src/pages/outlets/[id].astro, src/pages/entities/[id].astro),
 * whether or not a given page shows that section; tests/build/site.test.ts holds the pages to it.
 */
export const PAGE_SECTIONS: Record<CollectionName, readonly string[]> = {
  articles: ['main', 'summary', 'record', 'claims', 'disputed', 'left-out'],
  claims: ['main', 'evidence', ...STANCES.map((s) => `evidence-${s}`), 'drift', 'contradictions', 'related', 'notes'],
  stories: ['main', 'articles', 'timeline', 'contested', 'single-source', 'coverage', 'coverage-caption', 'coverage-caption-others', 'quote-drift'],
  outlets: ['main', 'articles', 'months', 'claims', 'also-disputed'],
  entities: ['main', 'by', 'about', 'articles'],
};

/**
 * Whether a record's page has an element with the id `fragment` (no fragment: the page itself):
 * a section of its kind of page, a heading of its body (`h-…`, unless its headings are not
 * known), a footnote, a text fragment, or an anchor of a mention (`m-…`, which articles check
 * apart).
 */
function hasId(target: FileFacts, fragment: string): boolean {
  if (fragment === '' || fragment.startsWith(':~:') || fragment.startsWith('m-')) return true;
  if (fragment.startsWith('user-content-') || fragment === 'footnote-label') return true;
  if (PAGE_SECTIONS[target.collection].includes(fragment)) return true;
  // Outlets and entities are YAML: their pages have no body, so no heading.
  const headings = target.collection === 'outlets' || target.collection === 'entities' ? [] : target.headings;
  return headings === null || headings === undefined ? fragment.startsWith('h-') : headings.includes(fragment);
}

/** The anchors an article's passages had under their claims' old ids, which its page keeps (src/lib/mentions.ts). */
function oldAnchorsOf(article: FileFacts, anchors: readonly string[], claims: ReadonlyMap<string, FileFacts>): Set<string> {
  return new Set(
    article.mentions.flatMap((m, i) => oldMentionAnchors(anchors[i]!, m.claim, claims.get(m.claim)?.aliases.map((a) => a.alias) ?? [])),
  );
}

/**
 * Articles recorded twice: two records with the same address, as a browser reads it (the host in
 * any letter case, a default port or percent-encoding make no difference). A part after # tells
 * apart the posts of a live page. Each record after the first (in file order) is reported at its
 * url, naming the first.
 */
function duplicateArticles(articles: Map<string, FileFacts>): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, FileFacts>();
  for (const f of [...articles.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (!f.url || !URL.canParse(f.url.address)) continue;
    const address = new URL(f.url.address).href;
    const other = first.get(address);
    if (!other) {
      first.set(address, f);
      continue;
    }
    problems.push({ file: f.file, line: f.url.line, column: f.url.column, code: M.DuplicateArticle.code, message: M.DuplicateArticle.message(f.url.address, other.file, other.url!.line, other.url!.address) });
  }
  return problems;
}

/** Articles whose `via` chain comes back to them, reported once per circle, on its first article. */
function viaCycles(articles: Map<string, FileFacts>): Problem[] {
  const problems: Problem[] = [];
  const via = new Map<string, string>();
  for (const [id, f] of articles) {
    const ref = f.refs.find((r) => r.field === 'via');
    if (ref && ref.id !== id && articles.has(ref.id)) via.set(id, ref.id);
  }
  const done = new Set<string>();
  for (const start of [...via.keys()].sort()) {
    if (done.has(start)) continue;
    const chain: string[] = [];
    const onChain = new Map<string, number>();
    let current: string | undefined = start;
    while (current !== undefined && !done.has(current) && !onChain.has(current)) {
      onChain.set(current, chain.length);
      chain.push(current);
      current = via.get(current);
    }
    if (current !== undefined && onChain.has(current)) {
      const circle = chain.slice(onChain.get(current));
      const first = [...circle].sort()[0]!;
      const from = circle.indexOf(first);
      const ordered = [...circle.slice(from), ...circle.slice(0, from), first];
      const f = articles.get(first)!;
      const ref = f.refs.find((r) => r.field === 'via')!;
      problems.push({ file: f.file, line: ref.line, column: ref.column, code: M.ViaCycle.code, message: M.ViaCycle.message(ordered) });
    }
    for (const id of chain) done.add(id);
  }
  return problems;
}

function aliasCollisions(facts: readonly FileFacts[], byCollection: Map<CollectionName, Map<string, FileFacts>>): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, FileFacts>();
  for (const f of facts) {
    const kind = singular(f.collection);
    const ids = byCollection.get(f.collection)!;
    const own = new Set<string>();
    f.aliases.forEach((a, i) => {
      const at = { file: f.file, line: a.line, column: a.column, code: M.AliasCollision.code };
      const key = `${f.collection}/${a.alias}`;
      // A record renamed back to the id it was first published under lists that id first, before
      // the ids it had since: the feeds name its entries by the first alias (src/lib/feeds.ts).
      if (a.alias === f.id && i === 0 && f.aliases.length > 1 && !f.aliases.slice(1).some((b) => b.alias === f.id)) {
        own.add(a.alias);
        return;
      }
      if (a.alias === f.id) {
        problems.push({ ...at, message: M.AliasCollision.message(a.alias, kind, undefined, 'own') });
      } else if (own.has(a.alias)) {
        problems.push({ ...at, message: M.AliasCollision.message(a.alias, kind, undefined, 'repeated') });
      } else if (ids.has(a.alias)) {
        problems.push({ ...at, message: M.AliasCollision.message(a.alias, kind, ids.get(a.alias)!.file, 'id') });
      } else if (owners.has(key)) {
        problems.push({ ...at, message: M.AliasCollision.message(a.alias, kind, owners.get(key)!.file, 'alias') });
      } else {
        owners.set(key, f);
      }
      own.add(a.alias);
    });
  }
  return problems;
}
