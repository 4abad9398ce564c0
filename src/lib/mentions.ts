/**
 * Claim mentions: the `:claim[exact span]{#claim-id stance=…}` directives in article bodies.
 * The remark plugin finds them; this module holds their shape and the rules that do not need
 * a syntax tree (stances, anchors), so the analysis and the checks share one definition.
 */
import type { ClaimId } from './ids.ts';
import type { FragmentContext } from './text-fragment.ts';

/**
 * How an article carries a claim.
 * - `asserts`: states it as fact in its own voice (the default).
 * - `disputes`: says or shows it is wrong.
 * - `quotes`: reports that someone else said it, without taking a side.
 * - `qualifies`: reports it with a caveat, limit or hedge.
 */
export const STANCES = ['asserts', 'disputes', 'quotes', 'qualifies'] as const;
export type Stance = (typeof STANCES)[number];
export const DEFAULT_STANCE: Stance = 'asserts';

export function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && (STANCES as readonly string[]).includes(value);
}

/** A place in a file, counted from its first line and column (both 1-based), as editors see it. */
export interface Point {
  line: number;
  column: number;
  /** 0-based offset in the file's text. */
  offset: number;
}

/** One claim mention, as found in an article body. */
export interface Mention {
  /** The claim the span carries. */
  claim: ClaimId;
  stance: Stance;
  /** The exact evidence text of the span, as quoted from the article. */
  text: string;
  /**
   * Whether the article presents the span as a quotation: it stands between quotation marks
   * (`“:claim[…]{…}”`) or its own text opens and closes with them.
   */
  quoted: boolean;
  /** The `id` of the span in the article record: stable when other mentions are added. */
  anchor: string;
  /**
   * The words around the span in its passage, a quotation, only when its first words also occur
   * earlier in the passage or in a quotation before it: the link to the original then needs them
   * to land on the span (src/lib/text-fragment.ts).
   */
  context?: FragmentContext;
  /** Where the directive starts, from the top of the file (frontmatter included). */
  start: Point;
  end: Point;
}

/** The words of a span, for comparison: whitespace collapsed, typographic quotes made plain. */
export function normaliseSpan(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** FNV-1a, 32 bits: a small stable hash, the same in every runtime. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The anchor of a mention: `m-<claim>-<hash of the span's words>`. It depends only on the claim
 * and the words, never on the mention's position, so adding mentions before it leaves it as it
 * is. Identical spans of one claim in one article are told apart by `-2`, `-3`, … in order.
 */
export function mentionAnchor(claim: string, text: string, seen: Map<string, number>): string {
  const base = `m-${claim}-${fnv1a(normaliseSpan(text).toLowerCase()).toString(36).padStart(7, '0')}`;
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}

/**
 * The anchors a mention had under its claim's old ids (`aliases`): `m-<alias>-<hash>`, the same
 * words and number as its anchor now. A claim renamed keeps its passages' old links working.
 */
export function oldMentionAnchors(anchor: string, claim: string, aliases: readonly string[]): string[] {
  const prefix = `m-${claim}-`;
  if (!anchor.startsWith(prefix)) return [];
  const rest = anchor.slice(prefix.length);
  return [...new Set(aliases)].filter((alias) => alias !== claim).map((alias) => `m-${alias}-${rest}`);
}

/** A start tag with an `id` among the word characters and hyphens of an anchor (a mention's `<a>`). */
const TAG_WITH_ID = /<a\s(?:[^>"']|"[^"]*"|'[^']*')*?\bid="(m-[a-z0-9-]+)"(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * A rendered article body with, first inside each mention's link, an empty element for each of
 * its old anchors (`old`, by current anchor): a link to a passage made before its claim was renamed
 * still lands on the passage. Only mentions' links change.
 */
export function withOldAnchors(html: string, old: ReadonlyMap<string, readonly string[]>): string {
  if (old.size === 0) return html;
  return html.replace(TAG_WITH_ID, (tag: string, id: string) => {
    const ids = old.get(id);
    return ids && ids.length > 0 ? `${tag}${ids.map((a) => `<span id="${a}"></span>`).join('')}` : tag;
  });
}

/**
 * Quotation marks that open and close a quotation, in the languages the records hold: English
 * “…” and ‘…’, French «…», German „…“ and ‚…‘ (and »…«, ›…‹), and the corner brackets of Japanese
 * and Chinese 「…」 and 『…』.
 */
const OPENING = new Set(['"', "'", '\u201C', '\u2018', '\u00AB', '\u201E', '\u2039', '\u201A', '\u00BB', '\u203A', '\u300C', '\u300E']);
const CLOSING = new Set(['"', "'", '\u201D', '\u2019', '\u00BB', '\u201C', '\u203A', '\u2018', '\u00AB', '\u2039', '\u300D', '\u300F']);

/** Punctuation that may sit between a quoted span and its closing mark: `“words,” she said`, `「言葉。」`. */
const TRAILING = /^[,.;:!?\u2026\u3001\u3002\uFF01\uFF0C\uFF0E\uFF1F]+/;

/** Double quotation marks, and the markup of a directive's attributes (whose values may be quoted). */
const DOUBLE_MARKS = /[\u201C\u201D\u201E\u00AB\u00BB"]/g;
const ATTRIBUTES = /\{[^{}\n]*\}/g;

/** Whether more corner brackets of Japanese and Chinese open than close in a text: 「 and 『 open, 」 and 』 close. */
function insideCornerBrackets(text: string): boolean {
  const count = (mark: string) => text.split(mark).length - 1;
  return count('\u300C') > count('\u300D') || count('\u300E') > count('\u300F');
}

/** Whether a line is inside double quotation marks, or corner brackets, where it ends. */
function insideDoubleQuotes(line: string): boolean {
  const text = line.replace(ATTRIBUTES, '');
  if (insideCornerBrackets(text)) return true;
  const marks = text.match(DOUBLE_MARKS) ?? [];
  const last = marks.at(-1);
  if (last === undefined || last === '\u201D' || last === '\u00BB') return false;
  if (last === '"') return marks.filter((m) => m === '"').length % 2 === 1;
  // “ opens, except where it closes a German „…“.
  return last !== '\u201C' || marks.at(-2) !== '\u201E';
}

/**
 * Whether a span is presented as a quotation. `before` is the text of its line before the
 * directive and `after` the text of its line after it (a single character each will do). It is
 * when the span itself is enclosed in quotation marks; when marks enclose it directly, with any
 * punctuation before the closing one (`“words,” she said`); or when it sits inside a longer
 * quotation in double marks, opened earlier on its line and closed later (`“We agree that
 * :claim[words]{#a},” she said`).
 */
export function isQuoted(text: string, before: string, after: string): boolean {
  const t = text.trim();
  if (t.length > 1 && OPENING.has(t[0]!) && CLOSING.has(t.at(-1)!)) return true;
  const closing = after.replace(TRAILING, '').charAt(0);
  if (OPENING.has(before.at(-1) ?? '') && CLOSING.has(closing)) return true;
  const rest = after.replace(ATTRIBUTES, '');
  return insideDoubleQuotes(before) && ((rest.match(DOUBLE_MARKS) ?? []).length > 0 || /[\u300D\u300F]/.test(rest));
}
