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
 *
 * In the record of an article in another language, the word "Image:" is ours, in English, and
 * says so (`<span lang="en">`): inside a quotation, which carries the article's language
 * (rehype-quoted-language), a screen reader read it with that language's voice.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { languageAttributes, PAGE_LANGUAGE } from '../lib/languages.ts';

/** An image's description, its white space collapsed: empty when it has none. */
export function imageDescription(alt: unknown): string {
  return typeof alt === 'string' ? alt.replace(/\s+/g, ' ').trim() : '';
}

/** What an image with the description `alt` reads as in a body: empty when it has none. */
export function imageText(alt: unknown): string {
  const words = imageDescription(alt);
  return words ? `[Image: ${words}]` : '';
}

export default function rehypeImageText() {
  return function transformer(tree: Root, file: VFile) {
    const frontmatter = (file.data.astro as { frontmatter?: { language?: unknown } } | undefined)?.frontmatter;
    const foreign = typeof frontmatter?.language === 'string' && languageAttributes(frontmatter.language).lang !== undefined;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img' || parent === undefined || index === undefined) return;
      const words = imageDescription(node.properties.alt);
      if (!words) return;
      // The same text either way: imageText(alt).
      const text: ElementContent[] = foreign
        ? [{ type: 'text', value: '[' }, { type: 'element', tagName: 'span', properties: { lang: PAGE_LANGUAGE }, children: [{ type: 'text', value: 'Image:' }] }, { type: 'text', value: ` ${words}]` }]
        : [{ type: 'text', value: imageText(words) }];
      parent.children.splice(index, 1, ...text);
    });
  };
}
