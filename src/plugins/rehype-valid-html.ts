/**
 * rehype-valid-html: whatever an article body's raw HTML, the sanitised tree is valid HTML. The
 * sanitiser keeps allowed elements wherever they stand and, where it removes an element, keeps its
 * children: `<p>a <object><p>b</p></object></p>` left a `<p>` inside a `<p>` (which a browser
 * splits, so the page is not the tree we built), `<a><object><a>` an `<a>` inside an `<a>`, and
 * the attributes it allows kept any value (`colspan="0"`, `start="x"`, `lang="??"`,
 * `dir="sideways"`, `href="/a b"`). The Nu Html Checker refused the page.
 *
 * This step runs after the sanitiser and brings the tree into HTML's content model:
 *
 * - an element its parent may not hold is unwrapped: its children take its place (a `<div>`
 *   inside a `<span>`, a `<p>` or heading inside a `<p>`, an `<a>` or `<details>` inside an
 *   `<a>`, an `<li>` outside a list, a `<dt>` outside a `<dl>`, an `<rt>` outside a `<ruby>`);
 *   an `<a>` around one of the pipeline's own links (a claim mention, a footnote reference) is
 *   unwrapped rather than the link inside it;
 * - what a list holds besides its items is put in an item of its own; text and elements a table
 *   may not hold go before the table (as a browser's parser puts them); a row without cells is
 *   removed; a `<dl>` that is not terms followed by descriptions, a `<details>` that does not
 *   start with its `<summary>` and a `<ruby>` without `<rt>` or `<rp>` become a `<div>`, a
 *   `<div>` and a `<span>`; `<tt>` becomes `<code>` and `<strike>` `<s>`;
 * - an attribute the element may not have, or whose value HTML forbids, is dropped; a URL that
 *   only needs escaping is escaped (`/a b` → `/a%20b`); `open="maybe"` is `open`; spans that
 *   leave a table's column without a cell starting in it, or run past its row group, are dropped
 *   or cut short.
 *
 * ```md
 * <p>a <object><p>b</p></object> <span dir="sideways">c</span></p>
 * ```
 *
 * renders as
 *
 * ```html
 * <p>a b <span>c</span></p>
 * ```
 *
 * The words of a body always stay; only markup HTML does not allow is taken away.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { iso6393 } from 'iso-639-3';

type Parent = Root | Element;
type Node = RootContent;

/** What a parent may hold. */
interface Context {
  /** `flow` (blocks and phrasing), `phrasing` (inline only) or `text` (no elements). */
  model: 'flow' | 'phrasing' | 'text';
  /** Inside an `<a>`: no interactive element (`<a>`, `<details>`). */
  inLink: boolean;
  /** Inside a `<dt>` or `<th>`: no heading or section. */
  noHeading: boolean;
  /** Directly inside a `<ruby>`: `<rt>` and `<rp>` allowed. */
  inRuby: boolean;
  /** Inside a table's `<caption>`: no table. */
  noTable?: boolean;
}

const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Flow content that is not phrasing content. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'figure', 'footer', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', ...HEADINGS]);
const SECTIONING = new Set(['article', 'aside', 'nav', 'section']);
/** Elements whose content model is their parent's (`<a>` also forbids interactive descendants). */
const TRANSPARENT = new Set(['a', 'del', 'ins']);
/** Elements that hold only phrasing content. */
const PHRASING_HOLDERS = new Set(['p', 'pre', 'summary', 'rt', ...HEADINGS, ...[...PHRASING].filter((t) => !TRANSPARENT.has(t) && t !== 'ruby')]);
const VOID = new Set(['br', 'hr', 'wbr']);
const OBSOLETE: Record<string, string> = { tt: 'code', strike: 's' };
const TABLE_SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

