/**
 * How one article stands against the rest of the coverage:
 *
 * - what it said that others disputed: claims it holds true (asserts or qualifies) that another
 *   independent source disputes, or that are declared to contradict a claim another independent
 *   source holds true (now: not one it corrected in a later article, see {@link holdingSide});
 * - what it left out: claims of its story that most of the other independent sources covering
 *   the story mention (in any stance) and it does not. "Most" means more than half of them, and
 *   at least {@link LEFT_OUT_MIN_SOURCES}, so one other article alone never makes a gap. Only
 *   coverage that may have been out when it was published counts: an article certainly
 *   published after it (by their publication dates, see `dateSpan` in order.ts) reports what it
 *   could not have left out. An article known only by the date it was added may be older than
 *   that date, so it counts. A claim declared to contradict one the article holds true is not
 *   left out: the article took the other side (and "what it said that others disputed" shows it).
 *
 * "Other" always means another independent source: an article's syndicated copies and its
 * owner's other outlets are the same source, so they neither dispute it nor count as coverage
 * it left out. What a copy reports on its own (see `mentionSource` in independence.ts) is
 * another source's, so a copy disputing what its original held true disputes the original.
 */
import { isSupporting } from './corroboration.ts';
import type { Article } from './corpus.ts';
import type { Evidence, EvidenceIndex } from './evidence.ts';
import type { ArticleSlug, ClaimId } from './ids.ts';
import { sourceForArticle, type ArticleSource, type SourceKey } from './independence.ts';
import { articleDate, compareText, counted, dateSpan } from './order.ts';
import { ClaimTally } from './status.ts';

/** Fewest other independent sources that must mention a claim before an article is said to leave it out. */
export const LEFT_OUT_MIN_SOURCES = 2;

/**
 * How many of the mentions disputing a claim (or holding true one that contradicts it) an
 * article's view keeps, with how many there are: the most an article page quotes of them
 * (sub-pages.ts, `disputeLimits`), whose claim page quotes them all. Keeping them all made each
 * article holding true a claim that n articles dispute hold those n: n² for a claim in every article.
 */
export const DISPUTES_KEPT = 3;

/** A claim this article holds true that other sources dispute or contradict. */
export interface DisputedStatement {
  claim: ClaimId;
  /** This article's mentions holding it true, in document order. */
  ours: Evidence[];
  /** The first {@link DISPUTES_KEPT} of the other independent sources' mentions disputing it, in evidence order. */
  disputedBy: Evidence[];
  /** How many mentions of other independent sources dispute it. */
  disputes: number;
  /**
   * The first {@link DISPUTES_KEPT} of the claims declared to contradict it that other
   * independent sources hold true, in the order of its partners, each with the first
   * {@link DISPUTES_KEPT} of those sources' mentions holding it true and how many there are.
   */
  contradictedBy: { claim: ClaimId; evidence: Evidence[]; mentions: number }[];
  /** How many claims declared to contradict it other independent sources hold true (its claim page lists them all). */
  contradictions: number;
}

/** A claim most of the other coverage reported and this article did not. */
export interface LeftOutClaim {
  claim: ClaimId;
  /** Other independent sources mentioning it. */
  mentionedBy: number;
  /** Other independent sources covering the story that may have been out when it was published. */
  of: number;
  /** Other independent sources covering the story only certainly after it was published, left out of `of`. */
  after: number;
  /**
   * The first {@link DISPUTES_KEPT} of their mentions of it, in evidence order (the order of the
   * list reads the first). Keeping them all made each of the m articles leaving out a claim n
   * others mention hold those n: m × n for a claim most of a large story reports.
   */
  evidence: Evidence[];
}

/** The first {@link DISPUTES_KEPT} of a list that pass `keep`, stopping there. */
function firstKept<T>(list: readonly T[], keep: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (const item of list) {
    if (out.length === DISPUTES_KEPT) break;
    if (keep(item)) out.push(item);
  }
  return out;
}

