/**
 * A derived status per claim, with one plain sentence that explains it using the claim's own
 * numbers. The editor's `verdict` is a separate thing and is never folded in here.
 *
 * Rules, first match wins (counts are independent sources, see independence.ts):
 *
 * 1. `unmentioned`: no article mentions the claim yet.
 * 2. `contested`: some source holds it true (asserts or qualifies; one that disputed it in a
 *    later article no longer does, see below) and either some source disputes it, or some source holds true a claim declared to contradict it (in either
 *    direction; held true in the same sense: a source that corrected that claim later no longer holds it). Numbers are not weighed: five against one is contested, as is one against one;
 *    the sentence gives the numbers so the reader can weigh them.
 * 3. `corroborated`: held true by two or more sources, not counting those holding it true only by
 *    the word of the claim's own subject (see {@link ownWordOf}: a company's press release on
 *    itself, a wire copy of it, a paper the company owns): the party a claim is about confirms
 *    nothing by saying it. The sentence names that party apart ("besides Acme Corp (1 article), the
 *    word of the party the claim is about").
 * 4. `single-source`: held true by exactly one such source (however many articles carry it), or
 *    only by the claim's own subject.
 * 5. `disputed`: disputed, and held true by none, or only by sources that disputed it later, or
 *    a forecast held true only by sources that held true later a claim contradicting it (below).
 * 6. `reported-only`: only ever quoted as someone else's statement.
 *
 * A qualification counts as a hedged assertion: a source that qualifies a claim holds it true
 * with a caveat, so it counts towards corroboration and can make a claim contested. The sentence
 * says how many sources only qualify it, so the caveat is never hidden.
 *
 * One source can be on both sides (two outlets of one owner disagreeing, or one article
 * asserting a claim and disputing it, or asserting it and a claim that contradicts it): it is
 * counted on each side, and the sentence says so, so that "asserted by 1, disputed by 1" is
 * never read as two sources disagreeing when it is one. When every such source disputed the claim
 * only after it had held it true (a correction or a change of mind: each disputing article
 * certainly published after its asserting ones, by `dateSpan`), the sentence says that it "had
 * asserted it in an earlier article", not that it "also asserts" it, as if at once; and a source
 * on both sides that only qualifies it "also asserts it with a qualification". So with a claim
 * that contradicts it: a source that held it true only before holding that claim true (a forecast
 * it reported, then the outcome that proved it wrong), or only after, "had asserted this one in an
 * earlier article", or "asserted this one in a later article" (see {@link heldInTurn}).
 *
 * A source's later dispute is its latest word: when every source that held the claim true disputed
 * it later, none holds it true any longer, and the claim is `disputed`, not `contested` (a claim
 * whose only source asserted it and then corrected itself is not a disagreement between sources).
 * The sentence says they had asserted it in earlier articles, and that none asserts it now. While
 * another source still holds it true, it stays `contested`, the sentence saying which changed.
 * So across a declared contradiction with a forecast (`kind: prediction`; see {@link laterWords}): a
 * source that held a forecast true and then, certainly later, held true a claim contradicting it
 * (the outcome that proved it wrong) holds the forecast no longer, and a claim every source of which did so is `disputed` ("A
 * claim it contradicts is asserted by 1 independent source, which had asserted this one in an
 * earlier article; none asserts it now."); and its earlier word no longer contests the claim it
 * holds true now: an outcome contradicted only by its own source's earlier forecast is not
 * `contested`, and its sentence says the source "had asserted a claim it contradicts in an
 * earlier article".
 * The other way round too: when every source that disputed it held it true in a later article,
 * and no claim contradicting it is held true, none disputes it now, and it is `corroborated` or
 * `single-source`, the sentence saying which had disputed it earlier.
 */
import { sourceKeys, type Corroboration } from './corroboration.ts';
import type { Claim, Entity, Outlet, VerdictRating } from './corpus.ts';
import type { Evidence } from './evidence.ts';
import type { ClaimId, EntityId } from './ids.ts';
import { ownerKey, type IndependenceCount, type SourceKey } from './independence.ts';
import { counted, dateSpan } from './order.ts';

/** The statuses, from the most to the least pressing (the order lists and legends use). */
export const CLAIM_STATUSES = [
  'contested',
  'corroborated',
  'single-source',
  'disputed',
  'reported-only',
  'unmentioned',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** What a reader sees for each status. */
export const STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  contested: 'Contested',
  corroborated: 'Corroborated',
  'single-source': 'Single source',
  disputed: 'Disputed',
  'reported-only': 'Reported only',
  unmentioned: 'Not yet covered',
};

/** A claim's derived status, the sentence explaining it, and the numbers behind it. */
export interface StatusAssessment {
  claim: ClaimId;
  status: ClaimStatus;
  label: string;
  /** One sentence, with the claim's numbers, such as "Asserted by 3 independent sources (of 4 articles); none disputes it." */
  sentence: string;
  /** Sources (and articles) holding the claim true: asserting or qualifying it. */
  support: IndependenceCount;
  /** Of the supporting sources, how many only qualify it (never assert it plainly). */
  qualifiedOnly: number;
  dispute: IndependenceCount;
  /** Sources that only ever quote it. */
  quotesOnly: IndependenceCount;
  /** Claims declared to contradict this one that some source holds true, in the order given. */
  rivals: ClaimId[];
  /** Distinct sources holding any of the rivals true. */
  rivalSupport: number;
  /** Of the sources holding it true, how many also dispute it or hold a rival true: on both sides. */
  bothSides: number;
  /**
   * When every source holding both it and a rival true held them in turn, the same way: `earlier`
   * when each held this one only before the rival (a figure it revised), `later` when only after.
   */
  rivalsInTurn?: 'earlier' | 'later' | undefined;
  /**
   * The names of the claim's own subjects when every dispute of it is published by them and none
   * of them holds it true (see `deriveStatus`): their denial, not an independent source's dispute.
   */
  deniedBy?: readonly string[] | undefined;
  /**
   * The sources holding it true only by the word of the claim's own subject (see `ownWordOf`), by
   * key: no confirmation of it, and no side in a disagreement over it. Absent when none.
   */
  ownWord?: readonly SourceKey[] | undefined;
}

