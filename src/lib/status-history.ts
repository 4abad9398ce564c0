/**
 * Status history: how each claim's derived status changed as articles entered the corpus. There
 * is no stored history to go wrong: it is derived, deterministically, by replaying the corpus.
 *
 * 1. Articles are replayed in `added` order. Articles added at the same instant arrive together
 *    (one step), so the order of files never decides a status for a moment.
 * 2. After each step, every claim whose evidence changed, and every claim declared to contradict
 *    one of those, is assessed again with the same rules the site index uses (`assessStatus`,
 *    which `deriveStatus` applies): at the last step each status is the one the site shows. Each
 *    claim's tally (`ClaimTally`) is kept from step to step, changed by the mentions that arrive
 *    or count as another source, so a step costs what it changed, not all the claim's evidence.
 *    A claim's status reads the claims declared to contradict it only through whether some source
 *    holds one of them true, so a claim whose evidence did not change is assessed again only when
 *    that turns, and the numbers of all of them are read only when its status changes.
 * 3. Each time a claim's status differs from its previous one, a change is recorded. Every claim
 *    starts `unmentioned`, so its first coverage is a change too.
 *
 * Independence is replayed as well: an article whose `via` names an article not yet added counts
 * as its own source until that article arrives (the same rule as a `via` the corpus lacks).
 */
import type { Article, Claim, Corpus } from './corpus.ts';
import { declaredPartners } from './contradictions.ts';
import { articleEvidence, type Evidence } from './evidence.ts';
import type { ArticleSlug, ClaimId } from './ids.ts';
import { groupOwners, linkVia, sourceOf, type ArticleSource, type SourceKey, type ViaLink } from './independence.ts';
import { indexCorpus, outletOf } from './lookup.ts';
import { compareDates, compareText } from './order.ts';
import { assessStatus, claimSubjects, ClaimTally, disputedOnlyBySubject, type ClaimStatus, type StatusAssessment } from './status.ts';

/** One change of a claim's derived status. */
export interface StatusChange {
  claim: ClaimId;
  /** When it changed: the `added` date of the articles whose arrival changed it. */
  date: Date;
  /** The status before; `unmentioned` when this is the claim's first coverage. */
  from: ClaimStatus;
  /** The status after. */
  to: ClaimStatus;
  /** The assessment right after the change: its sentence gives the numbers of that moment. */
  assessment: StatusAssessment;
  /**
   * The articles added at that moment that mention the claim or a claim declared to contradict
   * it, by slug; every article of the moment when none does (a `via` that resolved).
   */
  articles: ArticleSlug[];
}

/**
 * A stand-in for a claim's declared partners when some source holds one of them true: what
 * `assessStatus` makes of them decides its status, not its sentence (see `statusHistory`).
 */
const HELD_PARTNER = [{ claim: '' as ClaimId, holding: new Set<SourceKey>(['outlet:']) }];

/** The articles in replay order: grouped by `added` instant, oldest first, each group by slug. */
export function replaySteps(articles: readonly Article[]): { date: Date; articles: Article[] }[] {
  const sorted = [...articles].sort((a, b) => compareDates(a.added, b.added) || compareText(a.slug, b.slug));
  const steps: { date: Date; articles: Article[] }[] = [];
  for (const article of sorted) {
    const last = steps.at(-1);
    if (last && last.date.getTime() === article.added.getTime()) last.articles.push(article);
    else steps.push({ date: article.added, articles: [article] });
  }
  return steps;
}

/**
 * Every status change of every claim, ordered by date, then claim id. Claims no article mentions
 * have none. See the module comment for the rules.
 */
