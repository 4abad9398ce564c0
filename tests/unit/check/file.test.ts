/**
 * checkFile: one record on its own. Every message an editor can see from a single file is pinned
 * here or in tests/build/check-bad.test.ts; these tests pin the places (line and column in the
 * file itself, frontmatter counted), with BOM and CRLF files, nested fields and list items.
 */
import { describe, expect, it, vi } from 'vitest';
import { checkFile, dateProblem, fieldName, MAX_FILE_BYTES, type FileInput } from '../../../src/check/file.ts';
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
      { claim: 'bridge-closed', stance: 'asserts', text: 'The bridge was closed', line: 10, column: 3, source: ':claim[The bridge was closed]{#bridge-closed}' },
    ]);
  });

  it('collects the month an article is placed in: its publication date’s as written, else the day it was added', () => {
    const month = (frontmatter: string) => {
      const facts = check(article(frontmatter));
      return [facts.month, facts.dated];
    };
    // 31 May at 23:30 in California is 1 June in UTC: its page shows it in May.
    expect(month(`${valid}published: 2026-05-31T23:30:00-07:00\n`)).toEqual(['2026-05', true]);
    expect(month(`${valid}published: "2026-04-30"\n`)).toEqual(['2026-04', true]);
    expect(month(valid)).toEqual(['2026-05', false]);
    expect(month(valid.replace('added: 2026-05-12', 'added: 2026-06-01T00:30:00+02:00'))).toEqual(['2026-06', false]);
    expect(month(valid.replace('added: 2026-05-12', 'added: 12 May 2026'))).toEqual([undefined, undefined]);
  });

  it('collects the month a story is placed in: its date’s as written (else its oldest article’s, which the corpus’s checks work out)', () => {
    const month = (frontmatter: string) => check(article(`title: The bridge closes\nsummary: The council closed it.\n${frontmatter}`, ''), 'stories', 'closure').month;
    expect(month('date: 2026-05-31T23:30:00-07:00\n')).toBe('2026-05');
    expect(month('date: "2026-04-30"\n')).toBe('2026-04');
    expect(month('')).toBeUndefined();
    expect(month('date: 2026-02-30\n')).toBeUndefined();
  });

  it('says which line is out of line when fields or list items are not lined up, and what follows a closed value, in words', () => {
    const yaml = (text: string) => check(text, 'outlets', 'wire').problems.map((p) => [p.line, p.column, p.code, /^YAML cannot read this: ([^.]*)/.exec(p.message)?.[1]]);
    expect(yaml('name: Wire\naliases:\n    - old-wire\n  - older-wire\n')).toEqual([[4, 3, 'yaml-syntax', 'this list item is not indented as the items above it are, so YAML cannot tell which list it belongs to']]);
    expect(yaml('\n# An outlet\n  name: Wire\ncountry: United Kingdom\n')).toEqual([[3, 1, 'yaml-syntax', 'the first field is indented, and the fields after it are not, so YAML cannot read them as one set of fields']]);
    expect(yaml('- name: Wire\ncountry: United Kingdom\n')[0]?.slice(0, 2)).toEqual([1, 1]);
    expect(yaml('- name: Wire\ncountry: United Kingdom\n')[0]?.[3]).toContain('the first field starts with "- ", as an item of a list');
    for (const text of ['name: "Wire" [UK]\n', 'name: "Wire""\n']) expect(yaml(text)[0]?.[3], text).toBe('more text follows a value that has already ended, such as words after its closing quotation mark');
    // A .yaml record closed as a Markdown record's fields are; a second record after the line is another mistake.
    for (const text of ['---\nname: Wire\n---\n', 'name: Wire\n---\n# end\n']) expect(yaml(text)[0]?.[3], text).toBe('a line of three hyphens (---) follows the fields, and YAML reads it as the start of another record');
    expect(formatProblems(check('name: Wire\n---\nname: Gazette\n', 'outlets', 'wire').problems)).toContain('a line of three hyphens (---) or three dots (...) ends the fields, and more follow it');
    expect(yaml('name: Wire\n...\n')).toEqual([]);
  });

  it('says of fields pasted from a word processor what YAML cannot read, at the character: a no-break space after the colon, a dash or a bullet for a list item\'s hyphen', () => {
    const found = (text: string, collection: FileInput['collection'] = 'outlets') =>
      check(text, collection, 'wire').problems.map((p) => [p.line, p.column, p.code, /^YAML cannot read this: (.*?)\. (?:Replace|Start)/.exec(p.message)?.[1]]);
    // On any line, the first, the last or the only one, and a narrow no-break space (French typography) too.
    for (const [text, line] of [['name:\u00a0Wire\n', 1], ['name:\u00a0Wire\ncountry: UK\n', 1], ['name: Wire\ncountry:\u00a0UK\nurl: https://wire.example.org\n', 2], ['name: Wire\ncountry:\u00a0UK\n', 2]] as const) {
      expect(found(text), JSON.stringify(text)).toEqual([[line, line === 1 ? 6 : 9, 'yaml-syntax', `the space after "${line === 1 ? 'name' : 'country'}:" is a no-break space (U+00A0), as a word processor puts after a colon, so YAML does not read the line as a field`]]);
    }
    expect(found(article(valid.replace('kind: report', 'kind:\u202freport')), 'articles')[0]?.slice(0, 3)).toEqual([6, 6, 'yaml-syntax']);
    // In a text, such a space is the text's: another mistake further down is the one reported.
    expect(found('name: Wire\ndescription: >-\n  Note:\u00a0a wire.\n  More.\ncountry: UK\n\tx: 1\n').map((p) => p.slice(0, 3))).toEqual([[6, 1, 'yaml-syntax']]);
    // List items: all of them (one text to YAML), the first of a list of hyphens, one among them (YAML stops there), a bullet, an em dash.
    const items = (list: string) => found(article(`${valid}entities:\n${list}`), 'articles');
    const dash = (char: string, name: string, more = '') => `this list item starts with "${char}" (${name}), not a hyphen, as a word processor writes "- ", so YAML does not read the line as an item of the list${more}`;
    expect(items('  \u2013 harbour-council\n  \u2013 harbour-bridge\n  \u2013 ines-alvarez\n')).toEqual([[9, 3, 'yaml-syntax', dash('\u2013', 'an en dash, U+2013', ', nor the 2 lines below it that start so too')]]);
    expect(items('  \u2013 harbour-council\n  - harbour-bridge\n')).toEqual([[9, 3, 'yaml-syntax', dash('\u2013', 'an en dash, U+2013')]]);
    expect(items('  - harbour-council\n  \u2013 harbour-bridge\n  - ines-alvarez\n')).toEqual([[10, 3, 'yaml-syntax', dash('\u2013', 'an en dash, U+2013')]]);
    expect(items('  \u2022 harbour-council\n')).toEqual([[9, 3, 'yaml-syntax', dash('\u2022', 'a bullet, U+2022')]]);
    expect(items('- harbour-council\n\u2014 harbour-bridge\n')).toEqual([[10, 1, 'yaml-syntax', dash('\u2014', 'an em dash, U+2014')]]);
    // A value with a colon between curly quotation marks, which YAML does not read as quotation marks.
    const curly = (headline: string) => check(article(valid.replace('headline: Bridge closed', `headline: ${headline}`))).problems.map((p) => [p.line, p.column, p.code, p.message]);
    expect(curly('\u201cThe council: closed\u201d')).toEqual([
      [2, 11, 'yaml-syntax', 'YAML cannot read this: a value contains a colon followed by a space, which YAML reads as the start of another field, and its quotation marks, \u201c and \u201d, are a word processor\'s curly ones, which YAML does not read as quotation marks. Type them as straight double quotes, with a backslash before any double quote inside: headline: "The council: closed".'],
    ]);
    expect(curly('\u201eDer Rat: "zu"\u201c')[0]?.[3]).toContain('its quotation marks, \u201e and \u201c, are a word processor\'s curly ones, which YAML does not read as quotation marks. Type them as straight double quotes, with a backslash before any double quote inside: headline: "Der Rat: \\"zu\\"".');
    // Curly quotation marks that are part of the text are not said to be meant as YAML's.
    expect(curly('\u201cClosed\u201d: the council')[0]?.[3]).toContain('A value that contains ": " must be put in double quotes');
    // A dash that starts a line of a text is the text's.
    expect(found(article(valid.replace('summary: The wire reports it.', 'summary: >-\n  The wire reports it:\n  \u2013 first the closure,\n  \u2013 then the repairs.')), 'articles')).toEqual([]);
    expect(found('name: Wire\ndescription: "A wire: \u00a0news"\n')).toEqual([]);
  });

  it('says of a value between a curly and a straight quotation mark that both would be published, at the value, with both ways to write it', () => {
    const headline = (text: string) => check(article(valid.replace('headline: Bridge closed', `headline: ${text}`))).problems.map((p) => [p.line, p.column, p.code, p.message]);
    expect(headline('\u201cPause now"')).toEqual([
      [2, 11, 'mixed-quotes', 'The field headline starts with a curly quotation mark (\u201c) and ends with a straight one ("), so YAML reads neither as quoting the value: both would be published as part of the text, as typed: \u201cPause now". If the marks belong to the text (a quotation), write both curly: \u201cPause now\u201d; if they were to quote the value, write both straight, "Pause now", or leave them out.'],
    ]);
    // German and single marks; a statement and a story's title too.
    expect(headline('\u201eDer Rat schlie\u00dft"')[0]?.[3]).toContain('write both curly: \u201eDer Rat schlie\u00dft\u201c;');
    expect(headline("\u2018Pause now'").map((p) => p.slice(0, 3))).toEqual([[2, 11, 'mixed-quotes']]);
    expect(check('---\nstatement: \u201cThe bridge is closed."\nstory: closure\nkind: fact\n---\n', 'claims', 'closed').problems.map((p) => [p.line, p.column, p.code])).toEqual([[2, 12, 'mixed-quotes']]);
    // Straight then curly: YAML reads on past the line, and the message says why.
    expect(headline('"Pause now\u201d')).toEqual([
      [2, 11, 'yaml-syntax', 'YAML cannot read this: a quotation mark opened here is never closed: the line ends with \u201d, a curly quotation mark, which YAML does not read as closing the straight ". Write both marks straight, "Pause now", or, if the quotation marks belong to the text, both curly, as YAML keeps them: \u201cPause now\u201d.'],
    ]);
    // Marks that are the text's: both curly, a quotation and more, a straight mark inside, an elision's apostrophe.
    for (const fine of ['\u201cPause now\u201d', '\u201cPause" now, says firm', '\u201cIt is a "pause"', '\u2019Tis the season for the players\'', 'Pause now"']) expect(headline(fine), fine).toEqual([]);
  });

  it('says of a stray line with no colon before a field that it has none, not that a field name runs over lines', () => {
    const yaml = (text: string) => check(text, 'outlets', 'wire').problems.map((p) => [p.line, p.column, /^YAML cannot read this: ([^,.]*)/.exec(p.message)?.[1]]);
    // YAML reads such a line as the start of a name that runs on into the field's: `Note --- country`.
    for (const stray of ['Note---', '\uFFFD---', 'And :claim[the rest of it\n\nAnd :claim[more']) {
      expect(yaml(`name: Wire\n${stray}\ncountry: UK\n`), stray).toEqual([[2, 1, 'this line has no colon after a field name']]);
    }
    // A quoted name that does run over two lines is one.
    expect(yaml('"name\n  x": Wire\n')).toEqual([[1, 1, 'a field name runs over more than one line']]);
  });

  it('reads yes, no, on and off as words, as YAML 1.2 does: as text in a name or a country, and with the value to write where true or false is expected', () => {
    expect(check('name: No\ncountry: NO\nowner: off\n', 'outlets', 'wire').problems).toEqual([]);
    // Under a %YAML 1.1 directive too: js-yaml, Astro's reader, keeps YAML 1.2's core schema.
    expect(check('%YAML 1.1\n---\nname: No\ncountry: no\n', 'outlets', 'wire').problems).toEqual([]);
    const unidentified = (written: string) => /Write (unidentified: [^;]*);/.exec(formatProblems(check(`name: Forum\nunidentified: ${written}\n`, 'outlets', 'wire').problems))?.[1];
    expect(['yes', 'On', 'no', 'OFF', '"true"', "'false'", 'maybe', 'constructor'].map(unidentified)).toEqual(['unidentified: true', 'unidentified: true', 'unidentified: false', 'unidentified: false', 'unidentified: true', 'unidentified: false', undefined, undefined]);
  });

  it('reports a field named as a property every object has (constructor, toString, __proto__) as any unknown field', () => {
    for (const collection of ['articles', 'claims', 'stories'] as const) {
      const fields = { articles: valid, claims: 'statement: The bridge closed.\nstory: closure\nkind: fact\n', stories: 'title: Closure\nsummary: The bridge closed.\n' }[collection];
      const text = `---\n${fields}constructor: x\ntoString: y\n__proto__: z\n---\n\nText.\n`;
      for (const p of check(text, collection).problems.filter((p) => p.code === 'unknown-field')) expect(p.message, `${collection}: ${p.message}`).toMatch(/^Unknown field "\w+" in an? \w+\. Remove it, or use one of: /);
      expect(check(text, collection).problems.filter((p) => p.code === 'unknown-field')).toHaveLength(3);
    }
  });

  it('reports a second set of fields at the top of a body, at its first --- line, and not a body that starts with a rule', () => {
    const problems = (body: string) => check(article(valid, body)).problems.map((p) => [p.line, p.column, p.code]);
    expect(problems('\n---\nbyline: Kari\npublished: 2026-05-11\n---\n\nText.\n')).toEqual([[11, 1, 'fields-in-body']]);
    expect(messages(article(valid, '---\nbyline: Kari\n---\n'))).toContain('follows the first (byline), but only the first set is read');
    for (const body of ['---\n\nText: with a colon.\n\n---\n', '---\n\nA rule, then text.\n', 'Text.\n\n---\nbyline: Kari\n---\n']) expect(problems(body), body).toEqual([]);
  });

  it('reports a stray --- among the fields, which closes them early, at that line, and not the fields after it as missing', () => {
    const said = (text: string, collection: FileInput['collection'] = 'articles') => check(text, collection).problems.map((p) => [p.line, p.column, p.code, p.message]);
    // Before the last field, an optional one: it was read as the body, with no problem at all.
    expect(said(`---\n${valid}---\nvia: gazette-report\n---\n\nText.\n`)).toEqual([
      [8, 1, 'fields-in-body', 'This line of three hyphens closes the fields, but fields follow it up to the --- on line 10 (via), and they are not read: they would be published as the start of the body, the last as a heading. Remove this line, so that the fields run on to the --- on line 10.'],
    ]);
    // Before required fields: said once, not also as missing fields.
    expect(said('---\nstatement: The bridge closed.\n---\nstory: closure\nkind: fact\n---\n', 'claims').map((p) => p.slice(0, 3))).toEqual([[3, 1, 'fields-in-body']]);
    // The opening line written twice: not a record without fields.
    expect(said('---\n---\nstatement: The bridge closed.\nstory: closure\nkind: fact\n---\n', 'claims')).toEqual([
      [2, 1, 'fields-in-body', 'This line of three hyphens closes the fields right after the --- line that opens them, but fields follow it up to the --- on line 6 (statement, story and kind), and they are not read: they would be published as the start of the body, the last as a heading. Remove this line, so that the fields run on to the --- on line 6.'],
    ]);
    // A body that starts with text, or a rule, or words with a colon that name no field, is a body.
    for (const body of ['Text: with a colon.\n---\n', 'kind: of a report, it says.\n\nMore text.\n\n---\n', '---\n\nText.\n']) expect(said(`---\n${valid}---\n${body}`), body).toEqual([]);
  });

  it('says of a stance written as an article’s or a claim’s field that each mention gives its own', () => {
    expect(messages(article(`${valid}stance: quotes\n`))).toContain('Unknown field "stance" in an article: an article\'s stance is given claim by claim, in each mention of its body');
    expect(messages('---\nstatement: The bridge closed.\nstory: closure\nkind: fact\nstance: disputes\n---\n', 'claims')).toContain('Unknown field "stance" in a claim: a claim has no stance of its own');
  });

  it('says which date a near miss of one was meant to be, only when its order is certain', () => {
    const meant = (written: string) => /Did you mean (.*?)\?/.exec(messages(article(`${valid}published: ${written}\n`.replace('added: 2026-05-12', 'added: 2026-07-01'))))?.[1];
    expect(meant('2026-06-05T10:00:00+0200')).toBe('2026-06-05T10:00:00+02:00');
    expect(meant('2026-06-05T10:00:00-05')).toBe('2026-06-05T10:00:00-05:00');
    expect(meant('2026/6/5')).toBe('2026-06-05');
    expect(meant('2026.06.05')).toBe('2026-06-05');
    expect(meant('20260605')).toBe('2026-06-05');
    // Dashes for hyphens, as a word processor writes them, which look the same: said, and named.
    expect(meant('2026\u201306\u201305')).toBe('2026-06-05');
    expect(meant('2026-06-05T10:00:00\u221205:00')).toBe('2026-06-05T10:00:00-05:00');
    expect(messages(article(valid.replace('added: 2026-05-12', 'added: 2026\u201305\u201312')))).toContain('found "2026\u201305\u201312". Did you mean 2026-05-12? Its "\u2013" (U+2013) is a dash, not a hyphen, as a word processor puts for one: type the hyphens again.');
    for (const unsure of ['05/06/2026', '2026/13/05', '2026065', '2026-06-05T10:00:00+2500', 'June 5, 2026']) expect(meant(unsure), unsure).toBeUndefined();
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

  it('reports a carriage return alone once, at the first, and places the other problems as with line feeds', () => {
    const text = article(`${valid}bylin: Kari\n`, 'Text.\n\nMore :claim[x]{#y stance=assert}.\n');
    const lf = check(text).problems;
    for (const cr of [text.replaceAll('\n', '\r'), `\uFEFF${text.replaceAll('\n', '\r\n').replace('Text.\r\n', 'Text.\r')}`]) {
      const problems = check(Buffer.from(cr, 'utf8')).problems;
      expect(problems.filter((p) => p.code !== 'lone-carriage-return')).toEqual(lf);
      expect(problems.filter((p) => p.code === 'lone-carriage-return').map((p) => [p.line, p.column])).toEqual([cr.startsWith('---\r') ? [1, 4] : [11, 6]]);
    }
    expect(check(Buffer.from(text.replaceAll('\n', '\r\n'), 'utf8')).problems).toEqual(lf);
  });

  it('does not read a file of more than a megabyte, in bytes', () => {
    const record = article(valid, 'Text.\n');
    const pad = (bytes: number, char: string) => `${record}${char.repeat(Math.floor((bytes - Buffer.byteLength(record)) / Buffer.byteLength(char)))}`;
    expect(check(Buffer.from(pad(MAX_FILE_BYTES, 'a'))).problems).toEqual([]);
    // Fewer characters than the limit, but more bytes: é is two in UTF-8.
    const large = check(Buffer.from(`${pad(MAX_FILE_BYTES, 'é')}éé`));
    expect(large.problems.map((p) => [p.line, p.column, p.code])).toEqual([[1, 1, 'file-too-large']]);
    expect(large.problems[0]!.message).toMatch(/^This file holds 1,000,00\d bytes, more than the 1,000,000 \(1 MB\) a record may hold, so it is not read\./);
    expect(large.mentions).toEqual([]);
    expect(check(pad(2_500_000, 'a')).problems[0]!.message).toMatch(/^This file holds 2,500,000 bytes/);
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
      "content/articles/report.md:2:1  headline: expected text, found a list. headline takes one value, not a list: write the one meant after the colon, without brackets or "- " (brackets that belong to the text go inside double quotes: "[Analysis] …"). [wrong-type]
      content/articles/report.md:7:1  added: expected a date written as YYYY-MM-DD (a time and offset may follow, as in 2026-06-04T09:30:00Z), found true. [bad-date]
      content/articles/report.md:8:1  Unknown field "unidentified" in an article. Remove it, or use one of: headline, outlet, url, published, byline, language, story, summary, kind, added, via, entities, aliases, archive. [unknown-field]"
    `);
  });

  it('says that a value after the colon and indented "- " lines below it are one text to YAML, not a list, at the value or at the first "- "', () => {
    const listField = check(article(`${valid}entities: harbour-council\n  - harbour-port\n  - harbour-wire\n`));
    expect(listField.problems.map((p) => [p.line, p.column, p.code])).toEqual([[8, 11, 'wrong-type']]);
    expect(listField.problems[0]!.message).toBe(
      'entities: expected a list of entity ids, found "harbour-council" after the colon and a list below it: YAML reads the two as one text, "harbour-council - harbour-port - harbour-wire", and no list. Leave nothing after entities: and write each item on its own line below it, starting with "- ".',
    );
    // A text, a reference and a value from a list take one value: the "- " line is more of it, silently, without the check.
    const one = check(article(valid.replace('outlet: wire\n', 'outlet: wire\n  - gazette\n').replace('kind: report\n', 'kind: report\n  - analysis\n').replace('headline: Bridge closed\n', 'headline: Bridge closed\n  - for repairs\n')));
    expect(one.problems.map((p) => [p.line, p.column, p.code, /^(\w+): expected (.+?), found "([^"]+)" and below it/.exec(p.message)?.slice(1)])).toEqual([
      [3, 3, 'wrong-type', ['headline', 'text', 'Bridge closed']],
      [5, 3, 'wrong-type', ['outlet', 'an outlet id', 'wire']],
      [9, 3, 'wrong-type', ['kind', 'one of report, analysis, opinion, aggregate, press-release', 'report']],
    ]);
    expect(one.refs.map((r) => r.field)).toEqual(['story']);
    expect(one.problems[0]!.message).toContain('YAML reads that line as more of the text, "Bridge closed - for repairs", not as a list. headline holds one value: remove the "- " lines, or, if the hyphen belongs to the text, put the whole value in double quotes.');
    // In a YAML record, in CRLF, and in an item of a list.
    const outlet = check(Buffer.from('name: Harbour Wire\r\n  - Harbour Gazette\r\n'), 'outlets');
    expect(outlet.problems.map((p) => [p.line, p.column, p.code])).toEqual([[2, 3, 'wrong-type']]);
    expect(outlet.problems[0]!.message).toContain('"Harbour Wire - Harbour Gazette"');
    const item = check('name: Pentagon\nkind: organisation\nnames:\n  - the Pentagon\n    - DoD\n', 'entities');
    expect(item.problems.map((p) => [p.line, p.column, p.message.slice(0, 40)])).toEqual([[5, 5, 'names (item 1): expected text, found "th']]);
    // Text that continues on a line of its own, or a hyphen inside the line, is text.
    expect(check(article(`${valid.replace('summary: The wire reports it.\n', 'summary: The wire reports it,\n  with a quote - and a dash.\n')}`)).problems).toEqual([]);
  });

  it('reports a value too long to show at its field, with the limit, and takes one as long as the limit', () => {
    const long = (n: number) => 'w'.repeat(n);
    const text = article(valid.replace('headline: Bridge closed', `headline: ${long(200_000)}`).replace('summary: The wire reports it.', `summary: >-\n  ${long(2001)}`) + `byline: ${long(500)}\nurl: https://wire.example.org/${long(2100)}\nlanguage: en${'-abc'.repeat(9)}\n`);
    expect(check(text).problems.map((p) => [p.line, p.column, p.code, p.message.slice(0, p.message.indexOf(':'))])).toEqual([
      [2, 1, 'too-long', 'headline is 200,000 characters long, more than the 500 it may hold'],
      [5, 1, 'too-long', 'summary is 2,001 characters long, more than the 2,000 it may hold'],
      [10, 1, 'too-long', 'url is 2,125 characters long, more than the 2,048 it may hold'],
      [11, 1, 'too-long', 'language is 38 characters long, more than the 35 it may hold'],
    ]);
    expect(messages(text).split('\n')[0]).toContain('it is shown whole wherever the record is listed, and in page titles and link previews. Shorten it;');
    const claim = `---\nstatement: ${long(1001)}\nstory: closure\nkind: fact\n---\n`;
    expect(check(claim, 'claims').problems.map((p) => [p.line, p.column, p.code])).toEqual([[2, 1, 'too-long']]);
    expect(check(claim.replace(long(1001), long(1000)), 'claims').problems).toEqual([]);
    const entity = `name: N\nkind: person\nnames:\n  - ok\n  - ${long(501)}\n`;
    expect(messages(entity, 'entities')).toContain('content/entities/report.yaml:5:5  names (item 2) is 501 characters long');
  });

  it('reports a required field written misspelt once, as the unknown field that names it, not also as missing', () => {
    const text = article(valid.replace('headline:', 'Headline:').replace('story:', 'stroy:'));
    expect(messages(text)).toMatchInlineSnapshot(`
      "content/articles/report.md:2:1  Unknown field "Headline" in an article. Did you mean "headline"? [unknown-field]
      content/articles/report.md:4:1  Unknown field "stroy" in an article. Did you mean "story"? [unknown-field]"
    `);
    const claim = '---\nstatement: S.\nstory: closure\nkind: fact\nverdict:\n  Rating: mixed\n  summary: Why.\n---\n';
    expect(check(claim, 'claims').problems.map((p) => [p.line, p.column, p.code])).toEqual([[6, 3, 'unknown-field']]);
    // A misspelt field beside the field itself: the other is unknown, and nothing is missing.
    expect(check(article(`${valid}headlin: Again\n`)).problems.map((p) => p.code)).toEqual(['unknown-field']);
  });

  it('reports an item listed twice in a list of references or names, at the second, but not an alias (reported with the aliases)', () => {
    const claim = '---\nstatement: S.\nstory: closure\nkind: fact\nentities:\n  - mayor\n  - council\n  - mayor\ncontradicts: [a, b, a, a]\naliases: [old, old]\n---\n';
    expect(check(claim, 'claims').problems.map((p) => [p.line, p.column, p.code, p.message.slice(0, p.message.indexOf('.'))])).toEqual([
      [8, 5, 'repeated-item', 'entities (item 3): "mayor" is already item 1 of this list'],
      [9, 21, 'repeated-item', 'contradicts (item 3): "a" is already item 1 of this list'],
      [9, 24, 'repeated-item', 'contradicts (item 4): "a" is already item 1 of this list'],
    ]);
    expect(check('name: Harbour Bridge\nkind: place\nnames: [the bridge, the Bridge, the bridge]\n', 'entities').problems.map((p) => [p.line, p.column, p.code])).toEqual([[3, 33, 'repeated-item']]);
  });

  it('reports text that holds only spaces or invisible characters as empty, at its field', () => {
    const text = article(valid.replace('headline: Bridge closed', 'headline: " "').replace('summary: The wire reports it.', 'summary: "\\u200B\\u00A0"') + 'byline: "\\t"\n');
    expect(messages(text)).toMatchInlineSnapshot(`
      "content/articles/report.md:2:1  headline holds only spaces or invisible characters, so a reader would see nothing there: expected text. Fill it in. [empty-value]
      content/articles/report.md:5:1  summary holds only spaces or invisible characters, so a reader would see nothing there: expected text. Fill it in. [empty-value]
      content/articles/report.md:8:1  byline holds only spaces or invisible characters, so a reader would see nothing there: expected text. Fill it in, or remove the line: the field is optional. [empty-value]"
    `);
    expect(check('name: "\\uFEFF"\nkind: place\nnames: [" ", ok]\n', 'entities').problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [1, 1, 'empty-value'],
      [3, 9, 'empty-value'],
    ]);
    expect(check(article(valid.replace('headline: Bridge closed', 'headline: " Bridge  closed "'))).problems).toEqual([]);
  });

  it('suggests the language tag meant by one in capitals or with an underscore', () => {
    const tagged = (tag: string) => messages(article(`${valid}language: ${tag}\n`));
    expect(tagged('EN')).toBe('content/articles/report.md:8:1  language: expected a language tag such as en or en-GB, found "EN". Did you mean "en"? [bad-format]');
    expect(tagged('en_gb')).toContain('Did you mean "en-GB"?');
    expect(tagged('English')).not.toContain('Did you mean');
  });

  it('refuses a language tag that names no language of the registry, with the tag it replaced where it names one', () => {
    const tagged = (tag: string) => check(article(`${valid}language: ${tag}\n`)).problems.map((p) => [p.line, p.column, p.code, p.message.match(/Did you mean "([^"]+)"/)?.[1]]);
    expect(tagged('xx')).toEqual([[8, 1, 'unknown-language', undefined]]);
    expect(tagged('en-a1')).toEqual([[8, 1, 'unknown-language', undefined]]);
    expect(tagged('en-UK')).toEqual([[8, 1, 'unknown-language', 'en-GB']]);
    expect(tagged('iw')).toEqual([[8, 1, 'unknown-language', 'he']]);
    expect(tagged('zh-min-nan')).toEqual([[8, 1, 'unknown-language', 'nan']]);
    expect(tagged('es-ES-ES')).toEqual([[8, 1, 'unknown-language', undefined]]);
    expect(messages(article(`${valid}language: xx\n`))).toBe(
      'content/articles/report.md:8:1  language: "xx" is written like a language tag, but the IANA registry has no language \'xx\', so browsers, screen readers and the HTML checker cannot tell the original\'s language. Write the tag of its language, such as en, fr, ar or pt-BR. [unknown-language]',
    );
    // Registered tags, with a script, a region, a variant, an extension or a private use: and a script the language is written in anyway.
    for (const good of ['en', 'pt-BR', 'zh-Hant-TW', 'de-CH-1996', 'ja-JP-u-ca-japanese', 'en-US-x-twain', 'es-419', 'yue', 'en-Latn', 'qaa', 'qtz-CH']) expect(tagged(good), good).toEqual([]);
    // Not a tag at all: one problem, of the form.
    expect(tagged('English')).toEqual([[8, 1, 'bad-format', undefined]]);
  });

  it('suggests our value for another scale\'s word for it, which is no typo of it: rating false, kind news', () => {
    const rated = (rating: string) => messages(`---\nstatement: S.\nstory: closure\nkind: fact\nverdict:\n  rating: ${rating}\n  summary: Why.\n---\n`, 'claims');
    expect(rated('false')).toBe('content/claims/report.md:6:3  verdict.rating: expected one of accurate, mostly-accurate, mixed, misleading, inaccurate, unverifiable, found false. Did you mean "inaccurate"? [bad-value]');
    expect(rated('true')).toContain('Did you mean "accurate"?');
    expect(rated('Mostly True')).toContain('Did you mean "mostly-accurate"?');
    expect(rated('half_true')).toContain('Did you mean "mixed"?');
    expect(rated('Pants on Fire')).toContain('Did you mean "inaccurate"?');
    expect(rated('innacurate')).toContain('Did you mean "inaccurate"?');
    expect(rated('banana')).not.toContain('Did you mean');
    expect(messages(article(valid.replace('kind: report', 'kind: news')))).toContain('Did you mean "report"?');
    expect(messages(article(valid.replace('kind: report', 'kind: Op-Ed')))).toContain('Did you mean "opinion"?');
    // A word of one list is not suggested for another: a claim's kind is no article's.
    expect(messages('---\nstatement: S.\nstory: closure\nkind: news\n---\n', 'claims')).not.toContain('Did you mean "report"');
  });

  it('reports an address on the editor\'s own machine or network, which no reader can open', () => {
    const hosts = ['http://localhost:4321/articles/x/', 'https://intranet/news/1', 'http://192.168.1.20/a', 'http://10.0.0.5/', 'http://127.0.0.1:8080/', 'http://172.20.0.1/', 'https://[::1]/', 'https://news.local/x', 'https://preview.localhost/'];
    for (const url of hosts) {
      const problems = check(`name: Wire\nurl: ${url}\n`, 'outlets').problems;
      expect(problems.map((p) => [p.line, p.column, p.code]), url).toEqual([[2, 1, 'bad-url']]);
    }
    expect(messages('name: Wire\nurl: http://localhost:4321/articles/x/\n', 'outlets')).toBe(
      'content/outlets/report.yaml:2:1  url: "http://localhost:4321/articles/x/" leads to localhost:4321, on the editor\'s own computer or private network, where no reader can follow it. Write the public address the page has on the web. [bad-url]',
    );
    for (const url of ['https://wire.example.org/', 'https://8.8.8.8/', 'https://172.32.0.1/', 'https://valley-wire.example/']) {
      expect(check(`name: Wire\nurl: ${url}\n`, 'outlets').problems, url).toEqual([]);
    }
  });

  it('gives back an address written without its scheme with https:// before it, and nothing for other values', () => {
    const url = (value: string) => check(`name: Wire\nurl: ${value}\n`, 'outlets').problems.map((p) => /Did you mean (\S+)\? Copy the address/.exec(p.message)?.[1] ?? p.code);
    expect(url('www.wire.example.org/news?page=2')).toEqual(['https://www.wire.example.org/news?page=2']);
    expect(url('wire.example.org')).toEqual(['https://wire.example.org']);
    expect(url('wire.example.org:8443/a#b')).toEqual(['https://wire.example.org:8443/a#b']);
    for (const value of ['javascript:alert(1)', 'wire', '"the wire site"', 'ftp://wire.example.org/', 'mailto:desk@wire.example.org']) expect(url(value), value).toEqual(['bad-url']);
  });

  it('reports a date that YAML or zod would silently turn into another day', () => {
    // YAML rolls 2026-02-30 over to 1 March; zod turns an empty value into 1970 and a bare year into 1970 too.
    const text = article(`${valid}published: 2026-02-30\n`.replace('added: 2026-05-12', 'added: 2026'));
    expect(messages(text)).toMatchInlineSnapshot(`
      "content/articles/report.md:7:1  added: expected a date written as YYYY-MM-DD (a time and offset may follow, as in 2026-06-04T09:30:00Z), found 2026. [bad-date]
      content/articles/report.md:8:1  published: 2026-02-30 is not a day of the calendar. Check the day and the month. [bad-date]"
    `);
  });

  it('reports a publication date later than the date the article was added, whatever the time zones, at published', () => {
    const dated = (published: string, added: string) => check(article(valid.replace('added: 2026-05-12\n', `published: ${published}\nadded: ${added}\n`))).problems.map((p) => [p.line, p.column, p.code]);
    const later = [[7, 1, 'published-after-added']];
    expect(dated('2026-06-12', '2026-05-12')).toEqual(later);
    expect(dated('2027-05-12', '2026-05-12T23:00:00-07:00')).toEqual(later);
    expect(dated('2026-05-12T12:00:00Z', '2026-05-12T09:00:00Z')).toEqual(later);
    expect(dated('2026-05-15', '2026-05-12')).toEqual(later);
    // Days without a time may be two apart the wrong way round in the offsets clocks use (+14:00 and -12:00).
    expect(dated('2026-05-14', '2026-05-12')).toEqual([]);
    expect(dated('2026-05-13T01:00:00+14:00', '2026-05-12')).toEqual([]);
    expect(dated('2026-05-13T01:00:00+13:00', '2026-05-12T20:00:00-07:00')).toEqual([]);
    expect(dated('2026-05-12', '2026-05-12')).toEqual([]);
    // A date with a problem of its own is reported as such, and not compared.
    expect(dated('2026-13-12', '2026-05-12').map((p) => p[2])).toEqual(['bad-date']);
    expect(check(article(valid.replace('added: 2026-05-12\n', 'published: 2026-06-12\nadded: 2026-05-12\n'))).problems[0]!.message).toBe(
      'published: 2026-06-12 is later than added, 2026-05-12 (line 8), but an article is added to the corpus once it is out. One of the two is mistyped: published is when the outlet published it, added when it was recorded here. Correct the one that is wrong; if the day of publication is not known, leave published out.',
    );
  });

  it('reports a year before 1000, which YAML reads as 19xx below 0100, as a typing mistake', () => {
    const text = article(`${valid}published: 0026-06-03T10:00:00Z\n`.replace('added: 2026-05-12', 'added: 0202-05-12'));
    expect(messages(text)).toMatchInlineSnapshot(`
      "content/articles/report.md:7:1  added: 0202-05-12 has the year 0202, long before any news article: a typing mistake. Write the year in full, as in 2026. [bad-date]
      content/articles/report.md:8:1  published: 0026-06-03T10:00:00Z has the year 0026, long before any news article: a typing mistake, which YAML would read as 1926. Write the year in full, as in 2026. [bad-date]"
    `);
  });

  it('reports text cut short by a comment, at the #, and leaves comments after other values and quoted text alone', () => {
    const text = article(
      [
        'headline: Bridge closed #BreakingNews',
        'outlet: wire # the agency',
        'story: closure',
        'summary: "The wire\'s #1 story" # a note',
        'kind: report # not an analysis',
        'added: 2026-05-12 # the day we read it',
        'byline: Kari Nilsen\t# and agencies',
        'entities:',
        '  - harbour-council # the council',
        'archive: report.txt',
        '',
      ].join('\n'),
      'Text #1 in the body is text.\n',
    );
    const problems = check(text).problems;
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 25, 'comment-in-text'],
      [8, 21, 'comment-in-text'],
    ]);
    expect(problems[0]!.message).toBe(
      'The field headline stops before "#BreakingNews": YAML reads a # after a space as the start of a comment, so those words would be left out of the page. Put the whole value in double quotes, as in "Bridge closed #BreakingNews"; if it is a note for editors, move it to a line of its own.',
    );
    const names = check('name: Ines Alvarez\nkind: person\nnames:\n  - the mayor #mayor\n  - "the #1 official"\n', 'entities').problems;
    expect(names.map((p) => [p.line, p.column, p.code, p.message.slice(0, 46)])).toEqual([[4, 15, 'comment-in-text', 'The field names (item 1) stops before "#mayor"']]);
  });

  it('checks YAML records (outlets and entities) as whole files', () => {
    expect(messages('name: Wire\nunidentified: maybe\nurl: file:///etc/passwd\n', 'outlets')).toMatchInlineSnapshot(`
      "content/outlets/report.yaml:2:1  unidentified: expected true or false, found "maybe". [wrong-type]
      content/outlets/report.yaml:3:1  url: expected an http:// or https:// address, found "file:///etc/passwd". Only web addresses are published as links. [bad-url]"
    `);
  });

  it('reports a record of another collection in this one\'s folder once, by its fields, with where it goes, not each field as unknown', () => {
    expect(messages('statement: The bridge is closed.\nstory: closure\nkind: fact\n', 'outlets')).toBe(
      "content/outlets/report.yaml:1:1  This file's fields (statement, story, kind) are those of a claim, not of an outlet, so it is in the wrong folder: it would be checked and published as an outlet, or not at all. Move it to content/claims/report.md, its fields between two --- lines. [wrong-collection]",
    );
    expect(messages(article(valid), 'claims')).toContain('are those of an article, not of a claim, so it is in the wrong folder: it would be checked and published as a claim, or not at all. Move it to content/articles/report.md. [wrong-collection]');
    expect(messages('---\nname: Wire\nurl: https://wire.example.org\nowner: Wire Group\n---\n\nNotes.\n', 'stories')).toContain('Move it to content/outlets/report.yaml, its fields alone, without the --- lines and the body. [wrong-collection]');
    // A field of another collection in a record that is plainly of this one is an unknown field.
    expect(check('name: Wire\nurl: https://wire.example.org\nkind: organisation\n', 'outlets').problems.map((p) => p.code)).toEqual(['unknown-field']);
    expect(check(article(`${valid}statement: x\n`)).problems.map((p) => p.code)).toEqual(['unknown-field']);
  });

  it('says what a tagged value is: bytes from !!binary are not a group of fields', () => {
    expect(messages('name: !!binary aGVsbG8=\nurl: !<tag:yaml.org,2002:binary> aGVsbG8=\n', 'outlets')).toMatchInlineSnapshot(`
      "content/outlets/report.yaml:1:1  name: expected text, found binary data (a value tagged !!binary). [wrong-type]
      content/outlets/report.yaml:2:1  url: expected an http:// or https:// address, found binary data (a value tagged !!binary). [wrong-type]"
    `);
  });

  it('suggests this model\'s name for a field named as other tools name it, and says that a story\'s articles or an article\'s claims are no field', () => {
    const fields = (text: string, collection: FileInput['collection'] = 'articles') => check(text, collection).problems.map((p) => [p.line, p.code, p.message]);
    const articleWith = (extra: string) => article(valid.replace('headline: Bridge closed\n', '') + extra);
    expect(fields(articleWith('title: Bridge closed\nauthor: Kari\npubDate: 2026-05-11\nTags: [mayor]\n'))).toEqual([
      [7, 'unknown-field', 'Unknown field "title" in an article. Did you mean "headline"?'],
      [8, 'unknown-field', 'Unknown field "author" in an article. Did you mean "byline"?'],
      [9, 'unknown-field', 'Unknown field "pubDate" in an article. Did you mean "published"?'],
      [10, 'unknown-field', 'Unknown field "Tags" in an article. Did you mean "entities"?'],
    ]);
    // Beside the field it names, it is only unknown.
    expect(fields(article(`${valid}title: Bridge closed\n`))[0]![2]).toBe(
      'Unknown field "title" in an article. Remove it, or use one of: headline, outlet, url, published, byline, language, story, summary, kind, added, via, entities, aliases, archive.',
    );
    expect(fields('name: Pentagon\ntype: organisation\n', 'entities')[0]![2]).toBe('Unknown field "type" in an entity. Did you mean "kind"?');
    expect(fields(article(`${valid}claims:\n  - bridge-closed\n`))[0]![2]).toBe(
      'Unknown field "claims" in an article: an article\'s claims are the mentions in its body, each with the words that make the claim. Remove the line, and mark each claim in a passage of the body: :claim[exact words]{#claim-id}.',
    );
    expect(fields('---\ntitle: The bridge closes\nsummary: It closes.\narticles: [report]\nclaims: [bridge-closed]\n---\n', 'stories').map((p) => p[2])).toEqual([
      'Unknown field "articles" in a story: a story does not list its articles; each article names its story in its own story field. Remove the line, and set story in each article\'s file.',
      'Unknown field "claims" in a story: a story\'s claims are those its articles mention, and each claim names its story in its own story field. Remove the line.',
    ]);
  });

  it('says that a slug or id field is not read, as the id is the file name, and which file name gives the id it names, never a field it resembles', () => {
    const claim = (extra: string) => check(`---\n${extra}statement: The bridge is closed.\nstory: closure\nkind: fact\n---\n`, 'claims', 'bridge-closed').problems;
    expect(formatProblems(claim('id: bridge-shut\n'))).toBe(
      'content/claims/bridge-closed.md:2:1  The field "id" is not used: a record\'s id is its file name, so this one\'s is "bridge-closed", not "bridge-shut". Remove the line; to give the record the id "bridge-shut", rename the file to bridge-shut.md (and, if it was published as "bridge-closed", add that to its aliases). [unknown-field]',
    );
    for (const extra of ['id: bridge-closed\n', 'id: Bridge Shut\n', 'id: 12\n']) {
      expect(formatProblems(claim(extra)), extra).toBe('content/claims/bridge-closed.md:2:1  The field "id" is not used: a record\'s id is its file name. Remove the line, and rename the file to change the id. [unknown-field]');
    }
    expect(check('name: Wire\nslug: harbour-wire\n', 'outlets', 'wire').problems[0]!.message).toContain('rename the file to harbour-wire.yaml');
    // A field of a group named id is an unknown field like any other.
    expect(claim('verdict:\n  rating: mixed\n  summary: Partly.\n  id: x\n')[0]!.message).toBe('Unknown field "id" in verdict. Remove it, or use one of: rating, summary, date.');
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
      '<!-- Not published at all: :claim[six]{#bridge-closed} -->',
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

  it('reports a mention in a link’s title, or a link definition’s, where it would be published as written', () => {
    const body = ['A [link](https://e.org "t :claim[one]{#bridge-closed}") and [ref][r], [fine](https://e.org "a:claim").', '', "[r]: https://e.org 'ref :claim[two]{#bridge-closed stance=quotes}'", ''].join('\n');
    expect(check(article(valid, body)).problems.map((p) => [p.line, p.column, p.code, /In: (.*)$/.exec(p.message)?.[1]])).toEqual([
      [10, 27, 'mention-not-read', ':claim[one]{#bridge-closed}'],
      [12, 25, 'mention-not-read', ':claim[two]{#bridge-closed stance=quotes}'],
    ]);
    expect(messages(article(valid, body))).toContain("This claim mention is in a link's title (the words in quotation marks after its address, which a browser shows as a tooltip)");
  });

  it('says why a written span or claim id was not read, in one problem: a space, a ] or } that Markdown does not find, nothing after :claim, a ] in the words, an id in parentheses, a span after the id', () => {
    const body = [
      'A :claim [space before the span]{#bridge-closed} and :claim[space before the id] {#bridge-closed}.',
      '',
      '| outlet | says |',
      '| --- | --- |',
      '| Wire | :claim[closed | shut]{#bridge-closed} |',
      '| Gazette | :claim[closed \\| shut]{#bridge-closed} |',
      '',
      'Unclosed :claim[span {#bridge-closed}, and :claim[words]{#bridge-closed unclosed.',
      '',
      'Alone: :claim, and :claim[no id].',
      '',
      'Unreadable :claim[a]{#} and :claim[b]{# bridge-closed} and :claim[c]{#bridge-closed stance=}.',
      '',
      'Early :claim[a ] b]{#bridge-closed}, and :claim[c] before :claim[d]{#bridge-closed}.',
      '',
      'Parentheses :claim[e](#bridge-closed) and :claim[f](/claims/bridge-closed/), a [link](/claims/bridge-closed/).',
      '',
      'Reversed :claim{#bridge-closed}[g] and :claim{#bridge-closed}.',
      '',
    ].join('\n');
    const problems = check(article(valid, body)).problems;
    expect(problems.map((p) => [p.line, p.column, p.code, /^This claim mention (is not read: a space|is not read: Markdown finds no \]|names no claim: a space|names no claim: Markdown finds no \}|names no claim: Markdown cannot read|names no claim\. Add|has an empty span: its \[span\] comes after its \{#…\}|has an empty span|has neither a span nor a claim id|names no claim: a \] in its words|names no claim: its id is in parentheses)/.exec(p.message)?.[1]])).toEqual([
      [10, 3, 'mention-missing-id', 'is not read: a space'],
      [10, 54, 'mention-missing-id', 'names no claim: a space'],
      [14, 10, 'mention-missing-id', 'is not read: Markdown finds no ]'],
      [17, 10, 'mention-missing-id', 'is not read: Markdown finds no ]'],
      [17, 44, 'mention-missing-id', 'names no claim: Markdown finds no }'],
      [19, 8, 'mention-missing-id', 'has neither a span nor a claim id'],
      [19, 20, 'mention-missing-id', 'names no claim. Add'],
      [21, 12, 'mention-missing-id', 'names no claim: Markdown cannot read'],
      [21, 29, 'mention-missing-id', 'names no claim: Markdown cannot read'],
      [21, 60, 'mention-missing-id', 'names no claim: Markdown cannot read'],
      [23, 7, 'mention-missing-id', 'names no claim: a ] in its words'],
      [23, 42, 'mention-missing-id', 'names no claim. Add'],
      [25, 13, 'mention-missing-id', 'names no claim: its id is in parentheses'],
      [25, 43, 'mention-missing-id', 'names no claim. Add'],
      [27, 10, 'mention-empty', 'has an empty span: its [span] comes after its {#…}'],
      [27, 40, 'mention-empty', 'has an empty span'],
    ]);
    expect(check(article(valid, body)).mentions.map((m) => m.text)).toEqual(['closed | shut', 'd']);
    // Attributes that cannot be read are shown up to their }, not with the rest of the line.
    expect(problems.slice(7, 10).map((p) => /In: (.*)$/.exec(p.message)?.[1])).toEqual([':claim[a]{#}', ':claim[b]{# bridge-closed}', ':claim[c]{#bridge-closed stance=}']);
    // To the site, `:claim[…](…)` is a mention followed by text, not a link: only the real link is one.
    expect(check(article(valid, body)).links).toEqual([{ url: '/claims/bridge-closed/', line: 25, column: 80 }]);
  });

  it('says that a claim id was not read for a no-break space between its braces or full-width braces, and counts the claim it names as named', () => {
    for (const [attributes, says] of [
      ['{#bridge-closed\u00a0stance=quotes}', 'a no-break space, or another space that is not an ordinary one (a word processor puts them), stands between its { and }'],
      ['{#bridge-closed\u202fstance=disputes}', 'a no-break space, or another space that is not an ordinary one (a word processor puts them), stands between its { and }'],
      ['\uFF5B#bridge-closed\uFF5D', 'its braces are full-width, \uFF5B and \uFF5D (U+FF5B, U+FF5D), as a Chinese or Japanese keyboard types them'],
    ] as const) {
      const facts = check(article(valid, `Text :claim[the bridge]${attributes}.\n`));
      expect(facts.problems.map((p) => [p.line, p.column, p.code]), attributes).toEqual([[10, 6, 'mention-missing-id']]);
      expect(facts.problems[0]!.message, attributes).toContain(`This claim mention names no claim: ${says}`);
      expect(facts.named, attributes).toEqual(['bridge-closed']);
    }
  });

  it('reports a claim mention written without its colon, or with another colon, which would be published as written', () => {
    const body = [
      'A claim[one]{#bridge-closed} and: claim[two]{#bridge-closed stance=quotes}, and \uFF1Aclaim[three *words*]{#bridge-closed}.',
      '',
      '> Claim[four]{id=bridge-closed}',
      '',
      'Left as text: claim[1] and claim[2]{.x}, reclaim[five]{#bridge-closed}, `claim[six]{#bridge-closed}`, a :claim[seven]{#bridge-closed}.',
      '',
      '<p>claim[eight]{#bridge-closed}</p>',
      '',
    ].join('\n');
    const problems = check(article(valid, body)).problems;
    expect(problems.map((p) => [p.line, p.column, p.code, /In: (.*)$/.exec(p.message)?.[1]])).toEqual([
      [10, 3, 'mention-not-read', 'claim[one]{#bridge-closed}'],
      [10, 35, 'mention-not-read', 'claim[two]{#bridge-closed stance=quotes}'],
      [10, 82, 'mention-not-read', 'claim[three *words*]{#bridge-closed}'],
      [12, 3, 'mention-not-read', 'Claim[four]{id=bridge-closed}'],
    ]);
    expect(problems[0]!.message).toContain('without a colon right before claim, so it would be published as it is written');
    expect(check(article(valid, 'A claim[1] and a claim of [two]{#x} words.\n')).problems).toEqual([]);
  });

  it('says what a mention whose id or stance is written as other attributes was meant to be, in one problem', () => {
    const body = [
      'A :claim[one]{#bridge-closed.md} and :claim[two]{#bridge closed stance=quotes} and :claim[three]{#bridge-closed disputes}.',
      '',
      'B :claim[four]{claim=bridge-closed} and :claim[five]{#bridge.closed} and :claim[six]{#claims/bridge-closed.md}.',
      '',
      'C :claim[seven]{#bridge-closed .highlight} and :claim[eight]{#bridge-closed style="color:red"}.',
      '',
    ].join('\n');
    const problems = check(article(valid, body)).problems;
    expect(problems.map((p) => [p.line, p.column, p.code, /Did you mean (\{.*?\}|".*?")\?/.exec(p.message)?.[1]])).toEqual([
      [10, 3, 'mention-unknown-attribute', '{#bridge-closed}'],
      [10, 58, 'mention-unknown-attribute', undefined],
      [10, 84, 'mention-unknown-attribute', '{#bridge-closed stance=disputes}'],
      [12, 3, 'mention-unknown-attribute', '{#bridge-closed}'],
      [12, 41, 'mention-unknown-attribute', '{#bridge-closed}'],
      [12, 74, 'mention-unknown-attribute', '{#bridge-closed}'],
      [14, 32, 'mention-unknown-attribute', undefined],
      [14, 77, 'mention-unknown-attribute', undefined],
    ]);
    expect(problems[0]!.message).toContain("so this one's claim id and stance are not read as written. Did you mean {#bridge-closed}? A claim id is one word after a #");
    expect(problems[6]!.message).toContain(': remove .highlight, and write {#bridge-closed}. A mention cannot add classes (.name, as Pandoc and kramdown write them)');
    expect(problems[7]!.message).toContain(': remove style="color:red", and write {#bridge-closed}.');
    // A stance written with a colon, as YAML writes a field.
    const colons = check(article(valid, 'E :claim[ten]{#bridge-closed stance: quotes} and :claim[eleven]{#bridge-closed stance:disputes}.\n')).problems;
    expect(colons.map((p) => /Did you mean (\{.*?\})\?/.exec(p.message)?.[1])).toEqual(['{#bridge-closed stance=quotes}', '{#bridge-closed stance=disputes}']);
    expect(messages(article(valid, 'D :claim[nine]{#claims/bridge-closed}.\n'))).toContain('"claims/bridge-closed" is not a claim id: ids are lowercase words joined by hyphens, at most 120 characters. Did you mean "bridge-closed"?');
    // The claim page's address, copied from the site (its dots read as classes), or its path.
    expect(messages(article(valid, 'D :claim[ten]{#https://crosscheck.example.org/claims/bridge-closed/ stance=quotes}.\n'))).toContain('Did you mean {#bridge-closed stance=quotes}?');
    expect(messages(article(valid, 'D :claim[eleven]{#/claims/bridge-closed/}.\n'))).toContain('Did you mean "bridge-closed"?');
  });

  it('says of words after a mention’s id, with a space between, that they may be stray or more of the id, at the first word', () => {
    const body = [
      'A :claim[one]{#bridge-closed urgent} and :claim[two]{#pause is unilateral stance=quotes}.',
      '',
      'B :claim[three]{#bridge-closed quotes} and :claim[four]{#bridge-closed disputes again}.',
      '',
    ].join('\n');
    expect(messages(article(valid, body))).toMatchInlineSnapshot(`
      "content/articles/report.md:10:30  This claim mention has "urgent" after its claim id, with a space between: a space ends an id, so Markdown reads the word as an attribute of its own, and a mention takes only #claim-id and stance=…. Write {#bridge-closed} without it, or, if it is part of the claim's id, join the words with hyphens: {#bridge-closed-urgent}. In: :claim[one]{#bridge-closed urgent} [mention-unknown-attribute]
      content/articles/report.md:10:61  This claim mention has "is" and "unilateral" after its claim id, with a space between: a space ends an id, so Markdown reads each word as an attribute of its own, and a mention takes only #claim-id and stance=…. Write {#pause stance=quotes} without them, or, if they are part of the claim's id, join the words with hyphens: {#pause-is-unilateral stance=quotes}. In: :claim[two]{#pause is unilateral stance=quotes} [mention-unknown-attribute]
      content/articles/report.md:12:3  A claim mention takes only #claim-id and stance=asserts|disputes|quotes|qualifies, so this one's claim id and stance are not read as written. Did you mean {#bridge-closed stance=quotes}? A claim id is one word after a #, of lowercase letters, digits and hyphens, without .md, and a stance follows stance=. In: :claim[three]{#bridge-closed quotes} [mention-unknown-attribute]
      content/articles/report.md:12:81  This claim mention has "again" after its claim id, with a space between: a space ends an id, so Markdown reads the word as an attribute of its own, and a mention takes only #claim-id and stance=…. Write {#bridge-closed stance=disputes} without it, or, if it is part of the claim's id, join the words with hyphens: {#bridge-closed-again stance=disputes}. In: :claim[four]{#bridge-closed disputes again} [mention-unknown-attribute]"
    `);
  });

  it('says of a stance attribute misspelt or in capitals that it means stance, and of a second stance word that the stance is given twice, never to drop the stance or join it to the id', () => {
    const meant = (attributes: string) => check(article(valid, `A :claim[one]{${attributes}} here.\n`)).problems.map((p) => [p.code, /Did you mean (\{.*?\})\?/.exec(p.message)?.[1] ?? /^This claim mention gives ("stance") more than once/.exec(p.message)?.[1]]);
    for (const attributes of ['#bridge-closed stanse=quotes', '#bridge-closed Stance=quotes', '#bridge-closed STANCE=Quotes', '#bridge-closed stace=quotes', 'stances=quotes #bridge-closed']) {
      expect(meant(attributes), attributes).toEqual([['mention-unknown-attribute', '{#bridge-closed stance=quotes}']]);
    }
    // Two stances: one mistake, said so, not "Did you mean {#bridge-closed-disputes stance=quotes}?".
    for (const attributes of ['#bridge-closed stance=quotes disputes', '#bridge-closed quotes disputes', '#bridge-closed stance=quotes Stance=disputes']) {
      expect(meant(attributes), attributes).toEqual([['mention-repeated-attribute', '"stance"']]);
    }
    // An attribute that is no stance's near miss is still to remove, the mention's stance kept.
    expect(meant('#bridge-closed stance=quotes style=quotes')).toEqual([['mention-unknown-attribute', undefined]]);
  });

  it('names the attributes a mention does not take as written (a Pandoc class, .highlight), at the first of them, with the mention to write instead', () => {
    const body = 'A :claim[one]{.highlight #bridge-closed stance=quotes} and :claim[two]{#bridge-closed .big .red}.\n';
    expect(messages(article(valid, body))).toMatchInlineSnapshot(`
      "content/articles/report.md:10:15  A claim mention takes only #claim-id and stance=asserts|disputes|quotes|qualifies: remove .highlight, and write {#bridge-closed stance=quotes}. A mention cannot add classes (.name, as Pandoc and kramdown write them), ids, styles or event handlers to the page: its look is the site's. In: :claim[one]{.highlight #bridge-closed stance=quotes} [mention-unknown-attribute]
      content/articles/report.md:10:87  A claim mention takes only #claim-id and stance=asserts|disputes|quotes|qualifies: remove .big and .red, and write {#bridge-closed}. A mention cannot add classes (.name, as Pandoc and kramdown write them), ids, styles or event handlers to the page: its look is the site's. In: :claim[two]{#bridge-closed .big .red} [mention-unknown-attribute]"
    `);
  });

  it('reports a claim mention inside code, which the page shows as written: a code span, a fenced block, a passage indented by four spaces; not words in code that make no mention', () => {
    const body = [
      'Inline `:claim[one]{#bridge-closed}` here.',
      '',
      '```',
      ':claim[two]{#bridge-closed stance=quotes}',
      '```',
      '',
      'The mayor, indented by mistake:',
      '',
      '    > :claim[three]{#bridge-closed}.',
      '',
      '- A list item',
      '',
      '      :claim[four]{#bridge-closed}',
      '',
      'Words about `:claim[` and ``:claim[x]`` and `:Claim[x]{#y}` in code, and :claim[five]{#bridge-closed}.',
      '',
    ].join('\n');
    const facts = check(article(valid, body));
    expect(facts.problems.map((p) => [p.line, p.column, p.code, /In: (.*)$/.exec(p.message)?.[1]])).toEqual([
      [10, 9, 'mention-not-read', ':claim[one]{#bridge-closed}'],
      [13, 1, 'mention-not-read', ':claim[two]{#bridge-closed stance=quotes}'],
      [18, 7, 'mention-not-read', ':claim[three]{#bridge-closed}'],
      [22, 7, 'mention-not-read', ':claim[four]{#bridge-closed}'],
    ]);
    expect(facts.problems[0]!.message).toMatch(/^This claim mention is inside code \(between backticks, or in a block fenced with ``` or indented by four spaces\), which the page shows as it is written, markup and all, and not as a mention\. Take it out of the code: /);
    expect(facts.mentions.map((m) => m.text)).toEqual(['five']);
    // The same in a CRLF file with a byte-order mark.
    expect(check(Buffer.from(`\uFEFF${article(valid, body).replaceAll('\n', '\r\n')}`)).problems).toEqual(facts.problems);
  });

  it('reports a claim mention written in a field, which is plain text, at the mention', () => {
    const text = article(valid.replace('summary: The wire reports it.', 'summary: "The wire says :claim[it closed]{#bridge-closed}."').replace('headline: Bridge closed', 'headline: >-\n  Bridge\n  :Claim[closed]{#bridge-closed}'));
    expect(check(text).problems.map((p) => [p.line, p.column, p.code, /In: (.*) \[/.exec(formatProblems([p]))?.[1]])).toEqual([
      [4, 3, 'mention-not-read', ':Claim[closed]{#bridge-closed}'],
      [7, 25, 'mention-not-read', ':claim[it closed]{#bridge-closed}'],
    ]);
    expect(check(text).problems[1]!.message).toContain('This claim mention is in the field summary, and fields are plain text');
    expect(check(article(valid.replace('summary: The wire reports it.', 'summary: "Times: 10:30, 3:1, claim [1]"'))).problems).toEqual([]);
  });

  it("reports a claim mention in an image's description, which is not read as one (its words are published as the image's description)", () => {
    const body = [
      '![The mayor: :claim[repairs will take a year]{#bridge-closed stance=quotes}](https://wire.example.org/mayor.jpg)',
      '',
      'A photo ![of :Claim[the bridge]{#bridge-closed}][photo] inline.',
      '',
      '[photo]: https://wire.example.org/bridge.jpg',
      '',
      '![A plain description: 10:30](https://wire.example.org/clock.jpg)',
      '',
    ].join('\n');
    const problems = check(article(valid, body)).problems;
    expect(problems.map((p) => [p.line, p.column, p.code, /In: (.*)$/.exec(p.message)?.[1]])).toEqual([
      [10, 14, 'mention-not-read', ':claim[repairs will take a year]{#bridge-closed stance=quotes}'],
      [12, 14, 'mention-not-read', ':Claim[the bridge]{#bridge-closed}'],
    ]);
    expect(problems[0]!.message).toContain("inside an image's description");
  });

  it('reports an image with no description, which the page would leave out without a word, in Markdown and in raw HTML', () => {
    const body = [
      'The notice: ![](https://wire.example.org/notice.jpg) was posted.',
      '',
      '> A photo ![ ][photo] of the bridge.',
      '',
      '[photo]: https://wire.example.org/bridge.jpg',
      '',
      '<p>The mayor <img src="https://wire.example.org/mayor.jpg"> and <img alt="" src="x.jpg"> and <img alt=\'  \' src=y.jpg></p>',
      '',
      '> <img',
      '> src="z.jpg">',
      '',
      '![The council\'s notice](https://wire.example.org/ok.jpg) <img alt="The mayor" src="ok.jpg"> <img alt=Mayor src=ok.jpg>',
      '',
      '<!-- <img src="commented.jpg"> -->',
      '',
      // In a mention's span, a tag the page does not keep is shown as written: no image is left out.
      'The guide: :claim[the <img src="w.jpg"> tag is text]{#bridge-closed}.',
      '',
    ].join('\n');
    const problems = check(article(valid, body)).problems;
    expect(problems.map((p) => [p.line, p.column, p.code, /In: (.*)$/.exec(p.message)?.[1]])).toEqual([
      [10, 13, 'image-without-description', '![](https://wire.example.org/notice.jpg)'],
      [12, 11, 'image-without-description', '![ ][photo]'],
      [16, 14, 'image-without-description', '<img src="https://wire.example.org/mayor.jpg">'],
      [16, 65, 'image-without-description', '<img alt="" src="x.jpg">'],
      [16, 94, 'image-without-description', "<img alt=' ' src=y.jpg>"],
      [18, 3, 'image-without-description', '<img src="z.jpg">'],
    ]);
    expect(problems[0]!.message).toContain('Write what the image shows for a reader (![Notice: bridge closed until March](…))');
    expect(problems[2]!.message).toContain('(<img alt="Notice: bridge closed until March" …>)');
    expect(check(article(valid, '![](x.jpg)\n'), 'claims').problems.map((p) => p.code)).toContain('image-without-description');
  });

  it('reports an invisible control character in a field, written or escaped, and in the body, once a line', () => {
    const text = article(`${valid.replace('summary: The wire reports it.', 'summary: "The wire\\x01 reports it."')}byline: "Kari\\uFFFE"\n`, 'Repairs\vwill\u0085take a year.\nA\ttab and a line break are fine.\n');
    const problems = check(text).problems.filter((p) => p.code === 'control-character');
    expect(problems.map((p) => [p.line, p.column, /\((U\+[0-9A-F]{4})\)/.exec(p.message)?.[1], p.message.startsWith('The field') ? 'field' : 'line'])).toEqual([
      [5, 19, 'U+0001', 'field'],
      [8, 14, 'U+FFFE', 'field'],
      [11, 8, 'U+000B', 'line'],
    ]);
    expect(check(article(valid, 'Plain text, “quoted”, with an em dash — and a tab\there.\n')).problems).toEqual([]);
  });

  it('takes as archive only the name of a file inside the archive folder, never . or .. or a path', () => {
    const codes = (name: string) => check(article(`${valid}archive: "${name}"\n`)).problems.map((p) => [p.line, p.code]);
    for (const name of ['..', '.', '.hidden', '../secret.txt', 'sub/report.txt']) expect(codes(name), name).toEqual([[8, 'bad-format']]);
    expect(codes('report.v2.txt')).toEqual([]);
  });

  it('does not parse a body nested deeper than the pipeline can render, and reports where it goes past the limit', () => {
    const places = (body: string) => check(article(valid, body)).problems.map((p) => [p.line, p.column, p.code]);
    // 6,000 quotations inside one another overflowed the checks' stack (an internal error), and
    // 2,000 elements left open overflowed the build's, which said nothing of where.
    expect(places(`:claim[words]{#bridge-closed}\n\n${'> '.repeat(6000)}deep\n`)).toEqual([[12, 1, 'deep-nesting']]);
    expect(places(`:claim[words]{#bridge-closed}\n\n<div>\n${'<div>'.repeat(2000)}deep\n`)).toEqual([[13, 496, 'deep-nesting']]);
    expect(check(article(valid, `${'> '.repeat(101)}deep\n`)).problems[0]?.message).toMatch(/^Here quotations, lists or HTML elements are nested some 101 levels deep/);
    // Quotations, list markers, indentation and elements left open add up.
    expect(places(`${'> '.repeat(50)}${'<section>'.repeat(51)}x\n`)).toEqual([[10, 551, 'deep-nesting']]);
    expect(places(`${Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`)).toEqual([[10 + 100, 1, 'deep-nesting']]);
    // As deep as allowed, and what never nests: closed or void elements, however many.
    const fine = [`:claim[words]{#bridge-closed}\n\n${'> '.repeat(100)}deep\n`, `:claim[words]{#bridge-closed} ${'<b>x</b><br><img alt="A chart">'.repeat(500)}\n`, `:claim[words]{#bridge-closed}\n\n${'<div>'.repeat(100)}x${'</div>'.repeat(100)}\n`];
    for (const body of fine) expect(check(article(valid, body)).problems).toEqual([]);
  });

  it('reports a noncharacter in a field, written or escaped, and in the body, once a line, but not as a reference', () => {
    const text = article(`${valid.replace('summary: The wire reports it.', 'summary: "The wire\\uFDEF reports it."')}byline: "Kari\uFDD0"\n`, 'Repairs\u{10FFFF} will take a year.\nA reference &#xFDD0; becomes U+FFFD.\n');
    const problems = check(text).problems.filter((p) => p.code === 'noncharacter');
    expect(problems.map((p) => [p.line, p.column, /\((U\+[0-9A-F]{4,})\)/.exec(p.message)?.[1], p.message.startsWith('The field') ? 'field' : 'line'])).toEqual([
      [5, 19, 'U+FDEF', 'field'],
      [8, 14, 'U+FDD0', 'field'],
      [11, 8, 'U+10FFFF', 'line'],
    ]);
    expect(check(article(valid, 'Characters next to them are fine: \uFDCF \uFDF0 \uFFFD \u{1FFFD} \u{1F600}.\n')).problems).toEqual([]);
  });

  it('does not parse a paragraph too dense with * _ ~ [ ] for the Markdown parser, and reports where it starts', () => {
    // 150,000 markers in one line: parsed, this took minutes.
    const body = `:claim[words]{#bridge-closed}\n\n${'x\\*'.repeat(2000)}\n\n  ${'a*'.repeat(75_000)}\n`;
    const facts = check(article(valid, body));
    expect(facts.problems.map((p) => [p.line, p.column, p.code])).toEqual([[14, 3, 'dense-markup']]);
    expect(facts.problems[0]!.message).toMatch(/^This paragraph holds 75000 of the characters/);
    expect(check(article(valid, `${'a~'.repeat(1001)}\n`)).problems.map((p) => p.code)).toEqual(['dense-markup']);
    // Paragraphs end at blank lines, CRLF ones too: 600 markers in each of two is fine.
    expect(check(article(valid, `${'a*'.repeat(600)}\r\n\r\n${'a*'.repeat(600)}\r\n`)).problems).toEqual([]);
    // Escaped markers are text to the parser, and are not counted.
    expect(check(article(valid, `${'x\\*'.repeat(2000)}\n`)).problems).toEqual([]);
  });

  it('says of an escape of half a UTF-16 pair alone in a field that it is no character, not a control character', () => {
    expect(messages('name: Harbour Wire\nowner: "Harbour \\uD83D Media"\n', 'outlets')).toMatchInlineSnapshot(
      `"content/outlets/report.yaml:2:17  The field owner holds U+D83D, one half of a UTF-16 pair alone (written as an escape, \\uD83D, without the other half), which is no character: a page shows it as "\uFFFD", and a feed cannot carry it. Write the character meant whole (an emoji as itself), or delete the escape. [control-character]"`,
    );
    // The whole pair is the emoji.
    expect(check('name: Harbour Wire\nowner: "Harbour \\uD83C\\uDF09 Media"\n', 'outlets').problems).toEqual([]);
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

  it('reports a letter of another alphabet that passes for one of its word in a name, at the letter or its escape, and not words each in one alphabet', () => {
    const entity = (text: string) => check(text, 'entities', 'spoof').problems.map((p) => [p.line, p.column, p.code, /word "([^"]+)", whose (\w+) letter "(.)" \((U\+[0-9A-F]{4})\) stands among (\w+)/.exec(p.message)?.slice(1)]);
    expect(entity('name: "R\\u0435uters"\nkind: organisation\nnames:\n  - \u0391thens News\n  - \u041c\u043e\u0441\u043a\u0432a\ndescription: R\u0435uters in a description is not a name\n')).toEqual([
      [1, 9, 'look-alike', ['Reuters'.replace('e', '\u0435'), 'Cyrillic', '\u0435', 'U+0435', 'Latin']],
      [4, 5, 'look-alike', ['\u0391thens', 'Greek', '\u0391', 'U+0391', 'Latin']],
      [5, 10, 'look-alike', ['\u041c\u043e\u0441\u043a\u0432a', 'Latin', 'a', 'U+0061', 'Cyrillic']],
    ]);
    // Words each in their own alphabet, letters with accents, and a Greek sign that imitates no Latin letter.
    expect(entity('name: \u03bcTorrent\nkind: product\nnames:\n  - \u041c\u043e\u0441\u043a\u0432\u0430 and Paris\n  - Zo\u00eb Caf\u00e9, \u03b2-blocker, e\u0301cole\n')).toEqual([]);
    // In an article, its byline is a name; its headline may quote anything.
    expect(check(article(valid.replace('headline: Bridge closed', 'headline: Bridge cl\u043esed').concat('byline: Anna \u0422aylor\n'))).problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [8, 14, 'look-alike'],
    ]);
  });

  it('refuses an invisible character in a name where it can only be a mistake or a spoof, at the character or its escape, and accepts those a script or an emoji needs', () => {
    const entity = (text: string) => check(text, 'entities', 'spoof').problems.map((p) => [p.line, p.column, p.code, /character, (.*?) \((U\+[0-9A-F]{4})\), (?:in the word "([^"]*)"|at the start)/.exec(p.message)?.slice(2)]);
    expect(
      entity(
        ['name: "Re\\u200Buters"', 'kind: organisation', 'names:', '  - Wire\u2060Co', '  - Reu\u200Cters', '  - "Harbour \uFEFF"', 'description: Re\u200Buters in a description is not a name', ''].join('\n'),
      ),
    ).toEqual([
      [1, 10, 'invisible-in-name', ['U+200B', 'Reuters']],
      // A word joiner is a notice of its own (below).
      [4, 9, 'word-joiner-in-name', undefined],
      [5, 8, 'invisible-in-name', ['U+200C', 'Reuters']],
      [6, 14, 'invisible-in-name', ['U+FEFF', undefined]],
      // A description is no name: held to the rule of text (invisible-in-text, below).
      [7, 16, 'invisible-in-text', undefined],
    ]);
    // Persian and Hindi need the zero-width non-joiner and joiner, emoji sequences the joiner, Thai marks words with a zero-width space.
    expect(
      entity(['name: \u062e\u0627\u0646\u0647\u200c\u0647\u0627', 'kind: person', 'names:', '  - \u0915\u094d\u200d\u0937', '  - "\u{1F469}\u200D\u{1F4BB} coder"', '  - \u0e02\u0e48\u0e32\u0e27\u200b\u0e2a\u0e14', '  - Bob\u00adby', ''].join('\n')),
    ).toEqual([]);
    // In an article, its byline is a name.
    expect(check(article(`${valid}byline: Kari\u200bNilsen\n`)).problems.map((p) => [p.line, p.column, p.code])).toEqual([[8, 13, 'invisible-in-name']]);
  });

  it('refuses an invisible character in a headline, statement, title or summary where only a mistake puts it, at the character, with the words it stands between, and accepts those a script, an emoji or a typographer needs', () => {
    const found = (text: string, collection: FileInput['collection'] = 'articles') =>
      check(text, collection, 'report').problems.map((p) => [p.line, p.column, p.code, /character, .*? \((U\+[0-9A-F]{4})\), (.*?): the text/.exec(p.message)?.slice(1)]);
    // A zero-width space after a word, a zero-width non-joiner inside one, a byte-order mark at the start (written as an escape).
    expect(found(article(valid.replace('headline: Bridge closed', 'headline: Bridge\u200b closed').replace('summary: The wire reports it.', 'summary: "\\uFEFFThe wire re\u200cports it."')))).toEqual([
      [2, 17, 'invisible-in-text', ['U+200B', 'between "Bridge" and "closed"']],
      [5, 11, 'invisible-in-text', ['U+FEFF', 'at the start, before "The"']],
    ]);
    // A joiner between Latin letters, a non-joiner between Cyrillic or Greek ones.
    expect(found(article(valid.replace('summary: The wire reports it.', 'summary: The wire re\u200dports it.')))).toEqual([[5, 21, 'invisible-in-text', ['U+200D', 'inside the word "reports"']]]);
    expect(found(article(valid.replace('summary: The wire reports it.', 'summary: The wire (\u043f\u0440\u0435\u200c\u0441\u0441\u0430) reports it.')))).toEqual([[5, 23, 'invisible-in-text', ['U+200C', 'inside the word "(\u043f\u0440\u0435\u0441\u0441\u0430)"']]]);
    // A claim's statement and verdict, a story's title, an outlet's description.
    expect(found('---\nstatement: The bridge closed on 12\u2062May.\nstory: closure\nkind: fact\nverdict:\n  rating: accurate\n  summary: >-\n    The council\n    said so.\u200b\n---\n', 'claims')).toEqual([
      [2, 35, 'invisible-in-text', ['U+2062', 'inside the word "12May."']],
      [9, 13, 'invisible-in-text', ['U+200B', 'at the end, after "so."']],
    ]);
    expect(found('---\ntitle: The bridge \u200b closes\nsummary: It closed.\n---\n', 'stories')).toEqual([[2, 19, 'invisible-in-text', ['U+200B', 'between "bridge" and "closes"']]]);
    expect(found('name: Wire\ndescription: A news\ufeff agency.\n', 'outlets')).toEqual([[2, 20, 'invisible-in-text', ['U+FEFF', 'between "news" and "agency."']]]);
    // The column of the one that is a mistake, after a Thai zero-width space that is not.
    expect(found(article(valid.replace('headline: Bridge closed', 'headline: \u0e02\u0e48\u0e32\u0e27\u200b\u0e2a\u0e14 Bridge\u200b closed')))).toEqual([[2, 25, 'invisible-in-text', ['U+200B', 'between "Bridge" and "closed"']]]);
    // Thai and Khmer words, Persian and Hindi joiners, an emoji sequence, a soft hyphen, a word joiner, and a non-joiner that keeps
    // a ligature from joining the parts of a German or Dutch compound (Auf|lage, not the fl ligature): accepted.
    const fine = ['Neue Auf\u200clage, Schilf\u200cinsel und zeef\u200cfilter', '\u0e02\u0e48\u0e32\u0e27\u200b\u0e2a\u0e14', '\u1781\u17d2\u1798\u17c2\u179a\u200b\u1797\u17b6\u179f\u17b6', '\u062e\u0627\u0646\u0647\u200c\u0647\u0627', '\u0915\u094d\u200d\u0937', '\u{1F469}\u200D\u{1F4BB} coders', 'Bridge clo\u00adsed', 'Jean\u2060-\u2060Paul'];
    for (const headline of fine) expect(found(article(valid.replace('headline: Bridge closed', `headline: ${headline}`))), headline).toEqual([]);
    // A name is held to its own rule (invisible-in-name), once; a headline of invisible characters alone is empty.
    expect(check(article(`${valid}byline: Kari\u200bNilsen\n`)).problems.map((p) => p.code)).toEqual(['invisible-in-name']);
    expect(check(article(valid.replace('headline: Bridge closed', 'headline: "\u200b"'))).problems.map((p) => p.code)).toEqual(['empty-value']);
  });

  it("gives a notice, not a failure, at a word joiner in a name where it keeps nothing on one line, and accepts one beside a hyphen or a slash", () => {
    const entity = (name: string) => check(`name: ${name}\nkind: person\n`, 'entities', 'spoof').problems.map((p) => [p.line, p.column, p.code, /(in|beside) the word "([^"]*)"/.exec(p.message)?.slice(1)]);
    expect(entity('Wire\u2060Co')).toEqual([[1, 11, 'word-joiner-in-name', ['in', 'WireCo']]]);
    expect(entity('"Kari\\u2060 Nilsen"')).toEqual([[1, 12, 'word-joiner-in-name', ['beside', 'Kari']]]);
    expect(entity('Kari Nilsen\u2060')).toEqual([[1, 18, 'word-joiner-in-name', ['beside', 'Nilsen']]]);
    // The typographer's: beside a hyphen, a slash, an ampersand; the one after them that keeps nothing is the one shown.
    expect(entity('Jean\u2060-\u2060Paul Sartre, AT\u2060&\u2060T, 24\u2060/\u20607')).toEqual([]);
    expect(entity('Jean\u2060-\u2060Paul Sar\u2060tre')).toEqual([[1, 22, 'word-joiner-in-name', ['in', 'Sartre']]]);
  });

  it('says where an id holds an invisible character, and suggests it without', () => {
    const alias = formatProblems(check('name: Wire\naliases:\n  - "old\\u200Bwire"\n', 'outlets', 'wire').problems);
    expect(alias).toContain('found "old\u200Bwire". It holds an invisible character, a zero-width space (U+200B), after "old": delete it. Did you mean "oldwire"?');
    const mention = messages(article(valid, 'Text :claim[the bridge]{#bridge\u2060-closed}.\n'));
    expect(mention).toContain('It holds an invisible character, a word joiner (U+2060), after "bridge": delete it. Did you mean "bridge-closed"?');
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

  it('reports a second {…} after a mention, which is published as written, and a stance without a value', () => {
    const body = 'A :claim[one]{#bridge-closed}{#bridge-reopens} and :claim[two]{#bridge-closed} {stance=quotes}, and :claim[three]{#bridge-closed} {not an id}.\n\nB :claim[four]{#bridge-closed stance}.\n';
    expect(check(article(valid, body)).problems.map((p) => [p.line, p.column, p.code, /In: (.*)$/.exec(p.message)?.[1]])).toEqual([
      [10, 3, 'mention-repeated-attribute', ':claim[one]{#bridge-closed}{#bridge-reopens}'],
      [10, 52, 'mention-repeated-attribute', ':claim[two]{#bridge-closed} {stance=quotes}'],
      [12, 3, 'mention-bad-stance', ':claim[four]{#bridge-closed stance}'],
    ]);
    const [first, , stance] = check(article(valid, body)).problems.map((p) => p.message);
    expect(first).toContain('This claim mention is followed by a second {…}, which is not read, and would be published as it is written.');
    expect(stance).toContain('This claim mention gives stance without a value: write it as stance=quotes, or leave it out for asserts.');
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
      `"content/articles/report.md:2:14  This file is not UTF-8 text: the byte 0xE9 here cannot be read (in Windows-1252, the encoding older Windows programs save in, it is "é"). Save the file with the UTF-8 encoding (an editor's "Save with encoding" or "Reopen with encoding" command does it). [not-utf8]"`,
    );
  });

  it('says that bytes ED A0 80 are half of a UTF-16 pair written as UTF-8, to delete, not a character of another encoding to save as UTF-8', () => {
    // What a program leaves that cuts a JavaScript or Java string between the halves of an emoji and writes it out.
    const lone = Buffer.concat([Buffer.from('name: Harbour ', 'utf8'), Buffer.from([0xed, 0xa0, 0xbd]), Buffer.from(' Wire\n', 'utf8')]);
    expect(messages(lone, 'outlets')).toMatchInlineSnapshot(
      `"content/outlets/report.yaml:1:15  This file is not UTF-8 text: the bytes ED A0 BD here cannot be read: they write U+D83D, one half of a UTF-16 pair alone, which is no character (a program that cut a text between the two halves of an emoji or another character beyond U+FFFF leaves one). Delete these bytes, and write the character meant whole, if any. [not-utf8]"`,
    );
    const pair = Buffer.concat([Buffer.from('name: Café ', 'utf8'), Buffer.from([0xed, 0xa0, 0xbc, 0xed, 0xbc, 0x89]), Buffer.from('\n', 'utf8')]);
    expect(messages(pair, 'outlets')).toMatchInlineSnapshot(
      `"content/outlets/report.yaml:1:12  This file is UTF-8 text but for the bytes ED A0 BC ED BC 89 here: they write "🌉" (U+1F309) as its two UTF-16 halves, each as if it were a character (CESU-8, as Java and some databases write text), which UTF-8 does not allow. Retype the character here, or save the file from the program that wrote it as UTF-8. [not-utf8]"`,
    );
  });

  it('says that a UTF-8 file holds a byte pasted from another encoding (a Windows-1252 curly quote), to retype, not to reopen the file in that encoding', () => {
    const pasted = Buffer.concat([Buffer.from(article(valid.replace('The wire reports it.', 'The wire’s “report”.'), '> The mayor said '), 'utf8'), Buffer.from([0x93]), Buffer.from('closed\u201D.\n', 'utf8')]);
    expect(messages(pasted)).toBe(
      'content/articles/report.md:10:18  This file is UTF-8 text but for the byte 0x93 here, which cannot be read (in Windows-1252, the encoding older Windows programs save in, it is "“"): it was pasted from text in another encoding, such as a word processor\'s curly quotes. Retype the character here: reopening the whole file in another encoding would garble its UTF-8 characters. [not-utf8]',
    );
    // The others that cannot be read, by line, in a file with a byte-order mark and CRLF.
    const more = Buffer.concat([Buffer.from(`\uFEFF${article(valid, '> “A ')}`.replaceAll('\n', '\r\n'), 'utf8'), Buffer.from([0x93, 0x20, 0x94, 0x0d, 0x0a, 0x0d, 0x0a, 0x92, 0x0d, 0x0a])]);
    expect(check(more).problems.map((p) => [p.line, p.column, /Retype the character here(.*?):/.exec(p.message)?.[1]])).toEqual([[10, 6, ', and the 2 others that cannot be read (lines 10, 12)']]);
    // A byte-order mark alone does not make a Windows-1252 file UTF-8; a byte Windows-1252 leaves unassigned is not named.
    expect(messages(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name: Caf\xe9\n', 'latin1')]), 'outlets')).toMatch(/^content\/outlets\/report\.yaml:1:10  This file is not UTF-8 text: the byte 0xE9 here cannot be read \(in Windows-1252/);
    expect(messages(Buffer.from('name: a\x81b\n', 'latin1'), 'outlets')).toContain('the byte 0x81 here cannot be read. Save the file');
  });

  it('collects aliases and the archive name with their places', () => {
    const facts = check(article(`${valid}aliases:\n  - old-report\narchive: report.txt\n`));
    expect(facts.aliases).toEqual([{ alias: 'old-report', line: 9, column: 5 }]);
    expect(facts.archive).toEqual({ name: 'report.txt', line: 10, column: 1 });
  });

  it('refuses, each at its item, an alias that would make an address outside its folder or another one: a path, a query, a fragment, an encoded slash, a look-alike letter', () => {
    const odd = ['..', '.', 'a/b', '../claims/x', 'a?b', 'a#b', 'a%2Fb', 'a%2fb', '\u0440ause', 'pause\u202e', ' pause', 'Pause'];
    const facts = check(article(`${valid}aliases:\n${odd.map((a) => `  - "${a}"\n`).join('')}`));
    expect(facts.problems.map((p) => [p.line, p.column, p.code])).toEqual(odd.flatMap((a, i) => [[9 + i, 5, 'bad-format'], ...(a === 'pause\u202e' ? [[9 + i, 11, 'bidi-control']] : [])]));
  });

  it('collects the aliases of an outlet and of an entity, as of any record with a page', () => {
    expect(check('name: Wire\naliases:\n  - old-wire\n', 'outlets', 'wire').aliases).toEqual([{ alias: 'old-wire', line: 3, column: 5 }]);
    const entity = check('name: Ines Alvarez\nkind: person\naliases:\n  - mayor-alvarez\n', 'entities', 'ines-alvarez');
    expect(entity.problems).toEqual([]);
    expect(entity.aliases).toEqual([{ alias: 'mayor-alvarez', line: 4, column: 5 }]);
  });

  it('collects the links of a body that lead to pages of this site, with their places', () => {
    const body = 'See [the claim](/claims/bridge-shut/), [a site](https://x.example/), [below](#notes),\n[the story][s] and <https://y.example/>, [above](#m-bridge-closed-1irs8us).\n\n[s]: ../../stories/closure/\n';
    expect(check(article(valid, body)).links).toEqual([
      { url: '/claims/bridge-shut/', line: 10, column: 5 },
      { url: '#notes', line: 10, column: 70 },
      { url: '#m-bridge-closed-1irs8us', line: 11, column: 42 },
      { url: '../../stories/closure/', line: 13, column: 1 },
    ]);
  });

  it('collects the links of raw HTML too, where the tag is written, in a quotation or a list as well', () => {
    const body = [
      'See <a href="/claims/bridge-shut/#m-x">the claim</a> and <a title="x > y" data-href="/claims/no/" href=\'../../stories/closure/\'>the story</a>.',
      '',
      '> <a class="x"',
      '> href="/outlets/w&#105;re/">a wire</a> <a href="https://x.example/">elsewhere</a> <a href="#notes">below</a>',
      '',
      '- item <a href="/entities/mayor/">the mayor</a>',
      '',
      '<div>',
      '  <p><a href="/claims/old/">old</a></p>',
      '</div>',
      '',
      'Not published: <!-- <a href="/claims/draft/">draft</a> -->.',
      '',
      '<template>',
      '  <a href="/claims/hidden/">hidden</a>',
      '</template>',
    ].join('\n');
    expect(check(article(valid, body)).links).toEqual([
      { url: '/claims/bridge-shut/#m-x', line: 10, column: 5 },
      { url: '../../stories/closure/', line: 10, column: 58 },
      { url: '/outlets/wire/', line: 12, column: 3 },
      { url: '#notes', line: 13, column: 84 },
      { url: '/entities/mayor/', line: 15, column: 8 },
      { url: '/claims/old/', line: 18, column: 6 },
    ]);
  });

  it('reads no link from a body full of unclosed <a tags, and none from a tag whose quoted value runs past 2,048 characters', () => {
    // The bound on a quoted value, and a tag ending at the next <, keep a body full of unclosed
    // tags linear (before, 32,000 of them took about 6 s: each was scanned to the end of the
    // block); its cost is measured by the benchmark, not here.
    expect(check(article(valid, `<div>\n${'<a x '.repeat(2_000)}href\n`)).links).toEqual([]);
    const tag = (value: string) => check(article(valid, `<div>\n<a title="${value}" href="/claims/missing/">x</a>\n</div>\n`)).links.map((l) => l.url);
    expect(tag('t'.repeat(2_048))).toEqual(['/claims/missing/']);
    expect(tag('t'.repeat(2_049))).toEqual([]);
  });

  it('reports an id too long to be a file or a folder of the site (an alias would fail the build with ENAMETOOLONG), at its place', () => {
    const long = `old-${'report-'.repeat(40)}x`;
    expect(messages(article(`${valid}aliases:\n  - ${'a'.repeat(121)}\n  - ${long}\n  - ${'b'.repeat(120)}\n`))).toMatchInlineSnapshot(`
      "content/articles/report.md:9:5  aliases (item 1): expected lowercase words joined by hyphens, at most 120 characters, as in pause-is-unilateral, found "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…". Did you mean "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"? [bad-format]
      content/articles/report.md:10:5  aliases (item 2): expected lowercase words joined by hyphens, at most 120 characters, as in pause-is-unilateral, found "old-report-report-report-report-report-report-report-report…". Did you mean "old-report-report-report-report-report-report-report-report-report-report-report-report-report-report-report-report"? [bad-format]"
    `);
  });

  it('points at an invisible control character itself, or its escape, anywhere in a field that runs over several lines', () => {
    const places = (yaml: string) => check(`name: Wire\n${yaml}`, 'outlets').problems.map((p) => [p.code, p.line, p.column]);
    // Written as it is, in a block scalar, a folded one, a plain value and a quoted one over two lines.
    expect(places('description: |\n  First line.\n  Second\u0007 line.\n')).toEqual([['control-character', 4, 9]]);
    expect(places('description: >-\n  First line\n  and\u0085 second.\n')).toEqual([['control-character', 4, 6]]);
    expect(places('description: A long text with a bell \u0007 here.\n')).toEqual([['control-character', 2, 38]]);
    // Written as an escape between double quotes: at the backslash; an escaped backslash is not one.
    expect(places('description: "First line\n  and \\\\x07 then \\a here."\n')).toEqual([['control-character', 3, 18]]);
    expect(places('description: "\\N"\n')).toEqual([['control-character', 2, 15]]);
  });

  it('says that an empty Markdown file, or one of blank lines, is empty, rather than that it has no frontmatter', () => {
    for (const content of ['', '\n\n', '\uFEFF \r\n', Buffer.from([])]) {
      expect(messages(content)).toBe(
        'content/articles/report.md:1:1  This file is empty, so it is no record and nothing of it would be published. Write the record in it (its fields between two --- lines, then its body), or delete the file. [frontmatter-missing]',
      );
    }
    expect(messages('Just words.\n')).toContain('This file has no frontmatter.');
  });

  it('reports an article with no body, or only a comment, at the line that closes its fields, but not a claim or a story, nor an article with an account and no mention', () => {
    const closing = (problems: readonly { line: number; column: number; code: string }[]) => problems.map((p) => [p.line, p.column, p.code]);
    for (const body of ['', '\n', '\n\n  \n', '\n<!-- to write -->\n', '\u200B\n']) {
      expect(closing(check(`---\n${valid}---\n${body}`).problems), JSON.stringify(body)).toEqual([[8, 1, 'empty-body']]);
    }
    expect(closing(check(Buffer.from(`\uFEFF---\r\n${valid.replaceAll('\n', '\r\n')}---`)).problems)).toEqual([[8, 1, 'empty-body']]);
    expect(check(`---\n${valid}---\n`).problems[0]!.message).toBe(
      'This article has no body: nothing follows the --- line that closes its fields, so its page shows no account of the article and no passage, and it carries no claim. Below this line, write a short account of the article in our words, then quote the passages that carry its claims, each claim marked: > :claim[exact words]{#claim-id}.',
    );
    expect(check(`---\n${valid}---\n<!-- x -->\n`).problems[0]!.message).toContain('This article has no body: only a comment, which the page does not show, follows');
    expect(check(article(valid, 'An account of the article, its claims not marked yet.\n')).problems).toEqual([]);
    expect(check(article(valid, '<!-- a note -->\n\nThe account.\n')).problems).toEqual([]);
    expect(check('---\nstatement: The bridge is closed.\nstory: closure\nkind: fact\n---\n', 'claims').problems).toEqual([]);
    expect(check('---\ntitle: The bridge closes\nsummary: It closes.\n---\n', 'stories').problems).toEqual([]);
  });

  it('points at a line meant to close the frontmatter that does not: three dots, or more than three hyphens', () => {
    const body = 'The account.\n\n---\n\n> :claim[The bridge was closed]{#bridge-closed}.\n';
    expect(messages(`---\n${valid}...\n\n${body}`)).toMatchInlineSnapshot(
      `"content/articles/report.md:8:1  This line of three dots ends the fields for YAML, but only a line of three hyphens closes the frontmatter, so the body would be read as fields. Write --- in its place. [frontmatter-unclosed]"`,
    );
    expect(messages(`---\n${valid}--- # end of the fields\n\n${body}`)).toMatchInlineSnapshot(
      `"content/articles/report.md:8:1  This line closes the frontmatter only if it holds three hyphens and nothing else. Write --- alone on the line. [frontmatter-unclosed]"`,
    );
    // A no-break space after the hyphens, as a word processor puts: named, as it cannot be seen.
    expect(messages(`---\n${valid}---\u00a0\n\n${body}`)).toBe(
      'content/articles/report.md:8:1  This line closes the frontmatter only if it holds three hyphens and nothing else, but after them it holds a no-break space (U+00A0), which cannot be seen. Delete it, leaving --- alone on the line. [frontmatter-unclosed]',
    );
    expect(messages(`---\u00a0\n${valid}---\n\n${body}`)).toBe(
      'content/articles/report.md:1:1  The first line, "---\u00a0", is meant to open the fields, but a no-break space (U+00A0) follows its hyphens, so the fields would not be read. Write three hyphens (---) alone on the first line, as on the line that closes the fields. [frontmatter-missing]',
    );
    // YAML's own end of document right before the closing line is harmless.
    expect(check(`---\n${valid}...\n---\n\n${body}`).problems).toEqual([]);
  });

  it('reports a second set of fields in a YAML record in words, at the line that starts it', () => {
    expect(messages('name: Harbour Wire\n---\nname: Coastal Wire\n', 'outlets')).toMatchInlineSnapshot(
      `"content/outlets/report.yaml:2:1  YAML cannot read this: a line of three hyphens (---) or three dots (...) ends the fields, and more follow it. A record has one set of fields: remove that line, and put another record in a file of its own. [yaml-syntax]"`,
    );
  });

  it('reports an alias to no anchor at the alias, and a [ or { never closed where it opens', () => {
    expect(messages('name: Wire\nowner: *group\n', 'outlets')).toMatchInlineSnapshot(
      `"content/outlets/report.yaml:2:8  YAML cannot read this: a value starts with *, which YAML reads as naming an anchor (&) that is not set above it. A value that starts with * must be put in double quotes. [yaml-syntax]"`,
    );
    expect(messages('name: Wire\naliases: [old-wire,\n  older-wire\nurl: https://wire.example.org\n', 'outlets')).toMatchInlineSnapshot(
      `"content/outlets/report.yaml:2:10  YAML cannot read this: a bracket opened here is never closed. Close it, or put the whole value in double quotes and write any double quote inside it as \\". [yaml-syntax]"`,
    );
  });

  it('says that a field indented under the value above is read as part of it, at the field', () => {
    expect(messages(article(valid.replace('kind: report\n', 'kind: report\n  byline: Jane Roe\n')))).toBe(
      'content/articles/report.md:7:3  YAML cannot read this: the field "byline" is indented, so YAML reads its line as more of the value on the line above, and its colon as the start of another field. Start the field at the beginning of its line, with no space before it: only the fields of a group (verdict:) and the items of a list are indented under their field. [yaml-syntax]',
    );
    expect(messages('---\nstatement: S.\nstory: closure\nkind: fact\n  verdict:\n---\n', 'claims')).toContain('claims/report.md:5:3  YAML cannot read this: the field "verdict" is indented');
    // Words with a colon on the line under a value are not a field: the value needs quotes.
    expect(messages(article(valid.replace('summary: The wire reports it.\n', 'summary: The wire reports\n  this: that\n')))).toContain('a value contains a colon followed by a space');
  });

  it('says that brackets nested too deep for the YAML parser are, where they start, not that its stack ran out', () => {
    for (const open of ['[', '{a: ']) {
      const close = open === '[' ? ']' : '}';
      const problems = check(`name: Wire\ndescription: ${open.repeat(20_000)}x${close.repeat(20_000)}\n`, 'outlets').problems;
      expect(formatProblems(problems)).toBe(
        'content/outlets/report.yaml:2:14  YAML cannot read this: brackets or braces open here inside one another hundreds of levels deep, more than YAML can read. Close each [ or { where its value ends; a list is written one item per line, each starting with "- ", and text with brackets goes in double quotes. [yaml-syntax]',
      );
    }
  });

  it('says that a field has no space after its colon, or that the text of a > or | value is not indented, at the line', () => {
    const messagesOf = (content: string) => check(content, 'outlets').problems.map((p) => `${p.line}:${p.column}  ${p.message}`);
    expect(messagesOf('name: Wire\ncountry:UK\n')).toEqual([
      '2:8  YAML cannot read this: there is no space after the colon of the field "country", so YAML reads the whole line as a name. Put a space after the colon, as in country: UK.',
    ]);
    expect(messagesOf('url:https://wire.example.org\nname: Wire\n')[0]).toMatch(/^1:4 {2}YAML cannot read this: there is no space after the colon of the field "url"/);
    for (const header of ['>', '>-', '|', '|+']) {
      expect(messagesOf(`name: Wire\ndescription: ${header}\nA wire\nservice.\n`)).toEqual([
        `3:1  YAML cannot read this: the text of the value that starts with ${header[0]} on the line above is not indented, so YAML does not read it as that value. Indent each of its lines with two spaces under the field.`,
      ]);
    }
    // Words with a colon that name no field are not taken for one.
    expect(messagesOf('name: Wire\nwords:here\n')[0]).toContain('this line has no colon after a field name');
  });

  it('says in words what is wrong with the YAML, never that a bracket is open where there is none', () => {
    const yaml = (text: string) => messages(text, 'outlets').replace(/^content\/outlets\/report\.yaml:/, '');
    expect([
      yaml('name: Harbour Wire\ncountry United Kingdom\n'),
      yaml('name: |\nHarbour Wire\n'),
      yaml('name: "Harbour" Wire\n'),
      yaml('name: Harbour Wire\naliases: - old-wire\n'),
      yaml('name: Harbour Wire\naliases: [old-wire]]\n'),
      yaml('name: Harbour Wire\naliases: [old-wire,, older-wire]\n'),
      yaml('name: Harbour Wire\ndescription: |x\n  A wire.\n'),
    ]).toMatchInlineSnapshot(`
      [
        "2:1  YAML cannot read this: this line has no colon after a field name, so it is neither a field nor the continuation of a value. Write each field as "key: value", with a colon and a space after the name; a value that runs over several lines goes on lines indented below its field. [yaml-syntax]",
        "2:1  YAML cannot read this: the text of the value that starts with | on the line above is not indented, so YAML does not read it as that value. Indent each of its lines with two spaces under the field. [yaml-syntax]",
        "1:7  YAML cannot read this: the value starts with a quotation mark, so YAML reads the words up to the mark that closes it as the whole value, and cannot read the rest of the line after them. Put the whole value in double quotes, with a backslash before each double quote inside it: name: "\\"Harbour\\" Wire". [yaml-syntax]",
        "2:10  YAML cannot read this: a list item ("- ") starts on the same line as its field. Start the list on the next line, each item indented under the field and starting with "- "; if the hyphen is part of the text, put the value in double quotes. [yaml-syntax]",
        "2:20  YAML cannot read this: a closing bracket here has no opening one. Remove it, or put the whole value in double quotes. [yaml-syntax]",
        "2:20  YAML cannot read this: a list between brackets has an empty item: two commas in a row, or one at its start. Remove the extra comma. [yaml-syntax]",
        "2:15  YAML cannot read this: text follows the | or > that starts a value written on the lines below. Start the text on the next line, indented under its field, or put the whole value in double quotes. [yaml-syntax]",
      ]
    `);
  });

  it('shows a field line of the record\'s own collection when a record has no fields', () => {
    expect(messages('---\n---\n\nThe account.\n')).toMatchInlineSnapshot(
      `"content/articles/report.md:1:1  This record has no fields. Write one "key: value" line for each field, as in: headline: Anthropic urges global pause. [not-a-mapping]"`,
    );
    expect(messages('---\n- a claim\n---\n', 'claims')).toMatchInlineSnapshot(
      `"content/claims/report.md:2:1  The fields must be "key: value" lines, but this is a list. Write one field per line, as in: statement: The bridge will reopen in March 2027. [not-a-mapping]"`,
    );
  });

  it('places a field with no name, or a list or group written as a field name, at its line, and lets the parser print nothing', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      const places = (text: string) => check(text, 'outlets').problems.map((p) => [p.code, p.line, p.column]);
      expect(places('name: Wire\n[country]: UK\n')).toEqual([['unknown-field', 2, 1]]);
      expect(places('name: Wire\n? {country: UK}\n: x\n')).toEqual([['unknown-field', 2, 3]]);
      expect(places('name: Wire\n: UK\n')).toEqual([['unknown-field', 2, 1]]);
      expect(messages('name: Wire\n: UK\n', 'outlets')).toMatchInlineSnapshot(
        `"content/outlets/report.yaml:2:1  This line has no field name before its colon. Write the name, as in name: …, or remove the line. [unknown-field]"`,
      );
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('points at the item of a list between brackets that spans lines, and at an alias\'s own place for what it repeats', () => {
    const claim = '---\nstatement: S.\nstory: closure\nkind: fact\nentities: [harbour-bridge,\n  42,\n  "Harbour Council"]\n---\n';
    const facts = check(claim, 'claims');
    expect(facts.problems.map((p) => [p.line, p.column, p.message.slice(0, 30)])).toEqual([[6, 3, 'entities (item 2): expected an']]);
    expect(facts.refs.filter((r) => r.field.startsWith('entities')).map((r) => [r.field, r.line, r.column])).toEqual([
      ['entities (item 1)', 5, 12],
      ['entities (item 3)', 7, 3],
    ]);
    const anchored = check('name: &n Harbour Wire\nowner: *n\naliases:\n  - *n\n', 'outlets');
    expect(anchored.problems.map((p) => [p.line, p.column, p.code])).toEqual([[4, 5, 'bad-format']]);
  });

  it("gives a notice at a mention with a stance in a story's or a claim's body, where no stance counts, and not for asserts or in an article", () => {
    const story = '---\ntitle: The bridge closes\nsummary: S.\n---\n\nThe ferry operators :claim[doubt it]{#bridge-closed stance=disputes}; :claim[it shut]{#bridge-closed stance=asserts}.\n';
    expect(check(story, 'stories').problems.map((p) => [p.line, p.column, p.code])).toEqual([[6, 21, 'mention-stance-outside-article']]);
    const claim = '---\nstatement: The bridge closed.\nstory: closure\nkind: fact\n---\n\nThe wire :claim[says so]{#bridge-opened stance=quotes}.\n';
    expect(messages(claim, 'claims')).toMatchInlineSnapshot(
      `"content/claims/report.md:7:10  This claim mention gives the stance "quotes" in a claim's body, where no stance counts: only an article's mentions say how an outlet carries a claim, and the claim page gathers only theirs. The page only underlines the words as quoted. If an article quotes it, mark the claim in that article's passage; here, remove stance=quotes, or keep it for the underline. In: :claim[says so]{#bridge-opened stance=quotes} [mention-stance-outside-article]"`,
    );
    expect(check(article(valid, '> :claim[The bridge was closed]{#bridge-closed stance=disputes}.\n')).problems).toEqual([]);
  });

  it('says that quotation marks around a mention\'s id keep it from being read', () => {
    for (const written of ['{#"bridge-closed"}', "{#'bridge-closed' stance=quotes}", '{# \u201Cbridge-closed\u201D}']) {
      expect(messages(article(valid, `The council says :claim[works begin]${written}.\n`)), written).toBe(
        `content/articles/report.md:10:18  This claim mention names no claim: its id is between quotation marks, which Markdown does not read after a #, so the claim id is not read. Write the id without them: {#claim-id}, as its file name is. In: :claim[works begin]${written} [mention-missing-id]`,
      );
    }
  });

  it('says that punctuation after a mention\'s id, inside its braces, keeps the id from being read, and counts the claim meant as mentioned', () => {
    const codes = (body: string) => check(article(valid, body)).problems.map((p) => [p.line, p.column, p.code, p.message.slice(0, 100)]);
    const said = 'This claim mention names no claim: a full stop or other punctuation follows its id inside the braces';
    expect(codes('The council says :claim[works begin]{#bridge-closed.}\n')).toEqual([[10, 18, 'mention-missing-id', said]]);
    expect(codes('The council says :claim[works begin]{#bridge-closed. stance=quotes} and more.\n')).toEqual([[10, 18, 'mention-missing-id', said]]);
    // A class after a space is not punctuation: an attribute the mention does not take.
    expect(codes('The council says :claim[works begin]{#bridge-closed .red}\n').map((p) => p[2])).toEqual(['mention-unknown-attribute']);
    expect(check(article(valid, 'The council says :claim[works begin]{#bridge-closed.}\n')).named).toEqual(['bridge-closed']);
    expect(check(article(valid, 'The council says :claim[works begin]{#bridge-closed,}\n')).named).toEqual(['bridge-closed,', 'bridge-closed']);
  });

  it('counts the claim a mention not read plainly names as mentioned, so that the one problem at the mention is not followed by the claim mentioned nowhere', () => {
    const named = (body: string) => {
      const facts = check(article(valid, `The council says ${body} today.\n`));
      return [facts.problems.map((p) => p.code), facts.named?.filter((id) => id === 'bridge-closed')];
    };
    const cases: [string, string][] = [
      ['`:claim[works begin]{#bridge-closed}`', 'mention-not-read'],
      [':Claim[works begin]{#bridge-closed stance=quotes}', 'mention-not-read'],
      ['claim[works begin]{#bridge-closed}', 'mention-not-read'],
      ['![the :claim[works begin]{#bridge-closed}](https://wire.example.org/a.png)', 'mention-not-read'],
      ['[the notice](https://wire.example.org "as :claim[works begin]{#bridge-closed}")', 'mention-not-read'],
      [':claim[works begin] {#bridge-closed}', 'mention-missing-id'],
      [':claim[works begin](#bridge-closed)', 'mention-missing-id'],
      [':claim [works begin]{#bridge-closed}', 'mention-missing-id'],
      [':claim[works ] begin]{#bridge-closed}', 'mention-missing-id'],
      [':claim[works begin{#bridge-closed}', 'mention-missing-id'],
      [':claim[works\n\nbegin]{#bridge-closed}', 'mention-missing-id'],
      [':claim[works begin]{claim=bridge-closed}', 'mention-unknown-attribute'],
      [':claim[works begin]{# bridge-closed}', 'mention-missing-id'],
      [":claim[works begin]{#bridge-closed stance='quotes}", 'mention-missing-id'],
      [':claim[works begin]{#"bridge-closed" stance=quotes}', 'mention-missing-id'],
      [':claim[works begin]{#claims/bridge-closed.md}', 'mention-unknown-attribute'],
    ];
    for (const [body, code] of cases) expect(named(body), body).toEqual([[code], ['bridge-closed']]);
  });

  it('says that a field written again with its name in capitals or with a space is one the record has, and that only that one is read', () => {
    const twice = messages(article(`${valid}Outlet: gazette\n"story ": harbour\n`));
    expect(twice).toContain('content/articles/report.md:8:1  Unknown field "Outlet" in an article, which also has the field "outlet" (line 3): only that one is read');
    expect(twice).toContain('content/articles/report.md:9:1  Unknown field "story " in an article, which also has the field "story" (line 4): only that one is read');
    // A near miss of a field the record does not have is a misspelling, as before; of another it has, not said to be it.
    expect(messages(article(valid.replace('outlet: wire', 'Outlet: wire')))).toContain('Unknown field "Outlet" in an article. Did you mean "outlet"?');
    expect(messages(article(`${valid}title: Bridge\n`))).toContain('Unknown field "title" in an article. Remove it, or use one of:');
  });

  it('says of a value quoted at its start only, as a headline that opens with a quotation is, to quote it whole, and shows it so', () => {
    const said = (line: string) => check(article(valid.replace(/^headline: .*$/m, line))).problems.map((p) => [p.line, p.column, p.code, p.message]);
    const reason = 'YAML cannot read this: the value starts with a quotation mark, so YAML reads the words up to the mark that closes it as the whole value, and cannot read the rest of the line after them.';
    // A colon after the quotation: it was told to put in double quotes a value that already starts with one.
    expect(said('headline: "We heard a roar": the town counts its dead')).toEqual([
      [2, 11, 'yaml-syntax', `${reason} Put the whole value in double quotes, with a backslash before each double quote inside it: headline: "\\"We heard a roar\\": the town counts its dead".`],
    ]);
    expect(said('headline: "Pause now" says Anthropic')).toEqual([
      [2, 11, 'yaml-syntax', `${reason} Put the whole value in double quotes, with a backslash before each double quote inside it: headline: "\\"Pause now\\" says Anthropic".`],
    ]);
    expect(said("headline: 'Pause': Anthropic says")).toEqual([[2, 11, 'yaml-syntax', `${reason} Put the whole value in double quotes: headline: "'Pause': Anthropic says".`]]);
    // What it says to write reads as the headline meant.
    expect(check(article(valid.replace(/^headline: .*$/m, 'headline: "\\"We heard a roar\\": the town counts its dead"'))).problems).toEqual([]);
    // Quoted whole, or with a comment after it, it is no mistake.
    expect(check(article(valid.replace(/^headline: .*$/m, 'headline: \'"We heard a roar": the town counts its dead\' # as printed'))).problems).toEqual([]);
  });

  it('says that a field\'s colon is inside quotation marks, when the name and its colon, or the whole line, are quoted', () => {
    const said = (text: string, collection: FileInput['collection'] = 'articles') => check(text, collection).problems.map((p) => [p.line, p.column, p.code, p.message.replace(/\. .*/, '')]);
    expect(said(article(valid.replace('outlet: wire', '"outlet:" wire')))).toEqual([[3, 1, 'yaml-syntax', 'YAML cannot read this: the colon after the field name "outlet" is inside the quotation marks, so YAML reads "outlet:" as a text, with no field']]);
    expect(said(article(valid.replace('outlet: wire', "'outlet: wire'")))).toEqual([[3, 1, 'yaml-syntax', 'YAML cannot read this: the whole line is in quotation marks, so YAML reads it as a text, not as the field "outlet"']]);
    // On the first line of a YAML record, YAML gives up on the line after it.
    expect(said('"name: Harbour Wire"\nurl: https://wire.example.org\n', 'outlets')).toEqual([[1, 1, 'yaml-syntax', 'YAML cannot read this: the whole line is in quotation marks, so YAML reads it as a text, not as the field "name"']]);
    // A quotation mark before the name, closed nowhere on the line: YAML reads on, and gives up lines below.
    expect(said(article(valid.replace('outlet: wire', '"outlet: wire')))).toEqual([[3, 1, 'yaml-syntax', 'YAML cannot read this: a quotation mark before the field name "outlet" is never closed on its line, so YAML reads the lines after it as more of a text']]);
    // A quoted name with its colon after the quotation marks is a field.
    expect(check(article(valid.replace('outlet: wire', '"outlet": wire'))).problems).toEqual([]);
  });

  it('says that a field of one value written as a list takes one value, and how to write it', () => {
    expect(messages(article(valid.replace('outlet: wire', 'outlet: [wire, gazette]')))).toBe(
      'content/articles/report.md:3:1  outlet: expected an outlet id, found a list. outlet takes one value, not a list: write the one meant after the colon, without brackets or "- ". [wrong-type]',
    );
    expect(messages(article(valid.replace('headline: Bridge closed', 'headline:\n  - Bridge closed')))).toContain(
      'headline: expected text, found a list. headline takes one value, not a list: write the one meant after the colon, without brackets or "- " (brackets that belong to the text go inside double quotes: "[Analysis] …").',
    );
  });

  it('reads a YAML merge key as Astro (js-yaml) does: its fields merged, checked, and located where its group writes them', () => {
    // The group that holds the anchor is a field too; the fields it brings in are the record's.
    expect(messages('common: &common\n  country: United Kingdom\nname: Harbour Wire\n<<: *common\n', 'outlets')).toMatchInlineSnapshot(
      `"content/outlets/report.yaml:1:1  Unknown field "common" in an outlet. Remove it, or use one of: name, unidentified, url, owner, country, description, aliases. [unknown-field]"`,
    );
    expect(check('name: Harbour Wire\n<<: {owner: Harbour Media, country: United Kingdom}\n', 'outlets').problems).toEqual([]);
    // A field of its own wins over a merged one, as YAML merges; among merged groups, the first.
    expect(check('name: Harbour Wire\ncountry: United Kingdom\n<<: [{country: 3}]\n', 'outlets').problems).toEqual([]);
    const merged = check('name: Harbour Wire\n<<: [{url: "ftp://wire.example.org"}, {url: 3, countri: UK}]\n', 'outlets').problems;
    expect(merged.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 7, 'bad-url'],
      [2, 48, 'unknown-field'],
    ]);
    expect(messages('name: Harbour Wire\n"<<": {owner: Harbour Media}\n', 'outlets')).toMatchInlineSnapshot(
      `"content/outlets/report.yaml:2:1  The field "<<" is in quotation marks, so YAML reads it as a field of that name, which an outlet does not have, and not as its merge key. To bring in the fields of a group, write <<: *name without the quotation marks; or write the fields out, one per line, and remove this line. [unknown-field]"`,
    );
    // An article's dates merged in are dates, with their offsets checked.
    expect(check(article(valid.replace('added: 2026-05-12\n', 'dates: &d\n  added: 2026-05-12\n<<: *d\n'))).problems.map((p) => p.code)).toEqual(['unknown-field']);
  });

  it('refuses a merge key that brings in no group of fields, as js-yaml does, at the value, saying why', () => {
    const said = (yaml: string) => check(yaml, 'outlets').problems.map((p) => [p.line, p.column, p.code, p.message.replace(/^YAML cannot read this: /, '').replace(/\. Write .*/, '')]);
    expect(said('name: Harbour Wire\n<<: *common\n')).toEqual([[2, 5, 'yaml-syntax', 'the merge key << names *common, an anchor that is not set above it (&common)']]);
    expect(said('name: Harbour Wire\n<<: Harbour Media\n')).toEqual([[2, 5, 'yaml-syntax', 'the merge key << brings in a value that is not a group of fields']]);
    expect(said('name: &n Harbour Wire\n<<: [{owner: Harbour Media}, *n]\n')).toEqual([[2, 30, 'yaml-syntax', 'the merge key << names *n, which is not a group of fields']]);
  });

  it('says of a merge key that names its own group, or one it is inside, that it would bring the fields into themselves', () => {
    // The yaml package follows such a merge round until its count of aliases runs out; it said "values starting with * repeat other values (&) too many times" and to quote the value.
    expect(messages('&wire\nname: Harbour Wire\n<<: *wire\n', 'outlets')).toMatchInlineSnapshot(
      `"content/outlets/report.yaml:3:5  YAML cannot read this: the merge key << names *wire, the group of fields it is written in, so it would bring these fields into themselves: js-yaml, which Astro reads the fields with, brings in nothing from it, as the group has its fields already. To bring in the fields of another group, name that one after the * (set above it, outside this group, with &name); else remove this line. [yaml-syntax]"`,
    );
    const said = (yaml: string) => check(yaml, 'claims').problems.map((p) => [p.line, p.column, p.code, /^YAML cannot read this: ([^,]*, [^,:]*)/.exec(p.message)?.[1]]);
    const claim = 'statement: The bridge was closed.\nstory: closure\nkind: fact\n';
    expect(said(`---\n${claim}verdict: &v\n  rating: accurate\n  <<: [{note: x}, *v]\n---\n`)).toEqual([[7, 19, 'yaml-syntax', 'the merge key << names *v, the group of fields it is written in']]);
    expect(said(`---\n${claim}verdict: &v\n  rating: accurate\n  note:\n    <<: *v\n---\n`)).toEqual([[8, 9, 'yaml-syntax', 'the merge key << names *v, a group of fields it is written inside']]);
  });

  it('reads a value with an explicit tag of YAML\'s own as Astro (js-yaml) does, and refuses one its tag does not fit, at the tag', () => {
    expect(check('name: !!str 2026\nunidentified: !!bool "true"\nowner: !!null ~\n', 'outlets').problems.map((p) => [p.line, p.code])).toEqual([[3, 'empty-value']]);
    expect(messages('name: !!float 1\n', 'outlets')).toMatchInlineSnapshot(
      `"content/outlets/report.yaml:1:1  name: expected text, found the number 1. If it is meant as text, put it in double quotes: name: "1" [wrong-type]"`,
    );
    expect(messages('name: Harbour Wire\nunidentified: !!bool yes\n', 'outlets')).toMatchInlineSnapshot(
      `"content/outlets/report.yaml:2:15  YAML cannot read this: the value "yes" is not true or false, which its tag !!bool asks for. Remove the tag (the !! and the word after it), and write the value as the field takes it (unidentified: true). [yaml-syntax]"`,
    );
  });

  it('names a look-alike letter or a no-break space in a claim id, and suggests the id written without it', () => {
    const said = (body: string) => check(article(valid, body)).problems.map((p) => [p.line, p.column, p.code, p.message.replace(/ In: .*/, '')]);
    expect(said('> :claim[The bridge was closed]{#bridge-cl\u043Esed stance=quotes}.\n')).toEqual([
      [10, 3, 'mention-bad-id', '"bridge-clоsed" is not a claim id: ids are lowercase words joined by hyphens, at most 120 characters. It holds the Cyrillic letter "о" (U+043E) after "bridge-cl", drawn like the Latin "o": type it again as that letter. Did you mean "bridge-closed"?'],
    ]);
    expect(said('> :claim[The bridge was closed]{#bri\u00A0dge-closed}.\n')).toEqual([
      [10, 3, 'mention-bad-id', '"bri\u00A0dge-closed" is not a claim id: ids are lowercase words joined by hyphens, at most 120 characters. It holds a no-break space (U+00A0) after "bri", which shows as a space: delete it. Did you mean "bridge-closed"?'],
    ]);
    // The claim meant is the one named: it is not also reported as mentioned nowhere.
    expect(check(article(valid, '> :claim[The bridge was closed]{#bridge-cl\u043Esed}.\n')).named).toContain('bridge-closed');
  });

  it('names an invisible character or a look-alike letter in an unknown field, which the message shows as the field it passes for', () => {
    const said = (yaml: string) => check(yaml, 'outlets').problems.map((p) => [p.line, p.column, p.code, p.message]);
    expect(said('n\uFEFFame: Harbour Wire\n')).toEqual([
      [1, 1, 'unknown-field', 'Unknown field "n\uFEFFame" in an outlet. It holds an invisible character, a zero-width no-break space (U+FEFF), after "n": delete it. Did you mean "name"?'],
    ]);
    expect(said('name: Harbour Wire\nc\u043Euntry: UK\n')).toEqual([
      [2, 1, 'unknown-field', 'Unknown field "c\u043Euntry" in an outlet. It holds the Cyrillic letter "\u043E" (U+043E) after "c", drawn like the Latin "o": type it again as that letter. Did you mean "country"?'],
    ]);
  });

  it('says what a tag js-yaml does not know is, that Astro would refuse the record for it, and the line to write', () => {
    expect(messages('name: Harbour Wire\nowner: !custom Harbour Media\n', 'outlets')).toMatchInlineSnapshot(
      `"content/outlets/report.yaml:2:8  YAML cannot read this: the value has the tag !custom (a ! before a word names a type for the value); js-yaml, which Astro reads the fields with, knows no such tag, so it would refuse this whole record and the build would stop. Remove the tag and write the value as the field takes it (owner: Harbour Media); if the !custom belongs to the text, put the whole value in double quotes: owner: "!custom Harbour Media". [yaml-syntax]"`,
    );
    const said = (yaml: string) => check(yaml, 'outlets').problems.map((p) => [p.line, p.column, /tag (\S+?)[ ,;]/.exec(p.message)?.[1], /Ruby|Python/.exec(p.message)?.[0]]);
    expect(said('name: Harbour Wire\nowner: !ruby/object:Owner Harbour Media\n')).toEqual([[2, 8, '!ruby/object:Owner', 'Ruby']]);
    expect(said('name: Harbour Wire\nowner: !!python/object x\n')).toEqual([[2, 8, '!!python/object', 'Python']]);
    expect(said('name: Harbour Wire\naliases:\n  - !custom wire\n')).toEqual([[3, 5, '!custom', undefined]]);
    // A value after the tag that double quotes would not hold as written: no line to copy, the advice alone.
    expect(messages('name: Harbour Wire\nowner: !custom {b: 1}\n', 'outlets')).toContain('Remove the tag (the ! and the word after it), and write the value as the field takes it; if the ! belongs to the text');
  });

  it('counts columns in UTF-16 code units, as remark, ESLint and VS Code do: a tab is one, a CJK character one, an emoji two', () => {
    const stance = (line: string) => check(article(valid, line)).problems.map((p) => [p.line, p.column]);
    expect(stance('Text\t:claim[x]{#y stance=assert}.\n')).toEqual([[10, 6]]);
    expect(stance('市长说 :claim[x]{#y stance=assert}.\n')).toEqual([[10, 5]]);
    expect(stance('🌉🌉 :claim[x]{#y stance=assert}.\n')).toEqual([[10, 6]]);
    expect(check('name: [🌉]]\n', 'outlets').problems.map((p) => [p.line, p.column])).toEqual([[1, 11]]);
  });

  it('places mentions in lists, quotations, tables and footnotes, and on a last line with no line break, in a BOM and CRLF file', () => {
    const body = ['- item', '- item :claim[a]{#y stance=assert}', '', '> quote', '> more :claim[b]{#y stance=assert}', '', '| a | b |', '| - | - |', '| c | :claim[c]{#y stance=assert} |', '', 'Note[^1].', '', '[^1]: see :claim[d]{#y stance=assert}', '', 'Last :claim[e]{#y stance=assert}'].join('\n');
    const expected = [[11, 8], [14, 8], [18, 7], [22, 11], [24, 6]];
    expect(check(article(valid, body)).problems.map((p) => [p.line, p.column])).toEqual(expected);
    const crlf = Buffer.from(`\uFEFF${article(valid, body).replaceAll('\n', '\r\n')}`, 'utf8');
    expect(check(crlf).problems.map((p) => [p.line, p.column])).toEqual(expected);
  });

  it('gives a notice, not a problem, at the note on via a scaffold wrote, until the record has via or the note is deleted (scaffold-via)', () => {
    const near = '# via: this text looks like articles/bridge-closed.md, already recorded (92% of the wording of its archived text is in both). If it is the same article, delete this record and its archive file; if it is a copy published elsewhere, write via: bridge-closed, so that the two count as one source.\n';
    const facts = check(article(`headline: Bridge closed\noutlet: wire\n${near}story: closure\nsummary: The wire reports it.\nkind: report\nadded: 2026-05-12\n`));
    expect(facts.problems.map((p) => [p.line, p.column, p.code])).toEqual([[4, 1, 'scaffold-via']]);
    expect(facts.problems[0]!.message).toContain('its text looked like articles/bridge-closed.md, already recorded.');
    expect(facts.problems[0]!.message).toContain('write via: bridge-closed, so that the two count as one source');
    // A note on a copy that names no recorded article.
    const unnamed = '# via: the text says it is a copy ("Republished under a Creative Commons licence") but not of whose article. Find the original: if we record it, write via: <its id>, so that the two count as one source.\n';
    expect(check(article(`${valid}${unnamed}`)).problems[0]!.message).toContain('the text says it is a copy of an article published elsewhere. If we record that article, write via: with its id');
    // Resolved: via written (the note may stay, as the scaffold writes one beside a via it fills), or the note deleted.
    expect(check(article(`${valid}${near}via: bridge-closed\n`)).problems).toEqual([]);
    expect(check(article(`${valid}via: bridge-closed  # the Valley Courier, whose article of the same headline this is: check it\n`)).problems).toEqual([]);
    expect(check(article(valid)).problems).toEqual([]);
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
    ['0026-06-04', 'year'],
    ['0000-01-01', 'year'],
    ['0099-06-04T09:30:00Z', 'year'],
    ['0999-12-31', 'year'],
    ['1000-01-01', undefined],
    ['2026-06-04T24:00:00Z', 'time'],
    ['2026-06-04T23:60:00Z', 'time'],
    ['2026-06-04T23:59:60Z', 'time'],
    ['2026-02-30T10:00:00Z', 'calendar'],
    ['2026-06-04T09:30', 'no-offset'],
    ['2026-06-04T09:30:00-12:00', undefined],
    ['2026-06-04T09:30:00+14:00', undefined],
    ['2026-06-04T09:30:00+05:45', undefined],
    ['2026-06-04T09:30:00+25:00', 'offset'],
    ['2026-06-04T09:30:00-13:60', 'offset'],
    ['2026-06-04T09:30:00-12:01', 'offset'],
    ['2026-06-04T09:30:00+14:30', 'offset'],
    ['2026-06-04T09:30:00+00:60', 'offset'],
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
