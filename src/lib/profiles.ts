/**
 * Profiles of the publishers and of the people and things in the news.
 *
 * An outlet's record: its articles, the claims it held true (asserted or qualified: see
 * status.ts on qualifications), and how many of those ended up corroborated, that is held true
 * by two or more independent sources (besides the party the claim is about) and disputed by none. An entity's record: the claims about
 * it (`claim.entities`), the claims by it (`claim.speaker`), and the articles that name it
 * (`article.entities`) or mention a claim about or by it.
 */
import { isSupporting } from './corroboration.ts';
import type { Article, Claim, Entity, Outlet } from './corpus.ts';
import type { EvidenceIndex } from './evidence.ts';
import { asArticleSlug, type ClaimId, type OutletId } from './ids.ts';
import { groupOwners, ownerKey, sourceOf } from './independence.ts';
import { compareArticlesNewestFirst, compareNames, compareText, counted } from './order.ts';
import { CLAIM_STATUSES, type ClaimStatus, type StatusAssessment } from './status.ts';

/** An outlet's record. */
export interface OutletProfile {
  outlet: Outlet;
  /** Other outlets with the same owner, or that it owns (counted with it as one source), by id. */
  sameOwner: OutletId[];
  /** The outlet its `owner` names, when the owner is itself an outlet (by name; or by id, as independence.ts reads it), by id. */
  ownerOutlet: OutletId | undefined;
  /**
   * Whether it is the owner of the others of `sameOwner`: an outlet with no owner whose name they
   * name (at the top of their chain), so that its page says it owns them, not that it shares their owner.
   */
  ownsGroup: boolean;
  /** Whether `ownerOutlet` is one of `sameOwner`: counted with it as one source. */
  ownerCounted: boolean;
  /** `sameOwner` but `ownerOutlet`, which its page names as its owner: what it lists as owned by it, or sharing its owner. */
  alongside: OutletId[];
  /** Its articles, newest first (by `articleDate`, then slug). */
  articles: Article[];
  /** How many of its articles carry another article's reporting (`via`). */
  syndicated: number;
  /** Claims its articles assert or qualify, in claim order. */
  claimsAsserted: ClaimId[];
  /** Of those, the ones some article of its disputes (a correction, or two articles that disagree), in claim order. */
  alsoDisputed: ClaimId[];
  /**
   * Of those, the ones declared to contradict another claim it asserted too (a figure it revised,
   * or two articles that disagree), in claim order: without them, its page listed both claims
   * with nothing to say that they contradict each other.
   */
  alsoContradicted: ClaimId[];
  /** Of those, the ones it only qualified (held true with a caveat), never asserted plainly, in claim order. */
  qualifiedOnly: ClaimId[];
  /** Of those, the ones whose status is corroborated. */
  corroborated: ClaimId[];
  /** `corroborated` over `claimsAsserted`, 0 to 1; undefined when it asserted nothing. */
  corroboratedShare: number | undefined;
  /** How its asserted claims fare, by status. */
  statusCounts: Record<ClaimStatus, number>;
  /** One sentence, such as "2 of 5 claims it asserted are corroborated by independent sources." ("0 of 1 claim… is"). */
  summary: string;
}

/** An entity's record. */
export interface EntityProfile {
  entity: Entity;
  /** Claims about it, in claim order. */
  about: ClaimId[];
  /** Claims it made (it is the speaker), in claim order. */
  by: ClaimId[];
  /** Articles naming it or mentioning a claim about or by it, newest first. */
  articles: Article[];
}

/** Owner groups by outlet list: the site index passes one list for every outlet, grouped once. */
const ownerGroups = new WeakMap<readonly Outlet[], Map<string, Outlet[]>>();
function ownersOf(outlets: readonly Outlet[]): Map<string, Outlet[]> {
  let owners = ownerGroups.get(outlets);
  if (!owners) ownerGroups.set(outlets, (owners = groupOwners(outlets)));
  return owners;
}

/** Outlets by owner key of their name (the first by id when two share one) and by id, per outlet list. */
const outletNames = new WeakMap<readonly Outlet[], { byName: Map<string, Outlet>; byId: Map<string, Outlet> }>();

/**
 * The outlet `outlet`'s owner names: the identified outlet of that name, or, when no outlet has
 * that name, the one with that id (read so by groupOwners, with the notice owner-id); never itself.
 */
function ownerOutletOf(outlet: Outlet, outlets: readonly Outlet[]): OutletId | undefined {
  const owner = outlet.owner?.trim();
  if (!owner || outlet.unidentified) return undefined;
  let names = outletNames.get(outlets);
  if (!names) {
    const identified = outlets.filter((o) => !o.unidentified).sort((a, b) => compareText(a.id, b.id));
    names = { byName: new Map(), byId: new Map(identified.map((o) => [o.id as string, o])) };
    for (const o of identified) if (!names.byName.has(ownerKey(o.name))) names.byName.set(ownerKey(o.name), o);
    outletNames.set(outlets, names);
  }
  const found = names.byName.get(ownerKey(owner)) ?? names.byId.get(owner);
  return found && found.id !== outlet.id ? found.id : undefined;
}

/**
 * What an outlet's page says under the claims it asserted when it held some of them true only
 * with a qualification (a hedged assertion, counted as one, see status.ts): "It asserted 2 of
 * them only with a qualification."; undefined when it asserted each plainly.
 */
export function describeQualifiedOnly(qualifiedOnly: number, asserted: number): string | undefined {
  if (qualifiedOnly === 0) return undefined;
  if (qualifiedOnly < asserted) return `It asserted ${qualifiedOnly} of them only with a qualification.`;
  return asserted === 1 ? 'It asserted it only with a qualification.' : 'It asserted each of them only with a qualification.';
}

