/**
 * remark-claim-mentions: gives meaning to `:claim[…]{…}` text directives (parsed by
 * remark-directive) in article bodies.
 *
 * ```md
 * > :claim[Anthropic is urging a unilateral slowdown]{#pause-is-unilateral stance=disputes}
 * ```
 *
 * becomes
 *
 * ```html
 * <blockquote>
 * <p><a href="/claims/pause-is-unilateral/" id="m-pause-is-unilateral-1x2y3z4" class="mention mention--disputes" data-claim="pause-is-unilateral" data-stance="disputes">Anthropic is urging a unilateral slowdown</a></p>
 * </blockquote>
 * ```
 *
 * Every mention (claim, stance, exact text, anchor, start and end counted from the top of the
 * file) is stored on `file.data.mentions`, and copied to `file.data.astro.frontmatter.mentions`
 * so Astro keeps it with the rendered entry: pages read mentions without rendering again.
 * Problems (unknown attributes, a bad stance, an empty or nested span) are stored on
 * `file.data.mentionProblems` with their place; the content checks report them. A mention with
 * a problem renders as its plain text, never as a link.
 *
 * Attributes are a closed set (`#id`, `stance`): a mention can never add a class, an id, a
 * style or an event handler to the page.
 */
import { readFileSync } from 'node:fs';
import type { Link, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { claimPath, isClaimId, MAX_ID_LENGTH, type ClaimId } from '../lib/ids.ts';
import { accountContext, fragmentContext } from '../lib/text-fragment.ts';
import { imageDescription } from './rehype-image-text.ts';
import { literalTags } from './remark-literal-html.ts';
import {
  DEFAULT_STANCE,
  isQuoted,
  isStance,
  mentionAnchor,
  STANCES,
  type Mention,
  type Point,
} from '../lib/mentions.ts';

export interface Options {
  /** The directive name (default: `'claim'`). */
  name?: string;
  /** The site's base path, put before `/claims/<id>/` (default: `'/'`). */
  base?: string;
  /**
   * Not used by the plugin: a hash of the plugins' source, so that Astro's content cache sees
   * a changed plugin as a changed configuration (default: `''`).
   */
  cacheKey?: string;
}

const defaults: Required<Options> = { name: 'claim', base: '/', cacheKey: '' };

/** A problem found in a mention; the content checks turn it into a located message. */
/** A span with nothing a reader can see: spaces, and format characters such as U+200B or a soft hyphen. */
const INVISIBLE = /^[\s\p{Cf}]*$/u;

export interface MentionProblem {
  code:
    | 'mention-missing-id'
    | 'mention-bad-id'
    | 'mention-unknown-attribute'
    | 'mention-bad-stance'
    | 'mention-empty'
    | 'mention-nested'
    | 'mention-in-link'
    | 'mention-holds-link'
    | 'mention-holds-block'
    | 'mention-not-inline'
    | 'mention-crosses-emphasis'
    | 'mention-holds-image';
  /** Plain-sentence explanation with what to do. */
  message: string;
  start: Point;
  /** The directive's source text, to show the editor. */
  source: string;
  /** What the problem is about, as written: the emphasis marks that cross the edge, an image's description. */
  detail?: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Claim mentions found by remark-claim-mentions, in document order. */
    mentions: Mention[];
    /** Problems found by remark-claim-mentions, in document order. */
    mentionProblems: MentionProblem[];
    /**
     * Where the body starts in the file, when the processed text is the body alone (as in
     * Astro's content layer). Found from `file.path` when not set.
     */
    bodyStart: Point;
  }
}

/** Maps a point in the processed text to the same point counted from the top of the file. */
type Shift = (point: { line: number; column: number; offset?: number | undefined }) => Point;

function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

function shiftFor(tree: Root, file: VFile): Shift {
  let start: Point | undefined = file.data.bodyStart;
  const first = tree.children[0];
  // When the whole file was parsed (remark-frontmatter), positions are already file-relative.
  if (!start && first && (first.type === 'yaml' || (first.type as string) === 'toml')) {
    start = { line: 1, column: 1, offset: 0 };
  }
  if (!start && file.path) {
    try {
      const raw = readFileSync(file.path, 'utf8');
      const index = raw.indexOf(String(file.value));
      if (index >= 0) start = pointAt(raw, index);
    } catch {
      // No file on disk (a test, a virtual file): positions stay relative to the text.
    }
  }
  const s = start ?? { line: 1, column: 1, offset: 0 };
  return (p) => ({
    line: p.line + s.line - 1,
    column: p.line === 1 ? p.column + s.column - 1 : p.column,
    offset: (p.offset ?? 0) + s.offset,
  });
}

