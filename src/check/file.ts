/**
 * The checks of one record on its own: its encoding, its frontmatter or YAML, every field
 * against the content model, and the syntax of its claim mentions. What needs other files
 * (references, duplicates, unmentioned claims, archived quotes) is collected here as facts and
 * checked across the corpus in src/check/corpus.ts.
 *
 * `checkFile` is pure: text in, facts out. It never throws; an unexpected failure becomes an
 * `internal-error` problem on the file.
 */
import { isScalar, Scalar, type Node } from 'yaml';
import { aliasesSchema } from '../content.config.ts';
import { BIDI_CONTROLS, hiddenInName, hiddenInText, lookAlikeLetter, NONCHARACTERS, TEXT_FORBIDDEN, wordJoinerInName } from '../lib/characters.ts';
import { isRealOffset, OFFSET_RANGE, readWrittenDate, WRITTEN_DATE } from '../lib/dates.ts';
import { isId } from '../lib/ids.ts';
import { languageTagProblem } from '../lib/language-tag.ts';
import { distance } from 'fastest-levenshtein';
import { STANCES } from '../lib/mentions.ts';
import { collectionOfFields, EXTENSIONS, isMarkdown, schemaOf, singular, type CollectionName } from './collections.ts';
import { keyOffsets, locate, parseYaml, scalarSource, splitFrontmatter, type ParsedYaml } from './frontmatter.ts';
import { findBareImages, findHeadingIds, findMentions, findSiteLinks, MENTION_NAME, writtenAttributes } from './markdown.ts';
import * as M from './messages.ts';
import type { Problem } from './problem.ts';
import {
  article,
  enumValues,
  expected,
  fieldsOf,
  isDate,
  nodeAt,
  referenceOf,
  unwrap,
  type SchemaNode,
} from './schema.ts';
import { nearest, synonymOf, toId } from './suggest.ts';
import { decode, excerpt, LineIndex, type Place } from './text.ts';

export interface FileInput {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  collection: CollectionName;
  /** The record's id: its file name without the extension. */
  id: string;
  /** The file's bytes (or its text, in tests). */
  content: Uint8Array | string;
}

/** A reference from one record to another, where it is written. */
export interface Ref extends Place {
  /** The field, as shown to the editor: `outlet`, `contradicts (item 2)`. */
  field: string;
  collection: CollectionName;
  id: string;
}

export interface MentionFact extends Place {
  claim: string;
  /** Its stance (`asserts` when none is written). */
  stance?: string | undefined;
  /** The span's words. */
  text: string;
  /** The directive as written, shortened, to show the editor. */
  source: string;
}

/** What the corpus checks need to know about one file. Plain JSON, so it can be cached. */
export interface FileFacts {
  file: string;
  collection: CollectionName;
  id: string;
  problems: Problem[];
  refs: Ref[];
  aliases: (Place & { alias: string })[];
  mentions: MentionFact[];
  /**
   * Claims named by mentions that have a problem of their own (and are not published as
   * mentions): reported once, for the mention, and not again as a claim no article mentions.
   */
  named?: string[] | undefined;
  /**
   * True when the body was not read (a file too large, binary, not UTF-8 or unreadable, or a body
   * too dense or too deeply nested to parse): the claims it mentions are not known, so no claim is
   * reported as one that no article mentions, or none of its story's, until it can be read.
   */
  unread?: true | undefined;
  /** An article's HTML comments that hold claim mentions, left out of its page: where each starts, and the claims named. */
  commented?: (Place & { claims: string[] })[] | undefined;
  /** Links in the body (Markdown or raw HTML) to pages of this site, as written (`/claims/x/`, `../stories/y/#m-…`). */
  links: (Place & { url: string })[];
  /** The ids of the body's headings on its page (`h-…`), or null when they are not known (src/check/markdown.ts). */
  headings?: string[] | null;
  archive?: (Place & { name: string }) | undefined;
  /** An article's address (its `url` field), as written. */
  url?: (Place & { address: string }) | undefined;
  /** An outlet's owner (its `owner` field), as written. */
  owner?: (Place & { name: string }) | undefined;
  /** What names the record: an article's headline, a claim's statement, a story's title, an outlet's or entity's name. */
  title?: string | undefined;
  /** A claim's kind (`quote`: its story's claims page lists its quote drift too). */
  kind?: string | undefined;
  /**
   * The month an article is placed in on the month pages (`2026-06`, src/lib/archive.ts): that of
   * its publication date, else of the day it was added, in the offset written; `dated` when it has
   * a publication date. Unset when neither is a valid date. A story's: the month of its date, in
   * the offset written, when it has a valid one (else its oldest article's, which the corpus's
   * checks work out).
   */
  month?: string | undefined;
  dated?: boolean | undefined;
}

/** The offset of the line after the one `offset` is on (the text's length on its last line). */
const nextLine = (text: string, offset: number) => {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
};

/** The field that names a record of each collection (FileFacts' `title`). */
const TITLE_FIELD: Record<CollectionName, string> = { articles: 'headline', claims: 'statement', stories: 'title', outlets: 'name', entities: 'name' };

/**
 * The fields that name an outlet, a person or an organisation, where a letter of another alphabet
 * that looks like one of its word's own would let a name pass for another (look-alike): an
 * outlet's or entity's name, an entity's other names, an article's byline and an outlet's owner.
 * Headlines, statements and other text may quote anything.
 */
const NAME_FIELDS = new Set(['name', 'names', 'byline', 'owner']);

const TOP: Place = { line: 1, column: 1 };

/** A character a reader sees: not a space, a line break, or one of the invisible formatting characters (zero-width space, joiners, soft hyphen, BOM). */
const VISIBLE = /[^\s\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/u;

/** A claim mention written in a field's text, where no Markdown is read. */
const MENTION_IN_FIELD = /:claim\[[^\]\n]*\](?:\{[^}\n]*\})?/i;
const MENTION_START = /:claim\[/i;

/** A carriage return that no line feed follows: a line break for editors, YAML and Markdown, but not for Astro's frontmatter. */
const LONE_CR = /\r(?!\n)/;

/**
 * Field names that blogs' front matter, feeds and other tools use, by collection, with this model's
 * name for each (in lowercase: `pubDate` is `pubdate`). An unknown field so named suggests it.
 */
const SYNONYMS: Partial<Record<CollectionName, Record<string, string>>> = {
  articles: {
    title: 'headline',
    author: 'byline',
    authors: 'byline',
    by: 'byline',
    date: 'published',
    pubdate: 'published',
    publishedat: 'published',
    published_at: 'published',
    source: 'outlet',
    publisher: 'outlet',
    publication: 'outlet',
    link: 'url',
    tags: 'entities',
    description: 'summary',
    lang: 'language',
  },
  claims: { claim: 'statement', text: 'statement', title: 'statement', type: 'kind', said_by: 'speaker', tags: 'entities' },
  stories: { headline: 'title', name: 'title', description: 'summary', tags: 'entities' },
  outlets: { title: 'name', website: 'url', homepage: 'url', link: 'url' },
  entities: { title: 'name', type: 'kind', website: 'url', link: 'url', aka: 'names' },
};

/** Lists of records that name this one themselves (each article names its story), and what each mention says itself (its stance): not fields. */
const ELSEWHERE: Partial<Record<CollectionName, Record<string, 'story-articles' | 'article-claims' | 'story-claims' | 'article-stance' | 'claim-stance'>>> = {
  stories: { articles: 'story-articles', claims: 'story-claims' },
  // A stance is each mention's (`{#claim-id stance=quotes}`), never the article's or the claim's.
  articles: { claims: 'article-claims', stance: 'article-stance' },
  claims: { stance: 'claim-stance' },
};

/** A first field of each collection's records, to show what a field line looks like. */
const FIRST_FIELD: Record<CollectionName, string> = {
  outlets: 'name: Reuters',
  entities: 'name: Ines Alvarez',
  stories: 'title: The Harbour Bridge closes for repairs',
  articles: 'headline: Anthropic urges global pause',
  claims: 'statement: The bridge will reopen in March 2027',
};

const FIRST_FORBIDDEN = new RegExp(TEXT_FORBIDDEN.source);
const FIRST_BIDI = new RegExp(BIDI_CONTROLS.source);
const FIRST_NONCHARACTER = new RegExp(NONCHARACTERS.source);
/**
 * A bidirectional control in a body, as it is or as a numeric character reference (Markdown and
 * raw HTML both decode `&#x202E;` and `&#8238;` to the character); HTML names none of them.
 */
const BIDI_IN_BODY = new RegExp(String.raw`${BIDI_CONTROLS.source}|&#(?:[xX]0*(?:202[a-eA-E]|206[6-9])|0*(?:823[4-8]|829[4-7]));`, 'g');

/**
 * A character no page can carry in a body, as it is or as a numeric character reference to a C0
 * control or DEL: Markdown text turns such a reference into U+FFFD, but raw HTML decodes it
 * (`<p title="&#x1;">` put U+0001 on the page).
 */
const CONTROL_IN_BODY = new RegExp(String.raw`${TEXT_FORBIDDEN.source}|&#(?:[xX]0*(?:[1-8bBcCeEfF]|1[0-9a-fA-F]|7[fF])|0*(?:[1-8]|1[124-9]|2[0-9]|3[01]|127));`, 'g');

/**
 * The characters a reader cannot see that the checks refuse, each with how it is found in a
 * field's value and in a body (as it is, or as a character reference the page would decode).
 */
const UNSEEN = [
  { inField: FIRST_FORBIDDEN, inBody: CONTROL_IN_BODY, def: M.ControlCharacter },
  { inField: FIRST_BIDI, inBody: BIDI_IN_BODY, def: M.BidiControl },
  // As references they are not counted: Markdown turns one into U+FFFD, and so does rehype-valid-html in raw HTML.
  { inField: FIRST_NONCHARACTER, inBody: NONCHARACTERS, def: M.Noncharacter },
] as const;

/**
 * The most bytes a record may hold. The largest records of content/ are some 9 KB; reading
 * Markdown takes time and memory in proportion to its size (a 20 MB body took the checks 64 s
 * and 3.7 GB, and would take the build more), so a larger file is not read at all.
 */
export const MAX_FILE_BYTES = 1_000_000;

/** `1,232,190`: a number of bytes as the message shows it. */
const grouped = (bytes: number) => bytes.toLocaleString('en-US');

/**
 * How many of the characters `*`, `_`, `~`, `[` and `]` (not escaped) one block of a body (the text
 * between two blank lines) may hold. The Markdown parser's time grows with the square of their
 * number in a paragraph (micromark's emphasis, strikethrough and link resolution): a 100 KB line of `a*` took
 * minutes to check, and again to build. The records of content/ hold at most ten in a block.
 */
export const MAX_MARKERS = 1000;
const MARKERS = /(?<!\\)[*_~[\]]/g;

/** The first block of `text`, from `start`, with more than {@link MAX_MARKERS} markers: where it starts, and how many it holds. */
function denseBlock(text: string, start: number): { offset: number; count: number } | undefined {
  let offset = start;
  for (const part of text.slice(start).split(/(\n[ \t\r]*\n)/)) {
    const count = part.length > MAX_MARKERS ? (part.match(MARKERS)?.length ?? 0) : 0;
    if (count > MAX_MARKERS) return { offset: offset + (part.length - part.trimStart().length), count };
    offset += part.length;
  }
  return undefined;
}

/**
 * How deep a body may nest quotations, lists and HTML elements inside one another. The Markdown
 * pipeline walks its trees recursively: about 2,000 levels (`<div>` in `<div>`, `>` in `>`)
 * overflow the stack and fail the build with no place given, and some 6,000 fail the checks. The
 * records of content/ nest at most a few levels.
 */
export const MAX_DEPTH = 100;
/** The containers at the start of a line: quotation marks and list markers, with the spacing between them. */
const CONTAINERS = /^(?:[ \t]|>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))*/;
/** An HTML tag: an end tag, or a start tag and whether it closes itself. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*?)?(\/?)>/g;
/** Elements that never hold anything, so never nest. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * The first place in `text`, from `start`, where quotations, lists and HTML elements nest more
 * than {@link MAX_DEPTH} levels deep, with the depth there (an estimate). A line's containers count
 * one level each, and so do two columns of indentation besides the space after each marker, as a
 * nested list indents; HTML elements left open count until they are closed.
 */