/** Attributes any element may have (the others of `hast` names are per element, below). */
const GLOBAL = new Set(['dir', 'lang', 'title', 'id', 'className']);
/** Attributes HTML (or the Nu Html Checker, for obsolete ones it only warns about) allows on each element. */
const ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'hrefLang', 'charSet', 'coords', 'rev', 'shape'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'dateTime'],
  ins: ['cite', 'dateTime'],
  details: ['open'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  div: ['align'],
  p: ['align'],
  hr: ['align'],
  h1: ['align'],
  h2: ['align'],
  h3: ['align'],
  h4: ['align'],
  h5: ['align'],
  h6: ['align'],
  table: ['align', 'summary'],
  thead: ['align', 'char', 'charOff'],
  tbody: ['align', 'char', 'charOff'],
  tfoot: ['align', 'char', 'charOff'],
  tr: ['align', 'char', 'charOff'],
  td: ['abbr', 'align', 'axis', 'char', 'charOff', 'colSpan', 'rowSpan', 'scope'],
  th: ['abbr', 'align', 'axis', 'char', 'charOff', 'colSpan', 'rowSpan', 'scope'],
};

/** The last two code points of every plane, noncharacters (in a character class, for a `u` regular expression). */
const PLANE_ENDS = Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join('');

/**
 * Code points HTML forbids in text and attribute values: controls other than white space, lone
 * surrogates and noncharacters (U+FDD0 to U+FDEF, and the last two of every plane). Markdown
 * turns a reference to one into U+FFFD, but raw HTML decodes it (`<span title="&#xFDD0;">`).
 */
const FORBIDDEN_CHARACTERS = new RegExp(
  `[\\0-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x9F\\uD800-\\uDFFF\\uFDD0-\\uFDEF${PLANE_ENDS}]`,
  'gu',
);

/** A quick test for what may hold one: an astral noncharacter is a surrogate pair, so any surrogate. */
const MAYBE_FORBIDDEN = /[\0-\x08\x0B\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF]/;

/** `text` with every code point HTML forbids replaced by U+FFFD, as Markdown does with a reference to one. */
export const withoutForbiddenCharacters = (text: string) => (MAYBE_FORBIDDEN.test(text) ? text.replace(FORBIDDEN_CHARACTERS, '\uFFFD') : text);

const isElement = (node: Node | ElementContent): node is Element => node.type === 'element';
const isBlankText = (node: Node | ElementContent) => node.type === 'text' && /^[ \t\n\f\r]*$/.test(node.value);
const isOwnLink = (node: Element) => node.tagName === 'a' && node.properties.id !== undefined;
const element = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });

/** Whether `tag` may stand in a parent of context `ctx`. */
function allowed(tag: string, ctx: Context): boolean {
  if (ctx.model === 'text') return false;
  if (ctx.inLink && (tag === 'a' || tag === 'details')) return false;
  if (ctx.noHeading && (HEADINGS.has(tag) || SECTIONING.has(tag))) return false;
  if (ctx.noTable && tag === 'table') return false;
  if (tag === 'rt' || tag === 'rp') return ctx.inRuby;
  if (PHRASING.has(tag)) return true;
  return ctx.model === 'flow' && BLOCK.has(tag);
}

/** The context of an element's children, given the element's own context. */
function inner(tag: string, ctx: Context): Context {
  const base = { inLink: ctx.inLink || tag === 'a', noHeading: ctx.noHeading || tag === 'dt' || tag === 'th', inRuby: tag === 'ruby', noTable: ctx.noTable || tag === 'caption' };
  if (tag === 'rp') return { ...base, model: 'text' };
  if (TRANSPARENT.has(tag)) return { ...base, model: ctx.model };
  if (tag === 'ruby' || PHRASING_HOLDERS.has(tag)) return { ...base, model: 'phrasing' };
  return { ...base, model: 'flow' };
}

