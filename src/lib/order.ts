/**
 * Dates and sort orders shared by the analysis, so every list on the site is ordered the same
 * way on every build. Nothing here depends on the machine's locale or time zone: text compares
 * by code unit, names with a fixed English collator, and days are UTC calendar days.
 */
import type { Article } from './corpus.ts';

/** Which date an article is placed by: `published` when known, otherwise `added` (an upper bound). */
export type DateBasis = 'published' | 'added';

/** An article's place in time, and which of its dates gave it. */
export interface ArticleDate {
  date: Date;
  basis: DateBasis;
  /**
   * The offset the record wrote that date in, in minutes east of UTC (src/lib/dates.ts): for
   * showing its day as the record gives it. Undefined for `Z` or a date without a time.
   */
  offset?: number | undefined;
}

/** The date an article is placed by: its publication date when known, else when it was added. */
export function articleDate(article: Pick<Article, 'published' | 'publishedOffset' | 'added' | 'addedOffset'>): ArticleDate {
  return article.published
    ? { date: article.published, basis: 'published', offset: article.publishedOffset }
    : { date: article.added, basis: 'added', offset: article.addedOffset };
}

const DAY = 86_400_000;

/**
 * Whether a date says only its day: midnight UTC exactly, as a date written `2026-06-05` is
 * read. Such a date is some moment of that day, not its first one. A date written with an
 * offset (`offset`, see {@link ArticleDate}) has a time, even when that time is midnight UTC
 * (`2026-06-04T17:00:00-07:00`).
 */
export function isDayOnly(date: Date, offset?: number): boolean {
  return !offset && date.getTime() % DAY === 0;
}

/**
 * The earliest and the latest moment (milliseconds since 1970) a date can stand for: the moment
 * itself, or every moment of the UTC day of a date that says only its day.
 */
export function dateSpan(date: Date, offset?: number): [earliest: number, latest: number] {
  const time = date.getTime();
  return isDayOnly(date, offset) ? [time, time + DAY - 1] : [time, time];
}

/** The UTC calendar day of a date, as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Compares two strings by UTF-16 code unit: the same answer in every runtime and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares names as a reader expects (case and accents ignored), then by code unit to break ties. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || compareText(a, b);
}

/** Compares two dates, earliest first. */
export function compareDates(a: Date, b: Date): number {
  return a.getTime() - b.getTime();
}

/**
 * Dated articles before those known only by the date they were added: an added date says only
 * that the article was out by then, so such an article is never ordered among the dated ones.
 */
const datedFirst = (a: Pick<Article, 'published'>, b: Pick<Article, 'published'>) =>
  Number(a.published === undefined) - Number(b.published === undefined);

/**
 * Orders articles oldest first: by publication date, then by slug; those known only by the date
 * they were added come after every dated one, by that date (see {@link datedFirst}).
 */
export function compareArticlesByDate(a: Article, b: Article): number {
  return datedFirst(a, b) || compareDates(articleDate(a).date, articleDate(b).date) || compareText(a.slug, b.slug);
}

/** Orders articles newest first by publication date, then by slug (a to z); those with none last, latest added first. */
export function compareArticlesNewestFirst(a: Article, b: Article): number {
  return datedFirst(a, b) || compareDates(articleDate(b).date, articleDate(a).date) || compareText(a.slug, b.slug);
}

/** Orders articles as "latest" lists do: most recently added first, then latest published, then slug. */
export function compareArticlesByAdded(a: Article, b: Article): number {
  return (
    compareDates(b.added, a.added) ||
    compareDates(b.published ?? b.added, a.published ?? a.added) ||
    compareText(a.slug, b.slug)
  );
}

/** The items of `values` without repeats, in the order each first appears. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** `1 article`, `2 articles`: a count with its noun. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
