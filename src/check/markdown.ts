/**
 * The claim mentions of a Markdown record, found by the same remark plugins, in the same order,
 * as the site renders them with (src/plugins/index.ts), run over the whole file with
 * remark-frontmatter so every position counts from the file's first line.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { distance } from 'fastest-levenshtein';
import type { ElementContent, Root as HastRoot } from 'hast';
import type { PhrasingContent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Mention, Point } from '../lib/mentions.ts';
import { markdownPipeline } from '../plugins/index.ts';
import { HEADING_ID_PREFIX } from '../plugins/rehype-heading-ids.ts';
import { imageText } from '../plugins/rehype-image-text.ts';
import type { MentionProblem } from '../plugins/remark-claim-mentions.ts';
import { LineIndex } from './text.ts';

/** The directive name of a claim mention. */
export const MENTION_NAME = 'claim';

/** Why text written as a claim mention is not read as one: a misspelt name, no colon before it, inside raw HTML, inside an image's description, inside code, code across its edge, inside a link's title. */
export type LookalikeKind = 'name' | 'colon' | 'html' | 'image' | 'code' | 'code-edge' | 'title';

export interface FoundMentions {
  mentions: Mention[];
  problems: (MentionProblem & { attributes: Record<string, string | null | undefined> })[];
  /**
   * Text written as a claim mention that the site does not read as one, and would publish as it
   * is written: a misspelt name (`:Claim[…]{#…}`, `:claims[…]{#…}`), or a mention inside raw HTML.
   */
  lookalikes: { start: Point; source: string; kind: LookalikeKind }[];
  /** Claim mentions that give an attribute more than once (`{#a #b}`): which ones. */
  repeats: { start: Point; source: string; keys: string[] }[];
  /**
   * HTML comments (`<!-- … -->`) that hold claim mentions, which a page leaves out with the
   * comment: where each comment starts, and the claims its mentions name.
   */
  commented: { start: Point; claims: string[] }[];
  /** The ids of the body's headings ({@link headingIds}), when the file was parsed. */
  headings?: string[] | null;
}

declare module 'vfile' {
  interface DataMap {
    /** Attributes of every claim directive, by the offset it starts at (for the checks' messages). */
    claimAttributes: globalThis.Map<number, Record<string, string | null | undefined>>;
    /** Where claim mentions were written that the site would not read as mentions. */
    claimLookalikes: { offset: number; end: number; kind: LookalikeKind }[];
    /** Claim directives that give an attribute more than once, by where they start and end. */
    claimRepeats: { offset: number; end: number; keys: string[] }[];
    /** HTML comments holding claim mentions: where each starts, and the claims named. */
    claimsCommented: { offset: number; claims: string[] }[];
  }
}

