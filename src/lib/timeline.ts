/**
 * Time: the order a story's articles appeared in, when each claim was first reported, and a
 * layout of those events as plain coordinates for an inline SVG drawn at build time.
 *
 * An article is placed by its publication date when known. One known only by the date it was
 * added to the corpus (`basis: 'added'`) says only that it was out by then: it may have been
 * published at any earlier time, so it is never ordered among the dated articles (a timeline
 * lists it after them) nor called a first report; its added date still bounds when the claims
 * it mentions had been reported. Articles on the same date keep slug order. A claim's first
 * reports are the dated articles that may have been first: those no other article mentioning it
 * certainly preceded; the undated ones, any of which may have been earlier, are named apart
 * (`undated` in {@link FirstReport}). A date that gives only its day
 * (`2026-06-05`) is some moment of that day (see `dateSpan` in order.ts), so it ties with a
 * dated and timed article of the same day instead of beating it by being read as midnight, and
 * an article dated 5 June at 09:00 is not first when another says 5 June at 07:00.
 */
import type { Article } from './corpus.ts';
import { inOffset } from './dates.ts';
import type { Evidence } from './evidence.ts';
import type { ArticleSlug, ClaimId, OutletId } from './ids.ts';
import { linkVia, type ViaLink } from './independence.ts';
import { formatDay, isoDayOf } from './labels.ts';
import { articleDate, compareArticlesByDate, dateSpan, isDayOnly, isoDay, type ArticleDate } from './order.ts';

/** One article on a timeline. */
export interface TimelineEvent {
  article: Article;
  date: ArticleDate;
  /**
   * The claims this article is the first (or tied first) to mention, in mention order: first of
   * the timeline's articles, and no later than `earliest` says anything else did. Always empty
   * for an article known only by the date it was added.
   */
  firstReports: ClaimId[];
  /**
   * The claims of `firstReports` that an article of the timeline known only by the date it was
   * added mentions too (not a copy of an article that mentions them): it may have been published
   * earlier, so this one is only their first dated report.
   */
  undatedMayPrecede: ClaimId[];
  /**
   * The claims of `firstReports` that another article of the timeline may have reported first
   * too (a tie: two articles dated by their day only, on one day), so that five articles in a row
   * are not each simply "first to report" one claim. Undefined when none is.
   */
  tied?: ClaimId[] | undefined;
}

