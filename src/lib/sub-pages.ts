/**
 * Sub-pages: where a story's or a claim's page cannot list everything and still reach a reader in
 * one round trip (14 KB of gzipped HTML and CSS, tests/browser/weight.test.ts), it shows the first
 * items of each long list, says how many there are, and links to a permanent sub-page that lists
 * them all:
 *
 * - `/stories/<id>/timeline/`: every article of the story by date, when the story page's
 *   timeline shows only its first {@link STORY_LIST_LIMIT};
 * - `/stories/<id>/claims/`: every claim of the story by status, and every quotation that
 *   drifted, when a list of claims on the story page is cut (contested, single-source, quote
 *   drift, or the claims the coverage matrix leaves out);
 * - `/claims/<id>/evidence/`: every mention of the claim quoted in full (outlet, date, stance,
 *   the exact span, a link to it), when the claim page quotes only the first
 *   {@link EVIDENCE_IN_FULL} of a stance;
 * - `/claims/<id>/contradictions/`: every contradiction of the claim one line each, when its page
 *   leaves some out (see {@link contradictionsOnPage});
 * - `/claims/<id>/related/`: every claim related to the claim, in either direction, when its page
 *   lists only the first {@link CLAIM_RELATED_LISTED};
 * - `/entities/<id>/articles/`: every article naming an entity, newest first, when its page
 *   lists only the first {@link ENTITY_ARTICLES_LISTED} (not a reading page of the budget, but
 *   an entity named in 300 articles listed them all, 80 KB; fifty keep a small corpus's entities whole);
 * - `/entities/<id>/claims/`: every claim by an entity and about it, when its page lists only the
 *   first {@link ENTITY_CLAIMS_LISTED} of either (an entity in 2,000 claims made a page of 79 KB).
 * - `/articles/<slug>/disputed/`: every claim an article holds true that other sources dispute or
 *   contradict, and every one its own source disputed in another article, one line each, when
 *   its page leaves some out (see {@link disputedOnPage}).
 *
 * A sub-page's list grows with the corpus, so it is split into numbered pages (src/lib/pagination.ts):
 * page 1 at the sub-page's address, then `…/evidence/2/` and on, {@link EVIDENCE_PER_PAGE} mentions
 * quoted in full or {@link LINES_PER_PAGE} list lines each; each page says how many there are and
 * links every other page. The record's page links each cut list to the page where it begins.
 *
 * A story of 300 articles made a page of 470 KB (50 KB gzipped), a claim in 300 articles one of
 * 230 KB. A sub-page exists only where its page is cut, so a small story or claim has none.
 *
 * A claim page compares each distinct wording of a quotation with the best-attested one once, and
 * names the first renditions of each ({@link wordingsOnPage}); its evidence quotes every rendition
 * (a quotation in 20,000 articles drew 20,000 renditions on one page, some 15 MB).
 *
 * An article page needs no other: its record marks and links every mention, so beyond
 * {@link ARTICLE_MENTIONS_LISTED} mentions its list of claims gives each claim once, and what
 * others disputed quotes a few mentions of the first claims ({@link disputeLimits}), each claim's
 * page having them all (an article of 100 mentions made 27 KB gzipped, 13 KB of it quotations of
 * what others disputed), then {@link ARTICLE_DISPUTED_LINES} more one line each.
 */
import type { Claim } from './corpus.ts';
import { DISPUTES_KEPT } from './differences.ts';
import { EVIDENCE_IN_FULL } from './evidence.ts';
import { sitePath, type ArticleSlug, type ClaimId, type EntityId, type StoryId } from './ids.ts';
import type { Stance } from './mentions.ts';
import type { QuoteDrift, QuoteRendition, QuoteVariant } from './quote-drift.ts';
import { numberedPath, paginate, type ListGroup, type ListPage } from './pagination.ts';
import { CLAIM_STATUSES, type ClaimStatus } from './status.ts';

/** How many items each list of a story page shows: its timeline, contested and single-source claims, quote drift. */
export const STORY_LIST_LIMIT = 10;

/**
 * How many outlets a story page names under its coverage (when it counts its articles by outlet),
 * those with the most articles first; the others are counted, and its timeline lists every article
 * (a story of 300 articles from 300 outlets named every one, 300 lines).
 */
