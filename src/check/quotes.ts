/**
 * Quote verification: when an article names its archived source text (`archive: <file>`) and
 * that file is in the archive folder, every mention's span must occur in it. Only typographic
 * differences are allowed: curly or straight quotation marks, kinds of dash, spacing, a word
 * divided with a hyphen at a line break, Unicode normalisation. An archived web page is read as its
 * text. The archive is private to the editor, so a missing file is not a problem, nor
 * is a missing default folder (archive/); but a folder named on purpose (CROSSCHECK_ARCHIVE) that
 * is not there is a mistake that would verify nothing without a word, and is reported.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { FileFacts } from './file.ts';
import * as M from './messages.ts';
import type { Problem } from './problem.ts';
import { nearestEach } from './suggest.ts';
import { decode, excerpt } from './text.ts';

const q = (value: string) => JSON.stringify(value);

/** U+FB00 to U+FB06, in order. */
const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];

/**
 * Text reduced to what a quotation must preserve: its characters, with typographic variants
 * made plain (`--` is a dash, `. . .` an ellipsis; guillemets and the corner brackets of Chinese
 * and Japanese are quotation marks, and full-width letters and punctuation the same as others),
 * invisible characters dropped and every run of spacing made one space (none inside guillemets
 * or before `;:!?`, which French sets apart).
 */
export function normaliseQuote(text: string): string {
  return text
    .normalize('NFC')
    // The full-width forms of Latin letters, digits and punctuation and the ideographic space, as
    // Chinese and Japanese text sets them ("ＡＢＣ：", "！"): the same characters, set wider.
    .replace(/[\uFF01-\uFF5E\u3000]/g, (c) => c.normalize('NFKC'))
    // Invisible characters, and the directional marks and controls of right-to-left text, which a
    // span cannot hold (the checks refuse the controls) and an archived page often does.
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/g, '')
    // Control characters other than spacing (a span cannot hold them, text from a PDF has some).
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    // Spacing inside guillemets and before the marks French sets apart ("« la bonne »", "vraiment ?"), as other languages set them.
    .replace(/([\u00AB\u2039])\s+/g, '$1')
    .replace(/\s+([\u00BB\u203A;:!?])/g, '$1')
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A\u300C-\u300F]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\u2026/g, '...')
    // Ligatures, as text copied from a PDF or a typeset page has them: "ﬁnal" is "final".
    .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c.charCodeAt(0) - 0xfb00]!)
    .replace(/\s+/g, ' ')
    // An ellipsis with or without spaces around and between its dots, a dash typed as two or three hyphens.
    .replace(/ ?\.(?: ?\.){2} ?/g, '...')
    .replace(/ ?- ?/g, '-')
    .replace(/-{2,}/g, '-')
    .trim();
}

/**
 * A tag of HTML written in Markdown (the elements a text holds: `<em>`, `<span class="x">`, `<br/>`),
 * or of an MDX component, named with a capital (`<Callout>`, `<Chart data={rows} />`): its
 * attributes may be quoted, or an expression in braces.
 */
const TAG =
  /<\/?(?:[A-Z][\w.]*|a|abbr|aside|b|bdi|bdo|big|blockquote|br|center|cite|code|data|del|details|dfn|div|em|figcaption|figure|font|i|ins|kbd|mark|p|q|s|samp|section|small|span|strong|sub|summary|sup|time|u|var|wbr)(?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}|[^\s"'=<>`{}]+))?)*\s*\/?>/g;

/**
 * An archive saved as Markdown (as `npm run new` keeps a Markdown article, and as some sources
 * are written) reduced to the text its readers see, as a span is read: a link's or an image's
 * text without its address, emphasis and code without their marks, footnote references dropped,
 * comments and the tags of inline HTML and of MDX components (an MDX article is archived as written) dropped,
 * and the heading and quotation marks at the start of a line, and character references decoded
 * (`AT&amp;T&rsquo;s` is "AT&T’s", as a CMS's Markdown export often writes it). A span copied from
 * the page, or from the scaffold's checklist, then matches an archive that has markup in its middle.
 */
export function markdownText(text: string): string {
  return decodeReferences(text)
    .replace(/!\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\[\^[^\]\s]+\](?!:)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    // Comments and the tags of inline HTML and of MDX components (`<em>`, `<Callout type="note">`, `</Callout>`, `<Chart … />`), which readers do not see.
    .replace(/<!--[^]*?-->/g, '')
    .replace(TAG, '')
    .replace(/(\*\*|__)(?=\S)([^]+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*\\])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w\\])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^[ \t]{0,3}(?:(?:#{1,6}|>)[ \t]?)+/gm, '');
}

/** An archived file that is a web page (an editor may save the page itself): by its name, or its first characters. */
export function isHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
}

