/**
 * rehype-safe-html: the allowlist that article bodies are sanitised to. Article bodies come
 * from outside, so after rehype-raw has parsed any raw HTML, rehype-sanitize keeps only what
 * this schema names (GitHub's schema, narrowed):
 *
 * - links keep only `http:`, `https:`, `mailto:` or site-relative targets; `javascript:`,
 *   `data:` and every other scheme lose their `href`;
 * - no images, media, frames, forms or styles: nothing in a body can make a reader's browser
 *   fetch from another origin, or run script (an image's description is kept, as words, by
 *   rehype-image-text, which runs first);
 * - no event handlers, `style` or free `class`/`id`: the only classes and ids that survive are
 *   the ones our own plugins write (claim mentions `m-…`, GFM footnotes `user-content-fn…`);
 * - no `tabindex` or `accesskey`: a body cannot change the keyboard's order or take a key;
 * - no presentational attributes (`width`, `height`, `nowrap`, `border`, …): a body cannot set
 *   styles through the back door of old HTML;
 * - no microdata (`itemscope`, `itemtype`, `itemprop`): a body cannot add structured data.
 *
 * ```md
 * <img src=x onerror=alert(1)> <a href="javascript:alert(1)" onclick="x()">here</a> <b>bold</b>
 * ```
 *
 * renders as
 *
 * ```html
 * <p> <a>here</a> <b>bold</b></p>
 * ```
 *
 * Security: this is the one place that decides what of an article's HTML reaches readers. Widen
 * it only with a test in tests/unit/plugins/sanitising.test.ts and the injection corpus.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import rehypeSanitize from 'rehype-sanitize';
import { STANCES } from '../lib/mentions.ts';

const removed = new Set(['img', 'picture', 'source', 'video', 'audio', 'input', 'iframe']);
/** Attributes of old HTML that set how an element looks (GFM's table alignment, `align`, stays). */
const PRESENTATIONAL = ['border', 'cellPadding', 'cellSpacing', 'clear', 'color', 'compact', 'frame', 'hSpace', 'height', 'noShade', 'noWrap', 'rules', 'size', 'vAlign', 'width'];
const stanceClass = new RegExp(`^mention--(?:${STANCES.join('|')})$`);

/** The sanitising schema for article bodies. */
export const safeHtmlSchema: Schema = {
  ...defaultSchema,
  // Ids are limited by pattern below instead of being prefixed: our anchors must stay as written.
  clobberPrefix: '',
  clobber: [],
  // A table's `<caption>` names it for screen readers (GitHub's schema drops it, keeping its words).
  tagNames: [...(defaultSchema.tagNames ?? []).filter((name) => !removed.has(name)), 'caption'],
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
  },
  attributes: {
    ...defaultSchema.attributes,
    a: [
      // The first definition of an attribute wins, so the default `className` one is replaced.
      ...(defaultSchema.attributes?.a ?? []).filter((d) => !(Array.isArray(d) && d[0] === 'className')),
      ['className', 'mention', stanceClass, 'data-footnote-backref'],
      // A footnote's label may hold any character but white space (`[^note.1]`, `[^é]`); only the
      // pipeline's own elements keep an id at all (rehype-own-ids), so the pattern need not be narrower.
      ['id', /^m-[a-z0-9-]+$/, /^user-content-fnref-\S+$/],
      'dataClaim',
      'dataStance',
    ],
    li: [...(defaultSchema.attributes?.li ?? []), ['id', /^user-content-fn-\S+$/]],
    h2: [...(defaultSchema.attributes?.h2 ?? []), ['id', 'footnote-label']],
    // No tabindex or accesskey: `<a tabindex="1">` came before the skip link in the keyboard's
    // order (with `aria-label="Skip to content"`, it passed for it), and an access key takes a key.
    // No presentational attributes, the styles of old HTML that no style-src can stop:
    // `<table width="5000">` or `<td nowrap>` made its page scroll sideways (at any width).
    // No microdata (itemscope, itemtype, itemprop): search engines read it beside the page's
    // JSON-LD, so `<div itemscope itemtype="https://schema.org/ClaimReview">` added a fact-check
    // rating of the body's own making to an article page.
    div: [],
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((name) => !['id', 'name', 'tabIndex', 'accessKey', 'itemProp', ...PRESENTATIONAL].includes(String(name))),
  },
  strip: ['script', 'style', 'template', 'noscript'],
};

/** rehype-sanitize with {@link safeHtmlSchema}. */
export default function rehypeSafeHtml() {
  return rehypeSanitize(safeHtmlSchema);
}
