/**
 * Characters that text on the site cannot carry. Pure: patterns only.
 *
 * - XML 1.0 forbids, even escaped, the C0 controls other than tab, line feed and carriage
 *   return, U+FFFE, U+FFFF and halves of a surrogate pair alone: one makes a whole feed
 *   unreadable to a conforming reader.
 * - HTML also counts DEL and the C1 controls (U+007F to U+009F) as parse errors.
 *
 * YAML lets an editor write any of them (`"\x01"`, `"\v"`), and text pasted from a PDF or a
 * word processor brings some: the checks refuse them (src/check/file.ts), and the feeds drop
 * any that reach them (src/lib/feeds.ts).
 */

/** The characters XML 1.0 forbids, as a pattern's source. */
const XML_FORBIDDEN_SOURCE = String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;

/** Every character XML 1.0 forbids (global: for `replace` and `matchAll`). */
export const XML_FORBIDDEN = new RegExp(XML_FORBIDDEN_SOURCE, 'g');

/** Every character a page or a feed cannot carry: XML's, with DEL and the C1 controls (global). */
export const TEXT_FORBIDDEN = new RegExp(String.raw`[\u007F-\u009F]|${XML_FORBIDDEN_SOURCE}`, 'g');

/**
 * The noncharacters no page may hold (the Nu Html Checker's "Forbidden code point") that XML
 * allows, so {@link TEXT_FORBIDDEN} does not name them: U+FDD0 to U+FDEF, and the last two code
 * points of planes 1 to 16 (U+1FFFE, U+1FFFF, …, as surrogate pairs). Global.
 */
export const NONCHARACTERS = /[\uFDD0-\uFDEF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

/**
 * The bidirectional formatting controls: embeddings and overrides (U+202A to U+202E) and
 * isolates (U+2066 to U+2069). Invisible, and one left open reverses or reorders the text after
 * it on the same line of a page, a feed reader or a preview: `Wire\u202E, 12 May` reads as
 * `Wire yaM 21 ,`. The checks refuse them (src/check/file.ts); the marks a right-to-left quotation
 * needs (U+200E, U+200F, U+061C) are not among them. Global.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
