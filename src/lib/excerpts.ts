/**
 * A search result's excerpt, its page's text escaped once. Pagefind builds an excerpt as HTML
 * (its UI inserts it as markup, to show the searched words in `<mark>`) from the page's text with
 * only `<` and `>` escaped, not `&`: a page whose text has a character reference as written (an
 * article about HTML: "write &amp; for &", a headline quoting `&lt;img&gt;`) showed in its
 * result the character, not what the page says ("write & for &", `<img>`). Nothing in an excerpt
 * can become an element (every `<` is escaped), only the words read wrong.
 *
 * The excerpt is a run of the page's words, as Pagefind splits them (at white space but U+FEFF),
 * each escaped its way and joined by one space, some in `<mark>`; its words are found among the
 * page's and written again from the page's own text, with `&` escaped as well. An excerpt that is
 * not such a run (a page written without spaces, which Pagefind splits at U+200B and joins with
 * nothing; another version of Pagefind) is returned as it is.
 *
 * ```ts
 * const content = 'Write &amp; for & in <b> tags.';
 * escapedExcerpt('<mark>Write</mark> &amp; for & in &lt;b&gt;', content, content.replace(/</g, '&lt;').replace(/>/g, '&gt;'))
 * // '<mark>Write</mark> &amp;amp; for &amp; in &lt;b&gt;'
 * ```
 */

/** Where Pagefind splits a page's text into words (its `word_separators`). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;
const MARKED = /^<mark>([^]*)<\/mark>$/;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `excerpt` (Pagefind's, from `rawContent`, the page's text with `<` and `>` escaped) written
 * again from `content` (the page's text) with `&`, `<` and `>` escaped; as it is when its words
 * are not a run of the page's.
 */
export function escapedExcerpt(excerpt: string, content: string, rawContent: string): string {
  if (excerpt === '' || !excerpt.includes('&')) return excerpt;
  const words = content.split(WORD_SEPARATORS);
  const raw = rawContent.split(WORD_SEPARATORS);
  if (words.length !== raw.length) return excerpt;
  const pieces = excerpt.split(' ');
  const bare = pieces.map((piece) => MARKED.exec(piece)?.[1] ?? piece);
  for (let start = 0; start + bare.length <= raw.length; start++) {
    if (!bare.every((word, i) => raw[start + i] === word)) continue;
    return pieces.map((piece, i) => (MARKED.test(piece) ? `<mark>${escapeText(words[start + i]!)}</mark>` : escapeText(words[start + i]!))).join(' ');
  }
  return excerpt;
}
