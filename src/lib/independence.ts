/**
 * Independence: which articles are one source and which are separate ones. Corroboration only
 * means something when it comes from sources that did their own reporting, so every article is
 * collapsed to its independent source before anything is counted:
 *
 * 1. Follow `via` (syndicated or rewritten from) to the root article. A chain that loops back on
 *    itself stops, and every article of the loop takes the loop's smallest slug as its root; a
 *    `via` naming an article the corpus lacks ends the chain where it is.
 * 2. The root article's outlet is the source, unless the outlet names an `owner`: outlets with
 *    the same owner (compared without case or extra spaces) are one source. An outlet without
 *    an owner whose name is another outlet's owner is that owner: a group's own title and the
 *    outlets it owns are one source. Ownership is followed up: an outlet owned by an outlet that
 *    has an owner of its own counts with the owner at the top of the chain.
 * 3. An outlet marked `unidentified` never merges with anything, not even its own other
 *    articles: each root article from it is a source of its own, marked unidentified (we cannot
 *    tell whether two unattributed texts share an author, so we neither merge nor hide them).
 * 4. A copy carries its original's reporting, not more: a mention in an article with `via`
 *    counts as the original's source only as far up the chain as each article mentions the
 *    claim too without taking the other side of it (see {@link carriesReporting}). A claim the
 *    copy adds, or a dispute of what its original held true, is the copy's own reporting and
 *    counts as the source of the copy's own outlet (see {@link mentionSource}).
 */
import type { Article, Outlet } from './corpus.ts';
import type { ArticleSlug, ClaimId, OutletId } from './ids.ts';
import { outletOf, type CorpusLookup } from './lookup.ts';
import type { Mention, Stance } from './mentions.ts';
import { compareText, counted } from './order.ts';

/** What kind of thing an independent source is: an owner or group, a single outlet, or an unidentified text. */
export type SourceKind = 'owner' | 'outlet' | 'unidentified';

/** A source's key: equal keys are the same source. `owner:<owner>`, `outlet:<id>` or `unidentified:<root slug>`. */
export type SourceKey = `owner:${string}` | `outlet:${string}` | `unidentified:${string}`;

/** One independent source. */
export interface Source {
  key: SourceKey;
  kind: SourceKind;
  /**
   * What a reader sees: the owner's name as the outlet of that name spells it, else as the first
   * outlet (by id) naming it as owner spells it; or the outlet's name.
   */
  name: string;
  /** True when the publisher is unknown; such a source is counted but shown as unidentified. */
  unidentified: boolean;
  /** The outlets this source stands for, by id: every outlet of an owner, or the one outlet. */
  outlets: OutletId[];
}

/** How one article collapses to its source. */
export interface ArticleSource {
  article: ArticleSlug;
  /**
   * The next article up its `via` chain (see {@link followVia}): its `via`, when the corpus has
   * it and it is not the article itself; undefined when the article is a source of its own.
   */
  next: ArticleSlug | undefined;
  /** The last article of its `via` chain: the root, unless the chain loops (the article itself when there is no `via`). */
  end: ArticleSlug;
  /** The article whose reporting this one carries: the end of the `via` chain. */
  root: ArticleSlug;
  /** True when the `via` chain loops; the root is then the loop's smallest slug. */
  cycle: boolean;
  source: Source;
  /** The source of its own reporting (claims it adds to what it copies): its own outlet's, as if it had no `via`. */
  own: Source;
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
  // Where each slug is in the chain: looking a loop up in the chain itself made a chain of n
  // articles cost n² for each of them.
  const at = new Map<ArticleSlug, number>([[slug, 0]]);
  let current = articles.get(slug);
  while (current?.via !== undefined) {
    const next = current.via;
    if (!articles.has(next)) break;
    const loopStart = at.get(next);
    if (loopStart !== undefined) {
      const loop = chain.slice(loopStart).sort(compareText);
      return { chain, root: loop[0]!, cycle: true };
    }
    at.set(next, chain.length);
    chain.push(next);
    current = articles.get(next);
  }
  return { chain, root: chain.at(-1)!, cycle: false };
}

