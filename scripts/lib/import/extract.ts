/**
 * Reads a news article as an editor receives it (plain text, Markdown, or a saved web page) into
 * its metadata and its text. Pure: the file's text in, a {@link SourceDocument} out. Nothing is
 * guessed that the source does not say: a field the source lacks is left undefined.
 *
 * - Plain text: a first line that reads like a headline (short, no closing full stop, followed by
 *   more text) is the headline; `Source:`, `URL:`, `Published:`, `Date:`, `Outlet:` and `By …`
 *   lines at the top or bottom are read and left out of the text (and the `From:`, `Subject:`
 *   and `Date:` headers of a forwarded e-mail, such as a newsletter), and so are lines of fields
 *   between bars or dashes, such as `Tech Policy Daily | 8 June 2026 | Updated 9 June 2026` or
 *   `By Li Wei — Global Wire — June 7, 2026` (a byline, a date, the publisher's name, a section).
 *   A wire dateline such as `LONDON (Reuters) —` names the publisher when nothing else does. A
 *   press release is read without its "FOR IMMEDIATE RELEASE" line and the boilerplate after its text.
 *   A text hard-wrapped at a fixed width (an e-mail's 72 columns, a copy of a PDF) is joined into
 *   its paragraphs, its lists and the lines its writer broke kept apart; other text is a paragraph a line.
 *   A copy of a PDF laid out in two columns is read a column after the other: its columns side by
 *   side on each line ({@link withoutColumns}), or a line of each in turn when its lines clearly read
 *   on better so ({@link interleavedColumns}).
 * - Markdown: the first `# ` heading is the headline; `> Source: <url>` and `> Published: date`
 *   lines (and the plain-text lines above, in emphasis or not) are read; inline markup is removed
 *   from the text, and the lines of a paragraph are joined, as Markdown reads them. A YAML frontmatter block at the top of either (`title`, `date`, `author`,
 *   `source` or `url`, `publisher`, `lang`) is read first, and is not part of the text.
 * - HTML: the headline, address, date, author, site name and language come from the page's
 *   `og:`, `article:`, `twitter:` and JSON-LD metadata (then `<h1>`, `<title>`, `<time>`, and the
 *   site name after the headline in `<title>`, "Council delays vote - Northfield Courier"; of the
 *   headlines, the `<h1>` when the JSON-LD or `<title>` has it too, over a social `og:title`); the
 *   text is the article's content as Firefox's Reader View finds it (Readability: a page often
 *   holds teasers, other `<article>`s and link lists too), else that of `<article>`, `<main>` or
 *   the body, without navigation, scripts, asides, figures, forms, paywall and subscription
 *   appeals and advertising, "Read more" or "Leave a comment" lines, one paragraph per block;
 *   with the standfirst (dek, subtitle) the page shows under the headline, which Reader View
 *   leaves out.
 */
import { Readability } from '@mozilla/readability';
import * as cheerio from 'cheerio';
import { parseHTML } from 'linkedom';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { parse as parseYamlText } from 'yaml';
import { splitFrontmatter } from '../../../src/check/frontmatter.ts';
import { decodeReferences } from '../../../src/check/quotes.ts';
import { BIDI_CONTROLS, hiddenInName, hiddenInText, NONCHARACTERS, TEXT_FORBIDDEN } from '../../../src/lib/characters.ts';
import { registeredLanguageTag } from '../../../src/lib/language-tag.ts';
import { INVISIBLE, isCorrection } from './passages.ts';

export type SourceFormat = 'text' | 'markdown' | 'html';

export interface SourceDocument {
  format: SourceFormat;
  headline?: string | undefined;
  url?: string | undefined;
  /** As found: an ISO date (`2026-06-05`) or date and time with offset (`2026-06-05T17:00:44Z`). */
  published?: string | undefined;
  byline?: string | undefined;
  /** A BCP 47 tag, when the source declares one. */
  language?: string | undefined;
  /** The publisher's name, when the source declares one (`og:site_name`, JSON-LD publisher). */
  siteName?: string | undefined;
  /**
   * The platform the page is on when the page names it as its site (Medium): anyone publishes
   * there, so it is not the publisher. `siteName` is then the publication's, when the page names one.
   */
  platform?: string | undefined;
  /**
   * The publisher whose article an aggregator's page shows (Yahoo News showing a Global Wire
   * story): the original, which the copy's `via` names. From its JSON-LD `provider` or the name the
   * page shows as the story's provider.
   */
  provider?: string | undefined;
  /** The section the source files it under, when it says (`Opinion`, `Analysis`, `article:section`). */
  section?: string | undefined;
  /**
   * How `published` was found when the source does not write it whole: a wire dateline's day
   * ("June 12") with the year of the other dates in the text. For the editor to check.
   */
  publishedNote?: string | undefined;
  /**
   * Why the byline is not certain: a line of fields named one person without "By", who may be
   * the author or the publisher. For the editor to check.
   */
  bylineNote?: string | undefined;
  /** A date written in numbers that may be read day first or month first ("03/06/2026"): not a date to record as it is. */
  ambiguousDate?: string | undefined;
  /**
   * A time the source gives only relative to when it was saved ("Posted 3 days ago", "Updated 2
   * hours ago"), as written: no date to record, for the editor to work out.
   */
  relativeDate?: string | undefined;
  /**
   * The date the source says it was updated ("Updated 4 June"), as written: never the publication
   * date, but what the editor is told when the source gives no other.
   */
  updated?: string | undefined;
  /** The day the e-mail that brought the text was sent (Outlook's `Sent:`): its date, noted, when the text gives none. */
  sent?: string | undefined;
  /** A day the dateline gives without a year that nothing in the text settles: not a date to record as it is. */
  undatedDay?: { text: string; month: number; day: number; source?: 'dateline' } | undefined;
  /**
   * What the paywall or registration wall the page shows says ("Keep reading with a 7-day free
   * trial"): the text may stop there, and the archive with it. For the editor to check.
   */
  paywall?: string | undefined;
  /** How many articles the file holds when it is a feed of several: the document is the first's. */
  feedItems?: number | undefined;
  /**
   * How many articles a saved page shows side by side when it is not one article's page (a home
   * or section page): its text is all of theirs, and its headline and date may be the page's.
   */
  articles?: number | undefined;
  /**
   * The headings of the stories a text holds one after the other, numbered as a newsletter or a
   * digest numbers them ("1. Anthropic calls for a pause", "2. Bridge closes"): its text is all of
   * theirs. At least three, numbered from 1.
   */
  stories?: string[] | undefined;
  /**
   * Where a copy of a PDF whose two columns came a line of each in turn was read a column after the
   * other without its lines telling where the shorter column ends (`page 2, from “…”`): the lines
   * from there may be in the wrong column. For the editor to check against the PDF.
   */
  columnsUnsure?: string[] | undefined;
  /** The article's text: paragraphs separated by blank lines, without the lines read as metadata. */
  text: string;
}

/** Which format a file is in, from its name and, when the name does not say, its first lines. */
export function detectFormat(name: string, text: string): SourceFormat {
  if (/\.x?html?$/i.test(name)) return 'html';
  if (/\.(md|markdown|mdx)$/i.test(name)) return 'markdown';
  const head = text.slice(0, 2000).trimStart();
  if (/^(<!doctype html|<html|<head|<meta|<article)/i.test(head)) return 'html';
  // An item of a news feed (RSS or Atom), saved from a feed reader: read as the page it describes.
  if (FEED.test(head)) return 'html';
  if (/^#{1,2} \S/m.test(head) && (/^> ?\w+: /m.test(head) || /\[[^\]]+\]\([^)]+\)/.test(head))) return 'markdown';
  return 'text';
}

/**
 * The Markdown of an MDX file: without its `import` and `export` statements (over several lines
 * too) and its components' tags, `<Chart data={x} />` alone on its lines left out, `<Callout>…</Callout>`
 * keeping the text between them, and without `{/* comments *\/}`. Its frontmatter is kept.
 */
function withoutMdx(text: string): string {
  const out: string[] = [];
  const lines = text.split('\n');
  const front = /^---\n[^]*?\n---(?:\n|$)/.exec(text)?.[0].split('\n').length ?? 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i < Math.max(0, front - 1)) {
      out.push(line);
      continue;
    }
    // A statement, to its end: a line ending with ";", a module's name in quotes, or a closing brace; or a blank line.
    if (/^(?:import|export)\s/.test(line)) {
      while (i < lines.length && !/(?:;|['"]|[}\])])\s*$/.test(lines[i]!) && lines[i]!.trim() !== '') i++;
      continue;
    }
    // A component alone on its lines (`<Chart … />`, its props over several lines too), and a comment.
    if (/^\s*<[A-Z][\w.]*(?:\s|\/?>|$)/.test(line) && !/<\/[A-Z][\w.]*>\s*$/.test(line) && !/^\s*<[A-Z][\w.]*(?:\s[^>]*)?>[^<]*\S/.test(line)) {
      let end = i;
      while (end < lines.length && !/\/?>\s*$/.test(lines[end]!)) end++;
      if (end < lines.length && /\/>\s*$/.test(lines[end]!)) {
        i = end;
        continue;
      }
    }
    if (/^\s*\{\s*\/\*[^]*\*\/\s*\}\s*$/.test(line)) continue;
    out.push(line.replace(/<\/?[A-Z][\w.]*(?:\s[^<>]*)?>/g, ''));
  }
  return out.join('\n');
}

/** `text` without each invisible character `find` finds in it, one at a time (each found may make the next one another). */
function withoutHidden(text: string, find: (text: string) => { index: number } | undefined): string {
  for (let hidden = find(text); hidden; hidden = find(text)) text = text.slice(0, hidden.index) + text.slice(hidden.index + 1);
  return text;
}

/** The start of an RSS or Atom document: an XML declaration or comments, then its root. */
const FEED = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[^]*?-->\s*|<\?xml-stylesheet[^>]*\?>\s*)*<(?:rss|feed|entry|item|rdf:RDF)[\s>]/i;

export function extractSource(name: string, text: string): SourceDocument {
  // A form feed, between the pages of a text copied from a PDF, is a line break (once a page's two columns are read one after the other).
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const read = lines.replace(/\f/g, '\n');
  // MDX (Markdown with components, as Astro, Next.js or Docusaurus sites write an article) is read as the Markdown it holds.
  const clean = /\.mdx$/i.test(name) ? withoutMdx(read) : read;
  const format = detectFormat(name, clean);
  const columns = format === 'text' ? columnsRead(lines) : undefined;
  const doc =
    format === 'html'
      ? FEED.test(clean.trimStart())
        ? fromFeed(clean)
        : fromHtml(clean)
      : fromText(withoutPageFurniture(withoutMailWrapper(columns ? columns.text.replace(/\f/g, '\n') : clean), { join: true }), format);
  if (columns && columns.unsure.length > 0) doc.columnsUnsure = columns.unsure;
  // An address that is not one (a space in the host, a broken bracket) is not the article's.
  if (doc.url) doc.url = URL.canParse(doc.url) ? withoutTracking(doc.url) : undefined;
  if (!doc.published) datelineDate(doc);
  undatedDayDate(doc);
  if (!doc.published && !doc.undatedDay && !doc.ambiguousDate) headlineDate(doc);
  if (!doc.published && !doc.undatedDay && !doc.ambiguousDate && doc.sent) [doc.published, doc.publishedNote] = [doc.sent, 'the day the e-mail that brought it was sent'];
  delete doc.sent;
  if (doc.published) doc.ambiguousDate = doc.relativeDate = undefined;
  // A publisher's name a masthead or a running head sets in capitals ("THE SCIENCE LEDGER"), as the
  // text writes it elsewhere, with a capital first ("The Science Ledger · 3", never an address's "bbc"): the outlet's name to propose.
  if (doc.siteName !== undefined && !/\p{Ll}/u.test(doc.siteName) && /\p{Lu}[^]*\p{Lu}/u.test(doc.siteName)) {
    const name = doc.siteName.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const written = [...read.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'giu'))].map((m) => m[0]).find((w) => /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w));
    if (written !== undefined) doc.siteName = written.replace(/\s+/g, ' ');
  }
  // An update's date is told only when the source gives no other.
  if (doc.published || doc.undatedDay || doc.ambiguousDate || doc.relativeDate) doc.updated = undefined;
  // Characters the checks refuse in a field or a body (the checklist is in the body): the
  // bidirectional controls of a right-to-left page (the page sets the direction itself), and the
  // control characters and noncharacters text copied from a PDF or a word processor brings; and
  // the invisible soft hyphens and zero-width spaces of a typeset page, which the checks do not
  // read in a quotation either ("com\u00ADpany" is "company").
  for (const key of ['headline', 'byline', 'siteName', 'section', 'text'] as const) {
    if (doc[key] !== undefined) doc[key] = doc[key].replace(/\v/g, ' ').replace(BIDI_CONTROLS, '').replace(TEXT_FORBIDDEN, '').replace(NONCHARACTERS, '').replace(INVISIBLE, '');
  }
  // What the scaffold writes as a field: without any invisible character the checks refuse there
  // (an invisible operator, a joiner between Latin letters), so the scaffold passes them.
  if (doc.headline !== undefined) doc.headline = withoutHidden(doc.headline, hiddenInText);
  if (doc.byline !== undefined) doc.byline = withoutHidden(doc.byline, hiddenInName).replace(BY_WORD, '').trim() || undefined;
  return withoutUndefined(doc);
}

/**
 * The word a byline starts with, which is no name: "By", and as other languages write it ("Par",
 * "Von", "Por", "Door", "Av", before a name of two words or more, as they may start one; "Από",
 * Hebrew's "מאת", Arabic's "بقلم", Russian's "Автор:"), or "Author:". Not "De" or "Di", which start names.
 */
const BY_WORD = /^(?:(?:written\s+)?(?:by|από|απο|מאת|بقلم|yazan)\s*:?\s+(?=\S)|(?:par|von|por|door|av)\s+(?=\S+\s+\S)|(?:authors?|auteurs?|autor(?:in|en|es)?|autore|autori|автор[ыи]?|yazar)\s*:\s*)/iu;

/** A newsletter's line above its text: "View this email in your browser". */
const MAIL_HEAD = /^(?:view (?:this (?:email|newsletter|message) |it )?(?:in (?:your |a |the )?(?:web )?browser|online|as a web ?page)|having trouble (?:viewing|reading) this (?:email|message)\?.*)[.!]?$/i;
/** The first line of an e-mail's footer: a signature separator, why it was sent, how to stop it, a copyright. */
const MAIL_FOOTER =
  /^(?:--$|you(?:['’]re| are) receiving this\b|you received this\b|this (?:email|message) was sent to\b|unsubscribe(?:\s+(?:here|now|from (?:this|our|the) (?:list|newsletter|mailing list|emails?)))?\.?\s*(?:$|[|:·•<(]|https?:)|manage (?:your )?(?:preferences|subscriptions?|email)\b|update (?:your )?(?:preferences|subscription)\b|view (?:this (?:email|newsletter) |it )?in (?:your |a )?browser\b|(?:was this email |)forwarded (?:this email|to you)\b|©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})/i;
/** How far from the end an e-mail's footer may start (lines with text), and the longest line it may have. */
const FOOTER_LINES = 12;
const FOOTER_LINE_MAX = 200;

/**
 * A text without the wrapper of the e-mail it came in (a newsletter): the "View in browser" line
 * at the top and, at the bottom, the footer from the signature separator or the first line that
 * says why it was sent, how to unsubscribe or whose copyright it is. Neither is the article's,
 * and the footer often carries the reader's own unsubscribe address. Everything else is kept as
 * it is, line endings included: this is also the text `npm run new` archives.
 */
export function withoutMailWrapper(text: string): string {
  const lines = text.split('\n');
  const filled = lines.map((line, i) => (line.trim() === '' ? -1 : i)).filter((i) => i >= 0);
  const drop = new Set(filled.slice(0, 5).filter((i) => MAIL_HEAD.test(lines[i]!.trim())));
  const tail = filled.slice(-FOOTER_LINES).filter((i) => !drop.has(i));
  // Also in the message a reply or a forward quotes ("> --", "> Helen Marsh | Research desk").
  const bare = (i: number) => lines[i]!.trim().replace(/^(?:>\s?)+/, '').trim();
  const start = tail.find((i, n) => MAIL_FOOTER.test(bare(i)) && tail.slice(n).every((j) => bare(j).length <= FOOTER_LINE_MAX));
  // A footer is under the text, never all of it.
  const end = start !== undefined && filled.some((i) => i < start && !drop.has(i)) ? start : lines.length;
  if (drop.size === 0 && end === lines.length) return text;
  const kept = lines.slice(0, end).filter((_, i) => !drop.has(i));
  while (kept.length > 0 && /^[\s>]*$/.test(kept.at(-1)!)) kept.pop();
  while (drop.size > 0 && kept.length > 0 && kept[0]!.trim() === '') kept.shift();
  return `${kept.join('\n').replace(/\r$/, '')}${/\n$/.test(text) ? (/\r\n$/.test(text) ? '\r\n' : '\n') : ''}`;
}

/** The fewest lines of a page that must have text on both sides of a gutter for it to be read as two columns. */
const COLUMN_LINES = 4;
/** The words each side of a gutter has on average at least: prose, not a table's cells. */
const COLUMN_WORDS = 4;

/**
 * A text copied from a PDF laid out in two columns, whose lines hold the two columns side by side
 * ("left column's line      right column's line", as `pdftotext -layout` writes it), read a
 * column after the other: on each page (between form feeds), the lines that run across a gutter
 * (a column where, on at least {@link COLUMN_LINES} lines with prose on both sides, a run of three
 * spaces or more ends) are the left column's, then the right column's; lines that cross the gutter
 * (a headline, a running head) stay where they are. A text without such a gutter is unchanged:
 * this is also the text `npm run new` archives, so that a span of one column is found in it.
 */
export function withoutColumns(text: string): string {
  return columnsRead(text).text;
}

/**
 * A text read as {@link withoutColumns} reads it, and where it is not certain of that reading: for
 * each block of lines read as two columns taken in turn whose lines do not tell where the shorter
 * column ends, the page and the first line whose place another reading would change.
 */
function columnsRead(text: string): { text: string; unsure: string[] } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let changed = false;
  const unsure: string[] = [];
  const pages = text.split('\f');
  const read = pages.map((page, n) => {
    const lines = page.split(/\r?\n/);
    const side = pageColumns(lines);
    const inTurn = side ? undefined : interleavedColumns(lines, n === 0);
    if (inTurn) unsure.push(...inTurn.unsure.map((line) => `${pages.length > 1 ? `page ${n + 1}, ` : ''}from “${line.trim()}”`));
    const out = side ?? inTurn?.lines;
    if (out === undefined) return page;
    changed = true;
    return out.join(eol);
  });
  return { text: changed ? read.join('\f') : text, unsure };
}

/** A page's lines read a column after the other, or undefined when they are not in two columns. */
function pageColumns(lines: string[]): string[] | undefined {
  if (lines.some((line) => line.includes('\t'))) return undefined;
  // Where the right column may start: after a run of three spaces or more, with text before it.
  const starts = new Map<number, number>();
  for (const line of lines) {
    for (const m of line.matchAll(/\S( {3,})(?=\S)/g)) {
      const at = m.index + 1 + m[1]!.length;
      starts.set(at, (starts.get(at) ?? 0) + 1);
    }
  }
  const [gutter, count] = [...starts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0]);
  if (count < COLUMN_LINES) return undefined;
  type Kind = 'blank' | 'both' | 'left' | 'right' | 'across';
  const kindOf = (line: string): Kind => {
    const end = line.trimEnd().length;
    if (end === 0) return 'blank';
    const first = line.search(/\S/);
    if (first >= gutter - 1) return 'right';
    if (end <= gutter - 2) return 'left';
    return /\S {2,}$/.test(line.slice(0, gutter)) && /^\S/.test(line.slice(gutter)) ? 'both' : 'across';
  };
  const kinds = lines.map(kindOf);
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    if (kinds[i] === 'across') {
      out.push(lines[i++]!);
      continue;
    }
    let j = i;
    while (j < lines.length && kinds[j] !== 'across') j++;
    const region = lines.slice(i, j);
    const both = region.filter((_, n) => kinds[i + n] === 'both');
    const filled = region.filter((_, n) => kinds[i + n] !== 'blank').length;
    const words = (parts: string[]) => parts.reduce((sum, part) => sum + part.trim().split(/\s+/).length, 0) / Math.max(1, parts.length);
    const prose = words(both.map((line) => line.slice(0, gutter))) >= COLUMN_WORDS && words(both.map((line) => line.slice(gutter))) >= COLUMN_WORDS;
    // Columns of unequal length: a third of the lines at least are the two side by side.
    if (both.length >= COLUMN_LINES && both.length * 3 >= filled && prose) {
      const left = region.map((line) => (line.search(/\S/) >= gutter - 1 ? '' : line.slice(0, gutter).trimEnd()));
      const right = region.map((line) => (line.trimEnd().length <= gutter - 2 ? '' : line.slice(Math.min(gutter, line.search(/\S/) >= gutter - 1 ? line.search(/\S/) : gutter)).trimEnd()));
      // The two columns one after the other, a sentence that goes on from one to the next beside it.
      while (left.length > 0 && left.at(-1) === '') left.pop();
      while (right.length > 0 && right[0] === '') right.shift();
      // A sentence that goes on from the foot of the left column to the head of the right: one line, as a page break's.
      const [last, next] = [left.at(-1)?.trim(), right[0]?.trim()];
      if (last && next && !LINE_END.test(last) && /^[\p{Ll}\d]/u.test(next)) {
        left[left.length - 1] = acrossHyphen(last, next, () => wordsOf(lines)) ?? `${left.at(-1)!} ${next}`;
        right.shift();
      }
      for (const line of [...left, ...right]) if (line !== '' || out.at(-1) !== '') out.push(line);
      changed = true;
    } else out.push(...region);
    i = j;
  }
  return changed ? out : undefined;
}

/** The fewest lines a block must have to be read as two columns' lines taken in turn. */
const INTERLEAVED_LINES = 8;
/** The most lines a block may have to be read so: a page's two columns have fewer. */
const INTERLEAVED_MAX = 400;
/** How many more of the odd lines a block has in the one reading than in the other, at least, for that reading to be taken. */
const INTERLEAVED_EVIDENCE = 3;
/** Words after which a sentence goes on: articles and possessives, prepositions, conjunctions. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'these', 'those', 'every', 'each', 'whose']);
const PREPOSITIONS = new Set(['of', 'for', 'with', 'from', 'by', 'in', 'on', 'at', 'into', 'onto', 'upon', 'about', 'between', 'among', 'through', 'during', 'under', 'over', 'without', 'within']);
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'but']);
/** Words that cannot follow an article, a possessive or a preposition. */
const NOT_AFTER_ARTICLE = new Set([...DETERMINERS, ...PREPOSITIONS, ...CONJUNCTIONS, 'to', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'that', 'which', 'who', 'it', 'he', 'she', 'they', 'we', 'i']);
const NOT_AFTER_PREPOSITION = new Set([...PREPOSITIONS, ...CONJUNCTIONS, 'to', 'is', 'are', 'was', 'were']);
/** An abbreviation's full stop, which a lower-case word may follow: "U.S.", "Mr.", "e.g.", "etc.". */
const ABBREVIATION = /(?:^|\s)(?:(?:\p{L}\.){2,}|(?:mr|mrs|ms|dr|st|vs|etc|no|inc|ltd|co|corp|jr|sr|gen|gov|sen|rep|prof|approx|cf|al|ca|p|pp|vol)\.)$/iu;

