import { describe, expect, it } from 'vitest';
import { render } from './pipeline.ts';

describe('rehypeSafeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', ''],
    ['<img src=x onerror=alert(1)>', ''],
    ['<a href="javascript:alert(1)">x</a>', '<p><a>x</a></p>'],
    ['[x](javascript:alert(1))', '<p><a>x</a></p>'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', '<p><a>x</a></p>'],
    ['<a href="https://example.org" onclick="alert(1)" style="color:red" class="x" id="y">x</a>', '<p><a href="https://example.org">x</a></p>'],
    ['<a href="mailto:desk@example.org">mail</a>', '<p><a href="mailto:desk@example.org">mail</a></p>'],
    ['<svg onload=alert(1)><circle/></svg>', '<p></p>'],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', ''],
    ['<b>bold</b> and <em>em</em>', '<p><b>bold</b> and <em>em</em></p>'],
    ['<style>body{display:none}</style>', ''],
    ['<form action="https://evil.example"><input name=x></form>', ''],
    ['<a href="https://evil.example/" tabindex="1" accesskey="s">x</a> <span tabindex="0">y</span>', '<p><a href="https://evil.example/">x</a> <span>y</span></p>'],
    ['<table width="5000" border="9" cellpadding="99"><tr><td nowrap height="900" align="right">x</td></tr></table>', '<div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table><tbody><tr><td align="right">x</td></tr></tbody></table></div>'],
    ['<hr size="90" width="5000" noshade> <p align="center" clear="all">p</p>', '<hr> <p align="center">p</p>'],
    [
      '<div itemscope itemtype="https://schema.org/ClaimReview"><span itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">True</span></div>',
      '<div><span>True</span></div>',
    ],
  ])('sanitises %j', async (markdown, html) => {
    expect((await render(markdown)).html.trim()).toBe(html);
  });

  it('keeps footnotes working', async () => {
    const { html } = await render('Text[^1].\n\n[^1]: Note.');
    expect(html).toContain('href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
  });

  it.each(['note.1', 'x:y', 'é', 'a<b'])('keeps footnotes working whatever their label: [^%s]', async (label) => {
    const { html } = await render(`Text[^${label}].\n\n[^${label}]: Note.`);
    const id = (name: string) => new RegExp(`id="${name}"`);
    const reference = /href="#([^"]+)" id="([^"]+)" data-footnote-ref/.exec(html);
    expect(reference, html).not.toBeNull();
    expect(html).toMatch(id(reference![1]!));
    expect(html).toMatch(new RegExp(`href="#${reference![2]}" data-footnote-backref`));
  });
});

describe('rehypeImageText', () => {
  it.each([
    ['![Bridge closed until March](https://example.org/notice.jpg)', '<p>[Image: Bridge closed until March]</p>'],
    ['The notice: <img src="https://example.org/n.jpg" alt="Bridge  closed" onerror="alert(1)">.', '<p>The notice: [Image: Bridge closed].</p>'],
    // A linked image gives its link a name: the link used to be empty.
    ['[![The council’s logo](https://example.org/logo.png)](https://example.org/)', '<p><a href="https://example.org/">[Image: The council’s logo]</a></p>'],
    ['<picture><source srcset="https://example.org/a.webp"><img src="https://example.org/a.jpg" alt="A map"></picture>', '<p>[Image: A map]</p>'],
    ['Text <img src="https://example.org/a.jpg" alt=""> and ![](https://example.org/b.jpg) more', '<p>Text  and  more</p>'],
    ['<img src=x alt="<script>alert(1)</script>">', '[Image: &#x3C;script>alert(1)&#x3C;/script>]'],
  ])('shows an image as its description, in words: %j', async (markdown, html) => {
    expect((await render(markdown)).html.trim()).toBe(html);
  });
});

