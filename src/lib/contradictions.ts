/**
 * Contradictions between pieces of coverage, of two kinds:
 *
 * - declared: an editor wrote that two claims cannot both be true (`contradicts` on either
 *   claim). The relation is symmetric: one pair, shown on both claims' pages, whichever claim
 *   declared it. Each side's evidence is the mentions holding that claim true (asserts or
 *   qualifies). A declared pair is listed even when no article asserts either side yet.
 * - implied: one claim is held true by some mention (asserts or qualifies) and disputed by
 *   another. One per claim, its two sides the supporting and the disputing mentions. A single
 *   article that both asserts and disputes a claim contradicts itself and is listed too.
 *
 * Pairs are deduplicated; the list is ordered implied before declared, then by claim ids.
 */
import type { Claim } from './corpus.ts';
import type { Corroboration } from './corroboration.ts';
import type { Evidence } from './evidence.ts';
import type { ClaimId } from './ids.ts';
import type { IndependenceCount } from './independence.ts';
import { compareText, counted, dateSpan } from './order.ts';
import { heldBySource, holdingSources, laterWords } from './status.ts';

/** One side of a contradiction: a claim, held true or disputed, and the mentions that do so. */
export interface ContradictionSide {
  claim: ClaimId;
  /** `holds`: the mentions assert or qualify the claim; `disputes`: they dispute it. */
  position: 'holds' | 'disputes';
  evidence: Evidence[];
  count: IndependenceCount;
  /**
   * Of the sources holding the claim true (`holds`), how many disputed it in a certainly later
   * article (a correction): they no longer hold it (`ClaimTally.holding` in status.ts). Absent when none.
   */
  withdrawn?: number;
  /**
   * For a declared pair whose claim is a forecast (`kind: prediction`): of the sources holding it
   * true now, how many held the other claim true in a certainly later article (the outcome): their later word is the
   * other claim (`laterWords` in status.ts). Absent when none.
   */
  turned?: number;
}

/** A contradiction, declared or implied, with the evidence on each side. */
export interface Contradiction {
  kind: 'declared' | 'implied';
  /** Unique and stable: `declared:<a>:<b>` (ids in code-unit order) or `implied:<claim>`. */
  key: string;
  /** The claims involved: two for a declared pair (in code-unit order), one for an implied one. */
  claims: ClaimId[];
  /** For a declared pair: which of the two claims list the other in `contradicts`. */
  declaredBy: ClaimId[];
  /** Declared: each claim held true. Implied: the claim held true, then disputed. */
  sides: [ContradictionSide, ContradictionSide];
  /** True when both sides have evidence: the disagreement is in the coverage, not only declared. */
  active: boolean;
}

/** A contradiction as one claim's page shows it: that claim's side first. */
export interface ClaimContradiction {
  contradiction: Contradiction;
  /** The other claim of a declared pair; absent for an implied contradiction. */
  other?: ClaimId | undefined;
  ours: ContradictionSide;
  theirs: ContradictionSide;
}

/**
 * The declared contradictions as a symmetric relation: each claim id mapped to the claims it
 * contradicts in either direction, sorted. Self-references and ids of unknown claims are dropped.
 */
export function declaredPartners(claims: readonly Pick<Claim, 'id' | 'contradicts'>[]): Map<ClaimId, ClaimId[]> {
  const known = new Set(claims.map((c) => c.id));
  const partners = new Map<ClaimId, Set<ClaimId>>();
  const link = (a: ClaimId, b: ClaimId) => {
    const set = partners.get(a) ?? new Set<ClaimId>();
    set.add(b);
    partners.set(a, set);
  };
  for (const claim of claims) {
    for (const other of claim.contradicts) {
      if (other === claim.id || !known.has(other)) continue;
      link(claim.id, other);
      link(other, claim.id);
    }
  }
  return new Map([...partners].map(([id, set]) => [id, [...set].sort(compareText)]));
}

const emptyCount: IndependenceCount = { sources: 0, articles: 0, unidentified: 0 };

/** How many of a claim's supporting sources disputed it later, worked out once per claim (a claim many others contradict is on many sides). */
const withdrawnOf = new WeakMap<Corroboration, number>();

function withdrawnSources(corroboration: Corroboration): number {
  // Only a source on both sides can have withdrawn it.
  if (corroboration.disputes.evidence.length === 0) return 0;
  let n = withdrawnOf.get(corroboration);
  if (n === undefined) {
    n = corroboration.supports.count.sources - holdingSources(corroboration).size;
    withdrawnOf.set(corroboration, n);
  }
  return n;
}

