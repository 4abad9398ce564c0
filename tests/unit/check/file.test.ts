/**
 * checkFile: one record on its own. Every message an editor can see from a single file is pinned
 * here or in tests/build/check-bad.test.ts; these tests pin the places (line and column in the
 * file itself, frontmatter counted), with BOM and CRLF files, nested fields and list items.
 */
import { describe, expect, it } from 'vitest';
import { checkFile, dateProblem, fieldName, type FileInput } from '../../../src/check/file.ts';
import { formatProblems } from '../../../src/check/problem.ts';

const article = (frontmatter: string, body = '> :claim[The bridge was closed]{#bridge-closed}.\n') =>
  `---\n${frontmatter}---\n\n${body}`;
const valid = 'headline: Bridge closed\noutlet: wire\nstory: closure\nsummary: The wire reports it.\nkind: report\nadded: 2026-05-12\n';

function check(content: FileInput['content'], collection: FileInput['collection'] = 'articles', id = 'report') {
  const file = `content/${collection}/${id}.${collection === 'outlets' || collection === 'entities' ? 'yaml' : 'md'}`;
  return checkFile({ file, collection, id, content });
}
const messages = (content: FileInput['content'], collection: FileInput['collection'] = 'articles') => formatProblems(check(content, collection).problems);

describe('checkFile', () => {
  it('finds nothing wrong in a valid article, and collects its references and mentions', () => {
    const facts = check(article(valid));
    expect(facts.problems).toEqual([]);
    expect(facts.refs).toEqual([
      { field: 'outlet', collection: 'outlets', id: 'wire', line: 3, column: 1 },
      { field: 'story', collection: 'stories', id: 'closure', line: 4, column: 1 },
    ]);
    expect(facts.mentions).toEqual([
      { claim: 'bridge-closed', text: 'The bridge was closed', line: 10, column: 3, source: ':claim[The bridge was closed]{#bridge-closed}' },
    ]);
  });

  it('counts lines and columns from the top of the file, frontmatter included', () => {
    expect(messages(article(`${valid}bylin: Kari\n`, 'Text.\n\nMore :claim[x]{#y stance=assert}.\n'))).toMatchInlineSnapshot(`
      "content/articles/report.md:8:1  Unknown field "bylin" in an article. Did you mean "byline"? [unknown-field]
      content/articles/report.md:13:6  Unknown stance "assert". Did you mean "asserts"? A stance is one of asserts, disputes, quotes, qualifies (asserts when left out). In: :claim[x]{#y stance=assert} [mention-bad-stance]"
    `);
  });

  it('gives the same places in a file saved with a byte-order mark and CRLF line endings', () => {
    const text = article(`${valid}bylin: Kari\n`, 'Text.\n\nMore :claim[x]{#y stance=assert}.\n');
    const lf = check(text).problems;
    const crlf = check(Buffer.from(`\uFEFF${text.replaceAll('\n', '\r\n')}`, 'utf8')).problems;
    expect(crlf).toEqual(lf);
    expect(crlf.map((p) => [p.line, p.column])).toEqual([
      [8, 1],
      [13, 6],
    ]);
  });

  it('reads a valid BOM and CRLF record without problems', () => {
    const facts = check(Buffer.from(`\uFEFF${article(valid).replaceAll('\n', '\r\n')}`, 'utf8'));
    expect(facts.problems).toEqual([]);
    expect(facts.mentions.map((m) => [m.claim, m.line, m.column])).toEqual([['bridge-closed', 10, 3]]);
  });

  it('points at the item of a list and at the key of a nested field', () => {
    const claim = '---\nstatement: S.\nstory: closure\nkind: fact\nentities:\n  - ok\n  - 42\nverdict:\n  rating: right\n  summary: ""\n---\n';
    expect(messages(claim, 'claims')).toMatchInlineSnapshot(`
      "content/claims/report.md:7:5  entities (item 2): expected an entity id, found the number 42. If it is meant as text, put it in double quotes: - "42" [wrong-type]
      content/claims/report.md:9:3  verdict.rating: expected one of accurate, mostly-accurate, mixed, misleading, inaccurate, unverifiable, found "right". [bad-value]
      content/claims/report.md:10:3  verdict.summary is empty: expected text. Fill it in. [empty-value]"
    `);
  });

  it('reports each field once, in file order, with what it expects and what it found', () => {
    const text = article('headline: [a, b]\noutlet: wire\nstory: closure\nsummary: S.\nkind: report\nadded: true\nunidentified: yes\n');
    expect(messages(text)).toMatchInlineSnapshot(`
      "content/articles/report.md:2:1  headline: expected text, found a list. [wrong-type]
      content/articles/report.md:7:1  added: expected a date written as YYYY-MM-DD (a time and offset may follow, as in 2026-06-04T09:30:00Z), found true. [bad-date]
      content/articles/report.md:8:1  Unknown field "unidentified" in an article. Remove it, or use one of: headline, outlet, url, published, byline, language, story, summary, kind, added, via, entities, aliases, archive. [unknown-field]"
    `);
  });

  it('reports a date that YAML or zod would silently turn into another day', () => {
    // YAML rolls 2026-02-30 over to 1 March; zod turns an empty value into 1970 and a bare year into 1970 too.
    const text = article(`${valid}published: 2026-02-30\n`.replace('added: 2026-05-12', 'added: 2026'));
    expect(messages(text)).toMatchInlineSnapshot(`
      "content/articles/report.md:7:1  added: expected a date written as YYYY-MM-DD (a time and offset may follow, as in 2026-06-04T09:30:00Z), found 2026. [bad-date]
      content/articles/report.md:8:1  published: 2026-02-30 is not a day of the calendar. Check the day and the month. [bad-date]"
    `);
  });

  it('checks YAML records (outlets and entities) as whole files', () => {
    expect(messages('name: Wire\nunidentified: maybe\nurl: file:///etc/passwd\n', 'outlets')).toMatchInlineSnapshot(`
      "content/outlets/report.yaml:2:1  unidentified: expected true or false, found "maybe". [wrong-type]
      content/outlets/report.yaml:3:1  url: expected an http:// or https:// address, found "file:///etc/passwd". Only web addresses are published as links. [bad-url]"
    `);
  });

  it('reports field names that JavaScript objects inherit (constructor, toString) as unknown fields', () => {
    const problems = check('name: Wire\nconstructor: x\ntoString: y\nhasOwnProperty: z\nverdict: {valueOf: 1}\n', 'outlets').problems;
    expect(problems.map((p) => [p.line, p.column, p.code, /^Unknown field "(\w+)"/.exec(p.message)?.[1]])).toEqual([
      [2, 1, 'unknown-field', 'constructor'],
      [3, 1, 'unknown-field', 'toString'],
      [4, 1, 'unknown-field', 'hasOwnProperty'],
      [5, 1, 'unknown-field', 'verdict'],
    ]);
    const claim = check(article('statement: S.\nstory: closure\nkind: fact\nverdict:\n  rating: mixed\n  summary: Why.\n  constructor: x\n', ''), 'claims').problems;
    expect(claim.map((p) => [p.line, p.column, p.code])).toEqual([[8, 3, 'unknown-field']]);
  });

  it('reports a claim mention the site would not read as one, and would publish as written', () => {
    const body = [
      'A :Claim[one]{#bridge-closed} and :claims[two]{#bridge-closed} and :cliam[three]{#bridge-closed}.',
      '',
      '<div>',
      'Inside HTML: :claim[four]{#bridge-closed}.',
      '</div>',
      '',
      'Left as text: 10:30, 3:1, host:8080, :abbr[AI]{title=x}, :clause, `:Claim[code]{#x}`, <span>:claim[five]{#bridge-closed}</span>.',
      '',
    ].join('\n');
    const problems = check(article(valid, body)).problems;
    expect(problems.map((p) => [p.line, p.column, p.code, /In: (.*)$/.exec(p.message)?.[1]])).toEqual([
      [10, 3, 'mention-not-read', ':Claim[one]{#bridge-closed}'],
      [10, 35, 'mention-not-read', ':claims[two]{#bridge-closed}'],
      [10, 68, 'mention-not-read', ':cliam[three]{#bridge-closed}'],
      [13, 14, 'mention-not-read', ':claim[four]{#bridge-closed}'],
    ]);
    expect(problems[3]!.message).toContain('inside raw HTML');
    expect(check(article(valid, 'A :claim[five]{#bridge-closed}.\n')).problems).toEqual([]);
  });

  it('reports an invisible control character in a field, written or escaped, and in the body, once a line', () => {
    const text = article(`${valid.replace('summary: The wire reports it.', 'summary: "The wire\\x01 reports it."')}byline: "Kari\\uFFFE"\n`, 'Repairs\vwill\u0085take a year.\nA\ttab and a line break are fine.\n');
    const problems = check(text).problems.filter((p) => p.code === 'control-character');
    expect(problems.map((p) => [p.line, p.column, /\((U\+[0-9A-F]{4})\)/.exec(p.message)?.[1], p.message.startsWith('The field') ? 'field' : 'line'])).toEqual([
      [5, 1, 'U+0001', 'field'],
      [8, 1, 'U+FFFE', 'field'],
      [11, 8, 'U+000B', 'line'],
    ]);
    expect(check(article(valid, 'Plain text, “quoted”, with an em dash — and a tab\there.\n')).problems).toEqual([]);
  });

  it('does not parse a paragraph too dense with * _ ~ [ ] for the Markdown parser, and reports where it starts', () => {
    // 150,000 markers in one line: parsed, this took minutes.
    const body = `:claim[words]{#bridge-closed}\n\n${'x\\*'.repeat(2000)}\n\n  ${'a*'.repeat(75_000)}\n`;
    const started = performance.now();
    const facts = check(article(valid, body));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(facts.problems.map((p) => [p.line, p.column, p.code])).toEqual([[14, 3, 'dense-markup']]);
    expect(facts.problems[0]!.message).toMatch(/^This paragraph holds 75000 of the characters/);
    expect(check(article(valid, `${'a~'.repeat(1001)}\n`)).problems.map((p) => p.code)).toEqual(['dense-markup']);
    // Paragraphs end at blank lines, CRLF ones too: 600 markers in each of two is fine.
    expect(check(article(valid, `${'a*'.repeat(600)}\r\n\r\n${'a*'.repeat(600)}\r\n`)).problems).toEqual([]);
    // Escaped markers are text to the parser, and are not counted.
    expect(check(article(valid, `${'x\\*'.repeat(2000)}\n`)).problems).toEqual([]);
  });

  it('reports a control character or a bidirectional control written in a body as a character reference, and not the references that are fine', () => {
    const text = article(valid, '<p title="&#x1;">a</p> &#X7f;\n<b>&#8238;</b>\n&#31; and &#x2066;\n');
    const problems = check(text).problems.map((p) => [p.line, p.column, p.code, /\((U\+[0-9A-F]{4})\)/.exec(p.message)?.[1]]);
    expect(problems).toEqual([
      [10, 11, 'control-character', 'U+0001'],
      [11, 4, 'bidi-control', 'U+202E'],
      [12, 1, 'control-character', 'U+001F'],
      [12, 11, 'bidi-control', 'U+2066'],
    ]);
    expect(check(article(valid, 'Fine: &#x9; &#10; &#13; &#32; &#xA0; &#8206; &#x200F; &amp; &#x2070;\n')).problems).toEqual([]);
  });

  it('reports a mention that gives its id or its stance twice, as the parser would keep only the last', () => {
    const body = [
      ':claim[one]{#bridge-closed #bridge-open} and :claim[two]{#bridge-closed id=bridge-open}',
      ':claim[three [sic]]{#bridge-closed stance=quotes stance="disputes"}',
      ':claim[four \\[sic]{#bridge-closed #bridge-open}',
      ':claim[five]{#bridge-closed stance=quotes title="#not-an-id stance=x"}',
    ].join('\n');
    const problems = check(article(valid, `${body}\n`)).problems.filter((p) => p.code === 'mention-repeated-attribute');
    expect(problems.map((p) => [p.line, p.column, /gives (.*) more than once/.exec(p.message)?.[1]])).toEqual([
      [10, 1, 'its claim id (#…)'],
      [10, 46, 'its claim id (#…)'],
      [11, 1, '"stance"'],
      [12, 1, 'its claim id (#…)'],
    ]);
    expect(check(article(valid, ':claim[six [sic]]{#bridge-closed stance=quotes}.\n')).problems).toEqual([]);
  });

  it('reports a YAML error once, at its line, and checks the mentions in the body all the same', () => {
    const text = article(`${valid}byline: "Kari\n`, ':claim[]{#x}\n');
    expect(messages(text)).toMatchInlineSnapshot(`
      "content/articles/report.md:8:9  YAML cannot read this: a quotation mark opened here is never closed. Close it, or put the whole value in double quotes and write any double quote inside it as \\". [yaml-syntax]
      content/articles/report.md:11:1  This claim mention has an empty span. Put the article's exact words between the brackets: :claim[exact words]{#claim-id}. In: :claim[]{#x} [mention-empty]"
    `);
  });

  it('reads directive-like text (10:30, 3:1, host:8080) as text, not as mentions', () => {
    const facts = check(article(valid, 'At 10:30 the vote went 3:1; the map is on host:8080 and :claim[x]{#bridge-closed}.\n'));
    expect(facts.problems).toEqual([]);
    expect(facts.mentions.map((m) => m.claim)).toEqual(['bridge-closed']);
  });

  it('keeps directive-like text inside a span, as the site renders it', () => {
    const facts = check(article(valid, ':claim[closed from 07:00 on host:8080]{#bridge-closed}\n'));
    expect(facts.mentions.map((m) => m.text)).toEqual(['closed from 07:00 on host:8080']);
  });

  it('reports a binary file and a file that is not UTF-8 where the first bad byte is', () => {
    expect(messages(Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00]))).toMatchInlineSnapshot(
      `"content/articles/report.md:2:1  This is a binary file (it contains a NUL byte here), not a text record. Only Markdown (.md) and YAML (.yaml) records belong in content/: move this file out. [binary-file]"`,
    );
    expect(messages(Buffer.from('---\nheadline: Caf\xe9\n', 'latin1'))).toMatchInlineSnapshot(
      `"content/articles/report.md:2:14  This file is not UTF-8 text: the byte 0xE9 here cannot be read. Save the file with the UTF-8 encoding (an editor's "Save with encoding" or "Reopen with encoding" command does it). [not-utf8]"`,
    );
  });

  it('collects aliases and the archive name with their places', () => {
    const facts = check(article(`${valid}aliases:\n  - old-report\narchive: report.txt\n`));
    expect(facts.aliases).toEqual([{ alias: 'old-report', line: 9, column: 5 }]);
    expect(facts.archive).toEqual({ name: 'report.txt', line: 10, column: 1 });
  });

  it('collects the aliases of an outlet and of an entity, as of any record with a page', () => {
    expect(check('name: Wire\naliases:\n  - old-wire\n', 'outlets', 'wire').aliases).toEqual([{ alias: 'old-wire', line: 3, column: 5 }]);
    const entity = check('name: Ines Alvarez\nkind: person\naliases:\n  - mayor-alvarez\n', 'entities', 'ines-alvarez');
    expect(entity.problems).toEqual([]);
    expect(entity.aliases).toEqual([{ alias: 'mayor-alvarez', line: 4, column: 5 }]);
  });

  it('collects the links of a body that lead to pages of this site, with their places', () => {
    const body = 'See [the claim](/claims/bridge-shut/), [a site](https://x.example/), [below](#notes),\n[the story][s] and <https://y.example/>.\n\n[s]: ../../stories/closure/\n';
    expect(check(article(valid, body)).links).toEqual([
      { url: '/claims/bridge-shut/', line: 10, column: 5 },
      { url: '../../stories/closure/', line: 13, column: 1 },
    ]);
  });

  it('reports an id too long to be a file or a folder of the site (an alias would fail the build with ENAMETOOLONG), at its place', () => {
    const long = `old-${'report-'.repeat(40)}x`;
    expect(messages(article(`${valid}aliases:\n  - ${'a'.repeat(121)}\n  - ${long}\n  - ${'b'.repeat(120)}\n`))).toMatchInlineSnapshot(`
      "content/articles/report.md:9:5  aliases (item 1): expected lowercase words joined by hyphens, at most 120 characters, as in pause-is-unilateral, found "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…". Did you mean "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"? [bad-format]
      content/articles/report.md:10:5  aliases (item 2): expected lowercase words joined by hyphens, at most 120 characters, as in pause-is-unilateral, found "old-report-report-report-report-report-report-report-report…". Did you mean "old-report-report-report-report-report-report-report-report-report-report-report-report-report-report-report-report"? [bad-format]"
    `);
  });

  it('never throws, whatever it is given', () => {
    for (const text of ['', '---', '---\n---\n', '---\n: x\n---\n', '---\n- a\n---\n', '---\n*a\n---\n', '\uFEFF', '---\n&a [*a]\n---\n']) {
      expect(() => check(text)).not.toThrow();
      expect(check(text).problems.every((p) => p.line >= 1 && p.column >= 1)).toBe(true);
    }
  });
});

describe('dateProblem', () => {
  it.each([
    ['2026-06-04', undefined],
    ['2026-06-04T09:30:00Z', undefined],
    ['2026-06-04T09:30:00.250+02:00', undefined],
    ['2026-06-04 09:30:00 +02:00', undefined],
    ['2028-02-29', undefined],
    ['2026-02-29', 'calendar'],
    ['2026-13-01', 'calendar'],
    ['2026-06-04T24:00:00Z', 'calendar'],
    ['2026-06-04T09:30', 'no-offset'],
    ['2026-06', 'format'],
    ['4 June 2026', 'format'],
    ['2026/06/04', 'format'],
    ['20260604', 'format'],
  ])('reads %s as %s', (source, expected) => {
    expect(dateProblem(source)).toBe(expected);
  });
});

describe('fieldName', () => {
  it.each([
    [['headline'], 'headline'],
    [['verdict', 'rating'], 'verdict.rating'],
    [['aliases', 0], 'aliases (item 1)'],
  ] as const)('names %j as %s', (path, name) => {
    expect(fieldName(path)).toBe(name);
  });
});