/**
 * What the parentheses after a count of sources add to "of 3 articles": how many only qualify
 * it, and how many are unidentified. Inside the parentheses, so that a clause after them, "2 of
 * which also assert it", reads as of all the sources, not of the 2 unidentified ones.
 */
function extras(qualifiedOnly: number, count: IndependenceCount): string {
  const bits: string[] = [];
  if (qualifiedOnly > 0 && qualifiedOnly < count.sources) bits.push(`${qualifiedOnly} only with a qualification`);
  if (count.unidentified > 0) {
    // Unidentified texts are never merged (independence.ts): when they are all there is, say what that rests on.
    const all = count.unidentified === count.sources;
    const apart = 'counted apart though they may share a publisher';
    if (count.articles === count.sources) {
      bits.push(count.sources === 1 ? 'unidentified' : all ? `all unidentified, ${apart}` : `${count.unidentified} unidentified`);
    } else {
      // More articles than sources: an identified outlet's copy (`via`) of an unidentified text
      // counts with it, so "of 3 articles, all unidentified" said of the articles what is true of
      // the sources. Say it of the sources.
      const sources = all ? (count.sources === 1 ? 'its source' : count.sources === 2 ? 'both sources' : `all ${count.sources} sources`) : counted(count.unidentified, 'source');
      bits.push(`${sources} unidentified${all && count.sources > 1 ? `, ${apart}` : ''}`);
    }
  }
  return bits.length > 0 ? `, ${bits.join(' and ')}` : '';
}

/**
 * ", which also asserts it", ", 2 of which also assert it": how many of `of` sources are also on
 * the other side; ", which also asserts it in the same article" when each of the `sameArticles`
 * disputing articles holds it true too (one article asserting and disputing a claim).
 */
function alsoAsserting(both: number, of: number, what: string, sameArticles = 0): string {
  if (both === 0) return '';
  const same = sameArticles === 0 ? '' : sameArticles === 1 ? ' in the same article' : ' in the same articles';
  if (both === of) return of === 1 ? `, which also asserts ${what}${same}` : `, all of which also assert ${what}${same}`;
  return `, ${both} of which also ${both === 1 ? 'asserts' : 'assert'} ${what}`;
}

/**
 * ", which had asserted it in an earlier article", ", all of which had asserted it in earlier
 * articles", ", 1 of which had…": for disputing sources that held the claim true only before.
 */
function assertedEarlier(both: number, of: number, what: string): string {
  if (both === of) return of === 1 ? `, which had asserted ${what} in an earlier article` : `, all of which had asserted ${what} in earlier articles`;
  return `, ${both} of which had asserted ${what} in ${both === 1 ? 'an earlier article' : 'earlier articles'}`;
}

/** One source's part in a claim's tally: its mentions by side, and when it took each side. */
interface SourceTally {
  unidentified: boolean;
  asserts: number;
  /**
   * Of its mentions holding the claim true, how many are the word of the claim's own subject (see
   * {@link ownWordOf}), and the name of that subject, from the first.
   */
  selfHeld: number;
  selfName: string | undefined;
  /**
   * Mentions holding the claim true (asserts, qualifies), disputing it, and only quoting it, in the
   * order they were added: sets, since taking one out of an array of n cost n.
   */
  held: Set<Evidence>;
  disputed: Set<Evidence>;
  quoted: Set<Evidence>;
  /**
   * Of each side, the latest end of its articles' date spans, the earliest start, and how many are
   * dated only by `added`. The latest and earliest are read only for a source on both sides; when
   * a mention that held one of them is taken out, they are marked `stale`, and read from the
   * side's mentions again only when needed: reading them at each such removal cost n² for a
   * source of n mentions taken out one by one (a chain of copies whose originals arrive last).
   */
  heldStale: boolean;
  disputedStale: boolean;
  heldLatest: number;
  heldEarliest: number;
  heldUndated: number;
  disputedLatest: number;
  disputedEarliest: number;
  disputedUndated: number;
}

/** What one source adds to a claim's counts (see {@link ClaimTally}), as bits. */
const SUPPORTING = 1;
const ASSERTING = 2;
const DISPUTING = 4;
const QUOTES_ONLY = 8;
const UNIDENTIFIED = 16;
const WITHDRAWN = 32;
const RECANTED = 64;
/** Every mention by which it holds the claim true is the claim's own subject's word (see {@link ownWordOf}). */
const SELF = 128;
/** Every mention by which it holds the claim true has a publication date (see {@link ClaimTally.datedHolders}). */
const DATED = 256;

const span = (e: Evidence) => dateSpan(e.date.date, e.date.offset);

/** One side's dates, from its mentions: the latest end, the earliest start, and how many are not publication dates. */
function sideDates(items: Iterable<Evidence>): [latest: number, earliest: number, undated: number] {
  let latest = -Infinity;
  let earliest = Infinity;
  let undated = 0;
  for (const e of items) {
    const [start, end] = span(e);
    latest = Math.max(latest, end);
    earliest = Math.min(earliest, start);
    if (e.date.basis !== 'published') undated++;
  }
  return [latest, earliest, undated];
}

/** A source's part in the counts, as bits: which sides it takes, and whether it took one only after the other. */
function contribution(s: SourceTally): number {
  const supporting = s.held.size > 0;
  const disputing = s.disputed.size > 0;
  const both = supporting && disputing;
  if (both && s.heldStale) {
    [s.heldLatest, s.heldEarliest, s.heldUndated] = sideDates(s.held);
    s.heldStale = false;
  }
  if (both && s.disputedStale) {
    [s.disputedLatest, s.disputedEarliest, s.disputedUndated] = sideDates(s.disputed);
    s.disputedStale = false;
  }
  return (
    (supporting ? SUPPORTING : 0) |
    (s.asserts > 0 ? ASSERTING : 0) |
    (disputing ? DISPUTING : 0) |
    (s.quoted.size > 0 && !supporting && !disputing ? QUOTES_ONLY : 0) |
    (s.unidentified ? UNIDENTIFIED : 0) |
    (both && s.disputedUndated === 0 && s.disputedEarliest > s.heldLatest ? WITHDRAWN : 0) |
    (both && s.heldUndated === 0 && s.heldEarliest > s.disputedLatest ? RECANTED : 0) |
    (supporting && s.selfHeld === s.held.size ? SELF : 0) |
    (supporting && s.heldUndated === 0 ? DATED : 0)
  );
}