function deepNesting(text: string, start: number): { offset: number; depth: number } | undefined {
  let open = 0;
  let offset = start;
  for (const line of text.slice(start).split('\n')) {
    const prefix = CONTAINERS.exec(line)![0];
    let containers = 0;
    let columns = 0;
    let afterMarker = false;
    for (const c of prefix) {
      if (c === ' ' || c === '\t') {
        // The space after a marker belongs to it; more is indentation.
        if (!afterMarker) columns += c === ' ' ? 1 : 4;
        afterMarker = false;
      } else if (c === '>' || c === '-' || c === '*' || c === '+' || c === '.' || c === ')') {
        containers++;
        afterMarker = true;
      }
    }
    const own = containers + Math.floor(columns / 2);
    if (own + open > MAX_DEPTH) return { offset, depth: own + open };
    if (line.includes('<')) {
      for (const m of line.matchAll(TAG)) {
        if (m[3] === '/' || VOID.has(m[2]!.toLowerCase())) continue;
        open = m[1] === '/' ? Math.max(0, open - 1) : open + 1;
        if (own + open > MAX_DEPTH) return { offset: offset + m.index, depth: own + open };
      }
    }
    offset += line.length + 1;
  }
  return undefined;
}

/** The character a match of {@link BIDI_IN_BODY} or {@link CONTROL_IN_BODY} stands for. */
function referencedCharacter(match: string): string {
  if (!match.startsWith('&#')) return match;
  const digits = match.slice(2, -1);
  return String.fromCodePoint(/^[xX]/.test(digits) ? Number.parseInt(digits.slice(1), 16) : Number.parseInt(digits, 10));
}

/** YAML's escapes between double quotes that stand for one character (`\x07`, `\v`, `\N`), with what they stand for. */
const ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0abtnvfreN_LP\\"/ ]))/g;
const NAMED_ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };

/**
 * The offset of the first character no page can carry (or of `pattern`: a bidirectional control)
 * in `yaml` between `start` and `end` (a value's source), written as it is or as an escape;
 * undefined when there is none.
 */
function forbiddenIn(yaml: string, start: number, end: number, pattern: RegExp = FIRST_FORBIDDEN): number | undefined {
  const source = yaml.slice(start, end);
  const raw = pattern.exec(source);
  let first = raw?.index;
  if (source.startsWith('"')) {
    for (const m of source.matchAll(ESCAPE)) {
      if (first !== undefined && m.index > first) break;
      const hex = m[1] ?? m[2] ?? m[3];
      // `\\`, `\"`, `\/` and `\ ` stand for themselves, and are skipped so that `\\x07` is not read as an escape.
      const char = hex === undefined ? NAMED_ESCAPES[m[4]!] : String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff));
      if (char !== undefined && pattern.test(char)) {
        first = m.index;
        break;
      }
    }
  }
  return first === undefined ? undefined : start + first;
}

/** `U+000B`: how a character is named when it cannot be shown. */
function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why a claim mention's span or id was not read, though written, from the directive's source and
 * the text after it: nothing at all after `:claim` (neither span nor id), a space between `:claim`
 * and `[`, a span whose `]` Markdown does not find (unclosed, or past a `|` that ends a table cell
 * or a blank line), a `]` in the words that closes the span early (`:claim[a ] b]{#id}`), a space
 * between `]` and `{`, an id in parentheses (`:claim[words](#id)`), a `{` whose `}` it does not find on the line, or attributes it cannot read
 * (`{#}`, `{# id}`, `stance=` without a value), among them an id between quotation marks (`{#"id"}`).
 */
