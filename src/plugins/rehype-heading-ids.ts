/**
 * rehype-heading-ids: a body's headings get ids of their own kind, `h-` and the heading's slug,
 * so that no heading can take an id the page around the body uses. Astro slugs every heading
 * after our plugins; unprefixed, an article record's "## Summary" or a claim note's "## Evidence"
 * took the id of the page's own section (`summary`, `evidence`), and "## Main" that of the skip
 * link's target: the page had the id twice (invalid HTML), and a link to the section could land
 * on the body's heading. Mention anchors start with `m-`, footnotes with `user-content-`, and no
 * id of the page's templates starts with `h-`.
 *
 * ```md
 * ## Summary
 * ```
 *
 * renders as
 *
 * ```html
 * <h2 id="h-summary">Summary</h2>
 * ```
 *
 * The slugs are Astro's own (its `rehypeHeadingIds`, run here first); Astro keeps an id that is
 * already set. A heading that already has an id (GFM's `footnote-label`) keeps it.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** What every body heading's id starts with. */
export const HEADING_ID_PREFIX = 'h-';

const HEADING = /^h[1-6]$/;

export default function rehypeBodyHeadingIds() {
  const slug = rehypeHeadingIds() as (tree: Root, file: VFile) => void;
  return function transformer(tree: Root, file: VFile) {
    const headings: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (HEADING.test(node.tagName) && typeof node.properties.id !== 'string') headings.push(node);
    });
    if (headings.length === 0) return;
    slug(tree, file);
    for (const heading of headings) heading.properties.id = `${HEADING_ID_PREFIX}${String(heading.properties.id)}`;
  };
}