/** The elements that set their text apart from the text around them: a span may run across their bounds, as across a line break. */
const HTML_BLOCK = /<\/?(?:address|article|aside|blockquote|br|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)\b[^>]*>/gi;

/**
 * A web page's text as its readers see it: without its head, scripts, styles and comments, a line
 * break at each block's bounds, its other tags removed (a span may run across a link or emphasis)
 * and its character references decoded (`&rsquo;` is "’").
 */
export function htmlText(html: string): string {
  return decodeReferences(
    html
      .replace(/<!--[^]*?-->/g, '')
      .replace(/<(head|script|style|template|noscript|svg)\b[^]*?<\/\1\s*>/gi, '\n')
      .replace(HTML_BLOCK, '\n')
      .replace(/<[^>]*>/g, ''),
  );
}

/** A character reference as Markdown reads one: named, decimal or hexadecimal, ended by ";". */
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
const referenceParser = unified().use(remarkParse);
const decodedReferences = new Map<string, string>();

/**
 * Text with its character references (`&amp;`, `&rsquo;`, `&#8212;`, `&#x2014;`) decoded as
 * Markdown decodes them (remark, as the site reads Markdown): one that names no character stays
 * as it is written.
 */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (reference) => {
    let decoded = decodedReferences.get(reference);
    if (decoded === undefined) {
      const paragraph = referenceParser.parse(reference).children[0];
      const node = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
      decoded = node?.type === 'text' ? node.value : reference;
      decodedReferences.set(reference, decoded);
    }
    return decoded;
  });
}

/**
 * Where {@link withoutLineBreakHyphens} marks a word divided at a line break: a hyphen there, or
 * none (a character of Unicode's private use, which no text the checks read means anything by).
 */
export const DIVIDED = '\uE000';

/**
 * Text with the words that a line break divides with a hyphen made whole, as a text copied from a
 * PDF or a printed page has them ("devel-\nopment" is "development"): a hyphen between two
 * lowercase letters at the end of a line, written as a hyphen (`-`, U+2010) or a soft hyphen (U+00AD,
 * as some PDFs' text has it). `mark`, when given, is put in its place: {@link DIVIDED} keeps "self-\nfunded"
 * as much "self-funded" as "selffunded" (see {@link occursIn}), since a word with its own hyphen
 * may end a line too.
 */
export function withoutLineBreakHyphens(text: string, mark = ''): string {
  return text.replace(/(\p{Ll})[-\u2010\u00AD][ \t]*\r?\n[ \t]*(?=\p{Ll})/gu, `$1${mark}`);
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/**
 * Whether `span` occurs in `reading`, where each {@link DIVIDED} (a line break's hyphen) may stand for
 * a hyphen or for nothing: a span may hold both "self-funded" and "development" of
 * "self-\nfunded … devel-\nopment".
 */
export function occursIn(reading: string, span: string): boolean {
  if (!reading.includes(DIVIDED)) return reading.includes(span);
  if (span === '') return true;
  const pattern = [...span].map((c) => (c === '-' ? `[-${DIVIDED}]` : c.replace(SYNTAX, '\\$&'))).join(`${DIVIDED}?`);
  return new RegExp(pattern, 'u').test(reading);
}

/**
 * Where text read as the verification reads an archive ({@link normaliseQuote} of
 * {@link markdownText}) occurs in the archived file: the line its last character is on. Each line
 * is read on its own, so text that only the whole file reads so (markup or a dash across a line
 * break) is not placed: undefined.
 */
export function archiveLines(raw: string): (text: string) => number | undefined {
  const starts: number[] = [];
  const numbers: number[] = [];
  let joined = '';
  raw.split('\n').forEach((line, i) => {
    const plain = normaliseQuote(markdownText(line));
    if (plain === '') return;
    starts.push(joined.length);
    numbers.push(i + 1);
    joined += `${plain} `;
  });
  return (text) => {
    const at = joined.indexOf(text);
    if (at === -1 || text === '') return undefined;
    const end = at + text.length - 1;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= end) lo = mid;
      else hi = mid - 1;
    }
    return numbers[lo];
  };
}

