/**
 * The small pieces the checks are made of: suggestions, ids from names, decoding, frontmatter,
 * quote normalisation, and reading the content model's schemas.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, EXTENSIONS, schemaOf, singular } from '../../../src/check/collections.ts';
import { listContent } from '../../../src/check/files.ts';
import { splitFrontmatter } from '../../../src/check/frontmatter.ts';
import type { FileFacts } from '../../../src/check/file.ts';
import { NotUtf8, summaries } from '../../../src/check/messages.ts';
import { archiveLines, divergence, DIVIDED, markdownText, normaliseQuote, occursIn, unverifiedReport, verifyQuotes, withoutLineBreakHyphens } from '../../../src/check/quotes.ts';
import { expected, fieldsOf, referenceOf } from '../../../src/check/schema.ts';
import { nearest, toId } from '../../../src/check/suggest.ts';
import { decode, excerpt, LineIndex } from '../../../src/check/text.ts';

describe('nearest', () => {
  const ids = ['pause-is-unilateral', 'pause-is-global', 'anthropic-calls-for-pause', 'reuters'];
  it.each([
    ['pause-is-unilatral', ['pause-is-unilateral']],
    ['reutres', ['reuters']],
    ['pause-is', ['pause-is-global', 'pause-is-unilateral']],
    ['something-else-entirely', []],
  ])('suggests for %s: %j', (word, suggestions) => {
    expect(nearest(word, ids)).toEqual(suggestions);
  });

  it('leaves out candidates much further than the closest', () => {
    expect(nearest('kind', ['kinds', 'mind', 'kindred-spirits'])).toEqual(['kinds', 'mind']);
  });

  it('never suggests the word itself, and at most the limit', () => {
    expect(nearest('reuters', ['reuters', 'reuter', 'reuterz', 'reutersx'], 2)).toEqual(['reuter', 'reutersx']);
  });
});

describe('toId', () => {
  it.each([
    ['Pause Is Unilateral', 'pause-is-unilateral'],
    ['Café_Report 2026', 'cafe-report-2026'],
    ['--x--', 'x'],
    ['日本', ''],
    ['giz\u200Bmodo Re\u00ADport\uFEFF', 'gizmodo-report'],
    // A look-alike letter of another alphabet in a Latin word is the Latin letter it passes for; a word all Cyrillic is no id.
    ['anthropic-c\u0430lls-for-p\u0430use', 'anthropic-calls-for-pause'],
    ['\u039Ffficial-r\u03BFle', 'official-role'],
    ['Москва', ''],
    // A no-break space inside an id written with hyphens was pasted in; between the words of a name it is a space.
    ['paus\u00A0e-is-unilateral', 'pause-is-unilateral'],
    ['Coastal\u00A0Wire', 'coastal-wire'],
  ])('turns %s into %s', (name, id) => {
    expect(toId(name)).toBe(id);
  });

  it('cuts a long text after the last whole word that fits in an id', () => {
    expect(toId('Word '.repeat(30))).toBe(Array(30).fill('word').join('-').slice(0, 119));
    expect(toId('a'.repeat(130))).toBe('a'.repeat(120));
    expect(toId(`${'a'.repeat(119)} b`)).toBe('a'.repeat(119));
    expect(toId(`${'a'.repeat(120)} b`)).toBe('a'.repeat(120));
  });
});

describe('decode', () => {
  it('drops a byte-order mark and keeps the text as it is', () => {
    expect(decode(Buffer.from('\uFEFFa\r\nb', 'utf8'))).toEqual({ kind: 'text', text: 'a\r\nb', bom: true });
  });

  it('places the first byte that is not UTF-8, counting characters before it', () => {
    // é (0xC3 0xA9) is UTF-8: the file is UTF-8 but for the bytes that cannot be read, listed by line after the first.
    expect(decode(Buffer.from([0x61, 0x0a, 0xc3, 0xa9, 0xff]))).toEqual({ kind: 'not-utf8', place: { line: 2, column: 2 }, byte: 0xff, mixed: { others: [] } });
    expect(decode(Buffer.from([0xc3, 0xa9, 0x93, 0x0a, 0x94, 0x0a, 0x61, 0x92]))).toEqual({ kind: 'not-utf8', place: { line: 1, column: 2 }, byte: 0x93, mixed: { others: [2, 3] } });
    expect(decode(Buffer.from([0x61, 0x0a, 0xe9, 0xff]))).toEqual({ kind: 'not-utf8', place: { line: 2, column: 1 }, byte: 0xe9 });
    expect(decode(Buffer.from([0xed, 0xa0, 0x80]))).toMatchObject({ kind: 'not-utf8', place: { line: 1, column: 1 } });
  });

  it('tells a surrogate written as UTF-8 (ED A0 80), alone or as a pair, from a byte of another encoding, and counts it once', () => {
    expect(decode(Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x0a]))).toEqual({ kind: 'not-utf8', place: { line: 1, column: 2 }, byte: 0xed, surrogate: { bytes: [0xed, 0xa0, 0x80], code: 0xd800 } });
    // 😀 (U+1F600) in CESU-8: D83D and DE00, each as three bytes; with é elsewhere, and one more pair on line 2.
    const pair = [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80];
    expect(decode(Buffer.from([0xc3, 0xa9, ...pair, 0x0a, ...pair]))).toEqual({ kind: 'not-utf8', place: { line: 1, column: 2 }, byte: 0xed, mixed: { others: [2] }, surrogate: { bytes: pair, code: 0xd83d, character: '😀' } });
  });

  it('calls UTF-16 text with its byte-order mark not UTF-8, not binary', () => {
    expect(decode(Buffer.from('\uFEFFname: Wire\n', 'utf16le'))).toEqual({ kind: 'not-utf8', place: { line: 1, column: 1 }, byte: 0xff, utf16: true });
    expect(decode(Buffer.from([0xfe, 0xff, 0x00, 0x61]))).toEqual({ kind: 'not-utf8', place: { line: 1, column: 1 }, byte: 0xfe, utf16: true });
  });

  it('calls UTF-16 text without a byte-order mark not UTF-8, not binary, in either byte order, with an accent or not', () => {
    for (const text of ['---\nstatement: The bridge closed.\n---\n', 'name: Wire\r\n', '---\nstatement: Le pont est fermé.\n---\n']) {
      expect(decode(Buffer.from(text, 'utf16le')), text).toMatchObject({ kind: 'not-utf8', place: { line: 1, column: 1 }, utf16: 'without-bom' });
      expect(decode(Buffer.from(text, 'utf16le').swap16()), text).toMatchObject({ kind: 'not-utf8', utf16: 'without-bom' });
    }
    expect(NotUtf8.message(0x2d, 'without-bom')).toMatch(/^This file is UTF-16 text \(a NUL byte stands beside each letter, as some Windows programs save "Unicode" text\), not UTF-8/);
  });

  it('calls a file with a NUL byte binary', () => {
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toEqual({ kind: 'binary', place: { line: 3, column: 1 } });
    // A record with a NUL byte in it, and an image whose header pairs a NUL with a letter now and then.
    expect(decode(Buffer.from('name: Wire\n\0\n', 'utf8'))).toEqual({ kind: 'binary', place: { line: 2, column: 1 } });
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toMatchObject({ kind: 'binary' });
  });
});

describe('LineIndex', () => {
  it('gives 1-based lines and columns, CRLF counting as one break', () => {
    const lines = new LineIndex('ab\r\ncd\nef');
    expect([0, 1, 4, 5, 7, 9].map((o) => lines.place(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 3, column: 3 },
    ]);
  });
});

describe('splitFrontmatter', () => {
  it.each([
    ['---\na: 1\n---\nbody', { kind: 'ok', yaml: 'a: 1\n', yamlStart: 4, bodyStart: 13 }],
    ['---\r\na: 1\r\n---\r\nbody', { kind: 'ok', yaml: 'a: 1\r\n', yamlStart: 5, bodyStart: 16 }],
    ['---  \n---\n', { kind: 'ok', yaml: '', yamlStart: 6, bodyStart: 10 }],
    ['# Title\n', { kind: 'missing', variant: 'none', offset: 0 }],
    ['\n---\na: 1\n---\n', { kind: 'missing', variant: 'not-first-line', offset: 0 }],
    ['+++\na = 1\n+++\n', { kind: 'missing', variant: 'toml', offset: 0 }],
    ['---\na: 1\n', { kind: 'unclosed' }],
    ['---\na: 1\n...\nbody\n', { kind: 'unclosed', at: { offset: 9, line: 'dots' } }],
    ['---\na: 1\n...\nbody\n---\n', { kind: 'unclosed', at: { offset: 9, line: 'dots' } }],
    ['---\na: 1\n...\n\n# end\n---\nbody', { kind: 'ok', yaml: 'a: 1\n...\n\n# end\n', yamlStart: 4, bodyStart: 24 }],
    ['---\na: 1\n----\nbody\n---\n', { kind: 'unclosed', at: { offset: 9, line: 'fence-like', text: '----' } }],
    // Dashes for hyphens, as word processors write them, other numbers of hyphens, an invisible character.
    ['—-\na: 1\n---\n', { kind: 'missing', variant: 'mistyped', offset: 0, first: '—-' }],
    ['----  \na: 1\n----\n', { kind: 'missing', variant: 'mistyped', offset: 0, first: '----' }],
    ['--\na: 1\n--\n', { kind: 'missing', variant: 'mistyped', offset: 0, first: '--' }],
    ['\u200B---\na: 1\n---\n', { kind: 'missing', variant: 'mistyped', offset: 0, first: '\u200B---' }],
    // Three hyphens after a space or a tab; the fields with no line above them to open them.
    ['\t---\na: 1\n---\n', { kind: 'missing', variant: 'mistyped', offset: 0, first: '\t---' }],
    ['  ---\na: 1\n---\n', { kind: 'missing', variant: 'mistyped', offset: 0, first: '  ---' }],
    ['a: 1\nb: 2\n---\nbody\n', { kind: 'missing', variant: 'no-opening', offset: 0 }],
    ['Note: a body\n\nno fence below\n', { kind: 'missing', variant: 'none', offset: 0 }],
    ['---\na: 1\n—\nbody\n', { kind: 'unclosed', at: { offset: 9, line: 'fence-like', text: '—' } }],
    ['---\na: 1\n–––\nbody\n---\n', { kind: 'unclosed', at: { offset: 9, line: 'fence-like', text: '–––' } }],
    // A no-break space after the hyphens, as a word processor puts, opening or closing the fields.
    ['---\u00a0\na: 1\n---\n', { kind: 'missing', variant: 'mistyped', offset: 0, first: '---\u00a0' }],
    ['---\na: 1\n---\u00a0\nbody\n', { kind: 'unclosed', at: { offset: 9, line: 'fence-like', text: '---\u00a0' } }],
    // A list item or a word is no fence; a body's own rules and dashes are its own.
    ['- a\n', { kind: 'missing', variant: 'none', offset: 0 }],
    ['---\na: 1\n---\n—\n\n----\n', { kind: 'ok', yaml: 'a: 1\n', yamlStart: 4, bodyStart: 13 }],
  ])('reads %j', (text, split) => {
    expect(splitFrontmatter(text)).toEqual(split);
  });
});

describe('normaliseQuote', () => {
  it.each([
    ['“Safety first,” she said', '"Safety first," she said'],
    ['it’s', "it's"],
    ['AI — the pause', 'AI-the pause'],
    ['self–improving', 'self-improving'],
    ['a\n  b\u00a0c', 'a b c'],
    ['e\u0301', 'é'],
    ['wait…', 'wait...'],
    ['AI -- the pause', 'AI-the pause'],
    ['AI---the pause', 'AI-the pause'],
    ['wait . . . then', 'wait...then'],
    ['wait … then', 'wait...then'],
    ['wait...then', 'wait...then'],
    ['wait… then', 'wait...then'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['the \ufb01nal \ufb02ight, \ufb00ect', 'the final flight, ffect'],
    // The directional marks and controls of right-to-left text, which a span cannot hold.
    ['\u202bوقف\u202c منسق\u200f عالمي\u2067 \u2069\u061c', 'وقف منسق عالمي'],
    // Control characters, as text copied from a PDF has them; a form feed is spacing.
    ['the central problem\u0001, officials\u007f said\fnext', 'the central problem, officials said next'],
    // French spacing inside guillemets and before ;:!?, full-width forms, and the corner brackets of Japanese and Chinese quotations.
    ['la décision était « la bonne » ; vraiment\u202F?', 'la décision était "la bonne"; vraiment?'],
    ['\uFF21\uFF22\uFF23\uFF1A\u300C安全第一\u300D\uFF01\u3000\uFF12\uFF10\uFF12\uFF16', 'ABC:"安全第一"! 2026'],
  ])('reduces %j to %j', (text, normal) => {
    expect(normaliseQuote(text)).toBe(normal);
  });

  it('keeps words, letters and their case as they are', () => {
    expect(normaliseQuote('Pause')).not.toBe(normaliseQuote('pause'));
    expect(normaliseQuote('a pause')).not.toBe(normaliseQuote('the pause'));
  });
});

describe('markdownText', () => {
  it.each([
    ['an [open letter](https://futureoflife.org/open-letter/pause-giant-ai-experiments/) calling', 'an open letter calling'],
    ['the [paper](https://example.org/a_(b) "The paper") says', 'the paper says'],
    ['a [compute threshold][1] and [another][] one', 'a compute threshold and another one'],
    ['a statement[^1] said', 'a statement said'],
    ['![a chart](chart.png) shows', 'a chart shows'],
    ['a **big** and *bold* or _quiet_ `pause`', 'a big and bold or quiet pause'],
    ['see <https://example.org/x>', 'see https://example.org/x'],
    ['> a quoted line\n> and its next line', 'a quoted line\nand its next line'],
    ['## A heading', 'A heading'],
    ['AT&amp;T&rsquo;s &ldquo;pause&rdquo; &#8212; &#x2014;&nbsp;now, &bogus; &amp', 'AT&T’s “pause” — —\u00a0now, &bogus; &amp'],
    // Inline HTML and an MDX article's components, as archived from an .mdx file: their tags, not their text.
    ['the mayor <em>said</em> <span class="x">no</span><br/>', 'the mayor said no'],
    ['<Callout type="note">The AI Act applies.</Callout>\n\nFor Brussels', 'The AI Act applies.\n\nFor Brussels'],
    ['a chart <Chart data={rows} title="Cost" /> here<!-- a note -->', 'a chart  here'],
  ])('reduces %j to %j', (text, plain) => {
    expect(markdownText(text)).toBe(plain);
  });

  it('leaves text without markup as it is: underscores in words, lone asterisks, brackets', () => {
    for (const text of ['snake_case_name', '5 * 3 = 15', 'a [1] citation', 'price: 2 * 4', 'if 2 < 3 and 5 > 4', 'x <- y', 'a <tank> of <42>']) expect(markdownText(text)).toBe(text);
  });
});

describe('withoutLineBreakHyphens', () => {
  it('joins a word a line break divides with a hyphen, and nothing else', () => {
    expect(withoutLineBreakHyphens('the devel-\nopment of frontier AI and its con-\r\n  trol')).toBe('the development of frontier AI and its control');
    for (const text of ['arms-control talks', 'the pause -\nand after', 'AI-\nFirst', 'rose 4-\n5 per cent']) expect(withoutLineBreakHyphens(text)).toBe(text);
    // As some PDFs' text divides a word: with a soft hyphen (U+00AD) or the hyphen U+2010 at the line's end.
    expect(withoutLineBreakHyphens('devel\u00AD\nopment and con\u2010\ntrol')).toBe('development and control');
    expect(withoutLineBreakHyphens('a self-\nfunded devel-\nopment', DIVIDED)).toBe(`a self${DIVIDED}funded devel${DIVIDED}opment`);
  });
});

describe('occursIn', () => {
  it('reads a line break\'s hyphen as a hyphen or as none, and nothing else so', () => {
    const reading = `a self${DIVIDED}funded scheme under devel${DIVIDED}opment (a $4m plan?)`;
    for (const span of ['self-funded scheme under development', 'selffunded scheme under devel-opment', 'under development (a $4m plan?)', 'a']) expect(occursIn(reading, span), span).toBe(true);
    for (const span of ['self funded', 'self--funded', 'under development (a $5m plan?)', 'development [a']) expect(occursIn(reading, span), span).toBe(false);
    expect(occursIn('no marks here', 'marks')).toBe(true);
  });
});

describe('archiveLines', () => {
  it('gives the line of the archived file where text read as the verification reads it ends', () => {
    const lineOf = archiveLines('# The bridge\n\nThe council said the **bridge** was\nclosed on “Monday” morning.\n\nIt will reopen in March.\n');
    expect(lineOf('The bridge')).toBe(1);
    expect(lineOf('the bridge was')).toBe(3);
    expect(lineOf('the bridge was closed on "Monday"')).toBe(4);
    expect(lineOf('morning. It will')).toBe(6);
    expect(lineOf('in April')).toBeUndefined();
  });
});

describe('divergence', () => {
  it('says how far the span agrees with the archive and where they part', () => {
    expect(divergence('the bridge was closed on Tuesday', 'so the bridge was closed on Monday morning')).toMatchInlineSnapshot(
      `"The archive agrees as far as "the bridge was closed on", then reads "Monday morning" where the span has "Tuesday". "`,
    );
    expect(divergence('nothing here', 'the bridge')).toMatchInlineSnapshot(
      `"Not even its first word is in the archived text: check that archive names the right file. "`,
    );
  });

  it('parts them at a whole word: a span word that only begins an archive word does not agree with it', () => {
    expect(divergence('the plan would need a global body that does not exist', 'Analysts said the plan would need an international body that does not yet exist.')).toBe(
      'The archive agrees as far as "the plan would need", then reads "an international body that does not" where the span has "a global body that does not". ',
    );
    // A later occurrence that ends at a word's end is the one that agrees.
    expect(divergence('the cable snapped on Monday', 'the cables held; the cable snapped on Sunday')).toBe(
      'The archive agrees as far as "the cable snapped on", then reads "Sunday" where the span has "Monday". ',
    );
    expect(divergence('bridge closed', 'bridges are open')).toBe('Not even its first word is in the archived text: check that archive names the right file. ');
  });

  it('quotes the words as the message quotes the span: a quotation mark in them escaped, not left to end the quotation early', () => {
    expect(divergence('"We welcome every company," she said', '"We welcome any company," she said')).toBe(
      'The archive agrees as far as "\\"We welcome", then reads "any company,\\" she said" where the span has "every company,\\" she said". ',
    );
  });
});

describe('verifyQuotes', () => {
  /** Article `a<i>` names archive file `archive` and quotes `span` (or each of `spans`, a line each from line 12). */
  const verify = (files: Record<string, string | Uint8Array>, spans: [archive: string, span: string | string[]][]) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-quotes-'));
    try {
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
      const facts = spans.map(([name, texts], i) => ({
        file: `content/articles/a${i}.md`,
        collection: 'articles',
        id: `a${i}`,
        problems: [],
        refs: [],
        aliases: [],
        links: [],
        archive: { name, line: 8, column: 1 },
        mentions: [texts].flat().map((text, j) => ({ text, line: 12 + j, column: 3, id: 'bridge-closed', stance: 'asserts' })),
      })) as unknown as FileFacts[];
      return verifyQuotes(facts, dir, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const archived = {
    'a.txt':
      'Harbour bridge shut\n\nThe council said on Tuesday that the Harbour Bridge would close.\n\n“We believe it is the right decision for the city,” the mayor said. A self-\nfunded scheme, a ﬁnding the council’s engineers called “serious”.\nLa décision est « la bonne », a-t-il dit. Cafe\u0301 owners\u00A0were up\u00ADset. 東京都は「安全第一」と述べた。\n',
    'page.html':
      '<!doctype html><html><head><title>Harbour bridge shut</title><script>var s = "the council said";</script></head><body><article><h1>Harbour bridge shut</h1><p>The council said on <em>Tuesday</em> that the <a href="/bridge">Harbour Bridge</a> would close.</p><!-- the council said --><p>The mayor&rsquo;s office called the work &ldquo;overdue&rdquo;.</p></article></body></html>',
  };

  it('allows only typographic differences: quotation marks, dashes, spacing, paragraph breaks, ligatures, invisible characters, full-width forms, Unicode normalisation', () => {
    const allowed: [string, string][] = [
      ['a.txt', 'would close. "We believe it is the right decision for the city," the mayor said.'],
      ['a.txt', 'self-funded scheme, a finding the council\'s engineers called "serious"'],
      ['a.txt', 'A self\u2013funded scheme'],
      ['a.txt', 'La décision est "la bonne", a\u2011t\u2011il dit.'],
      ['a.txt', 'Café owners were upset.'],
      ['a.txt', '東京都は"安全第一"と述べた。'],
      ['page.html', 'The council said on Tuesday that the Harbour Bridge would close. The mayor’s office called the work “overdue”.'],
    ];
    const result = verify(archived, allowed);
    expect(result.problems.map((p) => p.message)).toEqual([]);
    expect(result.stats).toEqual({ articles: allowed.length, spans: allowed.length, missing: [] });
    // A page's script and comments are not its text.
    expect(verify(archived, [['page.html', 'the council said']]).problems.map((p) => p.code)).toEqual(['span-not-in-archive']);
  });

  it('reads what a web page leaves in a text archive, and the marks an article types otherwise, as typography: &nbsp;, character references, soft hyphens, apostrophes, an ellipsis of dots', () => {
    const text = {
      'copied.txt': 'The council&nbsp;said&nbsp;&nbsp;the bridge&#8212;shut since May&#160;&amp; still shut&mdash;was the mayor\u02BCs re\u00ADsponsi\u00ADbility.\nHe said: “We will wait . . . and see.”',
    };
    const result = verify(text, [
      ['copied.txt', 'The council said the bridge—shut since May & still shut—was the mayor’s responsibility.'],
      ['copied.txt', "the mayor's responsibility. He said: \"We will wait... and see.\""],
      ['copied.txt', 'We will wait … and see.'],
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([]);
    // A word that differs is not typography.
    expect(verify(text, [['copied.txt', 'was the mayor’s decision']]).problems.map((p) => p.code)).toEqual(['span-not-in-archive']);
  });

  it('reports a span whose capitals alone differ, saying so and what the archive has, rather than that its first word is not there', () => {
    const text = { 'a.txt': 'Officials said the bridge would close on Monday.\nThe mayor said it will reopen in March.' };
    const messages = verify(text, [
      ['a.txt', 'The bridge would close on Monday'],
      ['a.txt', 'the mayor said it will reopen'],
      ['a.txt', 'the bridge would close on Tuesday'],
    ]).problems.map((p) => p.message);
    expect(messages[0]).toBe(
      'This span does not occur in a.txt: "The bridge would close on Monday". Only its capitals differ from the archive\'s, which reads "the bridge would close on Monday" (its line 1): a capital is the article\'s wording too. Copy the words exactly as the article has them: only quotation marks, dashes and spacing may differ.',
    );
    expect(messages[1]).toContain('Only its capitals differ from the archive\'s, which reads "The mayor said it will reopen" (its line 2)');
    // A word that differs is told as before.
    expect(messages[2]).toContain('The archive agrees as far as "the bridge would close on" (its line 1), then reads "Monday.');
  });

  it('reads each word a line break divides as the span has it, whole or with its hyphen, however many a span crosses', () => {
    // As text copied from a PDF has it: a word with its own hyphen and a word divided, each at a line's end; a soft hyphen or U+2010 there.
    const pdf = {
      'pdf.txt': 'The council said the self-\nfunded scheme was under devel-\r\nopment for years, and its con\u00AD\ntrol and over\u2010\nsight lax.',
      'pdf.md': 'The council said the self-\nfunded scheme was under devel-\nopment for *years*.',
      'pdf.html': '<p>The council said the self-<br>funded scheme was under devel-<br>opment.</p>',
    };
    const result = verify(pdf, [
      ['pdf.txt', 'the self-funded scheme was under development for years'],
      ['pdf.txt', 'its control and oversight lax'],
      ['pdf.md', 'the self-funded scheme was under development for years.'],
      ['pdf.html', 'the self-funded scheme was under development.'],
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([]);
    // A real difference is still one.
    expect(verify(pdf, [['pdf.txt', 'the self-funded scheme was under development for months']]).problems.map((p) => p.code)).toEqual(['span-not-in-archive']);
    expect(verify(pdf, [['pdf.txt', 'the self funded scheme']]).problems.map((p) => p.code)).toEqual(['span-not-in-archive']);
    // And where one parts from it is told of the words made whole, not as if its first word were not there.
    expect(verify(pdf, [['pdf.txt', 'development for months']]).problems[0]!.message).toContain('The archive agrees as far as "development for", then reads "years, and its control and oversight" where the span has "months".');
  });

  it('reports an ellipsis or words in square brackets that the archive does not have, saying what to do', () => {
    const messages = verify(archived, [
      ['a.txt', 'We believe … the right decision'],
      ['a.txt', 'We believe ... the right decision'],
      ['a.txt', '[The mayor] believe it is the right decision'],
      ['a.txt', 'We believe it is the right decision [sic] for the [city]'],
      ['a.txt', 'We believe … the wrong decision'],
    ]).problems.map((p) => p.message);
    expect(messages[0]).toContain('Its ellipsis marks words left out, which the archive has: mention the words before it and after it separately, each as the archive has them.');
    expect(messages[1]).toBe(messages[0]!.replace('…', '...'));
    expect(messages[2]).toContain('Its words in square brackets, [The mayor], are not the article\'s: put them outside the mention, which holds only words the archive has.');
    expect(messages[3]).toContain('Its words in square brackets ([sic], [city]) are not the article\'s');
    // A part the archive does not have either: where they part.
    expect(messages[4]).toContain('The archive agrees as far as');
  });

  it('says what an archived file that cannot be read as UTF-8 text is, and what to do: another encoding, a PDF, a document', () => {
    const files = {
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The council said', 'utf16le')]),
      'latin1.txt': Buffer.from('The council said\nthe caf\xe9 would close.', 'latin1'),
      'pasted.txt': Buffer.concat([Buffer.from('The “council” said\nthe '), Buffer.from([0x93]), Buffer.from('quote.')]),
      'report.pdf': Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\nThe council said', 'latin1'),
      'report.docx': Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'),
      'photo.png': Buffer.from('\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR', 'latin1'),
    };
    const messages = verify(files, Object.keys(files).map((name) => [name, 'The council said'] as [string, string])).problems.map((p) => `${p.code} ${p.message}`);
    expect(messages).toEqual([
      'archive-unreadable utf16.txt is UTF-16 text (it starts with the byte-order mark of UTF-16, as Windows saves "Unicode" text), not UTF-8, so the spans of this article cannot be checked against it. Save it as UTF-8.',
      'archive-unreadable latin1.txt is not UTF-8 text: its byte 0xE9 at its line 2, column 8 cannot be read (in Windows-1252, the encoding older Windows programs save in, it is "é"), so the spans of this article cannot be checked against it. Reopen it in its encoding (Windows-1252, if that is the character meant) and save it as UTF-8.',
      'archive-unreadable pasted.txt is UTF-8 text but for the byte 0x93 at its line 2, column 5 (in Windows-1252, the encoding older Windows programs save in, it is "“"), which cannot be read, so the spans of this article cannot be checked against it. Retype the character there (and any other that cannot be read), then save it as UTF-8.',
      'archive-unreadable report.pdf is a PDF, so the spans of this article cannot be checked against it. Copy the article\'s text into a text file (UTF-8) and name that file in the field archive; keep the PDF elsewhere if you need it.',
      'archive-unreadable report.docx is a word processor\'s document, so the spans of this article cannot be checked against it. Copy the article\'s text into a text file (UTF-8) and name that file in the field archive; keep the original elsewhere if you need it.',
      'archive-unreadable photo.png is not text but a binary file (it holds NUL bytes, as an image or a document does), so the spans of this article cannot be checked against it. Copy the article\'s text into a text file (UTF-8) and name that file in the field archive; keep the original elsewhere if you need it.',
    ]);
  });

  it('says once, at the field archive, that an archived file holds no text, rather than that no span\'s first word is in it', () => {
    const files = { 'empty.txt': '', 'blank.md': ' \n\n\t\n', 'shell.html': '<html><head><title></title></head><body><div id="app"></div></body></html>' };
    // Each article quotes three spans from its file.
    const result = verify(files, Object.keys(files).map((name): [string, string[]] => [name, ['The council said', 'the bridge would close', 'on Monday']]));
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.code} ${p.message}`)).toEqual([
      'content/articles/a0.md:8:1  archive-unreadable empty.txt is empty: it holds no text (or only spaces and line breaks), so the spans of this article cannot be checked against it. Save the article\'s text in it again, or name in the field archive the file that holds it.',
      'content/articles/a1.md:8:1  archive-unreadable blank.md is empty: it holds no text (or only spaces and line breaks), so the spans of this article cannot be checked against it. Save the article\'s text in it again, or name in the field archive the file that holds it.',
      'content/articles/a2.md:8:1  archive-unreadable shell.html is a web page with no text outside its markup, so the spans of this article cannot be checked against it. Save the page again once its article shows, or copy the article\'s text into a text file and name that file in the field archive.',
    ]);
    // Not verified, and not missing either: the file is there.
    expect(result.stats).toEqual({ articles: 0, spans: 0, missing: [] });
  });

  it('counts the articles whose archived file is not there, without reporting them', () => {
    const result = verify(archived, [
      ['a.txt', 'The council said'],
      ['gone.txt', 'The council said'],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.stats.articles).toBe(1);
    expect(result.stats.missing).toEqual([{ file: 'content/articles/a1.md', archive: 'gone.txt' }]);
    expect(summaries.unverified(result.stats.missing)).toBe(
      'Not verified: 1 article names an archived text that is not in the archive, so its spans were not checked: content/articles/a1.md (gone.txt). Copy each text into the archive, or correct the article\'s archive field if it names the wrong file.',
    );
  });

  it('names, beside an archived file that is not there, a file of the archive with a name near it that no article names: the one meant, perhaps', () => {
    const files = { 'a.txt': 'The council said so.', 'bridge-report.txt': 'The council said so.', 'bridge-reports.txt': 'The council said so.' };
    const result = verify(files, [
      ['a.txt', 'The council said'],
      ['bridge-report.text', 'The council said'],
      ['gone.txt', 'The council said'],
      ['bridge-reports.txt', 'The council said'],
    ]);
    // bridge-reports.txt is near too, but an article names it.
    expect(result.stats.missing).toEqual([
      { file: 'content/articles/a1.md', archive: 'bridge-report.text', instead: 'bridge-report.txt' },
      { file: 'content/articles/a2.md', archive: 'gone.txt' },
    ]);
    expect(summaries.unverified(result.stats.missing)).toContain('content/articles/a1.md (bridge-report.text; the archive has bridge-report.txt, which no article names), content/articles/a2.md (gone.txt).');
  });

  it('lists the articles not verified when they are not those listed at the previous check, and otherwise counts them in one line', () => {
    const a = { file: 'content/articles/a.md', archive: 'archive/a.txt' };
    const b = { file: 'content/articles/b.md', archive: 'archive/b.txt' };
    const c = { file: 'content/articles/c.md', archive: 'archive/c.txt' };
    // The first check: all of them.
    const first = unverifiedReport([a, b], undefined);
    expect(first.line).toBe(summaries.unverified([a, b]));
    // The same again: one line, not the list an editor would stop reading.
    const again = unverifiedReport([a, b], first.listed);
    expect(again.line).toBe(
      'Not verified: the spans of 2 articles whose archived texts are not in the archive, as listed at an earlier check (npm run check -- --unverified lists them again).',
    );
    // One more (an archive field mistyped): listed at once, the others counted.
    const more = unverifiedReport([a, b, c], again.listed);
    expect(more.line).toBe(
      'Not verified: 1 article names an archived text that is not in the archive, so its spans were not checked: content/articles/c.md (archive/c.txt). Copy each text into the archive, or correct the article\'s archive field if it names the wrong file. 2 other articles, listed at an earlier check, are not verified either (npm run check -- --unverified lists them).',
    );
    // One copied into the archive: fewer, none new.
    expect(unverifiedReport([a, c], more.listed).line).toMatch(/^Not verified: the spans of 2 articles /);
    // The same article naming another file is another entry.
    expect(unverifiedReport([{ ...a, archive: 'archive/a2.txt' }], [`${a.file}\n${a.archive}`]).line).toContain('content/articles/a.md (archive/a2.txt)');
    // --unverified: every one, however many, whatever was listed before.
    const many = Array.from({ length: 7 }, (_, i) => ({ file: `content/articles/m${i}.md`, archive: `archive/m${i}.txt` }));
    const all = unverifiedReport(many, many.map((m) => `${m.file}\n${m.archive}`), true).line!;
    for (const m of many) expect(all).toContain(m.file);
    expect(unverifiedReport(many, undefined).line).toContain(', and 2 more (npm run check -- --unverified lists them all).');
    expect(unverifiedReport([], ['x']).line).toBeUndefined();
  });
});

describe('the content model as the checks read it', () => {
  it('knows the same collections as src/content.config.ts, and reads the same extensions as the loader', () => {
    const loader = readFileSync(path.resolve(import.meta.dirname, '../../../src/loaders/checked-glob.ts'), 'utf8');
    for (const collection of COLLECTIONS) {
      const pattern = new RegExp(`${collection}: '\\*\\*/\\*\\.([^']+)'`).exec(loader)?.[1];
      const exts = pattern?.replace(/[{}]/g, '').split(',').map((e) => `.${e}`);
      expect(exts, collection).toEqual([...EXTENSIONS[collection]]);
    }
    expect(Object.keys(EXTENSIONS).sort()).toEqual([...COLLECTIONS].sort());
  });

  it('finds every reference field by walking the schemas', () => {
    const references = Object.fromEntries(
      COLLECTIONS.map((c) => [
        c,
        Object.entries(fieldsOf(schemaOf(c)))
          .map(([name, node]) => {
            const inner = (node as { def: { type: string; innerType?: typeof node } }).def;
            const element = inner.type === 'default' ? (inner.innerType as unknown as { def: { element?: typeof node } }).def.element : undefined;
            const target = referenceOf(node) ?? (element ? referenceOf(element) : undefined);
            return target ? `${name} → ${target}` : undefined;
          })
          .filter(Boolean),
      ]),
    );
    expect(references).toMatchInlineSnapshot(`
      {
        "articles": [
          "outlet → outlets",
          "story → stories",
          "via → articles",
          "entities → entities",
        ],
        "claims": [
          "story → stories",
          "speaker → entities",
          "entities → entities",
          "contradicts → claims",
          "related → claims",
        ],
        "entities": [],
        "outlets": [],
        "stories": [
          "entities → entities",
        ],
      }
    `);
  });

  it('says what every field expects, in words', () => {
    const phrases = Object.fromEntries(
      COLLECTIONS.map((c) => [c, Object.fromEntries(Object.entries(fieldsOf(schemaOf(c))).map(([name, node]) => [name, expected(node, singular)]))]),
    );
    expect(phrases.articles).toMatchInlineSnapshot(`
      {
        "added": "a date written as YYYY-MM-DD (a time and offset may follow)",
        "aliases": "a list of ids (lowercase words joined by hyphens, at most 120 characters, as in pause-is-unilateral)",
        "archive": "a file name inside archive/, as in 004_439682a074541e48.txt",
        "byline": "text",
        "entities": "a list of entity ids",
        "headline": "text",
        "kind": "one of report, analysis, opinion, aggregate, press-release",
        "language": "a language tag such as en or en-GB",
        "outlet": "an outlet id",
        "published": "a date written as YYYY-MM-DD (a time and offset may follow)",
        "story": "a story id",
        "summary": "text",
        "url": "an http:// or https:// address",
        "via": "an article id",
      }
    `);
    expect(phrases.claims!.verdict).toMatchInlineSnapshot(`"a group of fields (rating, summary, date), each on its own indented line"`);
    expect(phrases.entities!.names).toMatchInlineSnapshot(`"a list of names or phrases"`);
  });
});

