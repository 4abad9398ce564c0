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
 * - `/entities/<id>/articles/`: every article naming an entity, newest first, when its page
 *   lists only the first {@link ENTITY_ARTICLES_LISTED} (not a reading page of the budget, but
 *   an entity named in 300 articles listed them all, 80 KB; fifty keep a small corpus's entities whole).
 *
 * A story of 300 articles made a page of 470 KB (50 KB gzipped), a claim in 300 articles one of
 * 230 KB. A sub-page exists only where its page is cut, so a small story or claim has none.
 *
 * An article page needs none: its record marks and links every mention, so beyond
 * {@link ARTICLE_MENTIONS_LISTED} mentions its list of claims gives each claim once, and what
 * others disputed quotes a few mentions of the first claims ({@link disputeLimits}), each claim's
 * page having them all (an article of 100 mentions made 27 KB gzipped, 13 KB of it quotations of
 * what others disputed).
 */
import type { Claim } from './corpus.ts';
import { EVIDENCE_IN_FULL } from './evidence.ts';
import { sitePath, type ClaimId, type EntityId, type StoryId } from './ids.ts';
import type { Stance } from './mentions.ts';

/** How many items each list of a story page shows: its timeline, contested and single-source claims, quote drift. */
export const STORY_LIST_LIMIT = 10;

/** The sub-pages a record's page may have, by collection: `/stories/<id>/timeline/` is `stories`, `timeline`. */
export const SUB_PAGES: Readonly<Partial<Record<string, readonly string[]>>> = { stories: ['timeline', 'claims'], claims: ['evidence'], entities: ['articles'] };

export const storyTimelinePath = (id: StoryId | string, base = '/') => sitePath(base, 'stories', id, 'timeline');
export const storyClaimsPath = (id: StoryId | string, base = '/') => sitePath(base, 'stories', id, 'claims');
export const claimEvidencePath = (id: ClaimId | string, base = '/') => sitePath(base, 'claims', id, 'evidence');
export const entityArticlesPath = (id: EntityId | string, base = '/') => sitePath(base, 'entities', id, 'articles');

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
 * {@link ARTICLE_MENTIONS_LISTED} mentions quotes less, its own record taking half its budget.
 */
export function disputeLimits(mentions: number): { claims: number; quotes: number } {
  return mentions > ARTICLE_MENTIONS_LISTED ? { claims: 2, quotes: 1 } : { claims: 5, quotes: 3 };
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
