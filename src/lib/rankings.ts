/**
 * The home page's lists: the most contested claims and the latest articles.
 *
 * Most contested: only claims whose status is `contested`. Each is scored by the smaller of its
 * two sides, counted in independent sources: support (sources holding it true) against
 * opposition (sources disputing it, plus sources holding true now a claim declared to contradict
 * it, each source once). A disagreement is only as sharp as its weaker side: ten against one
 * is less contested than three against three. Each source is counted by its word now, as the
 * status counts it (status.ts): one that held the claim true and disputed it in a later article
 * (a correction) opposes it, and one that disputed it and held it true later holds it. A source
 * The claim's own subject holding it true (a company's press release on itself; `ownWord` of its
 * status) is no side: "held true only by the party it is about", or "by 2 independent sources
 * besides the party it is about".
 * A source's later word across a declared contradiction counts too (`laterWords` in status.ts):
 * one that reported a forecast, then the outcome against it, opposes the outcome no longer and
 * holds the forecast no longer. A source
 * on both sides at once (an article asserting and disputing a claim, two outlets of one owner
 * disagreeing) takes neither side in the score: one source at odds with itself is not a
 * disagreement between sources. Ties go to the claim with
 * more sources involved (support plus opposition), then to claim id in code-unit order. A claim
 * disputed only by its own subject (a company denying a report about itself; see `deriveStatus`
 * in status.ts) comes after every claim an independent source opposes: a denial by the party
 * concerned is not a disagreement between sources, and the list says it is a denial.
 *
 * Latest articles: most recently added first, then latest published, then slug.
 */
import type { Corroboration } from './corroboration.ts';
import type { Article } from './corpus.ts';
import type { ClaimId } from './ids.ts';
import type { SourceKey } from './independence.ts';
import { compareArticlesByAdded, compareText, counted } from './order.ts';
import { heldBySource, holdingSources, laterWords, sidesNow, type HeldRival, type StatusAssessment } from './status.ts';

/** A contested claim's place in the ranking. */
export interface ContestedClaim {
  claim: ClaimId;
  /** Independent sources holding it true now (not one that corrected it later). */
  support: number;
  /** Independent sources disputing it now (not one that held it true later) or holding a contradicting claim true now. */
  opposition: number;
  /** The smaller of the two, counting only sources on one side: what the ranking sorts by. */
  score: number;
  /** Support plus opposition: the tie-breaker. */
  weight: number;
  /** Sources on both sides: holding it true and opposing it. */
  both: number;
  /**
   * When every source on both sides is there only by holding true, in another article, a claim
   * declared to contradict it, and held the two in turn the same way (`rivalsInTurn` of its
   * status): `earlier` when each held this one before (a figure it revised), `later` when after.
   */
  inTurn?: 'earlier' | 'later' | undefined;
  /**
   * Held true, of the sources counted in `support`, only besides (`besides`) or only by (`only`)
   * the word of the party it is about (`ownWord` of its status), which is no side: a company's
   * press release on itself is not counted as holding it true.
   */
  ownWord?: 'besides' | 'only' | undefined;
  /**
   * Disputed only by its own subject (`deniedBy` of its status), with no contradicting claim held
   * true: a denial by the party it is about, ranked after every claim an independent source opposes.
   */
  denial: boolean;
}

/**
 * What a list says of a contested claim's sides: "held true by 3 independent sources, opposed by
 * 2", saying when sources are on both sides ("opposed by 1, which also holds it true"), so that
 * one source at odds with itself is never read as two sources disagreeing; and, as the claim's
 * status sentence does, when they held the two claims in turn ("opposed by 2, 1 of which had held
 * it true in an earlier article": a figure it revised), not at once.
 */