/**
 * What {@link deriveStatus} needs of a claim's coverage, kept up to date as mentions are added
 * and removed, so that the status history (status-history.ts) can assess a claim at each step
 * without reading all its evidence again: a claim in every one of n articles cost n² there. Each
 * source's sides and dates are kept, and the counts change by what the source changed, so adding
 * or removing a mention costs the same however many the claim has (removing the mention that
 * held a side's latest or earliest date makes the source's mentions of the side be read again,
 * once, the next time a source on both sides needs them).
 *
 * "Disputed later" and "held later" are the rules of the module comment: each of the source's
 * disputing (holding) articles has a publication date certainly after every one of its holding
 * (disputing) articles, by `dateSpan`.
 */
export class ClaimTally {
  readonly claim: ClaimId;
  /** The claim's subjects (its entities and speaker): a source of theirs holding it true is their own word, not confirmation. */
  private readonly subjects: readonly Entity[];
  private count = 0;
  /** The sources holding it true, and those disputing it. */
  readonly supporting = new Set<SourceKey>();
  readonly disputing = new Set<SourceKey>();
  /** Of the supporting sources, those that disputed it later (a correction): they no longer hold it true. */
  private readonly withdrawing = new Set<SourceKey>();
  /** Of the disputing sources, those that held it true later: they no longer dispute it. */
  private readonly recanting = new Set<SourceKey>();
  private readonly sources = new Map<SourceKey, SourceTally>();
  /** Each group's articles, with how many of its mentions are in each. */
  private readonly heldArticles = new Map<string, number>();
  private readonly disputedArticles = new Map<string, number>();
  private readonly quotedArticles = new Map<string, number>();
  /** The articles holding it true by the word of its own subject, and by any other source's. */
  private readonly selfArticles = new Map<string, number>();
  private readonly otherArticles = new Map<string, number>();
  /** The supporting sources whose every mention holding it true is its subject's own word. */
  private readonly selfSources = new Map<SourceKey, string>();
  private readonly counts = {
    supportUnidentified: 0,
    disputeUnidentified: 0,
    quotesOnly: 0,
    quotesOnlyUnidentified: 0,
    qualifiedOnly: 0,
    selfQualifiedOnly: 0,
    datedHolders: 0,
    both: 0,
    bothAsserting: 0,
    withdrawn: 0,
    withdrawnAsserting: 0,
    recanted: 0,
    articlesOnBothSides: 0,
  };

  /** Whether the claim is a forecast (`kind: prediction`; see {@link laterWords}). */
  readonly prediction: boolean;

  constructor(claim: ClaimId, subjects: readonly Entity[] = [], prediction = false) {
    this.claim = claim;
    this.subjects = subjects;
    this.prediction = prediction;
  }

  /** A tally of some mentions (those of other claims are left out); `subjects`, the claim's (see {@link claimSubjects}). */
  static of(claim: ClaimId, evidence: Iterable<Evidence>, subjects: readonly Entity[] = [], prediction = false): ClaimTally {
    const tally = new ClaimTally(claim, subjects, prediction);
    for (const e of evidence) if (e.claim === claim) tally.add(e);
    return tally;
  }

  add(e: Evidence): void {
    this.change(e, 1);
  }

  /** Takes out a mention added before (the same object). */
  remove(e: Evidence): void {
    this.change(e, -1);
  }

  private change(e: Evidence, sign: 1 | -1): void {
    const key = e.source.key;
    let s = this.sources.get(key);
    if (!s) {
      if (sign < 0) return;
      s = {
        unidentified: e.source.unidentified,
        asserts: 0,
        selfHeld: 0,
        selfName: undefined,
        held: new Set(),
        disputed: new Set(),
        quoted: new Set(),
        heldStale: false,
        disputedStale: false,
        heldLatest: -Infinity,
        heldEarliest: Infinity,
        heldUndated: 0,
        disputedLatest: -Infinity,
        disputedEarliest: Infinity,
        disputedUndated: 0,
      };
      this.sources.set(key, s);
    }
    const side = e.stance === 'disputes' ? s.disputed : e.stance === 'quotes' ? s.quoted : s.held;
    const before = contribution(s);
    const quotedOnlyBefore = s.held.size === 0 && s.disputed.size === 0;
    if (sign > 0) side.add(e);
    // An article counted as another source once its original arrives.
    else if (!side.delete(e)) return;
    this.count += sign;
    if (e.stance === 'asserts') s.asserts += sign;
    if (side === s.held) {
      const word = this.subjects.length === 0 ? undefined : ownWordOf(e, this.subjects);
      count(word ? this.selfArticles : this.otherArticles, e.article.slug, sign);
      if (word) {
        s.selfHeld += sign;
        s.selfName ??= word.name;
      }
    }
    if (side !== s.quoted) {
      const [mine, other] = side === s.held ? [this.heldArticles, this.disputedArticles] : [this.disputedArticles, this.heldArticles];
      const had = mine.has(e.article.slug);
      count(mine, e.article.slug, sign);
      // An article on both sides of the claim (asserting and disputing it), counted as it joins or leaves one.
      if (had !== mine.has(e.article.slug) && other.has(e.article.slug)) this.counts.articlesOnBothSides += sign;
      const [start, end] = span(e);
      const undated = e.date.basis !== 'published' ? sign : 0;
      if (side === s.held) {
        s.heldUndated += undated;
        if (s.heldStale) {
          // Read again from the side's mentions when needed.
        } else if (sign > 0) {
          s.heldLatest = Math.max(s.heldLatest, end);
          s.heldEarliest = Math.min(s.heldEarliest, start);
        } else if (!(end < s.heldLatest && start > s.heldEarliest)) s.heldStale = true;
      } else {
        s.disputedUndated += undated;
        if (s.disputedStale) {
          // Read again from the side's mentions when needed.
        } else if (sign > 0) {
          s.disputedLatest = Math.max(s.disputedLatest, end);
          s.disputedEarliest = Math.min(s.disputedEarliest, start);
        } else if (!(end < s.disputedLatest && start > s.disputedEarliest)) s.disputedStale = true;
      }
    }
    // The articles of the sources that only quote it: a source that takes a side leaves the group with all its quotations.
    const quotedOnlyAfter = s.held.size === 0 && s.disputed.size === 0;
    if (side === s.quoted) {
      if (quotedOnlyAfter) count(this.quotedArticles, e.article.slug, sign);
    } else if (quotedOnlyBefore !== quotedOnlyAfter) {
      for (const q of s.quoted) count(this.quotedArticles, q.article.slug, quotedOnlyAfter ? 1 : -1);
    }
    const after = contribution(s);
    if (after !== before) {
      this.apply(key, before, -1);
      this.apply(key, after, 1);
    }
    if (s.held.size + s.disputed.size + s.quoted.size === 0) this.sources.delete(key);
  }