const NO_EVIDENCE: readonly Evidence[] = [];

/** Mentions of one side of a claim, in evidence order: all of them, by source, and each source's first {@link DISPUTES_KEPT}. */
interface Side {
  all: Evidence[];
  bySource: Map<SourceKey, Evidence[]>;
  firsts: Evidence[];
  /** Each mention's place in `all`. */
  place: Map<Evidence, number>;
}

function side(list: Evidence[]): Side {
  const bySource = new Map<SourceKey, Evidence[]>();
  const firsts: Evidence[] = [];
  const place = new Map<Evidence, number>();
  list.forEach((e, i) => {
    place.set(e, i);
    const own = bySource.get(e.source.key);
    if (own) own.push(e);
    else bySource.set(e.source.key, [e]);
    if ((own?.length ?? 1) <= DISPUTES_KEPT) firsts.push(e);
  });
  return { all: list, bySource, firsts, place };
}

/**
 * The first `DISPUTES_KEPT` mentions of a side not from these sources, and how many there are.
 * They are among each source's first few, so this reads at most that many of each of the
 * sources it leaves out, however many mentions the side has.
 */
function others(s: Side, self: ReadonlySet<SourceKey>): { first: Evidence[]; count: number } {
  let count = s.all.length;
  for (const key of self) count -= s.bySource.get(key)?.length ?? 0;
  const first: Evidence[] = [];
  for (const e of s.firsts) {
    if (first.length === DISPUTES_KEPT) break;
    if (!self.has(e.source.key)) first.push(e);
  }
  return { first, count };
}

const stanceLists = new WeakMap<readonly Evidence[], { disputes: Side; supports: Side }>();

/**
 * A claim's mentions disputing it and holding it true, in evidence order, sorted out once per
 * claim: each article holding a claim true used to go through all its mentions (a claim in n
 * articles cost n² when few of them disputed it).
 */
function byStance(evidence: EvidenceIndex, claim: ClaimId): { disputes: Side; supports: Side } {
  const list = evidence.byClaim.get(claim) ?? NO_EVIDENCE;
  let lists = stanceLists.get(list);
  if (!lists) {
    lists = { disputes: side(list.filter((e) => e.stance === 'disputes')), supports: side(list.filter((e) => isSupporting(e.stance))) };
    stanceLists.set(list, lists);
  }
  return lists;
}

const holdingLists = new WeakMap<readonly Evidence[], Side>();

/**
 * The mentions holding a claim true of the sources that hold it true now, in evidence order: a
 * source that disputed it in a later article (a correction) no longer holds it, as its status
 * counts (`ClaimTally.holding` in status.ts), so it contradicts no claim declared against it.
 * Sorted out once per claim, and only for the claims declared to contradict another.
 */
function holdingSide(evidence: EvidenceIndex, claim: ClaimId): Side {
  const list = evidence.byClaim.get(claim) ?? NO_EVIDENCE;
  let holds = holdingLists.get(list);
  if (!holds) {
    const { supports, disputes } = byStance(evidence, claim);
    // Only a source on both sides can have withdrawn it.
    const holding = disputes.all.length === 0 ? undefined : ClaimTally.of(claim, list).holding;
    holds = !holding || holding.size === supports.bySource.size ? supports : side(supports.all.filter((e) => holding.has(e.source.key)));
    holdingLists.set(list, holds);
  }
  return holds;
}

/**
 * What an article said that other independent sources disputed, in the order the article first
 * mentions each claim. `partners` maps a claim to the claims declared to contradict it.
 */