/** An attribute of a directive as written: `#id`, `.class`, `key`, or `key=value` (quoted or not). */
const ATTRIBUTE = /([#.])([^\s#.='"{}]+)|([^\s#.='"{}]+)(?:=(?:"[^"]*"|'[^']*'|[^\s'"=<>`{}]+))?/g;

/**
 * The attributes a claim directive's source gives more than once (`{#a #b}`, `{#a id=b}`,
 * `stance=quotes stance=disputes`), by name (`id` for `#`). The Markdown parser keeps only the
 * last value of each, so the other would be dropped without a word. Classes, which add up, and
 * are refused anyway, are left out.
 */
export function repeatedAttributes(source: string): string[] {
  const counts = new Map<string, number>();
  for (const { key } of writtenAttributes(source)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].filter(([key, n]) => n > 1 && key !== 'class').map(([key]) => key);
}

/**
 * The attributes of a claim directive's source as written, in order: each one's text
 * (`.highlight`, `style="color:red"`), its name (`id` for `#`, `class` for `.`) and where it
 * starts in the source. Empty when the directive has no `{…}` after its label.
 */
export function writtenAttributes(source: string): { text: string; key: string; index: number }[] {
  // The attributes follow the label: `:claim[…]`, its brackets balanced, escapes skipped.
  let at = source.indexOf(MENTION_NAME) + MENTION_NAME.length;
  if (source[at] === '[') {
    for (let depth = 0; at < source.length; at++) {
      const c = source[at];
      if (c === '\\') at++;
      else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) break;
    }
    at++;
  }
  if (source[at] !== '{') return [];
  return [...source.slice(at + 1, source.lastIndexOf('}')).matchAll(ATTRIBUTE)].map((m) => ({
    text: m[0],
    key: m[1] === '#' ? 'id' : m[1] === '.' ? 'class' : m[3]!,
    index: at + 1 + m.index,
  }));
}

/** A directive name that is `claim` in other letters or misspelt: `Claim`, `claims`, `cliam`. */
const misspelt = (name: string) => name.length >= MENTION_NAME.length - 1 && distance(name.toLowerCase(), MENTION_NAME) <= 2;

/**
 * `claim[…]{#…}` with no colon before it (or another colon: `: claim[`, `：claim[`): plain text to
 * Markdown, published as written. Only with an id or a stance in braces right after the brackets,
 * so that words such as `claim[1]` are left alone.
 */
const NO_COLON = new RegExp(String.raw`(?<![:\\\w])${MENTION_NAME}\[(?:[^[\]\n]|\[[^[\]\n]*\])*\]\{[^}\n]*(?:#|stance|id=)[^}\n]*\}`, 'gi');
/** {@link NO_COLON} without its state, to test a string. */
const MAY_LACK_COLON = new RegExp(String.raw`(?<![:\\\w])${MENTION_NAME}\[`, 'i');

/**
 * A whole claim mention, `:claim[…]{…}` as the site reads one, in code (a code span, a fenced or
 * indented block), where Markdown reads nothing. Other names (`:Claim[…]`) are left as text there.
 */
const IN_CODE = new RegExp(String.raw`:${MENTION_NAME}\[[^\]\n]*\]\{[^}\n]*\}`, 'g');

/** `:claim[` in raw HTML, where Markdown is not read. */
const IN_HTML = new RegExp(`:${MENTION_NAME}\\[`, 'gi');
/** {@link IN_HTML} without its state, to test a string. */
const HOLDS_MENTION = new RegExp(IN_HTML.source, 'i');

/** An HTML comment, closed or running to the end of its text. */
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** A claim mention's id, as a mention in a comment names it (`:claim[…]{#id …}`). */
const COMMENTED_ID = new RegExp(String.raw`:${MENTION_NAME}\[(?:[^[\]]|\[[^[\]]*\])*\]\{[^}]*?#([a-z0-9]+(?:-[a-z0-9]+)*)`, 'g');

/**
 * Records each claim directive's attributes before the mention plugin replaces it, and the
 * places of mentions the site would not read as such: a directive with a label or attributes
 * whose name is a near miss of `claim` (other directives are put back as text), and `:claim[`
 * inside raw HTML or an image's description.
 */
function remarkRecordAttributes() {
  return (tree: Root, file: VFile) => {
    const attributes = new Map<number, Record<string, string | null | undefined>>();
    const lookalikes: { offset: number; end: number; kind: LookalikeKind }[] = [];
    const repeats: { offset: number; end: number; keys: string[] }[] = [];
    const commented: { offset: number; claims: string[] }[] = [];
    // Where Markdown read plain text, when the file may hold a mention written without its colon.
    const source = String(file.value);
    const texts: [number, number][] | undefined = MAY_LACK_COLON.test(source) ? [] : undefined;
    visit(tree, (node) => {
      const start = node.position?.start.offset;
      if (texts && node.type === 'text' && start !== undefined) texts.push([start, node.position!.end.offset!]);
      if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
        if (node.name === MENTION_NAME) {
          attributes.set(start ?? -1, { ...(node.attributes ?? {}) });
          const end = node.position?.end.offset;
          const keys = start === undefined || end === undefined ? [] : repeatedAttributes(String(file.value).slice(start, end));
          if (keys.length > 0) repeats.push({ offset: start!, end: end!, keys });
        } else if (start !== undefined && misspelt(node.name) && (node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0)) {
          lookalikes.push({ offset: start, end: node.position!.end.offset!, kind: 'name' });
        }
      } else if ((node.type === 'image' || node.type === 'imageReference') && start !== undefined) {
        // An image's description is kept as plain words (a mention in it loses its markup), and the page shows it as `[Image: …]` (rehype-image-text).
        const source = String(file.value).slice(start, node.position!.end.offset);
        if (!HOLDS_MENTION.test(source)) return;
        for (const match of source.matchAll(IN_HTML)) {
          const close = source.indexOf('}', match.index);
          lookalikes.push({ offset: start + match.index, end: start + (close === -1 ? match.index + match[0].length : close + 1), kind: 'image' });
        }
      } else if ((node.type === 'link' || node.type === 'definition') && start !== undefined && typeof node.title === 'string' && HOLDS_MENTION.test(node.title)) {
        // A link's title (`[text](url "title")`) is an attribute of plain words, shown as a tooltip: a mention in it is published as written.
        const source = String(file.value).slice(start, node.position!.end.offset);
        const from = node.type === 'link' ? source.lastIndexOf('](') : 0;
        for (const match of source.slice(from).matchAll(IN_HTML)) {
          const offset = start + from + match.index;
          const close = source.indexOf('}', from + match.index);
          lookalikes.push({ offset, end: close === -1 ? offset + match[0].length : start + close + 1, kind: 'title' });
        }
      } else if ((node.type === 'inlineCode' || node.type === 'code') && start !== undefined) {
        // Code is shown as it is written: a mention in it (a passage indented by four spaces, or put between backticks) is published as markup.
        const end = node.position!.end.offset!;
        const source = String(file.value).slice(start, end);
        // A code span that starts before a mention's ] and ends after it: Markdown reads the code first, and the mention not at all.
        if (node.type === 'inlineCode') {
          const opened = new RegExp(String.raw`:${MENTION_NAME}\[[^\]\n]*$`).exec(source.slice(0, -1));
          const after = /^[^[\]\n]*\]\{[^}\n]*\}/.exec(String(file.value).slice(end, end + 1000));
          if (opened && after) lookalikes.push({ offset: start + opened.index, end: end + after[0].length, kind: 'code-edge' });
        }
        if (!source.includes(`:${MENTION_NAME}[`)) return;
        for (const match of source.matchAll(IN_CODE)) lookalikes.push({ offset: start + match.index, end: start + match.index + match[0].length, kind: 'code' });
      } else if (node.type === 'html' && start !== undefined) {
        // A comment left out of the page with the mentions in it (a passage commented out).
        if (node.value.includes(`:${MENTION_NAME}[`)) {
          for (const comment of node.value.matchAll(COMMENT)) {
            const claims = [...new Set([...comment[0].matchAll(COMMENTED_ID)].map((m) => m[1]!))];
            if (claims.length > 0) commented.push({ offset: start + comment.index, claims });
          }
        }
        for (const match of unpublished(node.value).matchAll(IN_HTML)) {
          const offset = start + match.index;
          const close = node.value.indexOf('}', match.index);
          lookalikes.push({ offset, end: close === -1 ? offset + match[0].length : start + close + 1, kind: 'html' });
        }
      }
    });
    if (texts) {
      for (const match of source.matchAll(NO_COLON)) {
        if (texts.some(([from, to]) => match.index >= from && match.index < to)) lookalikes.push({ offset: match.index, end: match.index + match[0].length, kind: 'colon' });
      }
    }
    file.data.claimAttributes = attributes;
    file.data.claimLookalikes = lookalikes;
    file.data.claimRepeats = repeats;
    file.data.claimsCommented = commented;
  };
}