/**
 * Where `words` occur in `text` ending at the end of a word (`need a` is not in `need an
 * international`), or -1.
 */
function indexOfWhole(text: string, words: string): number {
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    if (!/^[\p{L}\p{N}\p{M}]/u.test(text.slice(at + words.length, at + words.length + 1))) return at;
  }
  return -1;
}

/**
 * Explains where a span stops matching: the longest run of its first whole words found in the
 * archive, read each way `archive` lists (the one that agrees furthest is told: a span of text copied
 * from a PDF is read with the words its line breaks divide made whole too).
 */
export function divergence(span: string, archive: string | readonly string[], lineOf?: (text: string) => number | undefined): string {
  const words = span.split(' ');
  /** How many of the span's first words a reading has, in a row. */
  const agreed = (reading: string) => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (indexOfWhole(reading, words.slice(0, mid).join(' ')) !== -1) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  let text = '';
  let lo = -1;
  for (const reading of typeof archive === 'string' ? [archive] : archive) {
    const n = agreed(reading);
    if (n > lo) [text, lo] = [reading, n];
  }
  if (lo <= 0) return 'Not even its first word is in the archived text: check that archive names the right file. ';
  const prefix = words.slice(0, lo).join(' ');
  const at = indexOfWhole(text, prefix) + prefix.length;
  const archiveNext = text.slice(at).trim().split(' ').slice(0, 6).join(' ');
  const spanNext = words.slice(lo, lo + 6).join(' ');
  const line = lineOf?.(prefix);
  // Quoted as the message quotes the span (JSON's way): a quotation mark the words hold is escaped, not read as the quotation's end.
  const quoted = (text: string) => q(excerpt(text, 60));
  return `The archive agrees as far as ${quoted(words.slice(Math.max(0, lo - 6), lo).join(' '))}${line === undefined ? '' : ` (its line ${line})`}, then reads ${quoted(archiveNext)} where the span has ${quoted(spanNext)}. `;
}

/**
 * Why a span that is not in the archive is not, when only its capitals differ from the archive's
 * words (a quotation's first letter made a capital, as a sentence starts): not a typographic
 * difference, since a capital can change what a word names ("the Times", "the times"), but not a
 * wrong file either, which is what {@link divergence} would say when its first word is the one.
 * Says what the archive has there, and on which line; undefined when the span differs otherwise.
 */
export function capitalsOnly(span: string, archive: string, lineOf?: (text: string) => number | undefined): string | undefined {
  const lower = archive.toLowerCase();
  // Lowercase has the length of the text for all but a few letters (İ): else, where it is cannot be told.
  const at = lower.length === archive.length ? lower.indexOf(span.toLowerCase()) : -1;
  if (at === -1) return undefined;
  const there = archive.slice(at, at + span.length);
  const line = lineOf?.(there);
  return `Only its capitals differ from the archive's, which reads ${q(excerpt(there, 80))}${line === undefined ? '' : ` (its line ${line})`}: a capital is the article's wording too. `;
}

/**
 * Why a span that is not in the archive is not, when it is an editor's marks around the article's
 * words: an ellipsis for words left out, or words in square brackets put in ("[the company]
 * said"). Neither is a typographic difference, but each part of the span is the article's:
 * undefined when one is not, or the span has no such marks.
 */
export function editorialMarks(span: string, archive: string): string | undefined {
  const parts = (pattern: RegExp) =>
    span
      .split(pattern)
      .map((part) => part.trim())
      .filter((part) => /[\p{L}\p{N}]/u.test(part));
  const found = (list: string[]) => list.length > 0 && list.every((part) => occursIn(archive, part));
  const brackets = span.match(/\[[^\]]*\]/g);
  if (brackets && found(parts(/\[[^\]]*\]/))) {
    return `Its ${brackets.length === 1 ? `words in square brackets, ${excerpt(brackets[0]!, 40)}, are` : `words in square brackets (${brackets.map((b) => excerpt(b, 30)).join(', ')}) are`} not the article's: put them outside the mention, which holds only words the archive has. `;
  }
  if (span.includes('...') && found(parts(/\.\.\./))) {
    return 'Its ellipsis marks words left out, which the archive has: mention the words before it and after it separately, each as the archive has them. ';
  }
  return undefined;
}