export function disputedElsewhere(
  slug: ArticleSlug,
  evidence: EvidenceIndex,
  sources: ReadonlyMap<ArticleSlug, ArticleSource>,
  partners: ReadonlyMap<ClaimId, readonly ClaimId[]> = new Map(),
): DisputedStatement[] {
  const own = evidence.byArticle.get(slug) ?? [];
  // The article's own sources: its article's, and that of any claim it reports on its own.
  const self = new Set<SourceKey>([sourceForArticle(slug, sources).key, ...own.map((e) => e.source.key)]);
  const held = own.filter((e) => isSupporting(e.stance));
  const out: DisputedStatement[] = [];
  const selfKey = [...self].sort(compareText).join('\n');
  for (const claim of new Set(held.map((e) => e.claim))) {
    const disputedBy = others(byStance(evidence, claim).disputes, self);
    const { contradictedBy, contradictions } = rivalsHeld(evidence, claim, partners.get(claim) ?? [], self, selfKey);
    if (disputedBy.count === 0 && contradictions === 0) continue;
    out.push({ claim, ours: held.filter((e) => e.claim === claim), disputedBy: disputedBy.first, disputes: disputedBy.count, contradictedBy, contradictions });
  }
  return out;
}

/** A claim's declared partners that some source holds true, sorted out once per claim (see {@link rivalsHeld}). */
interface Rivals {
  partners: readonly ClaimId[];
  /** Those some source holds true, in the order of `partners`. */
  held: ClaimId[];
  /** Each of `held`'s place in it. */
  order: Map<ClaimId, number>;
  /** By source key, those of `held` the source holds true. */
  byKey: Map<SourceKey, ClaimId[]>;
  /** The answer for each set of an article's own sources, by their keys (sorted, one a line). */
  answers: Map<string, Pick<DisputedStatement, 'contradictedBy' | 'contradictions'>>;
  /** For each set of an article's own sources (as `answers`), their mentions holding any of `held` true (see {@link selfRivals}). */
  own: Map<string, Evidence[]>;
}

const rivalLists = new WeakMap<readonly Evidence[], Rivals>();

/** A claim's {@link Rivals}, sorted out once per claim and list of partners. */
function rivalsOf(evidence: EvidenceIndex, claim: ClaimId, partners: readonly ClaimId[]): Rivals {
  const list = evidence.byClaim.get(claim) ?? NO_EVIDENCE;
  let rivals = rivalLists.get(list);
  if (rivals?.partners !== partners) {
    const held = partners.filter((rival) => holdingSide(evidence, rival).all.length > 0);
    const byKey = new Map<SourceKey, ClaimId[]>();
    for (const rival of held) {
      for (const key of holdingSide(evidence, rival).bySource.keys()) {
        const those = byKey.get(key);
        if (those) those.push(rival);
        else byKey.set(key, [rival]);
      }
    }
    rivals = { partners, held, order: new Map(held.map((rival, i) => [rival, i])), byKey, answers: new Map(), own: new Map() };
    rivalLists.set(list, rivals);
  }
  return rivals;
}

/**
 * The claims declared to contradict a claim that sources other than `self` hold true: the first
 * {@link DISPUTES_KEPT}, each with its first mentions, and how many. Going through every partner
 * for each article holding the claim true cost n² for a claim n claims contradict, and listing
 * them all made n entries in each of those articles' views. Only the partners some source of
 * `self` holds true can be held by none other, so those are the ones looked at; the answer is
 * kept for each set of sources (every article of an outlet has the same).
 */
function rivalsHeld(
  evidence: EvidenceIndex,
  claim: ClaimId,
  partners: readonly ClaimId[],
  self: ReadonlySet<SourceKey>,
  selfKey: string,
): Pick<DisputedStatement, 'contradictedBy' | 'contradictions'> {
  if (partners.length === 0) return { contradictedBy: [], contradictions: 0 };
  const rivals = rivalsOf(evidence, claim, partners);
  const known = rivals.answers.get(selfKey);
  if (known) return known;
  // The partners only these sources hold true.
  const theirsOnly = new Set<ClaimId>();
  for (const key of self) {
    for (const rival of rivals.byKey.get(key) ?? []) {
      if (theirsOnly.has(rival)) continue;
      const { bySource } = holdingSide(evidence, rival);
      if (bySource.size <= self.size && [...bySource.keys()].every((k) => self.has(k))) theirsOnly.add(rival);
    }
  }
  const contradictedBy: DisputedStatement['contradictedBy'] = [];
  for (const rival of rivals.held) {
    if (contradictedBy.length === DISPUTES_KEPT) break;
    if (theirsOnly.has(rival)) continue;
    const { first, count } = others(holdingSide(evidence, rival), self);
    contradictedBy.push({ claim: rival, evidence: first, mentions: count });
  }
  const answer = { contradictedBy, contradictions: rivals.held.length - theirsOnly.size };
  rivals.answers.set(selfKey, answer);
  return answer;
}