// Astro runs remark-parse and GFM, then the pipeline's remark plugins in their order (other
// directives are put back before mentions are read, so a span holding `07:00` keeps it). The
// attributes are recorded first, before any plugin changes the tree.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkRecordAttributes);
for (const plugin of markdownPipeline({ name: MENTION_NAME }).remarkPlugins ?? []) {
  if (Array.isArray(plugin)) processor.use(plugin[0] as never, plugin[1] as never);
  else processor.use(plugin as never);
}

/** `:cla` or `claim[` in any letter case: a mention, or a near miss the checks report (no lowercased copy of each file). */
const MAY_MENTION = new RegExp(`:${MENTION_NAME.slice(0, 3)}|${MENTION_NAME}\\[`, 'i');

/** Whether a text can hold a claim mention at all: most claim and story bodies cannot. */
export function mayMention(text: string): boolean {
  return MAY_MENTION.test(text);
}

/** Parses a whole Markdown file (frontmatter included) and returns its mentions and their problems. */
export function findMentions(text: string): FoundMentions {
  if (!mayMention(text)) return { mentions: [], problems: [], lookalikes: [], repeats: [], commented: [] };
  const file = new VFile({ value: text });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const attributes = file.data.claimAttributes ?? new Map();
  const lines = new LineIndex(text);
  return {
    mentions: file.data.mentions ?? [],
    problems: (file.data.mentionProblems ?? []).map((p) => ({ ...p, attributes: attributes.get(p.start.offset) ?? {} })),
    lookalikes: (file.data.claimLookalikes ?? []).map((l) => ({ start: { ...lines.place(l.offset), offset: l.offset }, source: text.slice(l.offset, l.end), kind: l.kind })),
    repeats: (file.data.claimRepeats ?? []).map((r) => ({ start: { ...lines.place(r.offset), offset: r.offset }, source: text.slice(r.offset, r.end), keys: r.keys })),
    commented: (file.data.claimsCommented ?? []).map((c) => ({ start: { ...lines.place(c.offset), offset: c.offset }, claims: c.claims })),
    headings: headingIds(tree),
  };
}