/** Why an archived file is not text that can be read ({@link decode} could not): its format, by its first bytes, or its encoding. */
export function notText(bytes: Uint8Array, decoded: Exclude<ReturnType<typeof decode>, { kind: 'text' }>): M.ArchiveNotText {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return { format: 'pdf' };
  // A .docx or .odt (a zip file), or an old .doc (a compound file).
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0)) return { format: 'document' };
  if (decoded.kind === 'binary') return { format: 'binary' };
  if (decoded.utf16) return { utf16: true };
  return { byte: decoded.byte, ...decoded.place, ...(decoded.mixed && { mixed: true }) };
}

/** An archive as the verification reads it: see verifyQuotes. */
interface Readings {
  plain: string;
  joined: () => string;
  lineOf: (text: string) => number | undefined;
}

export interface QuoteStats {
  /** Articles whose archived text was found and read. */
  articles: number;
  /** Spans checked against it. */
  spans: number;
  /**
   * Articles with spans whose named archived file is not in the folder: not a problem (the archive
   * is private to the editor, so another machine may hold part of it or none), but not verified,
   * which `npm run check` says when the folder holds the texts of other articles. `instead`: a
   * file of the folder with a name near the one named, which no article names (its archive field
   * mistyped, or the text saved under another name), as shown in messages.
   */
  missing: { file: string; archive: string; instead?: string }[];
}

/**
 * What `npm run check` says of the articles whose spans it could not verify ({@link QuoteStats}'
 * `missing`), given the ones it named at the previous check (`earlier`, as `listed` was then;
 * undefined when not known): an editor who runs it after each edit is not shown the same list each
 * time, and stops reading it, but is shown at once an article that joins it (its archive field
 * mistyped, its text not copied). The articles not named at the previous check are listed, and the
 * others counted; when none is new, one line counts them all; `all` lists every one
 * (`npm run check -- --unverified`). `listed` is what to pass as `earlier` next time.
 */
export function unverifiedReport(missing: QuoteStats['missing'], earlier: readonly string[] | undefined, all = false): { line: string | undefined; listed: string[] } {
  const key = (m: QuoteStats['missing'][number]) => `${m.file}\n${m.archive}`;
  const listed = missing.map(key);
  if (missing.length === 0) return { line: undefined, listed };
  if (all) return { line: M.summaries.unverified(missing, 0, true), listed };
  const before = new Set(earlier ?? []);
  const fresh = missing.filter((m) => !before.has(key(m)));
  if (fresh.length === 0) return { line: M.summaries.unverifiedAgain(missing.length), listed };
  return { line: M.summaries.unverified(fresh, missing.length - fresh.length), listed };
}

/** A file's bytes; throws for a named pipe, a socket or a device, which reading would wait on without end. */
function readRegularFile(file: string): Buffer {
  if (!statSync(file).isFile()) throw new Error(`${file} is not a regular file`);
  return readFileSync(file);
}

/**
 * Checks the spans of every article that names an archived file present in `archiveDir`. When the
 * folder was `named` (rather than the default) and is not a folder, that is reported once, at the
 * first article with spans to verify.
 */
