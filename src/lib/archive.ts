/**
 * The articles index at scale: the newest articles on `/articles/`, and every article on the
 * page of its month (`/articles/months/2026-06/`), newest first. A month's page has a permanent
 * URL and holds the same articles whenever it is built, so a new article changes its own month's
 * page (and the index) only, never every page as numbered pages in date order would; a reader
 * finds an article by when it appeared, which is how the index is ordered.
 *
 * An article's month is that of its {@link articleDate}: its publication date when known, else
 * when it was added, the date the lists place it by, in the offset its record gives (as the
 * article's page shows it).
 */
import type { Article } from './corpus.ts';
import { isoInOffset } from './dates.ts';
import { sitePath } from './ids.ts';
import { articleDate, compareArticlesNewestFirst } from './order.ts';
import { numberedPath, paginate, type ListPage } from './pagination.ts';
import { CLAIM_STATUSES, type ClaimStatus } from './status.ts';

/**
 * The path segment under which the articles', claims' and stories' month pages are
 * (`/articles/months/2026-06/`): no article, claim or story may take it as its id or an alias, as
 * its page would be where the months are (src/check/corpus.ts, `reserved-id`).
 */
export const MONTHS_SEGMENT = 'months';

/** The collections whose month pages are under {@link MONTHS_SEGMENT} of their own folder. */
export const MONTH_ARCHIVES = ['articles', 'claims', 'stories'] as const;

/** How many of the newest articles `/articles/` lists before its months. */
export const LATEST_ON_INDEX = 20;

/** One month's page: its month (`YYYY-MM`) and its articles, newest first. */
export interface MonthArchive {
  month: string;
  articles: Article[];
  /** The month before and the month after that have articles, when there are. */
  older?: string | undefined;
  newer?: string | undefined;
}

/** The month an article is placed in, as `YYYY-MM`: that of the date its page shows, in the offset its record gives. */
export function monthOf(article: Pick<Article, 'published' | 'publishedOffset' | 'added' | 'addedOffset'>): string {
  const { date, offset } = articleDate(article);
  return isoInOffset(date, offset).slice(0, 7);
}