/** Where an article's `via` chain goes, as {@link followVia} finds it, without the articles between. */
export interface ViaLink {
  /** The chain's second article (undefined for a one-article chain). */
  next: ArticleSlug | undefined;
  /** Its last article. */
  end: ArticleSlug;
  root: ArticleSlug;
  cycle: boolean;
}

/**
 * {@link followVia} for many articles: each one's next link and where its chain ends, with the
 * links found so far in `known` (filled in as the walk goes), at which a walk stops. Each
 * article's chain is walked once, so a chain of n copies costs n, not n²/2 for their chains.
 * `known` must hold only links found in these `articles`.
 */
export function linkVia(
  slug: ArticleSlug,
  articles: ReadonlyMap<ArticleSlug, Pick<Article, 'via'>>,
  known: Map<ArticleSlug, ViaLink>,
): ViaLink {
  const hit = known.get(slug);
  if (hit) return hit;
  const path: ArticleSlug[] = [];
  const at = new Map<ArticleSlug, number>();
  const nextOf = (from: ArticleSlug) => {
    const via = articles.get(from)?.via;
    return via !== undefined && via !== from && articles.has(via) ? via : undefined;
  };
  let current: ArticleSlug | undefined = slug;
  let reached: ViaLink | undefined;
  let loopStart = -1;
  while (current !== undefined) {
    reached = known.get(current);
    if (reached) break;
    const seen = at.get(current);
    if (seen !== undefined) {
      loopStart = seen;
      break;
    }
    at.set(current, path.length);
    path.push(current);
    const via: ArticleSlug | undefined = articles.get(current)?.via;
    // A `via` naming the article itself is a loop of one.
    if (via === current) loopStart = path.length - 1;
    current = via !== undefined && via !== current && articles.has(via) ? via : undefined;
  }
  if (loopStart !== -1) {
    // Every article of the loop takes its smallest slug as root; the chain of one of them ends at
    // the article before it in the loop, and the chain of one leading into the loop where the
    // walk came round.
    const loop = path.slice(loopStart);
    const root = [...loop].sort(compareText)[0]!;
    loop.forEach((member, i) => known.set(member, { next: nextOf(member), end: loop[(i + loop.length - 1) % loop.length]!, root, cycle: true }));
    for (const member of path.slice(0, loopStart)) known.set(member, { next: nextOf(member), end: path.at(-1)!, root, cycle: true });
  } else {
    const { end, root, cycle } = reached ?? { end: path.at(-1)!, root: path.at(-1)!, cycle: false };
    for (const member of path) known.set(member, { next: nextOf(member), end, root, cycle });
  }
  return known.get(slug)!;
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
  const owner = outlet.owner?.trim() || (owners.has(ownerKey(outlet.name)) ? outlet.name.trim() : undefined);
  const key = topOwners.get(owners)?.get(outlet.id) ?? (owner ? ownerKey(owner) : undefined);
  if (key !== undefined) {
    const group = owners.get(key) ?? [outlet];
    return {
      key: `owner:${key}`,
      kind: 'owner',
      name:
        group.find((o) => !o.owner?.trim() && ownerKey(o.name) === key)?.name ??
        group.map((o) => o.owner?.trim()).find((name) => name !== undefined && ownerKey(name) === key) ??
        owner ??
        key,
      unidentified: false,
      outlets: group.map((o) => o.id),
    };
  }
  return { key: `outlet:${outlet.id}`, kind: 'outlet', name: outlet.name, unidentified: false, outlets: [outlet.id] };
}

/** For each map {@link groupOwners} made, the key of the group each outlet in it is counted with. */
const topOwners = new WeakMap<ReadonlyMap<string, readonly Outlet[]>, ReadonlyMap<OutletId, string>>();