/** The claims some of `articles` hold true (assert or qualify), each once, in the order first met. */
export function claimsHeld(articles: readonly Article[], evidence: EvidenceIndex): Set<ClaimId> {
  const held = new Set<ClaimId>();
  for (const article of articles) {
    for (const e of evidence.byArticle.get(article.slug) ?? []) if (isSupporting(e.stance)) held.add(e.claim);
  }
  return held;
}

/**
 * An outlet's record. `outlets` are all outlets (to find those with the same owner); `articles`
 * may be the whole corpus: only the outlet's own are kept. `claimOrder` orders claim lists
 * (default: by id); `partners` maps a claim to the claims declared to contradict it.
 */
export function outletProfile(
  outlet: Outlet,
  outlets: readonly Outlet[],
  articles: readonly Article[],
  evidence: EvidenceIndex,
  statuses: ReadonlyMap<ClaimId, StatusAssessment>,
  claimOrder: (a: ClaimId, b: ClaimId) => number = compareText,
  partners: ReadonlyMap<ClaimId, readonly ClaimId[]> = new Map(),
): OutletProfile {
  const own = articles.filter((a) => a.outlet === outlet.id).sort(compareArticlesNewestFirst);
  // The outlets it counts with, as independence.ts groups them (the article slug plays no part).
  const source = sourceOf(outlet, asArticleSlug('_'), ownersOf(outlets));
  const sameOwner = source.kind === 'owner' ? source.outlets.filter((id) => id !== outlet.id).sort(compareText) : [];
  const ownerOutlet = ownerOutletOf(outlet, outlets);
  const ownerCounted = ownerOutlet !== undefined && sameOwner.includes(ownerOutlet);
  const ownsGroup = source.kind === 'owner' && sameOwner.length > 0 && !outlet.owner?.trim() && `owner:${ownerKey(outlet.name)}` === source.key;
  const held = claimsHeld(own, evidence);
  const claimsAsserted = [...held].sort(claimOrder);
  const disputed = new Set(own.flatMap((a) => (evidence.byArticle.get(a.slug) ?? []).filter((e) => e.stance === 'disputes').map((e) => e.claim)));
  const plainly = new Set(own.flatMap((a) => (evidence.byArticle.get(a.slug) ?? []).filter((e) => e.stance === 'asserts').map((e) => e.claim)));
  const statusCounts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const claim of claimsAsserted) {
    const status = statuses.get(claim)?.status;
    if (status) statusCounts[status]++;
  }
  const corroborated = claimsAsserted.filter((c) => statuses.get(c)?.status === 'corroborated');
  const n = claimsAsserted.length;
  const summary =
    n === 0
      ? 'It asserted no claim recorded here.'
      : `${corroborated.length} of ${counted(n, 'claim')} it asserted ${corroborated.length === 1 || n === 1 ? 'is' : 'are'} corroborated by independent sources.`;
  return {
    outlet,
    sameOwner,
    ownerOutlet,
    ownsGroup,
    ownerCounted,
    alongside: ownerCounted ? sameOwner.filter((id) => id !== ownerOutlet) : sameOwner,
    articles: own,
    syndicated: own.filter((a) => a.via !== undefined).length,
    claimsAsserted,
    alsoDisputed: claimsAsserted.filter((c) => disputed.has(c)),
    alsoContradicted: claimsAsserted.filter((c) => (partners.get(c) ?? []).some((rival) => rival !== c && held.has(rival))),
    qualifiedOnly: claimsAsserted.filter((c) => !plainly.has(c)),
    corroborated,
    corroboratedShare: n === 0 ? undefined : corroborated.length / n,
    statusCounts,
    summary,
  };
}

/**
 * An entity's record from all claims and articles of the corpus. `claimOrder` orders claim lists
 * (default: by id).
 */
export function entityProfile(
  entity: Entity,
  claims: readonly Claim[],
  articles: readonly Article[],
  claimOrder: (a: ClaimId, b: ClaimId) => number = compareText,
): EntityProfile {
  const about = claims.filter((c) => c.entities.includes(entity.id)).map((c) => c.id);
  const by = claims.filter((c) => c.speaker === entity.id).map((c) => c.id);
  const related = new Set<ClaimId>([...about, ...by]);
  const named = articles.filter((a) => a.entities.includes(entity.id) || a.mentions.some((m) => related.has(m.claim)));
  return {
    entity,
    about: [...new Set(about)].sort(claimOrder),
    by: [...new Set(by)].sort(claimOrder),
    articles: [...new Map(named.map((a) => [a.slug, a])).values()].sort(compareArticlesNewestFirst),
  };
}

/** How many articles a story page lists under its coverage; beyond it, it counts them by outlet (its timeline lists them all). */
export const STORY_ARTICLES_LISTED = 20;

/** Articles by outlet: each outlet with its articles in the order given, the outlets with most articles first, then by name. */
export function articlesByOutlet<A>(articles: readonly A[], outletOf: (article: A) => Outlet | undefined): { outlet: Outlet; articles: A[] }[] {
  const groups = new Map<string, { outlet: Outlet; articles: A[] }>();
  for (const article of articles) {
    const outlet = outletOf(article);
    if (!outlet) continue;
    const group = groups.get(outlet.id);
    if (group) group.articles.push(article);
    else groups.set(outlet.id, { outlet, articles: [article] });
  }
  return [...groups.values()].sort((a, b) => b.articles.length - a.articles.length || compareNames(a.outlet.name, b.outlet.name) || compareText(a.outlet.id, b.outlet.id));
}
