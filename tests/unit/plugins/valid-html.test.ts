import { describe, expect, it } from 'vitest';
import { validDateTime, validLanguageTag, validUrl, withoutForbiddenCharacters } from '../../../src/plugins/rehype-valid-html.ts';
import { render } from './pipeline.ts';

/** The body as the real pipeline renders it, on one line. */
const rendered = async (markdown: string) => (await render(markdown)).html.replace(/\n/g, '');

describe('rehypeValidHtml', () => {
  // Each of these bodies made the Nu Html Checker refuse its page before rehype-valid-html.
  it.each([
    // Elements the sanitiser removes keep their children, which their parent may not hold.
    ['<p>a <object><p>inner</p></object> b</p>', '<p>a inner b</p>'],
    ['<p>a <button><p>inner</p></button> b</p>', '<p>a inner b</p>'],
    ['<p><a href="/x"><object><div>d</div></object></a></p>', '<p><a href="/x">d</a></p>'],
    ['<a href="/x"><object><a href="/y">in</a></object></a>', '<p><a href="/x">in</a></p>'],
    ['<sub><div>x</div></sub><sup><ul><li>y</li></ul></sup>', '<p><sub></sub></p><div>x</div><sup>y</sup><p></p>'],
    ['<pre><div>x</div></pre>', '<pre>x</pre>'],
    ['<h2><p>x</p></h2>', '<h2 id="h-x">x</h2>'],
    ['<table><tr><th><h2>x</h2><p>y</p></th></tr></table>', '<div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table><tbody><tr><th>x<p>y</p></th></tr></tbody></table></div>'],
    ['<details><summary><a href="/a">x</a><div>d</div></summary>y</details>', '<details><summary><a href="/a">x</a>d</summary>y</details>'],
    // Elements that need a particular parent.
    ['Text <li>stray</li> more', '<p>Text </p>stray more<p></p>'],
    ['<p>a<li>x</li></p>', '<p>a</p>x<p></p>'],
    ['<dt>term</dt><dd>def</dd>', 'termdef'],
    ['<ul><li><dd>x</dd></li></ul>', '<ul><li>x</li></ul>'],
    ['<summary>s</summary>', 's'],
    ['<rt>x</rt> <rp>(</rp> <ruby>a<rt>b</rt></ruby>', '<p>x ( <ruby>a<rt>b</rt></ruby></p>'],
    // Containers that hold only some elements.
    ['<ul><p>x</p>text<li>ok</li></ul>', '<ul><li><p>x</p>text</li><li>ok</li></ul>'],
    ['<ol>bare</ol>', '<ol><li>bare</li></ol>'],
    ['<dl><p>x</p><dt>t</dt></dl>', '<div><p>x</p><div>t</div></div>'],
    ['<dl><dd>d</dd></dl>', '<div><div>d</div></div>'],
    ['<dl><dt>a</dt><dd>b</dd><dt>c</dt><dt>d</dt><dd>e</dd><dd>f</dd></dl>', '<dl><dt>a</dt><dd>b</dd><dt>c</dt><dt>d</dt><dd>e</dd><dd>f</dd></dl>'],
    ['<details><p>x</p><summary>late</summary></details>', '<div><p>x</p>late</div>'],
    ['<ruby>a</ruby> <ruby>a<rt>b</rt>c</ruby> <ruby>漢<rt>kan</rt>字<rt>ji</rt></ruby>', '<p><span>a</span> <span>abc</span> <ruby>漢<rt>kan</rt>字<rt>ji</rt></ruby></p>'],
    ['<tt>x</tt> <strike>y</strike>', '<p><code>x</code> <s>y</s></p>'],
    // Tables.
    // A table's caption is kept, first, and names the table's region; a second one's words go before the table.
    ['<table><caption>c</caption><tr><td>x</td></tr></table>', '<div class="table-wrap" role="region" aria-label="c" tabindex="0"><table><caption>c</caption><tbody><tr><td>x</td></tr></tbody></table></div>'],
    ['<table><tr><td>x</td></tr><caption onclick="x()" style="color:red"> Repair  <b>costs</b></caption><caption>second</caption></table>', 'second<div class="table-wrap" role="region" aria-label="Repair costs" tabindex="0"><table><caption> Repair  <b>costs</b></caption><tbody><tr><td>x</td></tr></tbody></table></div>'],
    ['<table><caption><table><tr><td>inner</td></tr></table> <p>words</p></caption><tr><td>x</td></tr></table>', '<div class="table-wrap" role="region" aria-label="inner words" tabindex="0"><table><caption>inner <p>words</p></caption><tbody><tr><td>x</td></tr></tbody></table></div>'],
    ['<table><caption> </caption><tr><td>x</td></tr></table>', '<div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table><tbody><tr><td>x</td></tr></tbody></table></div>'],
    ['<table><tr><td>a</td><object>loose</object></tr></table>', 'loose<div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table><tbody><tr><td>a</td></tr></tbody></table></div>'],
    // A table with nothing to read is not emitted (rehype-table-regions): its region was an empty tab stop.
    ['<table><tr></tr></table>', ''],
    ['<table><thead><td>x</td></thead><tfoot><tr><td>f</td></tr></tfoot><tbody></tbody></table>', '<div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table><thead><tr><td>x</td></tr></thead><tbody><tr><td>f</td></tr></tbody><tbody></tbody></table></div>'],
    ['<table><tr><td colspan="3">x</td></tr></table>', '<div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table><tbody><tr><td>x</td></tr></tbody></table></div>'],
    ['<table><tr><td colspan="2">x</td></tr><tr><td>a</td><td>b</td></tr></table>', '<div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table><tbody><tr><td colspan="2">x</td></tr><tr><td>a</td><td>b</td></tr></tbody></table></div>'],
    ['<table><tr><td rowspan="9">x</td><td>y</td></tr><tr><td>z</td></tr></table>', '<div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table><tbody><tr><td rowspan="2">x</td><td>y</td></tr><tr><td>z</td></tr></tbody></table></div>'],
    ['<table><tr><td colspan="0" rowspan="-1">a</td></tr></table>', '<div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table><tbody><tr><td>a</td></tr></tbody></table></div>'],
    ['<table><tr><th scope="sideways" headers="x">h</th><td headers="zz">d</td></tr></table>', '<div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table><tbody><tr><th>h</th><td>d</td></tr></tbody></table></div>'],
    // Attributes.
    ['<ol start="x"><li value="y">a</li></ol> <ol start="3"><li value="5">b</li></ol> <ul><li value="2">c</li></ul>', '<ol><li>a</li></ol> <ol start="3"><li value="5">b</li></ol> <ul><li>c</li></ul>'],
    ['<span lang="??">a</span> <span lang="eng">b</span> <span lang="fr">c</span> <span lang="zh-Hant-TW">d</span> <span dir="sideways">e</span> <span dir="rtl">f</span>', '<p><span>a</span> <span>b</span> <span lang="fr">c</span> <span lang="zh-Hant-TW">d</span> <span>e</span> <span dir="rtl">f</span></p>'],
    ['<div align="center" summary="s" label="l" value="v" abbr="a" axis="a" scope="row">x</div>', '<div align="center">x</div>'],
    ['<del datetime="yesterday">x</del> <ins datetime="2020-02-29T10:00Z">y</ins>', '<p><del>x</del> <ins datetime="2020-02-29T10:00Z">y</ins></p>'],
    ['<details open="maybe"><summary>s</summary>x</details>', '<details open><summary>s</summary>x</details>'],
    ['<a href="/a b" hreflang="??">x</a> <a href="http://">y</a> <q cite="https://x.example/#a#b">z</q>', '<p><a href="/a%20b">x</a> <a>y</a> <q cite="https://x.example/#a%23b">z</q></p>'],
    ['[x](https://x.example:99999/)', '<p><a>x</a></p>'],
  ])('makes %j valid', async (markdown, html) => {
    expect(await rendered(markdown)).toBe(html);
  });

  it("unwraps a link around one of the pipeline's own links, never the own link", async () => {
    const { html, mentions } = await render('<a href="/x"><object>:claim[words]{#x}</object></a>');
    expect(html.trim()).toBe(`<p><a href="/claims/x/" id="${mentions[0]!.anchor}" class="mention mention--asserts" data-claim="x" data-stance="asserts">words</a></p>`);
  });

  it('keeps what is already valid as it was', async () => {
    const markdown = '## Head\n\nA *b* [c](https://x.example/a?b=c#d) <q cite="https://x.example/">d</q>.\n\n1. one\n2. two\n\n> quote\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\nText[^1].\n\n[^1]: Note.';
    expect(await rendered(markdown)).toBe(
      '<h2 id="h-head">Head</h2><p>A <em>b</em> <a href="https://x.example/a?b=c#d">c</a> <q cite="https://x.example/">d</q>.</p><ol><li>one</li><li>two</li></ol><blockquote><p>quote</p></blockquote>' +
        '<div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table><thead><tr><th align="left">a</th><th align="right">b</th></tr></thead><tbody><tr><td align="left">1</td><td align="right">2</td></tr></tbody></table></div>' +
        '<p>Text<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>.</p>' +
        '<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol><li id="user-content-fn-1"><p>Note. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p></li></ol></section>',
    );
  });
});