/**
 * A claim an article holds true that its own source disputes in another of its articles, or
 * contradicts there by holding true a claim declared to contradict it (a figure it revised).
 */
export interface SelfDisputed {
  claim: ClaimId;
  /** The first {@link DISPUTES_KEPT} disputing mentions of the source's other articles, in evidence order. */
  disputedBy: Evidence[];
  /** How many disputing mentions the source's other articles have. */
  disputes: number;
  /**
   * The first {@link DISPUTES_KEPT} mentions of the source's other articles holding true a claim
   * declared to contradict it (each mention names its claim), in the order of its partners, then
   * of evidence.
   */
  contradictedBy: Evidence[];
  /** How many such mentions the source's other articles have. */
  contradictions: number;
}

/**
 * The claims an article holds true that its own source (its outlet, its owner's other outlets,
 * the articles it carries or that carry it) disputes in another article, or contradicts there by
 * holding true a claim declared to contradict it (`partners`): a later correction, a figure it
 * revised, or two articles of one source that disagree. Not "disputed by others", since a source
 * does not make a disagreement with itself, but not hidden either. In the order the article first
 * mentions each claim.
 */
export function disputedBySelf(
  slug: ArticleSlug,
  evidence: EvidenceIndex,
  sources: ReadonlyMap<ArticleSlug, ArticleSource>,
  partners: ReadonlyMap<ClaimId, readonly ClaimId[]> = new Map(),
): SelfDisputed[] {
  const own = evidence.byArticle.get(slug) ?? [];
  const self = new Set<SourceKey>([sourceForArticle(slug, sources).key, ...own.map((e) => e.source.key)]);
  const selfKey = [...self].sort(compareText).join('\n');
  const out: SelfDisputed[] = [];
  for (const claim of new Set(own.filter((e) => isSupporting(e.stance)).map((e) => e.claim))) {
    // The source's disputing mentions, less the article's own: the first few of each of its keys
    // that are not the article's are enough to find the first of them all.
    const { bySource, place } = byStance(evidence, claim).disputes;
    const first: Evidence[] = [];
    let disputes = 0;
    for (const key of self) {
      const list = bySource.get(key) ?? [];
      disputes += list.length - own.filter((e) => e.claim === claim && e.stance === 'disputes' && e.source.key === key).length;
      let kept = 0;
      for (const e of list) {
        if (kept === DISPUTES_KEPT) break;
        if (e.article.slug === slug) continue;
        first.push(e);
        kept++;
      }
    }
    const { contradictedBy, contradictions } = selfRivals(slug, own, evidence, claim, partners.get(claim) ?? [], self, selfKey);
    if (disputes > 0 || contradictions > 0) {
      out.push({ claim, disputedBy: first.sort((a, b) => place.get(a)! - place.get(b)!).slice(0, DISPUTES_KEPT), disputes, contradictedBy, contradictions });
    }
  }
  return out;
}

/**
 * The mentions of an article's own sources, in their other articles, holding true a claim
 * declared to contradict `claim`: the first {@link DISPUTES_KEPT} and how many. The list of all
 * of them is sorted out once for each set of sources (every article of an outlet has the same),
 * and only the rivals those sources hold true are read, so an article costs what its own
 * sources said, not every claim contradicting it.
 */
