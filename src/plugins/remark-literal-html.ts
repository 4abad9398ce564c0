/**
 * remark-literal-html: raw HTML that is no markup HTML knows is the text it is written as, so a
 * reader sees the words an editor wrote. rehype-raw parses a body's raw HTML as HTML would, and the
 * sanitiser then drops the tags of elements it does not keep: `the <T> type`, `Vec<String>`,
 * `<Foo>` on a line of its own, `if a<b and c>d` (a `<b>` never closed) or `<?php … ?>` lost
 * their characters, and the reader saw `the type`, `Vec`, nothing, `if ad`.
 *
 * ```md
 * The <T> parameter; if a<b and c>d; <b>bold</b> stays bold.
 * ```
 *
 * renders as
 *
 * ```html
 * <p>The &#x3C;T> parameter; if a&#x3C;b and c>d; <b>bold</b> stays bold.</p>
 * ```
 *
 * Outside a claim mention's span (a span is held to a stricter rule: {@link literalTags}), raw
 * HTML is text when it is
 *
 * - a tag of an element HTML does not know ({@link HTML_ELEMENTS}; inside `<svg>` or `<math>`
 *   their own elements are known), a processing instruction, a declaration or a CDATA section,
 *   which HTML drops without a word; or
 * - in a passage (a paragraph, heading or table cell), the tag of an element of words
 *   ({@link FORMATTING}: `<b>`, `<em>`, `<span>`, …) left open in it, or an end tag that closes
 *   nothing in it: such a tag would carry its formatting past the passage, or is no tag at all.
 *
 * What HTML knows stays markup, and the sanitiser decides what of it reaches the page (rehype-safe-
 * html): formatting it keeps still formats, `<script>` and the rest are removed as before. A
 * comment stays a comment. An HTML block (raw HTML on lines of its own) is read tag by tag; one
 * left with no markup at all is a paragraph of its words. Turning markup into text only ever
 * removes markup, so nothing here can let script through.
 */
import type { Html, Paragraph, Parent, Root, RootContent, Text } from 'mdast';
import { parseEntities } from 'parse-entities';
import { safeHtmlSchema } from './rehype-safe-html.ts';

/**
 * The elements whose raw tags in a span are formatting: those a body keeps (rehype-safe-html), and
 * HTML's other elements of words whose tags the sanitiser drops and whose words it keeps.
 */
export const FORMATTING = new Set([
  ...(safeHtmlSchema.tagNames ?? []),
  ...['abbr', 'acronym', 'bdi', 'bdo', 'big', 'cite', 'data', 'dfn', 'font', 'label', 'mark', 'nobr', 'small', 'time', 'u'],
]);

/**
 * Of those, the elements that are not phrasing (blocks, parts of lists and tables, and `<rp>` and
 * `<rt>`, whose end tags HTML leaves optional): outside a span, raw tags of these need no end tag
 * in their passage (HTML ends them where it may).
 */