/**
 * A page's block of lines (between blank lines) that is the two columns of a PDF taken a line of
 * each in turn (left, right, left, right…, as some PDF readers copy a page laid out in two
 * columns), read a column after the other; undefined when it is not so. Which reading is the
 * text's is told by how its lines go on from one to the next: a line that ends a sentence and
 * a line that goes on in lower case ("…in months." then "over time."), a line that stops in the
 * middle of a sentence and one that starts another with a common word ("…that arms" then "A
 * threshold"), an article or a preposition and a word that cannot follow it ("the" then "and"),
 * and a word a hyphen divides that the text has whole elsewhere ("devel-" then "opment"). Only
 * when the lines taken in turn read so at least {@link INTERLEAVED_EVIDENCE} times more, and
 * every other line read together (the columns) at most a third as often, is the block read as
 * two columns; of a longer column, the lines after the shorter one's end are read as its own.
 * On the text's first page, its first line, when it reads as a headline, and the lines of
 * metadata under it (a byline, a date) are not the columns'. Any other text is left as it is.
 */
function interleavedColumns(lines: string[], first: boolean): { lines: string[]; unsure: string[] } | undefined {
  const out = [...lines];
  const unsure: string[] = [];
  let changed = false;
  let words: ReadonlySet<string> | undefined;
  let lower: ReadonlySet<string> | undefined;
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.trim() === '') {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]!.trim() !== '') j++;
    // The text's headline and the metadata under it, at the top of its first block, may be above
    // the columns: of the two readings, the one whose lines go on better from the headline and
    // from the foot of the left column to the head of the right; when they read as well, the
    // headline is above the columns when a line of metadata follows it or it is wider than them.
    let head = i;
    if (first && lines.slice(0, i).every((line) => line.trim() === '') && looksLikeHeadline(lines[i]!.trim())) {
      head++;
      while (head < j && head - i < 4 && isMetaLine(lines[head]!.trim())) head++;
    }
    const readings = [...new Set([head, i])].flatMap((start) => {
      const block = lines.slice(start, j).map((line) => line.trim());
      const lengths = block.map((line) => line.length).sort((x, y) => x - y);
      const median = lengths[lengths.length >> 1] ?? 0;
      // Columns' lines: of a width, most of them full and stopping in the middle of a sentence (the
      // last of a paragraph apart), none an item of a list; not short paragraphs a line each.
      const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
      const full = lengths.filter((length) => length >= width * 0.7).length;
      const midSentence = block.filter((line) => !LINE_END.test(line)).length;
      if (
        block.length < INTERLEAVED_LINES ||
        block.length > INTERLEAVED_MAX ||
        median < WRAP_MIN ||
        median > 80 ||
        lengths.at(-1)! > 100 ||
        full * 5 < block.length * 3 ||
        midSentence * 5 < block.length * 3 ||
        block.some((line) => LIST_ITEM.test(line))
      )
        return [];
      words ??= wordsOf(lines);
      lower ??= new Set(lines.join('\n').match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []);
      const read = untangled(block, words, lower, start > i ? lines[start - 1]!.trim() : undefined);
      const above = start - i > 1 || (start > i && lines[i]!.trim().length > lengths.at(-1)!);
      return read ? [{ start, ...read, above }] : [];
    });
    const [best] = readings.sort((x, y) => x.full - y.full || Number(y.above) - Number(x.above) || x.start - y.start);
    if (best) {
      out.splice(best.start, best.lines.length, ...best.lines);
      if (best.unsure !== undefined) unsure.push(best.unsure);
      changed = true;
    }
    i = j;
  }
  return changed ? { lines: out, unsure } : undefined;
}

/** A line of metadata under a headline: a byline, a `Key: value` line, a line of fields. */
const isMetaLine = (line: string) => BY_LINE.test(line) || metaLine(line) !== undefined || fieldLine(line) !== undefined;

