import { describe, expect, it } from 'vitest';
import { escapedExcerpt } from '../../../src/lib/excerpts.ts';

/** Pagefind's escaping of a page's text for its excerpts (pagefind.js: raw_content): `<` and `>` only. */
const pagefindRaw = (content: string) => content.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An excerpt as Pagefind builds one: words `start` to `start + length` of the escaped text, the `marked` ones in <mark>. */
function pagefindExcerpt(content: string, start: number, length: number, marked: number[]): string {
  const words = pagefindRaw(content).split(/[^\S\uFEFF]+/);
  for (const at of marked) words[at] = `<mark>${words[at]}</mark>`;
  return words.slice(start, start + length).join(' ').trim();
}

/** What a browser shows of an excerpt inserted as HTML: its text, character references read. */
const shown = (html: string) =>
  html
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('escapedExcerpt', () => {
  it("shows the page's words as the page does: a character reference written in its text, and a lone &", () => {
    const content = 'A headline quoting &lt;img src=x onerror=alert(1)&gt; and AT&T, where &amp; stands for & in <b> tags.';
    const excerpt = pagefindExcerpt(content, 0, 30, [3, 8]);
    // Pagefind's own: the references read as the characters they stand for.
    expect(shown(excerpt)).toBe('A headline quoting <img src=x onerror=alert(1)> and AT&T, where & stands for & in <b> tags.');
    const fixed = escapedExcerpt(excerpt, content, pagefindRaw(content));
    expect(shown(fixed)).toBe(content);
    expect(fixed).toBe(
      'A headline quoting <mark>&amp;lt;img</mark> src=x onerror=alert(1)&amp;gt; and AT&amp;T, <mark>where</mark> &amp;amp; stands for &amp; in &lt;b&gt; tags.',
    );
  });

  it('keeps every < and > escaped and the searched words marked, from any place in the page', () => {
    const content = 'Our summary. The council said </script><script>alert(1)</script> & the bridge <img onerror=x> is shut, it said &amp; more.';
    const excerpt = pagefindExcerpt(content, 4, 10, [7, 11]);
    const fixed = escapedExcerpt(excerpt, content, pagefindRaw(content));
    expect(fixed).not.toMatch(/<(?!\/?mark>)/);
    expect(fixed).toBe('said &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>the</mark> bridge &lt;img onerror=x&gt; <mark>is</mark> shut, it');
    expect(shown(fixed)).toBe(content.split(' ').slice(4, 14).join(' '));
  });

  it('leaves as it is an excerpt without &, and one that is not a run of the words of the page', () => {
    const content = 'Plain words, and < and >.';
    const plain = pagefindExcerpt(content, 0, 3, [1]);
    expect(escapedExcerpt(plain, content, pagefindRaw(content))).toBe(plain);
    // A page written without spaces, which Pagefind splits at U+200B and joins with nothing.
    const joined = '東京&amp;大阪';
    expect(escapedExcerpt(`<mark>東京</mark>&amp;大阪`, joined, `東京\u200B&amp;\u200B大阪`)).toBe('<mark>東京</mark>&amp;大阪');
    expect(escapedExcerpt('words & not on the page', 'other words & text', 'other words & text')).toBe('words & not on the page');
  });
});