function side(
  claim: ClaimId,
  position: ContradictionSide['position'],
  corroboration: Corroboration | undefined,
): ContradictionSide {
  const group = position === 'holds' ? corroboration?.supports : corroboration?.disputes;
  const withdrawn = position === 'holds' && corroboration ? withdrawnSources(corroboration) : 0;
  return { claim, position, evidence: group?.evidence ?? [], count: group?.count ?? emptyCount, ...(withdrawn > 0 && { withdrawn }) };
}

/**
 * The title of one side of a contradiction: "Held true by 2 independent sources", "Disputed by 1
 * independent source", and of sources that held it true and corrected it later, which: "Held
 * true by 1 independent source, which disputed it in a later article", so that a claim its only
 * source took back is not read as still held.
 */
export function describeSide(side: Pick<ContradictionSide, 'position' | 'count' | 'withdrawn' | 'turned'>): string {
  const base = `${side.position === 'holds' ? 'Held true by' : 'Disputed by'} ${counted(side.count.sources, 'independent source')}`;
  const which = (n: number) => (n < side.count.sources ? `${n} of which` : n === 1 ? 'which' : 'all of which');
  const later = (n: number) => (n === 1 ? 'a later article' : 'later articles');
  const withdrawn = side.withdrawn ?? 0;
  const turned = side.turned ?? 0;
  const parts: string[] = [];
  if (withdrawn > 0) parts.push(`${which(withdrawn)} disputed it in ${later(withdrawn)}`);
  if (turned > 0) parts.push(`${which(turned)} held the other claim true in ${later(turned)}`);
  return parts.length === 0 ? base : `${base}, ${parts.join(', and ')}`;
}

/**
 * How many of the sources holding `own` true now held `other` true in a certainly later article
 * (see {@link ContradictionSide.turned}).
 */
function turnedTo(own: Corroboration | undefined, other: Corroboration | undefined, prediction: boolean): number {
  if (!prediction || !own || !other || own.supports.evidence.length === 0 || other.supports.evidence.length === 0) return 0;
  return laterWords(holdingSources(own), heldBySource(own), [{ claim: other.claim, holding: holdingSources(other), heldBy: heldBySource(other) }], true).withdrawn.size;
}

/**
 * Every contradiction in the corpus. `corroborations` gives each claim's coverage; a claim
 * without an entry is treated as never mentioned.
 */
export function findContradictions(
  claims: readonly (Pick<Claim, 'id' | 'contradicts'> & Partial<Pick<Claim, 'kind'>>)[],
  corroborations: ReadonlyMap<ClaimId, Corroboration>,
): Contradiction[] {
  const implied: Contradiction[] = [];
  const ids = [...new Set(claims.map((c) => c.id))].sort(compareText);
  for (const id of ids) {
    const c = corroborations.get(id);
    if (!c || c.supports.evidence.length === 0 || c.disputes.evidence.length === 0) continue;
    implied.push({
      kind: 'implied',
      key: `implied:${id}`,
      claims: [id],
      declaredBy: [],
      sides: [side(id, 'holds', c), side(id, 'disputes', c)],
      active: true,
    });
  }
  const declared: Contradiction[] = [];
  const partners = declaredPartners(claims);
  const byId = new Map(claims.map((c) => [c.id, c]));
  // Each claim's `contradicts` as a set, made when first asked: a claim declaring n contradictions
  // was searched n times, n² in all.
  const declares = new Map<ClaimId, Set<ClaimId>>();
  const declaresIt = (x: ClaimId, y: ClaimId) => {
    let set = declares.get(x);
    if (!set) declares.set(x, (set = new Set(byId.get(x)?.contradicts ?? [])));
    return set.has(y);
  };
  for (const a of ids) {
    for (const b of partners.get(a) ?? []) {
      if (compareText(a, b) >= 0) continue;
      const [ca, cb] = [corroborations.get(a), corroborations.get(b)];
      const sides: [ContradictionSide, ContradictionSide] = [side(a, 'holds', ca), side(b, 'holds', cb)];
      // A source whose later word is the other claim holds this one no longer (the outcome after its forecast).
      const [ta, tb] = [turnedTo(ca, cb, byId.get(a)?.kind === 'prediction'), turnedTo(cb, ca, byId.get(b)?.kind === 'prediction')];
      if (ta > 0) sides[0].turned = ta;
      if (tb > 0) sides[1].turned = tb;
      declared.push({
        kind: 'declared',
        key: `declared:${a}:${b}`,
        claims: [a, b],
        declaredBy: [a, b].filter((x, i) => declaresIt(x, i === 0 ? b : a)),
        sides,
        active: sides[0].evidence.length > 0 && sides[1].evidence.length > 0,
      });
    }
  }
  return [...implied, ...declared];
}