export const STORY_OUTLETS_LISTED = 20;

/** The sub-pages a record's page may have, by collection: `/stories/<id>/timeline/` is `stories`, `timeline`. */
export const SUB_PAGES: Readonly<Partial<Record<string, readonly string[]>>> = {
  stories: ['timeline', 'claims'],
  claims: ['evidence', 'contradictions', 'related'],
  entities: ['articles', 'claims'],
  articles: ['disputed'],
};

/** The address of page `page` of a sub-page (src/lib/pagination.ts): page 1 is the sub-page's own address, page 2 `…/timeline/2/`. */
export const storyTimelinePath = (id: StoryId | string, base = '/', page = 1) => numberedPath(sitePath(base, 'stories', id, 'timeline'), page);
export const storyClaimsPath = (id: StoryId | string, base = '/', page = 1) => numberedPath(sitePath(base, 'stories', id, 'claims'), page);
export const claimEvidencePath = (id: ClaimId | string, base = '/', page = 1) => numberedPath(sitePath(base, 'claims', id, 'evidence'), page);
export const entityArticlesPath = (id: EntityId | string, base = '/', page = 1) => numberedPath(sitePath(base, 'entities', id, 'articles'), page);
export const entityClaimsPath = (id: EntityId | string, base = '/', page = 1) => numberedPath(sitePath(base, 'entities', id, 'claims'), page);
export const claimContradictionsPath = (id: ClaimId | string, base = '/', page = 1) => numberedPath(sitePath(base, 'claims', id, 'contradictions'), page);
export const claimRelatedPath = (id: ClaimId | string, base = '/', page = 1) => numberedPath(sitePath(base, 'claims', id, 'related'), page);
export const articleDisputedPath = (slug: ArticleSlug | string, base = '/', page = 1) => numberedPath(sitePath(base, 'articles', slug, 'disputed'), page);

/**
 * How many items a numbered page of a sub-page holds, so that it stays well within the 14 KB of
 * the first round trip: mentions quoted in full (a claim in 1,000 articles quoted them all in
 * 55 KB gzipped, and a real quotation is longer than a synthetic one), or list lines (a story's
 * 2,000 claims took 70 KB, its 1,000 articles 34 KB, an entity's 2,800 claims 79 KB).
 */
export const EVIDENCE_PER_PAGE = 50;
export const LINES_PER_PAGE = 100;
/** How many claims by an entity, and about it, its page lists; beyond, `/entities/<id>/claims/` lists them all. */
export const ENTITY_CLAIMS_LISTED = 20;

/** How many of the articles naming it an entity's page lists, newest first; beyond it, `/entities/<id>/articles/` lists them all. */
export const ENTITY_ARTICLES_LISTED = 50;

/**
 * How many of its mentions an article page lists one by one under "Claims in this article";
 * beyond it, the list gives each claim once with its stances ({@link claimsWithStances}).
 */
export const ARTICLE_MENTIONS_LISTED = 40;

/** Each claim of some mentions once, in the order first mentioned, with its stances in the order first taken. */
export function claimsWithStances<C, S>(mentions: readonly { claim: C; stance: S }[]): { claim: C; stances: S[] }[] {
  const byClaim = new Map<C, S[]>();
  for (const { claim, stance } of mentions) {
    const stances = byClaim.get(claim);
    if (!stances) byClaim.set(claim, [stance]);
    else if (!stances.includes(stance)) stances.push(stance);
  }
  return [...byClaim].map(([claim, stances]) => ({ claim, stances }));
}
/**
 * How much of what others disputed an article page quotes: for how many of the claims it holds
 * true that others dispute or contradict (the rest one line each), and how many mentions for each
 * disputing or contradicting claim (each claim's page has them all). An article of more than
 * {@link ARTICLE_MENTIONS_LISTED} mentions quotes less, its own record taking half its budget. The
 * site index keeps no more of them than this quotes ({@link DISPUTES_KEPT}).
 */
export function disputeLimits(mentions: number): { claims: number; quotes: number } {
  return mentions > ARTICLE_MENTIONS_LISTED ? { claims: 2, quotes: 1 } : { claims: 5, quotes: DISPUTES_KEPT };
}