/** Some items by month (`YYYY-MM`, or undefined when an item has none): the months newest first, each with its items in the order given, and its neighbours. */
export function byMonth<T>(items: readonly T[], monthOfItem: (item: T) => string | undefined): { months: { month: string; items: T[]; newer?: string | undefined; older?: string | undefined }[]; undated: T[] } {
  const months = new Map<string, T[]>();
  const undated: T[] = [];
  for (const item of items) {
    const month = monthOfItem(item);
    if (month === undefined) {
      undated.push(item);
      continue;
    }
    const list = months.get(month);
    if (list) list.push(item);
    else months.set(month, [item]);
  }
  const sorted = [...months.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  return { months: sorted.map(([month, list], i) => ({ month, items: list, newer: sorted[i - 1]?.[0], older: sorted[i + 1]?.[0] })), undated };
}

/** Every month that has articles, newest first, each with its articles newest first. */
export function articlesByMonth(articles: readonly Article[]): MonthArchive[] {
  return byMonth([...articles].sort(compareArticlesNewestFirst), monthOf).months.map(({ items, ...m }) => ({ ...m, articles: items }));
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "June 2026" for `2026-06`. */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** How many claims `/claims/` lists in full; beyond it, it links to the claims of each month. */
export const CLAIMS_ON_INDEX = 100;

/** What {@link claimMonth} reads of a claim: when it was first reported, and by which dated articles. */
export interface ClaimMonthView {
  firstReported?: { date: { date: Date; offset?: number | undefined }; articles: readonly unknown[] } | undefined;
}

/**
 * The month a claim was first reported in (`YYYY-MM`, in the offset the first report's record
 * gives, as its pages show it), or undefined when no article mentions it yet, or when its first
 * report's date is not known (no article that may have been first has a publication date on
 * record: its page says "Not known", and the month one of them was added in is not when it was
 * reported). The claims' archive is by month as the articles' is, so a new article changes
 * the page of its own month (and of any claim whose status it changes), never all of them.
 */
export function claimMonth(view: ClaimMonthView): string | undefined {
  const first = view.firstReported;
  return first && first.articles.length > 0 ? isoInOffset(first.date.date, first.date.offset).slice(0, 7) : undefined;
}

/**
 * Claims by the month they were first reported in (see {@link claimMonth}), newest month first,
 * each in the order given; apart, those whose first report's date is not known (`dateNotKnown`)
 * and those no article mentions yet (`unreported`).
 */
export function claimsByMonth<T extends ClaimMonthView>(
  views: readonly T[],
): { months: { month: string; items: T[]; newer?: string | undefined; older?: string | undefined }[]; dateNotKnown: T[]; unreported: T[] } {
  const { months, undated } = byMonth(views, claimMonth);
  return {
    months,
    dateNotKnown: undated.filter((v) => v.firstReported !== undefined),
    unreported: undated.filter((v) => v.firstReported === undefined),
  };
}

/**
 * The segment of the page, among the claims' month pages, of the claims whose first report's date
 * is not known: `/claims/months/date-not-known/`; and among the stories', of the stories with
 * neither a date nor an article: `/stories/months/date-not-known/`. No month is written so.
 */
export const DATE_NOT_KNOWN = 'date-not-known';

/** The heading of a claims' month page: "Claims first reported in June 2026", or for {@link DATE_NOT_KNOWN}, "Claims first reported on a date not known". */
export function claimMonthTitle(month: string): string {
  return month === DATE_NOT_KNOWN ? 'Claims first reported on a date not known' : `Claims first reported in ${formatMonth(month)}`;
}

/** The page of the claims first reported in a month: `/claims/months/2026-06/`, or {@link DATE_NOT_KNOWN}'s, and its page n: `/claims/months/2026-06/2/`. */
export const claimMonthPath = (month: string, base = '/', page = 1) => numberedPath(sitePath(base, 'claims', 'months', month), page);

/** The page of a month's articles: `/articles/months/2026-06/`, and its page n: `/articles/months/2026-06/2/`. */
export const monthPath = (month: string, base = '/', page = 1) => numberedPath(sitePath(base, 'articles', 'months', month), page);

/**
 * How many lines (an article or a claim each) a month's page holds: a busier month is split into
 * numbered pages (src/lib/pagination.ts), so that a newsroom's month of a thousand articles is
 * not one page of a thousand lines. Page 1 keeps the month's address; the pages of a month change
 * only with that month's articles, as the month page did.
 */
export const MONTH_LINES_PER_PAGE = 100;

/** A month's articles in numbered pages, in the order given (newest first). */
export function monthArticlePages<A>(articles: readonly A[]): ListPage<'articles', A>[] {
  return paginate([{ key: 'articles' as const, items: articles }], MONTH_LINES_PER_PAGE);
}

/** The claims first reported in a month, by status (most pressing first, as on /claims/), in numbered pages; each status keeps the order given. */
export function monthClaimPages<C extends { status: { status: ClaimStatus } }>(claims: readonly C[]): ListPage<ClaimStatus, C>[] {
  const groups = CLAIM_STATUSES.map((status) => ({ key: status, items: claims.filter((c) => c.status.status === status) })).filter((g) => g.items.length > 0);
  return paginate(groups, MONTH_LINES_PER_PAGE);
}

/** An outlet's articles of a month, then the claims they asserted, in numbered pages. */
export function outletMonthPages<A, C>(articles: readonly A[], claims: readonly C[]): ListPage<'articles' | 'claims', A | C>[] {
  return paginate<'articles' | 'claims', A | C>(
    [
      { key: 'articles', items: articles },
      { key: 'claims', items: claims },
    ],
    MONTH_LINES_PER_PAGE,
  );
}

/** How many of its newest articles an outlet's page lists; beyond it, it links to the outlet's months. */
export const OUTLET_ARTICLES_LISTED = 20;

/**
 * How many of the claims it asserted an outlet's page lists; beyond it, the page counts them by
 * status and each of its month pages lists the claims of that month's articles (an outlet of 170
 * articles listed 340 claims).
 */
export const OUTLET_CLAIMS_LISTED = 20;

/** The page of an outlet's articles of one month: `/outlets/the-wire/months/2026-06/`, and its page n. */
export const outletMonthPath = (outlet: string, month: string, base = '/', page = 1) => numberedPath(sitePath(base, 'outlets', outlet, 'months', month), page);

/**
 * How many of the newest stories `/stories/` lists with their summaries; beyond it, it links to
 * the stories of each month (a newsroom of 5,000 articles had 500 stories, and /stories/ listed
 * every one with its summary: far more than a page that reaches a reader in one round trip).
 */
export const STORIES_ON_INDEX = 20;

/** What {@link storyMonth} reads of a story's view: its date and its articles, oldest first. */
export interface StoryMonthView {
  story: { date?: Date | undefined; dateOffset?: number | undefined };
  articles: readonly Pick<Article, 'published' | 'publishedOffset' | 'added' | 'addedOffset'>[];
}

/**
 * The month a story is placed in (`YYYY-MM`): that of its date, when the event happened, in the
 * offset its record gives, else that of its oldest article (see {@link monthOf}): the date the
 * stories are ordered by, newest first. A reader looks a story up by when it happened, and the
 * month stays where it is as coverage comes in: a new article moves a story without a date only
 * when it is older than every other. Undefined for a story with neither a date nor an article.
 */
export function storyMonth(view: StoryMonthView): string | undefined {
  const { date, dateOffset } = view.story;
  if (date) return isoInOffset(date, dateOffset).slice(0, 7);
  const oldest = view.articles[0];
  return oldest ? monthOf(oldest) : undefined;
}

/** Stories by the month they are placed in (see {@link storyMonth}), newest month first, each in the order given; apart, those with neither a date nor an article. */
export function storiesByMonth<T extends StoryMonthView>(views: readonly T[]): { months: { month: string; items: T[]; newer?: string | undefined; older?: string | undefined }[]; undated: T[] } {
  return byMonth(views, storyMonth);
}

/**
 * The heading of a stories' month page: "Stories of June 2026", or for {@link DATE_NOT_KNOWN}, the
 * page of the stories with neither a date nor an article yet, "Stories not dated yet" (a newsroom
 * that opens stories before their first article had them all listed, with their summaries, on /stories/).
 */
export function storyMonthTitle(month: string): string {
  return month === DATE_NOT_KNOWN ? 'Stories not dated yet' : `Stories of ${formatMonth(month)}`;
}

/** The page of a month's stories: `/stories/months/2026-06/`, or {@link DATE_NOT_KNOWN}'s, and its page n: `/stories/months/2026-06/2/`. */
export const storyMonthPath = (month: string, base = '/', page = 1) => numberedPath(sitePath(base, 'stories', 'months', month), page);

/** A month's stories in numbered pages of {@link MONTH_LINES_PER_PAGE}, in the order given (newest first). */
export function monthStoryPages<S>(stories: readonly S[]): ListPage<'stories', S>[] {
  return paginate([{ key: 'stories' as const, items: stories }], MONTH_LINES_PER_PAGE);
}