export function describeContest({ support, opposition, both, inTurn, denial = false, ownWord }: Pick<ContestedClaim, 'support' | 'opposition' | 'both' | 'inTurn'> & { denial?: boolean; ownWord?: ContestedClaim['ownWord'] }): string {
  const held =
    ownWord === 'only' ? 'held true only by the party it is about' : `held true by ${counted(support, 'independent source')}${ownWord === 'besides' ? ' besides the party it is about' : ''}`;
  if (denial) return `${held}, denied only by the party it is about`;
  const base = `${held}, opposed by ${opposition}`;
  if (both === 0) return base;
  const which = both === opposition ? (opposition === 1 ? 'which' : 'all of which') : `${both} of which`;
  const articles = both === 1 ? 'article' : 'articles';
  if (inTurn === 'earlier') return `${base}, ${which} had held it true in ${both === 1 ? 'an earlier article' : `earlier ${articles}`}`;
  if (inTurn === 'later') return `${base}, ${which} held it true in ${both === 1 ? 'a later article' : `later ${articles}`}`;
  return `${base}, ${which} also ${both === 1 && which !== 'all of which' ? 'holds' : 'hold'} it true`;
}

/**
 * Contested claims, most contested first (see the module comment), at most `limit` of them
 * (default: all). `partners` maps a claim to the claims declared to contradict it; `predictions`
 * are the forecasts (see `laterWords` in status.ts).
 */
export function mostContested(
  statuses: Iterable<StatusAssessment>,
  corroborations: ReadonlyMap<ClaimId, Corroboration>,
  partners: ReadonlyMap<ClaimId, readonly ClaimId[]>,
  limit = Number.POSITIVE_INFINITY,
  predictions: ReadonlySet<ClaimId> = new Set(),
): ContestedClaim[] {
  const ranked: ContestedClaim[] = [];
  for (const status of statuses) {
    if (status.status !== 'contested') continue;
    const own = corroborations.get(status.claim);
    if (!own) continue;
    const now = sidesNow(own);
    const opposing = new Set<SourceKey>(now.disputing);
    // Its sources that hold it true now: one that corrected it later opposes nothing (status.ts).
    const rivals: HeldRival[] = [];
    for (const rival of partners.get(status.claim) ?? []) {
      const theirs = corroborations.get(rival);
      if (theirs) rivals.push({ claim: theirs.claim, holding: holdingSources(theirs), heldBy: heldBySource(theirs), prediction: predictions.has(theirs.claim) });
    }
    // A source's later word is its word across the pair too (status.ts): one that held a rival,
    // then this claim, no longer opposes it; one that held this claim, then a rival, no longer holds it.
    const later = laterWords(now.holding, heldBySource(own), rivals, predictions.has(status.claim));
    for (const rival of rivals) {
      const gone = later.superseded.get(rival.claim);
      for (const key of rival.holding) if (!gone?.has(key)) opposing.add(key);
    }
    // Nor is the claim's own subject holding it true a side (status.ts, ownWordOf).
    const ownWord = new Set(status.ownWord ?? []);
    const supporting = later.withdrawn.size === 0 && ownWord.size === 0 ? now.holding : new Set([...now.holding].filter((key) => !later.withdrawn.has(key) && !ownWord.has(key)));
    const byOwnWord = [...ownWord].some((key) => now.holding.has(key) && !later.withdrawn.has(key));
    const bothKeys = [...supporting].filter((key) => opposing.has(key));
    const both = bothKeys.length;
    // On both sides only through a rival held in another article, in turn: the status says when.
    const inTurn = both > 0 && bothKeys.every((key) => !now.disputing.has(key)) ? status.rivalsInTurn : undefined;
    const support = supporting.size;
    const opposition = opposing.size;
    ranked.push({
      claim: status.claim,
      support,
      opposition,
      score: Math.min(support - both, opposition - both),
      weight: support + opposition,
      both,
      ...(inTurn && { inTurn }),
      denial: status.deniedBy !== undefined && status.rivals.length === 0,
      ...(byOwnWord && { ownWord: support === 0 ? ('only' as const) : ('besides' as const) }),
    });
  }
  ranked.sort((a, b) => Number(a.denial) - Number(b.denial) || b.score - a.score || b.weight - a.weight || compareText(a.claim, b.claim));
  return ranked.slice(0, limit);
}

/** The latest articles, most recently added first, at most `limit` of them (default: all). */
export function latestArticles(articles: readonly Article[], limit = Number.POSITIVE_INFINITY): Article[] {
  return [...articles].sort(compareArticlesByAdded).slice(0, limit);
}