function selfRivals(
  slug: ArticleSlug,
  own: readonly Evidence[],
  evidence: EvidenceIndex,
  claim: ClaimId,
  partners: readonly ClaimId[],
  self: ReadonlySet<SourceKey>,
  selfKey: string,
): Pick<SelfDisputed, 'contradictedBy' | 'contradictions'> {
  if (partners.length === 0) return { contradictedBy: [], contradictions: 0 };
  const rivals = rivalsOf(evidence, claim, partners);
  let all = rivals.own.get(selfKey);
  if (!all) {
    const held = new Set<ClaimId>();
    for (const key of self) for (const rival of rivals.byKey.get(key) ?? []) held.add(rival);
    all = [];
    for (const rival of [...held].sort((a, b) => rivals.order.get(a)! - rivals.order.get(b)!)) {
      const { bySource, place } = holdingSide(evidence, rival);
      const theirs: Evidence[] = [];
      for (const key of self) theirs.push(...(bySource.get(key) ?? []));
      all.push(...theirs.sort((a, b) => place.get(a)! - place.get(b)!));
    }
    rivals.own.set(selfKey, all);
  }
  // Less the article's own: it holds both true at once, which its claims list shows.
  const mine = own.filter((e) => rivals.order.has(e.claim) && holdingSide(evidence, e.claim).place.has(e)).length;
  const contradictedBy: Evidence[] = [];
  for (const e of all) {
    if (contradictedBy.length === DISPUTES_KEPT) break;
    if (e.article.slug !== slug) contradictedBy.push(e);
  }
  return { contradictedBy, contradictions: all.length - mine };
}

/**
 * What an article page says its own source did to the claims it holds true ({@link disputedBySelf}):
 * "disputed", "contradicted" (held true a claim declared to contradict them), or both.
 */
export function selfDisputeVerb(list: readonly Pick<SelfDisputed, 'disputes' | 'contradictions'>[]): string {
  const disputed = list.some((d) => d.disputes > 0);
  const contradicted = list.some((d) => d.contradictions > 0);
  return disputed && contradicted ? 'disputed or contradicted' : contradicted ? 'contradicted' : 'disputed';
}

/**
 * What most of the other independent sources covering an article's story reported and the
 * article did not: ordered by how many sources mention it (most first), then by when it was
 * first mentioned, then by claim id. `storyArticles` are the articles of the story (the article
 * itself may be among them); `partners` maps a claim to the claims declared to contradict it.
 */
export function leftOut(
  article: Pick<Article, 'slug' | 'mentions' | 'published' | 'publishedOffset' | 'added' | 'addedOffset'>,
  storyArticles: readonly Pick<Article, 'slug' | 'published' | 'publishedOffset'>[],
  evidence: EvidenceIndex,
  sources: ReadonlyMap<ArticleSlug, ArticleSource>,
  partners: ReadonlyMap<ClaimId, readonly ClaimId[]> = new Map(),
): LeftOutClaim[] {
  const self = sourceForArticle(article.slug, sources).key;
  const covered = new Set(article.mentions.map((m) => m.claim));
  // A rival of a claim it holds true is no gap: it took the other side.
  for (const m of article.mentions) if (isSupporting(m.stance)) for (const rival of partners.get(m.claim) ?? []) covered.add(rival);
  // The latest it can have been published: an `added` date is an upper bound too.
  const { date, offset } = articleDate(article);
  const [, latest] = dateSpan(date, offset);
  const later = (other: Pick<Article, 'published' | 'publishedOffset'>) =>
    other.published !== undefined && dateSpan(other.published, other.publishedOffset)[0] > latest;
  const earlier = storyArticles.filter((other) => !later(other));
  const laterSources = new Set(storyArticles.filter(later).map((other) => sourceForArticle(other.slug, sources).key));
  const inStory = new Set(earlier.map((a) => a.slug));
  const otherSources = new Set<SourceKey>();
  const byClaim = new Map<ClaimId, Set<SourceKey>>();
  for (const other of earlier) {
    const key = sourceForArticle(other.slug, sources).key;
    if (key === self) continue;
    otherSources.add(key);
    for (const e of evidence.byArticle.get(other.slug) ?? []) {
      if (covered.has(e.claim)) continue;
      byClaim.set(e.claim, (byClaim.get(e.claim) ?? new Set<SourceKey>()).add(key));
    }
  }
  const total = otherSources.size;
  const after = [...laterSources].filter((key) => key !== self && !otherSources.has(key)).length;
  const out: LeftOutClaim[] = [];
  for (const [claim, keys] of byClaim) {
    if (keys.size < LEFT_OUT_MIN_SOURCES || keys.size * 2 <= total) continue;
    const theirs = firstKept(
      evidence.byClaim.get(claim) ?? [],
      (e) => inStory.has(e.article.slug) && sourceForArticle(e.article.slug, sources).key !== self,
    );
    out.push({ claim, mentionedBy: keys.size, of: total, after, evidence: theirs });
  }
  return sortLeftOut(out);
}

