/**
 * A derived status per claim, with one plain sentence that explains it using the claim's own
 * numbers. The editor's `verdict` is a separate thing and is never folded in here.
 *
 * Rules, first match wins (counts are independent sources, see independence.ts):
 *
 * 1. `unmentioned`: no article mentions the claim yet.
 * 2. `contested`: some source holds it true (asserts or qualifies; one that disputed it in a
 *    later article no longer does, see below) and either some source disputes it, or some source holds true a claim declared to contradict it (in either
 *    direction). Numbers are not weighed: five against one is contested, as is one against one;
 *    the sentence gives the numbers so the reader can weigh them.
 * 3. `corroborated`: held true by two or more sources.
 * 4. `single-source`: held true by exactly one source (however many articles carry it).
 * 5. `disputed`: disputed, and held true by none, or only by sources that disputed it later (below).
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
 * on both sides that only qualifies it "also asserts it with a qualification".
 *
 * A source's later dispute is its latest word: when every source that held the claim true disputed
 * it later, none holds it true any longer, and the claim is `disputed`, not `contested` (a claim
 * whose only source asserted it and then corrected itself is not a disagreement between sources).
 * The sentence says they had asserted it in earlier articles, and that none asserts it now. While
 * another source still holds it true, it stays `contested`, the sentence saying which changed.
 * The other way round too: when every source that disputed it held it true in a later article,
 * and no claim contradicting it is held true, none disputes it now, and it is `corroborated` or
 * `single-source`, the sentence saying which had disputed it earlier.
 */
import { sourceKeys, type Corroboration } from './corroboration.ts';
import type { VerdictRating } from './corpus.ts';
import type { ClaimId } from './ids.ts';
import type { IndependenceCount, SourceKey } from './independence.ts';
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