/** The contradictions involving one claim, each turned so that the claim's own side comes first. */
export function contradictionsForClaim(claim: ClaimId, all: readonly Contradiction[]): ClaimContradiction[] {
  const out: ClaimContradiction[] = [];
  for (const contradiction of all) {
    if (!contradiction.claims.includes(claim)) continue;
    const [first, second] = contradiction.sides;
    if (contradiction.kind === 'implied') {
      out.push({ contradiction, ours: first, theirs: second });
    } else {
      const mine = first.claim === claim;
      out.push({
        contradiction,
        other: mine ? second.claim : first.claim,
        ours: mine ? first : second,
        theirs: mine ? second : first,
      });
    }
  }
  return out;
}

/**
 * Whether every disputing mention's article was certainly published after every holding one's
 * (by `dateSpan`; an article known only by when it was added may have been published any time before).
 */
function disputedAfter(held: readonly Evidence[], against: readonly Evidence[]): boolean {
  const latestHeld = Math.max(...held.map((e) => dateSpan(e.date.date, e.date.offset)[1]));
  return against.every((e) => e.date.basis === 'published' && dateSpan(e.date.date, e.date.offset)[0] > latestHeld);
}

/**
 * One source as the evidence on both sides shows it: the outlet a reader sees there, not the
 * owner it counts with ("The Daily", not "Big Group", when only The Daily's articles are on the
 * claim); several outlets of one owner with the owner named as such ("Big Group, the owner of The
 * Daily and The Herald").
 */
function sourceName(evidence: readonly Evidence[]): string {
  const source = evidence[0]!.source;
  const outlets = [...new Set(evidence.map((e) => e.outlet.name))];
  if (outlets.length === 1) return outlets[0]!;
  if (source.kind !== 'owner') return source.name;
  return `${source.name}, the owner of ${outlets.slice(0, -1).join(', ')} and ${outlets.at(-1)!}`;
}

/**
 * What a page says of an implied contradiction, in the coverage's own numbers: "The coverage
 * disagrees on this claim itself: 3 articles hold it true, 1 disputes it." An article on both
 * sides is said to be, and a lone article on both sides is not made into "some articles" and
 * "others". When the same sources are on both sides (one outlet's correction, two outlets of one
 * owner that disagree), it says so, not that "the coverage disagrees": "One source, The Post, is on
 * both sides of this claim: it held it true in 1 article, then disputed it in 1 later article."
 */
export function describeImplied(contradiction: Pick<Contradiction, 'sides'>): string {
  const [holds, disputes] = contradiction.sides.map((side) => new Set(side.evidence.map((e) => e.article.slug)));
  const both = [...holds!].filter((slug) => disputes!.has(slug)).length;
  if (holds!.size === 1 && disputes!.size === 1 && both === 1) {
    return 'One article both holds this claim true and disputes it.';
  }
  const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);
  const [holding, disputing] = contradiction.sides.map((side) => new Set(side.evidence.map((e) => e.source.key)));
  if (holding!.size === disputing!.size && [...holding!].every((key) => disputing!.has(key))) {
    // Each source on one side is on the other: no two sources disagree.
    const [held, against] = contradiction.sides;
    if (holding!.size === 1) {
      const name = sourceName([...held.evidence, ...against.evidence]);
      if (disputedAfter(held.evidence, against.evidence)) {
        return `One source, ${name}, is on both sides of this claim: it held it true in ${counted(holds!.size, 'article')}, then disputed it in ${counted(disputes!.size, 'later article')}.`;
      }
      return `One source, ${name}, is on both sides of this claim, not two sources disagreeing: ${holds!.size} of its articles ${verb(holds!.size, 'holds', 'hold')} it true, ${disputes!.size} ${verb(disputes!.size, 'disputes', 'dispute')} it.`;
    }
    return `Each of the ${holding!.size} sources on this claim is on both sides of it, not one source against another: ${counted(holds!.size, 'article')} ${verb(holds!.size, 'holds', 'hold')} it true, ${disputes!.size} ${verb(disputes!.size, 'disputes', 'dispute')} it.`;
  }
  const bothNote = both === 0 ? '' : `; ${both === 1 ? '1 article does both' : `${both} articles do both`}`;
  return `The coverage disagrees on this claim itself: ${counted(holds!.size, 'article')} ${verb(holds!.size, 'holds', 'hold')} it true, ${disputes!.size} ${verb(disputes!.size, 'disputes', 'dispute')} it${bothNote}.`;
}