export function verifyQuotes(facts: readonly FileFacts[], root: string, archiveDir: string, named = false): { problems: Problem[]; stats: QuoteStats } {
  const problems: Problem[] = [];
  const stats: QuoteStats = { articles: 0, spans: 0, missing: [] };
  const base = path.resolve(root, archiveDir);
  if (named && !statSync(base, { throwIfNoEntry: false })?.isDirectory()) {
    const archived = facts.filter((f) => f.collection === 'articles' && f.archive && f.mentions.length > 0);
    const first = archived[0];
    if (first?.archive) {
      const shown = path.relative(root, base).split(path.sep).join('/') || '.';
      problems.push({ file: first.file, line: first.archive.line, column: first.archive.column, code: M.ArchiveFolderMissing.code, message: M.ArchiveFolderMissing.message(shown, archived.length - 1) });
    }
    return { problems, stats };
  }
  const texts = new Map<string, string | null>();
  /** The file names of `stats.missing`, in order. */
  const missingNames: string[] = [];
  /** The named files that are there, read or not (one that is not UTF-8 is reported as such). */
  const readable = new Set<string>();
  /**
   * Each archive as its readers see it ({@link markdownText}); then, made only when a span is not
   * in that either, with the words a line break divides with a hyphen marked, to be read whole or
   * with their hyphen ({@link withoutLineBreakHyphens}, {@link occursIn}), and the lines of the file,
   * to say where a span parts from it.
   */
  const plainTexts = new Map<string, Readings>();
  const plainOf = (name: string, text: string): Readings => {
    let readings = plainTexts.get(name);
    if (readings === undefined) {
      let decoded: ReturnType<typeof decode> | undefined;
      try {
        decoded = decode(readRegularFile(path.join(base, name)));
      } catch {
        decoded = undefined;
      }
      const raw = decoded?.kind === 'text' ? decoded.text : undefined;
      // A web page is read as its text (as the first reading has it), whose lines are not the file's.
      const html = raw !== undefined && isHtml(name, raw);
      let joined: string | undefined;
      let lines: ((text: string) => number | undefined) | undefined;
      readings = {
        plain: raw === undefined || html ? text : normaliseQuote(markdownText(raw)),
        joined: () => (joined ??= raw === undefined ? text : normaliseQuote(html ? withoutLineBreakHyphens(htmlText(raw), DIVIDED) : markdownText(withoutLineBreakHyphens(raw, DIVIDED)))),
        lineOf: (wanted) => (raw === undefined || html ? undefined : (lines ??= archiveLines(raw.replace(/\r\n?/g, '\n')))(wanted)),
      };
      plainTexts.set(name, readings);
    }
    return readings;
  };
  for (const f of facts) {
    if (f.collection !== 'articles' || !f.archive || f.mentions.length === 0) continue;
    const name = f.archive.name;
    // The schema allows only a bare file name; anything else is reported there, not read here.
    if (!/^[\w.-]+$/.test(name) || name === '.' || name === '..') continue;
    const shown = path.relative(root, path.join(base, name)).split(path.sep).join('/');
    let text = texts.get(name);
    if (text === undefined) {
      let bytes: Buffer | undefined;
      try {
        bytes = readRegularFile(path.join(base, name));
      } catch {
        bytes = undefined;
      }
      if (!bytes) text = null;
      else {
        readable.add(name);
        const decoded = decode(bytes);
        const html = decoded.kind === 'text' && isHtml(name, decoded.text);
        text = decoded.kind === 'text' ? normaliseQuote(html ? htmlText(decoded.text) : decoded.text) : null;
        // Not text, or no text at all (a file saved empty, or a web page saved without its article): one problem at the field, not one a span.
        const why = decoded.kind !== 'text' ? notText(bytes, decoded) : text!.trim() === '' ? { empty: decoded.text.trim() === '' ? ('file' as const) : ('markup' as const) } : undefined;
        if (why) {
          problems.push({ file: f.file, line: f.archive.line, column: f.archive.column, code: M.ArchiveUnreadable.code, message: M.ArchiveUnreadable.message(shown, why) });
          text = null;
        }
      }
      texts.set(name, text);
    }
    if (text === null) {
      if (!readable.has(name)) {
        stats.missing.push({ file: f.file, archive: shown });
        missingNames.push(name);
      }
      continue;
    }
    stats.articles++;
    for (const m of f.mentions) {
      stats.spans++;
      const span = normaliseQuote(m.text);
      if (span === '' || text.includes(span)) continue;
      const { plain, joined, lineOf } = plainOf(name, text);
      if (plain.includes(span) || occursIn(joined(), span)) continue;
      problems.push({
        file: f.file,
        line: m.line,
        column: m.column,
        code: M.SpanNotInArchive.code,
        message: M.SpanNotInArchive.message(shown, excerpt(m.text, 80), editorialMarks(span, joined()) ?? capitalsOnly(span, plain, lineOf) ?? divergence(span, [plain, joined().replaceAll(DIVIDED, '')], lineOf)),
      });
    }
  }
  // A missing file whose name is near that of a file no article names: the one meant, perhaps.
  if (stats.missing.length > 0) {
    let files: string[] = [];
    try {
      files = readdirSync(base);
    } catch {
      files = [];
    }
    const named = new Set(facts.flatMap((f) => (f.collection === 'articles' && f.archive ? [f.archive.name] : [])));
    const unnamed = files.filter((file) => !named.has(file));
    // Each missing name against every unnamed file cost their product (nearestEach).
    const near = unnamed.length > 0 ? nearestEach(missingNames, unnamed, 1) : [];
    stats.missing.forEach((missing, i) => {
      const instead = near[i]?.[0];
      if (instead !== undefined) missing.instead = path.relative(root, path.join(base, instead)).split(path.sep).join('/');
    });
  }
  return { problems, stats };
}