/** A block's lines read a column after the other, when that reading is the text's by far (see {@link interleavedColumns}). */
function untangled(block: string[], words: ReadonlySet<string>, lower: ReadonlySet<string>, above: string | undefined): { lines: string[]; full: number; unsure: string | undefined } | undefined {
  const n = block.length;
  /** How badly line `b` reads after line `a`: 1 when it cannot go on so, 0 otherwise; -1 when a word a hyphen divides is whole only so. */
  const odd = (a: string, b: string): number => {
    const hyphen = /([\p{L}\p{M}]+)-$/u.exec(a)?.[1];
    const next = /^[\p{L}\p{M}]+/u.exec(b)?.[0];
    if (hyphen && next && /^\p{Ll}/u.test(next) && words.has(`${hyphen}${next}`.toLowerCase())) return -1;
    if (/[.!?]["”’)]*$/.test(a) && !ABBREVIATION.test(a) && /^\p{Ll}/u.test(b)) return 1;
    const last = /([\p{L}\p{M}]+),?$/u.exec(a)?.[1];
    if (!last || !next) return 0;
    // In the middle of a sentence, a common word with a capital ("…that arms" then "A threshold").
    if (/^\p{Ll}/u.test(last) && /^\p{Lu}\p{Ll}*$/u.test(next) && lower.has(next.toLowerCase())) return 1;
    const [l, w] = [last.toLowerCase(), next.toLowerCase()];
    if (l === w && NOT_AFTER_ARTICLE.has(l)) return 1;
    if (DETERMINERS.has(l) && NOT_AFTER_ARTICLE.has(w)) return 1;
    if (PREPOSITIONS.has(l) && NOT_AFTER_PREPOSITION.has(w)) return 1;
    if (CONJUNCTIONS.has(l) && CONJUNCTIONS.has(w)) return 1;
    return 0;
  };
  // The pairs of words the block's lines hold: a line's last word and the next's first that are one of them read on as the text does.
  const bigrams = new Set(block.flatMap((line) => (line.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []).map((word, k, all) => `${all[k - 1]} ${word}`).slice(1)));
  const known = (a: string, b: string) => bigrams.has(`${/[\p{L}\p{M}]+$/u.exec(a.toLowerCase())?.[0]} ${/^[\p{L}\p{M}]+/u.exec(b.toLowerCase())?.[0]}`);
  const score = (order: number[][]) => order.reduce((sum, stream) => sum + stream.slice(1).reduce((s, line, k) => s + odd(block[stream[k]!]!, block[line]!), 0), 0);
  // A line that stops in the middle of a sentence with room left for the next line's first word, which a
  // column's wrapping would have put on it: the next line is not that line's (the column's width is its widest lines').
  const width = [...block.map((line) => line.length)].sort((x, y) => x - y)[Math.floor(n * 0.9)] ?? 0;
  const roomy = (a: string, b: string) => !LINE_END.test(a) && a.length + 1 + (/^\S+/.exec(b)?.[0].length ?? 0) <= width;
  const pairsWhere = (order: number[][], test: (a: string, b: string) => boolean) => order.reduce((sum, stream) => sum + stream.slice(1).filter((line, k) => test(block[stream[k]!]!, block[line]!)).length, 0);
  // Of readings as odd, the one with more known pairs of words, then the one with fewer lines that had room for the next's word
  // (counted in thousandths and millionths: a block has fewer lines).
  const rank = (order: number[][]) => score(order) - pairsWhere(order, known) / 1000 + pairsWhere(order, roomy) / 1_000_000;
  const straight = score([block.map((_, k) => k)]);
  // Lines taken in turn for `pairs` pairs, then those of the longer column (the left's, or the right's).
  let best: { bad: number; order: number[][] } | undefined;
  const orders: number[][][] = [];
  const range = (from: number, to: number, step = 1) => Array.from({ length: Math.max(0, Math.ceil((to - from) / step)) }, (_, k) => from + k * step);
  for (let pairs = n >> 1; pairs >= Math.max(INTERLEAVED_LINES >> 1, (n >> 1) - 60); pairs--) {
    for (const leftLonger of [true, false]) {
      const [left, right] = [range(0, 2 * pairs, 2), range(1, 2 * pairs, 2)];
      (leftLonger ? left : right).push(...range(2 * pairs, n));
      const order = [left, right];
      orders.push(order);
      const bad = rank(order);
      if (best === undefined || bad < best.bad) best = { bad, order };
      if (2 * pairs === n) break;
    }
  }
  if (!best || straight - score(best.order) < INTERLEAVED_EVIDENCE || score(best.order) * 3 > straight) return undefined;
  const [left, right] = best.order as [number[], number[]];
  // How it reads on from the line above and from one column to the other, to choose where the columns start.
  const full = best.bad + (above === undefined ? 0 : odd(above, block[left[0]!]!)) + (right.length > 0 ? odd(block[left.at(-1)!]!, block[right[0]!]!) - Number(known(block[left.at(-1)!]!, block[right[0]!]!)) / 1000 : 0);
  // Where the shorter column ends, when the lines do not tell (another reading as odd, which only its
  // weaker signs set aside, puts them elsewhere): its first line that another such reading has elsewhere.
  const reading = [...left, ...right];
  const worst = score(best.order);
  const differs = orders
    .filter((order) => score(order) === worst)
    .map((order) => order.flat().findIndex((k, at) => k !== reading[at]))
    .filter((at) => at !== -1);
  const unsure = differs.length > 0 ? block[reading[Math.min(...differs)]!] : undefined;
  return { lines: reading.map((k) => block[k]!), full, unsure };
}

/** A page's number alone on a line, as a PDF's header or footer has it: "3", "- 3 -", "Page 3 of 12", "3 / 12", "Seite 3". */
const PAGE_NUMBER = /^(?:[-–—]\s*(\d{1,4})\s*[-–—]|(?:(?:page|p\.|seite|página|pagina|pag\.)\s*)?(\d{1,4})(?:\s*(?:of|\/|sur|von|de|di|van)\s*\d{1,4})?)$/i;
/**
 * How far apart the repeats of a running head are at least: a page's worth, not a table's cells.
 * In lines with text, or, for a copy written a paragraph a line (whose page may be four lines), in
 * characters of the lines between.
 */
const PAGE_LINES = 8;
const PAGE_CHARS = 1000;
/** The length from which a line that does not end a sentence is a sentence's part, not a heading: a sentence goes on across a page break after it, even with a capital. */
const SENTENCE_PART = 60;
/** The lines at the top where a running head's first time is the text's own metadata or headline, read as such. */
const HEAD_LINES = 3;

/**
 * A text copied from a PDF (or a printed page) without the running heads and feet of its pages,
 * which break its paragraphs in the middle of the text: a line repeated at least a page apart
 * (the publication's name, the headline, "Confidential"), also with its page number changing
 * ("The Policy Review · 3"), and a page's number alone on a line ("Page 3 of 12", "- 3 -"; a bare
 * "3" only when the next page's "4" comes a page later). A line repeated as it is whose first time
 * is among the text's first lines is kept there: it is read as the metadata or the headline it is. Blank lines
 * around a line taken out go too when a sentence goes on across it, and, to `join` (to read the
 * text, not to archive it), the line it ends on and the line it goes on with are made one, as a
 * copy written a paragraph a line needs (a hyphen between them as {@link acrossHyphen} says).
 * Nothing else changes, line endings included: this is also the text `npm run new` archives.
 */
export function withoutPageFurniture(text: string, { join = false }: { join?: boolean } = {}): string {
  const lines = text.split('\n');
  const plain = lines.map((line) => line.replace(/[\f\r\v]/g, ' ').replace(/\s+/g, ' ').trim());
  const filled = plain.flatMap((line, i) => (line === '' ? [] : [i]));
  const rank = new Map(filled.map((i, n) => [i, n]));
  // The characters of text before each line with text, to measure a page in a copy written a paragraph a line.
  const before: number[] = [0];
  for (const i of filled) before.push(before.at(-1)! + plain[i]!.length);
  const pageApart = (i: number, j: number, chars = true) =>
    Math.abs(rank.get(j)! - rank.get(i)!) >= PAGE_LINES || (chars && Math.abs(before[rank.get(j)!]! - before[rank.get(i)!]!) - Math.min(plain[i]!.length, plain[j]!.length) >= PAGE_CHARS);
  const head = new Set(filled.slice(0, HEAD_LINES));
  const drop = new Set<number>();
  // Page numbers: said to be one ("Page 3", "- 3 -", "3 of 12"), or a bare number the next page's follows.
  const bare = filled.filter((i) => /^\d{1,4}$/.test(plain[i]!));
  for (const i of filled) {
    const m = PAGE_NUMBER.exec(plain[i]!);
    if (!m) continue;
    const n = Number(m[1] ?? m[2]);
    const paged = (j: number) => pageApart(i, j) && Number(plain[j]) - n === Math.sign(rank.get(j)! - rank.get(i)!);
    if (plain[i] !== m[2] || bare.some(paged)) drop.add(i);
  }
  // Repeated lines: short, with a letter, not a sentence's end or its middle (in lower case), a
  // Markdown heading (a live blog's "## Update"), a quotation or a list's item, a page apart, and beside a line of text (a table's cells, a line
  // each, are beside other cells).
  const repeats = new Map<string, number[]>();
  const besideText = (i: number) => {
    const at = rank.get(i)!;
    return filled.slice(Math.max(0, at - 3), at + 4).some((j) => j !== i && !drop.has(j) && plain[j]!.length >= 40);
  };
  for (const i of filled) {
    const line = plain[i]!;
    if (drop.has(i) || line.length < 8 || line.length > 100 || !/^[^\p{Ll}#]/u.test(line) || !/\p{L}/u.test(line) || /[.!?:;,]["”’»)]*$|^["“„«'‘]|["”»’]$/.test(line) || LIST_ITEM.test(line) || (!besideText(i) && !head.has(i))) continue;
    const key = line.toLowerCase().replace(/\d+/g, '#');
    const found = repeats.get(key);
    if (found) found.push(i);
    else repeats.set(key, [i]);
  }
  // Those whose page number changes first: a text shown to have pages (by them, or by page numbers)
  // may have pages of a few long lines, a paragraph each, so its other repeats are measured in
  // characters too; in other text, a line repeated a thousand characters apart may be a speaker's
  // name in an interview.
  const groups = [...repeats.values()].filter((found) => found.length >= 2);
  const speaker = (line: string) => line.split(/\s+/).length <= 4 && PERSON.test(line) && !ARTICLE.test(line) && !MASTHEAD_WORD.test(line);
  const numberedOf = (found: number[]) => new Set(found.map((i) => plain[i])).size > 1;
  for (const numbered of [true, false]) {
    const paged = numbered || drop.size > 0;
    for (const found of groups) {
      if (numberedOf(found) !== numbered) continue;
      // A person's name alone on a line, in a text that shows no pages, is an interview's speaker, not a running head.
      if (!paged && speaker(plain[found[0]!]!)) continue;
      // A page apart each time; the last page, at the foot of which the last foot is, may be short.
      if (found.some((i, n) => n > 0 && !(n === found.length - 1 && n >= 2) && !pageApart(found[n - 1]!, i, paged))) continue;
      // The first time at the top is the text's own, unless it is a page's (its number changes).
      for (const [n, i] of found.entries()) if (n > 0 || numbered || !head.has(i)) drop.add(i);
    }
  }
  // The running foot of a single page (no other page repeats it), the text's last line: fields
  // between dots, bars or wide spaces, one of them at an end the page's number ("The Policy Review ·
  // policyreview.example.org · 1", "Flood defences    Page 1 of 1").
  // (Not a table's last row: the line above it is not in fields too.)
  const last = filled.at(-1);
  const fieldsOf = (i: number) => lines[i]!.trim().split(/\s+[·•|]\s+|\s{3,}|\t+/);
  if (last !== undefined && filled.length > 1 && !drop.has(last) && plain[last]!.length <= 120 && !LINE_END.test(plain[last]!)) {
    const fields = fieldsOf(last);
    const table = fieldsOf(filled.at(-2)!).length > 1;
    if (!table && fields.length >= 2 && fields.length <= 5 && [fields[0]!, fields.at(-1)!].some((field) => PAGE_NUMBER.test(field.trim())) && fields.some((field) => /\p{L}/u.test(field))) drop.add(last);
  }
  if (drop.size === 0) return text;
  // A sentence going on across a page's foot and the next one's head (the line before does not end
  // one, and the next goes on in lower case, or the line before is too long for a heading): the
  // blank lines around them go too, and, to `join`, its two halves are one line.
  const kept: string[] = [];
  let glue = -1;
  let words: ReadonlySet<string> | undefined;
  for (const [i, line] of lines.entries()) {
    if (drop.has(i)) {
      const before = kept.findLastIndex((l) => l.trim() !== '');
      const next = filled.find((j) => j > i && !drop.has(j));
      const last = before === -1 ? '' : kept[before]!.trim();
      if (before !== -1 && !LINE_END.test(last) && next !== undefined && (/^[\p{Ll}\d]/u.test(plain[next]!) || last.length >= SENTENCE_PART)) {
        kept.length = before + 1;
        if (join) glue = before;
        for (let j = i + 1; j < lines.length && (plain[j] === '' || drop.has(j)); j++) if (plain[j] === '') drop.add(j);
      }
      continue;
    }
    if (glue !== -1 && plain[i] !== '') {
      const last = kept[glue]!.trimEnd();
      kept[glue] = acrossHyphen(last, line.trim(), () => (words ??= wordsOf(plain))) ?? `${last} ${line.trim()}`;
      glue = -1;
      continue;
    }
    kept.push(line);
  }
  return kept.join('\n');
}

/** Query parameters that say how a reader came to the page (campaigns, click ids, shares), not which page it is. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|igshid|ocid|cmpid|smid|ref_src|mkt_tok)$/i;

/** The article's address without tracking parameters or a fragment: the same article's address however it was shared. */
function withoutTracking(url: string): string {
  try {
    const parsed = new URL(url);
    for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/**
 * What identifies the page at an address, however it was shared: without its scheme, a `www.`,
 * `m.` or `amp.` before the host, a slash or an AMP version (`/amp`, `?amp=1`,
 * `?outputType=amp`) at the end, tracking parameters or a fragment. Two addresses with the same
 * key are the same article (`http://www.example.org/a/` and `https://example.org/a`).
 */
export function addressKey(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(withoutTracking(url));
  for (const key of [...parsed.searchParams.keys()]) {
    if (/^amp$/i.test(key) || (/^outputtype$/i.test(key) && /^amp$/i.test(parsed.searchParams.get(key) ?? ''))) parsed.searchParams.delete(key);
  }
  parsed.searchParams.sort();
  const host = parsed.hostname.replace(/^(?:www\d*|m|mobile|amp)\./, '');
  const pathname = parsed.pathname.replace(/\/amp(?:\.html)?\/?$/i, '').replace(/\/+$/, '');
  return `${host}${parsed.port ? `:${parsed.port}` : ''}${pathname}${parsed.search}`;
}

/** `Source: …` / `Published: …` / `By …` lines, as the seeds and many exports write them. */
const META_LINE =
  /^(?:>\s*)?(source|url|link|published|first published|posted|date|updated|last updated|modified|by|byline|author|written by|outlet|publisher|publication|section|from|sent|subject|to|cc)\s*:\s*(.+?)\s*$/i;
/**
 * The keys of those lines as Arabic writes them ("المصدر: …", "تاريخ النشر: …", "بقلم …"), by the
 * English key they stand for; looked up without short vowels, tatweel and direction marks.
 */
const ARABIC_KEYS: ReadonlyMap<string, string> = new Map([
  ['المصدر', 'source'],
  ['الرابط', 'url'],
  ['تاريخ النشر', 'published'],
  ['نشر', 'published'],
  ['نشر في', 'published'],
  ['نشر بتاريخ', 'published'],
  ['تاريخ', 'date'],
  ['التاريخ', 'date'],
  ['اخر تحديث', 'last updated'],
  ['تاريخ التحديث', 'updated'],
  ['تم التحديث', 'updated'],
  ['تحديث', 'updated'],
  ['بقلم', 'by'],
  ['الكاتب', 'author'],
  ['الكاتبة', 'author'],
  ['المؤلف', 'author'],
  ['كتب', 'by'],
  ['كتبت', 'by'],
  ['الناشر', 'publisher'],
  ['الصحيفة', 'publication'],
  ['القسم', 'section'],
]);
/** Arabic's short vowels and tatweel, and the marks that set a line's direction: not part of a word as compared. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
/** A `Key: value` line's key (in English, as {@link META_LINE} names it) and value, also when Arabic writes it; else undefined. */
function metaLine(line: string): [key: string, value: string] | undefined {
  const m = META_LINE.exec(line);
  if (m) return [m[1]!.toLowerCase(), m[2]!];
  if (!/[\u0600-\u06FF]/.test(line)) return undefined;
  const plain = line.replace(ARABIC_MARKS, '').replace(/^>\s*/, '').trim();
  // "المصدر: …", with a colon; "بقلم جين رو", the byline, without one.
  const keyed = /^([\u0600-\u06FF ]{2,16}?)\s*[:：]\s*(.+?)$/u.exec(plain) ?? /^(بقلم)\s+([^.!?؟:]{2,60})$/u.exec(plain);
  const key = keyed && ARABIC_KEYS.get(keyed[1]!.trim().replace(/[أإآ]/g, 'ا'));
  return key && keyed ? [key, keyed[2]!.trim()] : undefined;
}
/** What a mail program puts before the subject of a message it forwards or replies to ("Fwd: ", "Re: ", "TR: ", "WG: "). */
const FORWARDED_SUBJECT = /^(?:(?:fwd?|fw|re|tr|wg|aw)\s*:\s*)+/i;
/** The line a mail program puts above a forwarded message's headers. */
const FORWARDED = /^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:?)$/i;
/** "By" in the languages of the dates we read ({@link MONTHS}): English, French, German, Spanish and Portuguese, Italian, Dutch. */
// (Those that also start names, "Di Wang", only before two words or more: "Di Mario Rossi".)
const BY = String.raw`(?:[Bb]y|(?:[Pp]ar|[Vv]on|[Pp]or|[Dd]i|[Dd]oor)(?=\s+\S+\s+\S))`;
const BY_LINE = new RegExp(String.raw`^(?:>\s*)?${BY}\s+([A-Z][\p{L}'’.-]+(?:\s+(?:[A-Z][\p{L}'’.-]+|and|&|de|van|von))*)\s*$`, 'u');
/** A field of a line of fields that is a byline: "By Li Wei", "Par Claire Fontaine", "Von Jonas Weber". */
const BY_FIELD = new RegExp(String.raw`^(?:written\s+)?${BY}:?\s+(.+)$`, 'i');
/** "Published (on)" before a date, and "Updated", in those languages, as a line of fields writes them. */
const PUBLISHED = /^(?:(?:first\s+)?published|posted|date|aired|broadcast|publiée?|paru|veröffentlicht|publicad[oa]|pubblicat[oa]|gepubliceerd)(?:\s+(?:on|le|am|el|em|il|op))?\s*:?\s*(.+)$/i;
const UPDATED = /^(?:(?:last\s+)?(?:updated|modified|edited)|mise? à jour|aktualisiert|geändert|actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt)(?:\s|:|$)/i;

/** A place or a publisher's name, a comma, and the rest ("Paris, le 8 juin 2026"): the rest is read as a date. */
const PLACE_DATE = /^(\p{Lu}[\p{L}'’ .&-]{1,40}?),\s+(?:(?:le|den|am|el|il|em|op|on)\s+)?(.{6,40})$/u;
/** A wire's slug line: capitals and digits with a slash ("AI-PAUSE/", "USA-AI/PAUSE"), and perhaps its version ("(UPDATE 2)", "(URGENT)"). */
const SLUG_LINE = /^(?:[A-Z0-9][A-Z0-9-]*\/[A-Z0-9/-]*|[A-Z0-9][A-Z0-9-]*(?=\s*\())(?:\s*\((?:UPDATE|URGENT|REFILE|CORRECTED|RPT|WRAPUP|REPEAT|LEAD)\b[A-Z0-9 ,-]*\))?$/;

/** What one line of metadata says. */
interface LineFacts {
  /** From the subject of a forwarded e-mail (a newsletter): its headline. */
  headline?: string;
  url?: string;
  published?: string;
  byline?: string;
  siteName?: string;
  section?: string;
  bylineNote?: string;
  ambiguousDate?: string;
  relativeDate?: string;
  /** An update's date, as written ("Updated 4 June"): not the publication date. */
  updated?: string;
  /** The day an e-mail was sent (Outlook's `Sent:`): the date only when the text gives none. */
  sent?: string;
  /** A day its line gives without a year ("Published 3 June"). */
  undatedDay?: { text: string; month: number; day: number };
}

/** What a line of fields says fills what the document does not say yet (its headline apart: only some lines may give it). */
function adoptLineFacts(doc: SourceDocument, facts: LineFacts): void {
  doc.url ??= facts.url;
  doc.published ??= facts.published;
  if (!doc.byline && facts.byline) [doc.byline, doc.bylineNote] = [facts.byline, facts.bylineNote];
  doc.siteName ??= facts.siteName;
  doc.section ??= facts.section;
  doc.ambiguousDate ??= facts.ambiguousDate;
  doc.relativeDate ??= facts.relativeDate;
  doc.updated ??= facts.updated;
  doc.sent ??= facts.sent;
  doc.undatedDay ??= facts.undatedDay;
}

/** A day and a month without a year, "3 June", "June 3rd", "3. Juni": the day, or undefined. */
function dayWithoutYear(value: string): { text: string; month: number; day: number } | undefined {
  const m = /^(?:(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(\p{L}{3,})\.?|(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?)$/u.exec(value.trim());
  if (!m) return undefined;
  const [day, word] = m[1] ? [Number(m[1]), m[2]!] : [Number(m[4]), m[3]!];
  const month = monthOf(word);
  return month !== 0 && day >= 1 && day <= 31 ? { text: value.trim(), month, day } : undefined;
}

/** Sites that show other publishers' articles as their own pages, by name and by address. */
const AGGREGATOR = /^(?:yahoo(?:!)?(?: news| finance| sports| life| entertainment)?|msn(?: news)?|apple news|google news|smartnews|newsbreak|flipboard|aol(?: news)?)$/i;
const AGGREGATOR_HOST = /(?:^|\.)(?:yahoo\.com|msn\.com|apple\.news|news\.google\.com|smartnews\.com|newsbreak\.com|flipboard\.com|aol\.com)$/i;

/** Platforms where anyone publishes, which name themselves as a page's site: not its publisher. */
const PLATFORM = /^(?:medium|linkedin|tumblr|facebook|x|twitter|threads|reddit)$/i;

/** A label a page sets over a headline that is no section: the form of the piece, or a word to the reader. */
const LABEL = /^(?:podcast|video|videos|audio|watch|listen|interview|q&a|obituary|letters?|photos?|gallery|in pictures|fact ?check|factcheck|update[ds]?|developing|just in|premium|sponsored|paid post|partner content|advertorial)$/i;

/** Sections a source files articles under: not the publisher's name. */
const SECTIONS =
  /^(?:news|latest|world|world news|uk|us|europe|asia|politics|business|economy|markets|tech|technology|science|health|culture|sport|opinion|comment|commentary|op-eds?|editorial|columns?|viewpoint|analysis|news analysis|explainer|analyse|análisis|analisi|kommentar|meinung|leitartikel|tribune|chronique|éditorial|editoriale|opinión|opinione|opinião|opinie|features?|investigations?|live|breaking(?: news)?|exclusive|ai|artificial intelligence)$/i;
/**
 * A line that says only what kind of piece it is ("Opinion", "*Analysis*", "[Op-Ed]", "COMMENT:"),
 * as a page sets it over or under the headline or the byline: its section. Read only so, on a
 * line of its own before the text's first sentence: never from the word in a sentence.
 */
const KIND_LABEL =
  /^[[(]?\s*(opinion|comment|commentary|op-?eds?|editorial|columns?|viewpoint|guest essay|analysis|news analysis|explainer|kommentar|meinung|gastbeitrag|leitartikel|analyse|tribune|chronique|point de vue|éditorial|análisis|opinión|tribuna|editoriale|analisi|opinione|commento|opinião|análise|opinie)\s*[\])]?\s*:?$/iu;
/** The section a line names when it is only a kind's label, else undefined. */
const kindLabel = (line: string) => KIND_LABEL.exec(line.trim())?.[1];
/** Whether the lines above hold no sentence of the text yet: a headline, a kicker, a byline only. */
const beforeText = (lines: readonly string[]) => lines.every((l) => l.trim() === '' || (l.trim().length <= 160 && !/[.!?]["”’»]?$/.test(l.trim())));

/** A name as a masthead writes it: capitalised words, with the small words names contain, and a letter at least (not "03.06.2026"). */
const NAME = /^(?=[^\p{L}]*\p{L})[\p{Lu}\d][\p{L}\d'’.&-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d'’.&-]*|of|the|and|&|de|du|des|la|le|el|der|die|am|on|for|in))*$/u;
/**
 * A publisher's name rather than a person's: one word ("Reuters"), an acronym ("BBC"), a name
 * that starts with an article ("The Meridian", "Le Monde") or holds a masthead's word ("Global
 * Wire", "Tech Policy Daily"), a digit, "&" or a domain.
 */
const MASTHEAD_WORD =
  /(?:^|\s)(?:news|nachrichten|noticias|notizie|nieuws|times|post|daily|weekly|monthly|journal|review|courier|herald|tribune|gazette|gazzetta|press|presse|prensa|media|wire|service|agency|agencia|report|reporter|magazine|network|radio|tv|television|broadcasting|chronicle|observer|guardian|telegraph|express|mail|mirror|star|sun|standard|independent|economist|monitor|insider|digest|bulletin|briefing|dispatch|ledger|record|register|sentinel|examiner|inquirer|enquirer|globe|world|today|online|blog|newsletter|notes|policy|institute|quotidien|zeitung|diario|periódico|corriere|stampa|krant|dagblad|tech|technology|science|business|finance|financial|capital|markets|economy|week|voice|insight|street)(?=\s|$)/i;
const ARTICLE = /^(?:the|le|la|les|l['’]\S*|der|die|das|el|il|lo|het|os|as)\s/i;
const isMasthead = (name: string) => !/\s/.test(name) || ARTICLE.test(name) || MASTHEAD_WORD.test(name) || /[\d&]|\.[a-z]{2,}$/i.test(name) || !/\p{Ll}/u.test(name);
/** A person's name: two to four capitalised words. */
const PERSON = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|da|di|van|von|der|bin|al))+$/u;

/** A writer's role or desk, as a byline gives it after the name ("Technology Correspondent", "Political Editor", "Staff Writer"). */
const ROLE = /\b(?:correspondents?|editors?|reporters?|writers?|columnists?|contributors?|journalists?|analysts?|producers?|chief|bureau|desk|staff|fellow|professor|director|head of)\b/i;

/**
 * A byline as written after "By": the names, without a role or desk after a comma ("Li Wei,
 * technology correspondent"), also each writer's of two ("Jane Doe, Technology Correspondent, and
 * John Smith, Political Editor" is "Jane Doe and John Smith").
 */
function bylineOf(value: string): string {
  const parts = value.split(/\s*,\s*/);
  let byline = parts[0]!;
  for (const part of parts.slice(1)) {
    // ", Brussels Ledger", ", The Meridian": the publisher, no writer.
    if (!ROLE.test(part) && (MASTHEAD_WORD.test(part) || ARTICLE.test(part))) break;
    // ", and John Smith": the next writer, after the role of the one before.
    const next = /^(?:and|&)\s+(.+)$/i.exec(part)?.[1];
    const names = (next ?? part).split(/\s+(?:and|&)\s+/);
    // A role, and perhaps the next writer after it ("Technology Correspondent & John Smith").
    const role = next === undefined && ROLE.test(names[0]!);
    const others = role ? names.slice(1) : names;
    if (others.length === 0) continue;
    if (!others.every((name) => PERSON.test(name) && name.split(/\s+/).length <= 4 && !ROLE.test(name))) break;
    byline += next === undefined && !role ? `, ${part}` : ` and ${others.join(' and ')}`;
  }
  return byline;
}

/** A desk or a team that signs a piece instead of a writer ("Live team", "Staff reporters", "Our correspondent", "the newsdesk", "Agencies"). */
const DESK =
  /^(?:(?:the|our)\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:team|staff|staff reporters?|desk|news ?desk|newsroom|reporters|correspondents?|editors|bureau|agencies)$/iu;

/** Whether a byline is names only ("Li Wei and Ann Roe", "Reuters"), not a sentence that starts "By …". */
function isNames(byline: string): boolean {
  return byline.split(/\s*,\s*|\s+(?:and|&)\s+/).every((name) => NAME.test(name) && name.split(/\s+/).length <= 5);
}

/** A date written in numbers that could be day first or month first: "03/06/2026", "3-6-2026". */
const AMBIGUOUS_DATE = /^(?:(?:first\s+)?published|posted|date)?:?\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/i;
/** A time written relative to when the page was saved ("Updated 2 hours ago", "vor 2 Stunden"): not a date to record, but what the editor is told. */
const RELATIVE_TIME =
  /^(?:(?:(?:first\s+)?published|posted|updated|last updated|modified|publiée?|mise? à jour|veröffentlicht|aktualisiert|publicad[oa]|actualizad[oa]|atualizad[oa]|pubblicat[oa]|aggiornat[oa]|gepubliceerd|bijgewerkt)\s*:?\s+)?(?:(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?)\s+ago|just now|yesterday|today|(?:last\s+)?(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?\.?(?=$|,|\s+(?:at|\d))|(?:il y a|vor|hace|há)\s+\d+\s+\p{L}+|\d+\s+\p{L}+\s+(?:fa|geleden))(?:,?\s+(?:(?:at|à|um|a las|às|alle|om)\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$/iu;
/** A relative time that says how long ago ("3 days ago"), not only the day ("Today", "Yesterday"), which may be a section's name. */
const HOW_LONG_AGO = /\d|\bago$|\ban?\s/i;

/** A date, when `value` is one and nothing more: "June 7, 2026", "Sunday 7 June 2026 10.30 BST", "2026-06-07". */
function dateOnly(value: string): string | undefined {
  if (value.length > 45 || !/\d{4}/.test(value)) return undefined;
  return parseDate(value);
}

/**
 * What a line of fields between bars or dashes says ("Tech Policy Daily | 8 June 2026 | Updated 9
 * June 2026"), or set apart in columns ("THE POLICY REVIEW       June 2026"), when every field is
 * a date, a month of a year, a byline, an address, a section, a reading time, a page number or a
 * name, and one at least a date (or a month of a year), a byline or an address; otherwise
 * undefined (the line is text).
 * One name is the publisher's; with two or more, which is which is not known and none is taken.
 */
function fieldLine(line: string): LineFacts | undefined {
  if (line.length > 160) return undefined;
  const fields = line
    // Between bars, dots or dashes, or set apart in columns as a page's running head (text copied from a PDF).
    .split(/\s+[|·•—–]\s+|\s+-\s+|\s*[|·•]\s*|\s{3,}|\t+/)
    .map((field) => field.trim())
    .filter((field) => field !== '');
  if (fields.length === 0) return undefined;
  const facts: LineFacts = {};
  const names: string[] = [];
  let anchored = false;
  for (const field of fields) {
    let m: RegExpExecArray | null;
    if (/^https?:\/\/\S+$/.test(field)) {
      facts.url ??= field;
      anchored = true;
    } else if (RELATIVE_TIME.test(field)) {
      // A time relative to the page's saving: no date, but the editor is told what it says.
      facts.relativeDate ??= field;
      if (HOW_LONG_AGO.test(field)) anchored = true;
    } else if ((m = UPDATED.exec(field))) {
      // Not the publication date: left out of the text, not recorded, but the editor is told when
      // it is the only date ("Jane Roe | Updated 4 June"); a line of it alone is one of metadata.
      const value = field.slice(m[0].length).replace(/^\s*:?\s*(?:(?:on|le|am|el|em|il|op)\s+)?/i, '');
      if (dateOnly(value) || dayWithoutYear(value)) {
        facts.updated ??= field;
        anchored = true;
      }
    } else if ((m = AMBIGUOUS_DATE.exec(field)) && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2]) {
      // 03/06/2026 is 3 June in Europe and March 6 in the United States: for the editor to say.
      facts.ambiguousDate ??= field.replace(/^[^\d]*/, '');
      anchored = true;
    } else if ((m = PUBLISHED.exec(field))) {
      const date = dateOnly(m[1]!);
      // "Published 3 June": a day without its year, for the year to be found, or asked for.
      const undated = date ? undefined : dayWithoutYear(m[1]!);
      if (!date && !undated) return undefined;
      if (date) facts.published ??= date;
      else facts.undatedDay ??= undated;
      anchored = true;
    } else if ((m = BY_FIELD.exec(field)) && isNames(bylineOf(m[1]!))) {
      facts.byline ??= bylineOf(m[1]!);
      // "By Jane Roe, Brussels Ledger": the publisher after the writer; and a date after them, "By Jane Roe, Brussels Ledger, 7 June 2026".
      const parts = m[1]!.slice(bylineOf(m[1]!).length).replace(/^\s*,\s*/, '').split(/\s*,\s*/);
      for (const n of [2, 1]) {
        // "June 7, 2026" holds a comma of its own.
        const tail = parts.length >= n ? parts.slice(-n).join(', ') : '';
        const date = tail === '' ? undefined : dateOnly(tail);
        const undated = tail === '' || date ? undefined : dayWithoutYear(tail);
        if (!date && !undated) continue;
        if (date) facts.published ??= date;
        else facts.undatedDay ??= undated;
        parts.splice(-n);
        break;
      }
      const after = parts.join(', ');
      if (after !== '' && NAME.test(after) && (MASTHEAD_WORD.test(after) || ARTICLE.test(after))) names.push(after);
      anchored = true;
    } else if ((m = BY_FIELD.exec(field)) && DESK.test(m[1]!)) {
      // "By Live team", "By Staff reporters": a desk signs it, no writer's name; the line's other fields are still read.
      if (!facts.byline) [facts.byline, facts.bylineNote] = [m[1]!, `read from the line "${line}", which names a desk, not a writer`];
      anchored = true;
    } else if (dateOnly(field)) {
      facts.published ??= dateOnly(field);
      anchored = true;
    } else if (dayWithoutYear(field)) {
      // "Jane Roe | 3 June": a day without its year, for the year to be found, or asked for.
      facts.undatedDay ??= dayWithoutYear(field);
      anchored = true;
    } else if ((m = /^(\p{L}{3,})\.?\s+(\d{4})$/u.exec(field)) && monthOf(m[1]!) !== 0) {
      // A month and its year, as a magazine's issue or a report's running head names it: not a day to record.
      anchored = true;
    } else if (/^\d+\s*(?:-\s*)?(?:min(?:ute)?s?|m)\.?\s+read$/i.test(field) || /^(?:page|p\.)\s*\d+(?:\s*(?:of|\/)\s*\d+)?$/i.test(field)) {
      // A reading time, a page number.
    } else if (SECTIONS.test(field)) {
      facts.section ??= field;
    } else if (NAME.test(field) && field.split(/\s+/).length <= 5) {
      names.push(field);
    } else return undefined;
  }
  if (!anchored) return undefined;
  // One name is the publisher's when it reads as one ("Global Wire", "Reuters"). A person's name
  // without "By" ("Jane Roe | June 3, 2026") is most often the author's: the byline, for the
  // editor to check; beside a byline it is neither (which of the two it is, is not known).
  const [name] = names;
  if (names.length === 1 && name !== undefined) {
    if (isMasthead(name) || !PERSON.test(name)) facts.siteName = name;
    else if (!facts.byline) {
      facts.byline = name;
      facts.bylineNote = `read from the line "${line}", which does not say "By"`;
    }
  }
  return facts;
}

/** What a `Key: value` line says, or undefined when it is not one we read. */
function keyedLine(key: string, value: string): LineFacts | undefined {
  switch (key) {
    case 'source':
    case 'url':
    case 'link':
      if (/^https?:\/\/\S+$/.test(value)) return { url: value };
      // "Source: Reuters" or "Source: Reuters, 5 June 2026": the publisher, and maybe a date.
      // "Source: Brussels Ledger (5 June 2026)" too.
      // "المصدر: وكالة الأنباء العالمية": a name in Arabic, which has no capitals to tell a name by.
      if (key === 'source' && /^[\u0600-\u06FF]+(?:\s+[\u0600-\u06FF]+){0,5}$/u.test(value)) return { siteName: value };
      if (key === 'source') return fieldLine(value.replace(/,\s+(?=[^,]*\d{4}\s*$)/, ' | ').replace(/\s*\(([^()]*\d{4})\)$/, ' | $1')) ?? (NAME.test(value) && value.split(/\s+/).length <= 6 ? { siteName: value } : undefined);
      return undefined;
    case 'published':
    case 'first published':
    case 'posted':
    case 'date': {
      const published = parseDate(value);
      const undated = published ? undefined : dayWithoutYear(value);
      return published ? { published } : undated ? { undatedDay: undated } : AMBIGUOUS_DATE.test(value) ? { ambiguousDate: value } : relative(key, value);
    }
    case 'by':
    case 'byline':
    case 'author':
    case 'written by':
      return { byline: bylineOf(value) };
    case 'outlet':
    case 'publisher':
    case 'publication':
      return { siteName: value };
    case 'section':
      return { section: value };
    // The headers of a forwarded e-mail, such as a newsletter: its subject is the headline, the
    // sender's name the publisher's, and its date (above) the day it was sent, its publication.
    case 'subject':
      return { headline: value.replace(FORWARDED_SUBJECT, '').trim() || undefined };
    case 'from': {
      if (!/@/.test(value)) return undefined;
      const name = /^"?([^"<@]+?)"?\s*<[^>]*@[^>]*>$/.exec(value)?.[1]?.trim();
      // A person's name is a colleague's who forwarded the article, or a writer's: not a publisher to record.
      return name && (isMasthead(name) || !PERSON.test(name)) ? { siteName: name } : {};
    }
    case 'to':
    case 'cc':
      return /@/.test(value) ? {} : undefined;
    // Outlook's header of the message it forwards: the day it was sent, which is the article's only
    // when the text gives no other (a colleague may send an article days later).
    case 'sent': {
      const sent = parseDate(value);
      return sent ? { sent } : undefined;
    }
    default: {
      // Updated, modified: not the publication date, left out of the text and not recorded, but
      // the editor is told when it is the only date the source gives.
      const dated = parseDate(value) !== undefined || dayWithoutYear(value) !== undefined;
      return dated ? { updated: `${key[0]!.toUpperCase()}${key.slice(1)}: ${value}` } : relative(key, value);
    }
  }
}

/** A keyed line's time relative to the page's saving ("Posted: 3 days ago"), for the editor; nothing for any other value. */
function relative(key: string, value: string): LineFacts {
  return RELATIVE_TIME.test(value) ? { relativeDate: `${key[0]!.toUpperCase()}${key.slice(1)}: ${value}` } : {};
}

/**
 * A wire dateline at the start of the text, "LONDON, June 7 (Reuters) —", "PARIS, 7 juin (AFP) -",
 * "WASHINGTON, June 7, 2026 —", or a press release's, "NORTHFIELD, June 12, 2026 /PRNewswire/ --",
 * "SALEM, Ore.--(BUSINESS WIRE)--":
 * its day (month and day, 1 and 2, or day and month, 3 and 4), its year when it has one (5), the
 * agency's name (6), and the name between slashes of a press release's distributor (7).
 */
const DATELINE =
  /^[\p{Lu}][\p{Lu}\s.,'’-]{1,40}?(?:,\s*\p{Lu}\p{Ll}{1,4}\.)?(?:,\s*(?:(\p{L}{3,})\.?\s+(\d{1,2})|(\d{1,2})\.?\s+(\p{L}{3,})\.?)(?:,?\s+(\d{4}))?)?\s*(?:[-—–]{1,2}\s*(?=[(/]))?(?:\(([\p{Lu}][\p{L}\s.&-]{1,30})\)|\/(\p{L}[\p{L}\s.&-]{1,30})\/)?\s*[-—–]/u;
/** Dates written whole anywhere in a text (each then read by {@link parseDate}). */
const WHOLE_DATES = /(?<![\p{L}\d])(?:\d{1,2}(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?\p{L}{3,}\.?,?\s+(?:de\s+)?\d{4}|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?!\d)/gu;

/**
 * The date of a wire dateline, when the source gives no other: as it is when it has its year;
 * without one, with the year of the dates written whole in the text when they all share one (so
 * noted, for the editor to check); otherwise only the day, for the editor to complete. Never a
 * year taken from nowhere.
 */
function datelineDate(doc: SourceDocument): void {
  // The first paragraph, or one of the next two when a standfirst or a credit line comes first.
  const m = doc.text
    .split('\n\n', 3)
    .map((paragraph) => DATELINE.exec(paragraph))
    .find((found) => found?.[1] ?? found?.[3]);
  if (!m) return;
  const [monthWord, day] = m[1] ? [m[1], m[2]!] : m[3] ? [m[4]!, m[3]] : [undefined, undefined];
  if (!monthWord || !day) return;
  const month = monthOf(monthWord);
  if (month === 0) return;
  const dayOf = (year: string) => {
    const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    return valid(iso) ? iso : undefined;
  };
  if (m[5]) {
    doc.published = dayOf(m[5]);
    return;
  }
  const text = m[1] ? `${monthWord} ${day}` : `${day} ${monthWord}`;
  if (!doc.undatedDay || doc.undatedDay.source === 'dateline') doc.undatedDay = { text, month, day: Number(day), source: 'dateline' };
}

/**
 * The date of a day the source gives without a year (its dateline's, or a line's such as "Published
 * 3 June"): the year is that of the other dates the text writes whole, marked for the editor to
 * check, when they all have one; otherwise the day stays for the editor to give its year.
 */
function undatedDayDate(doc: SourceDocument): void {
  if (doc.published || !doc.undatedDay) return;
  const { text, month, day, source } = doc.undatedDay;
  const dayOf = (year: string) => {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return valid(iso) ? iso : undefined;
  };
  const whole = [...doc.text.matchAll(WHOLE_DATES)].flatMap((d) => {
    const date = parseDate(d[0]);
    return date ? [{ written: d[0], year: date.slice(0, 4) }] : [];
  });
  const years = new Set(whole.map((d) => d.year));
  const published = years.size === 1 ? dayOf([...years][0]!) : undefined;
  if (published) {
    doc.published = published;
    doc.publishedNote = `the ${source === 'dateline' ? 'dateline' : 'source'} gives "${text}" without a year; the year is that of "${whole[0]!.written}" in the text`;
    doc.undatedDay = undefined;
  }
}

/**
 * The date a headline ends with, after a colon, a comma, a dash or a bar, or between brackets, a
 * weekday before it or not ("The Briefing: Tuesday 9 June 2026", "TRANSCRIPT: Interview with X,
 * 7 June 2026"), as a newsletter's issue or a transcript is titled: the publication date when the
 * source gives no other, marked for the editor to check. A date the headline's words lead to
 * ("Vote set for 4 July 2026") is what the story is about, not when it was published: not read.
 */
function headlineDate(doc: SourceDocument): void {
  const headline = doc.headline?.trim();
  if (!headline) return;
  const last = [...headline.matchAll(WHOLE_DATES)].at(-1);
  if (!last) return;
  const after = headline.slice(last.index + last[0].length);
  const before = headline.slice(0, last.index);
  if (!/^\)?\.?$/.test(after.trim())) return;
  const lead = new RegExp(`(?:[:,|–—]|\\s-|\\()\\s*(?:(${WORD}),?\\s+)?$`, 'iu').exec(before);
  if (!lead || !leadsDate(lead[1])) return;
  const published = parseDate(last[0]);
  if (!published) return;
  doc.published = published;
  doc.publishedNote = `the headline gives "${last[0]}"`;
}

/** The first of `keys` in `data` that is text (or a name: a string, an object with a `name`, or a list of them, joined). */
function fieldOf(data: Record<string, unknown>, ...keys: string[]): string | undefined {
  // A note app's link to a note of its own ("[[Ines Alvarez]]", as Obsidian's Web Clipper writes an author) is its text.
  const name = (v: unknown): string | undefined =>
    typeof v === 'string' || typeof v === 'number'
      ? String(v).replace(/\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]/g, '$1').trim() || undefined
      : v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string'
        ? (v as { name: string }).name
        : undefined;
  for (const key of keys) {
    const value = data[key];
    const text = Array.isArray(value) ? value.map(name).filter(Boolean).join(', ') || undefined : name(value);
    if (text) return text;
  }
  return undefined;
}

/**
 * The fields of the YAML frontmatter a file starts with, as blogs and note apps export it (`title`,
 * `date`, `author`, `source`, …), and the text after it; undefined when it has none we read.
 */
function frontmatterOf(text: string): { doc: Partial<SourceDocument>; body: string } | undefined {
  const toml = tomlFrontmatter(text);
  const split = toml ? undefined : splitFrontmatter(text);
  if (!toml && split?.kind !== 'ok') return undefined;
  let data: unknown = toml?.data;
  if (split?.kind === 'ok') {
    try {
      data = parseYamlText(split.yaml);
    } catch {
      return undefined;
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const fields = data as Record<string, unknown>;
  const link = fieldOf(fields, 'url', 'canonical', 'canonical_url', 'link', 'permalink', 'source', 'original_url');
  const date = fieldOf(fields, 'published', 'date', 'datePublished', 'pubDate', 'publishDate', 'published_at');
  const source = fieldOf(fields, 'source');
  // A title exported from a CMS often writes characters as references, as its pages did ("AT&#038;T").
  const title = fieldOf(fields, 'title', 'headline');
  const doc: Partial<SourceDocument> = {
    headline: title === undefined ? undefined : decodeReferences(title),
    url: link && /^https?:\/\/\S+$/.test(link) ? link : undefined,
    published: date ? parseDate(date) : undefined,
    byline: fieldOf(fields, 'author', 'authors', 'byline'),
    siteName: fieldOf(fields, 'publisher', 'outlet', 'publication', 'site_name', 'site') ?? (source && !/^https?:/.test(source) ? source : undefined),
    // A post's categories or tags name its kind among its subjects ("categories: [opinion, ai]").
    section: fieldOf(fields, 'section', 'category') ?? [fields.categories, fields.tags].flat().flatMap((c) => (typeof c === 'string' ? c.split(/\s+|,\s*/) : [])).find((c) => kindLabel(c) !== undefined),
    language: fieldOf(fields, 'lang', 'language'),
  };
  if (doc.language) doc.language = registeredLanguageTag(doc.language);
  if (Object.values(doc).every((value) => value === undefined)) return undefined;
  return { doc, body: text.slice(toml ? toml.bodyStart : split!.kind === 'ok' ? split!.bodyStart : 0) };
}

/**
 * The fields of a Hugo post's TOML front matter, between `+++` lines (`title = "…"`, `date =
 * 2026-06-05T09:30:00+02:00`, `authors = ["…"]`): its keys and those of its `[params]` table, the
 * values as written (a string's quotes and escapes read, a list's strings); undefined when the
 * text does not start with one. The fields of other tables are not the post's.
 */
function tomlFrontmatter(text: string): { data: Record<string, unknown>; bodyStart: number } | undefined {
  const m = /^\+\+\+[ \t]*\n([^]*?)\n\+\+\+[ \t]*(?:\n|$)/.exec(text);
  if (!m) return undefined;
  const data: Record<string, unknown> = {};
  const string = (v: string): string | undefined => {
    if (/^"(?:[^"\\]|\\.)*"$/.test(v)) {
      try {
        return JSON.parse(v) as string;
      } catch {
        return undefined;
      }
    }
    return /^'[^']*'$/.test(v) ? v.slice(1, -1) : undefined;
  };
  let table = '';
  for (const line of m[1]!.split('\n')) {
    // A table, "[params]", or an array of tables, "[[resources]]".
    const header = /^\s*\[\[?\s*([\w.-]+)\s*\]\]?\s*(?:#.*)?$/.exec(line);
    if (header) {
      table = header[1]!;
      continue;
    }
    const field = /^\s*([A-Za-z_][\w-]*)\s*=\s*(.+?)\s*$/.exec(line);
    if (!field || (table !== '' && table !== 'params')) continue;
    const value = field[2]!.replace(/\s+#[^"']*$/, '');
    const list = /^\[(.*)\]$/.exec(value);
    data[field[1]!] ??= list
      ? list[1]!.split(/\s*,\s*/).flatMap((item) => (string(item.trim()) !== undefined ? [string(item.trim())] : []))
      : (string(value) ?? value);
  }
  return { data, bodyStart: m[0].length };
}

/**
 * Lines of a page saved or copied as text that are the site's: a cookie banner's, the buttons to
 * share it, a newsletter's sign-up ("Sign up to Tech Weekly", "… delivered to your inbox").
 */
const PAGE_LINE =
  /^(?:we use cookies\b.*|(?:this|our) (?:web)?site uses cookies\b.*|(?:accept|reject) (?:all )?(?:cookies)?|(?:accept all|reject all|manage (?:cookies|preferences|cookie settings)|cookie (?:settings|preferences|policy))(?:\s*[|·•]\s*(?:accept all|reject all|manage (?:cookies|preferences)|cookie (?:settings|preferences|policy)))*|share (?:on|to|via|with) (?:facebook|x|twitter|linkedin|whatsapp|e-?mail|reddit|bluesky|threads|mastodon)|facebook|twitter|linkedin|whatsapp|pinterest|flipboard|reddit|bluesky|e-?mail this|print this (?:article|page)|sign up (?:to|for) [^.!?,;]{1,50}|[^.!?]{0,80}\bdelivered (?:straight |directly )?to your inbox\b[^.!?]{0,80}[.!]?)$/i;
/** A photograph's caption ending with its credit, on a line of its own: "Servers at a data centre in Oregon. Photograph: Jane Doe/Reuters". */
const CAPTION_CREDIT = /(?:^|[.!?]["”’]?\s+)\(?(?:photograph|photo|image|picture|illustration|composite)s?(?:\s+(?:by|credit))?\s*:\s*[^.!?:]{2,80}\)?$/i;
/** A heading over links to other articles, whose headlines follow it, a line each. */
const LINKS_HEADING = /^(?:related(?: articles?| stories| coverage)?|most (?:read|popular)|more on this (?:story|topic)|recommended(?: for you| stories| reading)?|(?:read|see) (?:more|also))$/i;
/** How many headlines under such a heading are left out at most. */
const LINKS_LISTED = 10;
/** The heading of the readers' comments under an article: "Comments (24)", "24 comments", "Join the conversation" (not "Comments" alone, which may be the article's own heading). */
const COMMENTS_HEADING = /^(?:\d+ comments?|comments? \(\d+\)|(?:show|view|load|read|see) (?:all )?(?:\d+ )?comments?|join the (?:conversation|discussion)|leave a (?:comment|reply)|add a comment)$/i;

/** The link a page puts first for keyboard and screen-reader users, saved with its text. */
const SKIP_LINK = /^skip to (?:(?:the )?main )?(?:content|navigation|article|main)$/i;
/** A site's menu saved with a page's text: three or more sections of a word or two, between bars or bullets. */
const NAV_LINE = /^[\p{Lu}][\p{L}&'’-]*(?: [\p{L}&'’-]+)?(?:\s*[|·•]\s*[\p{Lu}][\p{L}&'’-]*(?: [\p{L}&'’-]+)?){2,}$/u;
/** Whether most of a line's fields are a site's sections (not "Anthropic | OpenAI | Google", a list of names). */
const isMenu = (line: string) => {
  const fields = line.split(/\s*[|·•]\s*/);
  return fields.filter((field) => SECTIONS.test(field) || /^(?:home|sports?|video|videos|podcasts?|lifestyle|entertainment|travel|climate|local|national|international|arts|books|food|style|weather|obituaries|more|menu|search)$/i.test(field)).length * 2 > fields.length;
};

/**
 * The line at the top of a press release that says it is one ("FOR IMMEDIATE RELEASE", "Press
 * release", "Embargoed until 00:01 BST 12 June 2026"), with a date after it that is the release's
 * (not an embargo's): the text's metadata, not its headline.
 */
const RELEASE_MARK =
  /^(?:(for immediate release|(?:press|news|media) release|communiqué de presse|pressemitteilung|nota de prensa|comunicado de prensa|comunicato stampa|persbericht)|embargoed\s+(?:until|till|to|for)\b.*)(?:\s*[:|–—-]\s*(.+))?$/i;
/** The services that distribute press releases, named in a release's dateline ("/PRNewswire/", "(BUSINESS WIRE)"): not its publisher. */
const RELEASE_WIRE = /^(?:pr ?newswire|business ?wire|globe ?newswire|accesswire|newsfile(?: corp\.?)?|ein presswire|cision|marketwired)$/i;
/** A press release's distributor's line at its end, naming its source, its publisher ("SOURCE Northfield Port Authority"). */
const RELEASE_SOURCE = /^SOURCE:?\s+(\p{Lu}.{1,80})$/u;
/**
 * The first line of what a press release has after its text: the boilerplate about the issuer
 * ("About the Northfield Port Authority"), its legal notices, its contacts, its end mark ("###").
 */
const RELEASE_END =
  /^(?:(?:about|à propos d[e'’]|über|acerca de|informazioni su)\s*\S[^.!?,;]{0,80}|(?:media|press|investor|news)\s+(?:contacts?|enquiries|inquiries|relations)|contacts?|for (?:more|further) information|forward[- ]looking statements?|safe harbou?r statement|cautionary (?:note|statement)[^.!?]*|#{3}|-\s*30\s*-)\s*:?$/iu;

/** The heading of a press release's boilerplate about its issuer, and the issuer it names ("About the Northfield Port Authority"). */
const RELEASE_ABOUT = /^(?:[Aa]bout|[ÀàAa] propos d[e'’]|[Üü]ber|[Aa]cerca de|[Ii]nformazioni su)\s+(?:(?:[Tt]he|[Ll]a|[Ll]e|[Ll]es|[Ll][’']|[Dd]ie|[Dd]er|[Dd]as|[Ee]l|[Ll]os|[Ii]l|[Ll]o)\s*)?(\p{Lu}[^.!?,;:]{0,80}?)\s*:?$/u;

/**
 * A press release's text without what follows it (see {@link RELEASE_END}), which is the
 * issuer's, the same in every release: its facts would be listed as the release's claims, and its
 * contacts are people's telephone numbers. The archive keeps it. Looked for after the text's
 * first two lines (its headline and a paragraph at least); the SOURCE line there names the publisher.
 */
function releaseBody(lines: string[], doc: SourceDocument): string[] {
  const filled = lines.flatMap((line, i) => (line.trim() === '' ? [] : [i]));
  // "SOURCE" in capitals only: a table's "Source: …" is the release's.
  const end = filled.slice(2).find((i) => (RELEASE_END.test(lines[i]!.trim()) || RELEASE_SOURCE.test(lines[i]!.trim())) && lines[i]!.trim().length <= 100);
  if (end === undefined) return lines;
  for (const line of lines.slice(end)) doc.siteName ??= RELEASE_SOURCE.exec(line.trim())?.[1]?.trim();
  // Without a SOURCE line, the boilerplate's heading names the issuer ("About the Northfield Port Authority").
  for (const line of lines.slice(end)) doc.siteName ??= RELEASE_ABOUT.exec(line.trim())?.[1]?.trim();
  return lines.slice(0, end);
}

/**
 * Whether a line is a wire's credits ("Reporting by John Smith in Washington; Editing by Mary
 * Roe"): its reporters are the byline when the document has none, marked for the editor to check
 * (not "Additional reporting by", nor the editors).
 */
function wireCredits(line: string, doc: SourceDocument): boolean {
  const credits = WIRE_CREDITS.exec(line);
  if (!credits) return false;
  const names = credits[1]!.split(/\s*,\s*|\s+and\s+/).map((name) => name.replace(/\s+in\s+[\p{Lu}][\p{L} .'’-]*$/u, '').trim()).filter((name) => PERSON.test(name));
  if (names.length > 0 && !doc.byline) {
    doc.byline = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
    doc.bylineNote = `read from the wire's credits at the end, "${line}"`;
  }
  return true;
}

/**
 * A page's text read as a wire's or a press release's is when copied as text: a release's mark
 * over it ("FOR IMMEDIATE RELEASE", "Press release: 12 June 2026", left out, its date read) or a
 * dateline naming its distributor ("NORTHFIELD, June 12, 2026 /PRNewswire/ --") make it a press
 * release, without what follows its text ("About the Northfield Port Authority", its contacts), whose
 * issuer is its publisher, never the distributor whose site it is on; a wire's dateline names its
 * agency ("WASHINGTON (Reuters) -"), the publisher when the page names none; and a wire's credits
 * at the end give the byline and are left out.
 */
function wireAndRelease(blocks: string[], doc: SourceDocument, rows: ReadonlySet<string>): string[] {
  let out = blocks.filter((block, i) => {
    const release = i < 4 && !rows.has(block) && block.length <= 100 ? RELEASE_MARK.exec(block) : null;
    if (!release) return true;
    doc.section = 'Press release';
    const date = release[1] && release[2] ? dateOnly(release[2]) : undefined;
    if (date) doc.published ??= date;
    return false;
  });
  const datelines = out.slice(0, 3).map((block) => DATELINE.exec(block));
  if (datelines.some((d) => d?.[7] !== undefined || (d?.[6] !== undefined && RELEASE_WIRE.test(d[6].trim())))) doc.section = 'Press release';
  if (doc.section === 'Press release') {
    // The distributor's site names itself: the issuer is the publisher.
    if (doc.siteName !== undefined && RELEASE_WIRE.test(doc.siteName.trim())) doc.siteName = undefined;
    out = releaseBody(out, doc);
  }
  const agency = datelines.map((d) => d?.[6]?.trim()).find((name) => name !== undefined);
  if (agency && !RELEASE_WIRE.test(agency)) doc.siteName ??= agency;
  return out.filter((block, i) => i < out.length - 3 || rows.has(block) || !wireCredits(block, doc));
}

function fromText(source: string, format: 'text' | 'markdown'): SourceDocument {
  // Fields of a frontmatter block come first; the lines of the text after it fill what they leave.
  const front = frontmatterOf(source);
  const doc: SourceDocument = { ...front?.doc, format, text: '' };
  const text = front ? front.body : source;
  // A live blog's list of its key events, which repeats its entries' headlines, is not read (the archive keeps it).
  const lines = withoutKeyEvents(format === 'text' ? forwarded(unquoted(text.split('\n'))) : text.split('\n'), (line) => plainMarkdownLine(line.trim()).trim());
  const filled = lines.map((line, i) => (line.trim() === '' ? -1 : i)).filter((i) => i >= 0);
  // Metadata lines are looked for near the top and the bottom only: a sentence in the middle that
  // starts "By …" is the article's.
  const near = new Set([...filled.slice(0, 10), ...filled.slice(-5)]);
  const kept: string[] = [];
  /** How many lines more may be the headlines under a heading of links to other articles. */
  let links = 0;
  /** The lines near the top or the bottom that give a date after words we do not read ("Опубликовано: 7 декабря 2026"). */
  const unreadKeys: { line: string; date: string }[] = [];
  /** Whether a date is alone on the line under the first: a place's name may be over it ("Brussels", "5 June 2026"). */
  let dateUnderFirst = false;
  // A page's lines are told by what they say only in a text written a paragraph a line, as a page
  // copied or saved as text is: a line of a hard-wrapped paragraph may say anything.
  const wrapped = wrapWidth(lines) !== undefined || (format === 'markdown' && softWrapsJoined(lines).length < lines.length);
  // The headers of an e-mail that forwards an article (its subject starts "Fwd:", or it has a
  // "Forwarded message" line): the subject is not the article's headline when the article has its
  // own; and the day a person sent it on (not a publisher's newsletter) is the article's date
  // only when the article gives none, so noted.
  const header = mailHeader(lines, filled);
  let subject: string | undefined;
  const take = (facts: LineFacts) => {
    if (facts.headline !== undefined && doc.headline === undefined && header?.forwarded) subject = facts.headline;
    doc.headline ??= facts.headline;
    adoptLineFacts(doc, facts);
  };
  for (const [i, line] of lines.entries()) {
    // The lines of a page saved as text that are the site's, not the article's ("Skip to main
    // content", "Advertisement", "Share this article", "Related: …"), as a saved page is read.
    const shown = line.trim() === '' ? '' : plainMarkdownLine(line.trim()).trim();
    // Under a heading of links to other articles ("Related articles", "Most read"), their headlines.
    if (links > 0 && shown !== '' && !wrapped) {
      links--;
      if (looksLikeHeadline(shown) && !/[.!?]["”’]?$/.test(shown)) continue;
      links = 0;
    }
    if (shown !== '' && (BOILERPLATE.test(shown) || SKIP_LINK.test(shown) || (!wrapped && ((shown.length <= 400 && PAGE_LINE.test(shown)) || (shown.length <= PAGE_NOTE_MAX && APPEAL_LINE.test(shown)) || (shown.length <= 300 && CAPTION_CREDIT.test(shown)))))) {
      if (LINKS_HEADING.test(shown)) links = LINKS_LISTED;
      continue;
    }
    // The readers' comments under the article ("Comments (24)"), and all after them.
    if (!wrapped && COMMENTS_HEADING.test(shown) && kept.join('\n').length * 2 >= text.length) break;
    // A row of a Markdown table is the table's ("| Anthropic | 4 June 2026 |"), never a line of metadata.
    if (!near.has(i) || /^\s*\|.*\|\s*$/.test(line)) {
      kept.push(line);
      continue;
    }
    // Read as it shows: a line in emphasis or a quotation block is read for what it says; but a line that
    // starts with a day as German writes it ("4. Juni 2026") is that day, not a list's fourth item ("Juni 2026").
    const probe = dayFirst(line.trim()) ? line.trim() : plainMarkdownLine(line.trim()).trim();
    if (FORWARDED.test(probe)) continue;
    const release = i < (filled[10] ?? Infinity) ? RELEASE_MARK.exec(probe) : null;
    if (release) {
      // "Embargoed until …" is when it may be published, which may not be when it was.
      const date = release[1] && release[2] ? dateOnly(release[2]) : undefined;
      take(date ? { section: 'Press release', published: date } : { section: 'Press release' });
      continue;
    }
    const meta = metaLine(probe);
    let facts = meta ? keyedLine(meta[0], meta[1].replace(/^<(.+)>$/, '$1').trim()) : undefined;
    // The day a forwarded message was sent is the article's only when the article gives none.
    if (facts?.published && header?.forwarding && header.lines.has(i)) facts = { sent: facts.published };
    if (facts) {
      take(facts);
      continue;
    }
    const by = probe.length <= 60 ? BY_LINE.exec(probe) : null;
    if (by && !doc.byline) {
      // "By LI WEI Associated Press", as the AP writes a byline: the writer's name in capitals, then the agency's.
      const agency = /^((?:[\p{Lu}'’.-]{2,}\s+(?:(?:and|&)\s+)?)+[\p{Lu}'’.-]{2,})\s+(\p{Lu}\p{Ll}.*)$/u.exec(by[1]!);
      if (agency && isMasthead(agency[2]!)) [doc.byline, doc.siteName] = [agency[1], doc.siteName ?? agency[2]];
      else doc.byline = by[1];
      continue;
    }
    const fields = fieldLine(probe);
    if (fields) {
      // A masthead's name alone on the first line, over the date ("Brussels Ledger", then "5 June 2026"): the publisher's.
      const above = kept.flatMap((l, k) => (l.trim() === '' ? [] : [k]));
      const name = above.length === 1 ? plainMarkdownLine(kept[above[0]!]!.trim()).trim() : '';
      if ((fields.published || fields.undatedDay) && above.length === 1) dateUnderFirst = true;
      if ((fields.published || fields.undatedDay) && name !== '' && name.split(/\s+/).length <= 5 && NAME.test(name) && (MASTHEAD_WORD.test(name) || ARTICLE.test(name)) && !doc.siteName) {
        fields.siteName ??= name;
        kept.splice(above[0]!, 1);
      }
      take(fields);
      continue;
    }
    // A place or a publisher and a date, as a press release or a copy writes them over the text
    // ("Paris, le 8 juin 2026", "Brussels Ledger, 5 June 2026"): the date, and a masthead's name.
    const placed = PLACE_DATE.exec(probe.replace(/^(?:[—–]|--?)\s*/, ''));
    const placedDate = placed ? dateOnly(placed[2]!) : undefined;
    if (placed && placedDate) {
      const name = placed[1]!.trim();
      take({ published: placedDate, ...((MASTHEAD_WORD.test(name) || ARTICLE.test(name)) && /\s/.test(name) && { siteName: name }) });
      continue;
    }
    // A wire's slug line over its headline ("AI-PAUSE/ (UPDATE 2)", "USA-AI/PAUSE"): the desk's label, not the article's.
    if (i === filled[0] && SLUG_LINE.test(probe)) continue;
    // A date after a word or two we do not read and a colon ("Опубликовано: 7 декабря 2026",
    // "Julkaistu: 7.12.2026"): a date of the article's, which may be its update's; kept aside. (Not
    // the first line, which may be a headline that ends with its date: "The Briefing: Tuesday 9 June 2026".)
    const keyedDate = i === filled[0] ? null : /^(\p{L}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){0,2})\s*[:：]\s*(.{6,45})$/u.exec(probe);
    const keyedDay = keyedDate ? dateOnly(keyedDate[2]!) : undefined;
    if (keyedDay) {
      unreadKeys.push({ line: probe, date: keyedDay });
      continue;
    }
    // A wire's credits under its text ("Reporting by John Smith in Washington; Editing by Mary Roe"): its
    // reporters are its byline, marked for the editor to check (not "Additional reporting by", nor the editors).
    if (i >= (filled.at(-5) ?? 0) && wireCredits(probe, doc)) continue;
    // "Opinion" or "Analysis" alone on a line over or under the headline (which may end with "?") or the byline.
    const label = i < (filled[10] ?? Infinity) && beforeText(kept.filter((l) => l.trim() !== '').slice(1)) ? kindLabel(probe) : undefined;
    if (label) {
      doc.section ??= label;
      continue;
    }
    // A site's menu ("News | Sport | Business | Opinion") at the top, and the site's name above it.
    if (i < (filled[10] ?? Infinity) && NAV_LINE.test(probe) && isMenu(probe)) {
      const above = kept.findLastIndex((l) => l.trim() !== '');
      const name = above === -1 ? '' : plainMarkdownLine(kept[above]!.trim()).trim();
      if (name !== '' && name.split(/\s+/).length <= 4 && NAME.test(name) && isMasthead(name)) {
        doc.siteName ??= name;
        kept.length = above;
      }
      continue;
    }
    kept.push(line);
  }

  // Of the dates after words we do not read, the earliest, as an article is updated after it is
  // published, when the source gives no other: marked for the editor to check.
  const earliest = unreadKeys.toSorted((a, b) => Date.parse(a.date) - Date.parse(b.date))[0];
  if (earliest && !doc.published && !doc.undatedDay && !doc.ambiguousDate) {
    doc.published = earliest.date;
    doc.publishedNote = `read from the line "${earliest.line}"${unreadKeys.length > 1 ? `, the earliest of ${unreadKeys.length} such lines` : ''}`;
  }
  let body = kept;
  const stories = numberedStories(body);
  if (stories) doc.stories = stories;
  // A press release (it says so, or its dateline names a distributor) without the issuer's boilerplate and contacts after its text.
  const distributed = body
    .filter((line) => line.trim() !== '')
    .slice(0, 4)
    .some((line) => {
      const dateline = DATELINE.exec(line.trim());
      return dateline?.[7] !== undefined || (dateline?.[6] !== undefined && RELEASE_WIRE.test(dateline[6].trim()));
    });
  if (distributed) doc.section ??= 'Press release';
  if (doc.section === 'Press release') body = releaseBody(body, doc);
  if (format === 'markdown') {
    body = markdownLines(body);
    const heading = body.findIndex((line) => /^#\s+\S/.test(line));
    if (heading !== -1 && body.slice(0, heading).every((l) => l.trim() === '')) {
      doc.headline = plainInline(body[heading]!.replace(/^#\s+/, '')).trim();
      body = body.slice(heading + 1);
    }
    body = softWrapsJoined(body).map((line) => plainMarkdownLine(line));
  } else {
    // A masthead's name alone on the first line, over the headline ("The Harbour Times", then
    // "Anthropic urges a global pause…"), as a copy of a newspaper's page starts: the publisher's, not the headline.
    const top = body.flatMap((l, k) => (l.trim() === '' ? [] : [k])).slice(0, 3);
    if (top.length === 3 && doc.headline === undefined && doc.siteName === undefined && !header) {
      const [name, next] = [body[top[0]!]!.trim(), body[top[1]!]!.trim()];
      const words = name.split(/\s+/).length;
      // A name ("Reuters", "Коммерсантъ"; not over a date, where it may be a place's), one with a masthead's word ("The Harbour Times")
      // or an article ("Le Monde"), or a domain; not a section's or a label's ("Analysis", "Podcast").
      const masthead =
        name.length <= 60 && words <= 5 && NAME.test(name) && !SECTIONS.test(name) && !LABEL.test(name) && kindLabel(name) === undefined && ((words === 1 && !dateUnderFirst) || MASTHEAD_WORD.test(name) || (ARTICLE.test(name) && words <= 3) || /\.[a-z]{2,}$/i.test(name));
      if (masthead && !/^\p{Ll}/u.test(next) && looksLikeHeadline(next) && next.length > name.length) {
        doc.siteName = name;
        body = body.slice(top[0]! + 1);
      }
    }
    const first = body.findIndex((line) => line.trim() !== '');
    const rest = first === -1 ? [] : body.slice(first + 1).filter((l) => l.trim() !== '');
    // A headline the frontmatter gave is not replaced, only left out of the text when repeated.
    // A subject copied from a forwarded e-mail as the first line is the headline without its "Fwd:";
    // the forwarded article's own headline, under the headers, is its headline, not the subject.
    const line = first === -1 ? '' : body[first]!.trim().replace(FORWARDED_SUBJECT, '');
    // A first line that the next one goes on in lower case is the first line of a paragraph the file wraps, not a headline.
    const wrappedOn = first !== -1 && /^\p{Ll}/u.test(body[first + 1]?.trim() ?? '');
    // A headline the file wraps over two or three lines, as a copy of a PDF sets it ("Flood defences: what the new funding" then
    // "will and will not do"): lines alone between blank lines that end no sentence, and as long as a headline together.
    const end = first === -1 ? -1 : body.findIndex((l, k) => k > first && l.trim() === '');
    const wrappedHeadline =
      // (Its first line as long as a headline's wrapped line, 20 characters or more, and starting as one: not an e-mail's "Hi all" then "see below".)
      wrappedOn && end - first >= 2 && end - first <= 3 && rest.length >= end - first + 1 && line.length >= 20 && /^[\p{Lu}\d"“‘'«]/u.test(line) && !/^(?:hi|hello|dear|hey|fyi|see|thanks|please)\b/i.test(line)
        ? body.slice(first, end).map((l) => l.trim()).join(' ')
        : undefined;
    // An e-mail's subject that names the newsletter (or a label) before the headline its text starts with
    // ("The AI Briefing: Anthropic's pause call meets a cool reception" over "Anthropic's pause call meets a cool reception"): that headline.
    const labelled =
      header !== undefined && doc.headline !== undefined && doc.headline.length > line.length && doc.headline.endsWith(line) && /^\S.*?\s*[:|–—-]\s*$/u.test(doc.headline.slice(0, -line.length));
    if (first !== -1 && !wrappedOn && looksLikeHeadline(line) && rest.length > 0 && ((doc.headline ?? line) === line || (subject !== undefined && doc.headline === subject) || labelled)) {
      doc.headline = line;
      body = body.slice(first + 1);
    } else if (wrappedHeadline !== undefined && wrappedHeadline.length <= 160 && looksLikeHeadline(wrappedHeadline) && !/[.!?:;,]$/.test(wrappedHeadline) && doc.headline === undefined) {
      doc.headline = wrappedHeadline;
      body = body.slice(end);
    }
    body = hardWrapsJoined(body, doc.headline);
  }
  // Without the writer's biography under the text ("Jane Roe writes about cities. Follow her…"), as a page is read.
  const blocks = withoutPullQuotes(paragraphs(body.join('\n')).split('\n\n'));
  doc.text = blocks.filter((block, i) => !(i >= blocks.length - 2 && i > 0 && isWriterBio(block, doc.byline))).join('\n\n');
  // A wire's name is its publisher's; a press release's distributor's is not. In the first
  // paragraph, or one of the next two when a standfirst or a credit line comes first (as its date is read).
  const agency = doc.text
    .split('\n\n', 3)
    .map((paragraph) => DATELINE.exec(paragraph)?.[6]?.trim())
    .find((name) => name !== undefined);
  if (agency && !RELEASE_WIRE.test(agency)) doc.siteName ??= agency;
  return doc;
}

/**
 * The headings of the stories a text numbers one after the other, as a newsletter does: lines
 * "1. …", "2. …", "3. …" (or "1) …") in order from 1, each a headline (no sentence), each with a
 * paragraph of text under it; undefined for fewer than three, or a list whose items are sentences.
 */
function numberedStories(lines: readonly string[]): string[] | undefined {
  const headings: string[] = [];
  for (const [i, line] of lines.entries()) {
    const m = /^\s*(?:#{1,6}\s*)?(\d{1,2})[.)]\s+(.+?)\s*$/.exec(line);
    if (!m || Number(m[1]) !== headings.length + 1) continue;
    const heading = plainInline(m[2]!).trim();
    if (/[.!?:;,]["”’]?$/.test(heading) || heading.split(/\s+/).length > 12) continue;
    // A paragraph under it: the next line with text is a sentence, not the next item.
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    if (next === undefined || /^\s*(?:#{1,6}\s*)?\d{1,2}[.)]\s/.test(next) || !/[.!?]["”’]?$/.test(next.trim())) continue;
    headings.push(heading);
  }
  return headings.length >= 3 ? headings : undefined;
}

/**
 * The lines of a message an e-mail quotes, as they read: without the "> " a reply or a forward puts
 * before each line, when most lines of the text have it (the checks read the archive without it
 * too). Other text is unchanged.
 */
function unquoted(lines: string[]): string[] {
  const filled = lines.filter((line) => line.trim() !== '').length;
  const quoted = lines.filter((line) => /^\s*>/.test(line)).length;
  if (quoted * 5 < filled * 3) return lines;
  // The line a reply puts above the message it quotes ("On 9 June 2026, Helen Marsh <…> wrote:"),
  // which a mail program may wrap over two, and the reply above it, are the replier's words.
  const first = lines.findIndex((line) => /^\s*>/.test(line));
  const above = lines.slice(0, first).map((line, i) => ({ line: line.trim(), i })).filter(({ line }) => line !== '');
  const last = above.at(-1);
  const attribution =
    last === undefined ? -1 : ATTRIBUTION.test(last.line) ? last.i : above.length > 1 && ATTRIBUTION.test(`${above.at(-2)!.line} ${last.line}`) ? above.at(-2)!.i : -1;
  const message = attribution === -1 ? lines : lines.slice(first);
  return message.map((line) => line.replace(/^\s*(?:>\s?)+/, ''));
}

/**
 * The lines of an e-mail from the message it forwards or replies to: from a "Forwarded message"
 * or "Original Message" line, or Outlook's header block (`From:` with an address, then `Sent:` or
 * `Date:`), near the top. What is above is the sender's note ("Thanks, will add it tomorrow"),
 * not the article. Other text is unchanged.
 */
function forwarded(lines: string[]): string[] {
  const filled = lines.flatMap((line, i) => (line.trim() === '' ? [] : [i]));
  const at = filled.slice(0, 15).findIndex((i, n) => FORWARDED.test(lines[i]!.trim()) || (/^from:\s.*@/i.test(lines[i]!.trim()) && /^(?:sent|date):\s/i.test(lines[filled[n + 1] ?? i]!.trim())));
  return at > 0 ? lines.slice(filled[at]) : lines;
}

/** A header line of a forwarded message, as a mail program writes it above the message. */
const FORWARDED_HEADER = /^(?:from|date|sent|subject|to|cc|reply-to)\s*:\s*\S/i;

/**
 * The message an e-mail sent as HTML forwards: its header lines, as its reader sees them (Gmail's
 * "---------- Forwarded message ---------" line then `From:`, `Date:`, `Subject:`, `To:`, lines its
 * page breaks with `<br>`, or Outlook's `From:` with an address then `Sent:` or `Date:`), and the
 * page without them and without what is above them (the note of the person who sent it on). The
 * page's text alone, as a saved page is read, leaves the headers out, and with them the sender (the
 * publisher of a forwarded newsletter) and the day it was sent, and keeps the note as the article's
 * first paragraph. Undefined when it forwards nothing.
 */
export function forwardedMessage(html: string): { headers: string; html: string } | undefined {
  const $ = cheerio.load(html);
  /** An element's text in lines, as it shows: a line a `<br>` or a block breaks, its spacing as one space. */
  const shownLines = (element: ReturnType<typeof $>) => {
    const copy = element.clone();
    copy.find('head, script, style, template').remove();
    copy.find('br').replaceWith('\n');
    copy.find('p, div, tr, li, h1, h2, h3, h4, h5, h6, blockquote, hr, table').each((_, block) => {
      $(block).prepend('\n').append('\n');
    });
    return copy
      .text()
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '');
  };
  const lines = shownLines($.root());
  const start = lines.slice(0, 60).findIndex((line, n) => FORWARDED.test(line) || (/^from:\s.*@/i.test(line) && /^(?:sent|date):\s/i.test(lines[n + 1] ?? '')));
  if (start === -1) return undefined;
  let end = FORWARDED.test(lines[start]!) ? start + 1 : start;
  while (end < lines.length && FORWARDED_HEADER.test(lines[end]!)) end++;
  const block = lines.slice(start, end);
  if (!block.some((line) => /^from\s*:/i.test(line))) return undefined;
  // The innermost element that shows the whole block: it, and all before it, are not the article.
  const holds = (element: ReturnType<typeof $>) => {
    const shown = shownLines(element).join('\n');
    return shown.includes(block[0]!) && shown.includes(block.at(-1)!);
  };
  let holder = $.root().children().first();
  if (!holds(holder)) return { headers: block.join('\n'), html };
  for (;;) {
    const child = holder.children().filter((_, element) => holds($(element))).first();
    if (child.length === 0) break;
    holder = child;
  }
  for (let element = holder; element.length > 0 && !element.is('body, html'); element = element.parent()) element.prevAll().not('head, style').remove();
  holder.remove();
  return { headers: block.join('\n'), html: $.html() };
}

/**
 * The headers of the e-mail a text is (`From:` with an address and `Subject:` among the lines of
 * its first block with text, near the top): which lines they are, whether the message forwards
 * another's (its subject starts "Fwd:", or a "Forwarded message" line is above), and whether a
 * person sent it on (its subject starts "Fwd:" and it is not from a publisher): its day is theirs.
 */
function mailHeader(lines: string[], filled: number[]): { lines: Set<number>; forwarded: boolean; forwarding: boolean } | undefined {
  const subjectAt = filled.slice(0, 10).find((i) => /^subject\s*:/i.test(lines[i]!.trim()));
  if (subjectAt === undefined) return undefined;
  let [from, to] = [subjectAt, subjectAt];
  while (from > 0 && lines[from - 1]!.trim() !== '' && !FORWARDED.test(lines[from - 1]!.trim())) from--;
  while (to + 1 < lines.length && lines[to + 1]!.trim() !== '') to++;
  const block = new Set(Array.from({ length: to - from + 1 }, (_, k) => from + k));
  if (![...block].some((i) => /^from\s*:.*@/i.test(lines[i]!.trim()))) return undefined;
  const subject = /^subject\s*:\s*(.*)$/i.exec(lines[subjectAt]!.trim())?.[1] ?? '';
  const below = lines.slice(0, from).some((line) => FORWARDED.test(line.trim()));
  // A publisher's newsletter forwarded on is sent by the publisher: its day is the newsletter's.
  const sender = [...block].map((i) => /^from\s*:\s*"?([^"<@]+?)"?\s*<[^>]*@[^>]*>$/i.exec(lines[i]!.trim())?.[1]?.trim()).find((name) => name !== undefined);
  const publisher = sender !== undefined && (isMasthead(sender) || !PERSON.test(sender));
  return { lines: block, forwarded: FORWARDED_SUBJECT.test(subject) || below, forwarding: FORWARDED_SUBJECT.test(subject) && !publisher };
}

/** The line a reply puts above the message it quotes, in the languages of the dates we read. */
const ATTRIBUTION = /^(?:on|le|am|el|il|em|op)\s.{4,200}\s(?:wrote|a écrit|schrieb|escribió|ha scritto|escreveu|schreef)\s*:$/i;

/** The document without the fields nothing filled, so that it reads (and compares) as what the source says. */
/** A wire's credits under its text: "Reporting by John Smith in Washington; Editing by Mary Roe", in brackets or not. */
const WIRE_CREDITS = /^\(?(?:reporting|writing|reported) by ([^;()]+?)(?:;\s*(?:additional reporting|editing|writing|compiled|graphics|fact-checking) by [^;()]+)*\)?\.?$/i;
/** The heading of a live blog's list of its own entries at the top ("Key events"), and the switch some pages put under it. */
const KEY_EVENTS_HEADING = /^(?:key (?:events|updates|moments|points)|(?:the )?(?:main|top) (?:events|updates)|highlights|jump to key events)(?: \(\d+\))?$/i;
const KEY_EVENTS_SWITCH = /^(?:show key events only|please turn on javascript to use this feature|(?:show|hide) (?:all|more|fewer) key events)$/i;
/** A time written beside an entry's headline in such a list ("15:10", "3.10pm", "2h ago", "12 Jun 15:10 BST"). */
const ENTRY_TIME = /^(?:(?:\d{1,2} \p{L}{3,9}\.? )?(?:\d{1,2}[:.]\d{2}(?:\s*(?:[aApP]\.?[mM]\.?|[A-Z]{2,4})(?![\p{L}\d]))?|\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?)\s+ago))\s*[-–—:|·•]?\s*|\s*[-–—:|·•]?\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[aApP]\.?[mM]\.?|[A-Z]{2,4})(?![\p{L}\d]))?|\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?)\s+ago)$/gu;

/**
 * Lines (or a page's blocks) without a live blog's list of its key events at the top: under its
 * heading ("Key events"), the headlines of its own entries, each with its time or without, that
 * the text gives again over the entries themselves. Such a list repeats the article (it is links to
 * its own entries), and would list each passage twice; only lines the text repeats are left out,
 * and the heading with them.
 */
function withoutKeyEvents(lines: readonly string[], plain: (line: string) => string = (line) => line.trim()): string[] {
  const shown = lines.map((line) => comparable(plain(line)));
  const start = shown.findIndex((line, i) => line !== '' && KEY_EVENTS_HEADING.test(plain(lines[i]!)));
  if (start < 0) return [...lines];
  const entry = (i: number) => comparable(plain(lines[i]!).replace(ENTRY_TIME, ''));
  const listed: number[] = [];
  let i = start + 1;
  for (; i < lines.length && i - start <= 60; i++) {
    if (shown[i] === '' || KEY_EVENTS_SWITCH.test(plain(lines[i]!))) {
      listed.push(i);
      continue;
    }
    const headline = entry(i);
    if (headline.split(' ').length < 2 || plain(lines[i]!).length > 200) break;
    // Given again further on, on a line of its own (with its time or without): an entry's headline.
    const end = lines.length;
    let again = false;
    for (let k = i + 1; k < end && !again; k++) again = shown[k] !== '' && entry(k) === headline && !listed.includes(k);
    if (!again) break;
    listed.push(i);
  }
  // A list of one line is no list; and the lines listed must be followed by the entries, not end the text.
  if (listed.filter((k) => shown[k] !== '' && !KEY_EVENTS_SWITCH.test(plain(lines[k]!))).length < 2) return [...lines];
  const dropped = new Set([start, ...listed.filter((k) => k < i)]);
  return lines.filter((_, k) => !dropped.has(k));
}

function withoutUndefined(doc: SourceDocument): SourceDocument {
  return Object.fromEntries(Object.entries(doc).filter(([, value]) => value !== undefined)) as unknown as SourceDocument;
}

/** Short, no sentence-ending punctuation (a question or a quotation at the end of a short line is a headline's), not a list item or a quotation. */
export function looksLikeHeadline(line: string): boolean {
  if (line.length < 12 || line.length > 200) return false;
  // "Can anyone pause AI?", 'Podcast: "Can anyone pause AI?"', 'Senator: "We will not stop"'.
  const question = /[?!]["”’']?$|[^.!?,;:]["”]$/.test(line) && line.split(/\s+/).length <= 15 && !/[.!?]\s/.test(line);
  if (/[.!?:;,"”'’)\]]$/.test(line) && !question) return false;
  if (/^[-*•>]/.test(line)) return false;
  // A quotation alone is a pull quote; one with more words after it is a headline ("“We cannot keep building”: an interview with …").
  if (/^["“]/.test(line) && !/^(["“])[^"“”]+["”][\s:,—–-]*[\p{L}\d]/u.test(line)) return false;
  // Japanese, Chinese and Korean headlines have few spaces, or none: a line of eight characters or more that ends no sentence.
  return line.split(/\s+/).length >= 3 || (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(line) && [...line].length >= 8 && !/[。．！？]$/.test(line));
}

/**
 * Markdown's lines as the rest of the reader expects them: a setext heading (a line underlined
 * with `===` or `---`) written as `#` or `##`, and the definitions of reference links
 * (`[1]: https://…`) and the lines that are only an image left out; a footnote's definition
 * (`[^1]: …`) keeps its text.
 */
function markdownLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    const underline = /^ {0,3}(=+|-+)\s*$/.exec(line);
    if (underline && previous !== undefined && previous.trim() !== '' && !/^\s{0,3}(?:[-*+>#]|\d+[.)])\s/.test(previous)) {
      out[out.length - 1] = `${underline[1]!.startsWith('=') ? '#' : '##'} ${previous.trim()}`;
      continue;
    }
    if (/^ {0,3}\[(?!\^)[^\]]+\]:\s*\S+/.test(line)) continue;
    // A line that is only an image (or a linked one): its description is no text of the article, as a page's figures are not.
    if (/^\s*(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?\s*)+$/.test(line)) continue;
    out.push(line.replace(/^ {0,3}\[\^[^\]\s]+\]:\s*/, ''));
  }
  return out;
}

/** Markdown inline markup removed: links keep their text, emphasis and code their content; character references (`&amp;`) decoded. */
function plainInline(text: string): string {
  return decodeReferences(text)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

function plainMarkdownLine(line: string): string {
  return plainInline(line.replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, ''));
}

/** Whether a line starts with a day, a full stop, a month and a year, as German writes a date ("4. Juni 2026", "4. Jan. 2026"). */
function dayFirst(line: string): boolean {
  const m = /^(\d{1,2})\.\s+(\p{L}+)\.?\s+\d{4}\b/u.exec(line);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31 && monthOf(m[2]!) !== 0;
}

/** A line that starts an item of a list: "- ", "* ", "• ", "1. ", "a) ". */
const LIST_ITEM = /^\s*(?:[-*+•–]|\d{1,3}[.)]|[a-z][.)])\s+\S/;
/** A line that ends a sentence, a quotation or a clause set apart: a line break after it may be the author's. */
const LINE_END = /[.!?:;]["”’»)\]]*$/;

/**
 * The width a plain text is hard-wrapped at (an e-mail's 72 columns, a PDF's lines), or undefined
 * when its lines are its paragraphs. It is wrapped when its lines within blocks are of a
 * column's length ({@link WRAP_MIN} to {@link WRAP_MAX} characters), most of them stop in the
 * middle of a sentence, and many of the lines after them go on in lower case (a list of
 * headlines, each a line, does not). The width is the longest of those lines, leaving out the few
 * (an address) much longer than most.
 */
function wrapWidth(lines: readonly string[]): number | undefined {
  const inBlock = lines.flatMap((line, i) => {
    const next = lines[i + 1] ?? '';
    return line.trim() !== '' && next.trim() !== '' && !LIST_ITEM.test(next) ? [{ line: line.trim(), next: next.trim() }] : [];
  });
  if (inBlock.length < 3) return undefined;
  const lengths = inBlock.map(({ line }) => line.length).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1]!;
  const width = Math.max(...lengths.filter((length) => length <= median * 1.25));
  if (width > WRAP_MAX || width < WRAP_MIN) return undefined;
  const midSentence = inBlock.filter(({ line }) => !LINE_END.test(line)).length;
  const goesOn = inBlock.filter(({ next }) => /^[\p{Ll}\d(]/u.test(next)).length;
  return midSentence * 2 >= inBlock.length && goesOn * 3 >= inBlock.length ? width : undefined;
}
/**
 * The shortest and longest lines of a hard-wrapped text (a newspaper's column copied from a PDF may
 * be 25 characters wide): one whose lines are longer is written a paragraph a line.
 */
const WRAP_MIN = 20;
const WRAP_MAX = 110;

/**
 * The lines of a hard-wrapped plain text joined into its paragraphs, one a line: a line is joined
 * to the next unless the next could have started on it (the writer broke the line) and it ends a
 * sentence or is much shorter than the others, or the next starts an item of a list or is
 * indented as a new paragraph. A line that ends with a hyphen is joined without a space, as
 * {@link acrossHyphen} says. A text that is not hard-wrapped is unchanged.
 */
function hardWrapsJoined(lines: string[], headline?: string): string[] {
  const width = wrapWidth(lines);
  if (width === undefined) return lines;
  // Each paragraph's lines, joined once at the end: a long text may be one paragraph.
  const out: string[][] = [];
  let open = false;
  let item = false;
  let words: ReadonlySet<string> | undefined;
  for (const [i, line] of lines.entries()) {
    const previous = lines[i - 1];
    const joins =
      open &&
      previous !== undefined &&
      line.trim() !== '' &&
      !LIST_ITEM.test(line) &&
      // An indented line starts a paragraph, or goes on with an item of a list.
      !(/^\s/.test(line) && !/^\s/.test(previous) && !item) &&
      // A short line that ends a sentence, or one the next could have gone on, was broken by its writer; not one that ends with a hyphen.
      !(previous.trim().length + 1 + (line.trim().split(/\s/)[0]?.length ?? 0) <= width && (LINE_END.test(previous.trim()) || previous.trim().length < width * 0.7) && !/[\p{L}\p{N}]-$/u.test(previous.trim()));
    if (joins) {
      const parts = out.at(-1)!;
      const last = parts.at(-1)!.trimEnd();
      // (The headline's words are the text's too: "Flood defences" over "defen-" and "ces" makes it "defences".)
      const joined = acrossHyphen(last, line.trim(), () => (words ??= wordsOf(headline === undefined ? lines : [headline, ...lines])));
      if (joined !== undefined) parts[parts.length - 1] = joined;
      else parts.splice(parts.length - 1, 1, last, line.trim());
    } else {
      out.push([line]);
      item = LIST_ITEM.test(line);
    }
    open = line.trim() !== '';
  }
  return out.map((parts) => parts.join(' '));
}

/** The words of a text, in lower case: runs of letters (a hyphenated word's parts are words of their own). */
function wordsOf(lines: readonly string[]): ReadonlySet<string> {
  return new Set(lines.join('\n').toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []);
}

/** A conjunction after a hyphen at a line's end: the hyphen is a suspended one ("pre- and post-war", "10- to 15-year"), the space kept. */
const SUSPENDED = /^(?:and|or|nor|to|und|oder|et|ou|y|o|e|en|of)$/i;

/**
 * A line that ends with a hyphen after a letter or a digit, joined with the next, as a careful
 * editor reads a hard-wrapped text: the hyphen may be the word's own ("arms-" and "control" are
 * "arms-control") or one a line break added ("devel-" and "opment"), and only the text can tell.
 * The hyphen goes only when the text has the word whole elsewhere ("development"); otherwise it
 * stays, without a space ("devel-opment" shows the editor the break, and the checks accept the
 * words either way; "armscontrol" would be silently wrong). A suspended hyphen ("pre-" and "and
 * post-war") keeps its space: undefined, as for a line that does not end with such a hyphen.
 */
function acrossHyphen(line: string, next: string, words: () => ReadonlySet<string>): string | undefined {
  const left = /([\p{L}\p{M}]+|\p{N})-$/u.exec(line);
  const right = /^(?:([\p{L}\p{M}]+)|\p{N})/u.exec(next);
  if (!left || !right || (right[1] !== undefined && SUSPENDED.test(right[1]))) return undefined;
  const whole = right[1] !== undefined && /^\p{Ll}/u.test(right[1]) && /\p{L}/u.test(left[1]!) && words().has(`${left[1]}${right[1]}`.toLowerCase());
  return whole ? `${line.slice(0, -1)}${next}` : `${line}${next}`;
}

/** A Markdown line that starts a block of its own: a heading, a quotation, an item of a list, a fence, a table's row, a rule. */
const MARKDOWN_BLOCK = /^\s{0,3}(?:#{1,6}\s|>|[-*+]\s|\d{1,9}[.)]\s|```|~~~|\||(?:[-*_]\s*){3,}$)/;

/**
 * The lines of a Markdown paragraph joined into one, as Markdown reads them (a line break in a
 * paragraph is a space): not a line that starts a block of its own, nor after a heading, a line
 * ending with a hard break (two spaces or a backslash), a table's row or in a fenced block. The
 * lines of a quotation block are joined with each other, and the indented lines of a list item
 * with the item.
 */
function softWrapsJoined(lines: string[]): string[] {
  // Each paragraph's lines, joined once at the end: a long text may be one paragraph.
  const out: string[][] = [];
  let fenced = false;
  let open = false;
  for (const line of lines) {
    if (/^\s{0,3}(?:```|~~~)/.test(line)) fenced = !fenced;
    // The paragraph's first line says what block it is; its last, whether it ends with a hard break.
    const start = out.at(-1)?.[0];
    const previous = out.at(-1)?.at(-1);
    const quoted = start !== undefined && /^\s{0,3}>/.test(start) && /^\s{0,3}>\s*\S/.test(line);
    const joins =
      open &&
      !fenced &&
      start !== undefined &&
      previous !== undefined &&
      line.trim() !== '' &&
      (quoted || !MARKDOWN_BLOCK.test(line)) &&
      !/^\s{0,3}(?:#|\||```|~~~)/.test(start) &&
      !/(?: {2}|\\)$/.test(previous);
    if (joins) out.at(-1)!.splice(-1, 1, previous.trimEnd(), line.trim().replace(quoted ? /^>\s?/ : /^$/, ''));
    else out.push([line]);
    open = line.trim() !== '' && !fenced;
  }
  return out.map((parts) => parts.join(' '));
}

/** Lines joined into paragraphs: one per non-empty line of prose, blank lines between. */
function paragraphs(text: string): string {
  return text
    .split(/\n/)
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n\n');
}

/** Month names, January first, in the languages newsrooms most often import from (English, French, German, Spanish, Italian, Portuguese, Dutch). */
const MONTHS: readonly string[][] = [
  ['january', 'janvier', 'januar', 'enero', 'gennaio', 'janeiro', 'januari', 'jänner', 'يناير'],
  ['february', 'février', 'fevrier', 'februar', 'febrero', 'febbraio', 'fevereiro', 'februari', 'فبراير', 'شباط'],
  ['march', 'mars', 'märz', 'marz', 'marzo', 'março', 'marco', 'maart', 'مارس', 'آذار'],
  ['april', 'avril', 'abril', 'aprile', 'أبريل', 'إبريل', 'نيسان'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'مايو', 'أيار'],
  ['june', 'juin', 'juni', 'junio', 'giugno', 'junho', 'يونيو', 'يونية', 'حزيران'],
  ['july', 'juillet', 'juli', 'julio', 'luglio', 'julho', 'يوليو', 'يولية', 'تموز'],
  ['august', 'août', 'aout', 'agosto', 'augustus', 'أغسطس'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'سبتمبر', 'أيلول'],
  ['october', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro', 'أكتوبر'],
  ['november', 'novembre', 'noviembre', 'novembro', 'نوفمبر'],
  ['december', 'décembre', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro', 'ديسمبر'],
];

/** A weekday, in the languages of {@link MONTHS}. */
const WEEKDAYS =
  '(?:mon|tues|wednes|thurs|fri|satur|sun)day|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})$`, 'iu');
/** A word: letters, and the marks some scripts write letters with (Devanagari's vowel signs). */
const WORD = '[\\p{L}\\p{M}]+';

/** "jeudi 4 juin 2026", "4. Juni 2026", "4 de junio de 2026", "le 1er février 2026", "7 декабря 2026 г.": up to two words before the day (1). */
const DAY_MONTH_YEAR = new RegExp(`^((?:${WORD}\\.?,?\\s+){0,2})(\\d{1,2})(?:\\.|er|st|nd|rd|th|º)?\\s+(?:de\\s+)?(${WORD})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`, 'iu');
/** "June 7, 2026", "Sunday, June 7th, 2026", "Jun. 7 2026": a word before the month or not (1). */
const MONTH_DAY_YEAR = new RegExp(`^(?:(${WORD}),?\\s+)?(${WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu');
/** "2026. december 7.", as Hungarian writes a date, and "2026 m. gruodžio 7 d.", as Lithuanian does: the year first, then the month's name. */
const YEAR_MONTH_DAY = new RegExp(`^(\\d{4})(?:\\.|\\s+m\\.)?\\s+(${WORD})\\.?\\s+(\\d{1,2})\\.?(?![\\d.:])`, 'iu');
/** Whether the words before a date's day or month are ones a date may start with: a weekday, or words of up to three letters ("le", "am", "on"). */
const leadsDate = (lead: string | undefined) => (lead ?? '').split(/[\s.,]+/).every((word) => [...word].length <= 3 || WEEKDAY.test(word) || calendarNames().weekdays.has(folded(word)));

/** A word as month and weekday names are compared: in lower case, without its accents and other marks ("ΔΕΚΕΜΒΡΙΟΥ" is "δεκεμβρίου"). */
const folded = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The names of the months (1 to 12) and the weekdays, as every language the runtime's Intl (ICU's CLDR data) writes them. */
interface CalendarNames {
  /** Each month's names, long and short, as a date writes them ("7 декабря") and alone ("декабрь"): the months a name may be (more than one: not a name to read). */
  months: ReadonlyMap<string, ReadonlySet<number>>;
  weekdays: ReadonlySet<string>;
}
let calendar: CalendarNames | undefined;
/**
 * The month and weekday names of every language Intl formats dates in, among those with a
 * two-letter code: Russian's "декабря", Polish's "grudnia", Greek's "Δεκεμβρίου", Turkish's
 * "Aralık", declined as a date declines them and not. Built on first use (some hundreds of formats),
 * only for a word {@link MONTHS} does not hold.
 */
function calendarNames(): CalendarNames {
  if (calendar) return calendar;
  const months = new Map<string, Set<number>>();
  const weekdays = new Set<string>();
  const add = (name: string, month: number) => {
    const key = folded(name.replace(/\.$/, ''));
    // Only a name of one word ("de gener", "tháng 12" and "12月" are not read here).
    if (!/^\p{L}+$/u.test(key)) return;
    let set = months.get(key);
    if (!set) months.set(key, (set = new Set()));
    set.add(month);
  };
  const locales = Intl.DateTimeFormat.supportedLocalesOf([...new Set(Object.values(iso6393To1))]);
  for (const locale of locales) {
    for (const style of ['long', 'short'] as const) {
      const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, year: 'numeric', timeZone: 'UTC' });
      const alone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const day = new Date(Date.UTC(2026, m, 7, 12));
        const written = inDate.formatToParts(day).find((part) => part.type === 'month')?.value;
        if (written) add(written, m + 1);
        add(alone.format(day), m + 1);
      }
    }
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    // 1 to 7 June 2026: Monday to Sunday.
    for (let d = 1; d <= 7; d++) weekdays.add(folded(weekday.format(new Date(Date.UTC(2026, 5, d, 12)))));
  }
  return (calendar = { months, weekdays });
}

/**
 * The month (1 to 12) a name or an abbreviation stands for; 0 when none, or more than one. First
 * the names of {@link MONTHS} and their abbreviations of three letters or more ("Sept", "déc"), then
 * the names of every language Intl knows, as they are written ({@link calendarNames}): a name
 * two languages give to different months (Czech's and Croatian's "listopad") is not read.
 */
function monthOf(word: string): number {
  // Arabic's alef with or without its hamza ("أكتوبر", "اكتوبر") is one letter as months are compared.
  const w = word.toLowerCase().replace(/[أإآ]/g, 'ا');
  if ([...w].length < 3) return 0;
  const found = new Set<number>();
  MONTHS.forEach((names, i) => {
    if (names.some((written) => {
      const name = written.replace(/[أإآ]/g, 'ا');
      return name === w || name.startsWith(w);
    })) found.add(i + 1);
  });
  if (found.size === 0) for (const month of calendarNames().months.get(folded(word)) ?? []) found.add(month);
  return found.size === 1 ? [...found][0]! : 0;
}

/**
 * A date as the frontmatter writes it, from the forms sources use: ISO dates and times (the
 * offset kept, `+00:00` written `Z`), "5 June 2026", "June 5, 2026", and the day-month-year
 * forms of other languages ("jeudi 4 juin 2026", "4. Juni 2026", "4 de junio de 2026"). Anything
 * else is not a date we can record: undefined.
 */
export function parseDate(value: string): string | undefined {
  const v = arabicDate(value.trim());
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(v);
  if (iso) {
    const [, day, time, zone] = iso;
    if (!valid(day!)) return undefined;
    if (!time) return day;
    // A time without an offset is ambiguous: only the day is certain.
    if (!zone) return day;
    const offset = zone.toUpperCase() === 'Z' || /^[+-]00:?00$/.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return `${day}T${time.length === 5 ? `${time}:00` : time}${offset}`;
  }
  // Dates in numbers whose order is not in doubt: day first between dots ("03.06.2026", as
  // German, Dutch and others write it), year first between slashes ("2026/06/03"), and day and
  // month between slashes when one of them is over 12 ("13/06/2026", "6/13/2026"); not "03/06/2026".
  const numeric = /^(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})\/(\d{1,2})\/(\d{1,2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?![\d./])/.exec(v);
  if (numeric) {
    const [a, b] = [Number(numeric[7]), Number(numeric[8])];
    if (numeric[7] && a <= 12 && b <= 12 && a !== b) return undefined;
    const [y, m, d] = numeric[1]
      ? [numeric[3]!, numeric[2]!, numeric[1]]
      : numeric[4]
        ? [numeric[4], numeric[5]!, numeric[6]!]
        : [numeric[9]!, String(a > 12 ? b : a), String(a > 12 ? a : b)];
    const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    return valid(day) ? day : undefined;
  }
  // As Japanese and Chinese write a date ("2026年6月5日"), and Korean ("2026년 6월 5일").
  const cjk = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/.exec(v);
  if (cjk) {
    const day = `${cjk[1]}-${cjk[2]!.padStart(2, '0')}-${cjk[3]!.padStart(2, '0')}`;
    return valid(day) ? day : undefined;
  }
  // Up to two words before the date: a weekday, or a short word such as "le", "am" or "on".
  const dmy = DAY_MONTH_YEAR.exec(v);
  const mdy = MONTH_DAY_YEAR.exec(v);
  const ymd = YEAR_MONTH_DAY.exec(v);
  const parts =
    dmy && leadsDate(dmy[1])
      ? { d: dmy[2]!, m: dmy[3]!, y: dmy[4]! }
      : mdy && leadsDate(mdy[1])
        ? { d: mdy[3]!, m: mdy[2]!, y: mdy[4]! }
        : ymd
          ? { d: ymd[3]!, m: ymd[2]!, y: ymd[1]! }
          : undefined;
  if (!parts) return undefined;
  const month = monthOf(parts.m);
  if (month === 0) return undefined;
  const day = `${parts.y}-${String(month).padStart(2, '0')}-${parts.d.padStart(2, '0')}`;
  return valid(day) ? day : undefined;
}

/** The months as Syria, Lebanon, Jordan and Iraq name them, by the names of {@link MONTHS} (two of them are two words, one is of two letters). */
const LEVANTINE_MONTHS: readonly [RegExp, string][] = [
  [/كانون الثاني/gu, 'يناير'],
  [/كانون الأول/gu, 'ديسمبر'],
  [/تشرين الأول/gu, 'أكتوبر'],
  [/تشرين الثاني/gu, 'نوفمبر'],
  [/(?<![\u0600-\u06FF])آب(?![\u0600-\u06FF])/gu, 'أغسطس'],
];
/**
 * A date as Arabic writes it, in the form {@link parseDate} reads: Arabic-Indic digits ("٥ يونيو
 * ٢٠٢٦") as digits, the Arabic comma as a comma, the month's two names as many sites give them ("5
 * يونيو/حزيران 2026") as the first, and the Levantine names read as the others are. Any other text as it is.
 */
function arabicDate(value: string): string {
  if (!/[\u0600-\u06FF]/.test(value)) return value;
  let v = value
    .replace(ARABIC_MARKS, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/،/g, ',');
  for (const [name, month] of LEVANTINE_MONTHS) v = v.replace(name, month);
  return v.replace(/([\u0600-\u06FF]+)\s*\/\s*[\u0600-\u06FF]+/u, '$1');
}

function valid(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An aside that is the article's correction notice (`<aside class="correction">`): the article's, listed in the checklist. */
const CORRECTION_NOTE = ['correction', 'clarification', 'corrigendum', 'erratum', 'editors-note', 'editor-note'].map((c) => `:not([class*="${c}" i])`).join('');
/** Elements whose text is not the article's. */
const NOT_TEXT =
  `script, style, noscript, template, nav, header, footer, aside${CORRECTION_NOTE}, form, button, figure:not(:has(table)), iframe, svg, [hidden], [aria-hidden="true"], .share, .related, .newsletter, .advert, .ad, .byline, [rel="author"], [data-component*="related" i], [data-component*="most-read" i], [data-component*="byline" i], [class*="related-" i], [class*="-related" i]`;
/** The author's biography under an article ("Jane Roe is our technology editor…"): the outlet's words about its writer, not the article's. */
const AUTHOR_BIO = '[class*="author-bio" i], [class*="authorbio" i], [class*="author-info" i], [class*="contributor-bio" i]';
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, figcaption, caption, tr';
/**
 * A note's number in the text, linked to the note ("rose 40%¹"), and the link back from the note
 * ("↩"): not the article's words, and a number glued to a figure ("40%1") would misquote it.
 */
const NOTE_MARKS = 'sup:has(> a[href^="#"]), a[role="doc-noteref"], a[role="doc-backlink"], a.footnote-ref, a.footnote-backref, a.footnote-back';
const BACKLINK = /^\s*(?:[↩↑⤴^]\uFE0E?|back|return)\s*$/i;
/**
 * Appeals a page puts in the article's flow that are not the article's: a paywall's or a
 * registration wall's message, a request for contributions, a subscription or membership offer.
 * Removed only when short: some pages wrap the whole article in a "paywall" element.
 */
const PROMOS =
  '[class*="paywall" i], [id*="paywall" i], [id*="gateway" i], [class*="gateway" i], [class*="regwall" i], [class*="piano" i], [class*="contribution" i], [id*="contribution" i], [class*="subscribe" i], [class*="subscription" i], [class*="membership" i], [class*="promo" i], [class*="newsletter" i], [id*="newsletter" i], [class*="signup" i], [class*="sign-up" i]';
const PROMO_MAX = 600;
/** What {@link SourceDocument.paywall} says of a page whose metadata marks a part for subscribers that it does not have. */
export const PAID_PART_MISSING = 'its metadata marks a part for subscribers, which the saved page does not have';
/** A paywall or registration wall, where a page's text may stop. */
const PAYWALL = '[class*="paywall" i], [id*="paywall" i], [class*="regwall" i], [class*="gateway" i], [id*="gateway" i], [class*="upgrade-cta" i], [class*="meter-" i], [class*="subscriber-only" i]';
/**
 * A photograph's caption or credit outside a `<figure>`, and a pull quote, as many pages mark
 * them: not the article's text, or a repeat of it. Removed only when short, as PROMOS are.
 */
const CAPTIONS = '[class*="caption" i], [class*="credit" i], [class*="pullquote" i], [class*="pull-quote" i]';
/** The standfirst (dek, subtitle, summary) a page shows under its headline, as news sites, Substack, Ghost and Medium mark it. */
const STANDFIRST =
  '[class*="standfirst" i], [data-component*="standfirst" i], [data-testid*="standfirst" i], .dek, [class*="-dek" i], [class*="dek-" i], .subheadline, .sub-headline, .subtitle, [class*="subtitle" i], [class*="article-excerpt" i], [class*="post-excerpt" i], [class*="custom-excerpt" i], #article-summary, .article-summary, [itemprop="description"]';
/** Where a standfirst-like element is another article's, in a rail or a list of links. */
const ELSEWHERE = 'nav, aside, footer, li, [class*="related" i], [class*="card" i], [class*="teaser" i], [class*="rail" i], [class*="promo" i]';

/** The longest block of a page that may be a credit, a paywall's message or the writer's biography, told by its words alone. */
const PAGE_NOTE_MAX = 240;
/** A photograph's or an illustration's credit on a line of its own: "Photo: AFP / John Thys", "Photograph: Jane Doe/Reuters", "(Image: Getty Images)". */
const CREDIT_LINE =
  /^\(?(?:photo(?:graph)?s?|image|picture|pictured|illustration|graphic|video|credit|foto|bild|source image|main image|top image|photo illustration)(?:\s+(?:by|credit))?\s*[:/]\s*[^.!?]{2,100}\)?$|^\(?(?:photo|image|illustration)\s+by\s+[^.!?]{2,80}\)?$/i;
/** A paywall's or a registration wall's message in the text's flow: "This article is reserved for subscribers", "Subscribe to continue reading". */
const PAYWALL_LINE =
  /^(?:(?:this|the rest of this|the full) (?:article|story|content|post|piece) is (?:(?:only )?(?:reserved|available|exclusive) (?:for|to)|for) (?:our )?(?:paying |premium )?(?:subscribers|members)\b(?!(?:\s+only)?\s*\?)|(?:subscribe|sign in|log in|register) (?:now )?to (?:keep|continue) reading\b|to (?:keep|continue) reading(?: this (?:article|story))?,? (?:please )?(?:subscribe|sign in|log in|register)\b|you(?:['’]ve| have) (?:reached|used) (?:your|all your|all of your) (?:free )?(?:articles?|stories|article limit|limit)\b)/i;
/**
 * A page's appeal in the article's flow that no class marks: a newsletter's ("Get our free daily
 * newsletter: the day's top stories in your inbox every morning. Sign up here"), and a call for
 * readers' stories ("Have you been affected? Email us at news@…", "Got a tip? Contact our newsdesk").
 */
const APPEAL_LINE =
  /^(?:(?:get|sign up (?:to|for)|subscribe to|join) (?:our |the )?(?:free )?[^.!?:]{0,40}\bnewsletters?\b[^]*|[^]*\b(?:in|to) your inbox\b[^]*\b(?:sign up|subscribe)(?: here| now| for free)?[.!]?|(?:have you been affected|are you affected|(?:do you )?have (?:you got )?a (?:story|tip)|got a (?:story|tip)|do you have information)\b[^]{0,160}?\b(?:e-?mail|contact|get in touch|write to|whatsapp|message)\b[^]*)$/i;
/** The verb after a writer's name that starts a biography: "Marta Kowalska covers EU tech policy", "… is our Brussels correspondent". */
const BIO_VERB = /^(?:is|was|covers|writes|reports|has (?:covered|written|reported)|joined|leads|edits)\b/;
/** A biography's invitation to follow its writer, as Medium's and blogs' end one: "Follow her for weekly essays", "… on Substack". */
const FOLLOW = /\bfollow (?:her|him|them|me)\b|\b(?:on|at) (?:medium|substack|bluesky|mastodon|linkedin)\b|\bsubscribe to (?:her|his|their|my)\b/i;

/**
 * Whether a block, one of the last two of the text, is the writer's biography: it starts with the
 * byline's first name and a biography's verb ("Marta Kowalska covers EU tech policy"), or, when
 * the byline does not name the writer, with a person's name and such a verb, and it invites the
 * reader to follow them ("Jane Roe writes about cities. Follow her for weekly essays.").
 */
function isWriterBio(block: string, byline: string | undefined): boolean {
  if (block.length > PAGE_NOTE_MAX) return false;
  const name = byline?.split(/\s*,\s*|\s+(?:and|&)\s+/)[0];
  if (name && block.startsWith(`${name} `) && BIO_VERB.test(block.slice(name.length + 1))) return true;
  const m = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(.*)$/su.exec(block);
  return m !== null && PERSON.test(m[1]!) && BIO_VERB.test(m[2]!) && FOLLOW.test(block);
}

/** Blocks a page puts between the article's paragraphs that are not the article's. */
const BOILERPLATE =
  /^(?:(?:skip )?advertisement(?:\s*[-–—:|]\s*scroll to continue)?|advertising|sponsored(?: content)?|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|continue reading(?: the main story| below)?|listen to (?:this )?(?:article|story)\b.{0,40}|gift this article|supported by|recommended(?: for you| stories| reading)?|follow us on [\w ]{1,30}|click here to (?:subscribe|sign up|read more)\b.{0,40}|read the full (?:story|article)|copy link(?: to (?:clipboard|article))?|loading(?:…|\.\.\.)?|(?:(?:read|see) (?:more|also)|related(?: articles?| stories| coverage)?|most (?:read|popular)|more on this (?:story|topic))(?:\s*[:|›»>].*)?|sign up (?:for|to) [^.!?]{0,60}\bnewsletters?\b.*|already (?:a subscriber|have an account)\?.*|a version of this article appears in print\b.*|leave a comment|share(?: this (?:post|article|story)| full article)?|subscribe(?: now)?|upgrade to paid|give a gift subscription|view (?:this email )?in (?:your )?browser|the post (?:.{1,300} )?appeared first on .{1,100})$/i;

function fromHtml(html: string): SourceDocument {
  const $ = cheerio.load(html);
  const meta = (...selectors: string[]): string | undefined => {
    for (const selector of selectors) {
      const value = $(selector).first().attr('content')?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const ld = jsonLd($);

  const doc: SourceDocument = { format: 'html', text: '' };
  const title = splitTitle(textOf($('title').text()));
  // The headline the page shows (its <h1>) when its metadata gives it too: the article's JSON-LD
  // headline or its <title>'s is the article's, where og:title and twitter:title are often a
  // headline written for social media ("Anthropic wants the world to hit pause on AI").
  // A document saved as a web page by Word shows its title in its Title style (its <title> is the file's own title, "Draft").
  const h1 = textOf($('article h1, main h1').first().text()) || textOf($('h1').first().text()) || textOf($('p.MsoTitle').first().text());
  const social = meta('meta[property="og:title"]', 'meta[name="twitter:title"]');
  const shown = [ld.headline, title.headline, social].find((candidate) => candidate !== undefined && h1 !== '' && textOf(candidate) === h1);
  doc.headline = shown ?? social ?? ld.headline ?? (h1 || undefined) ?? (title.headline || undefined) ?? (textOf($('p.title').first().text()) || undefined);
  const canonical = $('link[rel="canonical"]').attr('href')?.trim();
  // An AMP page names the article's own page as its canonical: that is the address to record, not the AMP copy's.
  const amp = $('html').is('[amp], [⚡]') && canonical !== undefined && /^https?:\/\//.test(canonical);
  // Of the page's addresses, the first that is an article's: an og:url some sites set to their home
  // page is not (and none is taken when that is all there is). Without any, the one the browser
  // wrote when it saved the page ("saved from url=").
  const savedFrom = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  // A print page, which has no metadata, writes its article's address at its foot ("Article URL: https://…", "Printed from https://…").
  const printed = /(?:article (?:url|link|address)|permalink|printed from|url of this (?:article|page)|link to (?:this|the) article)\s*:?\s*(https?:\/\/[\w\-.~:/?#[\]@!$&*+,;=%]*[\w/#=&%-])/i.exec(textOf($('body').text()))?.[1];
  const addresses = [meta('meta[property="og:url"]'), canonical, ld.url, savedFrom, printed].filter((a): a is string => a !== undefined && /^https?:\/\//.test(a) && URL.canParse(a));
  const url = amp ? canonical : addresses.find((a) => new URL(a).pathname.replace(/\/+$/, '') !== '' || new URL(a).search !== '');
  doc.url = url && /^https?:\/\//.test(url) ? url : undefined;
  const published =
    meta(
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      // Dublin Core, as libraries' and some publishers' systems write it: the day it was issued, or its date.
      'meta[name="dc.date.issued" i]',
      'meta[name="dcterms.issued" i]',
      'meta[name="dc.date" i]',
      'meta[name="dcterms.date" i]',
    );
  // The first date of the metadata's that is one: its tags', then its JSON-LD's.
  const dates = [published, ld.datePublished].flatMap((value) => (value ? [parseDate(value)] : [])).filter((date): date is string => date !== undefined);
  doc.published = dates[0];
  // A page whose metadata and marked-up dates say nothing may show its byline and date under its headline, in
  // an element no class names ("Rosa Lindqvist · Friday 12 June 2026, 18:40"): read as a line of fields is (below).
  let shownLine: LineFacts | undefined;
  if (!doc.published) {
    Object.assign(doc, articleTime($));
    if (!doc.published && !doc.relativeDate) shownLine = underHeadline($);
  } else {
    // The date the page shows may not be its metadata's (a template's stale JSON-LD, a copy's
    // date): the metadata's is kept, and the editor told. A day and more apart, not a time zone's.
    const visible = articleTime($).published;
    // A day and more apart: two instants 24 hours apart or more; a day without its time, more than a time zone's difference from the other.
    const apart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) >= (a.includes('T') && b.includes('T') ? 24 : 36) * 3600 * 1000;
    // Its tags and its JSON-LD may give two days: the one the page shows, if it shows one of them, else the tags'; the editor told.
    const other = dates.find((date) => apart(date, doc.published!));
    if (other) {
      const first = doc.published;
      const shown = visible ? [first, other].find((date) => !apart(date, visible)) : undefined;
      if (shown) doc.published = shown;
      doc.publishedNote = `the page's metadata gives two dates, ${first.slice(0, 10)} and ${other.slice(0, 10)}${shown ? ', and the page shows this one' : ''}`;
    } else if (visible && Math.abs(Date.parse(visible) - Date.parse(doc.published)) > 36 * 3600 * 1000) {
      doc.publishedNote = `the page's metadata gives ${doc.published.slice(0, 10)}, but the date it shows is ${visible.slice(0, 10)}`;
    }
  }
  // The first author named, not an address (article:author is often the writer's profile page) nor,
  // when another source names a writer, the publisher's own name (a page's author tag often is).
  const publisherNames = new Set([meta('meta[property="og:site_name"]'), ld.publisher, title.site].flatMap((name) => (name ? [comparable(name).replace(/^the /, '')] : [])));
  const authors = [
    ...['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]', 'meta[name="parsely-author"]', 'meta[name="sailthru.author"]', 'meta[name="dc.creator"]'].map((selector) => meta(selector)),
    ld.author,
    textOf($('[rel="author"], .byline, [itemprop="author"]').first().text()) || undefined,
  ].flatMap((name) => (name && !/^https?:\/\//.test(name) ? [name.replace(/^by\s+/i, '')] : []));
  doc.byline = authors.find((name) => !publisherNames.has(comparable(name).replace(/^the /, ''))) ?? authors[0];
  // An organisation the JSON-LD names as the author (the publisher itself, a desk): no writer's name, for the editor to check.
  if (doc.byline !== undefined && ld.authorIsOrganization && doc.byline === ld.author) {
    doc.bylineNote = `the page's metadata names an organisation, not a person, as its author`;
  }
  // The byline the page shows, when its metadata names someone else (a stale template, an editor's
  // account): the one readers see, and the editor told.
  const shownBy = textOf($('article .byline, main .byline, article [rel="author"], main [rel="author"]').first().text()).replace(/^by\s+/i, '');
  if (doc.byline && shownBy && PERSON.test(shownBy) && !comparable(shownBy).includes(comparable(doc.byline)) && !comparable(doc.byline).includes(comparable(shownBy))) {
    doc.bylineNote = `the page shows "${shownBy}", but its metadata names "${doc.byline}"`;
    doc.byline = shownBy;
  }
  // The first language the page declares that is a language's tag: its <html>'s, the <body>'s as
  // Word writes it (`<body lang=RU>`, its <html> having none), its JSON-LD's, its og:locale, or a
  // Content-Language or Dublin Core line of one language (not "en, fr").
  const declared = [
    $('html').attr('lang'),
    $('html').attr('xml:lang'),
    $('body').attr('lang'),
    ld.language,
    meta('meta[property="og:locale"]'),
    meta('meta[http-equiv="content-language" i]', 'meta[name="dc.language" i]', 'meta[name="language" i]'),
  ];
  doc.language = declared.map((tag) => (tag?.trim() ? registeredLanguageTag(tag.trim()) : undefined)).find((tag) => tag !== undefined);
  doc.siteName = meta('meta[property="og:site_name"]', 'meta[name="application-name"]') ?? ld.publisher ?? title.site ?? copyrightHolder($);
  if (shownLine) adoptLineFacts(doc, shownLine);
  if (doc.siteName && PLATFORM.test(doc.siteName)) {
    // "Why a pause won't work | by Jane Doe | Frontier Policy | Medium": the publication is the
    // name between the byline and the platform, or the JSON-LD publisher; a writer's own post has none.
    doc.platform = doc.siteName;
    const parts = textOf($('title').text()).split(/\s+\|\s+/);
    const named = parts.length >= 3 && PLATFORM.test(parts.at(-1)!) ? parts.at(-2) : undefined;
    doc.siteName = [ld.publisher, named].find((name) => name !== undefined && !PLATFORM.test(name) && !/^by\s/i.test(name) && NAME.test(name));
  }
  // An aggregator's page (Yahoo News, MSN, Apple News) shows another publisher's article: whose it is.
  const host = doc.url ? new URL(doc.url).hostname.replace(/^www\./, '') : '';
  let providerShown = false;
  if ((doc.siteName !== undefined && AGGREGATOR.test(doc.siteName)) || AGGREGATOR_HOST.test(host)) {
    const shownProvider = $('[class*="provider" i], [data-provider], [class*="source-name" i]')
      .toArray()
      .map((element) => $(element).attr('data-provider')?.trim() || textOf($(element).text()) || $(element).find('img[alt]').attr('alt')?.trim() || '')
      .find((name) => name !== '' && name.length <= 60 && NAME.test(name));
    const provider = ld.provider ?? shownProvider;
    if (provider && !AGGREGATOR.test(provider) && comparable(provider) !== comparable(doc.siteName ?? '')) doc.provider = provider;
    // The provider's name or logo over the story is the page's, not the article's text.
    const shownAt = $('[class*="provider" i], [data-provider], [class*="source-name" i]').filter((_, element) => textOf($(element).text()).length <= 60);
    providerShown = shownAt.length > 0;
    shownAt.remove();
  }
  // Tags are written as they come: a tab or a line break in one is a space on the page.
  if (doc.headline) doc.headline = textOf(doc.headline) || undefined;
  // A headline that carries the site's name as the title does ("Council delays vote | Northfield Courier").
  const named = doc.headline && splitTitle(doc.headline);
  if (named && named.site !== undefined && named.site === doc.siteName) doc.headline = named.headline;
  doc.section = meta('meta[property="article:section"]', 'meta[name="article:section"]') ?? ld.section;

  // The article's own content, as Firefox's Reader View finds it (Readability, on linkedom's DOM):
  // a page often has other <article>s, teasers and link lists around it. Failing that, the first
  // of <article>, <main> and the body.
  // The standfirst under the headline, which Reader View leaves out as it is outside the body: the
  // article's own words, which the record may quote. (Read before blocksOf takes headers out of the page.)
  const dek = standfirstOf($, meta('meta[property="og:description"]', 'meta[name="description"]', 'meta[name="twitter:description"]'));
  // (And the captions, for a gallery, whose text they are: read before figures are taken out.)
  const captions = galleryCaptions($);
  const articles = severalArticles($);
  // (Not a request for contributions, which asks for support under a text it leaves whole.)
  const wall = $('body')
    .find(PAYWALL)
    .toArray()
    .filter((element) => textOf($(element).text()).length < PROMO_MAX && !/\b(?:support us|contribut\w*|donat\w*|favou?r to ask)\b/i.test($(element).text()))
    .map((element) => textOf($(element).find(BLOCKS).first().text()) || textOf($(element).text()))
    .find((text) => text !== '');
  if (wall) doc.paywall = wall.length <= 80 ? wall : `${wall.slice(0, 79).replace(/\s+\S*$/, '')} …`;
  // A page its metadata says is for subscribers, saved without the part they alone read (it is not on
  // the page, or empty): its text stops where that part starts. (A subscriber's copy has it.)
  const emptyOn = (selector: string) => {
    try {
      return textOf($(selector).text()) === '';
    } catch {
      // A selector cheerio does not read: nothing known.
      return false;
    }
  };
  if (!doc.paywall && (ld.paid ?? []).some(emptyOn)) doc.paywall = PAID_PART_MISSING;
  // Appeals and captions go before Reader View reads the page: it keeps the text of a short block
  // it makes a paragraph of, without the class that says what the block was. So does the date of
  // an update that only its class marks as one ("June 9, 2026" in a class "updated-date").
  const updated = $.root()
    .find('[class*="updat" i], [class*="modif" i]')
    .filter((_, element) => {
      const text = textOf($(element).text());
      return text.length <= 60 && dateOnly(text) !== undefined;
    });
  const before = $.root()
    .find(`${PROMOS}, ${CAPTIONS}`)
    .filter((_, element) => textOf($(element).text()).length < PROMO_MAX)
    .add(updated)
    .add($.root().find(AUTHOR_BIO).filter((_, element) => textOf($(element).text()).length < PROMO_MAX))
    // The bullet or number Word writes before a list's item in a document saved as a web page (`<span style="mso-list:Ignore">·</span>`): the list's mark, not its text.
    .add($.root().find('span[style*="mso-list:ignore" i], span[style*="mso-list: ignore" i]'));
  const found = readable(before.length > 0 || providerShown ? (before.remove(), $.html()) : html);
  const content = found && cheerio.load(found.content);
  if (content) withEntriesRestored($, content);
  // A table's rows, which are never lines of metadata ("Anthropic | 4 June 2026" is a row of a timeline).
  const rows = new Set<string>();
  let blocks = content ? blocksOf(content, content.root().children(), rows) : [];
  if (blocks.length === 0) blocks = blocksOf($, ['article', 'main', '[role="main"]', 'body'].map((s) => $(s).first()).find((el) => el.length > 0) ?? $.root(), rows);
  doc.byline ??= found?.byline;
  // The headline again at the top of the text is not part of it, nor a line of the byline and
  // dates ("By Li Wei · June 10, 2026", "Tue 9 Jun 2026 06.00 BST · Last modified on …"): the
  // page's metadata says those.
  if (doc.headline && blocks[0] === doc.headline) blocks.shift();
  // What those lines say fills what the page's metadata leaves (a document exported without any,
  // such as a Google Docs page, says it only there), and so do `Source:` or `By` lines at the top
  // or the bottom.
  blocks = blocks.filter((block, i) => {
    if (rows.has(block)) return true;
    const probe = block.replace(/^[|·•—–-]\s*/, '');
    const keyed = i < 5 || i >= blocks.length - 3 ? metaLine(probe) : undefined;
    const facts =
      fieldLine(probe) ??
      (keyed ? keyedLine(keyed[0], keyed[1].replace(/^<(.+)>$/, '$1').trim()) : undefined) ??
      // "Opinion" or "Analysis" alone in a block over the text, as a page without article:section labels the piece.
      (i < 5 && beforeText(blocks.slice(0, i)) && kindLabel(probe) ? { section: kindLabel(probe)! } : undefined);
    if (!facts) return true;
    adoptLineFacts(doc, facts);
    return false;
  });
  // What a page says in the article's flow without a class that tells it apart: a photograph's
  // credit ("Photo: AFP / John Thys"), a paywall's message ("This article is reserved for
  // subscribers"), and the writer's biography under the text ("Marta Kowalska covers EU tech policy").
  blocks = blocks.filter((block, i) => {
    if (rows.has(block) || block.length > PAGE_NOTE_MAX) return true;
    if (CREDIT_LINE.test(block) || APPEAL_LINE.test(block)) return false;
    if (PAYWALL_LINE.test(block)) {
      doc.paywall ??= block.length <= 80 ? block : `${block.slice(0, 79).replace(/\s+\S*$/, '')} …`;
      return false;
    }
    return !(i >= blocks.length - 2 && isWriterBio(block, doc.byline));
  });
  blocks = wireAndRelease(blocks, doc, rows);
  if (dek && dek !== doc.headline && !blocks.includes(dek)) blocks.unshift(dek);
  // A gallery's text is its captions, which are otherwise left out as a photograph's.
  if (blocks.length === 0) blocks = captions;
  blocks = withoutRepeats(blocks, doc.byline);
  doc.text = blocks.join('\n\n');
  if (articles > 1) doc.articles = articles;
  return doc;
}

/**
 * The entries of a page that Reader View read only some of, restored: a live blog's entries (`<div
 * class="block">` one after the other) each score on their own words, and a short one (`09:30 What
 * we know so far`, a line and a heading) may fall below the share Reader View keeps of the best,
 * and be dropped, with its words, from the text and the archive. When what it kept holds two
 * sections or more of one kind side by side (the same element and class), every section of that
 * kind of their container in the page is the article's, and is put back in its place.
 */
function withEntriesRestored($: cheerio.CheerioAPI, content: cheerio.CheerioAPI): void {
  type Element = Extract<ReturnType<cheerio.CheerioAPI>[number], { tagName: string }>;
  const kind = (element: Element) => `${element.tagName}.${(element.attribs.class ?? '').trim()}`;
  const groups = new Map<Element, Map<string, Element[]>>();
  content('div[class], section[class], article[class]').each((_, element) => {
    const parent = element.parent;
    if (!parent || parent.type !== 'tag' || (element.attribs.class ?? '').trim() === '') return;
    const byKind = groups.get(parent) ?? new Map<string, Element[]>();
    groups.set(parent, byKind);
    byKind.set(kind(element), [...(byKind.get(kind(element)) ?? []), element]);
  });
  const texts = new Map<Element, string>();
  const shown = (element: Element) => {
    let text = texts.get(element);
    if (text === undefined) texts.set(element, (text = textOf($(element).text())));
    return text;
  };
  for (const kept of [...groups.values()].flatMap((byKind) => [...byKind.values()]).filter((entries) => entries.length >= 2)) {
    const first = kept[0]!;
    // An entry kept is known by its id, or by its longest paragraph (Reader View may have cleaned the rest of it).
    const keptIds = new Map(kept.flatMap((k) => (k.attribs.id ? [[k.attribs.id, k] as const] : [])));
    const longest = (k: Element) => content(k).find('p').toArray().map((p) => textOf(content(p).text())).reduce((a, b) => (b.length > a.length ? b : a), '');
    const keys = kept.map((k) => [k, longest(k) || shown(k)] as const);
    const keptAs = (element: Element) => (element.attribs.id ? keptIds.get(element.attribs.id) : undefined) ?? keys.find(([, key]) => shown(element).includes(key))?.[0];
    // The first entry kept, in the page, and the entries of its kind beside it there.
    const original = $(`${first.tagName}[class]`)
      .toArray()
      .filter((element): element is Element => element.type === 'tag')
      .find((element) => kind(element) === kind(first) && keptAs(element) === first);
    const container = original?.parent;
    if (!original || !container) continue;
    const all = $(container)
      .children()
      .toArray()
      .filter((element) => element.type === 'tag' && kind(element) === kind(first));
    if (all.length <= kept.length) continue;
    // Readability's own container and its cleaning of each entry kept stay; those it dropped come back as the page has them, in their place.
    let previous: Element | undefined;
    for (const element of all) {
      const match = keptAs(element);
      if (match) previous = match;
      if (match || shown(element) === '') continue;
      const copy = content($.html(element));
      paragraphsWrapped(content, copy);
      if (previous) content(previous).after(copy);
      else content(first).before(copy);
      previous = copy.get(0) as Element;
    }
  }
}

/** Elements that are part of a line of text, not blocks of their own (HTML's phrasing content, less those never text). */
const PHRASING = new Set('a abbr b bdi bdo br cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var wbr font'.split(' '));

/**
 * An entry restored as the page has it, with its text that no block holds (an entry's time,
 * `<time>10:42</time>` or bare "10:42", beside its headline) in a paragraph of its own, as Reader
 * View writes it in the entries it keeps: the text is read by its blocks, and that text would be lost.
 */
function paragraphsWrapped(content: cheerio.CheerioAPI, root: ReturnType<cheerio.CheerioAPI>): void {
  root
    .find('div, section, article')
    .addBack('div, section, article')
    .each((_, container) => {
      if (container.type !== 'tag') return;
      let run: typeof container.children = [];
      const wrap = () => {
        if (run.some((node) => textOf(content(node).text()) !== '')) content(run).wrapAll('<p></p>');
        run = [];
      };
      for (const node of [...container.children]) {
        if (node.type === 'text' || (node.type === 'tag' && PHRASING.has(node.tagName))) run.push(node);
        else if (node.type !== 'comment') wrap();
      }
      wrap();
    });
}

/** The captions of a page's photographs, outside rails and lists of links: a gallery's text. */
function galleryCaptions($: cheerio.CheerioAPI): string[] {
  return $('figcaption')
    .toArray()
    .filter((element) => $(element).closest(ELSEWHERE).length === 0)
    .map((element) => textOf($(element).text()))
    .filter((text) => text !== '');
}

/**
 * How many articles a page shows side by side when it is not an article's page (a home or
 * section page saved by mistake): `<article>`s each with its own heading, none of them three
 * times as long as the next (an article's page may show teasers of others beside it), on a page
 * that does not say it is an article (`og:type`) or a live blog (JSON-LD), whose entries are one
 * article's.
 */
function severalArticles($: cheerio.CheerioAPI): number {
  const type = $('meta[property="og:type"]').attr('content')?.trim().toLowerCase();
  if (type === 'article' || /LiveBlogPosting/.test($('script[type="application/ld+json"]').text())) return 0;
  const lengths = $('article')
    .filter((_, element) => $(element).parents('article').length === 0 && $(element).closest(ELSEWHERE).length === 0 && $(element).find('h1, h2, h3').length > 0)
    .toArray()
    .map((element) => textOf($(element).text()).length)
    .sort((a, b) => b - a);
  return lengths.length > 1 && lengths[0]! < 3 * lengths[1]! ? lengths.length : 0;
}

/** An RSS date (RFC 822: "Fri, 05 Jun 2026 14:30:00 +0200") as the frontmatter writes it, with its time and offset. */
function rfc822Date(value: string): string | undefined {
  const m = /^(?:\p{L}{3},?\s+)?(\d{1,2})\s+(\p{L}{3})\p{L}*\.?\s+(\d{4})\s+(\d{2}:\d{2}(?::\d{2})?)\s*(Z|GMT|UTC?|[+-]\d{4})$/iu.exec(value.trim());
  const month = m ? monthOf(m[2]!) : 0;
  if (!m || month === 0) return parseDate(value);
  const zone = /^[+-]\d{4}$/.test(m[5]!) ? m[5]! : 'Z';
  return parseDate(`${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}T${m[4]}${zone}`);
}

/**
 * An item of an RSS or Atom feed (or a whole feed: its first item), as a feed reader saves it:
 * its title, link, date (`pubDate`, `published`, `dc:date`, never `updated`), author
 * (`dc:creator`, `author`), the feed's title as the publisher and its language, and its content
 * (`content:encoded`, `content`, else `description` or `summary`), which is HTML, read as a page's.
 */
function fromFeed(xml: string): SourceDocument {
  const $ = cheerio.load(xml, { xml: true });
  const items = $('item, entry');
  const item = items.first();
  const field = (...names: string[]) => {
    for (const name of names) {
      const value = textOf(item.children(name).first().text());
      if (value) return value;
    }
    return undefined;
  };
  const doc: SourceDocument = { format: 'html', text: '' };
  doc.headline = field('title');
  const atomLink = item.children('link[rel="alternate"], link:not([rel])').first().attr('href');
  const guid = item.children('guid').first();
  const link = atomLink ?? field('link') ?? (guid.attr('isPermaLink') !== 'false' ? textOf(guid.text()) : undefined);
  doc.url = link && /^https?:\/\//.test(link) ? link : undefined;
  const date = field('pubDate', 'published', 'dc\\:date', 'issued');
  doc.published = date ? rfc822Date(date) : undefined;
  // RSS writes an author as an e-mail address, "jo@example.org (Jo Park)": the name in brackets.
  const author = textOf(item.children('author').first().children('name').text()) || field('dc\\:creator', 'author');
  doc.byline = author?.replace(/^\S+@\S+\s+\((.+)\)$/, '$1');
  if (doc.byline && /@/.test(doc.byline)) doc.byline = undefined;
  const feed = item.parent();
  if (feed.is('channel, feed')) {
    doc.siteName = textOf(feed.children('title').first().text()) || undefined;
    doc.language = textOf(feed.children('language').first().text()) || feed.attr('xml:lang');
  }
  // An entry saved alone names its feed in its source (Atom's <source><title>, RSS's <source url="…">Title</source>).
  const source = item.children('source').first();
  doc.siteName ??= textOf(source.children('title').length > 0 ? source.children('title').first().text() : source.text()) || undefined;
  doc.language = item.attr('xml:lang') ?? doc.language;
  if (doc.language) doc.language = registeredLanguageTag(doc.language);
  const content = item.children('content\\:encoded').first().text() || item.children('content').first().text() || item.children('description, summary').first().text();
  const page = cheerio.load(content);
  // WordPress's line under an item's content names the site, whose feed it is ("The post … appeared first on Eastborough News."):
  // the publisher of an item saved alone, whose feed's title is not in the file.
  const firstOn = /\bappeared first on\s+([^.]{2,80}?)\.?\s*$/i.exec(textOf(page.root().text()))?.[1]?.trim();
  if (firstOn && NAME.test(firstOn) && firstOn.split(/\s+/).length <= 6) doc.siteName ??= firstOn;
  doc.text = blocksOf(page, page.root()).join('\n\n');
  if (items.length > 1) doc.feedItems = items.length;
  return doc;
}

/**
 * The date a page writes in words where it shows its date, without a `datetime` ("3 juin 2026",
 * "Published June 3rd, 2026 at 10:00 a.m."): the first `<time>` or element whose class names a
 * date, a publication or a timestamp, outside rails and lists, that holds a date and nothing more
 * (never an update's, nor a time relative to the page's saving).
 */
function writtenDate($: cheerio.CheerioAPI, within: ReturnType<cheerio.CheerioAPI>, elsewhere: string): Pick<SourceDocument, 'published' | 'relativeDate'> {
  let relativeDate: string | undefined;
  for (const element of within.find('time, [class*="date" i], [class*="publish" i], [class*="timestamp" i], [class*="updat" i]').toArray()) {
    if ($(element).closest(elsewhere).length > 0) continue;
    const text = textOf($(element).text());
    if (text === '' || text.length > 60) continue;
    // "Posted 3 days ago", "Updated 2 hours ago": no date, but what it says is for the editor.
    if (RELATIVE_TIME.test(text)) relativeDate ??= text;
    if (/updat|modif/i.test($(element).attr('class') ?? '') || UPDATED.test(text)) continue;
    const date = dateOnly(PUBLISHED.exec(text)?.[1] ?? text);
    if (date) return { published: date };
  }
  return { relativeDate };
}

/** How many times of an article's page make it a page of many entries (a live blog), whose first time is its latest. */
const MANY_TIMES = 3;

/**
 * The date of the article's `<time datetime>`: inside its `<article>` or `<main>` when the page
 * has one, else outside the page's header, navigation, asides and footer; never one in a rail or
 * a list of links. A masthead's "today" or a related story's date is not the article's. With one
 * or two (published, updated), the first. With more, the page is a live blog or a thread, which
 * lists its newest entry first: the earliest, marked for the editor to check.
 */
function articleTime($: cheerio.CheerioAPI): Pick<SourceDocument, 'published' | 'publishedNote' | 'relativeDate'> {
  const elsewhere = 'aside, nav, li, [class*="related" i], [class*="rail" i], [class*="teaser" i]';
  const content = $('article, main, [role="main"]');
  const times = (content.length > 0 ? content.find('time[datetime]') : $('time[datetime]'))
    .filter((_, element) => $(element).closest(content.length > 0 ? elsewhere : `${elsewhere}, header, footer`).length === 0)
    .toArray()
    .flatMap((element) => {
      const date = parseDate($(element).attr('datetime') ?? '');
      return date ? [date] : [];
    });
  const distinct = [...new Set(times)];
  if (distinct.length === 0) return writtenDate($, content.length > 0 ? content : $.root(), content.length > 0 ? elsewhere : `${elsewhere}, footer`);
  if (distinct.length < MANY_TIMES) return { published: distinct[0] };
  const earliest = distinct.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
  return { published: earliest, publishedNote: `the page gives no date in its metadata and has ${distinct.length} times, as a live blog has; this is the earliest` };
}

/**
 * A page title's headline and the publisher's name after it, past the last spaced separator
 * ("Council delays vote - Northfield Courier", "… | The Meridian"), when that is a name of at
 * most five words; otherwise the whole title is the headline.
 */
function splitTitle(title: string): { headline: string; site?: string } {
  const m = /^(.+)\s+[|–—·-]\s+(.+)$/u.exec(title);
  const site = m?.[2]?.trim();
  return m && site && NAME.test(site) && site.split(/\s+/).length <= 5 ? { headline: m[1]!.trim(), site } : { headline: title };
}

/**
 * What the line under a page's headline says when it is a line of fields (a byline, a date, a
 * publisher, between dots or bars, or in elements side by side): the first of the two elements
 * after the headline's `<h1>` (its own, or its parent's when the headline is wrapped) that reads
 * as one; undefined when none does, as the article's first paragraph does not.
 */
function underHeadline($: cheerio.CheerioAPI): LineFacts | undefined {
  const h1 = $('article h1, main h1').first().length > 0 ? $('article h1, main h1').first() : $('h1').first();
  // A site's name set as its masthead's <h1>, over its menu and today's date, is no headline.
  const masthead = 'header, nav, footer, [role="banner"], [role="navigation"], [class*="masthead" i], [class*="logo" i], [class*="site-title" i]';
  if (h1.length === 0 || h1.closest(masthead).length > 0) return undefined;
  const after = h1.nextAll().length > 0 ? h1.nextAll() : h1.parent().nextAll();
  for (const element of after.toArray().slice(0, 2)) {
    if ($(element).is(masthead)) continue;
    // An update's date, which a class may be all that says so ("updated-date"), is never the publication's.
    if (/updat|modif/i.test($(element).attr('class') ?? '')) continue;
    const copy = $(element).clone();
    copy.find('[class*="updat" i], [class*="modif" i]').remove();
    // Elements side by side are fields of the line: a space between them, as they show.
    copy.find('span, a, time, div, p, br').after(' ').before(' ');
    const line = textOf(copy.text());
    if (line === '' || line.length > 160) continue;
    const facts = fieldLine(line);
    if (facts) return facts;
  }
  return undefined;
}

/**
 * The publisher a page without metadata names in its copyright line ("© The West Country Herald
 * 2026", "Copyright 2026 Northfield Courier Ltd. All rights reserved."), as a print page has it:
 * a masthead's name, else undefined.
 */
function copyrightHolder($: cheerio.CheerioAPI): string | undefined {
  // The page's foot: its footer, or the last lines of its text (never a photograph's credit in the article, "© AFP").
  const lines = ($('footer, [class*="footer" i], [class*="copyright" i]').last().text() || $('body').text()).split('\n').map(textOf).filter((line) => line !== '' && !/\b(?:photo|photograph|image|picture)s?\b/i.test(line));
  const foot = lines.slice(-5).join('\n');
  const line = /(?:©|\(c\)|copyright)\s*(?:(?:©|\(c\)|copyright)\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?,?\s+)?(?!(?:copyright|all rights)\b)(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:[\p{Lu}][\p{L}'’&.-]*|of|the|and|&))*?)(?:,?\s+(?:ltd|limited|llc|inc|plc|gmbh|sa)\.?)?(?:\s+(?:19|20)\d{2})?(?=\s*(?:\.|$|\||all rights))/imu.exec(
    foot,
  );
  const name = line?.[1]?.trim();
  return name && name.split(/\s+/).length <= 6 && NAME.test(name) && (isMasthead(name) || !PERSON.test(name)) ? name : undefined;
}

/** The content Readability finds in the page, with its classes (so that NOT_TEXT still applies), and the byline it finds. */
function readable(html: string): { content: string; byline?: string | undefined } | undefined {
  try {
    const { document } = parseHTML(html);
    // A correction notice set in an aside (`<aside class="correction">`) is the article's: Readability drops every aside.
    for (const aside of [...document.querySelectorAll('aside')]) {
      if (!/correction|clarification|corrigendum|erratum|editors?-note/i.test(aside.getAttribute('class') ?? '') && !isCorrection(aside.textContent ?? '')) continue;
      const div = document.createElement('div');
      div.setAttribute('class', aside.getAttribute('class') ?? 'correction');
      div.innerHTML = aside.innerHTML;
      aside.replaceWith(div);
    }
    const article = new Readability(document as unknown as Document, { keepClasses: true, charThreshold: 100 }).parse();
    if (!article?.content) return undefined;
    const byline = article.byline?.replace(/^by\s+/i, '').trim();
    return { content: article.content, byline: byline && byline.length <= 80 && !/^https?:/.test(byline) ? byline : undefined };
  } catch {
    return undefined;
  }
}

/**
 * The paragraphs of a text copied from a page without its pull quotes: a paragraph that is only a
 * quotation (four words or more) that a paragraph nearby holds too. The archive keeps the file as
 * it is; the checklist lists the quotation once, where the article says who said it.
 */
function withoutPullQuotes(paragraphs: string[]): string[] {
  const texts = paragraphs.map(comparable);
  return paragraphs.filter((paragraph, i) => {
    const text = texts[i]!;
    if (!/^["“„«‘']/.test(paragraph) || text.split(' ').length < 4) return true;
    const near = texts.slice(Math.max(0, i - REPEAT_WINDOW), i + REPEAT_WINDOW + 1);
    return !near.some((other) => other.length > text.length && ` ${other} `.includes(` ${text} `));
  });
}

/** Text as compared for repeats: letters and digits, lowercased, single spaces. */
const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** How many blocks before and after a pull quote the paragraph it repeats may be. */
const REPEAT_WINDOW = 12;

/**
 * Blocks without those that repeat the article rather than add to it: a pull quote that repeats
 * words of a paragraph nearby (four words or more, wholly in a longer block), and a line that is only
 * the byline, with the author's role after it ("Zoe Kleinman, Technology editor").
 */
function withoutRepeats(blocks: string[], byline: string | undefined): string[] {
  const texts = blocks.map(comparable);
  const by = byline ? comparable(byline) : undefined;
  return blocks.filter((_, i) => {
    const text = texts[i]!;
    if (by && text.startsWith(by) && text.split(' ').length <= by.split(' ').length + 4 && !/[.!?]["”’]?$/.test(blocks[i]!)) return false;
    if (text.split(' ').length < 4) return true;
    // A pull quote sits near the paragraph it repeats: looking only there keeps a long live blog quick.
    const near = texts.slice(Math.max(0, i - REPEAT_WINDOW), i + REPEAT_WINDOW + 1);
    return !near.some((other) => other.length > text.length && ` ${other} `.includes(` ${text} `));
  });
}

/**
 * The page's standfirst: the first element marked as one ({@link STANDFIRST}) outside rails and
 * lists of links, else the element whose text is the page's description when it shows it.
 */
function standfirstOf($: cheerio.CheerioAPI, description: string | undefined): string | undefined {
  const fits = (text: string) => text.length >= 20 && text.length <= 500;
  for (const element of $('body').find(STANDFIRST).toArray()) {
    if ($(element).closest(ELSEWHERE).length > 0) continue;
    const text = textOf($(element).text());
    if (fits(text)) return text;
  }
  const wanted = description && textOf(description);
  // Looked for element by element only when the page shows it at all: one pass over a long page.
  if (!wanted || !fits(wanted) || !textOf($('body').text()).includes(wanted)) return undefined;
  const shown = $('body')
    .find('p, h2, h3, div, span')
    .toArray()
    .find((element) => $(element).closest(ELSEWHERE).length === 0 && textOf($(element).text()) === wanted);
  return shown ? wanted : undefined;
}

/** The text blocks of `root` in `$`, one per innermost block, without what is not the article's (NOT_TEXT, PROMOS). */
function blocksOf($: cheerio.CheerioAPI, root: ReturnType<cheerio.CheerioAPI>, rows?: Set<string>): string[] {
  root.find(NOT_TEXT).remove();
  root
    .find(`${PROMOS}, ${CAPTIONS}`)
    .filter((_, element) => textOf($(element).text()).length < PROMO_MAX)
    .remove();
  root.find(NOTE_MARKS).remove();
  root
    .find('a[href^="#"]')
    .filter((_, element) => BACKLINK.test($(element).text()))
    .remove();
  const blocks: string[] = [];
  root.find(BLOCKS).each((_, element) => {
    // The innermost blocks only: a <li> holding <p>s gives its paragraphs, not their concatenation.
    if ($(element).find(BLOCKS).length > 0) return;
    // A table's row is a line of its cells between bars, as the table reads (their text run together would misquote them).
    // A line a <br> breaks goes on after a space, as it reads ("noon,<br>By evening" is "noon, By evening", not "noon,By").
    let lines: string[] | undefined;
    if (element.tagName !== 'tr' && $(element).find('br').length > 0) {
      const copy = $(element).clone();
      copy.find('br').replaceWith('\n');
      lines = copy.text().split('\n').map(textOf).filter((line) => line !== '');
    }
    const text =
      element.tagName === 'tr'
        ? $(element)
            .children('td, th')
            .toArray()
            .map((cell) => textOf($(cell).text()))
            .join(' | ')
        : lines
          ? lines.join(' ')
          : textOf($(element).text());
    if (element.tagName === 'tr' || $(element).closest('table').length > 0) rows?.add(text);
    // Lines of metadata a <br> sets apart in one paragraph, as a print page sets its byline over its
    // date ("By Anna Kowalczyk, Health reporter<br>Published: 9 June 2026"): each a line of its own, read as one.
    if (lines && lines.length > 1 && text.length <= 300 && !rows?.has(text) && lines.every(isMetaLine)) {
      blocks.push(...lines);
      return;
    }
    if (text && !BOILERPLATE.test(text)) blocks.push(text);
  });
  if (blocks.length === 0) blocks.push(...textOf(root.text()).split(/\n{2,}/).filter((block) => block !== ''));
  return blocks;
}

function textOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface LinkedData {
  headline?: string | undefined;
  language?: string | undefined;
  url?: string | undefined;
  datePublished?: string | undefined;
  author?: string | undefined;
  /** Whether every author it names is an organisation (`"author": {"@type": "Organization", …}`): a desk or the publisher, not a writer. */
  authorIsOrganization?: boolean | undefined;
  publisher?: string | undefined;
  /** The organisation whose article this is, as an aggregator names it (`provider`, `sourceOrganization`). */
  provider?: string | undefined;
  section?: string | undefined;
  /**
   * The selectors of the parts a subscriber alone may read, as Google's paywall markup names them
   * (`"isAccessibleForFree": false`, `"hasPart": {"cssSelector": ".paid"}`): an empty list when it
   * says the article is not free without naming them.
   */
  paid?: string[] | undefined;
}

/** The first NewsArticle-like object in the page's JSON-LD. */
function jsonLd($: cheerio.CheerioAPI): LinkedData {
  const found: LinkedData = {};
  $('script[type="application/ld+json"]').each((_, element) => {
    let data: unknown;
    try {
      data = JSON.parse($(element).text());
    } catch {
      return;
    }
    // Its objects, and those of its @graph (as Yoast and other plugins write it, also in an array of such blocks).
    const items: unknown[] = (Array.isArray(data) ? data : [data]).flatMap((d) => [d, ...((d && typeof d === 'object' && Array.isArray((d as { '@graph'?: unknown })['@graph']) ? (d as { '@graph': unknown[] })['@graph'] : []))]);
    // An object a graph names only by its @id (`"author": [{"@id": "…/#/schema/person/abc"}]`, `"publisher": {"@id": "…/#org"}`) is the one it writes once elsewhere.
    const byId = new Map<string, Record<string, unknown>>();
    for (const item of items) {
      const id = item && typeof item === 'object' ? (item as { '@id'?: unknown })['@id'] : undefined;
      if (typeof id === 'string' && Object.keys(item as object).length > 1) byId.set(id, item as Record<string, unknown>);
    }
    const resolved = (v: unknown): unknown => {
      const id = v && typeof v === 'object' && !Array.isArray(v) ? (v as { '@id'?: unknown })['@id'] : undefined;
      return typeof id === 'string' && typeof (v as { name?: unknown }).name !== 'string' ? (byId.get(id) ?? v) : v;
    };
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (!/Article|Posting|Report/.test(String(o['@type'] ?? ''))) continue;
      const name = (v: unknown): string | undefined => {
        const first = resolved(Array.isArray(v) ? v[0] : v);
        if (typeof first === 'string') return first;
        if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string') return (first as { name: string }).name;
        return undefined;
      };
      found.headline ??= typeof o.headline === 'string' ? o.headline : undefined;
      // The page's own address: its url, or the page it is the main entity of (an address, or an object with one as its @id).
      const page = o.mainEntityOfPage as unknown;
      found.url ??= typeof o.url === 'string' ? o.url : typeof page === 'string' ? page : page && typeof page === 'object' && typeof (page as { '@id'?: unknown })['@id'] === 'string' ? (page as { '@id': string })['@id'] : undefined;
      // Its language, or that of the page it is the main entity of or part of (a graph often says it there only).
      const pageOf = [o.mainEntityOfPage, o.isPartOf].map(resolved).find((v) => v && typeof v === 'object' && typeof (v as { inLanguage?: unknown }).inLanguage === 'string') as { inLanguage: string } | undefined;
      found.language ??= typeof o.inLanguage === 'string' ? o.inLanguage : (name(o.inLanguage) ?? pageOf?.inLanguage);
      found.datePublished ??= typeof o.datePublished === 'string' ? o.datePublished : undefined;
      // Every author, as a byline names them: "Li Wei and Ann Roe", "Li Wei, Ann Roe and Jo Park".
      const authors = (Array.isArray(o.author) ? o.author : [o.author]).map(name).filter((a): a is string => a !== undefined && a.trim() !== '');
      if (found.author === undefined && authors.length > 0) {
        found.authorIsOrganization = (Array.isArray(o.author) ? o.author : [o.author]).map(resolved).every((a) => a && typeof a === 'object' && /Organi[sz]ation|NewsMediaOrganization|Corporation/.test(String((a as { '@type'?: unknown })['@type'] ?? '')));
      }
      found.author ??= authors.length > 1 ? `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}` : authors[0];
      found.publisher ??= name(o.publisher);
      found.provider ??= name(o.provider) ?? name(o.sourceOrganization);
      found.section ??= name(o.articleSection);
      const notFree = (v: unknown) => v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false');
      const parts = (Array.isArray(o.hasPart) ? o.hasPart : [o.hasPart]).map(resolved).filter((part): part is Record<string, unknown> => part !== null && typeof part === 'object');
      const paidParts = parts.filter((part) => notFree(part.isAccessibleForFree) && typeof part.cssSelector === 'string').map((part) => part.cssSelector as string);
      if (found.paid === undefined && (notFree(o.isAccessibleForFree) || paidParts.length > 0)) found.paid = paidParts;
    }
  });
  return found;
}