/** ", which also asserts it", ", 2 of which also assert it": how many of `of` sources are also on the other side. */
function alsoAsserting(both: number, of: number, what: string): string {
  if (both === 0) return '';
  if (both === of) return of === 1 ? `, which also asserts ${what}` : `, all of which also assert ${what}`;
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

type SourceMentions = ReadonlyMap<SourceKey, Corroboration['all']['evidence']>;
const sourceMentions = new WeakMap<Corroboration, { held: SourceMentions; disputed: SourceMentions }>();

/**
 * A claim's mentions holding it true and disputing it, by source: looked up here, not searched
 * for among its sources for each source (a claim of n sources on both sides cost n²). The first
 * group of a key wins, as a search from the start would find it.
 */
function bySource(own: Corroboration): { held: SourceMentions; disputed: SourceMentions } {
  let maps = sourceMentions.get(own);
  if (!maps) {
    const index = (group: Corroboration['supports']) => {
      const map = new Map<SourceKey, Corroboration['all']['evidence']>();
      for (const s of group.sources) if (!map.has(s.source.key)) map.set(s.source.key, s.evidence);
      return map;
    };
    sourceMentions.set(own, (maps = { held: index(own.supports), disputed: index(own.disputes) }));
  }
  return maps;
}

/**
 * Whether each of these sources disputed the claim only after it had held it true: each of its
 * disputing articles has a publication date certainly after every article of its holding it
 * true (an article known only by when it was added may have been published any time before).
 */
function disputedLater(keys: readonly SourceKey[], own: Corroboration): boolean {
  const span = (e: Corroboration['all']['evidence'][number]) => dateSpan(e.date.date, e.date.offset);
  const { held: heldBy, disputed: disputedBy } = bySource(own);
  return keys.every((key) => {
    const held = heldBy.get(key) ?? [];
    const disputed = disputedBy.get(key) ?? [];
    const latestHeld = Math.max(...held.map((e) => span(e)[1]));
    return disputed.every((e) => e.date.basis === 'published' && span(e)[0] > latestHeld);
  });
}

/**
 * Whether this source held the claim true only after it had disputed it: each of its articles
 * holding it true has a publication date certainly after every article of its disputing it.
 */
function heldLater(key: SourceKey, own: Corroboration): boolean {
  const span = (e: Corroboration['all']['evidence'][number]) => dateSpan(e.date.date, e.date.offset);
  const held = bySource(own).held.get(key) ?? [];
  const disputed = bySource(own).disputed.get(key) ?? [];
  const latestDisputed = Math.max(...disputed.map((e) => span(e)[1]));
  return held.every((e) => e.date.basis === 'published' && span(e)[0] > latestDisputed);
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

/** "2 independent sources (of 3 articles, 1 unidentified)": `qualifiedOnly` of them only qualify it. */
function sources(count: IndependenceCount, only = false, qualifiedOnly = 0): string {
  return `${only ? 'only ' : ''}${counted(count.sources, 'independent source')} (of ${counted(count.articles, 'article')}${extras(qualifiedOnly, count)})`;
}

/**
 * Derives a claim's status from its corroboration and that of the claims declared to contradict
 * it (either direction); see the module comment for the rules.
 */
export function deriveStatus(own: Corroboration, contradicting: readonly Corroboration[] = []): StatusAssessment {
  const support = own.supports.count;
  const dispute = own.disputes.count;
  const quotesOnly = own.quotesOnly.count;
  const asserting = sourceKeys(own.asserts);
  const qualifiedOnly = own.supports.sources.filter((s) => !asserting.has(s.source.key)).length;
  const rivals = contradicting.filter((c) => c.claim !== own.claim && c.supports.count.sources > 0);
  const rivalKeys = new Set<SourceKey>();
  for (const rival of rivals) for (const key of sourceKeys(rival.supports)) rivalKeys.add(key);
  const supporting = sourceKeys(own.supports);
  const disputing = sourceKeys(own.disputes);
  const count = (keys: Iterable<SourceKey>) => [...keys].filter((k) => supporting.has(k)).length;
  const bothSides = [...supporting].filter((k) => disputing.has(k) || rivalKeys.has(k)).length;
  // Sources that held it true and later disputed it: their latest word is the dispute.
  const withdrawn = [...disputing].filter((k) => supporting.has(k) && disputedLater([k], own));
  // Sources that disputed it and later held it true: their latest word is the assertion.
  const recanted = [...disputing].filter((k) => supporting.has(k) && heldLater(k, own));
  const recantedKeys = new Set(recanted);

  const verb =
    qualifiedOnly > 0 && qualifiedOnly === support.sources ? 'Asserted with a qualification by' : 'Asserted by';
  const held = (only = false) => `${verb} ${sources(support, only, qualifiedOnly)}`;

  let status: ClaimStatus;
  let sentence: string;
  if (own.all.evidence.length === 0) {
    status = 'unmentioned';
    sentence = 'No article in the corpus mentions this claim yet.';
  } else if (support.sources > 0 && withdrawn.length === support.sources) {
    // Every source that held it true disputed it later (a correction, a change of mind): none holds it true now.
    status = 'disputed';
    const what = withdrawn.some((k) => asserting.has(k)) ? 'it' : 'it with a qualification';
    sentence = `Disputed by ${sources(dispute)}${assertedEarlier(withdrawn.length, dispute.sources, what)}; none asserts it now.`;
  } else if (dispute.sources > 0 && recanted.length === dispute.sources && rivals.length === 0) {
    // Every source that disputed it held it true later: none disputes it now.
    const earlier = disputedEarlier(recanted.length, support.sources);
    status = support.sources >= 2 ? 'corroborated' : 'single-source';
    sentence =
      status === 'corroborated'
        ? `${held()}${earlier}; none disputes it now.`
        : `${held(true)}${earlier}; no other source confirms it and none disputes it now.`;
  } else if (support.sources > 0 && (dispute.sources > 0 || rivals.length > 0)) {
    status = 'contested';
    const clauses = [held()];
    if (dispute.sources > 0) {
      const both = [...disputing].filter((k) => supporting.has(k));
      // Sources that only qualify it hold it true with a caveat: "asserts it with a qualification", as the sentence begins.
      const what = both.some((k) => asserting.has(k)) ? 'it' : 'it with a qualification';
      const also =
        both.length > 0 && disputedLater(both, own)
          ? assertedEarlier(both.length, dispute.sources, what)
          : both.length > 0 && both.every((k) => recantedKeys.has(k))
            ? assertedLater(both.length, dispute.sources, what)
            : alsoAsserting(both.length, dispute.sources, what);
      clauses.push(`disputed by ${sources(dispute)}${also}`);
    }
    let sentenceBody = clauses.join(', but ');
    if (rivals.length > 0) {
      const what = rivals.length === 1 ? 'a claim it contradicts is' : `${rivals.length} claims it contradicts are`;
      sentenceBody += `, while ${what} asserted by ${counted(rivalKeys.size, 'independent source')}`;
      sentenceBody += alsoAsserting(count(rivalKeys), rivalKeys.size, 'this one');
    }
    sentence = `${sentenceBody}.`;
  } else if (support.sources >= 2) {
    status = 'corroborated';
    sentence = `${held()}; none disputes it.`;
  } else if (support.sources === 1) {
    status = 'single-source';
    sentence = `${held(true)}; no other source confirms it and none disputes it.`;
  } else if (dispute.sources > 0) {
    status = 'disputed';
    sentence = `Disputed by ${sources(dispute)}; none asserts it.`;
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