/** Compares numbers, infinities included (subtracting two equal infinities gives NaN). */
const compareNumbers = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

/** Most sources first, then first mentioned first, then by claim id. */
function sortLeftOut(out: LeftOutClaim[]): LeftOutClaim[] {
  const firstTime = (item: LeftOutClaim) => item.evidence[0]?.date.date.getTime() ?? Number.POSITIVE_INFINITY;
  return out.sort(
    (a, b) =>
      b.mentionedBy - a.mentionedBy ||
      (firstTime(a) === firstTime(b) ? 0 : firstTime(a) < firstTime(b) ? -1 : 1) ||
      compareText(a.claim, b.claim),
  );
}

/**
 * {@link leftOut} of every article of a story at once, by slug: the same lists, in one pass over
 * the story (calling it for each article reads every article of the story for each, which grows
 * with the square of the story). The articles are taken by when they can have been out at the
 * latest; the coverage that may have been out by then only grows, so each other article's
 * sources and mentions are counted once, when it joins, and claims are kept in buckets by how
 * many sources mention them, so that only those mentioned by enough of them are looked at.
 */
export function leftOutOfStory(
  storyArticles: readonly Pick<Article, 'slug' | 'mentions' | 'published' | 'publishedOffset' | 'added' | 'addedOffset'>[],
  evidence: EvidenceIndex,
  sources: ReadonlyMap<ArticleSlug, ArticleSource>,
  partners: ReadonlyMap<ClaimId, readonly ClaimId[]> = new Map(),
): Map<ArticleSlug, LeftOutClaim[]> {
  const keyOf = (slug: ArticleSlug) => sourceForArticle(slug, sources).key;
  // The earliest each may have been published: one with no publication date is never "later".
  const joining = storyArticles
    .map((a) => {
      const from = a.published === undefined ? Number.NaN : dateSpan(a.published, a.publishedOffset)[0];
      // As in leftOut, an invalid date is never "later" (every comparison with NaN is false).
      return { a, key: keyOf(a.slug), from: Number.isNaN(from) ? Number.NEGATIVE_INFINITY : from };
    })
    .sort((x, y) => compareNumbers(x.from, y.from));
  const asking = storyArticles
    .map((a) => {
      const { date, offset } = articleDate(a);
      const latest = dateSpan(date, offset)[1];
      return { a, key: keyOf(a.slug), latest: Number.isNaN(latest) ? Number.POSITIVE_INFINITY : latest };
    })
    .sort((x, y) => compareNumbers(x.latest, y.latest));
  /** Articles that have joined, and how many of each source have (and have yet to). */
  const joined = new Set<ArticleSlug>();
  const before = new Map<SourceKey, number>();
  const yet = new Map<SourceKey, number>();
  for (const { key } of joining) yet.set(key, (yet.get(key) ?? 0) + 1);
  /** Sources with articles yet to join and none joined. */
  let onlyLater = yet.size;
  /** For each claim, the sources of joined articles mentioning it; claims by how many, as buckets. */
  const claimSources = new Map<ClaimId, Map<SourceKey, number>>();
  const buckets: Set<ClaimId>[] = [];
  const out = new Map<ArticleSlug, LeftOutClaim[]>();
  let next = 0;
  for (const { a: article, key: self, latest } of asking) {
    for (; next < joining.length && joining[next]!.from <= latest; next++) {
      const { a, key } = joining[next]!;
      joined.add(a.slug);
      const had = before.get(key) ?? 0;
      const left = yet.get(key)!;
      if (had === 0 && left > 0) onlyLater--;
      before.set(key, had + 1);
      yet.set(key, left - 1);
      for (const e of evidence.byArticle.get(a.slug) ?? []) {
        let counts = claimSources.get(e.claim);
        if (!counts) claimSources.set(e.claim, (counts = new Map()));
        const n = counts.get(key) ?? 0;
        counts.set(key, n + 1);
        if (n > 0) continue;
        buckets[counts.size - 1]?.delete(e.claim);
        (buckets[counts.size] ??= new Set()).add(e.claim);
      }
    }
    // A rival of a claim it holds true is no gap (as in leftOut); asked of the few claims enough
    // sources mention, since adding every rival of each claim it holds true cost n² for a claim
    // n claims contradict.
    const mentioned = new Set(article.mentions.map((m) => m.claim));
    const held = [...new Set(article.mentions.filter((m) => isSupporting(m.stance)).map((m) => m.claim))];
    const covered = (claim: ClaimId) => mentioned.has(claim) || held.some((h) => partnerSet(partners, h).has(claim));
    const total = before.size - (before.has(self) ? 1 : 0);
    const after = onlyLater - ((yet.get(self) ?? 0) > 0 && !before.has(self) ? 1 : 0);
    const least = Math.max(LEFT_OUT_MIN_SOURCES, Math.floor(total / 2) + 1);
    const found: LeftOutClaim[] = [];
    for (let size = least; size < buckets.length; size++) {
      for (const claim of buckets[size] ?? []) {
        if (covered(claim)) continue;
        const mentionedBy = size - (claimSources.get(claim)!.has(self) ? 1 : 0);
        if (mentionedBy < least) continue;
        const theirs = firstKept(evidence.byClaim.get(claim) ?? [], (e) => joined.has(e.article.slug) && keyOf(e.article.slug) !== self);
        found.push({ claim, mentionedBy, of: total, after, evidence: theirs });
      }
    }
    out.set(article.slug, sortLeftOut(found));
  }
  return out;
}

