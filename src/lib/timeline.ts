/**
 * Time: the order a story's articles appeared in, when each claim was first reported, and a
 * layout of those events as plain coordinates for an inline SVG drawn at build time.
 *
 * An article is placed by its publication date when known, else by the date it was added to
 * the corpus, and says which (`basis`), since an `added` date is only an upper bound. Articles
 * on the same date keep slug order. A claim's first reports are the articles that may have been
 * first: those no other article mentioning it certainly preceded, by the dates they are placed
 * by; an article placed later by the date it was added may still have been published earlier,
 * and is named as such (`undated` in {@link FirstReport}). A date that gives only its day
 * (`2026-06-05`) is some moment of that day (see `dateSpan` in order.ts), so it ties with a
 * dated and timed article of the same day instead of beating it by being read as midnight, and
 * an article dated 5 June at 09:00 is not first when another says 5 June at 07:00.
 */
import type { Article } from './corpus.ts';
import { inOffset } from './dates.ts';
import type { Evidence } from './evidence.ts';
import type { ArticleSlug, ClaimId, OutletId } from './ids.ts';
import { articleDate, compareArticlesByDate, dateSpan, isoDay, type ArticleDate } from './order.ts';

/** One article on a timeline. */
export interface TimelineEvent {
  article: Article;
  date: ArticleDate;
  /**
   * The claims this article is the first (or tied first) to mention, in mention order: first of
   * the timeline's articles, and no later than `earliest` says anything else did.
   */
  firstReports: ClaimId[];
}

/** When a claim was first reported, and by which articles. */
export interface FirstReport {
  claim: ClaimId;
  /** The date of the earliest of them. */
  date: ArticleDate;
  /** The articles that may have been first (none certainly preceded), in timeline order. */
  articles: ArticleSlug[];
  /** Their outlets, each once, in the order of their first article: the names a page gives. */
  outlets: OutletId[];
  /**
   * The other articles mentioning the claim that are known only by the date they were added, in
   * timeline order: an added date is an upper bound, so each may have been published before the
   * first reports (a page says so rather than let "first reported" stand unqualified).
   */
  undated: ArticleSlug[];
}

/**
 * A set of articles in date order, each with the claims it may have reported first (see the
 * module comment). `reportedBy` gives, for each claim, a moment by which it had certainly been
 * reported anywhere (by articles of other stories too; see {@link firstReportBound}): an article
 * that mentions a claim certainly after that is not its first report, however early it is among
 * these articles.
 */
export function storyTimeline(
  articles: readonly Article[],
  reportedBy: ReadonlyMap<ClaimId, Date> = new Map(),
): TimelineEvent[] {
  const ordered = [...articles].sort(compareArticlesByDate);
  const bound = new Map<ClaimId, number>();
  for (const [claim, date] of reportedBy) bound.set(claim, date.getTime());
  for (const article of ordered) {
    const { date, offset } = articleDate(article);
    const [, latest] = dateSpan(date, offset);
    for (const m of article.mentions) bound.set(m.claim, Math.min(latest, bound.get(m.claim) ?? latest));
  }
  return ordered.map((article) => {
    const date = articleDate(article);
    const [earliest] = dateSpan(date.date, date.offset);
    const firstReports = [...new Set(article.mentions.map((m) => m.claim))].filter(
      (claim) => earliest <= bound.get(claim)!,
    );
    return { article, date, firstReports };
  });
}

/**
 * The moment by which a claim had certainly been reported: the earliest of its articles' latest
 * possible moments (see `dateSpan` in order.ts); undefined when nothing mentions it.
 */
export function firstReportBound(evidence: readonly Evidence[]): Date | undefined {
  let bound = Number.POSITIVE_INFINITY;
  for (const e of evidence) bound = Math.min(bound, dateSpan(e.date.date, e.date.offset)[1]);
  return Number.isFinite(bound) ? new Date(bound) : undefined;
}

/** When a claim was first reported, from its evidence; undefined when nothing mentions it. */
export function firstReported(claim: ClaimId, evidence: readonly Evidence[]): FirstReport | undefined {
  const own = evidence.filter((e) => e.claim === claim);
  const bound = firstReportBound(own)?.getTime();
  if (bound === undefined) return undefined;
  const tied = own
    .filter((e) => dateSpan(e.date.date, e.date.offset)[0] <= bound)
    .map((e) => e.article)
    .sort(compareArticlesByDate);
  const first = tied[0]!;
  const articles = [...new Set(tied.map((a) => a.slug))];
  const undated = own
    .map((e) => e.article)
    .filter((a) => a.published === undefined && !articles.includes(a.slug))
    .sort(compareArticlesByDate);
  return {
    claim,
    date: articleDate(first),
    articles,
    outlets: [...new Set(tied.map((a) => a.outlet))],
    undated: [...new Set(undated.map((a) => a.slug))],
  };
}