const NOT_PHRASING = new Set(['blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'ol', 'p', 'pre', 'rp', 'rt', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);

/** The elements HTML knows, current and obsolete (its parser gives each a meaning): any other name is no element. */
export const HTML_ELEMENTS = new Set([
  ...['a', 'abbr', 'acronym', 'address', 'applet', 'area', 'article', 'aside', 'audio', 'b', 'base', 'basefont', 'bdi', 'bdo', 'bgsound', 'big', 'blink'],
  ...['blockquote', 'body', 'br', 'button', 'canvas', 'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'data', 'datalist', 'dd', 'del', 'details'],
  ...['dfn', 'dialog', 'dir', 'div', 'dl', 'dt', 'em', 'embed', 'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form', 'frame', 'frameset'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'i', 'iframe', 'image', 'img', 'input', 'ins', 'isindex', 'kbd'],
  ...['keygen', 'label', 'legend', 'li', 'link', 'listing', 'main', 'map', 'mark', 'marquee', 'math', 'menu', 'menuitem', 'meta', 'meter', 'multicol'],
  ...['nav', 'nextid', 'nobr', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'optgroup', 'option', 'output', 'p', 'param', 'picture', 'plaintext'],
  ...['pre', 'progress', 'q', 'rb', 'rp', 'rt', 'rtc', 'ruby', 's', 'samp', 'script', 'search', 'section', 'select', 'selectedcontent', 'slot', 'small'],
  ...['source', 'spacer', 'span', 'strike', 'strong', 'style', 'sub', 'summary', 'sup', 'svg', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot'],
  ...['th', 'thead', 'time', 'title', 'tr', 'track', 'tt', 'u', 'ul', 'var', 'video', 'wbr', 'xmp'],
]);

/** Elements whose content is in another language of markup (SVG, MathML), with elements of its own. */
const FOREIGN = new Set(['svg', 'math']);
/** Elements whose content HTML reads as text, not tags, up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

/** HTML's void elements: a start tag of one needs no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const START_TAG = /^<([a-z][a-z0-9-]*)(?=[\s/>])/i;
const END_TAG = /^<\/([a-z][a-z0-9-]*)\s*>$/i;

/** A tag as CommonMark reads one (an HTML block is read tag by tag so): an open tag or an end tag. */
const ATTRIBUTE = String.raw`\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
const TAG = new RegExp(String.raw`<([a-zA-Z][a-zA-Z0-9-]*)(?:${ATTRIBUTE})*\s*\/?>|<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>`, 'y');

/** The end of a comment that starts at `at` (`<!--`): after its `-->`, or the end of the text, as HTML ends one never closed. */
function commentEnd(html: string, at: number): number {
  if (html.startsWith('<!-->', at)) return at + 5;
  if (html.startsWith('<!--->', at)) return at + 6;
  const close = html.indexOf('-->', at + 4);
  return close === -1 ? html.length : close + 3;
}

/**
 * Makes a raw HTML node the text it is written as, its character references read as HTML reads
 * them in text (`<Foo a="x &amp; y">` shows `<Foo a="x & y">`, as the same tag in an HTML block,
 * {@link literalBlock}, does): a text node's value is the characters a reader sees.
 */
function toText(node: Html): void {
  (node as unknown as Text).type = 'text';
  if (node.value.includes('&')) node.value = parseEntities(node.value);
}

/**
 * Turns into text the raw HTML of a span that is not formatting the page keeps, so that the
 * reader sees the characters the editor wrote, on the article page and the claim page alike:
 * `the <x> rule`, `if a <b and c> d`, `the <T> type`, `<script>…</script>`, `<?php … ?>`. A
 * tag is formatting when its element is one of HTML's elements of words ({@link FORMATTING}:
 * `<b>`, `<em>`, `<span>`, `<q>`, `<abbr>`, …) and it is closed inside the span (or needs no end
 * tag, `<br>`): an element left open would carry its formatting past the mention's end, and the
 * tag of any other would take words with it (an unknown element's tag, which the sanitiser
 * drops, a script's content, which it drops too). A comment stays markup, which no reader sees.
 */
export function literalTags(span: Parent): void {
  literalPassage(span, () => false, (name) => (name === undefined || !FORMATTING.has(name) ? 'text' : 'formatting'), false);
}

/** What a raw tag of a passage is: text, markup, or formatting, which is text unless closed in the passage. */
type Kind = 'text' | 'markup' | 'formatting';

/**
 * The raw HTML of one passage (a mention's span, a paragraph): `kind` says what each tag is (from
 * its element's name, undefined when it is no tag, and whether it is inside `<svg>` or `<math>`,
 * counted when `foreign`); formatting is text unless closed in the passage (or void). `skip` leaves
 * a child out, as another passage.
 */
function literalPassage(passage: Parent, skip: (node: RootContent) => boolean, kind: (name: string | undefined, foreign: boolean) => Kind, foreign: boolean): void {
  const tags: { node: Html; name: string; end: boolean }[] = [];
  let depth = 0;
  const collect = (parent: Parent) => {
    for (const child of parent.children as RootContent[]) {
      if (skip(child)) continue;
      if (child.type === 'html') {
        if (child.value.startsWith('<!--')) continue;
        const start = START_TAG.exec(child.value);
        const end = END_TAG.exec(child.value);
        const name = (start ?? end)?.[1]?.toLowerCase();
        if (foreign && end && name !== undefined && FOREIGN.has(name)) depth = Math.max(0, depth - 1);
        const found = kind(name, depth > 0);
        if (foreign && start && name !== undefined && FOREIGN.has(name) && !child.value.endsWith('/>')) depth++;
        if (found === 'text') toText(child);
        else if (found === 'formatting' && name !== undefined) tags.push({ node: child, name, end: end !== null });
      } else if ('children' in child) collect(child as Parent);
    }
  };
  collect(passage);
  const open: { node: Html; name: string }[] = [];
  for (const tag of tags) {
    if (!tag.end) {
      if (!VOID.has(tag.name)) open.push(tag);
      continue;
    }
    const at = open.findLastIndex((o) => o.name === tag.name);
    if (at === -1) toText(tag.node);
    // The elements opened after it and not closed end with it, as in HTML: their tags are text.
    else for (const unclosed of open.splice(at).slice(1)) toText(unclosed.node);
  }
  for (const unclosed of open) toText(unclosed.node);
}

/**
 * What a tag outside a span is: text when it is no tag, or of no element HTML (or the SVG or
 * MathML it is in) knows; formatting when of a phrasing element of words; else markup, for the sanitiser.
 */
const bodyKind = (name: string | undefined, foreign: boolean): Kind => {
  if (foreign) return 'markup';
  if (name === undefined || !HTML_ELEMENTS.has(name)) return 'text';
  return FORMATTING.has(name) && !NOT_PHRASING.has(name) ? 'formatting' : 'markup';
};

/**
 * An HTML block's raw HTML with the `<` of everything in it that is not markup HTML knows written
 * as `&lt;`, so HTML reads it as text; and whether any markup is left. The content of an element
 * HTML reads as text (`<script>`, `<textarea>`, …) is left as it is.
 */
export function literalBlock(html: string): { html: string; markup: boolean } {
  let out = '';
  let markup = false;
  let foreign = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      // A comment, which no reader sees, stays one.
      i = commentEnd(html, lt);
      out += html.slice(lt, i);
      markup = true;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    const name = (tag?.[1] ?? tag?.[2])?.toLowerCase();
    const end = tag?.[2] !== undefined;
    if (tag && name !== undefined && (foreign > 0 || HTML_ELEMENTS.has(name))) {
      markup = true;
      out += tag[0];
      i = lt + tag[0].length;
      if (FOREIGN.has(name) && !tag[0].endsWith('/>')) foreign = Math.max(0, foreign + (end ? -1 : 1));
      if (!end && foreign === 0 && RAW_TEXT.has(name)) {
        // Its content is text to HTML, up to its end tag: left as it is.
        const closing = new RegExp(`</${name}`, 'gi');
        closing.lastIndex = i;
        const to = closing.exec(html)?.index ?? html.length;
        out += html.slice(i, to);
        i = to;
      }
      continue;
    }
    out += '&lt;';
    i = lt + 1;
  }
  return { html: out + html.slice(i), markup };
}

/** The parents whose children are phrasing: a passage. */
const PASSAGES = new Set(['paragraph', 'heading', 'tableCell']);

export interface Options {
  /** The directive whose spans are left alone, as remark-claim-mentions reads them (default: `'claim'`). */
  name?: string;
}

export default function remarkLiteralHtml(options: Options = {}) {
  const name = options.name ?? 'claim';
  const isSpan = (node: RootContent) => node.type === 'textDirective' && node.name === name;
  return function transformer(tree: Root) {
    const visit = (parent: Parent) => {
      if (PASSAGES.has(parent.type)) {
        literalPassage(parent, isSpan, bodyKind, true);
        return;
      }
      const children = parent.children as RootContent[];
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === 'html') {
          const { html, markup } = literalBlock(child.value);
          child.value = html;
          // Words alone: a paragraph of them, as a reader expects them.
          if (!markup) children[i] = { type: 'paragraph', children: [child], position: child.position } satisfies Paragraph;
        } else if ('children' in child) visit(child as Parent);
      }
    };
    visit(tree);
  };
}
