/**
 * Article bodies and frontmatter strings are untrusted (issue 3, point 5). The injection corpus
 * (tests/fixtures/injection/content) carries script-injection attempts in every article body,
 * story and claim body, and every frontmatter string field; it passes the content checks, so it
 * builds. This test builds it with the real build and reads every file it produces:
 *
 * - no script runs: no <script> but JSON-LD data blocks (and the search page's own Pagefind
 *   scripts), no on* attribute, no javascript:, vbscript: or data: URL, no frame, object, embed,
 *   base, form action or refresh to anything but a page of the site;
 * - nothing from a body or a mention sets a class, an id or a style;
 * - every frontmatter string lands escaped: in <title>, in meta tags, in JSON-LD, in feeds and in
 *   the open-data export it reads back exactly as written, and its markup is never markup.
 *
 * tests/browser/injection.test.ts opens the same pages in Chromium.
 *
 * A mention's own attributes (`{.class style=… onclick=…}`) are refused by the checks
 * (tests/fixtures/bad/mention-unknown-attribute), so they cannot be in a corpus that builds; the
 * last group renders them through the site's Markdown pipeline to show that they would not reach
 * the page even if the checks were bypassed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unified as astroUnified } from '@astrojs/markdown-remark';
import * as cheerio from 'cheerio';
// fast-xml-parser comes with @rowanmanning/feed-parser (a dev dependency): a strict XML check.
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownPipeline } from '../../src/plugins/index.ts';
import { builtSite, listFiles, projectRoot } from '../support/build.ts';
import { isFragmentKeeper } from '../support/site.ts';

const content = 'tests/fixtures/injection/content';
let dist: string;
let files: string[];
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const htmlFiles = () => files.filter((f) => f.endsWith('.html'));

beforeAll(() => {
  dist = builtSite(content);
  files = listFiles(dist);
});

/** Frontmatter of a record in the corpus. */
function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(path.join(projectRoot, content, file), 'utf8');
  return parseYaml(file.endsWith('.md') ? text.split(/^---$/m)[1]! : text) as Record<string, unknown>;
}

const DANGEROUS_URL = /^(?:javascript|vbscript|data|file):/i;
/** An attribute value as a browser would read it as a URL: without whitespace and control characters. */
const asUrl = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'srcset', 'xlink:href', 'data', 'poster', 'background', 'cite', 'ping', 'manifest', 'codebase'];