/**
 * Whether a span holds a link of its own (`[text](url)`, `[text][ref]`, a bare address, raw
 * `<a>`) or a footnote reference, which renders as one. Links cannot nest in HTML: the browser
 * would end the mention where the inner link starts.
 */
function holdsLink(node: Parent): boolean {
  return (node.children as RootContent[]).some(
    (child) =>
      child.type === 'link' ||
      child.type === 'linkReference' ||
      child.type === 'footnoteReference' ||
      (child.type === 'html' && /^<a[\s>]/i.test(child.value)) ||
      ('children' in child && holdsLink(child as Parent)),
  );
}

/**
 * The description of the first image with one (`![…](…)`, `![…][ref]`) that a span holds, which a
 * body shows as `[Image: …]` (rehype-image-text) and the span's words read as the description alone.
 * An image without one is not shown at all (the checks say so: image-without-description).
 */
function heldImage(node: Parent): string | undefined {
  for (const child of node.children as RootContent[]) {
    if ((child.type === 'image' || child.type === 'imageReference') && imageDescription(child.alt) !== '') return imageDescription(child.alt);
    if ('children' in child) {
      const inner = heldImage(child as Parent);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

/**
 * A run of emphasis marks (`*`, `**`, `_`, `~~`) left as text that could open emphasis (a mark
 * before a word) or close it (after one), or of backticks, which open or close code anywhere. Not
 * after a backslash (`\*` is the character); `_` only at a word's edge, as CommonMark reads it
 * (`snake_case` is a word).
 */
const OPENER = /(?<![\\*_~])(?:(?<![\p{L}\p{N}])_+|\*+|~+)(?=[^\s*_~])|(?<![\\`])`+(?!`)/gu;
const CLOSER = /(?<=[^\s\\*_~])(?:_+(?![\p{L}\p{N}])|\*+|~+)(?![*_~])|(?<![\\`])`+(?!`)/gu;

/** The runs of emphasis marks `pattern` finds in a text node's source, as written, read with the characters on either side of it. */
function markRuns(node: RootContent | undefined, source: string, pattern: RegExp): string[] {
  if (node?.type !== 'text' || node.position?.start.offset === undefined || node.position.end.offset === undefined) return [];
  const from = Math.max(0, node.position.start.offset - 1);
  const { start, end } = { start: node.position.start.offset - from, end: node.position.end.offset - from };
  return [...source.slice(from, node.position.end.offset + 1).matchAll(pattern)].filter((m) => m.index >= start && m.index < end).map((m) => m[0]);
}

/**
 * Emphasis that crosses a mention's edge (`*:claim[a b*]{#id}`, `:claim[*a b]{#id}*`): Markdown
 * cannot close emphasis outside the element it opened in, so both marks are left as text, published
 * as written, and the span's words hold one. Returns the marks, as written; `before` and `after`
 * are the nodes beside the mention in its parent.
 */
function crossedEmphasisIn(node: TextDirective, before: RootContent | undefined, after: RootContent | undefined, source: string): string | undefined {
  const spanChildren = node.children as RootContent[];
  const inSpan = (pattern: RegExp) => spanChildren.flatMap((child) => markRuns(child, source, pattern));
  const closersInSpan = inSpan(CLOSER);
  for (const opener of markRuns(before, source, OPENER)) if (closersInSpan.includes(opener)) return opener;
  const closersAfter = markRuns(after, source, CLOSER);
  for (const opener of inSpan(OPENER)) if (closersAfter.includes(opener)) return opener;
  return undefined;
}
/**
 * Raw HTML tags that end the paragraph a mention stands in (HTML's parser closes an open `<p>` at
 * their start tag, and at `</p>`): a browser ends the mention's link there, and the words after
 * the tag are no longer in the mention, while the claim page counts the whole span.
 */
const BLOCK_TAG = new RegExp(
  `^<(?:(?:${['address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'h[1-6]', 'li', 'dd', 'dt', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'search', 'section', 'summary', 'table', 'ul', 'xmp'].join('|')})(?=[\\s/>]|$)|/p(?=[\\s>]|$))`,
  'i',
);

/** Whether a mention's span holds a raw HTML tag that ends a paragraph; returns that tag. */
function heldBlockTag(node: Parent): string | undefined {
  for (const child of node.children as RootContent[]) {
    if (child.type === 'html' && BLOCK_TAG.test(child.value)) return child.value;
    if ('children' in child) {
      const inner = heldBlockTag(child as Parent);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

function isDirective(node: RootContent): node is TextDirective {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
}

export default function remarkClaimMentions(options: Options = {}) {
  const settings = { ...defaults, ...options };

  return function transformer(tree: Root, file: VFile) {
    const shift = shiftFor(tree, file);
    const source = String(file.value);
    const mentions: Mention[] = [];
    const problems: MentionProblem[] = [];
    const seen = new Map<string, number>();
    /**
     * The passages (paragraphs, headings, cells) inside a quotation (`>`), the article's own words,
     * in the order they come, and for each, the words of those before it, a line each.
     */
    const quotedPassages: Parent[] = [];
    const quotedBefore = new Map<Parent, string>();
    // The original shows its headline above its body, the first words on the page a text
    // fragment could land on: a span whose words the headline holds needs its context too.
    const written = (file.data.astro as { frontmatter?: { headline?: unknown } } | undefined)?.frontmatter?.headline;
    const headline = typeof written === 'string' && written.trim() !== '' ? written : undefined;

    const sourceOf = (node: RootContent) =>
      node.position?.start.offset !== undefined && node.position.end.offset !== undefined
        ? source.slice(node.position.start.offset, node.position.end.offset)
        : `:${settings.name}[${toString(node)}]`;
    const startOf = (node: RootContent): Point =>
      node.position ? shift(node.position.start) : { line: 1, column: 1, offset: 0 };
    /** The text of a line before an offset, and after one: where a mention's quotation marks are. */
    const lineBefore = (offset: number) => source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset);
    const lineAfter = (offset: number) => {
      const end = source.indexOf('\n', offset);
      return source.slice(offset, end === -1 ? undefined : end);
    };

    const crossedEmphasis = (node: TextDirective, before: RootContent | undefined, after: RootContent | undefined) => crossedEmphasisIn(node, before, after, source);

    function problem(node: RootContent, code: MentionProblem['code'], message: string, detail?: string) {
      problems.push({ code, message, start: startOf(node), source: sourceOf(node), ...(detail !== undefined && { detail }) });
    }

    /** Validates one claim directive; returns the mention, or nothing when it has a problem. `passage` is the paragraph (or heading, cell) it is in. */
    function read(node: TextDirective, passage: Parent, insideMention: boolean, insideLink: boolean, before?: RootContent, after?: RootContent): Mention | undefined {
      const attributes = node.attributes ?? {};
      let ok = true;
      const crossed = crossedEmphasis(node, before, after);
      if (crossed !== undefined) {
        problem(node, 'mention-crosses-emphasis', `${crossed.startsWith('`') ? 'Code' : 'Emphasis'} (${crossed}) opens on one side of a claim mention's edge and closes on the other, so both marks would be published as written. Put both inside the span.`, crossed);
        ok = false;
      }
      const image = heldImage(node);
      if (image !== undefined) {
        // A notice: the mention is published, its image shown as [Image: …] on the article's page and as its description alone in the span's words.
        problem(node, 'mention-holds-image', 'A claim mention holds an image: the article page shows it as [Image: …], the claim page as its description alone. Take the image out of the span.', image);
      }
      if (insideMention) {
        problem(node, 'mention-nested', 'A claim mention sits inside another mention. Close the outer :claim[…] before starting the next one.');
        ok = false;
      }
      if (insideLink) {
        problem(node, 'mention-in-link', 'A claim mention sits inside a link. Move the :claim[…] outside the link text.');
        ok = false;
      }
      if (holdsLink(node)) {
        problem(node, 'mention-holds-link', 'A claim mention holds a link or a footnote reference. Take it out of the span: a mention is a link itself.');
        ok = false;
      }
      const block = heldBlockTag(node);
      if (block !== undefined) {
        problem(node, 'mention-holds-block', `A claim mention holds ${block}, which ends the paragraph: a browser would end the mention there. Take the tag out of the span.`);
        ok = false;
      }
      for (const key of Object.keys(attributes)) {
        if (key !== 'id' && key !== 'stance') {
          problem(
            node,
            'mention-unknown-attribute',
            key === 'class'
              ? 'A claim mention cannot set a class. Write only {#claim-id stance=…}.'
              : `Unknown mention attribute "${key}". A mention takes only #claim-id and stance=${STANCES.join('|')}.`,
          );
          ok = false;
        }
      }
      const id = attributes.id;
      if (id === undefined || id === null || id === '') {
        problem(node, 'mention-missing-id', 'A claim mention has no claim id. Add it after the span: {#claim-id}.');
        ok = false;
      } else if (!isClaimId(id)) {
        problem(node, 'mention-bad-id', `"${id}" is not a claim id. Ids are lowercase words joined by hyphens, at most ${MAX_ID_LENGTH} characters, as in #pause-is-unilateral.`);
        ok = false;
      }
      const stance = attributes.stance ?? DEFAULT_STANCE;
      if (!isStance(stance)) {
        problem(node, 'mention-bad-stance', `Unknown stance "${stance}". Use one of: ${STANCES.join(', ')}.`);
        ok = false;
      }
      // The words a reader sees: raw HTML tags are markup, as emphasis is (`the <b>bridge</b>` is
      // "the bridge" on the claim page, in quote drift and in the link to the original's passage);
      // what is not formatting is the text it is written as (`the <x> rule`): see `literalSpans`.
      const text = wordsOf(node);
      if (INVISIBLE.test(text)) {
        problem(node, 'mention-empty', 'A claim mention has an empty span. Put the exact words the article uses between the brackets: :claim[…]{#claim-id}.');
        ok = false;
      }
      if (!ok || !isStance(stance) || !isClaimId(id)) return undefined;
      const claim: ClaimId = id;
      const pos = node.position;
      const from = pos?.start.offset;
      const to = pos?.end.offset;
      // The words around a span are the original's only in a quotation, which is quoted exactly;
      // elsewhere they are ours, and a link to the original that named them would find nothing.
      // The quotations before it are the original's too, and come before it there: a span whose
      // first words they hold needs its context as much as one whose passage holds them.
      // Outside a quotation, only the span's own words can tell it from the headline's (accountContext).
      const earlier = quotedBefore.get(passage);
      const around = earlier === undefined ? undefined : textAround(passage, node);
      const context = around ? fragmentContext(`${earlier}${around.before}`, text, around.after) : headline && accountContext(headline, text);
      return {
        claim,
        stance,
        text,
        quoted: isQuoted(text, from === undefined ? '' : lineBefore(from), to === undefined ? '' : lineAfter(to)),
        anchor: mentionAnchor(claim, text, seen),
        ...(context && { context }),
        start: startOf(node),
        end: pos ? shift(pos.end) : startOf(node),
      };
    }

    /**
     * Makes text of the raw HTML in every mention's span that is not formatting (literalTags), before
     * any mention is read: a mention's context is read from the passage around it, other mentions'
     * spans included, as the page shows them. A span holding a tag that ends its paragraph is
     * refused (mention-holds-block), and left as it is to be found so.
     */
    function literalSpans(parent: Parent) {
      for (const node of parent.children as RootContent[]) {
        if (node.type === 'textDirective' && node.name === settings.name && heldBlockTag(node) === undefined) literalTags(node);
        if ('children' in node) literalSpans(node as Parent);
      }
    }

    function walk(parent: Parent, block: Parent, insideMention: boolean, insideLink: boolean) {
      const children = parent.children as RootContent[];
      for (let i = 0; i < children.length; i++) {
        const node = children[i]!;
        if (isDirective(node) && node.name === settings.name) {
          if (node.type !== 'textDirective') {
            problem(node, 'mention-not-inline', `A claim mention must be inline, written with one colon: :${settings.name}[exact words]{#claim-id}.`);
            walk(node, block, insideMention, insideLink);
            // Keep the words, drop the directive.
            children.splice(i, 1, ...((node as Parent).children as RootContent[]));
            i--;
            continue;
          }
          const mention = read(node, block, insideMention, insideLink, children[i - 1], children[i + 1]);
          walk(node, block, true, insideLink);
          if (!mention) {
            children.splice(i, 1, ...(node.children as RootContent[]));
            i += node.children.length - 1;
            continue;
          }
          mentions.push(mention);
          const link: Link = {
            type: 'link',
            url: claimPath(mention.claim, settings.base),
            children: node.children as PhrasingContent[],
            position: node.position,
            data: {
              hProperties: {
                id: mention.anchor,
                className: ['mention', `mention--${mention.stance}`],
                dataClaim: mention.claim,
                dataStance: mention.stance,
              },
            },
          };
          children[i] = link;
          continue;
        }
        if ('children' in node) {
          walk(node as Parent, INLINE_PARENTS.has(node.type) ? block : (node as Parent), insideMention, insideLink || node.type === 'link' || node.type === 'linkReference');
        }
      }
    }

    const quotation = (parent: Parent, quoted: boolean) => {
      for (const node of parent.children as RootContent[]) {
        if (!('children' in node)) continue;
        if (quoted && PASSAGES.has(node.type)) quotedPassages.push(node as Parent);
        quotation(node as Parent, quoted || node.type === 'blockquote');
      }
    };
    quotation(tree, false);

    literalSpans(tree);
    // Read once the spans' raw HTML that is no formatting is text, as the page shows it.
    let earlier = headline ? `${headline}\n` : '';
    for (const passage of quotedPassages) {
      quotedBefore.set(passage, earlier);
      earlier += `${wordsOf(passage as RootContent)}\n`;
    }
    walk(tree, tree, false, false);

    file.data.mentions = mentions;
    file.data.mentionProblems = problems;
    // Astro keeps `file.data.astro.frontmatter` with the rendered entry (its type is Astro's own).
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, mentions };
  };
}

/** A line ending inside a text node, with the spaces around it: Markdown reads it as a space. */
const SOFT_BREAK = /[ \t]*\r?\n[ \t]*/g;

/** A raw `<br>`: a line break, as a Markdown one. */
const BR = /^<br(?=[\s/>])/i;

/**
 * The words a reader sees in a node, as `mdast-util-to-string` reads them without raw HTML, but
 * with a line break (`\` or two spaces at a line's end, `<br>`) as one, `\n`, and a line of the
 * source continued on the next as a space: a span broken over two
 * lines is two words there, not one (`the rule<br>holds` is not "the ruleholds" on the claim page,
 * nor in the link to the original's passage).
 */
function wordsOf(node: RootContent | Root): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'html') return BR.test(node.value) ? '\n' : '';
  // A line of the source continued on the next is one space, as a reader sees it: a line break in
  // the words is only one the page shows (the link to the original's passage breaks there).
  if (node.type === 'text') return node.value.replace(SOFT_BREAK, ' ');
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('children' in node) return (node.children as RootContent[]).map(wordsOf).join('');
  return '';
}

/** The nodes whose children are phrasing: the passages a mention stands in. */
const PASSAGES = new Set(['paragraph', 'heading', 'tableCell']);

/** The phrasing nodes that hold others: a mention inside one is still in the passage around it. */
const INLINE_PARENTS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'textDirective']);

/**
 * The text of `block` before and after `target`, as {@link wordsOf} reads it (a mention's own text
 * is read so): what the reader sees around a span in its passage.
 */
function textAround(block: Parent, target: RootContent): { before: string; after: string } {
  let before = '';
  let after = '';
  let passed = false;
  const visit = (node: RootContent) => {
    if (node === target) {
      passed = true;
      return;
    }
    const own = node.type === 'break' || node.type === 'html' || node.type === 'text' ? wordsOf(node) : 'value' in node && typeof node.value === 'string' ? node.value : 'alt' in node && typeof node.alt === 'string' ? node.alt : undefined;
    if (own !== undefined) {
      if (passed) after += own;
      else before += own;
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const child of block.children as RootContent[]) visit(child);
  return { before, after };
}