  private apply(key: SourceKey, bits: number, sign: 1 | -1): void {
    const n = this.counts;
    const asserting = (bits & ASSERTING) !== 0;
    const unidentified = (bits & UNIDENTIFIED) !== 0;
    if (bits & SUPPORTING) {
      if (sign > 0) this.supporting.add(key);
      else this.supporting.delete(key);
      if (unidentified) n.supportUnidentified += sign;
      if (!asserting) n.qualifiedOnly += sign;
    }
    if (bits & DISPUTING) {
      if (sign > 0) this.disputing.add(key);
      else this.disputing.delete(key);
      if (unidentified) n.disputeUnidentified += sign;
    }
    if (bits & QUOTES_ONLY) {
      n.quotesOnly += sign;
      if (unidentified) n.quotesOnlyUnidentified += sign;
    }
    if (bits & SUPPORTING && bits & DISPUTING) {
      n.both += sign;
      if (asserting) n.bothAsserting += sign;
    }
    if (bits & WITHDRAWN) {
      if (sign > 0) this.withdrawing.add(key);
      else this.withdrawing.delete(key);
      n.withdrawn += sign;
      if (asserting) n.withdrawnAsserting += sign;
    }
    if (bits & RECANTED) {
      if (sign > 0) this.recanting.add(key);
      else this.recanting.delete(key);
      n.recanted += sign;
    }
    if (bits & DATED) n.datedHolders += sign;
    if (bits & SELF) {
      if (sign > 0) this.selfSources.set(key, this.sources.get(key)?.selfName ?? '');
      else this.selfSources.delete(key);
      if (!asserting) n.selfQualifiedOnly += sign;
    }
  }

  /**
   * The sources holding it true only by its own subject's word (a company's press release on
   * itself), by name, with their articles; and the other sources holding it true, with theirs:
   * the independent confirmation. Undefined when no source holds it true by its subject's word only.
   */
  get selfSupport(): { keys: SourceKey[]; names: string[]; articles: number; others: IndependenceCount; othersQualifiedOnly: number } | undefined {
    if (this.selfSources.size === 0) return undefined;
    let unidentified = this.counts.supportUnidentified;
    for (const key of this.selfSources.keys()) if (this.sources.get(key)?.unidentified) unidentified--;
    return {
      keys: [...this.selfSources.keys()],
      names: [...new Set(this.selfSources.values())],
      articles: this.selfArticles.size,
      others: { sources: this.supporting.size - this.selfSources.size, articles: this.otherArticles.size, unidentified },
      othersQualifiedOnly: this.counts.qualifiedOnly - this.counts.selfQualifiedOnly,
    };
  }

  /** The mentions by which a source holds it true (asserts, qualifies). */
  heldBy(key: SourceKey): Iterable<Evidence> {
    return this.sources.get(key)?.held ?? [];
  }
  /**
   * The sources that hold it true now: those supporting it, but for those that disputed it later
   * (a correction's dispute is the source's latest word, see the module comment). What a claim
   * declared to contradict this one weighs against it.
   */
  get holding(): ReadonlySet<SourceKey> {
    if (this.withdrawing.size === 0) return this.supporting;
    return new Set([...this.supporting].filter((key) => !this.withdrawing.has(key)));
  }
  /**
   * The sources that dispute it now: those disputing it, but for those that held it true later
   * (their latest word holds it true).
   */
  get opposing(): ReadonlySet<SourceKey> {
    if (this.recanting.size === 0) return this.disputing;
    return new Set([...this.disputing].filter((key) => !this.recanting.has(key)));
  }
  /**
   * How many sources hold it true by mentions that all have a publication date: only such a
   * source can have held it and a claim contradicting it certainly one after the other (see
   * `laterWords`), so a claim without one has a status its partners' dates cannot change.
   */
  get datedHolders(): number {
    return this.counts.datedHolders;
  }
  /** How many sources hold it true now (see {@link holding}). */
  get holdingCount(): number {
    return this.supporting.size - this.withdrawing.size;
  }
  /** The mentions disputing it. */
  *disputes(): Iterable<Evidence> {
    for (const s of this.sources.values()) yield* s.disputed;
  }
  /** How many mentions the claim has. */
  get mentions(): number {
    return this.count;
  }
  /** The counts deriveStatus reads (see {@link StatusAssessment}). */
  get support(): IndependenceCount {
    return { sources: this.supporting.size, articles: this.heldArticles.size, unidentified: this.counts.supportUnidentified };
  }
  get dispute(): IndependenceCount {
    return { sources: this.disputing.size, articles: this.disputedArticles.size, unidentified: this.counts.disputeUnidentified };
  }
  get quotesOnly(): IndependenceCount {
    return { sources: this.counts.quotesOnly, articles: this.quotedArticles.size, unidentified: this.counts.quotesOnlyUnidentified };
  }
  /**
   * Sources that hold it true only with a qualification; on both sides (asserting it plainly); and
   * those that disputed it only after holding it true (asserting it plainly), or held it true only
   * after disputing it; and the articles that both hold it true and dispute it.
   */
  get sides(): { qualifiedOnly: number; both: number; bothAsserting: number; withdrawn: number; withdrawnAsserting: number; recanted: number; articlesOnBothSides: number } {
    const { qualifiedOnly, both, bothAsserting, withdrawn, withdrawnAsserting, recanted, articlesOnBothSides } = this.counts;
    return { qualifiedOnly, both, bothAsserting, withdrawn, withdrawnAsserting, recanted, articlesOnBothSides };
  }
}

/** Adds `sign` to a key's count, dropping the key at zero. */
function count(map: Map<string, number>, key: string, sign: 1 | -1): void {
  const n = (map.get(key) ?? 0) + sign;
  if (n === 0) map.delete(key);
  else map.set(key, n);
}