describe('withoutForbiddenCharacters', () => {
  it('replaces the code points HTML forbids, from raw HTML references too, by U+FFFD', async () => {
    expect(withoutForbiddenCharacters('a\u0001b\u007fc\u0085d\uFDD0e\uFFFFf\u{1FFFE}g\u{10FFFF}h\uD800i')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi');
    expect(await rendered('<span title="&#xFDD0;x">a &#xFDEF; &#x1FFFF; b</span> <a href="/x&#xFDD0;">c</a>')).toBe('<p><span title="\uFFFDx">a \uFFFD \uFFFD b</span> <a href="/x%EF%BF%BD">c</a></p>');
  });

  it('keeps white space, emoji and every other character', () => {
    const text = 'tab\tnew\nfeed\fcr\r é ü 漢 \u{1F600} \uFFFD \uFFFC \u{10FFFD}';
    expect(withoutForbiddenCharacters(text)).toBe(text);
  });
});

describe('validLanguageTag', () => {
  it.each(['en', 'fr', 'ast', 'en-GB', 'es-419', 'zh-Hant', 'zh-Hant-TW', 'EN-gb'])('accepts %s', (tag) => expect(validLanguageTag(tag)).toBe(true));
  it.each(['', '??', 'eng', 'fra', 'xx', 'en-AB', 'en-Abcd', 'i-klingon', 'en-GB-oxendict', 'en_GB'])('refuses %j', (tag) => expect(validLanguageTag(tag)).toBe(false));
});

describe('validDateTime', () => {
  it.each(['2020-01-01', '2020-02-29', '2020-02-29T10:00Z', '2026-05-18T07:00:00+02:00', '2026-05-18 07:00:00.5-0500'])('accepts %s', (value) => expect(validDateTime(value)).toBe(true));
  it.each(['yesterday', '2021-02-29', '2020-13-01', '2020-01-01T24:00Z', '2020-01-01T10:00', '0000-01-01'])('refuses %s', (value) => expect(validDateTime(value)).toBe(false));
});

describe('validUrl', () => {
  it.each([
    ['https://x.example/a?b=c#d', 'https://x.example/a?b=c#d'],
    [' /a b ', '/a%20b'],
    ['https://x.example/a[b]|^', 'https://x.example/a%5Bb%5D%7C%5E'],
    ['https://[::1]/', 'https://[::1]/'],
    ['/a\\b', '/a%5Cb'],
    ['https://x.example/a%zz%20', 'https://x.example/a%25zz%20'],
    ['#a#b', '#a%23b'],
    ['mailto:a b@x.example', 'mailto:a%20b@x.example'],
    ['https://x.example/é', 'https://x.example/é'],
    ['/\uFFFD\uFDD0\u0085', '/%EF%BF%BD%EF%B7%90%C2%85'],
  ])('makes %j %j', (value, url) => expect(validUrl(value)).toBe(url));
  it.each(['http://', 'https://x.example:99999/', 'https://exa mple.example/', 'https:\\\\evil.example', 'https:evil.example'])('refuses %j', (value) => expect(validUrl(value)).toBeUndefined());
});