describe('rehypeClaimMentions', () => {
  it('strips the look of a mention from raw HTML that imitates one', async () => {
    const { html } = await render(
      ':claim[real]{#a} <a href="/claims/a/" class="mention mention--asserts" id="m-a-forged" data-claim="a" data-stance="asserts">fake</a>',
    );
    expect(html).toMatch(/<a href="\/claims\/a\/" id="m-a-[a-z0-9]+" class="mention mention--asserts" data-claim="a" data-stance="asserts">real<\/a> <a href="\/claims\/a\/">fake<\/a>/);
  });

  it('keeps only the first element of an id that occurs twice', async () => {
    const { html, mentions } = await render(`:claim[real]{#a} <a id="${'m-a-'}x">y</a>`);
    const anchor = mentions[0]!.anchor;
    const forged = await render(`:claim[real]{#a} <a href="/x" id="${anchor}" class="mention">copy</a>`);
    expect(html).toContain(`id="${anchor}"`);
    expect(forged.html.match(new RegExp(`id="${anchor}"`, 'g'))).toHaveLength(1);
    expect(forged.html).toContain('<a href="/x">copy</a>');
  });
});

describe('rehypeOwnIds', () => {
  it("keeps a mention's anchor on the mention when raw HTML before it copies the anchor", async () => {
    const { mentions } = await render(':claim[real]{#a}');
    const anchor = mentions[0]!.anchor;
    const { html } = await render(`<a href="/claims/a/" id="${anchor}" class="mention mention--disputes" data-claim="a" data-stance="disputes">forged</a> :claim[real]{#a}`);
    expect(html).toBe(`<p><a href="/claims/a/">forged</a> <a href="/claims/a/" id="${anchor}" class="mention mention--asserts" data-claim="a" data-stance="asserts">real</a></p>`);
  });

  it('removes the ARIA attributes that name an element or point at another from raw HTML, and keeps GFM\'s', async () => {
    const { html } = await render('<a href="https://evil.example/" aria-label="Skip to content" aria-describedby="main" aria-labelledby="main">x</a> Text[^1].\n\n[^1]: Note.');
    expect(html).toContain('<p><a href="https://evil.example/">x</a> Text<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>.</p>');
    expect(html).toContain('aria-label="Back to reference 1"');
  });

  it("keeps the footnotes' ids and classes on the footnotes when raw HTML before them copies them", async () => {
    const { html } = await render(
      '<h2 class="sr-only" id="footnote-label">forged label</h2> <li id="user-content-fn-1">forged note</li> <p class="sr-only">hidden</p>\n\nText[^1].\n\n[^1]: Note.',
    );
    // The stray item is unwrapped (rehype-valid-html): an <li> outside a list is not valid HTML.
    expect(html).toContain('</h2> forged note <p>hidden</p>');
    expect(html).toContain('<p>hidden</p>');
    expect(html.match(/id="footnote-label"/g)).toHaveLength(1);
    expect(html.match(/class="sr-only"/g)).toHaveLength(1);
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Footnotes</h2>');
    expect(html).toContain('<li id="user-content-fn-1">');
  });
});

describe('rehypeBodyHeadingIds', () => {
  it("gives headings h- ids, so a body's heading never takes an id of the page", async () => {
    const { html } = await render('## Summary\n\n## Main\n\n## Summary\n\n<h3 id="summary">raw</h3>\n\nText[^1].\n\n[^1]: Note.');
    expect([...html.matchAll(/<h\d[^>]* id="([^"]+)"/g)].map((m) => m[1])).toEqual(['h-summary', 'h-main', 'h-summary-1', 'h-raw', 'footnote-label']);
  });
});

describe('rehypeContainedRaw', () => {
  it.each(['<plaintext>', '<template><p>held</p>', '<select><option>one</option>', '<PLAINTEXT/>'])('keeps the mentions after raw %s on the page', async (html) => {
    const { html: page } = await render(`Before ${html}\n\nThe :claim[span]{#a}, and more.\n\nLast.`);
    expect(page).toMatch(/<p>The <a href="\/claims\/a\/" id="m-a-[a-z0-9]+" class="mention mention--asserts" data-claim="a" data-stance="asserts">span<\/a>, and more.<\/p>\n<p>Last.<\/p>/);
  });
});