/**
 * ", which had asserted a claim it contradicts in an earlier article", ", all of which had
 * asserted claims it contradicts in earlier articles", ", 1 of which…": for sources holding a
 * claim true whose rivals they held true only before it.
 */
function rivalEarlier(n: number, of: number): string {
  if (n === of) return of === 1 ? ', which had asserted a claim it contradicts in an earlier article' : ', all of which had asserted claims it contradicts in earlier articles';
  return `, ${n} of which had asserted ${n === 1 ? 'a claim it contradicts in an earlier article' : 'claims it contradicts in earlier articles'}`;
}

/**
 * Which sources' later word is on the other side of a forecast and a claim contradicting it (by
 * `dateSpan`, as {@link heldInTurn}): when this claim is a forecast (`prediction`), of the sources
 * holding it true now (`holding`, with the mentions by which each holds it, `heldBy`), those that
 * held a rival true in an article certainly later than every one of theirs holding this claim
 * (`withdrawn`: the outcome they reported later leaves the forecast behind); and, for each rival
 * that is a forecast, those of its holders holding this claim true now, and not so withdrawn, whose
 * every article holding the rival is certainly earlier than every one holding this claim
 * (`superseded`: they hold the forecast no longer, for this claim). A source holding both at once,
 * or in articles not certainly one after the other, is in neither; so are two claims of which
 * neither is a forecast (a source that held one fact true, then another contradicting it, did not
 * say the first was wrong: a correction is a dispute).
 */
export function laterWords(
  holding: ReadonlySet<SourceKey>,
  heldBy: (key: SourceKey) => Iterable<Evidence>,
  rivals: readonly HeldRival[],
  prediction = false,
): { withdrawn: Set<SourceKey>; superseded: Map<ClaimId, Set<SourceKey>> } {
  const withdrawn = new Set<SourceKey>();
  const later = new Map<ClaimId, SourceKey[]>();
  for (const rival of rivals) {
    // Only a forecast is left behind by what its source held true after it.
    if (!rival.heldBy || !(prediction || rival.prediction)) continue;
    for (const key of rival.holding) {
      if (!holding.has(key) || withdrawn.has(key)) continue;
      const order = heldInTurn(heldBy(key), [rival], key);
      if (order === 'earlier' && prediction) withdrawn.add(key);
      else if (order === 'later' && rival.prediction) {
        const keys = later.get(rival.claim);
        if (keys) keys.push(key);
        else later.set(rival.claim, [key]);
      }
    }
  }
  const superseded = new Map<ClaimId, Set<SourceKey>>();
  for (const [claim, keys] of later) {
    const kept = keys.filter((key) => !withdrawn.has(key));
    if (kept.length > 0) superseded.set(claim, new Set(kept));
  }
  return { withdrawn, superseded };
}

/** ", which asserted it in a later article", ", 1 of which…": for disputing sources that held the claim true only later. */
function assertedLater(both: number, of: number, what: string): string {
  if (both === of) return of === 1 ? `, which asserted ${what} in a later article` : `, all of which asserted ${what} in later articles`;
  return `, ${both} of which asserted ${what} in ${both === 1 ? 'a later article' : 'later articles'}`;
}

/** ", which had disputed it in an earlier article", ", 1 of which had…": for holding sources that disputed it only before. */
function disputedEarlier(both: number, of: number): string {
  if (both === of) return of === 1 ? ', which had disputed it in an earlier article' : ', all of which had disputed it in earlier articles';
  return `, ${both} of which had disputed it in ${both === 1 ? 'an earlier article' : 'earlier articles'}`;
}

/**
 * "Acme Corp (1 article), the word of the party the claim is about": the subjects holding a claim true by
 * their own word (see {@link ownWordOf}).
 */