/**
 * Identified outlets grouped by owner key, each group sorted by outlet id. Ownership is followed
 * up: an outlet whose owner is itself an outlet with an owner is counted with that owner, to the
 * top of the chain (in a loop of owners, the smallest key). An outlet without an owner joins the
 * group its name keys, when other outlets name it as their owner.
 */
export function groupOwners(outlets: Iterable<Outlet>): Map<string, Outlet[]> {
  const identified = [...outlets].filter((o) => !o.unidentified);
  const byName = new Map<string, Outlet>();
  const byId = new Map<string, Outlet>();
  for (const outlet of [...identified].sort((a, b) => compareText(a.id, b.id))) {
    if (!byName.has(ownerKey(outlet.name))) byName.set(ownerKey(outlet.name), outlet);
    byId.set(outlet.id, outlet);
  }
  // An owner is an owner's name; one that names no outlet but is an outlet's id stands for that
  // outlet (the checks give a notice, owner-id, asking for its name).
  const keyOf = (owner: string) => {
    const key = ownerKey(owner);
    const outlet = byName.has(key) ? undefined : byId.get(owner.trim());
    return outlet ? ownerKey(outlet.name) : key;
  };
  const owned = new Set(identified.flatMap((o) => (o.owner?.trim() ? [keyOf(o.owner)] : [])));
  // Each owner key's top, found once: walking each outlet's chain to the top cost n³ for a chain
  // of n owners (n walks, each searching its path at each step). Every key of a walk has the
  // walk's top (each key names one outlet, so one owner).
  const tops = new Map<string, string>();
  const topOfKey = (start: string): string => {
    const path: string[] = [];
    const at = new Map<string, number>();
    let key = start;
    let top: string;
    for (;;) {
      const known = tops.get(key);
      if (known !== undefined) {
        top = known;
        break;
      }
      const loop = at.get(key);
      if (loop !== undefined) {
        top = path.slice(loop).sort(compareText)[0]!;
        break;
      }
      at.set(key, path.length);
      path.push(key);
      const next = byName.get(key)?.owner?.trim();
      if (!next) {
        top = key;
        break;
      }
      key = keyOf(next);
    }
    for (const k of path) tops.set(k, top);
    return top;
  };
  const topOf = (outlet: Outlet): string | undefined => {
    const own = ownerKey(outlet.name);
    if (!outlet.owner?.trim()) return owned.has(own) ? own : undefined;
    // The outlet its name keys: its chain is that of its key. Another of that name (the checks
    // report the duplicate) walks its own.
    if (byName.get(own) === outlet) return topOfKey(own);
    const path = [own];
    let key = keyOf(outlet.owner);
    for (;;) {
      const at = path.indexOf(key);
      if (at !== -1) return path.slice(at).sort(compareText)[0]!;
      path.push(key);
      const next = byName.get(key)?.owner?.trim();
      if (!next) return key;
      key = keyOf(next);
    }
  };
  const owners = new Map<string, Outlet[]>();
  const topIds = new Map<OutletId, string>();
  for (const outlet of identified) {
    const top = topOf(outlet);
    if (top === undefined) continue;
    topIds.set(outlet.id, top);
    const group = owners.get(top);
    if (group) group.push(outlet);
    else owners.set(top, [outlet]);
  }
  for (const group of owners.values()) group.sort((a, b) => compareText(a.id, b.id));
  topOwners.set(owners, topIds);
  return owners;
}