/** Brings `parent`'s children into its content model `ctx`. */
function fixChildren(parent: Parent, ctx: Context): void {
  // The children still to place, last first (an unwrapped element's children go on top).
  const stack = [...parent.children].reverse();
  const out: Node[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) {
      if (node.type === 'text' || node.type === 'comment') {
        node.value = withoutForbiddenCharacters(node.value);
        out.push(node);
      }
      continue;
    }
    node.tagName = OBSOLETE[node.tagName] ?? node.tagName;
    const tag = node.tagName;
    const own = isOwnLink(node);
    // A link of the page's own inside a link: the outer link gives way.
    const unwrap = !(allowed(tag, ctx) || (own && ctx.model !== 'text' && tag === 'a')) || (tag === 'a' && !own && node.children.some(hasOwnLink));
    if (unwrap) {
      if (!VOID.has(tag)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Node);
      continue;
    }
    out.push(...fixElement(node, own ? { ...ctx, inLink: false } : ctx));
  }
  parent.children = out as typeof parent.children;
}

function hasOwnLink(node: ElementContent): boolean {
  return isElement(node) && (isOwnLink(node) || node.children.some(hasOwnLink));
}

/** Fixes an element allowed where it stands; returns it, with what must go before it. */
function fixElement(node: Element, ctx: Context): Node[] {
  const tag = node.tagName;
  if (VOID.has(tag)) {
    node.children = [];
    fixAttributes(node, undefined);
    return [node];
  }
  if (tag === 'ul' || tag === 'ol') {
    fixList(node, ctx);
  } else if (tag === 'dl') {
    if (!fixDl(node, ctx)) return fixElement(node, ctx);
  } else if (tag === 'details') {
    const first = node.children.find((c) => !isBlankText(c));
    if (first === undefined || !isElement(first) || first.tagName !== 'summary') {
      node.tagName = 'div';
      return fixElement(node, ctx);
    }
    const rest: Root = { type: 'root', children: node.children.filter((c) => c !== first) as Node[] };
    fixChildren(first, inner('summary', ctx));
    fixAttributes(first, undefined);
    fixChildren(rest, inner('details', ctx));
    node.children = [first, ...(rest.children as ElementContent[])];
  } else if (tag === 'table') {
    const before = fixTable(node, ctx);
    fixAttributes(node, undefined);
    return [...before, node];
  } else {
    fixChildren(node, inner(tag, ctx));
    if (tag === 'ruby' && !validRuby(node)) {
      node.tagName = 'span';
      fixChildren(node, inner('span', ctx));
    }
  }
  fixAttributes(node, undefined);
  return [node];
}

/** A `<ruby>` is runs of base text, each followed by its `<rt>` (and `<rp>`) annotations. */
function validRuby(ruby: Element): boolean {
  const shape = ruby.children
    .filter((c) => !isBlankText(c))
    .map((c) => (isElement(c) && (c.tagName === 'rt' || c.tagName === 'rp') ? 'r' : 'x'))
    .join('');
  return /^(?:x+r+)+$/.test(shape);
}

/** A list holds items only: anything else is put in an item of its own. */
function fixList(list: Element, ctx: Context) {
  const children: ElementContent[] = [];
  let loose: ElementContent[] = [];
  const flush = () => {
    if (loose.some((c) => !isBlankText(c))) children.push(element('li', loose));
    else children.push(...loose);
    loose = [];
  };
  for (const child of list.children) {
    if (isElement(child) && child.tagName === 'li') {
      flush();
      children.push(child);
    } else loose.push(child);
  }
  flush();
  list.children = children;
  for (const item of children) {
    if (!isElement(item)) continue;
    fixChildren(item, inner('li', ctx));
    fixAttributes(item, list.tagName);
  }
}