/**
 * How many more of the claims others dispute or contradict an article page lists, one line each,
 * after those it quotes; beyond, `/articles/<slug>/disputed/` lists them all (an article holding
 * true 100 claims others disputed had 100 lines on its page).
 */
export const ARTICLE_DISPUTED_LINES = 10;

/** What an article page's lists of what was disputed are made of (an `ArticleView` fits). */
export interface DisputedLists<D, S> {
  evidence: readonly unknown[];
  disputed: readonly D[];
  disputedBySelf: readonly S[];
}

/**
 * What an article page shows of what was disputed: the claims others dispute quoted (`cards`,
 * see {@link disputeLimits}), then one line each (`lines`, at most {@link ARTICLE_DISPUTED_LINES}),
 * and the first of those its own source disputed (`self`, as many as the cards); `page` when
 * that leaves some out, which `/articles/<slug>/disputed/` then lists.
 */
export function disputedOnPage<D, S>(view: DisputedLists<D, S>): { cards: D[]; lines: D[]; self: S[]; page: boolean } {
  const { claims } = disputeLimits(view.evidence.length);
  const cards = view.disputed.slice(0, claims);
  const lines = view.disputed.slice(claims, claims + ARTICLE_DISPUTED_LINES);
  const self = view.disputedBySelf.slice(0, claims);
  return { cards, lines, self, page: cards.length + lines.length < view.disputed.length || self.length < view.disputedBySelf.length };
}

/**
 * What an article page says of the claims it lists one line each after those it quotes, when the
 * page lists them all: "the others one line each", and for one, "the other on one line" (an article
 * holding true 6 claims others disputed said "the first 5 with quotations, the others one line each").
 */
export function restOnOneLine(lines: number): string {
  return lines === 1 ? 'the other on one line' : 'the others one line each';
}

/** The numbered pages of an article's disputed page: what others disputed, then what its own source did. */
export function articleDisputedPages<D, S>(view: DisputedLists<D, S>): ListPage<'others' | 'self', D | S>[] {
  return paginate<'others' | 'self', D | S>(
    [
      { key: 'others', items: view.disputed },
      { key: 'self', items: view.disputedBySelf },
    ],
    LINES_PER_PAGE,
  );
}

/** What a story page's lists are made of (a `StoryView` fits). */
export interface StoryLists {
  timeline: readonly unknown[];
  contested: readonly Claim[];
  singleSource: readonly Claim[];
  quoteDrift: readonly unknown[];
  matrix: { hiddenClaims: readonly Claim[] };
}

/** Which sub-pages a story has: those its page links for the rest of a cut list. */
export function storySubPages(view: StoryLists): { timeline: boolean; claims: boolean } {
  return {
    timeline: view.timeline.length > STORY_LIST_LIMIT,
    claims:
      view.contested.length > STORY_LIST_LIMIT ||
      view.singleSource.length > STORY_LIST_LIMIT ||
      view.quoteDrift.length > STORY_LIST_LIMIT ||
      view.matrix.hiddenClaims.length > 0,
  };
}

/** The first items of a story page's list, and how many it leaves out. */
export function firstOfList<T>(items: readonly T[], limit = STORY_LIST_LIMIT): { shown: T[]; left: number } {
  return { shown: items.slice(0, limit), left: Math.max(0, items.length - limit) };
}

/** A claim's evidence, by stance, in the order its pages show them, with each group's title. */
export const EVIDENCE_GROUPS: readonly { stance: Stance; title: string }[] = [
  { stance: 'asserts', title: 'Asserted by' },
  { stance: 'qualifies', title: 'Qualified by' },
  { stance: 'disputes', title: 'Disputed by' },
  { stance: 'quotes', title: 'Quoted by' },
];

/** Whether a claim has an evidence page: when its page quotes only some of the mentions of a stance. */
export function hasEvidencePage(evidence: readonly { stance: Stance }[]): boolean {
  const counts = new Map<Stance, number>();
  for (const e of evidence) counts.set(e.stance, (counts.get(e.stance) ?? 0) + 1);
  return [...counts.values()].some((n) => n > EVIDENCE_IN_FULL);
}