/** When a claim was first reported, and by which articles. */
export interface FirstReport {
  claim: ClaimId;
  /**
   * The date of the earliest of `articles`. When there is none (an article known only by the
   * date it was added was out before any dated one could have been), the earliest date one of
   * `undated` was added, with basis `added`: the claim had been reported by then, when is not known.
   */
  date: ArticleDate;
  /** The dated articles that may have been first (none certainly preceded), in date order; possibly none. */
  articles: ArticleSlug[];
  /** Their outlets, each once, in the order of their first article: the names a page gives. */
  outlets: OutletId[];
  /**
   * The articles mentioning the claim that are known only by the date they were added (copies of
   * an article that mentions it aside), by that date: an added date is an upper bound, so each may
   * have been published before the first reports (a page says so rather than let "first
   * reported" stand unqualified).
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
  corpusArticles: ReadonlyMap<ArticleSlug, Article> = new Map(articles.map((a) => [a.slug, a])),
): TimelineEvent[] {
  const ordered = [...articles].sort(compareArticlesByDate); // undated last (order.ts)
  // Only the claims these articles mention are ever looked up: `reportedBy` holds the whole
  // corpus's, so it is read claim by claim rather than copied (a copy per story grew with
  // stories × claims).
  const bound = new Map<ClaimId, number>();
  const mentionedUndated = new Set<ClaimId>();
  for (const article of ordered) {
    const { date, offset } = articleDate(article);
    const [, latest] = dateSpan(date, offset);
    for (const m of article.mentions) bound.set(m.claim, Math.min(latest, bound.get(m.claim) ?? reportedBy.get(m.claim)?.getTime() ?? latest));
    if (!isDated(article)) {
      const copied = copiedClaims(article, corpusArticles);
      for (const m of article.mentions) if (!copied.has(m.claim)) mentionedUndated.add(m.claim);
    }
  }
  // For each dated article, the claims it may have reported first by the dates alone, and which
  // of those it copies from an original that mentions them too.
  const events = ordered.map((article) => {
    const date = articleDate(article);
    const [earliest] = dateSpan(date.date, date.offset);
    const copied = copiedClaims(article, corpusArticles);
    const candidates = isDated(article)
      ? [...new Set(article.mentions.map((m) => m.claim))].filter((claim) => earliest <= bound.get(claim)!)
      : [];
    return { article, date, copied, candidates };
  });
  // A claim some article other than a copy may have reported first: its copies are then not first.
  // (When only copies can have been, the dates contradict the via chain; they are kept.)
  const byOriginal = new Set(mentionedUndated);
  for (const e of events) for (const claim of e.candidates) if (!e.copied.has(claim)) byOriginal.add(claim);
  const firsts = events.map(({ copied, candidates }) => candidates.filter((claim) => !copied.has(claim) || !byOriginal.has(claim)));
  // How many articles may have been first to report each claim: more than one is a tie.
  const firstBy = new Map<ClaimId, number>();
  for (const claims of firsts) for (const claim of claims) firstBy.set(claim, (firstBy.get(claim) ?? 0) + 1);
  return events.map(({ article, date }, i) => {
    const firstReports = firsts[i]!;
    const tied = firstReports.filter((claim) => firstBy.get(claim)! > 1);
    return {
      article,
      date,
      firstReports,
      undatedMayPrecede: firstReports.filter((claim) => mentionedUndated.has(claim)),
      ...(tied.length > 0 && { tied }),
    };
  });
}

/** Whether an article has a publication date on record (else it is placed by the date it was added). */
const isDated = (article: Article) => article.published !== undefined;

/** For each map of the corpus's articles, their via links and, by article and claim, whether an original up the chain mentions it. */
const upChains = new WeakMap<ReadonlyMap<ArticleSlug, Article>, { links: Map<ArticleSlug, ViaLink>; copies: Map<string, boolean> }>();
const claimsOf = new WeakMap<Article, Set<ClaimId>>();

/**
 * Whether an article's originals (its `via`, and theirs in turn) mention a claim: the article, a
 * copy, is never its first report. Never when the chain loops (the checks report the loop). An
 * article outside a loop copies what the next one up mentions or copies, so each article's
 * answer for a claim is found once: collecting the whole chain's claims for each article cost n²
 * for a chain of n copies. `articles` is read as it is at the first call with it.
 */
function copiedClaims(article: Article, articles: ReadonlyMap<ArticleSlug, Article>): { has: (claim: ClaimId) => boolean } {
  if (article.via === undefined) return { has: () => false };
  let memo = upChains.get(articles);
  if (!memo) upChains.set(articles, (memo = { links: new Map(), copies: new Map() }));
  const { links, copies } = memo;
  if (linkVia(article.slug, articles, links).cycle) return { has: () => false };
  const mentions = (slug: ArticleSlug, claim: ClaimId) => {
    const up = articles.get(slug);
    if (!up) return false;
    let claims = claimsOf.get(up);
    if (!claims) claimsOf.set(up, (claims = new Set(up.mentions.map((m) => m.claim))));
    return claims.has(claim);
  };
  return {
    has: (claim) => {
      const path: string[] = [];
      let at: ArticleSlug = article.slug;
      let found = false;
      for (;;) {
        const key = `${at}\n${claim}`;
        const known = copies.get(key);
        if (known !== undefined) {
          found = known;
          break;
        }
        path.push(key);
        const next = linkVia(at, articles, links).next;
        if (next === undefined) break;
        if (mentions(next, claim)) {
          found = true;
          break;
        }
        at = next;
      }
      for (const key of path) copies.set(key, found);
      return found;
    },
  };
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

/**
 * When a claim was first reported, from its evidence; undefined when nothing mentions it. Given
 * the corpus's articles, a copy (`via`) whose original up the chain mentions the claim too is
 * not taken for a first report, nor for an undated article that may have been earlier: it
 * carries its original's reporting, which came before it.
 */
export function firstReported(
  claim: ClaimId,
  evidence: readonly Evidence[],
  corpusArticles: ReadonlyMap<ArticleSlug, Article> = new Map(),
): FirstReport | undefined {
  const own = evidence.filter((e) => e.claim === claim);
  const bound = firstReportBound(own)?.getTime();
  if (bound === undefined) return undefined;
  const original = (a: Article) => !copiedClaims(a, corpusArticles).has(claim);
  const candidates = own.filter((e) => isDated(e.article) && dateSpan(e.date.date, e.date.offset)[0] <= bound).map((e) => e.article);
  const undatedAll = own.map((e) => e.article).filter((a) => !isDated(a));
  // Copies are left out when an article other than a copy may have been first; when only copies
  // can have been, the dates contradict the via chain, and they are kept.
  const keep = [...candidates, ...undatedAll].some(original) ? original : () => true;
  const tied = candidates.filter(keep).sort(compareArticlesByDate);
  const undated = undatedAll.filter(keep).sort(compareArticlesByDate);
  // With no dated article that may have been first, the undated article whose added date bounds
  // it, else the first undated one (a copy's date may bound it, and it is not first).
  const first = tied[0] ?? undated.find((a) => dateSpan(a.added, a.addedOffset)[1] === bound) ?? undated[0]!;
  const articles = [...new Set(tied.map((a) => a.slug))];
  return {
    claim,
    date: articleDate(first),
    articles,
    outlets: [...new Set(tied.map((a) => a.outlet))],
    undated: [...new Set(undated.map((a) => a.slug))],
  };
}

/**
 * What a timeline says of an article's first reports: "first to report 2 claims", "first dated
 * article to report 3 claims" when an undated article may have reported them earlier (see
 * {@link TimelineEvent}), or both: "first to report 2 claims, and the first dated article to
 * report 3 more"; with how many of them another article may have reported first too ("first to
 * report 1 claim (tied with another article)", "… (2 of the 3 tied with another article)");
 * undefined when it reported none first.
 */
export function firstReportNote(event: Pick<TimelineEvent, 'firstReports' | 'undatedMayPrecede' | 'tied'>): string | undefined {
  const dated = event.undatedMayPrecede.length;
  const total = event.firstReports.length;
  const sure = total - dated;
  const claims = (n: number) => `${n} claim${n === 1 ? '' : 's'}`;
  // Ties: another article of the timeline may have been first to report them too.
  const t = event.tied?.length ?? 0;
  const tied = t === 0 ? '' : t === total ? (total === 1 ? ' (tied with another article)' : ' (each tied with another article)') : ` (${t} of the ${total} tied with another article)`;
  if (sure > 0 && dated > 0) return `first to report ${claims(sure)}, and the first dated article to report ${dated} more${tied}`;
  if (sure > 0) return `first to report ${claims(sure)}${tied}`;
  if (dated > 0) return `first dated article to report ${claims(dated)}${tied}`;
  return undefined;
}

/**
 * What a timeline says above the articles known only by the day they were added (`undated` of
 * them), listed after the `dated` ones: that their dates say only when they were out by, and,
 * when there are dated ones, that they may be older than any of those.
 */
export function undatedNote(undated: number, dated: number): string {
  const [subject, each] = undated === 1 ? ['this article', 'it was'] : ['these articles', 'each was'];
  const earlier = dated === 0 ? '' : ` and may have been published before ${dated === 1 ? 'the dated article' : 'any of the dated articles'} above`;
  return `No publication date is on record for ${subject}: ${each} out by the day it was added${earlier}.`;
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
  /**
   * The least distance between two ticks: their labels are centred on them, and days close
   * together (three days running, then weeks later: ticks 20 units apart) drew their dates over
   * each other. A tick closer than this to the one before is left out; the last day keeps its
   * label in place of those before it that are too close. The default, 100, holds the longest
   * label ("30 September", 12 px) beside another with a reader's wider letter and word spacing
   * (WCAG 1.4.12), and six ticks on the default axis.
   */
  minTickGap: number;
  /**
   * The most lanes stacked above a day (at least 1): a day with more events puts the rest in its
   * top lane, drawn as one mark with their number (see {@link TimelineStack}), so a day of many
   * articles does not make the drawing ever taller. Default: 8.
   */
  maxLanes: number;
}

/** The defaults of {@link TimelineLayoutOptions}. */
export const TIMELINE_LAYOUT_DEFAULTS: Readonly<TimelineLayoutOptions> = {
  width: 640,
  padding: 24,
  laneHeight: 20,
  labelHeight: 20,
  maxTicks: 6,
  minTickGap: 100,
  maxLanes: 8,
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

/** The top lane of a day with more events than lanes: the page draws their number there, not a mark each. */
export interface TimelineStack {
  x: number;
  y: number;
  /** The top lane, the one its points share. */
  lane: number;
  day: string;
  /** How many events share the top lane (two or more). */
  count: number;
}

/** A date mark on the axis. */
export interface TimelineTick {
  x: number;
  day: string;
  /**
   * Kept on a narrow screen: the first and the last tick. At 320 px the drawing is shown at under
   * half its size, and its 12-unit labels were 5 px tall: there they are drawn twice as large, the
   * first and last set inside the ends of the axis, and a label between them would fall on theirs
   * ("30 September" is some 200 of the axis's 592 units at 24 units, with a reader's wider spacing).
   */
  narrow: boolean;
}

/** A timeline drawing as numbers: the page draws a line for the axis, a mark per point and a label per tick. */
export interface TimelineLayout {
  width: number;
  height: number;
  axis: { x1: number; x2: number; y: number };
  /** Where tick labels sit (their baseline). */
  labelY: number;
  /** Every event; in a stacked day's top lane (see `stacks`), several points share one place. */
  points: TimelinePoint[];
  /** The days with more events than `maxLanes`, by day. */
  stacks: TimelineStack[];
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
 * lanes above the axis, in the order given, at most `maxLanes`: see {@link TimelineStack}),
 * evenly scaled between the first and last day; a single day sits in the middle. Coordinates are
 * rounded to hundredths.
 */
export function layoutTimeline(
  events: readonly { id: string; date: Date; offset?: number | undefined }[],
  options: Partial<TimelineLayoutOptions> = {},
): TimelineLayout {
  const { width, padding, laneHeight, labelHeight, maxTicks, minTickGap, maxLanes } = { ...TIMELINE_LAYOUT_DEFAULTS, ...options };
  const top = Math.max(1, maxLanes) - 1;
  const days = events.map((e) => dayStart(e.date, e.offset));
  const lanes = new Map<number, number>();
  const laneOf = days.map((day) => {
    const lane = lanes.get(day) ?? 0;
    lanes.set(day, lane + 1);
    return Math.min(lane, top);
  });
  const laneCount = Math.min(top + 1, Math.max(1, ...lanes.values()));
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
  const ticks: number[] = [];
  for (const day of picked) {
    if (ticks.length === 0 || xOf(day) - xOf(ticks.at(-1)!) >= minTickGap) ticks.push(day);
  }
  const last = picked.at(-1);
  if (last !== undefined && ticks.at(-1) !== last) {
    while (ticks.length > 1 && xOf(last) - xOf(ticks.at(-1)!) < minTickGap) ticks.pop();
    ticks.push(last);
  }
  const narrow = new Set<number>(ticks.length > 0 ? [ticks[0]!, ticks.at(-1)!] : []);
  const stacks = distinct
    .filter((day) => lanes.get(day)! > top + 1)
    .map((day) => ({ x: xOf(day), y: round(axisY - laneHeight * (top + 0.5)), lane: top, day: isoDay(new Date(day)), count: lanes.get(day)! - top }));
  return {
    width,
    height: axisY + labelHeight + padding,
    axis: { x1: padding, x2: width - padding, y: axisY },
    labelY: axisY + labelHeight,
    points,
    stacks,
    ticks: ticks.map((day) => ({ x: xOf(day), day: isoDay(new Date(day)), narrow: narrow.has(day) })),
  };
}

/**
 * The layout of some timeline events (a story's, or the part of it a page lists), each point's id
 * its article's slug. Only dated articles are drawn: an added date would place an article as if
 * it were dated.
 */
export function layoutEvents(events: readonly Pick<TimelineEvent, 'article' | 'date'>[], options: Partial<TimelineLayoutOptions> = {}): TimelineLayout {
  return layoutTimeline(
    events.filter((e) => e.date.basis === 'published').map((e) => ({ id: e.article.slug, date: e.date.date, offset: e.date.offset })),
    options,
  );
}

/** "08:00 UTC+9", "18:00 UTC−7", "09:30 UTC+5:30", "10:15 UTC": a date's time in the offset it was written in. */
export function formatTime(date: Date, offset?: number): string {
  const local = inOffset(date, offset).toISOString().slice(11, 16);
  if (!offset) return `${local} UTC`;
  const abs = Math.abs(offset);
  const minutes = abs % 60 === 0 ? '' : `:${String(abs % 60).padStart(2, '0')}`;
  return `${local} UTC${offset < 0 ? '\u2212' : '+'}${Math.floor(abs / 60)}${minutes}`;
}

/**
 * How many outlets of a claim's first report its page names; beyond, it counts the others (a wire
 * report carried the same day by 200 outlets named all 200 in the claim's facts).
 */
export const FIRST_REPORT_OUTLETS_NAMED = 5;

/** The outlets of a claim's first report that its page names, in order, and how many others it counts. */
export function firstReportOutlets<T>(outlets: readonly T[], limit = FIRST_REPORT_OUTLETS_NAMED): { named: T[]; others: number } {
  return { named: outlets.slice(0, limit), others: Math.max(0, outlets.length - limit) };
}

/**
 * What a claim page says after the outlets of a claim's first report when every first report
 * disputes the claim: ", which disputed it" (", both of which", ", all of which"), so that
 * "First reported 16 September 2026 by Falcons Sports Group", the party denying it, is not read as
 * the one that made it. Undefined when a first report holds it true or quotes it, or there is none.
 */
export function firstReportDisputes(first: Pick<FirstReport, 'articles' | 'outlets'>, evidence: readonly Evidence[]): string | undefined {
  const firsts = new Set<string>(first.articles);
  let disputes = false;
  for (const e of evidence) {
    if (!firsts.has(e.article.slug)) continue;
    if (e.stance !== 'disputes') return undefined;
    disputes = true;
  }
  if (!disputes) return undefined;
  const n = first.outlets.length;
  return `, ${n <= 1 ? 'which' : n === 2 ? 'both of which' : 'all of which'} disputed it`;
}

/**
 * The times that make a claim's first report the first, when the day it shows is later than the
 * day another report of it shows: dates written in different offsets, 08:00 on 5 July in Tokyo
 * coming before 18:00 on 4 July in Los Angeles. Without them, "First reported 5 July" above a
 * report of 4 July reads as a mistake. " (at 08:00 UTC+9, before LA Ledger’s report dated 4 July
 * 2026, at 18:00 UTC−7)", or "… before 2 reports dated earlier in their own offsets)"; undefined
 * when no report shows an earlier day than the first.
 */
export function firstReportTimes(first: Pick<FirstReport, 'date' | 'articles'>, evidence: readonly Evidence[]): string | undefined {
  const { date, offset, basis } = first.date;
  if (basis !== 'published') return undefined;
  const day = isoDayOf(date, offset);
  if (isDayOnly(date, offset)) return tiedOnOtherDays(day, first.articles, evidence);
  const firsts = new Set(first.articles);
  const earlier = new Map<ArticleSlug, Evidence>();
  for (const e of evidence) {
    if (e.date.basis !== 'published' || firsts.has(e.article.slug) || earlier.has(e.article.slug)) continue;
    if (isoDayOf(e.date.date, e.date.offset) < day) earlier.set(e.article.slug, e);
  }
  if (earlier.size === 0) return undefined;
  const at = `at ${formatTime(date, offset)}`;
  if (earlier.size > 1) return ` (${at}, before ${earlier.size} reports dated earlier in their own offsets)`;
  const [other] = [...earlier.values()];
  const time = isDayOnly(other!.date.date, other!.date.offset) ? '' : `, at ${formatTime(other!.date.date, other!.date.offset)}`;
  return ` (${at}, before ${other!.outlet.name}’s report dated ${formatDay(other!.date.date, other!.date.offset)}${time})`;
}

/**
 * {@link timedEvents} of a list of articles ordered by their true instants, oldest first or, with
 * `newestFirst`, newest first (an outlet's, an entity's, a month's): the articles whose days,
 * each in its own offset, read out of order with another's, so that a page gives their times too.
 */
export function timedArticles(articles: readonly Article[], newestFirst = false): Set<ArticleSlug> {
  const events = articles.map((article) => ({ article, date: articleDate(article) }));
  return timedEvents(newestFirst ? events.reverse() : events);
}

/**
 * For a first report dated by its day only (`day`, in UTC): the reports tied with it that are
 * dated, in their own offsets, on another day. 08:00 on 5 July at UTC+9 is 23:00 on 4 July in
 * UTC, so it may have come first with a report of 4 July; without its times, "First reported
 * 4 July 2026 by El Diario and Wire Service" above Wire Service's report of 5 July reads as a
 * mistake. " (Wire Service’s report is dated 5 July 2026, at 08:00 UTC+9: 23:00 UTC on 4 July
 * 2026)", or " (2 of these reports are dated another day in their own offsets)".
 */
function tiedOnOtherDays(day: string, articles: readonly ArticleSlug[], evidence: readonly Evidence[]): string | undefined {
  const firsts = new Set(articles);
  const other = new Map<ArticleSlug, Evidence>();
  for (const e of evidence) {
    if (firsts.has(e.article.slug) && e.date.basis === 'published' && isoDayOf(e.date.date, e.date.offset) !== day) other.set(e.article.slug, e);
  }
  if (other.size === 0) return undefined;
  if (other.size > 1) return ` (${other.size} of these reports are dated another day in their own offsets)`;
  const [{ outlet, date: d }] = [...other.values()] as [Evidence];
  return ` (${outlet.name}’s report is dated ${formatDay(d.date, d.offset)}, at ${formatTime(d.date, d.offset)}: ${formatTime(d.date)} on ${formatDay(d.date)})`;
}

/**
 * The dated events of a timeline (in its order, the true instants') whose days, each shown in the
 * offset it was written in, read out of order with another's: 08:00 on 5 July at UTC+9 listed
 * before 18:00 on 4 July at UTC−7. A page gives their times too, so that the order can be seen to
 * be right; an event dated by its day alone has no time to give. By article slug.
 */
export function timedEvents(events: readonly Pick<TimelineEvent, 'article' | 'date'>[]): Set<ArticleSlug> {
  const dated = events.filter((e) => e.date.basis === 'published');
  const days = dated.map((e) => isoDayOf(e.date.date, e.date.offset));
  const timed = new Set<ArticleSlug>();
  let latest = '';
  const before = days.map((day) => {
    const seen = latest;
    if (day > latest) latest = day;
    return seen;
  });
  let earliest = '\uffff';
  for (let i = dated.length - 1; i >= 0; i--) {
    const { article, date } = dated[i]!;
    if ((before[i]! > days[i]! || earliest < days[i]!) && !isDayOnly(date.date, date.offset)) timed.add(article.slug);
    if (days[i]! < earliest) earliest = days[i]!;
  }
  return timed;
}