/** Collapses every article of the corpus to its independent source, by slug. */
export function resolveSources(lookup: Pick<CorpusLookup, 'articles' | 'outlets'>): Map<ArticleSlug, ArticleSource> {
  const owners = groupOwners(lookup.outlets.values());
  const sources = new Map<ArticleSlug, ArticleSource>();
  const links = new Map<ArticleSlug, ViaLink>();
  for (const article of lookup.articles.values()) {
    const { next, end, root, cycle } = linkVia(article.slug, lookup.articles, links);
    const rootArticle = lookup.articles.get(root) ?? article;
    const source = sourceOf(outletOf(lookup, rootArticle.outlet), root, owners);
    const own = root === article.slug ? source : sourceOf(outletOf(lookup, article.outlet), article.slug, owners);
    sources.set(article.slug, { article: article.slug, next, end, root, cycle, source, own });
  }
  return sources;
}

/** Which side of a claim a stance takes: 1 holds it true (asserts, qualifies), -1 disputes it, 0 only quotes it. */
function sideOf(stance: Stance): -1 | 0 | 1 {
  return stance === 'disputes' ? -1 : stance === 'quotes' ? 0 : 1;
}

/**
 * Whether a copy's mention of a claim, in this stance, carries the reporting of the article it
 * copies (`original`). It does when the original mentions the claim too, unless the copy takes
 * the other side: it disputes a claim the original never disputes, or holds true a claim the
 * original only disputes. A copy quoting what its original said, or asserting what its original
 * quoted, still carries the original's reporting.
 */
export function carriesReporting(
  original: Pick<Article, 'mentions'> | undefined,
  claim: ClaimId,
  stance: Stance,
): boolean {
  const sides = new Set<number>();
  for (const m of original?.mentions ?? []) if (m.claim === claim) sides.add(sideOf(m.stance));
  if (sides.size === 0) return false;
  const side = sideOf(stance);
  return side === 0 || sides.has(side) || (side === 1 && sides.has(0));
}

/**
 * The source one mention of an article counts as: its article's source when the mention
 * carries the reporting of every article up the `via` chain to the root (see
 * {@link carriesReporting}); otherwise the own source of the last article up the chain it
 * carries (the article itself when the original does not report it).
 */
export function mentionSource(
  slug: ArticleSlug,
  mention: Pick<Mention, 'claim' | 'stance'>,
  articles: ReadonlyMap<ArticleSlug, Pick<Article, 'mentions'>>,
  sources: ReadonlyMap<ArticleSlug, ArticleSource>,
): Source {
  const entry = sources.get(slug);
  if (!entry) return sourceForArticle(slug, sources);
  const stop = carriedTo(entry, mention, articles, sources);
  if (stop === entry.end) return entry.source;
  return sources.get(stop)?.own ?? entry.own;
}

/** For each article's source, the last article up its chain that a mention of a claim on a side carries, by claim and side. */
const carried = new WeakMap<ArticleSource, Map<string, ArticleSlug>>();

/**
 * The last article up an article's `via` chain whose reporting a mention carries (see
 * {@link mentionSource}). An article outside a loop carries as far as the next one up does
 * (their chains end alike), so that is found once per article, claim and side: walking each
 * mention's whole chain cost n² for a chain of n copies mentioning one claim.
 */