/** A `<dl>` of groups of terms then descriptions (possibly each in a `<div>`) is fixed and kept (true); any other becomes a `<div>` (false). */
function fixDl(dl: Element, ctx: Context): boolean {
  const elements = dl.children.filter((c) => !isBlankText(c));
  const shape = (nodes: ElementContent[]) => nodes.map((c) => (isElement(c) && c.tagName === 'dt' ? 't' : isElement(c) && c.tagName === 'dd' ? 'd' : 'x')).join('');
  const groups = elements.every((c) => isElement(c) && c.tagName === 'div');
  const valid = groups
    ? elements.every((c) => /^t+d+$/.test(shape((c as Element).children.filter((g) => !isBlankText(g)))))
    : /^(t+d+)*$/.test(shape(elements));
  if (!valid) {
    dl.tagName = 'div';
    for (const c of elements) {
      if (!isElement(c)) continue;
      if (c.tagName === 'dt' || c.tagName === 'dd') c.tagName = 'div';
      if (groups) for (const g of c.children) if (isElement(g) && (g.tagName === 'dt' || g.tagName === 'dd')) g.tagName = 'div';
    }
    return false;
  }
  const items = groups ? elements.flatMap((c) => ((c as Element).children.filter(isElement) as Element[])) : (elements as Element[]);
  for (const item of items) {
    fixChildren(item, inner(item.tagName, ctx));
    fixAttributes(item, undefined);
  }
  for (const c of elements) if (groups) fixAttributes(c as Element, undefined);
  return true;
}

/**
 * A table holds its caption, first, then row groups of rows of cells; what it may not hold is
 * returned, to go before it (where a browser's parser puts it). The first `<caption>` is kept,
 * wherever it stood, as the table's first child (a table after its rows, or a second caption,
 * would make the page invalid: a second one's words go before the table); a caption holds no
 * table, and one with no words is dropped. Rows without cells are removed; a table starts with
 * at most one `<thead>` and ends with at most one `<tfoot>`; spans that run past their row
 * group are cut short, and column spans are dropped if they leave a column without a cell
 * starting in it.
 */
function fixTable(table: Element, ctx: Context): Node[] {
  const before: Node[] = [];
  const misplaced = (node: ElementContent) => {
    if (!isBlankText(node)) before.push(node);
  };
  const fixRow = (row: Element): Element | undefined => {
    const cells: ElementContent[] = [];
    for (const c of row.children) {
      if (isElement(c) && (c.tagName === 'td' || c.tagName === 'th')) cells.push(c);
      else if (isBlankText(c)) cells.push(c);
      else misplaced(c);
    }
    row.children = cells;
    if (!cells.some(isElement)) return undefined;
    for (const cell of cells) {
      if (!isElement(cell)) continue;
      fixChildren(cell, inner(cell.tagName, { ...ctx, model: 'flow' }));
      fixAttributes(cell, undefined);
    }
    fixAttributes(row, undefined);
    return row;
  };
  const sections: Element[] = [];
  let loose: Element | undefined;
  let caption: Element | undefined;
  for (const c of table.children) {
    if (isElement(c) && c.tagName === 'caption' && !caption) {
      caption = c;
    } else if (isElement(c) && TABLE_SECTIONS.has(c.tagName)) {
      loose = undefined;
      const rows: Element[] = [];
      for (const r of c.children) {
        if (isElement(r) && r.tagName === 'tr') {
          const row = fixRow(r);
          if (row) rows.push(row);
        } else misplaced(r);
      }
      c.children = rows;
      fixAttributes(c, undefined);
      sections.push(c);
    } else if (isElement(c) && c.tagName === 'tr') {
      const row = fixRow(c);
      if (!row) continue;
      if (!loose) sections.push((loose = element('tbody', [])));
      loose.children.push(row);
    } else misplaced(c);
  }
  sections.forEach((s, i) => {
    if ((s.tagName === 'thead' && i !== 0) || (s.tagName === 'tfoot' && i !== sections.length - 1)) s.tagName = 'tbody';
  });
  if (caption) {
    fixChildren(caption, inner('caption', { ...ctx, model: 'flow' }));
    fixAttributes(caption, undefined);
    if (toString(caption).trim() === '') caption = undefined;
  }
  table.children = caption ? [caption, ...sections] : sections;
  fixSpans(sections);
  // The misplaced content stands where the table stands, in the table's own context.
  const holder: Root = { type: 'root', children: before };
  fixChildren(holder, ctx);
  return holder.children;
}

