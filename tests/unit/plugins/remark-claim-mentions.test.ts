import { describe, expect, it } from 'vitest';
import * as plugins from '../../../src/plugins/index.ts';
import { oldMentionAnchors, STANCES, withOldAnchors } from '../../../src/lib/mentions.ts';
import { parse, render } from './pipeline.ts';

const frontmatter = ['---', 'headline: Example', 'outlet: example', '---', '', ''].join('\n');

describe('src/plugins/index.ts', () => {
  it('exports the pipeline and nothing else', () => {
    expect(Object.keys(plugins).sort()).toEqual(['markdownPipeline']);
  });
});

describe('remarkClaimMentions', () => {
  it('renders a mention as a link to its claim page with a stable anchor', async () => {
    const { html, mentions } = await render(':claim[Anthropic is urging a pause]{#pause-call}');
    expect(mentions).toHaveLength(1);
    expect(html).toBe(
      `<p><a href="/claims/pause-call/" id="${mentions[0]!.anchor}" class="mention mention--asserts" data-claim="pause-call" data-stance="asserts">Anthropic is urging a pause</a></p>`,
    );
  });

  it('defaults the stance to asserts', async () => {
    const { mentions } = await render(':claim[words]{#a-claim}');
    expect(mentions[0]).toMatchObject({ claim: 'a-claim', stance: 'asserts', text: 'words' });
  });

  it.each(STANCES)('records and renders the stance %s', async (stance) => {
    const { html, mentions } = await render(`:claim[words]{#a-claim stance=${stance}}`);
    expect(mentions[0]!.stance).toBe(stance);
    expect(html).toContain(`class="mention mention--${stance}"`);
    expect(html).toContain(`data-stance="${stance}"`);
  });

  it("keeps a span's words without its raw HTML tags, which are formatting too", async () => {
    const { html, mentions } = await render('The :claim[the <b>bridge</b> is <span>closed</span>]{#a-claim} now.');
    expect(mentions[0]!.text).toBe('the bridge is closed');
    expect(html).toContain('>the <b>bridge</b> is <span>closed</span></a>');
    expect(parse(`${frontmatter}A :claim[<b>shut</b> <q>now</q>]{#a-claim}.\n`).mentions[0]!.text).toBe('shut now');
  });

  it.each([
    ['an unknown tag', 'the <x> rule', 'the &#x3C;x> rule'],
    ['an unknown end tag', 'the </x> rule', 'the &#x3C;/x> rule'],
    ['a comparison that reads as a tag', 'if x<y and y>z then', 'if x&#x3C;y and y>z then'],
    ['a kept tag never closed', 'if a <b and c> d then', 'if a &#x3C;b and c> d then'],
    ['a type parameter', 'use <T> here', 'use &#x3C;T> here'],
    ['an element the page removes', 'the <script>alert(1)</script> tag', 'the &#x3C;script>alert(1)&#x3C;/script> tag'],
    ['a custom element', 'the <x-y>rule</x-y> z', 'the &#x3C;x-y>rule&#x3C;/x-y> z'],
    ['a processing instruction', 'the <?php echo 1 ?> rule', 'the &#x3C;?php echo 1 ?> rule'],
    ['a declaration', 'the <!DOCTYPE html> rule', 'the &#x3C;!DOCTYPE html> rule'],
    ['an end tag with no start tag in the span', 'the </b> rule', 'the &#x3C;/b> rule'],
  ])('shows %s in a span as the characters written, on the article and the claim page', async (_, span, shown) => {
    const written = span.replace(/&#x3C;/g, '<');
    const { html, mentions } = await render(`A :claim[${span}]{#a-claim} now, and <b>this</b>.`);
    // The claim page quotes `text`; the article page shows the link's words.
    expect(mentions[0]!.text).toBe(written);
    expect(html).toContain(`data-stance="asserts">${shown}</a> now, and <b>this</b>.</p>`);
    expect(parse(`${frontmatter}A :claim[${span}]{#a-claim}.\n`).mentions[0]!.text).toBe(written);
  });

  it("keeps a span's closed formatting tags as formatting, beside tags shown as text", async () => {
    const { html, mentions } = await render('A :claim[the <b>x</b> <x> rule<br>with <i>a <q>new</q></i> <abbr title="x">AI</abbr> line]{#a-claim}.');
    expect(mentions[0]!.text).toBe('the x <x> rule\nwith a new AI line');
    // The sanitiser drops the tags of an <abbr> and keeps its words, as elsewhere in a body.
    expect(html).toContain('>the <b>x</b> &#x3C;x> rule<br>with <i>a <q>new</q></i> AI line</a>');
    // An element opened after another and left open when that one closes is text, as it would end there.
    const crossed = await render('A :claim[<i>a <b>b</i> c]{#a-claim}.');
    expect(crossed.mentions[0]!.text).toBe('a <b>b c');
    expect(crossed.html).toContain('><i>a &#x3C;b>b</i> c</a>');
  });

  it("gives a mention's context the characters of a later mention's span shown as text, as the page shows them", async () => {
    const { mentions } = await render('> The rule holds, they said; :claim[the rule holds]{#a-claim} :claim[<x> is]{#b-claim} fine.');
    expect(mentions[0]!.context).toEqual({ prefix: 'holds, they said;', suffix: '<x> is fine.' });
  });

  it.each([
    ['a hard line break', 'the rule\\\nholds here'],
    ['two spaces at the end of a line', 'the rule  \nholds here'],
    ['a raw <br>', 'the rule<br>holds here'],
    ['a raw <br/>', 'the rule<br />holds here'],
  ])("keeps the words on each side of %s in a span apart, in the mention's text and its context", async (_, span) => {
    const { html, mentions } = await render(`> The rule holds here, they said; :claim[${span}]{#a-claim} :claim[then<br>more]{#b-claim} now.`);
    expect(html).toContain('the rule<br>');
    // The claim page, the text fragment and quote drift read the words, a line break between them.
    expect(mentions.map((m) => m.text.replace(/\s+/g, ' '))).toEqual(['the rule holds here', 'then more']);
    // The context stops at the next span's line break, which a browser does not match across.
    expect(mentions[0]!.context).toEqual({ prefix: 'here, they said;', suffix: 'then' });
    // A line of the source continued on the next is a space, as on the page.
    const wrapped = await render('> The rule :claim[holds\nhere, and\n  there]{#a-claim} now.');
    expect(wrapped.mentions[0]!.text).toBe('holds here, and there');
  });

  it('refuses as empty a span a reader would not see: only tags, a comment, invisible characters', () => {
    for (const span of ['<b></b>', '<!-- x -->', '\u200b', '\u00ad\u2060', ' <i> </i> ']) {
      const found = parse(`${frontmatter}A :claim[${span}]{#a-claim}.\n`);
      expect(found.mentions, JSON.stringify(span)).toEqual([]);
      expect(found.problems.map((p) => p.code), JSON.stringify(span)).toEqual(['mention-empty']);
    }
  });

  it('gives a mention the words around it in its passage only when its words occur earlier there, or in a quotation before it', async () => {
    const { mentions } = await render(
      '> The bridge is safe, the *council* said; asked whether :claim[the bridge is safe]{#a-claim}, it said <b>no</b> at once.\n>\n> :claim[The bridge]{#b-claim} was built in 1931.',
    );
    expect(mentions[0]!.context).toEqual({ prefix: 'said; asked whether', suffix: ', it said' });
    // The second's words are in the quotation's paragraph before it, which the original has before it too.
    expect(mentions[1]!.context).toEqual({ prefix: '', suffix: 'was built in' });
    const inEmphasis = await render('> The pause was asked for; *they said :claim[the pause]{#a-claim} must* come.');
    expect(inEmphasis.mentions[0]!.context).toEqual({ prefix: 'for; they said', suffix: 'must come.' });
  });

  it('gives a mention in a quotation context when its words occur in a quotation before it, which the original has before it too', async () => {
    const { mentions } = await render(
      '> The inquiry is closed, the minister said.\n\nOur account: the inquiry is closed, we note.\n\n> By Friday, asked whether :claim[the inquiry is closed]{#a-claim}, she said no.',
    );
    expect(mentions[0]!.context).toEqual({ prefix: 'Friday, asked whether', suffix: ', she said' });
    // Words of our own account before it are not the original's: they do not count.
    const ours = await render('Our account: the inquiry is closed, we note.\n\n> By Friday, asked whether :claim[the inquiry is closed]{#a-claim}, she said no.');
    expect(ours.mentions[0]).not.toHaveProperty('context');
    // Nor do quotations after it.
    const later = await render('> By Friday, asked whether :claim[the inquiry is closed]{#a-claim}, she said no.\n\n> The inquiry is closed, the minister said.');
    expect(later.mentions[0]).not.toHaveProperty('context');
  });

  it("gives a mention in a quotation context when its words occur in the article's headline, which the original shows above its body", async () => {
    const body = '> The minister weighed :claim[its critics and its costs]{#a-claim}, and chose to wait.';
    const { mentions } = await render(body, undefined, { headline: 'A pause, its critics and its costs' });
    expect(mentions[0]!.context).toEqual({ prefix: 'The minister weighed', suffix: ', and chose' });
    // At the passage's start, the words after it tell it from the headline.
    const first = await render('> :claim[Its Critics and its costs]{#a-claim} were weighed twice.', undefined, { headline: 'A pause, its critics and its costs' });
    expect(first.mentions[0]!.context).toEqual({ prefix: '', suffix: 'were weighed twice.' });
    // A headline without the span's words, or none, gives none.
    for (const headline of ['The pause and its critics', undefined]) {
      const other = await render(body, undefined, headline === undefined ? {} : { headline });
      expect(other.mentions[0], headline).not.toHaveProperty('context');
    }
  });

  it("gives a mention outside a quotation, whose first words the headline holds, a longer start of its own words, not ours around it", async () => {
    const body = 'Our account: the Courier says :claim[its critics and its costs were counted by the treasury, line by line]{#a-claim}, we note.';
    const { mentions } = await render(body, undefined, { headline: 'A pause, its critics and its costs' });
    expect(mentions[0]!.context).toEqual({ prefix: '', suffix: '', startWords: 6 });
    // The headline holding a span in full, nothing tells the two apart: the link finds the headline's words, the original's too.
    const whole = await render('Our account: the Courier weighs :claim[its critics and its costs]{#a-claim}.', undefined, { headline: 'A pause, its critics and its costs' });
    expect(whole.mentions[0]).not.toHaveProperty('context');
  });

  it('gives a mention no context from words outside a quotation, which are ours, not the original\'s', async () => {
    for (const body of [
      'The bridge is safe, we note; the council said :claim[the bridge is safe]{#a-claim} at once.',
      '- The bridge is safe, we note; the council said :claim[the bridge is safe]{#a-claim} at once.',
      '| a |\n| - |\n| The bridge is safe; said :claim[the bridge is safe]{#a-claim} |',
    ]) {
      const { mentions } = await render(body);
      expect(mentions[0], body).not.toHaveProperty('context');
    }
    // In a quotation, in a list in it too, the words around are the article's.
    const quoted = await render('> - The bridge is safe, they said; asked whether :claim[the bridge is safe]{#a-claim}, it said no.');
    expect(quoted.mentions[0]!.context).toEqual({ prefix: 'said; asked whether', suffix: ', it said' });
  });

  it('keeps the exact span text, formatting removed, in the mention', async () => {
    const { html, mentions } = await render('> :claim[a *very* “big” pause — soon]{#a-claim}');
    expect(mentions[0]!.text).toBe('a very “big” pause — soon');
    expect(html).toContain('>a <em>very</em> “big” pause — soon</a>');
  });

  it('counts positions from the top of the file, frontmatter included', async () => {
    const body = 'First paragraph.\n\n> A passage: :claim[the span]{#a-claim stance=quotes}.';
    const { mentions } = await render(body, frontmatter + body);
    expect(mentions[0]!.start).toEqual({ line: 8, column: 14, offset: frontmatter.length + 31 });
    expect(mentions[0]!.end.line).toBe(8);
  });

  it('counts positions from the top of the file when the whole file is parsed', () => {
    const { mentions } = parse(`${frontmatter}Text.\n\nMore :claim[span]{#x}`);
    expect(mentions[0]!.start).toMatchObject({ line: 8, column: 6 });
  });

  it('keeps positions right with CRLF line endings and a byte-order mark', async () => {
    const body = 'One.\r\n\r\nTwo :claim[span]{#x}.';
    const file = `\uFEFF${frontmatter.replace(/\n/g, '\r\n')}${body}`;
    const { mentions } = await render(body, file);
    expect(mentions[0]!.start).toMatchObject({ line: 8, column: 5 });
  });

  it('gives each mention an anchor that does not change when mentions are added before it', async () => {
    const before = await render('Text :claim[second claim words]{#b}.');
    const after = await render(':claim[new words]{#a} and :claim[other]{#b} then :claim[second claim words]{#b}.');
    expect(after.mentions.map((m) => m.claim)).toEqual(['a', 'b', 'b']);
    expect(after.mentions[2]!.anchor).toBe(before.mentions[0]!.anchor);
  });

  it('tells identical spans of one claim apart in order', async () => {
    const { mentions } = await render(':claim[same]{#a} and :claim[same]{#a}');
    expect(mentions[1]!.anchor).toBe(`${mentions[0]!.anchor}-2`);
  });

  it('keeps the anchors a passage had before its claim was renamed, inside the link to it', async () => {
    // Claim "before" renamed "after" (aliases: [before]); the article's mentions renamed with it.
    const body = (id: string) => `Text :claim[the spillway closed]{#${id}}, :claim[other]{#z} and :claim[the spillway closed]{#${id}}.`;
    const then = await render(body('before'));
    const now = await render(body('after'));
    const old = new Map(now.mentions.map((m) => [m.anchor, oldMentionAnchors(m.anchor, m.claim, m.claim === 'after' ? ['before', 'after'] : [])] as const));
    expect([...old.values()]).toEqual([[then.mentions[0]!.anchor], [], [then.mentions[2]!.anchor]]);
    const html = withOldAnchors(now.html, old);
    expect(html).toContain(`id="${now.mentions[0]!.anchor}" class="mention mention--asserts" data-claim="after" data-stance="asserts"><span id="${then.mentions[0]!.anchor}"></span>the spillway closed</a>`);
    expect(html).toContain(`<span id="${then.mentions[2]!.anchor}"></span>the spillway closed</a>`);
    expect(html.replace(/<span id="[^"]*"><\/span>/g, '')).toBe(now.html);
  });

  it.each([
    ['“:claim[words]{#a}”', true],
    ['":claim[words]{#a}"', true],
    [':claim[“words”]{#a}', true],
    ['said :claim[words]{#a} today', false],
    ['“:claim[words]{#a},” the mayor said.', true],
    ['“:claim[words]{#a}.”', true],
    ['"We agree that :claim[words]{#a}," she said.', true],
    ['“:claim[words]{#a}, :claim[more words]{#b}”', true],
    ['> “We agree,” she said, :claim[words]{#a} later.', false],
    ['She said :claim[words]{#a} and “other words”.', false],
    ['„Wir sind einig“, sagte sie, :claim[words]{#a}.', false],
    ['Read :claim[words]{#a stance="quotes"} and :claim[more]{#b stance="quotes"}.', false],
    // The quotation marks of other languages than English: Japanese and Chinese corner brackets,
    // German single and reversed marks.
    ['カラマン運輸相は「:claim[家族には何も隠さない]{#a}」と述べた。', true],
    ['「:claim[家族には何も隠さない]{#a}。」と述べた。', true],
    ['運輸相は『:claim[何も隠さない]{#a}』と書いた。', true],
    [':claim[「家族には何も隠さない」]{#a}と述べた。', true],
    ['運輸相は「家族には、:claim[何も隠さない]{#a}」と述べた。', true],
    ['運輸相は「遺憾だ」と述べ、:claim[何も隠さない]{#a}と約束した。', false],
    ['運輸相は「家族には『何も』、:claim[隠さない]{#a}」と述べた。', true],
    ['運輸相は:claim[何も隠さない]{#a}と述べた。', false],
    ['‚:claim[Wir verschweigen nichts]{#a}‘, sagte er.', true],
    ['»:claim[Wir verschweigen nichts]{#a}«, sagte er.', true],
    ['›:claim[Wir verschweigen nichts]{#a}‹, sagte er.', true],
  ])('detects whether %s is presented as a quotation', async (markdown, quoted) => {
    const { mentions } = await render(markdown);
    expect(mentions[0]!.quoted).toBe(quoted);
  });

  it('detects every mention inside one quotation, and none after it closes', async () => {
    const { mentions } = await render(
      '> “:claim[Anthropic urges a pause]{#a stance=quotes}, :claim[warning that AI could emerge soon]{#b stance=quotes}” :claim[the post said]{#c}.',
    );
    expect(mentions.map((m) => [m.claim, m.quoted])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
    ]);
  });

  it('prefixes the claim link with the base path', async () => {
    const [rendered] = await Promise.all([render(':claim[w]{#a}')]);
    expect(rendered.html).toContain('href="/claims/a/"');
  });
});

describe('mention problems', () => {
  const problemsOf = (body: string) => parse(frontmatter + body).problems.map((p) => `${p.start.line}:${p.start.column} ${p.code}: ${p.message}`);

  it('reports a mention without a claim id', () => {
    expect(problemsOf(':claim[span]')).toMatchInlineSnapshot(`
      [
        "6:1 mention-missing-id: A claim mention has no claim id. Add it after the span: {#claim-id}.",
      ]
    `);
  });

  it('reports an unknown stance', () => {
    expect(problemsOf('Text :claim[span]{#a stance=agrees}')).toMatchInlineSnapshot(`
      [
        "6:6 mention-bad-stance: Unknown stance "agrees". Use one of: asserts, disputes, quotes, qualifies.",
      ]
    `);
  });

  it('reports attributes that are not #id or stance, a class among them', () => {
    expect(problemsOf(':claim[span]{#a .red style="color:red" onclick="x()"}')).toMatchInlineSnapshot(`
      [
        "6:1 mention-unknown-attribute: A claim mention cannot set a class. Write only {#claim-id stance=…}.",
        "6:1 mention-unknown-attribute: Unknown mention attribute "style". A mention takes only #claim-id and stance=asserts|disputes|quotes|qualifies.",
        "6:1 mention-unknown-attribute: Unknown mention attribute "onclick". A mention takes only #claim-id and stance=asserts|disputes|quotes|qualifies.",
      ]
    `);
  });

  it('reports an empty span', () => {
    expect(problemsOf('Text :claim[ ]{#a}')).toMatchInlineSnapshot(`
      [
        "6:6 mention-empty: A claim mention has an empty span. Put the exact words the article uses between the brackets: :claim[…]{#claim-id}.",
      ]
    `);
  });

  it('reports a mention nested in another, at the inner one', () => {
    expect(problemsOf(':claim[outer :claim[inner]{#b} words]{#a}')).toMatchInlineSnapshot(`
      [
        "6:14 mention-nested: A claim mention sits inside another mention. Close the outer :claim[…] before starting the next one.",
      ]
    `);
  });

  it('reports a malformed claim id, a mention inside a link and the block form', () => {
    expect(problemsOf('A :claim[x]{#Bad_Id}\n\n[see :claim[y]{#a}](https://example.org)\n\n::claim[z]{#a}')).toMatchInlineSnapshot(`
      [
        "6:3 mention-bad-id: "Bad_Id" is not a claim id. Ids are lowercase words joined by hyphens, at most 120 characters, as in #pause-is-unilateral.",
        "8:6 mention-in-link: A claim mention sits inside a link. Move the :claim[…] outside the link text.",
        "10:1 mention-not-inline: A claim mention must be inline, written with one colon: :claim[exact words]{#claim-id}.",
      ]
    `);
  });

  it.each([
    ['a link', 'A :claim[urged a [pause](https://example.org) now]{#a}.'],
    ['a reference link', 'A :claim[urged a [pause][r] now]{#a}.\n\n[r]: https://example.org'],
    ['a bare address', 'A :claim[see https://example.org now]{#a}.'],
    ['an autolink', 'A :claim[see <https://example.org> now]{#a}.'],
    ['raw <a>', 'A :claim[urged a <a href="https://example.org">pause</a> now]{#a}.'],
    ['a footnote reference', 'A :claim[urged a pause[^1] now]{#a}.\n\n[^1]: A note.'],
    ['a link inside emphasis', 'A :claim[urged *a [pause](https://example.org)*]{#a}.'],
  ])('reports a span that holds %s, and keeps that link whole, outside any mention', async (_, markdown) => {
    expect(problemsOf(markdown).map((p) => p.split(': ')[0])).toEqual(['6:3 mention-holds-link']);
    const { html, mentions } = await render(markdown);
    expect(mentions).toEqual([]);
    expect(html).not.toContain('mention');
  });

  it.each([
    ['a <div>', 'A :claim[urged a <div>pause</div> now]{#a}.'],
    ['a <p>', 'A :claim[urged a <P class="x">pause now]{#a}.'],
    ['a </p>', 'A :claim[urged a </p> pause now]{#a}.'],
    ['a list item', 'A :claim[urged *a <li>pause*]{#a}.'],
    ['a heading', 'A :claim[urged a <h2>pause</h2>]{#a}.'],
    ['a table', 'A :claim[urged a <table><tr><td>pause]{#a}.'],
  ])('reports a span that holds %s, which would end the mention early, and renders its words whole', async (_, markdown) => {
    expect(problemsOf(markdown).map((p) => p.split(': ')[0])).toEqual(['6:3 mention-holds-block']);
    const { html, mentions } = await render(markdown);
    expect(mentions).toEqual([]);
    expect(html).not.toContain('mention');
  });

  it.each(['<b>pause</b>', '<span>pause</span>', '<q>pause</q>', '<sub>2</sub>', '<br>', '<pre-x>pause</pre-x>', '<divider>'])('keeps a mention whose span holds %s', (tag) => {
    expect(problemsOf(`A :claim[urged a ${tag} now]{#a}.`)).toEqual([]);
  });

  it('renders a mention with a problem as its plain words, never as a link', async () => {
    const { html, mentions } = await render('Text :claim[span]{#a stance=agrees} and :claim[x]{#b onclick=alert(1)}');
    expect(mentions).toEqual([]);
    expect(html).toBe('<p>Text span and x</p>');
  });
});

describe('remarkRestoreDirectives', () => {
  it.each([
    ['The vote closed at 10:30, 3:1 in favour.', '<p>The vote closed at 10:30, 3:1 in favour.</p>'],
    ['The server listens on host:8080.', '<p>The server listens on host:8080.</p>'],
    ['Ratio 3:1{x} and :abbr[**AI**]{title=x}.', '<p>Ratio 3:1{x} and :abbr[<strong>AI</strong>]{title=x}.</p>'],
    ['::leaf[label]{a=b}', '<p>::leaf[label]{a=b}</p>'],
    [':::note\nInside **bold**.\n:::', '<p>:::note</p>\n<p>Inside <strong>bold</strong>.</p>\n<p>:::</p>'],
  ])('puts back %j', async (markdown, html) => {
    expect((await render(markdown)).html).toBe(html);
  });

  it('keeps words that look like directives inside a mention’s span, in the page and in the mention', async () => {
    const { html, mentions } = await render('Closed :claim[from 07:00 today, 3:1 against]{#a}.');
    expect(mentions[0]!.text).toBe('from 07:00 today, 3:1 against');
    expect(html).toContain('>from 07:00 today, 3:1 against</a>');
  });

  it('keeps a claim mention inside a directive that is not ours', async () => {
    const { html, mentions } = await render('Time 10:30 :note[see :claim[words]{#a}]');
    expect(mentions).toHaveLength(1);
    expect(html).toContain('Time 10:30 :note[see <a href="/claims/a/"');
  });
});

describe('the whole pipeline', () => {
  it('renders a representative record', async () => {
    const body = [
      'Our account of the article, with a time 10:30 and a ratio 3:1.',
      '',
      '> “:claim[We believe it would be good for the world]{#we-believe stance=quotes},” the post said.',
      '',
      '> The company :claim[named OpenAI, Google, and DeepSeek]{#rivals-named} as rivals, and :claim[disputed it]{#x stance=disputes}.',
      '',
      '- A list item with :claim[a qualified span]{#y stance=qualifies}.',
      '',
      'A footnote[^1] and a [link](https://example.org/page).',
      '',
      '[^1]: The note.',
    ].join('\n');
    const { html } = await render(body);
    await expect(html).toMatchFileSnapshot('snapshots/record.html');
  });
});