function ownWord(names: readonly string[], articles: number): string {
  const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}` : names[0]!;
  return `${who} (${counted(articles, 'article')}), the word of ${names.length > 1 ? 'the parties' : 'the party'} the claim is about`;
}

/** "2 independent sources (of 3 articles, 1 unidentified)": `qualifiedOnly` of them only qualify it. */
function sources(count: IndependenceCount, only = false, qualifiedOnly = 0): string {
  return `${only ? 'only ' : ''}${counted(count.sources, 'independent source')} (of ${counted(count.articles, 'article')}${extras(qualifiedOnly, count)})`;
}

/**
 * Which of a claim's subjects (its `entities` and its `speaker`) an outlet is, if any: an entity
 * with the outlet's id, or whose name, or one of whose other names, is the outlet's name (a
 * company's own newsroom). What such an outlet publishes about the claim is its subject's own
 * word, not an independent source's. An outlet the subject owns is not the subject: its page
 * names its owner, and a sentence naming the subject as the one disputing would not be true.
 */
function outletSubject(outlet: Pick<Outlet, 'id' | 'name' | 'unidentified'>, subjects: readonly Entity[]): Entity | undefined {
  if (outlet.unidentified) return undefined;
  const name = ownerKey(outlet.name);
  return subjects.find((e) => (e.id as string) === outlet.id || [e.name, ...e.names].some((n) => ownerKey(n) === name));
}

/**
 * Which of a claim's subjects a mention is the own word of, if any: one whose source is the
 * subject, by the rule of {@link outletSubject} (its newsroom, or a text carried from it through
 * `via`), or is the subject's outlets as a group (an `owner` of the subject's name); or one
 * published, with its own reporting, by an outlet the subject owns (`owner`). A claim a party
 * makes about itself, in its press release or its own paper, is its word, not a confirmation of it.
 */
export function ownWordOf(e: Pick<Evidence, 'outlet' | 'source'>, subjects: readonly Entity[]): { subject: Entity; name: string } | undefined {
  const { source, outlet } = e;
  if (source.unidentified) return undefined;
  const named = (name: string | undefined) =>
    name === undefined ? undefined : subjects.find((s) => [s.name, ...s.names].some((n) => ownerKey(n) === ownerKey(name)));
  // Its own reporting: the article's outlet is the source's (not a copy carrying another's).
  const own = source.outlets.includes(outlet.id);
  const subject = own ? outletSubject(outlet, subjects) : undefined;
  if (subject) return { subject, name: subject.name };
  const itself = source.kind === 'owner' ? named(source.name) : (subjects.find((s) => (s.id as string) === source.outlets[0]) ?? named(source.name));
  const owner = itself ?? (own ? named(outlet.owner) : undefined);
  if (!owner) return undefined;
  // A paper the subject owns is named as such: the subject did not write it, its paper did.
  return { subject: owner, name: own && source.kind === 'owner' ? `${owner.name}’s ${outlet.name}` : owner.name };
}

/**
 * The subjects whose own word every dispute of a claim is (see {@link outletSubject}), by name,
 * or undefined when some dispute comes from elsewhere or nothing disputes it. `disputes`: the
 * mentions disputing the claim.
 */
export function disputedOnlyBySubject(disputes: Iterable<Pick<Evidence, 'outlet'>>, subjects: readonly Entity[]): string[] | undefined {
  if (subjects.length === 0) return undefined;
  const names = new Set<string>();
  for (const e of disputes) {
    const subject = outletSubject(e.outlet, subjects);
    if (!subject) return undefined;
    names.add(subject.name);
  }
  return names.size > 0 ? [...names] : undefined;
}

/** A claim's subjects: its entities and its speaker, each once, as far as the corpus has them. */
export function claimSubjects(claim: Pick<Claim, 'entities' | 'speaker'>, entities: ReadonlyMap<EntityId, Entity>): Entity[] {
  const ids = new Set([...claim.entities, ...(claim.speaker ? [claim.speaker] : [])]);
  return [...ids].map((id) => entities.get(id)).filter((e): e is Entity => e !== undefined);
}

/**
 * Derives a claim's status from its corroboration and that of the claims declared to contradict
 * it (either direction); see the module comment for the rules. `subjects`, the claim's entities
 * and speaker, tell a denial from a dispute: when every dispute comes from an outlet that is the
 * claim's own subject (see {@link outletSubject}), the status stays, and the sentence says that the
 * only dispute is a denial by the party the claim is about, not an independent source's.
 * `predictions`: the claims that are forecasts (`kind: prediction`), which a source's later word
 * leaves behind (see {@link laterWords}).
 */
export function deriveStatus(
  own: Corroboration,
  contradicting: readonly Corroboration[] = [],
  subjects: readonly Entity[] = [],
  predictions: ReadonlySet<ClaimId> = new Set(),
): StatusAssessment {
  return assessStatus(
    ClaimTally.of(own.claim, own.all.evidence, subjects, predictions.has(own.claim)),
    contradicting.map((c) => ({ claim: c.claim, holding: holdingSources(c), heldBy: heldBySource(c), prediction: predictions.has(c.claim) })),
    disputedOnlyBySubject(own.disputes.evidence, subjects),
  );
}

/** A claim declared to contradict another, as {@link assessStatus} reads it: its sources holding it true now, and their mentions holding it. */
export interface HeldRival {
  claim: ClaimId;
  holding: ReadonlySet<SourceKey>;
  /** Whether it is a forecast (`kind: prediction`): a source holding it earlier and the claim it contradicts later holds it no longer (see {@link laterWords}). */
  prediction?: boolean;
  /** The mentions by which a source holds it true (asserts, qualifies), for when it held it (see {@link heldInTurn}). */
  heldBy?: (key: SourceKey) => Iterable<Evidence>;
}

/**
 * Whether a source holding a claim true and a claim contradicting it too held them in turn: every
 * article of it holding the claim certainly published before every one holding the contradicting
 * claims (`earlier`: a forecast it reported, then the outcome that proved it wrong, "cases will
 * double" before "cases fell"), or certainly after (`later`), by `dateSpan`; undefined when they
 * are not so ordered (the same day, an article without a publication date), and it "also asserts"
 * both.
 */
function heldInTurn(own: Iterable<Evidence>, rivals: readonly HeldRival[], key: SourceKey): 'earlier' | 'later' | undefined {
  const theirs: Evidence[] = [];
  for (const rival of rivals) {
    if (!rival.holding.has(key)) continue;
    if (!rival.heldBy) return undefined;
    theirs.push(...rival.heldBy(key));
  }
  const [ownLatest, ownEarliest, ownUndated] = sideDates(own);
  const [rivalLatest, rivalEarliest, rivalUndated] = sideDates(theirs);
  if (ownUndated > 0 || rivalUndated > 0 || theirs.length === 0) return undefined;
  return ownLatest < rivalEarliest ? 'earlier' : ownEarliest > rivalLatest ? 'later' : undefined;
}

/**
 * The sources that hold a claim true now ({@link ClaimTally.holding}): a source that asserted it
 * and disputed it in a later article (a correction) no longer does, so a claim it contradicts is
 * not contested by that source's first word.
 */
export function holdingSources(c: Corroboration): ReadonlySet<SourceKey> {
  // Only a source on both sides can have withdrawn it; else every supporting source holds it.
  if (c.disputes.evidence.length === 0) return sourceKeys(c.supports);
  let holding = holdingOf.get(c);
  if (!holding) holdingOf.set(c, (holding = ClaimTally.of(c.claim, c.all.evidence).holding));
  return holding;
}

/** The mentions by which each source holds a claim true (asserts, qualifies), by source: what {@link laterWords} reads of a claim. */
export function heldBySource(c: Corroboration): (key: SourceKey) => readonly Evidence[] {
  let bySource = heldByOf.get(c);
  if (!bySource) heldByOf.set(c, (bySource = new Map(c.supports.sources.map((s) => [s.source.key, s.evidence]))));
  const found = bySource;
  return (key) => found.get(key) ?? [];
}

const heldByOf = new WeakMap<Corroboration, ReadonlyMap<SourceKey, readonly Evidence[]>>();

/** Each claim's {@link holdingSources}, worked out once: a claim n others contradict is read for each of them. */
const holdingOf = new WeakMap<Corroboration, ReadonlySet<SourceKey>>();

/**
 * The sources that hold a claim true now and those that dispute it now: a source's later word
 * is its word (a correction, or a dispute taken back), so only a source holding it true and
 * disputing it at once, or in articles not certainly one after the other, is in both.
 */
export function sidesNow(c: Corroboration): { holding: ReadonlySet<SourceKey>; disputing: ReadonlySet<SourceKey> } {
  // Only a source on both sides can have changed its word.
  if (c.disputes.evidence.length === 0 || c.supports.evidence.length === 0) return { holding: sourceKeys(c.supports), disputing: sourceKeys(c.disputes) };
  const tally = ClaimTally.of(c.claim, c.all.evidence);
  return { holding: tally.holding, disputing: tally.opposing };
}

/**
 * "Anthropic (1 article), the party the claim is about: a denial, not an independent source’s
 * dispute": who disputes a claim that only its subjects dispute (see {@link deriveStatus}).
 */
function denial(names: readonly string[], dispute: IndependenceCount): string {
  const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}` : names[0]!;
  const what = names.length > 1 ? 'the parties the claim is about: denials' : 'the party the claim is about: a denial';
  return `${who} (${counted(dispute.articles, 'article')}), ${what}, not an independent source’s dispute`;
}

