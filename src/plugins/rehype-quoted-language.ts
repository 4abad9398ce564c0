/**
 * rehype-quoted-language: in the body of an article written in another language than our pages,
 * the article's own words carry its language and direction (src/lib/languages.ts): every
 * quotation (`>`, the passages quoted exactly) and every claim mention outside one. Our account
 * around them is in English, as the page is. The whole record used to carry `lang="ar"`, so a
 * screen reader read our English account with an Arabic voice; and nothing carried `dir`, so an
 * Arabic passage was laid out from the left, its full stop at its start.
 *
 * With `language: ar` in the frontmatter,
 *
 * ```md
 * The ministry's statement:
 *
 * > قال المسؤول: :claim[إن الميناء مغلق]{#port-closed}
 * ```
 *
 * renders as
 *
 * ```html
 * <p>The ministry's statement:</p>
 * <blockquote lang="ar" dir="rtl"><p>قال المسؤول: <a … class="mention …">إن الميناء مغلق</a></p></blockquote>
 * ```
 *
 * In a language written in our Latin script (`fr`), each also gives its words to the search
 * index as metadata (`data-pagefind-meta="quote-1-fr"`, quoteMetaKey in src/lib/languages.ts),
 * so that the search page can mark them in a result's excerpt: their letters cannot tell them
 * from ours.
 *
 * A block of text outside the quotations (a paragraph, a list item, a heading, a table's cell)
 * written in the article's own script is the article's too, though not quoted with `>`: it carries
 * the language and direction, as a quotation does (ownTextAttributes in src/lib/languages.ts).
 * An Arabic paragraph there was read as English, from the left, its full stop at its start:
 *
 * ```md
 * The paper's closing line:
 *
 * قالت الصحيفة إن الجسر سيبقى مغلقاً.
 * ```
 *
 * renders as
 *
 * ```html
 * <p>The paper's closing line:</p>
 * <p lang="ar" dir="rtl">قالت الصحيفة إن الجسر سيبقى مغلقاً.</p>
 * ```
 *
 * A list item's text is marked inside it (`<li><span lang="ar" dir="rtl">…</span></li>`): the
 * item stays in our list, its marker on our side.
 *
 * The language is the `language` field of the file's frontmatter, as Astro passes it to the
 * renderer; a body without one (a claim's notes, a story's background) is left as it is.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { languageAttributes, ownTextAttributes, quoteMetaKey } from '../lib/languages.ts';

/** The elements that hold a block of text: one written in the article's script is the article's. */
const textBlocks = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption']);

/** Whether an element is phrasing content (text level), not a block: what a span may hold. */
function phrasing(node: Element): boolean {
  return !/^(?:p|div|ul|ol|li|dl|dt|dd|blockquote|pre|table|h[1-6]|hr|figure|figcaption|details|summary|section|address|aside|footer|header|nav|article|main|form|fieldset|menu)$/.test(node.tagName);
}

function isMention(node: Element): boolean {
  const className = node.properties.className;
  return node.tagName === 'a' && Array.isArray(className) && className.includes('mention');
}

export default function rehypeQuotedLanguage() {
  return function transformer(tree: Root, file: VFile) {
    const frontmatter = (file.data.astro as { frontmatter?: { language?: unknown } } | undefined)?.frontmatter;
    const language = typeof frontmatter?.language === 'string' ? frontmatter.language : undefined;
    const attributes = languageAttributes(language);
    if (!attributes.lang) return;
    let quotes = 0;
    visit(tree, 'element', (node: Element) => {
      if (textBlocks.has(node.tagName)) {
        const own = ownTextAttributes(toString(node), language);
        if (!own.lang) return;
        const properties = own.dir ? { lang: own.lang, dir: own.dir } : { lang: own.lang };
        if (node.tagName === 'li') {
          // A list item's marker is drawn outside it, on the side its direction starts: in our
          // list, indented on the left, a right-to-left item's bullet stood past the right edge
          // (2 px of sideways scrolling at 320 px). Its words are the article's, not the item: a
          // block in it (a loose list's paragraph) is marked as a block, its text in a span.
          if (node.children.some((child) => child.type === 'element' && !phrasing(child))) return;
          node.children = [{ type: 'element', tagName: 'span', properties, children: node.children }];
        } else {
          Object.assign(node.properties, properties);
        }
        // What it holds (a span in it) is in its language already.
        return SKIP;
      }
      if (node.tagName !== 'blockquote' && !isMention(node)) return;
      node.properties.lang = attributes.lang;
      if (attributes.dir) node.properties.dir = attributes.dir;
      // Words in our own Latin script: the search page is told which they are (quoteMetaKey).
      const key = quoteMetaKey(++quotes, language);
      if (key) node.properties.dataPagefindMeta = key;
      // What a quotation holds is in its language already.
      return SKIP;
    });
  };
}