const partnerSets = new WeakMap<readonly ClaimId[], Set<ClaimId>>();
const NO_PARTNERS = new Set<ClaimId>();

/** A claim's declared partners as a set, made once per list. */
function partnerSet(partners: ReadonlyMap<ClaimId, readonly ClaimId[]>, claim: ClaimId): ReadonlySet<ClaimId> {
  const list = partners.get(claim);
  if (!list) return NO_PARTNERS;
  let set = partnerSets.get(list);
  if (!set) partnerSets.set(list, (set = new Set(list)));
  return set;
}

/**
 * What a page says beside a claim an article left out: "mentioned by 3 of 4 other independent
 * sources". Mentioned, not reported: in any stance, so some of them may dispute it. When other
 * sources of the story came certainly after the article, and so do not count, it says what the
 * count is of, lest "2 of 2" read as all the coverage: "mentioned by 2 of the 2 other independent
 * sources that may have come before it (6 more came after it)".
 */
export function describeLeftOut(item: Pick<LeftOutClaim, 'mentionedBy' | 'of'> & Partial<Pick<LeftOutClaim, 'after'>>): string {
  const after = item.after ?? 0;
  if (after === 0) return `mentioned by ${item.mentionedBy} of ${counted(item.of, 'other independent source')}`;
  const those = item.of === 1 ? 'source that' : 'sources that';
  return `mentioned by ${item.mentionedBy} of the ${item.of} other independent ${those} may have come before it (${after} more came after it)`;
}