export function statusHistory(corpus: Corpus): StatusChange[] {
  const lookup = indexCorpus(corpus);
  const claims: Claim[] = [...lookup.claims.values()];
  const partners = declaredPartners(claims);

  const present = new Map<ArticleSlug, Article>();
  // Sources are resolved once per article as it arrives, and again only for an article whose
  // `via` chain stopped at an article not added yet, when that one arrives: resolving every
  // present article at every step would grow with the square of the corpus.
  const owners = groupOwners(lookup.outlets.values());
  const sources = new Map<ArticleSlug, ArticleSource>();
  /** Articles whose chain stops at a `via` not added yet, by that slug. */
  const waiting = new Map<ArticleSlug, Set<ArticleSlug>>();
  // The via links of the present articles: an article's stays until it is resolved again, so a
  // walk up a chain stops at the first article not resolved again at this step.
  const links = new Map<ArticleSlug, ViaLink>();
  const resolve = (slug: ArticleSlug) => {
    const { next, end, root, cycle } = linkVia(slug, present, links);
    const rootArticle = present.get(root) ?? present.get(slug)!;
    const article = present.get(slug)!;
    const source = sourceOf(outletOf(lookup, rootArticle.outlet), root, owners);
    const own = root === slug ? source : sourceOf(outletOf(lookup, article.outlet), slug, owners);
    sources.set(slug, { article: slug, next, end, root, cycle, source, own });
    const via = present.get(end)?.via;
    if (!cycle && via !== undefined && !present.has(via)) waiting.set(via, (waiting.get(via) ?? new Set()).add(slug));
  };
  const byArticle = new Map<ArticleSlug, Evidence[]>();
  // Each claim's tally, changed by the mentions that come and go: assessing a claim again from
  // all its evidence at each step that touched it cost n² for a claim in n articles.
  const tallies = new Map<ClaimId, ClaimTally>();
  const tallyOf = (claim: ClaimId) => {
    let tally = tallies.get(claim);
    // With the claim's subjects: a source holding it true by their own word confirms nothing (assessStatus).
    const known = lookup.claims.get(claim);
    if (!tally) tallies.set(claim, (tally = new ClaimTally(claim, known ? claimSubjects(known, lookup.entities) : [], known?.kind === 'prediction')));
    return tally;
  };
  // Held true now: a source that disputed it in a later article (a correction) no longer holds it.
  const isHeld = (claim: ClaimId) => (tallies.get(claim)?.holdingCount ?? 0) > 0;
  /** For each claim, how many of its declared partners some source holds true. */
  const heldPartners = new Map<ClaimId, number>();
  /**
   * The claims whose status their partners decide, and which a source holds true in dated
   * articles only: which source held which claim first may then decide it (`laterWords` in
   * status.ts), so a change of a partner's mentions has them assessed again.
   */
  const turning = new Set<ClaimId>();
  // A claim can turn so only when it or one of its partners is a forecast.
  const isPrediction = (claim: ClaimId) => lookup.claims.get(claim)?.kind === 'prediction';
  const forecastPair = new Map<ClaimId, boolean>();
  const inForecastPair = (claim: ClaimId) => {
    let known = forecastPair.get(claim);
    if (known === undefined) forecastPair.set(claim, (known = isPrediction(claim) || (partners.get(claim) ?? []).some(isPrediction)));
    return known;
  };
  const partnerSets = new Map<ClaimId, ReadonlySet<ClaimId>>();
  const partnerSet = (claim: ClaimId) => {
    let set = partnerSets.get(claim);
    if (!set) partnerSets.set(claim, (set = new Set(partners.get(claim) ?? [])));
    return set;
  };
  const current = new Map<ClaimId, ClaimStatus>();
  const changes: StatusChange[] = [];

  for (const step of replaySteps([...lookup.articles.values()])) {
    for (const article of step.articles) present.set(article.slug, article);

    // Articles whose evidence is new or may now count as another source. Only an article with a
    // `via` can change source: when its chain reaches an article that just arrived. Its mentions
    // are then counted again even when its own source stays the same, since which of them carry
    // the original's reporting depends on the articles up the chain (see `mentionSource`).
    const changed = new Set<ArticleSlug>(step.articles.map((a) => a.slug));
    const reached = new Set<ArticleSlug>();
    for (const article of step.articles) {
      for (const slug of waiting.get(article.slug) ?? []) reached.add(slug);
      waiting.delete(article.slug);
    }
    for (const slug of [...changed, ...reached]) links.delete(slug);
    for (const article of step.articles) resolve(article.slug);
    for (const slug of reached) {
      resolve(slug);
      changed.add(slug);
    }

    // The claims the step touched, each with whether some source held it true before the step.
    const touched = new Map<ClaimId, boolean>();
    const touch = (claim: ClaimId) => {
      if (!touched.has(claim)) touched.set(claim, isHeld(claim));
    };
    for (const slug of changed) {
      const evidence = articleEvidence(present.get(slug)!, lookup, sources);
      for (const e of byArticle.get(slug) ?? []) {
        touch(e.claim);
        tallyOf(e.claim).remove(e);
      }
      for (const e of evidence) {
        touch(e.claim);
        tallyOf(e.claim).add(e);
      }
      byArticle.set(slug, evidence);
    }

    // A claim's status reads its declared partners only through whether some source holds one of
    // them true (`assessStatus`): a partner's status can change only when that turns. Assessing
    // every partner of each touched claim, and each claim with all its partners, cost n² for a
    // claim n claims contradict.
    const affected = new Set<ClaimId>(touched.keys());
    // A claim whose partners decide its status by who held what first: assessed again when one of them changes.
    if (turning.size > 0) {
      for (const claim of touched.keys()) {
        // Only a forecast is left behind by a later word: the touched claim or its partner is one.
        const forecast = isPrediction(claim);
        const turns = (partner: ClaimId) => turning.has(partner) && (forecast || isPrediction(partner));
        const mine = partners.get(claim) ?? [];
        if (mine.length <= turning.size) {
          for (const partner of mine) if (turns(partner)) affected.add(partner);
        } else for (const partner of turning) if (partnerSet(claim).has(partner) && turns(partner)) affected.add(partner);
      }
    }
    for (const [claim, wasHeld] of touched) {
      if (isHeld(claim) === wasHeld) continue;
      for (const partner of partners.get(claim) ?? []) {
        heldPartners.set(partner, (heldPartners.get(partner) ?? 0) + (wasHeld ? -1 : 1));
        affected.add(partner);
      }
    }
    // Which of the step's articles mention each claim, by place in the step: going through the
    // whole step for each claim it changed cost n² when n articles arrived at one instant.
    const mentionedIn = new Map<ClaimId, Set<number>>();
    step.articles.forEach((a, i) => {
      for (const m of a.mentions) mentionedIn.set(m.claim, (mentionedIn.get(m.claim) ?? new Set()).add(i));
    });
    const stepMentions = (ids: ReadonlySet<ClaimId>) => {
      const places = new Set<number>();
      for (const id of ids) for (const i of mentionedIn.get(id) ?? []) places.add(i);
      return [...places].sort((a, b) => a - b).map((i) => step.articles[i]!.slug);
    };

    for (const claim of [...affected].sort(compareText)) {
      if (!lookup.claims.has(claim)) continue;
      const own = tallies.get(claim) ?? new ClaimTally(claim);
      const from = current.get(claim) ?? 'unmentioned';
      const held = (heldPartners.get(claim) ?? 0) > 0;
      const quick = assessStatus(own, held ? HELD_PARTNER : []).status;
      // When its partners decide its status, or it is contested while some source holds a partner
      // true, and it or a partner is a forecast, and a source holds it true in dated articles only,
      // which source held which first may decide it (a source's later word leaves its forecast
      // behind: laterWords in status.ts): it is assessed with every partner.
      const turns = held && own.datedHolders > 0 && inForecastPair(claim) && (quick === 'contested' || assessStatus(own).status !== quick);
      if (turns) turning.add(claim);
      else turning.delete(claim);
      if (!turns && quick === from) continue;
      // Its status changed: the assessment with every partner, for the sentence and numbers.
      const rivals = (partners.get(claim) ?? []).flatMap((p) => tallies.get(p) ?? []);
      // A dispute by the claim's own subject is its denial, as the site index says it (deriveStatus).
      const subjects = claimSubjects(lookup.claims.get(claim)!, lookup.entities);
      const assessment = assessStatus(own, rivals, disputedOnlyBySubject(own.disputes(), subjects));
      if (assessment.status === from) continue;
      current.set(claim, assessment.status);
      // Listed only when read (the feed reads its latest few): n claims contradicting one, all
      // added at one instant, each listed the n articles mentioning that one, n² in all.
      changes.push(
        withArticles({ claim, date: step.date, from, to: assessment.status, assessment }, () => {
          const involved = stepMentions(new Set([claim, ...(partners.get(claim) ?? [])]));
          return involved.length > 0 ? involved : step.articles.map((a) => a.slug);
        }),
      );
    }
  }
  return changes;
}

/** A change whose `articles` are found (once) when first read. */
function withArticles(change: Omit<StatusChange, 'articles'>, find: () => ArticleSlug[]): StatusChange {
  let articles: ArticleSlug[] | undefined;
  return Object.defineProperty(change, 'articles', { get: () => (articles ??= find()), enumerable: true }) as StatusChange;
}

/** The changes newest first (then by claim id), at most `limit` of them: what a feed lists. */
export function latestStatusChanges(history: readonly StatusChange[], limit = Infinity): StatusChange[] {
  return [...history]
    .sort((a, b) => compareDates(b.date, a.date) || compareText(a.claim, b.claim))
    .slice(0, limit);
}