/**
 * What a list of claims says beside the status badge of a claim disputed only by its own subject
 * (`deniedBy`), so that a reader scanning it sees a denial, not independent sources disagreeing:
 * "denied only by the party it is about", as the home page's most contested claims say, or, when
 * a claim it contradicts is held true too, "disputed only by the party it is about" (the
 * contradiction is a disagreement of its own). The other way round, for a claim its own subject
 * holds true (`ownWord`), whose status does not count that word: "held true only by the party it
 * is about", or "besides the word of the party it is about" when other sources hold it true too,
 * so that "Single source" beside a coverage of two sources is not read as a miscount. Nothing for
 * any other claim.
 */
export function denialNote(status: Pick<StatusAssessment, 'deniedBy' | 'rivals' | 'ownWord'> & { support?: Pick<IndependenceCount, 'sources'> }): string | undefined {
  if (status.deniedBy) return status.rivals.length === 0 ? 'denied only by the party it is about' : 'disputed only by the party it is about';
  const own = status.ownWord?.length ?? 0;
  if (own === 0) return undefined;
  return own >= (status.support?.sources ?? own) ? 'held true only by the party it is about' : 'besides the word of the party it is about';
}

/**
 * {@link deriveStatus} from a claim's tally and, for each claim declared to contradict it, the
 * sources holding that claim true now ({@link ClaimTally.holding}): what the status history keeps
 * between its steps. `deniedBy`:
 * the names of the claim's subjects when every dispute of it is theirs.
 */