/**
 * The ids the site gives a body's headings (src/plugins/rehype-heading-ids.ts: `h-` and Astro's
 * slug of the heading's text, numbered when repeated), from the Markdown tree: each heading's
 * text and inline code are handed to Astro's own slugger. Null when a heading holds what the
 * rendered page may show differently (raw HTML, a footnote's number), so the ids are not known.
 */
export function headingIds(tree: Root): string[] | null {
  const headings: ElementContent[] = [];
  let known = true;
  const phrasing = (nodes: readonly PhrasingContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      switch (node.type) {
        case 'text':
          return [{ type: 'text', value: node.value }];
        case 'inlineCode':
          return [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: node.value }] }];
        case 'image':
        case 'imageReference': {
          // Shown as its description, in words (rehype-image-text).
          const value = imageText(node.alt);
          return value ? [{ type: 'text', value }] : [];
        }
        case 'break':
          return [];
        case 'html':
        case 'footnoteReference':
          known = false;
          return [];
        default:
          if ('children' in node) return phrasing(node.children as PhrasingContent[]);
          known = false;
          return [];
      }
    });
  visit(tree, 'heading', (node) => {
    headings.push({ type: 'element', tagName: `h${node.depth}`, properties: {}, children: phrasing(node.children) });
  });
  if (!known) return null;
  if (headings.length === 0) return [];
  const hast: HastRoot = { type: 'root', children: headings };
  (rehypeHeadingIds() as (tree: HastRoot, file: VFile) => void)(hast, new VFile());
  return headings.map((h) => `${HEADING_ID_PREFIX}${String((h as { properties: { id?: unknown } }).properties.id)}`);
}

/** Whether a Markdown file's body (from `bodyStart`) may hold a heading: a line starting with `#`, or underlined. */
const MAY_HEAD = /^ {0,3}#{1,6}(?:[ \t]|$)|^ {0,3}(?:=+|-+)[ \t]*$/m;

/**
 * The ids of a Markdown file's headings ({@link headingIds}), parsing it only when its body (from
 * `bodyStart`, the end of its frontmatter, whose closing line is skipped) may have any.
 */
export function findHeadingIds(text: string, bodyStart = 0): string[] | null {
  if (!MAY_HEAD.test(text.slice(bodyStart).replace(/^(?:\r?\n)?---[ \t]*(?=\r?\n|$)/, ''))) return [];
  const file = new VFile({ value: text });
  return headingIds(processor.runSync(processor.parse(file), file) as Root);
}

/** A link in a Markdown body to a page of this site, as written, and where it starts. */
export interface SiteLink {
  url: string;
  start: Point;
}

// Links are read from the Markdown as written, and from the tags of its raw HTML.
const linkParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * Whether a link target is on this site: no scheme, not protocol-relative. A fragment alone
 * (`#m-…`, `#h-…`, `#notes`) names a place on the body's own page, which the checks verify.
 */
function isSiteRelative(url: string): boolean {
  return url !== '' && !url.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(url);
}

/**
 * The `href` of an `<a>` tag in raw HTML, double-quoted, single-quoted or bare. A tag ends at the
 * next `<` outside quotes, and a quoted value is at most 2,048 characters, so that a body full of
 * unclosed tags takes linear time.
 */
const A_HREF = /<a\s(?:[^<>"']|"[^"]{0,2048}"|'[^']{0,2048}')*?(?<=[\s"'])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** Comments and the elements the sanitiser removes with their content (src/plugins/rehype-safe-html.ts). */
const UNPUBLISHED = /<!--[\s\S]*?(?:-->|$)|<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** Raw HTML with what is never published blanked out, every other character where it was. */
function unpublished(html: string): string {
  return html.replace(UNPUBLISHED, (match) => match.replace(/[^\n]/g, ' '));
}