/** Sizes for {@link layoutTimeline}, in SVG user units. */
export interface TimelineLayoutOptions {
  /** Width of the drawing. Default: 640. */
  width: number;
  /** Space around the drawing. Default: 24. */
  padding: number;
  /** Height of one row of same-day events above the axis. Default: 20. */
  laneHeight: number;
  /** Space under the axis for the date labels. Default: 20. */
  labelHeight: number;
  /** The most date ticks drawn (at least 2); with more days, an even spread including the first and last. Default: 6. */
  maxTicks: number;
}

/** The defaults of {@link TimelineLayoutOptions}. */
export const TIMELINE_LAYOUT_DEFAULTS: Readonly<TimelineLayoutOptions> = {
  width: 640,
  padding: 24,
  laneHeight: 20,
  labelHeight: 20,
  maxTicks: 6,
};

/** One event's place in the drawing. */
export interface TimelinePoint {
  /** The event's id as given (an article slug, say). */
  id: string;
  x: number;
  y: number;
  /** 0 for the first event of its day (nearest the axis), 1 for the next, … */
  lane: number;
  /** Its calendar day, `YYYY-MM-DD` (as the layout reads it: see {@link layoutTimeline}). */
  day: string;
}

/** A date mark on the axis. */
export interface TimelineTick {
  x: number;
  day: string;
}

/** A timeline drawing as numbers: the page draws a line for the axis, a mark per point and a label per tick. */
export interface TimelineLayout {
  width: number;
  height: number;
  axis: { x1: number; x2: number; y: number };
  /** Where tick labels sit (their baseline). */
  labelY: number;
  points: TimelinePoint[];
  ticks: TimelineTick[];
}

const round = (n: number) => Math.round(n * 100) / 100;
/** The start of a date's calendar day (UTC), the day read in the offset it was written in, if any. */
const dayStart = (date: Date, offset: number | undefined) => {
  const local = inOffset(date, offset);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
};

/**
 * Lays events out along a time axis: x by calendar day (UTC, or in the offset an event's date was
 * written in: src/lib/dates.ts; events of one day share an x and stack in
 * lanes above the axis, in the order given), evenly scaled between the first and last day; a
 * single day sits in the middle. Coordinates are rounded to hundredths.
 */
export function layoutTimeline(
  events: readonly { id: string; date: Date; offset?: number | undefined }[],
  options: Partial<TimelineLayoutOptions> = {},
): TimelineLayout {
  const { width, padding, laneHeight, labelHeight, maxTicks } = { ...TIMELINE_LAYOUT_DEFAULTS, ...options };
  const days = events.map((e) => dayStart(e.date, e.offset));
  const lanes = new Map<number, number>();
  const laneOf = days.map((day) => {
    const lane = lanes.get(day) ?? 0;
    lanes.set(day, lane + 1);
    return lane;
  });
  const laneCount = Math.max(1, ...lanes.values());
  const axisY = padding + laneCount * laneHeight;
  const min = Math.min(...days);
  const max = Math.max(...days);
  const xOf = (day: number) =>
    round(max === min ? width / 2 : padding + ((day - min) / (max - min)) * (width - 2 * padding));

  const points = events.map((e, i) => ({
    id: e.id,
    x: xOf(days[i]!),
    y: round(axisY - laneHeight * (laneOf[i]! + 0.5)),
    lane: laneOf[i]!,
    day: isoDay(new Date(days[i]!)),
  }));
  const distinct = [...new Set(days)].sort((a, b) => a - b);
  const picked =
    distinct.length <= maxTicks
      ? distinct
      : [
          ...new Set(
            Array.from(
              { length: Math.max(2, maxTicks) },
              (_, i) => distinct[Math.round((i * (distinct.length - 1)) / (Math.max(2, maxTicks) - 1))]!,
            ),
          ),
        ];
  return {
    width,
    height: axisY + labelHeight + padding,
    axis: { x1: padding, x2: width - padding, y: axisY },
    labelY: axisY + labelHeight,
    points,
    ticks: picked.map((day) => ({ x: xOf(day), day: isoDay(new Date(day)) })),
  };
}

/** The layout of some timeline events (a story's, or the part of it a page lists), each point's id its article's slug. */
export function layoutEvents(events: readonly Pick<TimelineEvent, 'article' | 'date'>[], options: Partial<TimelineLayoutOptions> = {}): TimelineLayout {
  return layoutTimeline(
    events.map((e) => ({ id: e.article.slug, date: e.date.date, offset: e.date.offset })),
    options,
  );
}