describe('the injection corpus, built', () => {
  it('builds pages for every article, claim, story, outlet and entity of the corpus', () => {
    for (const page of [
      'articles/script-tags/index.html',
      'articles/event-handlers/index.html',
      'articles/dangerous-urls/index.html',
      'articles/frames-and-svg/index.html',
      'articles/mention-imitations/index.html',
      'articles/headings-and-footnotes/index.html',
      'articles/hiding-raw-html/index.html',
      'articles/literal-tags/index.html',
      'articles/invalid-html/index.html',
      'articles/mutation-xss/index.html',
      'claims/script-in-statement/index.html',
      'claims/handlers-in-notes/index.html',
      'claims/namespace-confusion/index.html',
      'stories/injection-story/index.html',
      'outlets/injection-outlet/index.html',
      'entities/mallory/index.html',
    ]) {
      expect(files, page).toContain(page);
    }
  });

  it('has no script element but JSON-LD data blocks, except the search page\'s own scripts', () => {
    expect(htmlFiles().flatMap((file) => scripts(file, cheerio.load(read(file))))).toEqual([]);
  });

  it('keeps JSON-LD data blocks closed and parseable, whatever the strings in them', () => {
    let blocks = 0;
    for (const file of htmlFiles()) {
      const html = read(file);
      for (const match of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        blocks++;
        const json = match[1]!;
        expect(json, file).not.toMatch(/<\/script|<!--|<script/i);
        expect(() => JSON.parse(json), file).not.toThrow();
      }
    }
    expect(blocks).toBeGreaterThan(0);
  });

  it('has no event-handler attribute on any element', () => {
    const svg = files.filter((f) => f.endsWith('.svg')).flatMap((file) => handlers(file, cheerio.load(read(file), { xml: true })));
    expect([...htmlFiles().flatMap((file) => handlers(file, cheerio.load(read(file)))), ...svg]).toEqual([]);
  });

  it('has no javascript:, vbscript:, data: or file: URL in any attribute, and no refresh away from the site', () => {
    expect(htmlFiles().flatMap((file) => dangerousUrls(file, cheerio.load(read(file))))).toEqual([]);
  });

  it('has no frame, object, embed, base, template, style or resource from another origin from a body', () => {
    expect(htmlFiles().flatMap((file) => containers(file, cheerio.load(read(file))))).toEqual([]);
  });

  it('lets no body or mention set a class, an id or a style', () => {
    expect(htmlFiles().flatMap((file) => injectedAttributes(file, cheerio.load(read(file))))).toEqual([]);
  });

  it('uses scans that find what they look for (each would fail on a page that let an attack through)', () => {
    const page = cheerio.load(
      '<html><head><base href="/x/"></head><body><script>window.__xss=1</script><img src="https://evil.example.org/x.png" onerror="alert(1)">' +
        '<a href=" java\tscript:alert(1)">x</a><meta http-equiv="refresh" content="0;url=https://evil.example.org/">' +
        '<iframe srcdoc="x"></iframe><style>*{}</style><span class="xss-class" style="color:red">s</span>' +
        '<a class="mention" id="m-x-1" data-claim="x" href="/claims/y/">m</a><p id="a"></p><p id="a"></p></body></html>',
    );
    expect(scripts('articles/x/index.html', page)).toHaveLength(1);
    expect(handlers('articles/x/index.html', page)).toHaveLength(1);
    expect(dangerousUrls('articles/x/index.html', page)).toHaveLength(2);
    expect(containers('articles/x/index.html', page)).toHaveLength(4);
    expect(injectedAttributes('articles/x/index.html', page)).toHaveLength(3);
  });

  it('shows the raw-HTML imitation of a mention as a plain link, and the real mentions as mentions', () => {
    const $ = cheerio.load(read('articles/mention-imitations/index.html'));
    const mentions = $('a.mention')
      .map((_, element) => `${$(element).attr('data-claim')} ${$(element).attr('data-stance')}: ${$(element).text()}`)
      .get();
    expect(mentions.slice(0, 2)).toEqual([
      'imitated-mention asserts: raw HTML cannot imitate a mention',
      'imitated-mention qualifies: raw HTML cannot imitate a mention',
    ]);
    // The span's own markup is sanitised: the <b> stays, without its handler; the stray </a> and
    // the <script>, which are no formatting, are the characters written.
    expect(mentions[2]).toMatch(/^script-in-statement quotes: bold .* <\/a><script>alert\(1\)<\/script>$/);
    expect($('a.mention b').attr('onclick')).toBeUndefined();
    expect($('a:contains("a fake mention")').attr('class')).toBeUndefined();
  });

  it("shows a span's raw HTML that is no formatting as the characters written, on the article page and the claim page, never as markup", () => {
    const written = '<img src=x onerror="window.__xss=1"> <svg/onload=window.__xss=1> <iframe srcdoc="<script>window.__xss=1</script>"></iframe> <x-trap onclick="window.__xss=1">if x<y and y>z</x-trap> <b onmouseover="window.__xss=1">never closed';
    const article = cheerio.load(read('articles/mention-imitations/index.html'));
    const span = article('a.mention').filter((_, a) => article(a).text().startsWith('<img'));
    expect(span.text()).toBe(written);
    // Its only element is the empty anchor of the claim's old id (src/lib/mentions.ts, withOldAnchors).
    expect(span.children().map((_, e) => `${e.tagName} ${article(e).text()}`).get()).toEqual(['span ']);
    const claim = cheerio.load(read('claims/script-in-statement/index.html'));
    expect(claim('main blockquote p').map((_, p) => claim(p).text()).get()).toContain(written);
    for (const $ of [article, claim]) expect($('main img, main svg, main iframe, main x-trap, main [onclick], main [onmouseover]')).toHaveLength(0);
  });

  it('shows raw HTML that is no markup as the characters written outside a mention too, and its payloads as text or not at all', () => {
    const $ = cheerio.load(read('articles/literal-tags/index.html'));
    const paragraphs = $('main p').map((_, p) => $(p).text()).get();
    for (const written of [
      'The <T> type, Vec<String>, if a<b and c>d, and bold still bold.',
      '<Foo onclick="window.__xss=1">',
      'Inline: <x-trap onmouseover="window.__xss=1">caught</x-trap> and <Foo></Foo>.',
      'Not tags: <?php echo "<script>window.__xss=1</script>"; ?> and <![CDATA[<img src=x onerror="window.__xss=1">]]>.',
    ]) {
      expect(paragraphs).toContain(written);
    }
    expect($('main').text()).toContain('<Bar onclick="window.__xss=1">');
    expect($('main p b').text()).toBe('bold');
    expect($('main foo, main bar, main x-trap, main img, main svg, main [onclick], main [onmouseover], main [onerror]')).toHaveLength(0);
  });

  it('lets no body change the keyboard order, take an access key or pass for the skip link', () => {
    const found: string[] = [];
    for (const file of htmlFiles()) {
      const $ = cheerio.load(read(file));
      // The page's own: main (-1, the skip link's target) and scrollable tables (0).
      $('[accesskey], [tabindex]').each((_, element) => {
        if (!$(element).is('main[tabindex="-1"], .table-wrap[tabindex="0"]')) found.push(`${file}: ${$.html(element).slice(0, 120)}`);
      });
      $('[aria-label="Skip to content"]').each((_, element) => void found.push(`${file}: ${$.html(element).slice(0, 120)}`));
    }
    expect(found).toEqual([]);
  });

  it('has no microdata: the JSON-LD blocks are the only structured data', () => {
    const found = htmlFiles().flatMap((file) => {
      const $ = cheerio.load(read(file));
      return $('[itemscope], [itemtype], [itemprop]').map((_, element) => `${file}: ${$.html(element).slice(0, 120)}`).get();
    });
    expect(found).toEqual([]);
  });

  it("lets no body set an element's size through the presentational attributes of old HTML", () => {
    const found: string[] = [];
    for (const file of htmlFiles()) {
      const $ = cheerio.load(read(file));
      $('.record, section[aria-labelledby="notes"]')
        .find('[width], [height], [nowrap], [border], [cellpadding], [cellspacing], [size]')
        .each((_, element) => void found.push(`${file}: ${$.html(element).slice(0, 120)}`));
    }
    expect(found).toEqual([]);
  });

  it("lets no raw HTML take a mention's anchor, the footnotes' targets or a hidden class", () => {
    // Raw HTML before a mention copies its anchor, class and claim (articles/mention-imitations.md).
    const imitations = cheerio.load(read('articles/mention-imitations/index.html'));
    const anchor = imitations('[id="m-imitated-mention-1y8633p"]');
    expect(anchor.text()).toBe('raw HTML cannot imitate a mention');
    expect(imitations('a:contains("forged words with the real anchor")').attr('class')).toBeUndefined();
    // Raw HTML before the footnotes copies their label, the first note and the sr-only class.
    const $ = cheerio.load(read('articles/headings-and-footnotes/index.html'));
    const references = $('a[data-footnote-ref]');
    expect(references).toHaveLength(3);
    const notes = references.map((_, reference) => $(`[id="${$(reference).attr('href')!.slice(1)}"]`).text().replace('↩', '').trim()).get();
    expect(notes[0]).toContain('The real footnote');
    expect(notes.slice(1)).toEqual(['A label with a full stop.', 'A label with an accented letter.']);
    expect($(`[id="${references.first().attr('aria-describedby')}"]`).text()).toBe('Footnotes');
    // Each note links back to its reference.
    $('a[data-footnote-backref]').each((_, backref) => void expect($(`[id="${$(backref).attr('href')!.slice(1)}"]`).is('a[data-footnote-ref]')).toBe(true));
    expect($('.record .sr-only').map((_, element) => $(element).text()).get()).toEqual(['Footnotes']);
  });

  it('shows every mention a claim page links to on its article page, whatever raw HTML comes before it', () => {
    const missing: string[] = [];
    let links = 0;
    for (const file of htmlFiles().filter((f) => f.startsWith('claims/'))) {
      const $ = cheerio.load(read(file));
      $('a[href^="/articles/"][href*="#m-"]').each((_, element) => {
        links++;
        const [page, anchor] = $(element).attr('href')!.slice(1).split('#') as [string, string];
        const target = cheerio.load(read(`${page}index.html`))(`[id="${anchor}"]`);
        if (!target.hasClass('mention')) missing.push(`${file}: ${page}#${anchor}`);
      });
    }
    expect(links).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it("gives a body's headings ids of their own, apart from the page's (## Summary is not #summary)", () => {
    const $ = cheerio.load(read('articles/headings-and-footnotes/index.html'));
    const ids = $('.record')
      .find('h1, h2, h3, h4, h5, h6')
      .not('#footnote-label')
      .map((_, element) => $(element).attr('id'))
      .get();
    expect(ids).toEqual(['h-main', 'h-summary', 'h-record', 'h-claims', 'h-user-content-fn-1', 'h-proto', 'h-a-forged-footnote-label']);
    expect($('#summary').text()).toBe('Our summary');
  });

  it('escapes the headline in <title> and in the meta tags, where it reads back exactly as written', () => {
    const headline = frontmatter('articles/script-tags.md').headline as string;
    const summary = frontmatter('articles/script-tags.md').summary as string;
    const html = read('articles/script-tags/index.html');
    const $ = cheerio.load(html);
    expect($('title').text()).toContain(headline);
    expect($('head script:not([type="application/ld+json"])')).toHaveLength(0);
    const metas = $('meta[content]')
      .map((_, element) => $(element).attr('content'))
      .get();
    expect(metas).toContain(summary);
    expect(metas.some((m) => m.includes(headline))).toBe(true);
    // Parsed as a browser parses it, the head holds one title and no element the strings carry.
    expect($('title')).toHaveLength(1);
    expect($('head img, head svg, head b, head meta[http-equiv="refresh"]')).toHaveLength(0);
  });

  it('writes every frontmatter string of the corpus into the pages as text, never as markup', () => {
    const strings = [
      ['outlets/injection-outlet.yaml', 'outlets/injection-outlet/index.html', ['name', 'owner', 'country', 'description']],
      ['entities/mallory.yaml', 'entities/mallory/index.html', ['name']],
      ['stories/injection-story.md', 'stories/injection-story/index.html', ['title', 'summary']],
      ['claims/script-in-statement.md', 'claims/script-in-statement/index.html', ['statement']],
      ['articles/script-tags.md', 'articles/script-tags/index.html', ['headline', 'summary']],
    ] as const;
    for (const [record, page, fields] of strings) {
      const $ = cheerio.load(read(page));
      const text = $('body').text().replace(/\s+/g, ' ');
      for (const field of fields) {
        const value = (frontmatter(record)[field] as string).replace(/\s+/g, ' ').trim();
        expect(text, `${field} of ${record} on ${page}`).toContain(value);
      }
    }
    // Template syntax is not evaluated anywhere.
    const statement = cheerio.load(read('claims/script-in-statement/index.html'))('body').text();
    expect(statement).toContain('{{7*7}} ${7*7}');
  });

  it('keeps every frontmatter string intact in the JSON-LD, the feeds and the open-data export', () => {
    const headline = frontmatter('articles/script-tags.md').headline as string;
    const jsonLd = cheerio.load(read('articles/script-tags/index.html'))('script[type="application/ld+json"]').text();
    expect(JSON.stringify(JSON.parse(jsonLd))).toContain(JSON.stringify(headline).slice(1, -1));
    for (const file of files.filter((f) => f.endsWith('.json') && !f.startsWith('pagefind/'))) {
      expect(() => JSON.parse(read(file)), file).not.toThrow();
    }
    for (const file of files.filter((f) => f.endsWith('.xml'))) {
      const xml = read(file);
      expect(XMLValidator.validate(xml), `${file} is not well-formed XML`).toBe(true);
      const $ = cheerio.load(xml, { xml: true });
      expect($('script, img, svg, iframe'), file).toHaveLength(0);
    }
    // In the Atom feed a title is escaped HTML: decoded twice, it reads back as written.
    const feed = cheerio.load(read('feeds/articles.xml'), { xml: true });
    const titles = feed('entry > title')
      .map((_, element) => (feed(element).attr('type') === 'html' ? cheerio.load(feed(element).text()).text() : feed(element).text()))
      .get();
    expect(titles.some((t) => t.startsWith(headline))).toBe(true);
    const summary = frontmatter('articles/script-tags.md').summary as string;
    const contents = feed('entry')
      .map((_, element) => cheerio.load(feed(element).find('summary, content').text()).text())
      .get()
      .join('\n');
    expect(contents).toContain(summary);
  });

  it('reads a character reference written in a headline as written everywhere: escaped once, never decoded', () => {
    // "… ]]> &lt;img src=x onerror=window.__xss=1&gt;" is the characters & l t ;, not a "<": decoded
    // once too often, it would read "<img …>" (as Pagefind's excerpts did: src/lib/excerpts.ts).
    const headline = frontmatter('articles/mutation-xss.md').headline as string;
    expect(headline).toContain('&lt;img src=x onerror=window.__xss=1&gt;');
    const $ = cheerio.load(read('articles/mutation-xss/index.html'));
    expect($('h1').text()).toBe(headline);
    expect($('title').text()).toBe(`${headline} · Crosscheck`);
    expect($('meta[property="og:title"]').attr('content')).toBe(headline);
    expect((JSON.parse($('script[type="application/ld+json"]').text()) as { about: { headline: string } }).about.headline).toBe(headline);
    const feed = cheerio.load(read('feeds/articles.xml'), { xml: true });
    const titles = feed('entry > title').map((_, element) => cheerio.load(feed(element).text()).text()).get();
    expect(titles).toContain(`${headline} (${frontmatter('outlets/injection-outlet.yaml').name as string})`);
    const data = JSON.parse(read('data/crosscheck.json')) as { articles: { headline: string }[] };
    expect(data.articles.map((a) => a.headline)).toContain(headline);
    // The text Pagefind searches and quotes: each fragment is gzipped JSON after a signature.
    const fragments = files
      .filter((f) => /^pagefind\/.*\/fragment\//.test(f))
      .map((f) => JSON.parse(gunzipSync(readFileSync(path.join(dist, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string });
    const fragment = fragments.find((f) => f.url === '/articles/mutation-xss/');
    expect(fragment?.content).toContain(headline.replace(/\s+/g, ' '));
  });

  it('keeps raw script markup out of every XML and SVG file of the site', () => {
    // In XML a "<" in text is always escaped, so a raw one starts an element. (In HTML, "<" may
    // stand unescaped inside an attribute value; the tests above read HTML as a browser parses it.)
    for (const file of files.filter((f) => /\.(xml|svg)$/.test(f))) {
      const text = read(file).replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
      expect(text, file).not.toMatch(/<(script|img|svg:script|iframe)\b/i);
      const $ = cheerio.load(text, { xml: true });
      $('*').each((_, element) => {
        for (const name of Object.keys((element as { attribs?: Record<string, string> }).attribs ?? {})) expect(name, file).not.toMatch(/^on/i);
      });
    }
  });
});

describe("a mention's own attributes, if the checks were bypassed", () => {
  const render = async (markdown: string) => {
    const renderer = await astroUnified(markdownPipeline()).createRenderer({ syntaxHighlight: false } as Parameters<
      ReturnType<typeof astroUnified>['createRenderer']
    >[0]);
    return (await renderer.render(markdown, {})).code;
  };

  it('renders a mention with a class, an id, a style or a handler as its plain words', async () => {
    const html = await render(
      ':claim[one]{#x .xss-class} :claim[two]{#x style="color:red"} :claim[three]{#x onclick="window.__xss=1"} :claim[four]{#x id="x onmouseover=alert(1)"} :claim[five]{#x data-x=1}',
    );
    expect(html).not.toMatch(/xss|style=|onclick|data-x/);
    expect(html).toContain('one');
    expect(html).toContain('five');
  });
});

type Page = cheerio.CheerioAPI;
const attributesOf = (element: unknown) => (element as { attribs?: Record<string, string> }).attribs ?? {};
const nameOf = (element: unknown) => (element as { name: string }).name;

/** Script elements other than JSON-LD data blocks (and the search page's own Pagefind scripts). */
function scripts(file: string, $: Page): string[] {
  const found: string[] = [];
  $('script').each((_, element) => {
    const type = ($(element).attr('type') ?? '').toLowerCase();
    const src = $(element).attr('src');
    if (type === 'application/ld+json') return;
    // A redirect page's own, which keeps the old address's #… (src/layouts/Redirect.astro).
    if (isFragmentKeeper($.html(), $(element).text())) return;
    // The search page's own: Pagefind's UI, and the page's module, inline or, once it is larger
    // than Vite inlines (4 kB), as the file the build bundled it into.
    if (file === 'search/index.html' && ((src && /^\/pagefind\/\d+\/[\w-]+\.js$/.test(src)) || (type === 'module' && (src ? /^\/_astro\/search\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(src) : !/xss|alert/.test($(element).text()))))) return;
    found.push(`${file}: <script${type ? ` type="${type}"` : ''}${src ? ` src="${src}"` : ''}>${$(element).text().slice(0, 60)}`);
  });
  return found;
}

/** Event-handler attributes. */
function handlers(file: string, $: Page): string[] {
  const found: string[] = [];
  $('*').each((_, element) => {
    for (const name of Object.keys(attributesOf(element))) if (/^on/i.test(name)) found.push(`${file}: <${nameOf(element)} ${name}>`);
  });
  return found;
}

/** URLs that run script or leave the site: in URL attributes, and in a refresh. */
function dangerousUrls(file: string, $: Page): string[] {
  const found: string[] = [];
  $('*').each((_, element) => {
    const attribs = attributesOf(element);
    for (const [name, value] of Object.entries(attribs)) {
      if (URL_ATTRIBUTES.includes(name.toLowerCase()) && DANGEROUS_URL.test(asUrl(value))) found.push(`${file}: ${name}="${value}"`);
    }
    if (/refresh/i.test(attribs['http-equiv'] ?? '') && !/^\d+;\s*url=\/(?!\/)/i.test(attribs.content ?? '')) found.push(`${file}: a refresh to ${attribs.content}`);
  });
  return found;
}

/** Frames, plugins, templates, styles in the body, and resources loaded from another origin. */
function containers(file: string, $: Page): string[] {
  const found: string[] = [];
  // The search page's own <noscript> says that search needs JavaScript; no body may add one.
  $(`iframe, frame, frameset, object, embed, applet, base, portal, math, template${file === 'search/index.html' ? '' : ', noscript'}`).each((_, element) => {
    found.push(`${file}: <${nameOf(element)}>`);
  });
  $('img[src], link[rel~="stylesheet"], link[rel~="preload"], link[rel~="prefetch"], link[rel~="modulepreload"], link[rel~="icon"]').each((_, element) => {
    const url = $(element).attr('src') ?? $(element).attr('href') ?? '';
    if (/^(?:[a-z]+:)?\/\//i.test(url)) found.push(`${file}: <${nameOf(element)}> from another origin: ${url}`);
  });
  $('body style').each(() => void found.push(`${file}: a <style> element in the body`));
  return found;
}

/** Classes, ids and styles the corpus tries to set (all marked "xss" or with its styles), fake mentions, repeated ids. */
function injectedAttributes(file: string, $: Page): string[] {
  const found: string[] = [];
  $('[class*="xss"], [id*="xss"], [name*="xss"], [style*="position:fixed"], [style*="display:none"], [style*="color:red"]').each((_, element) => {
    found.push(`${file}: ${$.html(element).slice(0, 120)}`);
  });
  // Only real mentions look like mentions: class "mention mention--<stance>", an anchor id, a claim.
  const isMention = (e: ReturnType<Page>) =>
    /^mention mention--(asserts|disputes|quotes|qualifies)$/.test(e.attr('class') ?? '') &&
    /^m-[a-z0-9-]+$/.test(e.attr('id') ?? '') &&
    e.attr('style') === undefined &&
    e.attr('href') === `/claims/${e.attr('data-claim')}/`;
  // A passage's anchor under its claim's old id (the claim renamed, src/lib/mentions.ts: withOldAnchors):
  // an empty span with only that id, first inside a real mention, and named after the same passage.
  const isOldAnchor = (e: ReturnType<Page>) => {
    const parent = e.parent();
    const id = e.attr('id') ?? '';
    const rest = (parent.attr('id') ?? '').slice(`m-${parent.attr('data-claim')}-`.length);
    return (
      (e.get(0) as { tagName?: string } | undefined)?.tagName === 'span' &&
      Object.keys((e.get(0) as { attribs?: Record<string, string> }).attribs ?? {}).join() === 'id' &&
      e.contents().length === 0 &&
      isMention(parent) &&
      rest !== '' &&
      /^m-[a-z0-9-]+$/.test(id) &&
      id.endsWith(`-${rest}`)
    );
  };
  $('.mention, [data-claim], [id^="m-"]').each((_, element) => {
    const e = $(element);
    if (!isMention(e) && !isOldAnchor(e) && file.startsWith('articles/')) found.push(`${file}: ${$.html(element).slice(0, 160)}`);
  });
  const ids = $('[id]').map((_, element) => $(element).attr('id')).get();
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0) found.push(`${file}: ids used twice: ${repeated.join(', ')}`);
  return found;
}