export function assessStatus(
  own: ClaimTally,
  contradicting: readonly HeldRival[] = [],
  deniedBy?: readonly string[],
): StatusAssessment {
  const { support, dispute, quotesOnly, supporting, disputing } = own;
  const { qualifiedOnly, both, bothAsserting, withdrawn, withdrawnAsserting, recanted, articlesOnBothSides } = own.sides;
  // A source's later word leaves its forecast behind: one that held a rival forecast true, then
  // this claim (the outcome it reported), holds the rival no longer; one that held this claim, a
  // forecast, true, then a rival, holds this one no longer (see laterWords).
  const others = contradicting.filter((c) => c.claim !== own.claim);
  const later = laterWords(own.holding, (key) => own.heldBy(key), others, own.prediction);
  const rivals: HeldRival[] = [];
  const rivalKeys = new Set<SourceKey>();
  const supersededKeys = new Set<SourceKey>();
  for (const rival of others) {
    const gone = later.superseded.get(rival.claim);
    let held = false;
    for (const key of rival.holding) {
      if (gone?.has(key)) supersededKeys.add(key);
      else {
        held = true;
        rivalKeys.add(key);
      }
    }
    if (held) rivals.push(rival);
  }
  // Sources whose every rival they held true was a forecast they held before this claim: no longer on the rival's side.
  let supersededOnly = 0;
  for (const key of supersededKeys) if (!rivalKeys.has(key)) supersededOnly++;
  const rivalWithdrawn = later.withdrawn.size;
  // Of the sources holding it true, those that also hold a rival true, and those on both sides of it or of a rival.
  let rivalsToo = 0;
  let rivalsOnly = 0;
  // Of those, how many held it true only before holding a rival true, and only after (see {@link heldInTurn}).
  let rivalsEarlier = 0;
  let rivalsLater = 0;
  for (const key of rivalKeys) {
    if (!supporting.has(key)) continue;
    rivalsToo++;
    if (!disputing.has(key)) rivalsOnly++;
    const order = heldInTurn(own.heldBy(key), rivals, key);
    if (order === 'earlier') rivalsEarlier++;
    else if (order === 'later') rivalsLater++;
  }
  const bothSides = both + rivalsOnly;

  const verb =
    qualifiedOnly > 0 && qualifiedOnly === support.sources ? 'Asserted with a qualification by' : 'Asserted by';
  // Sources holding it true only by its own subject's word confirm nothing: they are named apart, and not counted towards corroboration.
  const self = own.selfSupport;
  const confirming = self ? self.others.sources : support.sources;
  // ", which had asserted a claim it contradicts in an earlier article": sources whose rival is no longer held (see above).
  const rivalBefore = supersededOnly === 0 ? '' : rivalEarlier(supersededOnly, support.sources);
  const held = (only = false) => {
    if (!self) return `${verb} ${sources(support, only, qualifiedOnly)}${rivalBefore}`;
    const word = ownWord(self.names, self.articles);
    if (self.others.sources === 0) return `${verb} only ${word}${rivalBefore}`;
    const verbOthers = self.othersQualifiedOnly === self.others.sources ? 'Asserted with a qualification by' : 'Asserted by';
    return `${verbOthers} ${sources(self.others, only, self.othersQualifiedOnly)} besides ${word}${rivalBefore}`;
  };

  let status: ClaimStatus;
  let sentence: string;
  if (own.mentions === 0) {
    status = 'unmentioned';
    sentence = 'No article in the corpus mentions this claim yet.';
  } else if (support.sources > 0 && withdrawn + rivalWithdrawn === support.sources) {
    // Every source that held it true disputed it later (a correction, a change of mind), or held
    // true later a claim contradicting it (the outcome of its forecast): none holds it true now.
    status = 'disputed';
    const what = withdrawnAsserting > 0 ? 'it' : 'it with a qualification';
    const disputed = dispute.sources === 0 ? '' : `Disputed by ${sources(dispute)}${withdrawn > 0 ? assertedEarlier(withdrawn, dispute.sources, what) : ''}`;
    if (rivalWithdrawn === 0) sentence = `${disputed}; none asserts it now.`;
    else {
      const claims = rivals.length === 1 ? 'a claim it contradicts is' : `${rivals.length} claims it contradicts are`;
      const contradicted = `${claims} asserted by ${counted(rivalKeys.size, 'independent source')}${assertedEarlier(rivalWithdrawn, rivalKeys.size, 'this one')}`;
      sentence = disputed === '' ? `${contradicted.charAt(0).toUpperCase()}${contradicted.slice(1)}; none asserts it now.` : `${disputed}, while ${contradicted}; none asserts it now.`;
    }
  } else if (dispute.sources > 0 && recanted === dispute.sources && rivals.length === 0) {
    // Every source that disputed it held it true later: none disputes it now.
    const earlier = disputedEarlier(recanted, support.sources);
    status = confirming >= 2 ? 'corroborated' : 'single-source';
    sentence =
      status === 'corroborated'
        ? `${held()}${earlier}; none disputes it now.`
        : `${held(true)}${earlier}; no other source confirms it and none disputes it now.`;
  } else if (support.sources > 0 && (dispute.sources > 0 || rivals.length > 0)) {
    status = 'contested';
    const clauses = [held()];
    if (dispute.sources > 0) {
      // Sources that only qualify it hold it true with a caveat: "asserts it with a qualification", as the sentence begins.
      const what = bothAsserting > 0 ? 'it' : 'it with a qualification';
      // On both sides, each having disputed it only after holding it true, or held it true only after disputing it.
      const also =
        both > 0 && withdrawn === both
          ? assertedEarlier(both, dispute.sources, what)
          : both > 0 && recanted === both
            ? assertedLater(both, dispute.sources, what)
            : alsoAsserting(both, dispute.sources, what, both === dispute.sources && articlesOnBothSides === dispute.articles ? dispute.articles : 0);
      // Only the claim's subject disputes it, and holds it true nowhere: its denial is no independent source's dispute.
      clauses.push(deniedBy && both === 0 ? `disputed only by ${denial(deniedBy, dispute)}` : `disputed by ${sources(dispute)}${also}`);
    }
    let sentenceBody = clauses.join(', but ');
    if (rivals.length > 0) {
      const what = rivals.length === 1 ? 'a claim it contradicts is' : `${rivals.length} claims it contradicts are`;
      sentenceBody += `, while ${what} asserted by ${counted(rivalKeys.size, 'independent source')}`;
      // A source that held this claim true only before or only after the rival (a forecast, then the outcome) did not hold both at once.
      sentenceBody +=
        rivalsToo > 0 && rivalsEarlier === rivalsToo
          ? assertedEarlier(rivalsToo, rivalKeys.size, 'this one')
          : rivalsToo > 0 && rivalsLater === rivalsToo
            ? assertedLater(rivalsToo, rivalKeys.size, 'this one')
            : alsoAsserting(rivalsToo, rivalKeys.size, 'this one');
    }
    sentence = `${sentenceBody}.`;
  } else if (confirming >= 2) {
    status = 'corroborated';
    sentence = `${held()}; none disputes it.`;
  } else if (support.sources >= 1) {
    status = 'single-source';
    sentence = `${held(true)}; no other source confirms it and none disputes it.`;
  } else if (dispute.sources > 0) {
    status = 'disputed';
    sentence = deniedBy ? `Disputed only by ${denial(deniedBy, dispute)}; none asserts it.` : `Disputed by ${sources(dispute)}; none asserts it.`;
  } else {
    status = 'reported-only';
    sentence = `Only quoted, as someone else's statement, by ${sources(quotesOnly)}; none asserts or disputes it.`;
  }
  return {
    claim: own.claim,
    status,
    label: STATUS_LABELS[status],
    sentence,
    support,
    qualifiedOnly,
    dispute,
    quotesOnly,
    rivals: rivals.map((r) => r.claim),
    rivalSupport: rivalKeys.size,
    bothSides,
    ...(rivalsToo > 0 && rivalsEarlier === rivalsToo && { rivalsInTurn: 'earlier' as const }),
    ...(rivalsToo > 0 && rivalsLater === rivalsToo && { rivalsInTurn: 'later' as const }),
    ...(deniedBy && both === 0 && (status === 'contested' || status === 'disputed') && { deniedBy }),
    ...(self && { ownWord: self.keys }),
  };
}

/**
 * Items (claims, or anything naming one) grouped by their claim's status, each group in the
 * order the items are given. Items whose claim has no assessment are left out.
 */
export function groupByStatus<T>(
  items: readonly T[],
  claimOf: (item: T) => ClaimId,
  statuses: ReadonlyMap<ClaimId, StatusAssessment>,
): Record<ClaimStatus, T[]> {
  const groups = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, [] as T[]])) as Record<ClaimStatus, T[]>;
  for (const item of items) {
    const status = statuses.get(claimOf(item))?.status;
    if (status) groups[status].push(item);
  }
  return groups;
}

/** Verdicts that say a claim is false or misleading, and those that say it is true. */
const FALSE_VERDICTS: ReadonlySet<VerdictRating> = new Set(['inaccurate', 'misleading']);
const TRUE_VERDICTS: ReadonlySet<VerdictRating> = new Set(['accurate', 'mostly-accurate']);

/**
 * What a claim page says beside an editor's verdict that goes against the derived status, so that
 * "Corroborated" beside "Inaccurate" is not read as a contradiction of the site with itself: the
 * status counts what the sources say, the verdict is our analysts' judgement of whether it is
 * true. Undefined when they do not pull apart (a contested claim, a mixed or unverifiable verdict).
 * `disputing`: how many independent sources dispute a disputed claim (`dispute.sources`), so that
 * one source is "its source", not "they".
 */
export function verdictAgainstStatus(status: ClaimStatus, rating: VerdictRating, disputing?: number): string | undefined {
  const held = status === 'corroborated' || status === 'single-source';
  if (held && FALSE_VERDICTS.has(rating)) {
    return `The status counts what the sources say, not whether it is true: ${status === 'corroborated' ? 'they hold' : 'its source holds'} it true, and our analysts rate it ${rating}.`;
  }
  if (status === 'disputed' && TRUE_VERDICTS.has(rating)) {
    return `The status counts what the sources say, not whether it is true: ${disputing === 1 ? 'its source disputes' : 'they dispute'} it, and our analysts rate it ${rating.replace('-', ' ')}.`;
  }
  return undefined;
}