function carriedTo(
  entry: ArticleSource,
  mention: Pick<Mention, 'claim' | 'stance'>,
  articles: ReadonlyMap<ArticleSlug, Pick<Article, 'mentions'>>,
  sources: ReadonlyMap<ArticleSlug, ArticleSource>,
): ArticleSlug {
  const carries = (next: ArticleSlug) => carriesReporting(articles.get(next), mention.claim, mention.stance);
  // A loop's own articles (each one's chain ends just before it): their chains are walked whole.
  const inLoop = (e: ArticleSource) => e.cycle && sources.get(e.end)?.next === e.article;
  const walk = (e: ArticleSource) => {
    let at = e.article;
    while (at !== e.end) {
      const next = sources.get(at)?.next;
      if (next === undefined || !carries(next)) break;
      at = next;
    }
    return at;
  };
  if (inLoop(entry)) return walk(entry);
  const key = `${mention.claim}\n${sideOf(mention.stance)}`;
  const path: ArticleSource[] = [];
  let at = entry;
  let stop: ArticleSlug;
  for (;;) {
    const known = carried.get(at)?.get(key);
    if (known !== undefined) {
      stop = known;
      break;
    }
    path.push(at);
    const next = at.article === at.end ? undefined : at.next;
    const up = next === undefined ? undefined : sources.get(next);
    if (next === undefined || !up || !carries(next)) {
      stop = at.article;
      break;
    }
    if (inLoop(up)) {
      stop = walk(up);
      break;
    }
    at = up;
  }
  for (const e of path) {
    let memo = carried.get(e);
    if (!memo) carried.set(e, (memo = new Map()));
    memo.set(key, stop);
  }
  return stop;
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

/**
 * How many independent sources a set of articles comes to (repeated slugs count once). `also`
 * adds the sources of their mentions (see {@link mentionSource}), so that a copy reporting
 * something on its own counts as the source it is for that.
 */
export function countIndependent(
  slugs: Iterable<ArticleSlug>,
  sources: ReadonlyMap<ArticleSlug, ArticleSource>,
  also: Iterable<Source> = [],
): IndependenceCount {
  const articles = new Set(slugs);
  const keys = new Map<SourceKey, Source>();
  for (const slug of articles) {
    const source = sourceForArticle(slug, sources);
    keys.set(source.key, source);
  }
  for (const source of also) keys.set(source.key, source);
  let unidentified = 0;
  for (const source of keys.values()) if (source.unidentified) unidentified++;
  return { sources: keys.size, articles: articles.size, unidentified };
}

/**
 * What an article page says it is counted as, or undefined when it is a source of its own (no
 * `via`, and an outlet no other shares an owner with): "one independent source with Coastal
 * Media's other outlet, except for its own reporting on 1 claim". `carried` is the outlet of the
 * article it carries (its `via`), when the corpus has it. An article of an outlet sharing its
 * owner is counted with that owner's other outlets, not "with" the owner it is part of (nor, when
 * the outlet is the owner, with itself); one carrying another of its own outlet's is counted "with
 * the article it carries, from the same outlet" (and its owner's other outlets). `ownReporting` is
 * how many claims it reports on its own (see {@link mentionSource}); `carriedReporting`, for a copy
 * of a copy, the sources up its chain whose own reporting it carries, with how many claims: "…,
 * and with The Harbour Times for 1 claim".
 */
export function describeCountedAs(
  entry: Pick<ArticleSource, 'next' | 'source'>,
  outlet: OutletId,
  ownReporting = 0,
  carried?: OutletId,
  carriedReporting: readonly { name: string; claims: number }[] = [],
): string | undefined {
  const { next, source } = entry;
  if (source.outlets.length <= 1 && next === undefined) return undefined;
  const also = carriedReporting.map(({ name, claims }) => `, and with ${name} for ${counted(claims, 'claim')}`).join('');
  const own = `${also}${ownReporting > 0 ? `, except for its own reporting on ${counted(ownReporting, 'claim')}` : ''}`;
  // The outlet is one of the group it counts as: "with" the group's name read as another source.
  if (source.outlets.length > 1 && source.outlets.includes(outlet)) {
    const others = source.outlets.length - 1;
    const group = `${source.name}’s ${others === 1 ? 'other outlet' : `${others} other outlets`}`;
    if (next === undefined) return `one independent source with ${group}${own}`;
    const from = carried === outlet ? ', from the same outlet, and with' : ' and';
    return `one independent source with the article it carries${from} ${group}${own}`;
  }
  const sameOutlet = next !== undefined && source.outlets.length === 1 && source.outlets[0] === outlet;
  // An unidentified original has no outlet to name: its outlet's name is our description of the text.
  const other = sameOutlet ? 'the article it carries, from the same outlet' : source.unidentified ? 'its original, whose source is unidentified' : source.name;
  return `one independent source with ${other}${own}`;
}

/** "3 independent of 4 articles", with ", 1 unidentified" when some sources are unidentified. */
export function describeIndependence(count: IndependenceCount): string {
  const base = `${count.sources} independent of ${counted(count.articles, 'article')}`;
  return count.unidentified > 0 ? `${base}, ${count.unidentified} unidentified` : base;
}

/** Names as a reader lists them: `A`, `A and B`, `A, B and C`; beyond three, `A, B, C and 4 other outlets`. */
function listed(names: readonly string[]): string {
  if (names.length > 3) return `${names.slice(0, 3).join(', ')} and ${counted(names.length - 3, 'other outlet')}`;
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/**
 * Why some of a claim's mentions from different outlets count as one source, for a reader who
 * sees three outlets and "1 independent of 3 articles": "Harbor News and Metro Daily have one
 * owner, Harbor Media; Relay A and Relay B carry Wire Service's reporting", or, with the owner's
 * own outlet among them, "Harbor Media owns Harbor News and Metro Daily". The first `limit` such
 * sources, in the order of their first mention, then how many more; undefined when every source
 * is one outlet. Unidentified sources are never merged, so never named here.
 */
export function describeSharedSources(
  evidence: readonly { outlet: Pick<Outlet, 'id' | 'name'>; source: Source }[],
  limit = 3,
): string | undefined {
  const bySource = new Map<SourceKey, { source: Source; outlets: Map<OutletId, string> }>();
  for (const { outlet, source } of evidence) {
    if (source.unidentified) continue;
    const entry = bySource.get(source.key) ?? { source, outlets: new Map<OutletId, string>() };
    entry.outlets.set(outlet.id, outlet.name);
    bySource.set(source.key, entry);
  }
  const shared = [...bySource.values()].filter((s) => s.outlets.size > 1);
  if (shared.length === 0) return undefined;
  const clauses = shared.slice(0, limit).map(({ source, outlets }) => {
    const members = [...outlets].filter(([id]) => source.kind === 'owner' && source.outlets.includes(id)).map(([, name]) => name);
    const copies = [...outlets].filter(([id]) => !(source.kind === 'owner' ? source.outlets.includes(id) : id === source.outlets[0])).map(([, name]) => name);
    const parts: string[] = [];
    // The owner's own outlet among them owns the others: they do not "have one owner" with it.
    const owned = members.filter((name) => ownerKey(name) !== ownerKey(source.name));
    if (members.length > 1) parts.push(owned.length < members.length ? `${source.name} owns ${listed(owned)}` : `${listed(members)} have one owner, ${source.name}`);
    if (copies.length > 0) parts.push(`${listed(copies)} ${copies.length === 1 ? 'carries' : 'carry'} ${source.name}’s reporting`);
    return parts.join(', and ');
  });
  const more = shared.length - limit;
  return `${clauses.join('; ')}${more > 0 ? `; and ${more} more such ${more === 1 ? 'source' : 'sources'}` : ''}`;
}

/**
 * What a story page adds to {@link describeSharedSources} when copies (`via`) report claims on
 * their own (see {@link mentionSource}), which count as their own outlets' sources, so that the
 * story's count of sources is not more than the outlets named as one source leave: "Metro Daily
 * counts apart for the 1 claim it reports on its own", or "P1, P2 and P3 count apart for the
 * claims they report on their own". `outlets`: each such outlet's name, with how many claims its
 * copies report on their own. Undefined when no copy does.
 */
export function describeOwnReporting(outlets: ReadonlyMap<string, number>): string | undefined {
  const names = [...outlets.keys()];
  if (names.length === 0) return undefined;
  if (names.length > 1) return `${listed(names)} count apart for the claims they report on their own`;
  const claims = outlets.get(names[0]!)!;
  return `${names[0]!} counts apart for the ${counted(claims, 'claim')} it reports on its own`;
}