/** The character references a URL in HTML may hold (`&amp;`, `&#47;`, `&#x2F;`), decoded. */
function decodeHtmlUrl(url: string): string {
  return url.replace(/&(?:amp|#(\d+)|#[xX]([0-9a-fA-F]+));/g, (_, dec?: string, hex?: string) =>
    dec === undefined && hex === undefined ? '&' : String.fromCodePoint(Math.min(Number.parseInt(dec ?? hex!, dec === undefined ? 16 : 10), 0x10ffff)),
  );
}

/**
 * The links of a whole Markdown file (frontmatter included, so positions count from its first
 * line) that lead to a page of this site: `[text](/claims/x/)`, `[text][ref]` with
 * `[ref]: ../stories/y/`, and `<a href="/claims/x/">` in raw HTML, which is published too.
 * Links to other sites are left out; a fragment alone (`#m-…`, `#h-…`, `#notes`) is kept.
 */
export function findSiteLinks(text: string): SiteLink[] {
  if (!text.includes('](') && !/^ {0,3}\[[^\]]+\]:/m.test(text) && !/href/i.test(text)) return [];
  const links: SiteLink[] = [];
  let lines: LineIndex | undefined;
  visit(linkParser.parse(text), (node) => {
    if ((node.type === 'link' || node.type === 'definition') && isSiteRelative(node.url.trim()) && node.position) {
      const { line, column, offset } = node.position.start;
      // `:claim[words](#id)` is a claim mention to the site, whose id is misplaced (reported as such), not a link.
      if (offset !== undefined && text.slice(Math.max(0, offset - MENTION_NAME.length - 1), offset) === `:${MENTION_NAME}`) return;
      links.push({ url: node.url.trim(), start: { line, column, offset: offset ?? 0 } });
    } else if (node.type === 'html' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      // The node's value lacks the markers of a quotation or list it is in: each tag is found in the file itself.
      const { offset: start } = node.position.start;
      const source = text.slice(start, node.position.end.offset);
      let from = 0;
      for (const match of unpublished(node.value).matchAll(A_HREF)) {
        const url = decodeHtmlUrl((match[1] ?? match[2] ?? match[3]!).trim());
        const firstLine = match[0].split('\n', 1)[0]!;
        const at = source.indexOf(firstLine, from);
        if (at !== -1) from = at + firstLine.length;
        if (!isSiteRelative(url)) continue;
        const offset = at === -1 ? start : start + at;
        lines ??= new LineIndex(text);
        links.push({ url, start: { ...lines.place(offset), offset } });
      }
    }
  });
  return links;
}

/** An image in a body that has no description, as written, and where it starts. */
export interface BareImage {
  source: string;
  start: Point;
  /** Written as raw HTML (`<img>`), not as Markdown (`![](…)`). */
  html: boolean;
}

/** An `<img>` tag in raw HTML; a tag ends at the next `<` outside quotes (as {@link A_HREF}). */
const IMG_TAG = /<img(?=[\s/>])(?:[^<>"']|"[^"]{0,2048}"|'[^']{0,2048}')*>?/gi;
/** The `alt` of a tag, double-quoted, single-quoted or bare. */
const ALT = /(?<=[\s"'/])alt(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?(?=[\s/>]|$)/i;

/** Whether an image's description says nothing: none, or white space only (rehype-image-text). */
const saysNothing = (alt: string | null | undefined) => !alt || alt.trim() === '';

/**
 * The images of a whole Markdown file (frontmatter included, so positions count from its first
 * line) that have no description: `![](…)`, `![ ][ref]`, and `<img>` in raw HTML with no `alt`
 * or an empty one. A body shows no images, only their descriptions (rehype-image-text), so such
 * an image is left out of the page without a sign that it was there.
 */
export function findBareImages(text: string): BareImage[] {
  if (!text.includes('![') && !/<img/i.test(text)) return [];
  const images: BareImage[] = [];
  let lines: LineIndex | undefined;
  visit(linkParser.parse(text), (node) => {
    if ((node.type === 'image' || node.type === 'imageReference') && node.position?.start.offset !== undefined && saysNothing(node.alt)) {
      const { line, column, offset } = node.position.start;
      images.push({ source: text.slice(offset, node.position.end.offset), start: { line, column, offset }, html: false });
    } else if (node.type === 'html' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      // The node's value lacks the markers of a quotation or list it is in: each tag is found in the file itself.
      const { offset: start } = node.position.start;
      const source = text.slice(start, node.position.end.offset);
      let from = 0;
      for (const match of unpublished(node.value).matchAll(IMG_TAG)) {
        const alt = ALT.exec(match[0]);
        const firstLine = match[0].split('\n', 1)[0]!;
        const at = source.indexOf(firstLine, from);
        if (at !== -1) from = at + firstLine.length;
        if (alt && !saysNothing(decodeHtmlUrl(alt[1] ?? alt[2] ?? alt[3] ?? ''))) continue;
        const offset = at === -1 ? start : start + at;
        lines ??= new LineIndex(text);
        images.push({ source: match[0], start: { ...lines.place(offset), offset }, html: true });
      }
    }
  });
  return images;
}