/** The numbered pages of a claim's evidence page: its mentions by stance, in {@link EVIDENCE_GROUPS}' order. */
export function evidencePages<E extends { stance: Stance }>(evidence: readonly E[]): ListPage<Stance, E>[] {
  return paginate(
    EVIDENCE_GROUPS.map(({ stance }) => ({ key: stance, items: evidence.filter((e) => e.stance === stance) })),
    EVIDENCE_PER_PAGE,
  );
}

/** The numbered pages of a one-list sub-page (a story's timeline, an entity's articles). */
export function listPages<T>(items: readonly T[]): ListPage<'list', T>[] {
  return paginate([{ key: 'list' as const, items }], LINES_PER_PAGE);
}

/** Whether an entity has a claims page: when its page lists only the first of its claims by it or about it. */
export const hasEntityClaimsPage = (profile: { about: readonly unknown[]; by: readonly unknown[] }) =>
  profile.about.length > ENTITY_CLAIMS_LISTED || profile.by.length > ENTITY_CLAIMS_LISTED;

/** The numbered pages of an entity's claims page: the claims by it, then those about it. */
export function entityClaimPages<T>(by: readonly T[], about: readonly T[]): ListPage<'by' | 'about', T>[] {
  return paginate<'by' | 'about', T>([{ key: 'by', items: by }, { key: 'about', items: about }], LINES_PER_PAGE);
}

/**
 * The numbered pages of a story's claims page: its claims by status, most pressing first, then its
 * drifted quotations. `claims` holds each claim's view (the site index's `claims`).
 */
export function storyClaimPages<C extends { status: { status: ClaimStatus } }, D>(
  story: { claims: readonly { id: ClaimId }[]; quoteDrift: readonly D[] },
  claims: ReadonlyMap<ClaimId, C>,
): ListPage<ClaimStatus | 'quote-drift', C | D>[] {
  const views = story.claims.map((c) => claims.get(c.id)).filter((v) => v !== undefined);
  const groups: ListGroup<ClaimStatus | 'quote-drift', C | D>[] = CLAIM_STATUSES.map((status) => ({ key: status, items: views.filter((v) => v.status.status === status) }));
  return paginate([...groups, { key: 'quote-drift', items: story.quoteDrift }], LINES_PER_PAGE);
}

/**
 * How many of its contradictions a claim page shows with the evidence on both sides, each card
 * repeating this claim's side; the next {@link CLAIM_CONTRADICTION_LINES} one line each (the other
 * claim and its status); beyond, `/claims/<id>/contradictions/` lists them all one line each, each
 * other claim's page having the evidence (a claim 400 others contradict listed every card, 1.19 MB,
 * 29.7 KB gzipped).
 */
export const CLAIM_CONTRADICTIONS_IN_FULL = 5;
export const CLAIM_CONTRADICTION_LINES = 10;

/**
 * How many passages of the other sides the contradiction cards of a claim page quote in full, all
 * cards together; each card then lists more of each side one line each, all of them being on the
 * other claim's page (or under the page's own Disputed by, or its evidence for this claim's side).
 */
export const CONTRADICTION_QUOTES_ON_PAGE = 6;

/**
 * How much of each side each of a claim page's `cards` contradiction cards shows: the other side's
 * first `quotes` mentions in full (a share of {@link CONTRADICTION_QUOTES_ON_PAGE}, at least one),
 * then `lines` more one line each, and this claim's first `lines` one line each. Ten of each in
 * each of five cards quoted up to fifty passages and listed a hundred lines: a claim at the top of
 * every list at once (300 mentions in 300 outlets, 5 cards whose claims are in 150 articles each,
 * 50 related claims) made 18.7 KB gzipped with quotations of some hundred characters, over the 14
 * of the first round trip; two quotations a card and five lines, 14.1 KB; one and five, with 20
 * related claims, 13.7 KB. Each line's link then got hidden words of its own (the passage's first
 * words, passageCue), which made it 15.0 KB: from four cards on, two lines a side, and 15 related
 * claims, 14.2 KB (tests/build/scale-claim.test.ts).
 */
export function contradictionCardLimits(cards: number): { quotes: number; lines: number } {
  return { quotes: Math.max(1, Math.floor(CONTRADICTION_QUOTES_ON_PAGE / Math.max(1, cards))), lines: cards <= 2 ? EVIDENCE_IN_FULL : cards === 3 ? 5 : 2 };
}