/** Cuts row spans short at the end of their row group, then drops column spans if a column has no cell starting in it. */
function fixSpans(sections: Element[]) {
  const cellsOf = (row: Element) => row.children.filter(isElement);
  const begins = new Set<number>();
  let width = 0;
  for (const section of sections) {
    const rows = section.children.filter(isElement);
    const taken = new Set<string>();
    rows.forEach((row, r) => {
      let col = 0;
      for (const cell of cellsOf(row)) {
        while (taken.has(`${r},${col}`)) col++;
        const left = rows.length - r;
        const rowSpan = Number(cell.properties.rowSpan ?? 1);
        if (rowSpan > left) cell.properties.rowSpan = left;
        const down = rowSpan === 0 || rowSpan > left ? left : rowSpan;
        const across = Number(cell.properties.colSpan ?? 1);
        begins.add(col);
        for (let i = 0; i < down; i++) for (let j = 0; j < across; j++) taken.add(`${r + i},${col + j}`);
        col += across;
        width = Math.max(width, col);
      }
    });
  }
  if (begins.size < width) for (const section of sections) for (const row of section.children.filter(isElement)) for (const cell of cellsOf(row)) delete cell.properties.colSpan;
}

const integer = (value: unknown) => (typeof value === 'number' || typeof value === 'string') && /^-?[0-9]+$/.test(String(value).trim());
const inRange = (min: number, max: number) => (value: unknown) => integer(value) && Number(value) >= min && Number(value) <= max;

/** Checks of an attribute's value: false drops the attribute. */
const VALUES: Record<string, (value: unknown, node: Element) => boolean> = {
  dir: (value) => ['ltr', 'rtl', 'auto'].includes(String(value).toLowerCase()),
  lang: (value) => value === '' || validLanguageTag(String(value)),
  hrefLang: (value) => validLanguageTag(String(value)),
  start: integer,
  value: integer,
  colSpan: inRange(1, 1000),
  rowSpan: inRange(0, 65534),
  scope: (value) => ['row', 'col', 'rowgroup', 'colgroup'].includes(String(value).toLowerCase()),
  dateTime: (value) => validDateTime(String(value)),
  type: (value) => ['1', 'a', 'A', 'i', 'I'].includes(String(value)),
};

/** Drops the attributes `node` may not have and the values HTML forbids; `listTag` is the parent list of an `<li>`. */
function fixAttributes(node: Element, listTag: string | undefined) {
  const allowedNames = ATTRIBUTES[node.tagName] ?? [];
  const properties: Properties = node.properties;
  for (const [name, value] of Object.entries(properties)) {
    const known = GLOBAL.has(name) || allowedNames.includes(name) || /^(?:aria|data)[A-Z]/.test(name);
    if (!known || value === null || value === undefined || (VALUES[name] && !VALUES[name](value, node))) {
      delete properties[name];
      continue;
    }
    if (typeof value === 'string') properties[name] = withoutForbiddenCharacters(value);
    if (name === 'href' || name === 'cite') {
      const url = validUrl(String(properties[name]));
      if (url === undefined) delete properties[name];
      else properties[name] = url;
    }
    if (name === 'open' || name === 'reversed') properties[name] = true;
  }
  if (node.tagName === 'li' && listTag !== 'ol') delete properties.value;
}

const LANGUAGES = new Set(iso6393.flatMap((l) => (l.iso6391 ? [l.iso6391] : [l.iso6393])));
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const scripts = new Intl.DisplayNames(['en'], { type: 'script', fallback: 'none' });

