/**
 * rehype-own-ids: ids, classes and the ARIA attributes that name an element or point at another
 * (`aria-label`, `aria-labelledby`, `aria-describedby`) in a rendered body come from the Markdown
 * pipeline alone, never from raw HTML. The sanitiser allows the ids and classes our plugins write (a mention's
 * `m-…` anchor and `mention` class, GFM's `user-content-fn-…` and `footnote-label`, `sr-only`),
 * but it cannot tell them from raw HTML that copies them, and an id that occurs twice keeps its
 * first element (rehype-claim-mentions). So raw HTML written before a mention, with its anchor,
 * took the anchor, its class and its claim: the claim page's evidence link led to the forged
 * words, and the real mention was left a plain link. A copied `footnote-label` or
 * `user-content-fn-1` took the footnotes' targets the same way, and a copied `sr-only` hid text
 * from sighted readers only.
 *
 * Two steps around rehype-raw:
 *
 * - **mark** (before rehype-raw, when raw HTML is still unparsed text): every element with one of
 *   them gets a marker holding a random value, new for every body rendered;
 * - **check** (after rehype-raw, before the sanitiser): an element without that marker came from
 *   raw HTML and loses them; the marker is removed from every element.
 *
 * ```md
 * <a id="m-x-1xjxohd" class="mention" data-claim="x">forged</a> The :claim[real words]{#x}.
 * ```
 *
 * renders as
 *
 * ```html
 * <p><a>forged</a> The <a href="/claims/x/" id="m-x-1xjxohd" class="mention mention--asserts" data-claim="x" data-stance="asserts">real words</a>.</p>
 * ```
 *
 * (rehype-claim-mentions then drops `data-claim` from the forged link, which has no anchor.)
 */
import { randomUUID } from 'node:crypto';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** The marker value of the elements the Markdown pipeline wrote (rehype-own-ids). */
    ownIdMarker: string;
  }
}

/** The marker property (`data-crosscheck-own` in HTML). */
const MARKER = 'dataCrosscheckOwn';

/**
 * What only the pipeline's own elements may carry: ids, classes, and the ARIA attributes that
 * name an element or point at another (GFM's footnote links use them). From raw HTML,
 * `<a href="https://elsewhere.example/" aria-label="Skip to content">` passed for the skip link
 * with a screen reader.
 */
const OWN_ONLY = ['id', 'className', 'ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy'] as const;

const hasOwnOnly = (node: Element) => OWN_ONLY.some((name) => node.properties[name] !== undefined);

/** Before rehype-raw: marks the elements the Markdown pipeline wrote with an id, a class or a naming ARIA attribute. */
export function rehypeMarkOwnIds() {
  return function transformer(tree: Root, file: VFile) {
    const marker = randomUUID();
    file.data.ownIdMarker = marker;
    visit(tree, 'element', (node: Element) => {
      if (hasOwnOnly(node)) node.properties[MARKER] = marker;
    });
  };
}

/** After rehype-raw: removes the ids, classes and naming ARIA attributes of elements that came from raw HTML, and every marker. */
export function rehypeCheckOwnIds() {
  return function transformer(tree: Root, file: VFile) {
    const marker = file.data.ownIdMarker;
    visit(tree, 'element', (node: Element) => {
      const own = marker !== undefined && node.properties[MARKER] === marker;
      delete node.properties[MARKER];
      if (!own) for (const name of OWN_ONLY) delete node.properties[name];
    });
  };
}
