import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { literalBlock } from '../../../src/plugins/remark-literal-html.ts';
import { render } from './pipeline.ts';

describe('remarkLiteralHtml', () => {
  it.each([
    ['a type parameter', 'the <T> type', '<p>the &#x3C;T> type</p>'],
    ['a comparison that reads as a tag', 'if a<b and c>d then', '<p>if a&#x3C;b and c>d then</p>'],
    ['a generic type', 'a Vec<String> here', '<p>a Vec&#x3C;String> here</p>'],
    ['an unknown element alone on its line', '<Foo>', '<p>&#x3C;Foo></p>'],
    ['an unknown element opening an HTML block', '<Foo>\nmore &amp; words', '<p>&#x3C;Foo>\nmore &#x26; words</p>'],
    ['a custom element', 'the <x-trap onclick="x">rule</x-trap> z', '<p>the &#x3C;x-trap onclick="x">rule&#x3C;/x-trap> z</p>'],
    ['a processing instruction', 'x <?php echo 1 ?> y', '<p>x &#x3C;?php echo 1 ?> y</p>'],
    ['a tag of words never closed in its paragraph', 'if a <b>x</b> <b>y z', '<p>if a <b>x</b> &#x3C;b>y z</p>'],
    ['an end tag that closes nothing', 'the </em> tag', '<p>the &#x3C;/em> tag</p>'],
    ['an unknown element in a heading', '## The <T> type', '<h2 id="h-the-t-type">The &#x3C;T> type</h2>'],
    ['an unknown element in a table cell', '| a |\n| - |\n| List<T> |', 'List&#x3C;T>'],
    ['an unknown element in an HTML block', '<div>\n<Foo> x\n</div>', '<div>\n&#x3C;Foo> x\n</div>'],
    ['an unknown element in a textarea', '<textarea><Foo></textarea>', '&#x3C;Foo>'],
  ])('shows %s as the characters written', async (_, markdown, html) => {
    expect((await render(markdown)).html).toContain(html);
  });

  it.each([
    ['formatting closed in its paragraph', 'a <b>bold</b> and <em>em</em> <span>x</span> <sub>2</sub>', '<p>a <b>bold</b> and <em>em</em> <span>x</span> <sub>2</sub></p>'],
    ['a line break', 'a<br>b', '<p>a<br>b</p>'],
    ['an HTML block the page keeps', '<details><summary>S</summary>\n\nbody\n\n</details>', '<details><summary>S</summary>\n<p>body</p>\n</details>'],
    ['formatting across a mention', '<b>the :claim[words]{#a-claim} here</b>', '<p><b>the <a href="/claims/a-claim/"'],
    ['an image, as its description', 'x <img alt="chart"> y', '<p>x [Image: chart] y</p>'],
    ['a comment, which no reader sees', 'x <!-- note --> y', '<p>x  y</p>'],
  ])('keeps %s as markup', async (_, markdown, html) => {
    expect((await render(markdown)).html).toContain(html);
  });

  it.each([
    ['<script>alert(1)</script>', ''],
    ['a <script>alert(1)</script> b', '<p>a  b</p>'],
    ['a <svg onload=alert(1)><circle/></svg> b', '<p>a  b</p>'],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', ''],
    ['<style>p{}</style>', ''],
  ])('leaves elements HTML knows to the sanitiser: %j', async (markdown, html) => {
    expect((await render(markdown)).html.trim()).toBe(html);
  });

  it('gives a mention the characters shown as text in its passage as context', async () => {
    const { mentions } = await render('> The <T> rule holds, as <T> :claim[the <T> rule holds]{#a-claim} <U> now.');
    expect(mentions[0]!.text).toBe('the <T> rule holds');
    expect(mentions[0]!.context).toEqual({ prefix: 'holds, as <T>', suffix: '<U> now.' });
  });

  it.each([
    ['a named reference', 'x <Foo a="x &amp; y"> z', 'x <Foo a="x & y"> z'],
    ['numeric references', 'x <Foo a="&#60;&#x3E;&#8212;"> z', 'x <Foo a="<>\u2014"> z'],
    ['a reference HTML reads without its semicolon', 'x <Foo a="&copy 2026"> z', 'x <Foo a="\u00A9 2026"> z'],
    ['an unknown name, left as written', 'x <Foo a="&bogus; &"> z', 'x <Foo a="&bogus; &"> z'],
  ])('reads %s in a tag it shows as text as HTML reads them, in a passage and in a span', async (_, markdown, shown) => {
    // What a browser shows for the same tag in an HTML block, where `<` is written `&lt;` (literalBlock).
    const block = await render(`<div>\n${markdown}\n</div>`);
    const inline = await render(markdown);
    const span = await render(`> :claim[${markdown}]{#a-claim}`);
    const text = (html: string) => cheerio.load(html).root().text().trim();
    expect(text(block.html)).toBe(shown);
    expect(text(inline.html)).toBe(shown);
    expect(span.mentions[0]!.text).toBe(shown);
    expect(text(span.html)).toBe(shown);
  });

  it("reads an HTML block tag by tag, and leaves a raw text element's content and comments as they are", () => {
    expect(literalBlock('<div title="<x>"><Foo> <!-- <Bar> --> <script>if (a<b) {}</script></div>')).toEqual({
      html: '<div title="<x>">&lt;Foo> <!-- <Bar> --> <script>if (a<b) {}</script></div>',
      markup: true,
    });
    expect(literalBlock('<Foo> <?x?> <![CDATA[y]]> <b')).toEqual({ html: '&lt;Foo> &lt;?x?> &lt;![CDATA[y]]> &lt;b', markup: false });
    expect(literalBlock('<svg><circle/><Foo/></svg><Foo>')).toEqual({ html: '<svg><circle/><Foo/></svg>&lt;Foo>', markup: true });
  });

  it('ends a comment never closed at the end of the block, as HTML does, in time linear in its length', () => {
    expect(literalBlock('<Foo> <!--> <Bar> <!---> <Baz> <!-- open <Foo>')).toEqual({ html: '&lt;Foo> <!--> &lt;Bar> <!---> &lt;Baz> <!-- open <Foo>', markup: true });
    expect(literalBlock('<SCRIPT>x<Foo></Script><Foo>').html).toBe('<SCRIPT>x<Foo></Script>&lt;Foo>');
    // Each `<!--` looked for its `-->` to the end of the block: 30,000 of them took 11 s.
    const started = performance.now();
    literalBlock('<!--'.repeat(30_000));
    literalBlock('<script></script>'.repeat(10_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