/** What listContent finds in a new folder holding `files` (path: text), removed after. */
function listingOf(files: Record<string, string>): ReturnType<typeof listContent> {
  const root = mkdtempSync(path.join(tmpdir(), 'list-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    return listContent(root, 'content');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('listContent', () => {
  it('reads each collection\'s files, ignores hidden files and allows a README beside the collections', () => {
    const listing = listingOf({
      'content/README.md': '# Content\n',
      'content/.DS_Store': '\u0000',
      'content/outlets/wire.yml': 'name: Wire\n',
      'content/outlets/.wire.yaml.swp': '\u0000',
      'content/outlets/.git/config': '',
      'content/articles/a-b.md': '---\n---\n',
    });
    expect(listing.problems).toEqual([]);
    expect(listing.records.map((r) => [r.file, r.collection, r.id])).toEqual([
      ['content/articles/a-b.md', 'articles', 'a-b'],
      ['content/outlets/wire.yml', 'outlets', 'wire'],
    ]);
    expect(listing.count).toBe(3);
  });

  it('reports an extension written in capitals, which the site\'s loader does not read', () => {
    const listing = listingOf({
      'content/articles/report.MD': '---\n---\n',
      'content/outlets/wire.Yaml': 'name: Wire\n',
      'content/outlets/gazette.yml': 'name: Gazette\n',
      'content/outlets/gazette.YML': 'name: Gazette\n',
    });
    expect(listing.records.map((r) => r.file)).toEqual(['content/outlets/gazette.yml']);
    expect(listing.problems.map((p) => [p.file, p.code])).toEqual([
      ['content/articles/report.MD', 'unread-file'],
      ['content/outlets/gazette.YML', 'duplicate-id'],
      ['content/outlets/wire.Yaml', 'unread-file'],
    ]);
    expect(listing.problems[0]!.message).toContain('Rename it to report.md');
  });

  it('names the file to rename a record saved with a second extension, or with a space after its extension, to', () => {
    const listing = listingOf({
      ...Object.fromEntries(['notes.md.txt', 'draft.md ', 'old.markdown'].map((name) => [`content/articles/${name}`, '---\n---\n'])),
      'content/outlets/wire.yaml.txt': 'name: Wire\n',
    });
    expect(listing.problems.map((p) => [p.file, p.code, /this (.*) is ignored.*Rename it to (\S+),/.exec(p.message)?.slice(1)])).toEqual([
      ['content/articles/draft.md ', 'unread-file', ['.md file, whose name ends with a space,', 'draft.md']],
      ['content/articles/old.markdown', 'unread-file', ['.markdown file', 'old.md']],
      ['content/articles/notes.md.txt', 'unread-file', ['.txt file', 'notes.md']],
      ['content/outlets/wire.yaml.txt', 'unread-file', ['.txt file', 'wire.yaml']],
    ]);
  });

  it('says where a record of another collection, with that collection\'s extension, goes, by its fields; and names the extension to a record of this one', () => {
    const claim = '---\nstatement: The bridge will reopen.\nstory: closure\nkind: prediction\n---\n\nNotes.\n';
    const listing = listingOf({
      'content/outlets/bridge-reopens.md': claim,
      'content/outlets/Bridge Shut.md': `\uFEFF${claim.replaceAll('\n', '\r\n')}`,
      'content/articles/gazette.yml': 'name: Harbour Gazette\nurl: https://gazette.example.org\nowner: Harbour Media\n',
      'content/claims/wire.yaml': 'name: Wire\nunidentified: false\n',
      // Fields of this collection, or that do not tell: only the extension is wrong.
      'content/outlets/gazette.md': '---\nname: Gazette\nurl: https://gazette.example.org\n---\n',
      'content/outlets/notes.md': '---\nstory: closure\n---\n',
      'content/outlets/broken.md': '---\nstatement: [\n---\n',
    });
    expect(listing.problems.map((p) => [p.file, p.code, /Move it to (\S+?)(,.*)?\.$/.exec(p.message)?.slice(1)])).toEqual([
      ['content/articles/gazette.yml', 'wrong-collection', ['content/outlets/gazette.yml', undefined]],
      ['content/claims/wire.yaml', 'wrong-collection', ['content/outlets/wire.yaml', undefined]],
      ['content/outlets/bridge-reopens.md', 'wrong-collection', ['content/claims/bridge-reopens.md', undefined]],
      ['content/outlets/broken.md', 'unread-file', undefined],
      ['content/outlets/gazette.md', 'unread-file', undefined],
      ['content/outlets/notes.md', 'unread-file', undefined],
      ['content/outlets/Bridge Shut.md', 'wrong-collection', ['content/claims/bridge-shut.md', undefined]],
    ]);
    expect(listing.problems[2]!.message).toBe(
      "This file's fields (statement, story, kind) are those of a claim, not of an outlet, so it is in the wrong folder: it would be checked and published as an outlet, or not at all. Move it to content/claims/bridge-reopens.md.",
    );
  });

  it('says that two names that look the same are written with other Unicode characters, when they are: é, or e and a combining accent', () => {
    const [composed, decomposed] = ['café', 'café'.normalize('NFD')];
    expect(composed).not.toBe(decomposed);
    const listing = listingOf({ [`content/entities/${composed}.yaml`]: 'name: Café\nkind: place\n', [`content/entities/${decomposed}.yaml`]: 'name: Café\nkind: place\n', 'content/entities/Cafe.yaml': 'name: Café\nkind: place\n' });
    const duplicates = listing.problems.filter((p) => p.code === 'duplicate-id');
    expect(duplicates.map((p) => [p.file.normalize('NFC'), p.message.includes('looks the same as this one\'s, but is written with other Unicode characters')])).toEqual([
      ['content/entities/café.yaml', false],
      ['content/entities/café.yaml', true],
    ]);
    // The one it looks like is named, not the first file with the id (Cafe.yaml).
    expect(duplicates[1]!.message.normalize('NFC')).toMatch(/^"cafe" is already the id of content\/entities\/café\.yaml\. That file's name looks the same/);
  });

  it('reports, of two files that give the same id, the one whose name is not an id, even when its name comes first, once, and not as one to rename to the other\'s name', () => {
    // "Report.md" sorts before "report.md" (capitals first), and "Wire Report.md" before "wire-report.md".
    const listing = listingOf(Object.fromEntries(['Report.md', 'report.md', 'Wire Report.md', 'wire-report.md', 'Notes.md'].map((name) => [`content/articles/${name}`, '---\n---\n'])));
    expect(listing.records.map((r) => r.file)).toEqual(['content/articles/report.md', 'content/articles/wire-report.md', 'content/articles/Notes.md']);
    expect(listing.problems.map((p) => [p.file, p.code])).toEqual([
      ['content/articles/Notes.md', 'bad-file-name'],
      ['content/articles/Report.md', 'duplicate-id'],
      ['content/articles/Wire Report.md', 'duplicate-id'],
    ]);
    expect(listing.problems[1]!.message).toBe(
      "This file's name differs from content/articles/report.md's only in capitals, so it would take the same id, \"report\": an id is its file name in lowercase words joined by hyphens, and a disk that does not tell capitals apart (macOS's, Windows') holds the two as one file. Every article needs its own id: merge what this file holds into content/articles/report.md and remove this one, or, if it is another article, rename it to an id of its own.",
    );
    expect(listing.problems[2]!.message).toMatch(/^This file's name differs from content\/articles\/wire-report\.md's only in capitals or signs that an id does not have, so it would take the same id, "wire-report": an id is its file name in lowercase words joined by hyphens\. Every/);
  });

  it('reports a file named with a look-alike letter of another alphabet, as the id it passes for, naming the letter', () => {
    // gizmоdo.yaml with a Cyrillic о beside gizmodo.yaml: the record it imitates, not one to rename to "gizm-do".
    const listing = listingOf({ 'content/outlets/gizmodo.yaml': 'name: Gizmodo\n', 'content/outlets/gizm\u043Edo.yaml': 'name: Gizmodo\n', 'content/outlets/n\u0435w-site.yaml': 'name: New\n' });
    expect(listing.problems.map((p) => [p.file, p.code, p.message.replace(/:.*/, '')])).toEqual([
      ['content/outlets/gizm\u043Edo.yaml', 'duplicate-id', 'This file\'s name differs from content/outlets/gizmodo.yaml\'s only in letters of another alphabet drawn like Latin ones (the Cyrillic "\u043E", U+043E), so it would take the same id, "gizmodo"'],
      ['content/outlets/n\u0435w-site.yaml', 'bad-file-name', '"n\u0435w-site" is not a valid id. It holds the Cyrillic letter "\u0435" (U+0435) after "n", drawn like the Latin "e"'],
    ]);
    expect(listing.problems[1]!.message).toContain('Rename the file to new-site.yaml');
  });
});

describe('excerpt', () => {
  it('shortens a value with an ellipsis, never between the two halves of an emoji', () => {
    expect(excerpt('a  b\n c')).toBe('a b c');
    expect(excerpt('x'.repeat(70))).toBe(`${'x'.repeat(59)}…`);
    expect(excerpt('😀'.repeat(40))).toBe(`${'😀'.repeat(29)}…`);
    expect(excerpt(`x${'😀'.repeat(40)}`)).toBe(`x${'😀'.repeat(29)}…`);
  });
});
