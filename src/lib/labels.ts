/**
 * Words and symbols the pages show for the model's values, in one place so every page says
 * the same thing. Dates are formatted in UTC, or in the offset the record wrote them in, so a
 * build gives the same text on every machine.
 */
import type { ArticleKind, ClaimKind, EntityKind, Outlet, VerdictRating } from './corpus.ts';
import { inOffset } from './dates.ts';
import { LONG_WORD } from './long-words.ts';
import type { Stance } from './mentions.ts';

// In a module of its own, which the Markdown plugins import (its change invalidates the checks' cache).
export { LONG_WORD, longWords } from './long-words.ts';

export const STANCE_LABELS: Record<Stance, { word: string; symbol: string; verb: string }> = {
  asserts: { word: 'Asserts', symbol: '\u2714', verb: 'asserted' },
  disputes: { word: 'Disputes', symbol: '\u2718', verb: 'disputed' },
  quotes: { word: 'Quotes', symbol: '\u275D', verb: 'quoted' },
  qualifies: { word: 'Qualifies', symbol: '\u25D0', verb: 'qualified' },
};

/** Shown in a coverage-matrix cell when the article does not mention the claim. */
export const NOT_MENTIONED = { word: 'Not mentioned', symbol: '\u2013' };

export const ARTICLE_KIND_LABELS: Record<ArticleKind, string> = {
  report: 'Report',
  analysis: 'Analysis',
  opinion: 'Opinion',
  aggregate: 'Aggregate',
  'press-release': 'Press release',
};

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  fact: 'Fact',
  figure: 'Figure',
  quote: 'Quotation',
  attribution: 'Attribution',
  prediction: 'Prediction',
};

export const ENTITY_KIND_LABELS: Record<EntityKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  product: 'Product',
  place: 'Place',
  event: 'Event',
  document: 'Document',
  other: 'Other',
};

export const VERDICT_LABELS: Record<VerdictRating, string> = {
  accurate: 'Accurate',
  'mostly-accurate': 'Mostly accurate',
  mixed: 'Mixed',
  misleading: 'Misleading',
  inaccurate: 'Inaccurate',
  unverifiable: 'Unverifiable',
};

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "5 June 2026": the day in UTC, or in the offset the date was written in (minutes east of UTC,
 * src/lib/dates.ts), so `2026-06-04T20:00:00-07:00` reads "4 June 2026" as at its outlet.
 */
export function formatDay(date: Date, offset?: number): string {
  return dayFormat.format(inOffset(date, offset));
}

/** "2026-06-05": the day in UTC, or in the offset the date was written in (as {@link formatDay}). */
export function isoDayOf(date: Date, offset?: number): string {
  return inOffset(date, offset).toISOString().slice(0, 10);
}

/** "1 article", "3 articles". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The rest of a list, after the first ones shown: "the other 2", and for one, "the other one" (never "the other 1"). */
export function theOthers(count: number): string {
  return count === 1 ? 'the other one' : `the other ${count}`;
}

/** A whole collection, counted: "All 3 stories", "The one story", "No stories" (never "All 1 story"). */
export function allOf(count: number, one: string, many = `${one}s`): string {
  if (count === 0) return `No ${many}`;
  if (count === 1) return `The one ${one}`;
  return `All ${plural(count, one, many)}`;
}

/**
 * Text cut where a line may break though no stylesheet says so, for `<wbr>` between the pieces:
 * after each `/`, `.`, `?`, `&`, `=` and `#` of an address, and in a word longer than
 * {@link LONG_WORD} characters, after every LONG_WORD characters of it (whole characters: an
 * accent stays on its letter). A redirect
 * page has no stylesheet (a style's hash would weigh in every page's Content-Security-Policy),
 * and its address, https://crosscheck.example.org/articles/… with no place to break, made the
 * page 395 px wide at 320 px.
 *
 * ```ts
 * breakableText('https://x.example/claims/a/') // ['https:/', '/', 'x.', 'example/', 'claims/', 'a/']
 * ```
 */
export function breakableText(text: string, max = LONG_WORD): string[] {
  const pieces: string[] = [];
  let piece = '';
  let run = 0;
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) {
    piece += segment;
    // A browser breaks at a space and after a hyphen of its own accord.
    run = /[\s-]/u.test(segment) ? 0 : run + 1;
    if (/^[/.?&=#]$/.test(segment) || run >= max) {
      pieces.push(piece);
      piece = '';
      run = 0;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * The first words of a passage, to tell apart links that would read alike out of context ("in
 * the original", "the passage": one per piece of evidence, each to another passage). A screen
 * reader lists links by name alone; these words, in visually hidden text, make each name its
 * own. At most `words` words and `max` characters (never cutting inside a character), with `…`
 * when shortened.
 *
 * ```ts
 * passageCue('If such systems existed, we would pause in a verifiable manner.') // 'If such systems existed, we would…'
 * ```
 */
export function passageCue(text: string, words = 6, max = 48): string {
  const all = text.replace(/\s+/gu, ' ').trim().split(' ');
  let cue = all.slice(0, words).join(' ');
  let cut = all.length > words;
  if (cue.length > max) {
    let end = 0;
    for (const { index, segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(cue)) {
      if (index + segment.length > max) break;
      end = index + segment.length;
    }
    const space = cue.lastIndexOf(' ', end);
    cue = cue.slice(0, space > max / 2 ? space : end);
    cut = true;
  }
  return cut ? `${cue.replace(/[\s,;:.–—-]+$/u, '')}\u2026` : cue;
}

/**
 * Whether a reader must be told, after an outlet's name, that the source is unidentified: it is,
 * and its name, our description of the text, does not say so already (`Leaflet (source
 * unidentified)`, but `Unidentified forum post` alone). The pages and the feeds mark it alike.
 */
export function marksUnidentified(outlet: Pick<Outlet, 'name' | 'unidentified'>): boolean {
  return outlet.unidentified && !/unidentified/i.test(outlet.name);
}
