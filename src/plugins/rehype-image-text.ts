/**
 * rehype-image-text: a body shows no images (rehype-safe-html removes them: nothing in a body may
 * make a reader's browser fetch from another origin), so an image with a description is replaced
 * by its description, as text, where it stood. The sanitiser used to remove the image with its
 * description, and a reader lost what the image said without a sign that anything was there.
 *
 * ```md
 * The council's notice: ![Bridge closed to all traffic until March](https://example.org/notice.jpg)
 * ```
 *
 * renders as
 *
 * ```html
 * <p>The council's notice: [Image: Bridge closed to all traffic until March]</p>
 * ```
 *
 * An image with no description, or an empty one (`alt=""`, an image that only decorates), is
 * removed, as before: there is nothing of it to read. Runs after rehype-raw (so raw `<img>` is
 * read too) and before the sanitiser.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** What an image with the description `alt` reads as in a body: empty when it has none. */
export function imageText(alt: unknown): string {
  const words = typeof alt === 'string' ? alt.replace(/\s+/g, ' ').trim() : '';
  return words ? `[Image: ${words}]` : '';
}

export default function rehypeImageText() {
  return function transformer(tree: Root) {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img' || parent === undefined || index === undefined) return;
      const value = imageText(node.properties.alt);
      if (!value) return;
      const text: ElementContent = { type: 'text', value };
      parent.children.splice(index, 1, text);
    });
  };
}