/**
 * A language tag the Nu Html Checker accepts: a language (ISO 639-1, or ISO 639-3 where there is
 * no 639-1 code), then an optional script and region that are registered. Anything else
 * (variants, extensions, grandfathered tags) is refused: the text then takes the page's language.
 */
export function validLanguageTag(tag: string): boolean {
  const match = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|[0-9]{3}))?$/i.exec(tag);
  if (!match) return false;
  const [, language, script, region] = match;
  if (!LANGUAGES.has(language!.toLowerCase())) return false;
  if (script !== undefined && scripts.of(script) === undefined) return false;
  return region === undefined || regions.of(region.toUpperCase()) !== undefined;
}

/** A date (`2026-05-18`) or a date and time with its offset (`2026-05-18T07:00Z`, `…T07:00:00+02:00`), as `<del>`/`<ins>` `datetime` must be. */
export function validDateTime(value: string): boolean {
  const match = /^(\d{4,})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,3})?)?(?:Z|[+-](\d\d):?(\d\d)))?$/.exec(value);
  if (!match) return false;
  const [y, m, d, hh, mm, ss, oh, om] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (y === 0) return false;
  const date = new Date(0);
  date.setUTCFullYear(y!, m! - 1, d!);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== d) return false;
  if (hh !== undefined && (hh > 23 || mm! > 59 || (ss ?? 0) > 59)) return false;
  return oh === undefined || (oh <= 23 && om! <= 59);
}

/** Schemes whose URLs have a host. */
const SPECIAL = new Set(['http:', 'https:', 'ftp:', 'ws:', 'wss:', 'file:']);

/**
 * Characters a URL may not hold as written (WHATWG URL and RFC 3987's IRI characters, as the Nu
 * Html Checker reads them): controls, space, `"<>\\^\`{|}`, `[` and `]` outside a host, lone
 * surrogates, noncharacters and U+FFF0 to U+FFFF (U+FFFD among them), and a `%` that starts no escape.
 */
const UNSAFE = new RegExp(`[\\0-\\x20"<>\\\\^\`{|}\\x7F-\\x9F\\[\\]\\uD800-\\uDFFF\\uFDD0-\\uFDEF\\uFFF0-\\uFFFF${PLANE_ENDS}]|%(?![0-9a-fA-F]{2})`, 'gu');

/**
 * `value` as a valid URL: trimmed, with the characters a URL may not hold percent-escaped (in its
 * path, query and fragment; a second `#` too), or undefined if it is still no URL (an empty host,
 * a port beyond 65535).
 */
export function validUrl(value: string): string | undefined {
  const trimmed = value.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '');
  const authority = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\\]*/i.exec(trimmed)?.[0] ?? '';
  const rest = trimmed.slice(authority.length);
  const hash = rest.indexOf('#');
  const escape = (s: string) => s.replace(UNSAFE, (c) => [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
  const escaped = hash === -1 ? escape(rest) : `${escape(rest.slice(0, hash))}#${escape(rest.slice(hash + 1)).replace(/#/g, '%23')}`;
  const url = authority + escaped;
  if (/[\u0000-\u0020"<>\\^`{|}\u007f]/.test(authority)) return undefined;
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase();
  // `https:x` and `https:\\x` are read as `https://x` by a browser, and refused by the checker.
  if (scheme !== undefined && SPECIAL.has(scheme) && authority === '') return undefined;
  try {
    const parsed = scheme === undefined ? new URL(url, 'https://base.invalid/') : new URL(url);
    if (SPECIAL.has(parsed.protocol) && parsed.hostname === '' && parsed.protocol !== 'file:') return undefined;
  } catch {
    return undefined;
  }
  return url;
}

/** Brings a sanitised body's tree into HTML's content model (see the module's comment). */
export function validHtml(tree: Root): Root {
  fixChildren(tree, { model: 'flow', inLink: false, noHeading: false, inRuby: false });
  return tree;
}

export default function rehypeValidHtml() {
  return function transformer(tree: Root) {
    validHtml(tree);
  };
}