/**
 * What a claim page shows of its contradictions: the first ones with their evidence (`cards`), the
 * next ones one line each (`lines`), and `page` when that leaves some out, which
 * `/claims/<id>/contradictions/` then lists.
 */
export function contradictionsOnPage<T>(items: readonly T[]): { cards: T[]; lines: T[]; page: boolean } {
  const cards = items.slice(0, CLAIM_CONTRADICTIONS_IN_FULL);
  const lines = items.slice(CLAIM_CONTRADICTIONS_IN_FULL, CLAIM_CONTRADICTIONS_IN_FULL + CLAIM_CONTRADICTION_LINES);
  return { cards, lines, page: cards.length + lines.length < items.length };
}

/** The numbered pages of a claim's contradictions page: every contradiction one line each. */
export function claimContradictionPages<T>(items: readonly T[]): ListPage<'list', T>[] {
  return listPages(items);
}

/**
 * How many of the claims related to it a claim page lists (related is declared by either claim, so
 * a claim 400 others name lists 400); beyond, `/claims/<id>/related/` lists them all. Fifty lines
 * took 1.6 KB of the 14 gzipped of a claim at the top of every list at once; twenty, as an
 * outlet's and an entity's lists of claims, until the links' hidden words (passageCue) took their
 * room: fifteen.
 */
export const CLAIM_RELATED_LISTED = 15;

/** Whether a claim has a related page: when its page lists only the first of the claims related to it. */
export const hasRelatedPage = (related: readonly unknown[]) => related.length > CLAIM_RELATED_LISTED;

/** How many distinct wordings of a quotation a claim page compares with the best-attested one. */
export const WORDINGS_LISTED = 10;

/** How many of each wording's renditions a claim page names, with a link to each in its record. */
export const RENDITIONS_NAMED = 5;

/** A distinct wording as a claim page shows it: its first renditions, and how many it has in all and presented as paraphrases. */
export interface WordingOnPage {
  variant: QuoteVariant;
  /** Its first {@link RENDITIONS_NAMED} renditions, in evidence order. */
  renditions: QuoteRendition[];
  /** How many renditions it has. */
  count: number;
  /** How many of them are paraphrases presented as quotations. */
  paraphrases: number;
  /** Whether its words change the meaning (see `MeaningChange` in quote-drift.ts). */
  meaningChanged: boolean;
}

/**
 * What a claim page shows of a quotation's drift: each distinct wording once, at most
 * {@link WORDINGS_LISTED} of them in ranking order (the best-attested first), each with its first
 * {@link RENDITIONS_NAMED} renditions and how many it has; and how many wordings and renditions it
 * leaves to the claim's evidence, which quotes every rendition. A wording that changes the meaning
 * or is presented as a quotation though a paraphrase is listed before the other less attested
 * ones, so the page never leaves out what a reader most needs to see.
 */
export function wordingsOnPage(drift: Pick<QuoteDrift, 'variants' | 'renditions'>): { wordings: WordingOnPage[]; otherWordings: number; otherRenditions: number } {
  const byKey = new Map<string, WordingOnPage>(drift.variants.map((variant) => [variant.key, { variant, renditions: [], count: 0, paraphrases: 0, meaningChanged: false }]));
  for (const r of drift.renditions) {
    const wording = byKey.get(r.variant);
    if (!wording) continue;
    wording.count++;
    if (wording.renditions.length < RENDITIONS_NAMED) wording.renditions.push(r);
    if (r.paraphrase) wording.paraphrases++;
    if (r.meaningChanged) wording.meaningChanged = true;
  }
  const all = [...byKey.values()];
  const flagged = (w: WordingOnPage) => w.variant.rank === 0 || w.meaningChanged || w.paraphrases > 0;
  const chosen = new Set([...all.filter(flagged), ...all.filter((w) => !flagged(w))].slice(0, WORDINGS_LISTED));
  const wordings = all.filter((w) => chosen.has(w));
  return {
    wordings,
    otherWordings: all.length - wordings.length,
    otherRenditions: drift.renditions.length - wordings.reduce((n, w) => n + w.count, 0),
  };
}
