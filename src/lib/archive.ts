/**
 * The articles index at scale: the newest articles on `/articles/`, and every article on the
 * page of its month (`/articles/months/2026-06/`), newest first. A month's page has a permanent
 * URL and holds the same articles whenever it is built, so a new article changes its own month's
 * page (and the index) only, never every page as numbered pages in date order would; a reader
 * finds an article by when it appeared, which is how the index is ordered.
 *
 * An article's month is that of its {@link articleDate}: its publication date when known, else
 * when it was added, in UTC, the date the lists place it by.
 */
import type { Article } from './corpus.ts';
import { sitePath } from './ids.ts';
import { articleDate, compareArticlesNewestFirst } from './order.ts';

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

/** The UTC month an article is placed in, as `YYYY-MM`. */
export function monthOf(article: Pick<Article, 'published' | 'added'>): string {
  return articleDate(article).date.toISOString().slice(0, 7);
}

/** Every month that has articles, newest first, each with its articles newest first. */
export function articlesByMonth(articles: readonly Article[]): MonthArchive[] {
  const months = new Map<string, Article[]>();
  for (const article of [...articles].sort(compareArticlesNewestFirst)) {
    const month = monthOf(article);
    const list = months.get(month);
    if (list) list.push(article);
    else months.set(month, [article]);
  }
  const sorted = [...months.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  return sorted.map(([month, list], i) => ({ month, articles: list, newer: sorted[i - 1]?.[0], older: sorted[i + 1]?.[0] }));
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "June 2026" for `2026-06`. */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** The page of a month's articles: `/articles/months/2026-06/`. */
export const monthPath = (month: string, base = '/') => sitePath(base, 'articles', 'months', month);