function unreadPart(source: string, after: string): M.UnreadPart | undefined {
  if (source === ':claim') {
    if (/^[ \t]+\[/.test(after)) return 'space-before-span';
    if (after.startsWith('[')) return 'unclosed-span';
    // Neither span nor attributes: one mistake, not an empty span and a missing id.
    return 'bare';
  }
  if (!source.endsWith(']')) return undefined;
  if (/^[ \t]+\{/.test(after)) return 'space-before-id';
  if (/^\(\{?#/.test(after)) return 'parenthesised-id';
  // `］｛#id｝`: braces typed on a Chinese or Japanese keyboard, which Markdown does not read.
  if (/^\uFF5B/.test(after)) return 'wide-braces';
  // A ] in the words closes the span there: the rest of the span, its ] and the id follow, with no [ between.
  if (/^[^[\]\n]*\]\{/.test(after)) return 'early-close';
  if (!after.startsWith('{')) return undefined;
  // `{#bridge-closed.}`: the sentence's full stop typed inside the braces.
  if (PUNCTUATED_ID.test(after)) return 'punctuated-id';
  // `{#bridge-closed stance=quotes}` with a no-break space between the two, as a word processor puts.
  if (/^\{[^}\n]*[\u00A0\u2000-\u200A\u202F\u205F\u3000]/.test(after)) return 'odd-space-in-id';
  // `{#"bridge-closed"}`: the id quoted, as a value after = may be.
  if (/^\{[^}\n]*#[ \t]*["'\u201C\u2018]/.test(after)) return 'quoted-id';
  return after.includes('}') ? 'unreadable-id' : 'unclosed-id';
}

/** Attributes whose id is followed by punctuation (`{#bridge-closed.}`, `{#bridge-closed. stance=quotes}`); group 1 is the id. */
const PUNCTUATED_ID = /^\{[ \t]*#([a-z0-9]+(?:-[a-z0-9]+)*)[.,;:!?…]+(?:[ \t]+stance=[^\s}]*)?[ \t]*\}/;

/** The claim a path, an address or a file name names (`claims/pause-is-unilateral.md`, `/claims/pause-is-unilateral/`): its last part, without `.md`. */
const claimIdIn = (written: string) => written.replace(/\/+$/, '').replace(/^.*\//, '').replace(/\.md$/i, '');

/**
 * The attributes a claim mention with attributes it does not take was meant to have, written as
 * they should be (`{#pause-is-unilateral stance=quotes}`), when those written are a near miss of
 * them: an id with a dot (`#pause-is-unilateral.md`, read as a class), an id with spaces
 * (`#pause is unilateral`, read as attributes of their own), a stance without `stance=`
 * (`{#pause-is-unilateral quotes}`), or the id given as another attribute (`{claim=…}`).
 * Undefined when the attributes are not such a near miss (`{#id .highlight style="…"}`).
 */
export function meantAttributes(source: string, attrs: Record<string, string | null | undefined>): string | undefined {
  let id = typeof attrs.id === 'string' && attrs.id !== '' ? attrs.id : undefined;
  let stance = attrs.stance ?? undefined;
  // A path or an address after the # (`#claims/x.md`, `#https://site.org/claims/x/`), whose dots Markdown reads as classes: the claim is its last part.
  const path = /\{[^}]*#([^\s}]*\/[^\s}]*)/.exec(source)?.[1];
  if (path !== undefined && isId(toId(claimIdIn(path)))) {
    const known = typeof stance === 'string' && (STANCES as readonly string[]).includes(stance) && stance !== 'asserts' ? ` stance=${stance}` : '';
    return `{#${toId(claimIdIn(path))}${known}}`;
  }
  const words: string[] = [];
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'id' || key === 'stance') continue;
    // `stance: quotes` or `stance:quotes`, as YAML writes a field: the colon stands for =.
    const colon = /^stance:(\w*)$/i.exec(key);
    if (colon && (value === '' || value === null || value === undefined)) {
      if (colon[1] && (STANCES as readonly string[]).includes(colon[1].toLowerCase())) stance ??= colon[1].toLowerCase();
      continue;
    }
    // `stanse=quotes`, `Stance=quotes`: the stance, misspelt or in capitals, with a stance for its value.
    const near = key.toLowerCase();
    if (near !== key || (near !== 'stance' && near.length >= 4 && distance(near, 'stance') <= 2)) {
      const written = typeof value === 'string' ? value.toLowerCase() : '';
      if ((near === 'stance' || distance(near, 'stance') <= 2) && (STANCES as readonly string[]).includes(written)) {
        // A second stance (`stance=quotes Stance=disputes`): given twice, reported as such.
        if (stance !== undefined && stance !== written) return undefined;
        stance = written;
        continue;
      }
    }
    if (key === 'class') {
      // `#id.md` or `#id.more.words`: the dot ends the id, and the rest is read as classes.
      if (id === undefined || !source.includes(`#${id}.`)) return undefined;
      const classes = (value ?? '').split(' ').filter((c) => c !== '');
      if (!(classes.length === 1 && classes[0]!.toLowerCase() === 'md')) words.push(...classes);
    } else if (value === '' || value === null || value === undefined) {
      if ((STANCES as readonly string[]).includes(key.toLowerCase())) {
        // A second stance (`stance=quotes disputes`) is no more of the id: given twice, reported as such.
        if (stance !== undefined) return undefined;
        stance = key.toLowerCase();
      }
      else if (id !== undefined) words.push(key);
      else return undefined;
    } else if (id === undefined) {
      // `{claim=pause-is-unilateral}`, `{ref=…}`: the id written as another attribute.
      id = value.replace(/^#/, '');
    } else {
      return undefined;
    }
  }
  if (id === undefined) return undefined;
  const meant = toId([claimIdIn(id), ...words].join('-'));
  if (!isId(meant)) return undefined;
  return `{#${meant}${stance !== undefined && stance !== 'asserts' ? ` stance=${stance}` : ''}}`;
}

/**
 * The words written after a claim mention's id with a space between (`{#bridge-closed foo}`,
 * `{#pause is unilateral}`), which Markdown reads as attributes of their own, with no value: as
 * written, where the first stands in the source, and the mention without them
 * (`{#bridge-closed}`). Undefined when there are none, or when the id is not one without them.
 * A stance without `stance=` (`{#id quotes}`) is not such a word.
 */
export function wordsAfterId(source: string, attrs: Record<string, string | null | undefined>): { words: string[]; index: number; without: string } | undefined {
  const id = typeof attrs.id === 'string' ? toId(claimIdIn(attrs.id)) : '';
  if (!isId(id) || attrs.class !== undefined) return undefined;
  const written = writtenAttributes(source);
  const stanceWord = written.find((a) => !a.text.includes('=') && (STANCES as readonly string[]).includes(a.key.toLowerCase()))?.key.toLowerCase();
  const words = written.filter((a) => a.key !== 'id' && a.key !== 'stance' && !a.text.includes('=') && !/^stance:/i.test(a.key) && a.key.toLowerCase() !== stanceWord);
  const idAt = written.find((a) => a.key === 'id')?.index ?? Infinity;
  if (words.length === 0 || words.some((w) => w.index < idAt || /[^\p{L}\p{N}_-]/u.test(w.text))) return undefined;
  const stance = typeof attrs.stance === 'string' && (STANCES as readonly string[]).includes(attrs.stance) ? attrs.stance : stanceWord;
  return { words: words.map((w) => w.text), index: words[0]!.index, without: `{#${id}${stance !== undefined && stance !== 'asserts' ? ` stance=${stance}` : ''}}` };
}

export function checkFile(input: FileInput): FileFacts {
  const facts: FileFacts = { file: input.file, collection: input.collection, id: input.id, problems: [], refs: [], aliases: [], mentions: [], links: [] };
  try {
    read(input, facts);
    facts.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  } catch (error) {
    facts.problems.push({
      file: input.file,
      ...TOP,
      code: M.InternalError.code,
      message: M.InternalError.message(error instanceof Error ? error.message : String(error)),
    });
  }
  return facts;
}

function read(input: FileInput, facts: FileFacts): void {
  const report = (place: Place, code: M.Code, message: string): void => {
    facts.problems.push({ file: input.file, line: place.line, column: place.column, code, message });
  };

  const size = typeof input.content === 'string' ? new TextEncoder().encode(input.content).length : input.content.length;
  // Not read: what the file holds is not known (FileFacts.unread).
  if (size > MAX_FILE_BYTES) facts.unread = true;
  if (size > MAX_FILE_BYTES) return report(TOP, M.FileTooLarge.code, M.FileTooLarge.message(grouped(size), grouped(MAX_FILE_BYTES)));

  let text: string;
  if (typeof input.content === 'string') {
    text = input.content.charCodeAt(0) === 0xfeff ? input.content.slice(1) : input.content;
  } else {
    const decoded = decode(input.content);
    if (decoded.kind !== 'text') facts.unread = true;
    if (decoded.kind === 'binary') return report(decoded.place, M.BinaryFile.code, M.BinaryFile.message());
    if (decoded.kind === 'not-utf8') return report(decoded.place, M.NotUtf8.code, M.NotUtf8.message(decoded.byte, decoded.utf16, decoded.mixed, decoded.surrogate));
    text = decoded.text;
  }
  // A carriage return alone ends a line in an editor, in YAML and in Markdown, but not for Astro,
  // which finds the frontmatter's --- lines by their line feeds: reported once, and read as a line
  // break here, so that the other problems are reported where editors show them.
  const loneCr = text.includes('\r') ? text.search(LONE_CR) : -1;
  if (loneCr !== -1) text = text.replace(new RegExp(LONE_CR.source, 'g'), '\n');
  const lines = new LineIndex(text);
  if (loneCr !== -1) report(lines.place(loneCr), M.LoneCarriageReturn.code, M.LoneCarriageReturn.message());
  const markdown = isMarkdown(input.collection);

  let yaml: string | undefined;
  let yamlStart = 0;
  if (markdown) {
    const split = splitFrontmatter(text);
    if (split.kind === 'ok') {
      yaml = split.yaml;
      yamlStart = split.yamlStart;
    } else if (split.kind === 'missing') {
      report(TOP, M.FrontmatterMissing.code, M.FrontmatterMissing.message(split.variant, split.first));
    } else {
      report(split.at ? lines.place(split.at.offset) : TOP, M.FrontmatterUnclosed.code, M.FrontmatterUnclosed.message(split.at?.line, split.at?.text));
    }
  } else {
    yaml = text;
  }
  // Unseen characters in the body, written or as references (those of the frontmatter are found in its values below).
  if (markdown && yaml !== undefined) {
    const bodyStart = yamlStart + yaml.length;
    const body = text.slice(bodyStart);
    for (const kind of UNSEEN) {
      let lastLine = 0;
      for (const m of body.matchAll(kind.inBody)) {
        const place = lines.place(bodyStart + m.index);
        if (place.line === lastLine) continue;
        lastLine = place.line;
        report(place, kind.def.code, kind.def.message(codePoint(referencedCharacter(m[0])), undefined));
      }
    }
  }

  // A second set of fields right after the first (a scaffold pasted twice, two records merged):
  // Markdown reads its --- lines as a rule and a heading's underline, and publishes the fields as text.
  /** Fields closed out by a stray `---` among them: reported once, at that line, and not also as missing. */
  let closedOut: { fields: string[] } | undefined;
  if (markdown && yaml !== undefined) {
    const second = fieldsInBody(text, nextLine(text, yamlStart + yaml.length), fieldNamesOf(input.collection));
    if (second) report(lines.place(second.offset), M.FieldsInBody.code, M.FieldsInBody.message(second.fields));
    const after = second ? undefined : fieldsAfterClose(text, nextLine(text, yamlStart + yaml.length), fieldNamesOf(input.collection));
    if (after) {
      closedOut = after;
      report(lines.place(yamlStart + yaml.length), M.FieldsInBody.code, M.FieldsInBody.closedEarly(after.fields, lines.place(after.closing).line, yaml.trim() === ''));
    }
  }

  // The note `npm run new` writes in a scaffold's fields when its text may be a copy of another
  // article (`# via: this text looks like articles/x.md …`): left there with no via, the copy counts
  // as an outlet of its own, and a claim the two carry as corroborated. A notice: it may be no copy.
  if (input.collection === 'articles' && yaml !== undefined && !/^via[ \t]*:/m.test(yaml)) {
    const note = /^#[ \t]*via:[ \t]*(.*)$/m.exec(yaml);
    if (note) {
      const copyOf = /^this text looks like articles\/([a-z0-9-]+)\.md\b/.exec(note[1]!)?.[1];
      report(lines.place(yamlStart + note.index), M.ScaffoldVia.code, M.ScaffoldVia.message(copyOf));
    }
  }

  // The checklist `npm run new` puts in a scaffold (scripts/lib/import/scaffold.ts) holds passages
  // of the article: a record keeps only those it quotes.
  if (input.collection === 'articles' && yaml !== undefined) {
    const bodyStart = yamlStart + yaml.length;
    const checklist = /<!--\s*TO DO: our record of the article\b[^]*?(?:-->|$)/.exec(text.slice(bodyStart));
    if (checklist) {
      const passages = checklist[0].match(/^ *\[ \] (?:¶\d+|line \d+) /gm)?.length ?? 0;
      report(lines.place(bodyStart + checklist.index), M.ScaffoldChecklist.code, M.ScaffoldChecklist.message(passages));
    } else {
      // The body is our record of the article (docs/authoring.md): without one, the page shows an
      // empty record and the article carries no claim. Comments are not shown on the page.
      const body = text.slice(nextLine(text, bodyStart));
      const shown = body.replace(/<!--[^]*?(?:-->|$)/g, '');
      if (!VISIBLE.test(shown)) report(lines.place(bodyStart), M.EmptyBody.code, M.EmptyBody.message(shown.length !== body.length));
    }
  }

  if (yaml !== undefined) {
    const parsed = parseYaml(yaml);
    const at = (offset: number) => lines.place(yamlStart + offset);
    if (parsed.error) {
      reportYamlError(parsed, at, report, yaml, fieldNamesOf(input.collection));
    } else {
      // Fields a stray --- closed out are written, below it: not also missing, nor the record without any.
      const missing = (message: string) => closedOut?.fields.some((f) => message.startsWith(`Missing field ${JSON.stringify(f)}`));
      const dataReport: Report = closedOut ? (place, code, message) => (code === M.NotAMapping.code || (code === M.MissingField.code && missing(message)) ? undefined : report(place, code, message)) : report;
      checkData(input, facts, parsed, yaml, at, dataReport, markdown);
    }
  }

  // A body too dense with markers for the Markdown parser is not parsed at all (it would stall),
  // nor one nested too deep for it (its stack would overflow).
  const bodyStart = yaml === undefined ? 0 : yamlStart + yaml.length;
  const denseOnly = markdown ? denseBlock(text, bodyStart) : undefined;
  if (denseOnly) report(lines.place(denseOnly.offset), M.DenseMarkup.code, M.DenseMarkup.message(denseOnly.count, MAX_MARKERS));
  const deep = markdown ? deepNesting(text, bodyStart) : undefined;
  if (deep) report(lines.place(deep.offset), M.DeepNesting.code, M.DeepNesting.message(deep.depth, MAX_DEPTH));
  const dense = denseOnly ?? deep;
  if (dense) facts.unread = true;

  if (markdown && !dense) {
    const found = findMentions(text);
    const reported = new Set<string>();
    for (const p of found.problems) {
      const key = `${p.code}@${p.start.offset}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const source = excerpt(p.source, 100);
      const attrs = p.attributes;
      if (typeof attrs.id === 'string' && attrs.id !== '' && !(facts.named ??= []).includes(attrs.id)) facts.named.push(attrs.id);
      const place = { line: p.start.line, column: p.start.column };
      // A span or an id that Markdown did not read as one, though written: one problem, saying why.
      const end = p.start.offset + p.source.length;
      const cause = p.code === 'mention-missing-id' || p.code === 'mention-empty' ? unreadPart(p.source, text.slice(end, end + 2000).split('\n')[0]!) : undefined;
      if (cause) {
        // As written, up to the } that closes the attributes not read, when there is one: not the rest of the line.
        const close = cause === 'unreadable-id' || cause === 'odd-space-in-id' || cause === 'quoted-id' ? text.indexOf('}', end) : cause === 'wide-braces' ? text.indexOf('\uFF5D', end) : -1;
        const written = text.slice(p.start.offset, close === -1 ? end + 100 : close + 1).split('\n')[0]!;
        if (!reported.has(`unread@${p.start.offset}`)) report(place, M.MentionMissingId.code, M.MentionMissingId.message(excerpt(written, 100), cause));
        reported.add(`unread@${p.start.offset}`);
        // The claim it names is plain to see: not also reported as mentioned nowhere.
        // The first id written after it, before another mention starts: `{#id}` after a space, a stray ] or a span never closed, `(#id)`, `｛#id｝`.
        const after = text.slice(end, end + 2000).split(`:${MENTION_NAME}[`)[0]!;
        const punctuated = cause === 'bare' ? undefined : /[{\uFF5B(]\{?[^\S\n]*#[^\S\n]*["'\u201C\u2018]?([a-z0-9]+(?:-[a-z0-9]+)*)/.exec(after)?.[1];
        if (punctuated !== undefined && !(facts.named ??= []).includes(punctuated)) facts.named.push(punctuated);
        continue;
      }
      // `:claim{#id}[words]`: the id is read, and the span after it is not.
      if (p.code === 'mention-empty' && /^:claim\{[^}]*\}$/.test(p.source) && text[end] === '[') {
        report(place, M.MentionEmpty.code, M.MentionEmpty.message(excerpt(text.slice(p.start.offset, end + 100).split('\n')[0]!, 100), true));
        continue;
      }
      switch (p.code) {
        case 'mention-missing-id':
          // The id written as another attribute (`{claim=…}`) is one mistake, reported with the attribute.
          if (!meantAttributes(p.source, attrs)) report(place, M.MentionMissingId.code, M.MentionMissingId.message(source));
          break;
        case 'mention-bad-id': {
          // Attributes it does not take that say what was meant are one mistake, reported with them.
          if (Object.keys(attrs).some((k) => k !== 'id' && k !== 'stance') && meantAttributes(p.source, attrs)) break;
          const id = String(attrs.id ?? '');
          // A path or a file name (`claims/pause-is-unilateral.md`) names the claim by its last part.
          const fixed = toId(claimIdIn(id));
          report(place, M.MentionBadId.code, M.MentionBadId.message(id, fixed && fixed !== id ? [fixed] : [], source));
          // The claim meant (`#bridge-closed,`): not also reported as mentioned nowhere.
          if (fixed && fixed !== id && !facts.named!.includes(fixed)) facts.named!.push(fixed);
          break;
        }
        case 'mention-unknown-attribute': {
          // Two stances (`stance=quotes disputes`, `quotes disputes`, `stance=quotes Stance=disputes`): the stance given twice.
          const stances = writtenAttributes(p.source).filter((a) => /^stance$/i.test(a.key) || (!a.text.includes('=') && (STANCES as readonly string[]).includes(a.key.toLowerCase())));
          if (stances.length > 1) {
            report(place, M.MentionRepeatedAttribute.code, M.MentionRepeatedAttribute.message(['stance'], source));
            break;
          }
          const meant = meantAttributes(p.source, attrs);
          const spaced = meant ? wordsAfterId(p.source, attrs) : undefined;
          if (spaced) {
            // `{#bridge-closed foo}`: the words may be more of the id, or stray: both, at the first word.
            const at = lines.place(p.start.offset + spaced.index);
            report(at, M.MentionUnknownAttribute.code, M.MentionUnknownAttribute.spaced(spaced.words, spaced.without, meant!, source));
            break;
          }
          if (meant) {
            // The claim meant (`{claim=id}`, `{#claims/id.md}`): not also reported as mentioned nowhere.
            const id = /^\{#([a-z0-9]+(?:-[a-z0-9]+)*)/.exec(meant)?.[1];
            if (id !== undefined && !(facts.named ??= []).includes(id)) facts.named.push(id);
            report(place, M.MentionUnknownAttribute.code, M.MentionUnknownAttribute.message([], STANCES, source, meant));
            break;
          }
          // Named as written (`.highlight`, `style="color:red"`), at the first of them, with what to write instead.
          const written = writtenAttributes(p.source).filter((a) => a.key !== 'id' && a.key !== 'stance');
          const unknown = written.length > 0 ? written.map((a) => excerpt(a.text, 40)) : Object.keys(attrs).filter((k) => k !== 'id' && k !== 'stance');
          const id = typeof attrs.id === 'string' && isId(attrs.id) ? attrs.id : undefined;
          const stance = typeof attrs.stance === 'string' && attrs.stance !== 'asserts' && (STANCES as readonly string[]).includes(attrs.stance) ? ` stance=${attrs.stance}` : '';
          const at = written[0] ? lines.place(p.start.offset + written[0].index) : place;
          report(at, M.MentionUnknownAttribute.code, M.MentionUnknownAttribute.message(unknown, STANCES, source, undefined, id ? `{#${id}${stance}}` : undefined));
          break;
        }
        case 'mention-bad-stance': {
          const stance = String(attrs.stance ?? '');
          report(place, M.MentionBadStance.code, M.MentionBadStance.message(stance, STANCES, nearest(stance, STANCES, 1), source));
          break;
        }
        case 'mention-empty':
          report(place, M.MentionEmpty.code, M.MentionEmpty.message(source));
          break;
        case 'mention-nested':
          report(place, M.MentionNested.code, M.MentionNested.message(source));
          break;
        case 'mention-in-link':
          report(place, M.MentionInLink.code, M.MentionInLink.message(source));
          break;
        case 'mention-holds-link':
          report(place, M.MentionInLink.code, M.MentionInLink.message(source, true));
          break;
        case 'mention-holds-block':
          report(place, M.MentionHoldsBlock.code, M.MentionHoldsBlock.message(source));
          break;
        case 'mention-not-inline':
          report(place, M.MentionNotInline.code, M.MentionNotInline.message(source));
          break;
      }
    }
    for (const r of found.repeats) {
      report({ line: r.start.line, column: r.start.column }, M.MentionRepeatedAttribute.code, M.MentionRepeatedAttribute.message(r.keys, excerpt(r.source, 100)));
    }
    for (const l of found.lookalikes) {
      report({ line: l.start.line, column: l.start.column }, M.MentionNotRead.code, M.MentionNotRead.message(excerpt(l.source, 100), l.kind));
      // The claim it names is plain to see: not also reported as mentioned nowhere (the one problem is here).
      const id = /\{[^}\n]*?#([a-z0-9]+(?:-[a-z0-9]+)*)/.exec(l.source)?.[1];
      if (id !== undefined && !(facts.named ??= []).includes(id)) facts.named.push(id);
    }
    for (const m of found.mentions) {
      // `:claim[words]{#a}{#b}`: the second {…} is text to Markdown, published as written.
      const second = /^[ \t]*\{[^}\n]*(?:#|stance)[^}\n]*\}/.exec(text.slice(m.end.offset, m.end.offset + 1000));
      if (second) {
        report({ line: m.start.line, column: m.start.column }, M.MentionRepeatedAttribute.code, M.MentionRepeatedAttribute.message([], excerpt(text.slice(m.start.offset, m.end.offset + second[0].length), 100), true));
      }
      // A stance counts only in an article (the claim page gathers the articles'): in a story's or a claim's notes it only styles the link.
      if ((input.collection === 'stories' || input.collection === 'claims') && m.stance !== undefined && m.stance !== 'asserts') {
        report({ line: m.start.line, column: m.start.column }, M.MentionStanceOutsideArticle.code, M.MentionStanceOutsideArticle.message(m.stance, input.collection === 'stories' ? 'story' : 'claim', excerpt(text.slice(m.start.offset, m.end.offset), 100)));
      }
      facts.mentions.push({
        claim: m.claim,
        stance: m.stance,
        text: m.text,
        line: m.start.line,
        column: m.start.column,
        source: excerpt(text.slice(m.start.offset, m.end.offset), 100),
      });
    }
    if (input.collection === 'articles' && found.commented.length > 0) facts.commented = found.commented.map((c) => ({ line: c.start.line, column: c.start.column, claims: c.claims }));
    for (const l of findSiteLinks(text)) facts.links.push({ url: l.url, line: l.start.line, column: l.start.column });
    for (const image of findBareImages(text)) {
      // Raw HTML in a mention's span that is not formatting the page keeps is shown as written (remark-claim-mentions): `<img>` there is text.
      if (image.html && found.mentions.some((m) => image.start.offset >= m.start.offset && image.start.offset < m.end.offset)) continue;
      report({ line: image.start.line, column: image.start.column }, M.ImageWithoutDescription.code, M.ImageWithoutDescription.message(excerpt(image.source, 100), image.html));
    }
    facts.headings = found.headings !== undefined ? found.headings : findHeadingIds(text, bodyStart);
  } else if (markdown) {
    facts.headings = null;
  }
}

type Report = (place: Place, code: M.Code, message: string) => void;

/** Plain-sentence advice for the YAML errors editors run into. */
const YAML_ADVICE: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'A value that contains ": " must be put in double quotes, as in headline: "Anthropic: a pause".',
  MULTILINE_IMPLICIT_KEY: 'A key and its value start on the same line; a long value continues on lines indented below it, or goes in double quotes.',
  BAD_INDENT: 'Check the indentation: fields of one group line up, and list items ("- ") sit under their key.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  MISSING_CHAR: 'Close it, or put the whole value in double quotes and write any double quote inside it as \\".',
  BAD_SCALAR_START: 'A value cannot start with this character unquoted: put the whole value in double quotes.',
  UNEXPECTED_TOKEN: 'Put the value in double quotes, and escape any double quotes inside it as \\".',
  BAD_DQ_ESCAPE: 'Inside double quotes a backslash starts an escape: write \\\\ for a backslash, or use single quotes.',
  MULTIPLE_DOCS: 'A record has one set of fields: remove that line, and put another record in a file of its own.',
  MULTIPLE_ANCHORS: 'Remove the extra & anchor.',
  BAD_ALIAS: 'A value that starts with * must be put in double quotes.',
  TAG_RESOLVE_FAILED: 'A value that starts with ! must be put in double quotes.',
  SELF_MERGE: 'To bring in the fields of another group, name that one after the * (set above it, outside this group, with &name); else remove this line.',
  BAD_MERGE: 'Write <<: *name, where &name is set above it on a group of indented fields (base: &name), or write the fields out, one per line, and remove this line.',
};
const DEFAULT_ADVICE = 'Put the value in double quotes, and check the indentation of the lines around it.';

/**
 * A line YAML cannot place, read from the line itself: a field with no space after its colon
 * (`country:UK`, read as a name alone), or the first line of a value started with `>` or `|` that
 * is not indented under its field.
 */
function lineMistakeAt(yaml: string, offset: number, names: ReadonlySet<string>): { offset: number; reason: string; advice: string } | undefined {
  const start = yaml.lastIndexOf('\n', Math.min(offset, yaml.length) - 1) + 1;
  const end = yaml.indexOf('\n', start) === -1 ? yaml.length : yaml.indexOf('\n', start);
  const line = yaml.slice(start, end).replace(/\r$/, '');
  const glued = /^([ \t]*)([A-Za-z_][\w-]*):(?=[^\s:/])/.exec(line);
  if (glued && names.has(glued[2]!)) {
    const colon = start + glued[0].length - 1;
    return {
      offset: colon,
      reason: `there is no space after the colon of the field "${glued[2]}", so YAML reads the whole line as a name`,
      advice: `Put a space after the colon, as in ${glued[2]}: ${excerpt(line.slice(glued[0].length).trim(), 40)}.`,
    };
  }
  const before = yaml.slice(0, Math.max(0, start - 1)).replace(/\r$/, '');
  const header = /:[ \t]*([|>])[-+0-9]*[ \t]*$/.exec(before.slice(before.lastIndexOf('\n') + 1));
  if (header && /^\S/.test(line)) {
    return {
      offset: start,
      reason: `the text of the value that starts with ${header[1]} on the line above is not indented, so YAML does not read it as that value`,
      advice: 'Indent each of its lines with two spaces under the field.',
    };
  }
  return undefined;
}

/**
 * A field's colon inside quotation marks, on the line YAML gave up on: `"outlet:" wire`, where
 * the name and its colon are quoted, or `"outlet: wire"`, the whole line. YAML reads either as
 * a text, and finds no field.
 */
function quotedColonAt(yaml: string, offset: number): { offset: number; reason: string; advice: string } | undefined {
  const start = yaml.lastIndexOf('\n', Math.min(offset, yaml.length) - 1) + 1;
  // The line YAML gave up on, or, for a whole line in quotation marks at the top, the one before it.
  const here = quotedColonOn(yaml, start);
  return here ?? (start > 0 ? quotedColonOn(yaml, yaml.lastIndexOf('\n', start - 2) + 1, true) : undefined);
}

function quotedColonOn(yaml: string, start: number, whole = false): { offset: number; reason: string; advice: string } | undefined {
  // The value as the line to write shows it: whole, or … when it is long (a cut value would be copied as it is).
  const short = (value: string) => (value.length <= 40 ? value : '…');
  const end = yaml.indexOf('\n', start) === -1 ? yaml.length : yaml.indexOf('\n', start);
  const line = yaml.slice(start, end).replace(/\r$/, '');
  // `"headline: Bridge closed`: a quotation mark before the name, closed nowhere on the line.
  const open = /^([ \t]*)(["'])([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
  if (!whole && open && !open[4]!.includes(open[2]!)) {
    return {
      offset: start + open[1]!.length,
      reason: `a quotation mark before the field name "${open[3]}" is never closed on its line, so YAML reads the lines after it as more of a text`,
      advice: `Remove it, or put the quotation marks around the value alone, after the colon: ${open[3]}: "${short(open[4]!)}".`,
    };
  }
  const m = /^([ \t]*)(["'])([A-Za-z_][\w-]*)[ \t]*:([^"'\n]*)\2[ \t]*(.*)$/.exec(line);
  if (!m) return undefined;
  const [, lead, , name, inside, after] = m as unknown as [string, string, string, string, string, string];
  if (!whole && inside.trim() === '' && after !== '' && !after.startsWith(':') && !after.startsWith('#')) {
    return {
      offset: start + lead.length,
      reason: `the colon after the field name "${name}" is inside the quotation marks, so YAML reads "${name}:" as a text, with no field`,
      advice: `Put the colon after the closing quotation mark, or write the line without them: ${name}: ${short(after)}.`,
    };
  }
  if (inside.trim() !== '' && after === '') {
    return {
      offset: start + lead.length,
      reason: `the whole line is in quotation marks, so YAML reads it as a text, not as the field "${name}"`,
      advice: `Put the quotation marks around the value alone, after the colon, or leave them out: ${name}: ${short(inside.trim())}.`,
    };
  }
  return undefined;
}

/** The line of `yaml` that `offset` is on, without its line break. */
/**
 * The dashes and bullets a word processor puts for the hyphen that starts a list item (`– item`,
 * `• item`), at the start of a line, with the space after it: YAML reads such a line as text.
 */
const ITEM_DASH = /^([ \t]*)([\u2010-\u2015\u2212\u2022\u2023\u2043\u2219\u25CF\u25E6\u00B7\uFE58\uFE63\uFF0D])[ \t\u00A0]+(\S[^\n]*?)\r?$/m;
const DASH_NAMES: Record<string, string> = { '\u2013': 'an en dash', '\u2014': 'an em dash', '\u2022': 'a bullet', '\u2212': 'a minus sign', '\u00B7': 'a middle dot' };

/**
 * The first line of `text` that starts with a dash or a bullet for a list item's hyphen: its offset
 * in `text`, the dash named, the item, and how many lines of `text` after it start so too.
 */
function dashedItem(text: string): { offset: number; dash: string; item: string; more: number } | undefined {
  const m = ITEM_DASH.exec(text);
  if (!m) return undefined;
  const char = m[2]!;
  const more = text.slice(m.index + m[0].length).match(new RegExp(ITEM_DASH.source, 'gm'))?.length ?? 0;
  return { offset: m.index + m[1]!.length, dash: `${JSON.stringify(char)} (${DASH_NAMES[char] ?? 'a dash'}, ${codePoint(char)})`, item: m[3]!, more };
}

/**
 * A field name followed by a colon and a space that is not an ordinary one (a no-break space, as a
 * word processor puts after a colon): YAML does not read the line as a field.
 */
const ODD_SPACE_AFTER_COLON = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w-]*):([\u00A0\u2000-\u200A\u202F\u205F\u3000])/m;

/** The first field name of `yaml` followed by such a space, before `limit`: the space's offset, the name and the space named. */
function oddSpaceAfterColon(yaml: string, limit = yaml.length): { offset: number; name: string; space: string } | undefined {
  const m = ODD_SPACE_AFTER_COLON.exec(yaml);
  if (!m || m.index > limit) return undefined;
  const char = m[3]!;
  return { offset: m.index + m[1]!.length + m[2]!.length + 1, name: m[2]!, space: `${char === '\u00A0' ? 'a no-break space' : char === '\u202F' ? 'a narrow no-break space' : 'a space that is not an ordinary one'} (${codePoint(char)})` };
}

/**
 * A value wrapped whole in a word processor's curly quotation marks (`headline: “Anthropic: a
 * pause”`), which YAML does not read as quotation marks, on the line at `offset`: where the opening
 * mark stands, the field, and what the marks hold.
 */
function curlyQuoted(yaml: string, offset: number): { offset: number; key: string; marks: string; inner: string } | undefined {
  const start = yaml.lastIndexOf('\n', Math.min(offset, yaml.length) - 1) + 1;
  const m = /^([ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*[ \t]*:[ \t]+)([\u201C\u201E\u2018\u201A\u201D\u2019])(.*)([\u201C\u201D\u201F\u2018\u2019\u201B])[ \t]*$/.exec(lineAt(yaml, start));
  if (!m) return undefined;
  return { offset: start + m[1]!.length, key: /[A-Za-z_][\w-]*/.exec(m[1]!.replace(/^[ \t]*-[ \t]+/, ''))![0], marks: `${m[2]} and ${m[4]}`, inner: m[3]! };
}

/**
 * A value that starts with a quotation mark closed before the value ends (`headline: "We heard
 * a roar": the town counts its dead`, `headline: 'Pause' says Anthropic`), on the line at
 * `offset`: YAML reads the quoted words as the whole value, and what follows as a mistake. Where
 * the value starts, the field, and the value as written, to be quoted whole.
 */
function quotedStart(yaml: string, offset: number): { offset: number; key: string; value: string } | undefined {
  const start = yaml.lastIndexOf('\n', Math.min(offset, yaml.length) - 1) + 1;
  const m = /^([ \t]*(?:-[ \t]+)?([A-Za-z_][\w-]*)[ \t]*:[ \t]+)(["'])(.*?)[ \t]*$/.exec(lineAt(yaml, start));
  if (!m) return undefined;
  const [, lead, key, mark, rest] = m as unknown as [string, string, string, string, string];
  // Where the quotation closes: at the first mark not escaped (\" inside double quotes) or doubled ('' inside single ones).
  let close = -1;
  for (let i = 0; i < rest.length; i++) {
    if (mark === '"' && rest[i] === '\\') i++;
    else if (rest[i] === mark && mark === "'" && rest[i + 1] === "'") i++;
    else if (rest[i] === mark) {
      close = i;
      break;
    }
  }
  const after = close === -1 ? '' : rest.slice(close + 1).trim();
  if (after === '' || after.startsWith('#')) return undefined;
  return { offset: start + lead.length, key, value: `${mark}${rest}` };
}

/** The YAML problem of a field whose colon an odd space follows. */
const oddSpaceProblem = (odd: { name: string; space: string }) =>
  M.YamlSyntax.message(
    `the space after "${odd.name}:" is ${odd.space}, as a word processor puts after a colon, so YAML does not read the line as a field`,
    'Replace it with an ordinary space: delete it and type a space.',
  );

/** The YAML problem of a list item that starts with a dash or a bullet instead of a hyphen. */
const dashedItemProblem = (dashed: { dash: string; item: string; more: number }) =>
  M.YamlSyntax.message(
    `this list item starts with ${dashed.dash}, not a hyphen, as a word processor writes "- ", so YAML does not read the line as an item of the list${dashed.more > 0 ? `, nor the ${dashed.more === 1 ? 'line below it that starts so too' : `${dashed.more} lines below it that start so too`}` : ''}`,
    `Start ${dashed.more > 0 ? 'each item' : 'the item'} with a hyphen and a space, as in "- ${excerpt(dashed.item, 40)}".`,
  );

function lineAt(yaml: string, offset: number): string {
  const start = yaml.lastIndexOf('\n', Math.min(offset, yaml.length) - 1) + 1;
  const end = yaml.indexOf('\n', start);
  return yaml.slice(start, end === -1 ? yaml.length : end).replace(/\r$/, '');
}

/** Brackets or braces nested hundreds of levels deep, past what the YAML parser's stack holds. */
const YAML_NESTED = {
  reason: 'brackets or braces open here inside one another hundreds of levels deep, more than YAML can read',
  advice: 'Close each [ or { where its value ends; a list is written one item per line, each starting with "- ", and text with brackets goes in double quotes.',
};

/** The curly mark that closes each curly opening quotation mark (English, German and Swedish usage, guillemets). */
const CURLY_CLOSE: Record<string, string> = { '\u201C': '\u201D', '\u201E': '\u201C', '\u201D': '\u201D', '\u2018': '\u2019', '\u201A': '\u2018', '\u00AB': '\u00BB' };

/**
 * A text between a curly opening quotation mark and a straight closing one, which holds no other
 * mark like that one (`“Pause now"`, `‘Pause now'`): plainly quotation marks typed unlike, which
 * YAML keeps as text. The marks, and the value written with both curly and with both straight.
 */
function mixedQuotes(value: string): { open: string; close: string; curly: string; straight: string } | undefined {
  const text = value.trim();
  const open = text.charAt(0);
  const close = text.charAt(text.length - 1);
  if (!(open in CURLY_CLOSE) || (close !== '"' && close !== "'") || text.length < 3) return undefined;
  if (text.slice(0, -1).includes(close)) return undefined;
  const inner = text.slice(1, -1);
  return { open, close, curly: `${open}${inner}${CURLY_CLOSE[open]}`, straight: `"${inner.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"` };
}

/** A straight quotation mark at `offset` that its line ends with a curly mark meant to close (`"Pause now”`): why YAML reads on, and what to write. */
function curlyClosing(yaml: string, offset: number): { reason: string; advice: string } | undefined {
  const open = yaml.charAt(offset);
  const rest = lineAt(yaml, offset).slice(offset - (yaml.lastIndexOf('\n', offset - 1) + 1) + 1).trimEnd();
  const close = rest.charAt(rest.length - 1);
  if ((open !== '"' && open !== "'") || !'\u201C\u201D\u2018\u2019'.includes(close) || close === '' || rest.slice(0, -1).includes(open)) return undefined;
  const inner = rest.slice(0, -1);
  return {
    reason: `a quotation mark opened here is never closed: the line ends with ${close}, a curly quotation mark, which YAML does not read as closing the straight ${open}`,
    advice: `Write both marks straight, "${excerpt(inner, 40).replaceAll('"', '\\"')}", or, if the quotation marks belong to the text, both curly, as YAML keeps them: ${open === '"' ? '\u201C' : '\u2018'}${excerpt(inner, 40)}${open === '"' ? '\u201D' : '\u2019'}.`,
  };
}

/** The parser's reason in an editor's words, for the errors editors run into. */
function yamlReason(code: string, message: string): string {
  if (code === 'BLOCK_AS_IMPLICIT_KEY') return 'a value contains a colon followed by a space, which YAML reads as the start of another field';
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) return 'a quotation mark opened here is never closed';
  if (code === 'TAB_AS_INDENT') return 'a line is indented with a tab';
  if (code === 'BAD_INDENT') return 'the indentation of this line does not match the lines around it';
  if (code === 'MULTILINE_IMPLICIT_KEY') return 'a field name runs over more than one line';
  if (code === 'MULTIPLE_DOCS') return 'a line of three hyphens (---) or three dots (...) ends the fields, and more follow it';
  if (code === 'BAD_ALIAS' && /^unresolved alias/i.test(message)) return `a value starts with *, which YAML reads as naming an anchor (&) that is not set above it`;
  if (code === 'BAD_ALIAS') return 'values starting with * repeat other values (&) too many times';
  const reason = message.replace(/\.$/, '');
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

/**
 * A second set of fields at the top of a body: blank lines at most, then a `---` line, lines of
 * `key: value` of which one names a field of the record, and another `---` line. Where its first
 * `---` stands, and the fields it names; undefined when the body does not start so.
 */
/**
 * Fields right after the line that closed the fields, up to another `---` line: a stray `---`
 * among the fields (or the opening line written twice) closed them early, and those below it are
 * read as the body. The body's first line names a field of the record, and every line up to the
 * `---` is one of YAML's (a field, an indented line, a list item, a comment). The fields it names,
 * and where that `---` line starts; undefined when the body does not start so.
 */
function fieldsAfterClose(text: string, from: number, names: ReadonlySet<string>): { fields: string[]; closing: number } | undefined {
  const lines = text.slice(from, from + 20_000).split('\n');
  const fieldLine = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|\r?$)/;
  const first = fieldLine.exec(lines[0] ?? '')?.[1];
  if (first === undefined || !names.has(first)) return undefined;
  const fields: string[] = [];
  let offset = from;
  for (let j = 0; j < lines.length && j < 100; j++) {
    const line = lines[j]!;
    if (/^---[ \t]*\r?$/.test(line)) return { fields, closing: offset };
    const key = fieldLine.exec(line)?.[1];
    if (key !== undefined) {
      if (names.has(key) && !fields.includes(key)) fields.push(key);
    } else if (!/^(?:[ \t]|-(?:[ \t]|\r?$)|#|\r?$)/.test(line)) return undefined;
    offset += line.length + 1;
  }
  return undefined;
}

function fieldsInBody(text: string, from: number, names: ReadonlySet<string>): { offset: number; fields: string[] } | undefined {
  const lines = text.slice(from, from + 20_000).split('\n');
  let i = 0;
  let offset = from;
  while (i < lines.length && lines[i]!.trim() === '') offset += lines[i++]!.length + 1;
  if (i >= lines.length || !/^---[ \t]*\r?$/.test(lines[i]!)) return undefined;
  const fields: string[] = [];
  for (let j = i + 1; j < lines.length && j < i + 100; j++) {
    if (/^---[ \t]*\r?$/.test(lines[j]!)) return fields.length > 0 ? { offset, fields } : undefined;
    const key = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|\r?$)/.exec(lines[j]!)?.[1];
    if (key !== undefined && names.has(key) && !fields.includes(key)) fields.push(key);
  }
  return undefined;
}

/** Every field name a record of `collection` may have, those of its groups too (a verdict's `rating`). */
function fieldNamesOf(collection: CollectionName): Set<string> {
  const names = new Set<string>();
  for (const [name, node] of Object.entries(fieldsOf(schemaOf(collection)))) {
    names.add(name);
    for (const inner of Object.keys(fieldsOf(node))) names.add(inner);
  }
  return names;
}

/**
 * A field's line indented by mistake under a value (`added: 2026-06-06` then `  byline: …`): YAML
 * reads it as more of that value, and stops at its colon. The offset of the field's name and the
 * name, when the line after the value's is one, indented, and names a field of the record.
 */
function indentedField(yaml: string, valueOffset: number, names: ReadonlySet<string>): { offset: number; name: string } | undefined {
  const next = yaml.indexOf('\n', valueOffset) + 1;
  if (next === 0) return undefined;
  const m = /^[ \t]+([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|\r?$)/m.exec(yaml.slice(next, yaml.indexOf('\n', next) === -1 ? undefined : yaml.indexOf('\n', next)));
  return m && names.has(m[1]!) ? { offset: next + m[0].indexOf(m[1]!), name: m[1]! } : undefined;
}

/**
 * A tag js-yaml does not know (`outlet: !custom wire`, `!ruby/object:Foo`, `!!python/object`): it
 * refuses the whole record, so Astro's build stops. What the tag is, and the line to write
 * without it, or with the ! kept as text in double quotes. The tags of YAML's own that js-yaml
 * reads (`!!str`, `!!bool`, …) never come here.
 */
function unknownTag(yaml: string, offset: number): { reason: string; advice: string } | undefined {
  const tag = /^!(?:<[^>\s]*>|[^\s,[\]{}]*)/.exec(yaml.slice(offset))?.[0];
  if (tag === undefined) return undefined;
  const lineStart = yaml.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = yaml.indexOf('\n', offset) === -1 ? yaml.length : yaml.indexOf('\n', offset);
  const key = /^[ \t]*(?:-[ \t]+)?([A-Za-z_][\w-]*)[ \t]*:[ \t]+$/.exec(yaml.slice(lineStart, offset))?.[1];
  const rest = yaml.slice(offset + tag.length, lineEnd).replace(/\r$/, '').trim();
  // A program's own object (Ruby's, Python's, JavaScript's), which a file made by that program's YAML writer carries.
  const program = /^!!?(?:<tag:yaml\.org,2002:)?(ruby|python|js|php|perl|java)\b/i.exec(tag)?.[1];
  const what = program
    ? `, which asks the program reading the file to make a ${{ ruby: 'Ruby', python: 'Python', js: 'JavaScript', php: 'PHP', perl: 'Perl', java: 'Java' }[program.toLowerCase()]} object of the value, as a file such a program wrote may`
    : ' (a ! before a word names a type for the value)';
  const reason = `the value has the tag ${tag}${what}; js-yaml, which Astro reads the fields with, knows no such tag, so it would refuse this whole record and the build would stop`;
  const plain = rest !== '' && rest.length <= 40 && /^[^"'#&*!|>%@`[\]{},]/.test(rest) && !/: | #/.test(rest);
  const advice =
    key !== undefined && plain
      ? `Remove the tag and write the value as the field takes it (${key}: ${rest}); if the ${tag} belongs to the text, put the whole value in double quotes: ${key}: "${tag} ${rest}".`
      : 'Remove the tag (the ! and the word after it), and write the value as the field takes it; if the ! belongs to the text, put the whole value in double quotes.';
  return { reason, advice };
}

function reportYamlError(parsed: ParsedYaml, at: (offset: number) => Place, report: Report, yaml: string, names: ReadonlySet<string>) {
  const error = parsed.error!;
  if (error.code === 'DUPLICATE_KEY') {
    const key = findDuplicateKey(parsed);
    if (key) return report(at(key.second), M.DuplicateKey.code, M.DuplicateKey.message(key.name, at(key.first).line));
  }
  // `kind:` and a no-break space: not a field to YAML, which says so at that line or the next.
  const lineEnd = yaml.indexOf('\n', Math.min(error.offset, yaml.length));
  const errorLine = yaml.lastIndexOf('\n', Math.min(error.offset, yaml.length) - 1) + 1;
  const previousLine = errorLine === 0 ? 0 : yaml.lastIndexOf('\n', errorLine - 2) + 1;
  const odd = oddSpaceAfterColon(yaml.slice(previousLine), (lineEnd === -1 ? yaml.length : lineEnd) - previousLine);
  if (odd) return report(at(previousLine + odd.offset), M.YamlSyntax.code, oddSpaceProblem(odd));
  // `– item` among `- item` lines: at the line YAML stops at, or the one before it.
  const dashed = dashedItem(yaml.slice(previousLine, lineEnd === -1 ? yaml.length : lineEnd));
  if (dashed) return report(at(previousLine + dashed.offset), M.YamlSyntax.code, dashedItemProblem(dashed));
  // `name: Wire` then a `---` line and nothing more, in a .yaml record: the fence of a Markdown record's fields.
  if (error.code === 'MULTIPLE_DOCS') {
    const lineStart = yaml.lastIndexOf('\n', Math.max(0, error.offset - 1)) + 1;
    const rest = yaml.slice(lineStart).replace(/^---[ \t]*(?:\r?\n|$)/, '');
    if (/^---[ \t]*(?:\r?\n|$)/.test(yaml.slice(lineStart)) && rest.replace(/^[ \t]*(?:#.*)?$/gm, '').trim() === '') {
      return report(
        at(lineStart),
        M.YamlSyntax.code,
        M.YamlSyntax.message(
          'a line of three hyphens (---) follows the fields, and YAML reads it as the start of another record',
          'A .yaml record is its fields alone: remove this line (only a Markdown record puts its fields between two --- lines).',
        ),
      );
    }
  }
  const indented = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? indentedField(yaml, error.offset, names) : undefined;
  if (indented) {
    return report(
      at(indented.offset),
      M.YamlSyntax.code,
      M.YamlSyntax.message(
        `the field "${indented.name}" is indented, so YAML reads its line as more of the value on the line above, and its colon as the start of another field`,
        'Start the field at the beginning of its line, with no space before it: only the fields of a group (verdict:) and the items of a list are indented under their field.',
      ),
    );
  }
  // `  headline: …` or `- headline: …` on the first line, then a field at the start of its line: the first is the mistake.
  if (/^Unexpected scalar at node end/.test(error.message) && (error.offset === 0 || yaml[error.offset - 1] === '\n') && /^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|\r?\n|$)/.test(yaml.slice(error.offset))) {
    const first = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*([ \t]*(?:-[ \t]+)?)(?=[A-Za-z_])/.exec(yaml);
    const lead = first?.[1] ?? '';
    if (first && lead !== '') {
      const list = lead.includes('-');
      return report(
        at(first.index + first[0].length - lead.length),
        M.YamlSyntax.code,
        M.YamlSyntax.message(
          list ? 'the first field starts with "- ", as an item of a list, and the fields after it do not, so YAML cannot read them as one set of fields' : 'the first field is indented, and the fields after it are not, so YAML cannot read them as one set of fields',
          `Start every field at the beginning of its line, with no ${list ? '"- "' : 'space'} before it: only the fields of a group (verdict:) and the items of a list are indented.`,
        ),
      );
    }
  }
  // `headline: “Anthropic: a pause”`: quoted, to the editor, but not to YAML.
  const curly = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? curlyQuoted(yaml, error.offset) : undefined;
  if (curly) {
    return report(
      at(curly.offset),
      M.YamlSyntax.code,
      M.YamlSyntax.message(
        `a value contains a colon followed by a space, which YAML reads as the start of another field, and its quotation marks, ${curly.marks}, are a word processor's curly ones, which YAML does not read as quotation marks`,
        `Type them as straight double quotes, with a backslash before any double quote inside: ${curly.key}: "${excerpt(curly.inner.replace(/"/g, '\\"'), 60)}".`,
      ),
    );
  }
  // `headline: "We heard a roar": the town counts its dead`: quoted at its start only, as a headline that opens with a quotation is.
  const opening =
    error.code === 'BLOCK_AS_IMPLICIT_KEY' || (error.code === 'UNEXPECTED_TOKEN' && /^Unexpected scalar at node end/.test(error.message)) ? quotedStart(yaml, error.offset) : undefined;
  if (opening) {
    const whole = `"${opening.value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
    return report(
      at(opening.offset),
      M.YamlSyntax.code,
      M.YamlSyntax.message(
        `the value starts with a quotation mark, so YAML reads the words up to the mark that closes it as the whole value, and cannot read the rest of the line after them`,
        `Put the whole value in double quotes${opening.value.includes('"') ? ', with a backslash before each double quote inside it' : ''}: ${opening.key}: ${whole.length <= 100 ? whole : `"${excerpt(whole.slice(1, -1), 60)}"`}.`,
      ),
    );
  }
  const quoted = error.code === 'MISSING_CHAR' || error.code === 'UNEXPECTED_TOKEN' || error.code === 'MULTILINE_IMPLICIT_KEY' ? quotedColonAt(yaml, error.offset) : undefined;
  if (quoted) return report(at(quoted.offset), M.YamlSyntax.code, M.YamlSyntax.message(quoted.reason, quoted.advice));
  const lineMistake = error.code === 'MISSING_CHAR' || error.code === 'MULTILINE_IMPLICIT_KEY' ? lineMistakeAt(yaml, error.offset, names) : undefined;
  if (lineMistake) return report(at(lineMistake.offset), M.YamlSyntax.code, M.YamlSyntax.message(lineMistake.reason, lineMistake.advice));
  if (error.code === 'RESOURCE_EXHAUSTION') {
    // The parser's stack ran out in brackets inside brackets: point at the first on the line where it gave up.
    const end = Math.min(error.offset, yaml.length);
    const lineStart = yaml.lastIndexOf('\n', end - 1) + 1;
    const first = yaml.slice(lineStart, end).search(/[[{]/);
    return report(at(first === -1 ? end : lineStart + first), M.YamlSyntax.code, M.YamlSyntax.message(YAML_NESTED.reason, YAML_NESTED.advice));
  }
  const tag = error.code === 'TAG_RESOLVE_FAILED' && /^(?:Unresolved|Could not resolve) tag/.test(error.message) ? unknownTag(yaml, error.offset) : undefined;
  if (tag) return report(at(error.offset), M.YamlSyntax.code, M.YamlSyntax.message(tag.reason, tag.advice));
  // A line with no colon before a field (a stray line, `Note` then `country: UK`) is read as the start of a name that runs on into the field's.
  const stray = error.code === 'MULTILINE_IMPLICIT_KEY' && !/:(?:[ \t]|$)|^[ \t]*["'?]/.test(lineAt(yaml, error.offset));
  const special = YAML_BY_MESSAGE.find(([pattern]) => pattern.test(stray ? 'Implicit map keys need to be followed by map values' : error.message))?.[1];
  // An unclosed quotation or bracket is reported where the parser gave up; point at where it opened.
  const unclosed = special === undefined && error.code === 'MISSING_CHAR' && /quote/i.test(error.message);
  let offset = unclosed || special?.opening ? (openingBefore(parsed, error.offset) ?? error.offset) : error.offset;
  // A list item indented unlike the others: at its "- ", past the spaces before it.
  if (/^A block sequence may not be used/.test(error.message)) offset += /^[ \t]*/.exec(yaml.slice(offset))![0].length;
  // `headline: "Pause now”`: the line ends with a curly mark, which does not close a straight one.
  const curlyEnd = unclosed ? curlyClosing(yaml, offset) : undefined;
  const reason = curlyEnd?.reason || special?.reason || yamlReason(error.code, error.message);
  const advice = curlyEnd?.advice ?? special?.advice ?? YAML_ADVICE[error.code] ?? DEFAULT_ADVICE;
  report(at(offset), M.YamlSyntax.code, M.YamlSyntax.message(reason, advice));
}

/**
 * YAML errors whose code covers several mistakes (MISSING_CHAR, UNEXPECTED_TOKEN, BAD_INDENT), told
 * apart by the parser's message; `opening` when the place to show is where a bracket opened.
 */
const YAML_BY_MESSAGE: [RegExp, { reason: string; advice: string; opening?: boolean }][] = [
  // A [ or { list never closed is reported as the indentation of the line where the parser gave up.
  [/end with a [\]}]/, { reason: 'a bracket opened here is never closed', advice: 'Close it, or put the whole value in double quotes and write any double quote inside it as \\".', opening: true }],
  [
    /^Implicit map keys need to be followed by map values/,
    {
      reason: 'this line has no colon after a field name, so it is neither a field nor the continuation of a value',
      advice: 'Write each field as "key: value", with a colon and a space after the name; a value that runs over several lines goes on lines indented below its field.',
    },
  ],
  [/^Missing , (or : )?between flow/, { reason: 'two items of a list between brackets have no comma between them', advice: 'Put a comma between the items, or write one item per line, each starting with "- ".' }],
  [/^A block sequence may not be used as an implicit map key/, { reason: 'this list item is not indented as the items above it are, so YAML cannot tell which list it belongs to', advice: 'Indent every item of a list alike, each starting with "- " under its field.' }],
  [/^Unexpected [\w-]+ at node end/, { reason: 'more text follows a value that has already ended, such as words after its closing quotation mark', advice: 'Put the whole value in double quotes, and write any double quote inside it as \\".' }],
  [/^Unexpected block-seq-ind on same line with key/, { reason: 'a list item ("- ") starts on the same line as its field', advice: 'Start the list on the next line, each item indented under the field and starting with "- "; if the hyphen is part of the text, put the value in double quotes.' }],
  [/^Unexpected flow-(seq|map)-end token/, { reason: 'a closing bracket here has no opening one', advice: 'Remove it, or put the whole value in double quotes.' }],
  [/^Unexpected , in flow/, { reason: 'a list between brackets has an empty item: two commas in a row, or one at its start', advice: 'Remove the extra comma.' }],
  [
    /^the value "[^]*" is not .*, which its tag !!(\w+) asks for$/,
    { reason: '', advice: 'Remove the tag (the !! and the word after it), and write the value as the field takes it (unidentified: true).' },
  ],
  [/^Block scalar header includes extra characters/, { reason: 'text follows the | or > that starts a value written on the lines below', advice: 'Start the text on the next line, indented under its field, or put the whole value in double quotes.' }],
];

/** The start of the last quoted or bracketed value that begins before `offset` and runs up to it. */
function openingBefore(parsed: ParsedYaml, offset: number): number | undefined {
  let best: number | undefined;
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { range?: number[]; type?: string; flow?: boolean; items?: unknown[]; key?: unknown; value?: unknown };
    const open = n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE' || n.type === 'FLOW_MAP' || n.type === 'FLOW_SEQ' || n.flow === true;
    if (open && n.range && n.range[0]! < offset && n.range[1]! >= offset - 1 && (best === undefined || n.range[0]! > best)) best = n.range[0];
    if (Array.isArray(n.items)) n.items.forEach(visit);
    if ('key' in n) visit(n.key);
    if ('value' in n) visit(n.value);
  };
  visit(parsed.doc.contents);
  return best;
}

/** The first key written twice in any map of the document, with both offsets. */
function findDuplicateKey(parsed: ParsedYaml): { name: string; first: number; second: number } | undefined {
  let result: { name: string; first: number; second: number } | undefined;
  const visit = (node: unknown) => {
    if (result || !node || typeof node !== 'object') return;
    const items = (node as { items?: unknown[] }).items;
    if (!Array.isArray(items)) return;
    const seen = new Map<string, number>();
    for (const item of items) {
      const pair = item as { key?: { value?: unknown; range?: number[] }; value?: unknown };
      if (pair && typeof pair === 'object' && 'key' in pair && pair.key && typeof pair.key === 'object') {
        const name = String(pair.key.value);
        const offset = pair.key.range?.[0] ?? 0;
        const first = seen.get(name);
        if (first !== undefined) {
          result = { name, first, second: offset };
          return;
        }
        seen.set(name, offset);
        visit(pair.value);
      } else {
        visit(item);
      }
    }
  };
  visit(parsed.doc.contents);
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * A value written without quotes after its field's colon and continued on indented lines that
 * start with "- " (`entities: anthropic` then `  - openai`): YAML reads the lines as more of the
 * text, "anthropic - openai", and never as a list. Where the value starts, its first line, and
 * where the first "- " stands; undefined for any other value.
 */
function listInText(yaml: string, node: unknown): { start: number; first: string; item: number } | undefined {
  if (!isScalar(node) || node.type !== Scalar.PLAIN || !node.range) return undefined;
  const [start, end] = node.range;
  const item = /\n([ \t]*)-(?:[ \t]|\r?$)/m.exec(yaml.slice(start, end));
  if (!item) return undefined;
  return { start, first: yaml.slice(start, start + item.index).replace(/\r$/, '').trim(), item: start + item.index + 1 + item[1]!.length };
}

/** The words for true and false of YAML 1.1 and of other formats, which YAML 1.2 reads as text. */
const YES_NO = new Map(Object.entries({ yes: 'true', y: 'true', on: 'true', no: 'false', n: 'false', off: 'false', true: 'true', false: 'false' }));

/** A value as an editor wrote it, for "found …". */
function describeFound(value: unknown, source: string | undefined): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(excerpt(value));
  if (value instanceof Date) return source ?? value.toISOString();
  if (typeof value === 'number') return `the number ${source ?? value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  // YAML's !!binary: bytes, not text (the tag is left out of what YAML reads as text).
  if (value instanceof Uint8Array) return 'binary data (a value tagged !!binary)';
  if (isPlainObject(value)) return 'a group of fields';
  return JSON.stringify(String(value));
}

/** A language tag as BCP 47 writes it, from one written with `_` or in other letter cases (`EN`, `en_gb`), or '' when it is not one. */
function languageTag(written: string): string {
  const [language, ...rest] = written.trim().split(/[-_]/);
  const tag = [language!.toLowerCase(), ...rest.map((part) => (/^[a-z]{2}$/i.test(part) ? part.toUpperCase() : part))].join('-');
  return /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : '';
}

/** `verdict.rating`, `aliases (item 2)`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const step of path) {
    if (typeof step === 'number') name += ` (item ${step + 1})`;
    else name += name ? `.${String(step)}` : String(step);
  }
  return name;
}

/**
 * Why a date as written is not acceptable, or undefined when it is. Its grammar is the one the
 * build reads the offset of a date with (`WRITTEN_DATE`, src/lib/dates.ts); `offset` is an offset
 * no clock has (`+25:00`, `-13:60`), which YAML would read all the same, moving the instant; `year`
 * a year before 1000, a typing mistake (`0026`), which YAML would read as 1926 below 0100.
 */
export function dateProblem(source: string): M.DateProblem | undefined {
  const m = WRITTEN_DATE.exec(source.trim());
  if (!m) return 'format';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // YAML, as JavaScript's Date.UTC, reads the years 0000 to 0099 as 1900 to 1999: 0026-06-03 would be 1926.
  if (year < 1000) return 'year';
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days) return 'calendar';
  if (m[4] !== undefined) {
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return 'time';
    if (m[8] === undefined) return 'no-offset';
    if (!isRealOffset(m[8])) return 'offset';
  }
  return undefined;
}

/**
 * The date a date not written as YYYY-MM-DD was meant to be, when it is a near miss of one whose
 * order is certain: the year first with slashes, dots or one-digit months and days (`2026/6/5`),
 * no separators (`20260605`), dashes for hyphens (`2026–06–05`, as a word processor writes them), or
 * an offset without its colon (`+0200`, `+02`); undefined otherwise (`05/06/2026` may be May or June).
 */
export function meantDate(source: string): string | undefined {
  const m = /^(\d{4})([-/.]?)(\d{1,2})\2(\d{1,2})(.*)$/.exec(source.trim().replace(DASHES, '-'));
  if (!m || (m[2] === '' && (m[3]!.length < 2 || m[4]!.length < 2))) return undefined;
  const time = m[5]!.replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/([+-]\d{2})$/, '$1:00');
  const meant = `${m[1]}-${m[3]!.padStart(2, '0')}-${m[4]!.padStart(2, '0')}${time}`;
  return meant !== source.trim() && dateProblem(meant) === undefined ? meant : undefined;
}

/** The dashes a word processor puts for hyphens (en dash, minus sign, …). */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** A day without a time is any moment of it in any offset a clock uses, from +14:00 to -12:00. */
const DAY_SPAN = { before: OFFSET_RANGE.latest * 60_000, after: (24 * 60 - OFFSET_RANGE.earliest) * 60_000 };
/** The earliest instant a valid date as written may stand for. */
const earliest = (source: string) => readWrittenDate(source)!.time - (WRITTEN_DATE.exec(source.trim())![4] === undefined ? DAY_SPAN.before : 0);
/** The latest instant a valid date as written may stand for. */
const latest = (source: string) => readWrittenDate(source)!.time + (WRITTEN_DATE.exec(source.trim())![4] === undefined ? DAY_SPAN.after : 0);

function checkData(
  input: FileInput,
  facts: FileFacts,
  parsed: ParsedYaml,
  yaml: string,
  at: (offset: number) => Place,
  report: Report,
  markdown: boolean,
) {
  const data = parsed.data;
  if (!isPlainObject(data)) {
    const odd = typeof data === 'string' ? oddSpaceAfterColon(yaml) : undefined;
    if (odd) return report(at(odd.offset), M.YamlSyntax.code, oddSpaceProblem(odd));
    const found =
      data === null || data === undefined ? 'nothing' : Array.isArray(data) ? 'a list' : `a single value (${describeFound(data, undefined)})`;
    const place = parsed.doc.contents?.range ? at(parsed.doc.contents.range[0]) : markdown ? TOP : TOP;
    return report(found === 'nothing' ? TOP : place, M.NotAMapping.code, M.NotAMapping.message(found, FIRST_FIELD[input.collection]));
  }

  // A record of another collection, put in this one's folder: one problem, not one per field.
  const belongs = collectionOfFields(Object.keys(data), input.collection);
  if (belongs) {
    const own = Object.keys(data).filter((k) => Object.hasOwn(fieldsOf(schemaOf(belongs)), k));
    const ext = input.file.slice(input.file.lastIndexOf('.'));
    const move = `${input.file.slice(0, input.file.lastIndexOf(`/${input.collection}/`))}/${belongs}/${input.id}${EXTENSIONS[belongs].includes(ext) ? ext : EXTENSIONS[belongs][0]}`;
    return report(TOP, M.WrongCollection.code, M.WrongCollection.message(singular(belongs), own.slice(0, 4), singular(input.collection), move, isMarkdown(belongs), isMarkdown(belongs) !== markdown));
  }

  const schema = schemaOf(input.collection);
  const kind = singular(input.collection);
  const kindOf = (collection: string) => singular(collection);
  const where = (path: readonly PropertyKey[]) => at(locate(parsed.doc, path, 0).offset);
  const sourceAt = (path: readonly PropertyKey[]) => scalarSource(locate(parsed.doc, path, 0).node);
  /** Paths already reported by the walk below, so zod's issue on the same path is not repeated. */
  const handled = new Set<string>();
  /** Fields missing because they are written misspelt (`Headline:`): reported once, as the unknown field that names them. */
  const misspelt = new Set<string>();

  // Walk the values beside the schema: unknown keys, dates, references and aliases.
  const walk = (node: SchemaNode, value: unknown, path: (string | number)[]) => {
    if (value === undefined) return;
    // `entities: anthropic` or `name: X`, then indented `- item` lines: one text to YAML, never a list.
    // (YAML joins the lines with a space, so the text holds " -": no other value is looked up.)
    // `entities:` then `– anthropic` lines (dashes or bullets for hyphens): one text to YAML, never a list.
    const written = typeof value === 'string' && unwrap(node).node.def.type === 'array' ? (locate(parsed.doc, path, 0).node as Node | null | undefined)?.range : undefined;
    const dashed = written ? dashedItem(yaml.slice(yaml.lastIndexOf('\n', written[0] - 1) + 1, written[1])) : undefined;
    if (dashed) {
      handled.add(JSON.stringify(path));
      report(at(yaml.lastIndexOf('\n', written![0] - 1) + 1 + dashed.offset), M.YamlSyntax.code, dashedItemProblem(dashed));
      return;
    }
    const listed = typeof value === 'string' && value.includes(' -') ? listInText(yaml, locate(parsed.doc, path, 0).node) : undefined;
    if (listed) {
      handled.add(JSON.stringify(path));
      const list = unwrap(node).node.def.type === 'array';
      const message = M.WrongType.listInText(fieldName(path), expected(node, kindOf), excerpt(listed.first, 40), excerpt(value as string), list);
      report(at(list ? listed.start : listed.item), M.WrongType.code, message);
      return;
    }
    if (typeof value === 'string') {
      for (const kind of UNSEEN) {
        const char = kind.inField.exec(value)?.[0];
        if (char === undefined) continue;
        // At the character itself, or its escape, when the value shows where: it cannot be seen.
        const range = (locate(parsed.doc, path, 0).node as Node | null | undefined)?.range;
        const offset = range ? forbiddenIn(yaml, range[0], range[1], kind.inField) : undefined;
        report(offset === undefined ? where(path) : at(offset), kind.def.code, kind.def.message(codePoint(char), fieldName(path)));
      }
    }
    if (typeof value === 'string' && NAME_FIELDS.has(String(path[0])) && (path.length === 1 || path[0] === 'names')) {
      // A name of invisible characters alone is empty (below), and said so once.
      const hidden = VISIBLE.test(value) ? hiddenInName(value) : undefined;
      if (hidden) {
        // At the character itself, or its escape, when the value shows where.
        const range = (locate(parsed.doc, path, 0).node as Node | null | undefined)?.range;
        const offset = range ? forbiddenIn(yaml, range[0], range[1], new RegExp(hidden.char, 'u')) : undefined;
        report(offset === undefined ? where(path) : at(offset), M.InvisibleInName.code, M.InvisibleInName.message(fieldName(path), M.invisibleName(hidden.char), hidden.word));
      }
      // A word joiner that keeps nothing together: likelier copied than meant, but a typographer may mean one (a notice).
      const joiner = VISIBLE.test(value) ? wordJoinerInName(value) : undefined;
      if (joiner) {
        const range = (locate(parsed.doc, path, 0).node as Node | null | undefined)?.range;
        // The word joiner it is, written as itself (others before it may be a typographer's), or else the first one or its escape.
        const nth = value.slice(0, joiner.index).split('\u2060').length - 1;
        const written = range ? [...yaml.slice(range[0], range[1]).matchAll(/\u2060/g)][nth]?.index : undefined;
        const offset = range ? (written === undefined ? forbiddenIn(yaml, range[0], range[1], /\u2060/u) : range[0] + written) : undefined;
        report(offset === undefined ? where(path) : at(offset), M.WordJoinerInName.code, M.WordJoinerInName.message(fieldName(path), joiner.word, joiner.between));
      }
      const look = lookAlikeLetter(value);
      if (look) {
        // At the letter itself, or its escape, when the value shows where.
        const range = (locate(parsed.doc, path, 0).node as Node | null | undefined)?.range;
        const offset = range ? forbiddenIn(yaml, range[0], range[1], new RegExp(look.letter, 'u')) : undefined;
        report(offset === undefined ? where(path) : at(offset), M.LookAlike.code, M.LookAlike.message(fieldName(path), look.word, look.letter, codePoint(look.letter), look.alphabet, look.among));
      }
    }
    if (typeof value === 'string' && !NAME_FIELDS.has(String(path[0])) && expected(node, kindOf) === 'text') {
      // A headline, statement, title or summary: an invisible character that only a mistake puts there (text of them alone is empty, below).
      const hidden = VISIBLE.test(value) ? hiddenInText(value) : undefined;
      if (hidden) {
        // At the character itself (the nth of its kind in the value, as others before it may be a script's), or else its escape.
        const range = (locate(parsed.doc, path, 0).node as Node | null | undefined)?.range;
        const nth = value.slice(0, hidden.index).split(hidden.char).length - 1;
        const written = range ? [...yaml.slice(range[0], range[1]).matchAll(new RegExp(hidden.char, 'gu'))][nth]?.index : undefined;
        const offset = range ? (written === undefined ? forbiddenIn(yaml, range[0], range[1], new RegExp(hidden.char, 'u')) : range[0] + written) : undefined;
        const word = hidden.word === undefined ? undefined : excerpt(hidden.word, 40);
        report(offset === undefined ? where(path) : at(offset), M.InvisibleInText.code, M.InvisibleInText.message(fieldName(path), M.invisibleName(hidden.char), word, excerpt(hidden.before, 40), excerpt(hidden.after, 40)));
      }
    }
    if (typeof value === 'string' && expected(node, kindOf) === 'text') {
      // `headline: " "` passes for text, and a page would show nothing where the headline goes.
      if (value !== '' && !VISIBLE.test(value)) report(where(path), M.EmptyValue.code, M.EmptyValue.message(fieldName(path), 'text', unwrap(node).optional, true));
      // Text written without quotes ends at " #": YAML reads the rest of the line as a comment.
      const located = locate(parsed.doc, path, 0).node;
      const end = isScalar(located) && located.type === Scalar.PLAIN ? located.range?.[1] : undefined;
      const comment = end === undefined ? undefined : /^[ \t]+(#[^\n]*)/.exec(yaml.slice(end, yaml.indexOf('\n', end) === -1 ? undefined : yaml.indexOf('\n', end)));
      if (comment) {
        const cut = comment[1]!.replace(/\r$/, '').trimEnd();
        report(at(end! + comment[0].length - comment[1]!.length), M.CommentInText.code, M.CommentInText.message(fieldName(path), excerpt(cut, 40), excerpt(`${value} ${cut}`, 60)));
      }
      // `headline: “Pause now"`: one curly mark and one straight, which YAML reads as text, marks and all.
      const plain = isScalar(located) && located.type === Scalar.PLAIN;
      const mixed = plain ? mixedQuotes(value) : undefined;
      const start = plain ? located.range?.[0] : undefined;
      if (mixed) report(start === undefined ? where(path) : at(start), M.MixedQuotes.code, M.MixedQuotes.message(fieldName(path), excerpt(value, 60), mixed.open, mixed.close, excerpt(mixed.curly, 60), excerpt(mixed.straight, 60)));
      // Fields are text, not Markdown: a claim mention in one would be published as written.
      const mention = MENTION_IN_FIELD.exec(value);
      if (mention) {
        const range = (located as Node | null | undefined)?.range;
        const written = range ? yaml.slice(range[0], range[1]).search(MENTION_START) : -1;
        report(written === -1 ? where(path) : at(range![0] + written), M.MentionNotRead.code, M.MentionNotRead.message(excerpt(mention[0], 100), 'field', fieldName(path)));
      }
    }
    const target = referenceOf(node);
    if (target !== undefined) {
      if (typeof value === 'string') {
        facts.refs.push({ field: fieldName(path), collection: target as CollectionName, id: value, ...where(path) });
      }
      return;
    }
    if (isDate(node)) {
      handled.add(JSON.stringify(path));
      const field = fieldName(path);
      if (value === null) {
        report(where(path), M.EmptyValue.code, M.EmptyValue.message(field, expected(node, kindOf), unwrap(node).optional));
        return;
      }
      const source = sourceAt(path);
      if (source === undefined || Array.isArray(value) || isPlainObject(value)) {
        report(where(path), M.WrongType.code, M.WrongType.message(field, expected(node, kindOf), describeFound(value, source)));
        return;
      }
      const reason = dateProblem(source);
      if (reason) {
        const found = reason === 'format' && typeof value === 'string' ? describeFound(value, source) : source.trim();
        report(where(path), M.BadDate.code, M.BadDate.message(field, found, reason, unwrap(node).optional, reason === 'format' ? meantDate(source) : undefined));
      }
      return;
    }
    const inner = unwrap(node).node;
    if (inner.def.type === 'object' && isPlainObject(value)) {
      const fields = fieldsOf(inner);
      const known = Object.keys(fields);
      const offsets = keyOffsets(parsed.doc, path);
      for (const key of Object.keys(value)) {
        // Own fields only: a key such as `constructor` or `toString` is an unknown field, not Object's.
        const child = Object.hasOwn(fields, key) ? fields[key] : undefined;
        if (child === undefined) {
          const owner = path.length === 0 ? article(kind) : fieldName(path);
          // `slug:` or `id:` at the top, as other site generators take them: the id is the file name.
          const names = path.length === 0 && (key === 'slug' || key === 'id');
          const other = names && typeof value[key] === 'string' && isId(value[key]) && value[key] !== input.id ? (value[key] as string) : undefined;
          const named = names ? { id: input.id, ...(other ? { other: { id: other, file: `${other}${input.file.slice(input.file.lastIndexOf('.'))}` } } : {}) } : undefined;
          // A list of the records that name this one themselves (a story's articles), said as such.
          // Own names only: `constructor` or `__proto__` would find Object's.
          const own = <T,>(table: Record<string, T> | undefined, name: string) => (table && Object.hasOwn(table, name) ? table[name] : undefined);
          const elsewhere = path.length === 0 ? own(ELSEWHERE[input.collection], key) : undefined;
          if (elsewhere) {
            report(at(offsets.get(key) ?? 0), M.UnknownField.code, M.UnknownField.elsewhere(key, owner, elsewhere));
            continue;
          }
          // The name another tool gives a field (author for byline), when the record does not have that field already.
          const synonym = path.length === 0 ? own(SYNONYMS[input.collection], key.toLowerCase()) : undefined;
          const suggestions = names ? [] : synonym && !Object.hasOwn(value, synonym) ? [synonym] : nearest(key, known, 1);
          // `Outlet:` beside `outlet:`, `"outlet ":` beside `outlet:`: the same field twice, one of them not read.
          const same = suggestions[0] !== undefined && key.toLowerCase().replace(/\s+/g, '') === suggestions[0] && Object.hasOwn(value, suggestions[0]) && offsets.has(suggestions[0]);
          const twice = same ? at(offsets.get(suggestions[0]!)!).line : undefined;
          report(at(offsets.get(key) ?? 0), M.UnknownField.code, M.UnknownField.message(key, owner, suggestions, known, named, twice));
          if (suggestions[0] !== undefined && !Object.hasOwn(value, suggestions[0])) misspelt.add(JSON.stringify([...path, suggestions[0]]));
          continue;
        }
        if (path.length === 0 && child === aliasesSchema && Array.isArray(value[key])) {
          (value[key] as unknown[]).forEach((alias, i) => {
            if (typeof alias === 'string') facts.aliases.push({ alias, ...where([key, i]) });
          });
        }
        if (path.length === 0 && key === 'archive' && typeof value[key] === 'string') {
          facts.archive = { name: value[key] as string, ...where([key]) };
        }
        if (path.length === 0 && key === 'url' && input.collection === 'articles' && typeof value[key] === 'string') {
          facts.url = { address: value[key] as string, ...where([key]) };
        }
        if (path.length === 0 && key === 'owner' && input.collection === 'outlets' && typeof value[key] === 'string') {
          facts.owner = { name: value[key] as string, ...where([key]) };
        }
        if (path.length === 0 && key === TITLE_FIELD[input.collection] && typeof value[key] === 'string') facts.title = value[key] as string;
        if (path.length === 0 && key === 'kind' && input.collection === 'claims' && typeof value[key] === 'string') facts.kind = value[key] as string;
        walk(child, value[key], [...path, key]);
      }
      return;
    }
    if (inner.def.type === 'array' && Array.isArray(value) && inner.def.element) {
      value.forEach((item, i) => walk(inner.def.element!, item, [...path, i]));
      // The same entity, claim or name twice would be shown twice (aliases have a message of their own).
      if (node !== aliasesSchema) {
        const first = new Map<string, number>();
        value.forEach((item, i) => {
          if (typeof item !== 'string') return;
          const earlier = first.get(item);
          if (earlier === undefined) first.set(item, i);
          else report(where([...path, i]), M.RepeatedItem.code, M.RepeatedItem.message(fieldName([...path, i]), item, earlier + 1));
        });
      }
    }
  };
  walk(schema, data, []);

  // An article is added once it is out: a publication date that must be later is a typing mistake.
  const published = input.collection === 'articles' ? sourceAt(['published']) : undefined;
  const added = published === undefined ? undefined : sourceAt(['added']);
  if (published !== undefined && added !== undefined && !dateProblem(published) && !dateProblem(added) && earliest(published) > latest(added)) {
    report(where(['published']), M.PublishedAfterAdded.code, M.PublishedAfterAdded.message(published.trim(), added.trim(), where(['added']).line));
  }

  // The month pages that list the article: a page shows a date in the offset it is written in, so its month is the one written.
  if (input.collection === 'articles') {
    const dated = published !== undefined && !dateProblem(published) ? published : undefined;
    const addedSource = dated === undefined ? sourceAt(['added']) : undefined;
    const placed = dated ?? (addedSource !== undefined && !dateProblem(addedSource) ? addedSource : undefined);
    const written = placed === undefined ? null : WRITTEN_DATE.exec(placed.trim());
    if (written) {
      facts.month = `${written[1]}-${written[2]}`;
      facts.dated = dated !== undefined;
    }
  }
  if (input.collection === 'stories') {
    const date = sourceAt(['date']);
    const written = date === undefined || dateProblem(date) ? null : WRITTEN_DATE.exec(date.trim());
    if (written) facts.month = `${written[1]}-${written[2]}`;
  }

  const result = (schema as unknown as { safeParse(data: unknown): { success: boolean; error?: { issues: Issue[] } } }).safeParse(data);
  if (result.success) return;
  const seen = new Set<string>();
  for (const issue of result.error?.issues ?? []) {
    const path = issue.path.filter((s): s is string | number => typeof s === 'string' || typeof s === 'number');
    const key = JSON.stringify(path);
    if (seen.has(key) || misspelt.has(key) || [...handled].some((h) => key.startsWith(h.slice(0, -1)))) continue;
    seen.add(key);
    reportIssue(issue, path, schema, data, parsed, at, report, kindOf);
  }
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  format?: string;
  maximum?: number | bigint;
  values?: unknown[];
  params?: Record<string, unknown>;
}

function valueAt(data: unknown, path: readonly (string | number)[]): { present: boolean; value: unknown } {
  let current: unknown = data;
  for (const step of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, step)) return { present: false, value: undefined };
    current = (current as Record<string | number, unknown>)[step];
  }
  return { present: true, value: current };
}

function reportIssue(
  issue: Issue,
  path: (string | number)[],
  schema: SchemaNode,
  data: unknown,
  parsed: ParsedYaml,
  at: (offset: number) => Place,
  report: Report,
  kindOf: (collection: string) => string,
) {
  const node = nodeAt(schema, path);
  const field = fieldName(path);
  const located = locate(parsed.doc, path, 0);
  const place = located.found || path.length > 1 ? at(located.offset) : TOP;
  const { present, value } = valueAt(data, path);
  const want = node ? expected(node, kindOf) : issue.message;
  const found = describeFound(value, scalarSource(located.node));

  if (!present) {
    const name = String(path.at(-1));
    const owner = path.length > 1 ? fieldName(path.slice(0, -1)) : undefined;
    return report(place, M.MissingField.code, M.MissingField.message(name, owner, want));
  }
  if (value === null || value === '' || (issue.code === 'too_small' && typeof value === 'string')) {
    return report(place, M.EmptyValue.code, M.EmptyValue.message(field, want, node ? unwrap(node).optional : false));
  }
  if (issue.code === 'too_big' && typeof value === 'string' && typeof issue.maximum === 'number') {
    const what = issue.format === 'url' || (node && unwrap(node).node.def.format === 'url') ? 'url' : /\bid\b|tag|file name/.test(want) ? 'code' : 'text';
    return report(place, M.TooLong.code, M.TooLong.message(field, grouped(value.length), grouped(issue.maximum), what));
  }
  if (issue.code === 'invalid_value' && node) {
    const allowed = enumValues(node) ?? (issue.values ?? []).map(String);
    // `rating: false` is YAML's false, not the text: what was written is what another scale calls it.
    const written = typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : undefined;
    const meant = written === undefined ? undefined : synonymOf(field, written, allowed);
    const suggestions = meant !== undefined ? [meant] : typeof value === 'string' ? nearest(value, allowed, 1) : [];
    return report(place, M.BadValue.code, M.BadValue.message(field, allowed, found, suggestions));
  }
  if (issue.code === 'custom' && issue.params?.reason === 'url-local' && typeof value === 'string') {
    return report(place, M.BadUrl.code, M.BadUrl.message(field, found, new URL(value).host));
  }
  if (issue.code === 'custom' && issue.params?.reason === 'url-credentials' && typeof value === 'string') {
    return report(place, M.UrlCredentials.code, M.UrlCredentials.message(field, found, new URL(value).host));
  }
  if (issue.code === 'custom' && issue.params?.reason === 'language-unknown' && typeof value === 'string') {
    const problem = languageTagProblem(value);
    if (problem) return report(place, M.UnknownLanguage.code, M.UnknownLanguage.message(field, found, problem.reason, problem.preferred));
  }
  if (issue.code === 'invalid_format' && issue.format === 'url') {
    // `www.example.org/page` or `example.org/page`: an address copied without its scheme.
    const bare = typeof value === 'string' && /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i.test(value.trim()) ? `https://${value.trim()}` : undefined;
    return report(place, M.BadUrl.code, M.BadUrl.message(field, found, undefined, bare && URL.canParse(bare) ? bare : undefined));
  }
  if (issue.code === 'invalid_format') {
    const fixed = typeof value !== 'string' ? '' : /\bids?\b|hyphens/.test(want) ? toId(value) : /language tag/.test(want) ? languageTag(value) : '';
    return report(place, M.BadFormat.code, M.BadFormat.message(field, want, found, fixed && fixed !== value ? [fixed] : []));
  }
  // A number, a date or true/false where text (or an id) is expected: YAML read it as such.
  const scalar = scalarSource(located.node);
  const asText = (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) && node && unwrap(node).node.def.type === 'string' && scalar !== undefined;
  const example = asText ? `${typeof path.at(-1) === 'number' ? '-' : `${String(path.at(-1))}:`} ${JSON.stringify(scalar)}` : undefined;
  // `unidentified: yes`: YAML 1.1's words for true and false are text to YAML 1.2, as Astro reads it.
  const word = typeof value === 'string' && node && unwrap(node).node.def.type === 'boolean' ? YES_NO.get(value.trim().toLowerCase()) : undefined;
  return report(place, M.WrongType.code, M.WrongType.message(field, want, found, example, word === undefined ? undefined : `${String(path.at(-1))}: ${word}`));
}
