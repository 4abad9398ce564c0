/**
 * The bad-content suite (issue 3, point 6): one small corpus per kind of failure in
 * tests/fixtures/bad/<case>/content, each built with the real build (scripts/build.ts) into an
 * output folder that already holds a previous site. Each test pins the exact output (inline
 * snapshot), the exit code (1), and that the previous site is untouched, byte for byte, with no
 * temporary folder left beside it. The failures happen in the check stage, so no case runs Astro.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, projectRoot, runBuild } from '../support/build.ts';

/** Writes a small stand-in for a previously published site into `dir`. */
function previousSite(dir: string): void {
  mkdirSync(path.join(dir, 'claims/bridge-closed'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Previous site</title><p>Published yesterday.</p>\n');
  writeFileSync(path.join(dir, 'claims/bridge-closed/index.html'), '<!doctype html><title>A claim</title>\n');
  writeFileSync(path.join(dir, 'preview.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]));
}

/** Every file under `dir` with its bytes, as a plain object: equal objects mean identical trees. */
function treeBytes(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
}

/** Temporary folders, old sites and locks that a build left beside `outDir`. */
function leftovers(outDir: string): string[] {
  const base = path.basename(outDir);
  return readdirSync(path.dirname(outDir)).filter((name) => name.startsWith(`.${base}.`));
}


/** Builds a bad case over a previous site; returns what the build printed on stderr. */
function failingBuild(name: string, content = `tests/fixtures/bad/${name}/content`): string {
  const outDir = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/bad', name, 'dist');
  rmSync(path.dirname(outDir), { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  previousSite(outDir);
  const before = treeBytes(outDir);
  const result = runBuild({ content, outDir, env: { CROSSCHECK_ARCHIVE: `tests/fixtures/bad/${name}/archive` } });
  expect(result.status, result.stderr).toBe(1);
  expect(result.stdout).not.toContain('Built ');
  expect(treeBytes(outDir)).toEqual(before);
  expect(leftovers(outDir)).toEqual([]);
  return result.stderr;
}

describe('a build of bad content', () => {
  it('fails when the content folder does not exist', () => {
    expect(failingBuild('content-folder-missing', 'tests/fixtures/bad/content-folder-missing/content')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/content-folder-missing/content:1:1  The content folder tests/fixtures/bad/content-folder-missing/content/ does not exist, so there is nothing to check or publish. Create it with the folders outlets/, entities/, stories/, articles/, claims/, or point CROSSCHECK_CONTENT at the folder that holds them. [content-folder-missing]

      1 problem. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/content-folder-missing/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/content-folder-missing/dist/ was left as it was.
      "
    `);
  });

  it('fails on alias collision', () => {
    expect(failingBuild('alias-collision')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/alias-collision/content/claims/bridge-closed.md:6:5  Alias "bridge-shut" is already the id of tests/fixtures/bad/alias-collision/content/claims/bridge-shut.md, so its old URL cannot redirect here. Remove the alias, or rename one of the two. [alias-collision]

      1 problem in 1 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/alias-collision/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/alias-collision/dist/ was left as it was.
      "
    `);
  });

  it('fails on an address that now shows another record', () => {
    expect(failingBuild('reused-address')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/reused-address/content/claims/bridge-closed.md:1:1  /claims/bridge-closed/ was published for the claim now in tests/fixtures/bad/reused-address/content/claims/harbour-bridge-closed.md ("The Harbour Bridge was closed on 12 May 2026."), but this file now takes its id, so a link shared to it would say something else. Give this claim an id of its own (rename the file), and add "bridge-closed" to the aliases in tests/fixtures/bad/reused-address/content/claims/harbour-bridge-closed.md; if the files were renamed by mistake, rename them back. If the change is intended, record it with npm run urls -- --build. [reused-address]

      1 problem in 1 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/reused-address/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/reused-address/dist/ was left as it was.
      "
    `);
  });

  it('fails on archive folder missing', () => {
    expect(failingBuild('archive-folder-missing')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/archive-folder-missing/content/articles/report.md:8:1  There is no folder tests/fixtures/bad/archive-folder-missing/archive/, where CROSSCHECK_ARCHIVE says the archived texts are, so the spans of this article were not checked. Point CROSSCHECK_ARCHIVE at the folder that holds the archived texts, or leave it unset to use archive/. [archive-folder-missing]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/archive-folder-missing/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/archive-folder-missing/dist/ was left as it was.
      "
    `);
  });

  it('fails on archive unreadable', () => {
    expect(failingBuild('archive-unreadable')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/archive-unreadable/content/articles/empty-archive.md:8:1  tests/fixtures/bad/archive-unreadable/archive/empty.txt is empty: it holds no text (or only spaces and line breaks), so the spans of this article cannot be checked against it. Save the article's text in it again, or name in the field archive the file that holds it. [archive-unreadable]
      tests/fixtures/bad/archive-unreadable/content/articles/report.md:8:1  tests/fixtures/bad/archive-unreadable/archive/report.txt is not UTF-8 text: its byte 0xE9 at its line 1, column 44 cannot be read (in Windows-1252, the encoding older Windows programs save in, it is "é"), so the spans of this article cannot be checked against it. Reopen it in its encoding (Windows-1252, if that is the character meant) and save it as UTF-8. [archive-unreadable]

      2 problems in 2 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/archive-unreadable/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/archive-unreadable/dist/ was left as it was.
      "
    `);
  });

  it('fails on bad alias', () => {
    expect(failingBuild('bad-alias')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bad-alias/content/claims/bridge-closed.md:6:5  aliases (item 1): expected lowercase words joined by hyphens, at most 120 characters, as in pause-is-unilateral, found "Bridge Closed". Did you mean "bridge-closed"? [bad-format]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bad-alias/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bad-alias/dist/ was left as it was.
      "
    `);
  });

  it('fails on bad date calendar', () => {
    expect(failingBuild('bad-date-calendar')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bad-date-calendar/content/articles/report.md:7:1  added: the time in 2026-05-12T24:00:00Z is not a time of day: hours run from 00 to 23, minutes and seconds from 00 to 59 (YAML would move 24:00 to the next day). Check the time, or leave it out and give the day alone. [bad-date]
      tests/fixtures/bad/bad-date-calendar/content/articles/report.md:8:1  published: 2026-02-30 is not a day of the calendar. Check the day and the month. [bad-date]

      2 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bad-date-calendar/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bad-date-calendar/dist/ was left as it was.
      "
    `);
  });

  it('fails on a date near a valid one, saying which', () => {
    expect(failingBuild('bad-date-near-miss')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bad-date-near-miss/content/articles/report.md:7:1  added: expected a date written as YYYY-MM-DD (a time and offset may follow, as in 2026-06-04T09:30:00Z), found "2026/05/12". Did you mean 2026-05-12? [bad-date]
      tests/fixtures/bad/bad-date-near-miss/content/articles/report.md:8:1  published: expected a date written as YYYY-MM-DD (a time and offset may follow, as in 2026-06-04T09:30:00Z), found "2026-05-12T09:30:00+0200". Did you mean 2026-05-12T09:30:00+02:00? If the exact day is not known, leave the field out: never guess a date. [bad-date]

      2 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bad-date-near-miss/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bad-date-near-miss/dist/ was left as it was.
      "
    `);
  });

  it('fails on bad date format', () => {
    expect(failingBuild('bad-date-format')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bad-date-format/content/articles/report.md:7:1  added: expected a date written as YYYY-MM-DD (a time and offset may follow, as in 2026-06-04T09:30:00Z), found "12 May 2026". [bad-date]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bad-date-format/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bad-date-format/dist/ was left as it was.
      "
    `);
  });

  it('fails on bad date no offset', () => {
    expect(failingBuild('bad-date-no-offset')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bad-date-no-offset/content/articles/report.md:8:1  published: the time in 2026-05-12T10:00 has no offset, so it would depend on the time zone of the machine that builds the site. Add one, as in 2026-05-12T10:00Z (UTC) or 2026-05-12T10:00+02:00. [bad-date]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bad-date-no-offset/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bad-date-no-offset/dist/ was left as it was.
      "
    `);
  });

  it('fails on bad date offset', () => {
    expect(failingBuild('bad-date-offset')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bad-date-offset/content/articles/report.md:8:1  published: 2026-05-12T10:00:00+25:00 has an offset no clock uses, so the date would be moved by it. A real offset runs from -12:00 to +14:00: write the one the source gives, as in 2026-05-12T10:00:00+02:00, or the time in UTC with Z. [bad-date]
      tests/fixtures/bad/bad-date-offset/content/claims/bridge-closed.md:8:3  verdict.date: 2026-05-14T09:00:00-13:60 has an offset no clock uses, so the date would be moved by it. A real offset runs from -12:00 to +14:00: write the one the source gives, as in 2026-05-14T09:00:00+02:00, or the time in UTC with Z. [bad-date]

      2 problems in 2 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bad-date-offset/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bad-date-offset/dist/ was left as it was.
      "
    `);
  });

  it('fails on published after added: a month mistyped', () => {
    expect(failingBuild('published-after-added')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/published-after-added/content/articles/report.md:4:1  published: 2026-06-12 is later than added, 2026-05-12 (line 8), but an article is added to the corpus once it is out. One of the two is mistyped: published is when the outlet published it, added when it was recorded here. Correct the one that is wrong; if the day of publication is not known, leave published out. [published-after-added]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/published-after-added/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/published-after-added/dist/ was left as it was.
      "
    `);
  });

  it('fails on bad file name', () => {
    expect(failingBuild('bad-file-name')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bad-file-name/content/articles/Bridge Report.md:1:1  "Bridge Report" is not a valid id. A record's file name is its id and its URL: lowercase letters and digits in words joined by single hyphens, at most 120 characters. Rename the file to bridge-report.md, and update anything that refers to it. [bad-file-name]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bad-file-name/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bad-file-name/dist/ was left as it was.
      "
    `);
  });

  it('fails on bad format', () => {
    expect(failingBuild('bad-format')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bad-format/content/articles/report.md:8:1  language: expected a language tag such as en or en-GB, found "English". [bad-format]
      tests/fixtures/bad/bad-format/content/articles/second.md:8:1  language: expected a language tag such as en or en-GB, found "en_GB". Did you mean "en-GB"? [bad-format]

      2 problems in 2 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bad-format/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bad-format/dist/ was left as it was.
      "
    `);
  });

  it('fails on bad url', () => {
    expect(failingBuild('bad-url')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bad-url/content/articles/report.md:8:1  url: expected an http:// or https:// address, found "javascript:alert(document.cookie)". Only web addresses are published as links. [bad-url]
      tests/fixtures/bad/bad-url/content/outlets/gazette.yaml:2:1  url: expected an http:// or https:// address, found "harbour-gazette.example.org/news". Did you mean https://harbour-gazette.example.org/news? Copy the address from the browser's address bar, where it starts with https://. Only web addresses are published as links. [bad-url]
      tests/fixtures/bad/bad-url/content/outlets/wire.yaml:2:1  url: "http://localhost:4321/outlets/wire/" leads to localhost:4321, on the editor's own computer or private network, where no reader can follow it. Write the public address the page has on the web. [bad-url]

      3 problems in 3 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bad-url/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bad-url/dist/ was left as it was.
      "
    `);
  });

  it('fails on bad url data', () => {
    expect(failingBuild('bad-url-data')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bad-url-data/content/outlets/wire.yaml:2:1  url: expected an http:// or https:// address, found "data:text/html,<script>alert(1)</script>". Only web addresses are published as links. [bad-url]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bad-url-data/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bad-url-data/dist/ was left as it was.
      "
    `);
  });

  it('fails on bad value', () => {
    expect(failingBuild('bad-value')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bad-value/content/articles/report.md:6:1  kind: expected one of report, analysis, opinion, aggregate, press-release, found "news". Did you mean "report"? [bad-value]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bad-value/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bad-value/dist/ was left as it was.
      "
    `);
  });

  it('fails on bad value suggestion', () => {
    expect(failingBuild('bad-value-suggestion')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bad-value-suggestion/content/claims/bridge-closed.md:4:1  kind: expected one of fact, figure, quote, attribution, prediction, found "facts". Did you mean "fact"? [bad-value]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bad-value-suggestion/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bad-value-suggestion/dist/ was left as it was.
      "
    `);
  });

  it('fails on bidi control', () => {
    expect(failingBuild('bidi-control')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bidi-control/content/articles/report.md:5:40  The field summary holds an invisible bidirectional control (U+2066), which reverses or reorders the text after it wherever it is shown, so the words read other than as written. Delete it; in YAML it may be written as an escape between double quotes, such as \\u202E. [bidi-control]
      tests/fixtures/bad/bidi-control/content/articles/report.md:12:38  This line holds an invisible bidirectional control (U+202E), which reverses or reorders the text after it wherever it is shown, so the words read other than as written. Delete it. [bidi-control]
      tests/fixtures/bad/bidi-control/content/articles/report.md:14:28  This line holds an invisible bidirectional control (U+202E), which reverses or reorders the text after it wherever it is shown, so the words read other than as written. Delete it. [bidi-control]

      3 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bidi-control/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bidi-control/dist/ was left as it was.
      "
    `);
  });

  it('fails on an invisible character in a name, where it can only be a mistake or a spoof, and in a statement, where only a mistake puts it', () => {
    expect(failingBuild('invisible-in-name')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/invisible-in-name/content/claims/bridge-closed.md:2:41  The field statement holds an invisible character, a zero-width space (U+200B), between "closed" and "on": the text reads as it would without it but is not the same text, so a search for its words misses this record, and it is not the same wording as the words typed. Delete it; in YAML it may be written as an escape between double quotes, such as \\u200B. [invisible-in-text]
      tests/fixtures/bad/invisible-in-name/content/outlets/wire.yaml:1:18  The field name holds an invisible character, a zero-width space (U+200B), in the word "Wire", whose alphabet never needs one: the name reads as it would without it but is not the same text, so search does not find it, and the record can pass for another. Delete it; in YAML it may be written as an escape between double quotes, such as \\u200B. [invisible-in-name]

      2 problems in 2 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/invisible-in-name/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/invisible-in-name/dist/ was left as it was.
      "
    `);
  });

  it('fails on a letter of another alphabet that passes for one of its word, in a name', () => {
    expect(failingBuild('look-alike')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/look-alike/content/articles/report.md:6:18  The field byline holds the word "Петрoв", whose Latin letter "o" (U+006F) stands among Cyrillic letters and looks like one of them, so the word passes for another, and the record for one it is not (an outlet's or a person's name imitated). Type the letter again in the Cyrillic alphabet. [look-alike]
      tests/fixtures/bad/look-alike/content/outlets/wire.yaml:1:19  The field name holds the word "Wirе", whose Cyrillic letter "е" (U+0435) stands among Latin letters and looks like one of them, so the word passes for another, and the record for one it is not (an outlet's or a person's name imitated). Type the letter again in the Latin alphabet. [look-alike]

      2 problems in 2 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/look-alike/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/look-alike/dist/ was left as it was.
      "
    `);
  });

  it('fails on noncharacter', () => {
    expect(failingBuild('noncharacter')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/noncharacter/content/articles/report.md:5:40  The field summary holds a noncharacter (U+FDD0), a code point Unicode never assigns to a character, which no valid page may hold. Delete it; in YAML it may be written as an escape between double quotes, such as \\uFDD0. [noncharacter]
      tests/fixtures/bad/noncharacter/content/articles/report.md:12:38  This line holds a noncharacter (U+1FFFE), a code point Unicode never assigns to a character, which no valid page may hold. Delete it. [noncharacter]

      2 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/noncharacter/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/noncharacter/dist/ was left as it was.
      "
    `);
  });

  it('fails on binary file', () => {
    expect(failingBuild('binary-file')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/binary-file/content/articles/photo.md:3:1  This is a binary file (it contains a NUL byte here), not a text record. Only Markdown (.md) and YAML (.yaml) records belong in content/: move this file out. [binary-file]

      1 problem in 1 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/binary-file/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/binary-file/dist/ was left as it was.
      "
    `);
  });

  it('fails on comment in text: a summary whose #1 YAML reads as a comment, beside a comment after a value from a list', () => {
    expect(failingBuild('comment-in-text')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/comment-in-text/content/articles/report.md:5:21  The field summary stops before "#1 story of the week reports the closur…": YAML reads a # after a space as the start of a comment, so those words would be left out of the page. Put the whole value in double quotes, as in "The wire's #1 story of the week reports the closure."; if it is a note for editors, move it to a line of its own. [comment-in-text]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/comment-in-text/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/comment-in-text/dist/ was left as it was.
      "
    `);
  });

  it('fails on mixed quotes: a headline between a curly and a straight quotation mark, and a description between a straight and a curly one', () => {
    expect(failingBuild('mixed-quotes')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/mixed-quotes/content/articles/report.md:2:11  The field headline starts with a curly quotation mark (“) and ends with a straight one ("), so YAML reads neither as quoting the value: both would be published as part of the text, as typed: “Close the bridge now". If the marks belong to the text (a quotation), write both curly: “Close the bridge now”; if they were to quote the value, write both straight, "Close the bridge now", or leave them out. [mixed-quotes]
      tests/fixtures/bad/mixed-quotes/content/outlets/wire.yaml:3:14  YAML cannot read this: a quotation mark opened here is never closed: the line ends with ”, a curly quotation mark, which YAML does not read as closing the straight ". Write both marks straight, "The harbour's own news wire", or, if the quotation marks belong to the text, both curly, as YAML keeps them: “The harbour's own news wire”. [yaml-syntax]

      2 problems in 2 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/mixed-quotes/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/mixed-quotes/dist/ was left as it was.
      "
    `);
  });

  it('fails on crlf bom', () => {
    expect(failingBuild('crlf-bom')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/crlf-bom/content/articles/report.md:3:1  outlet: there is no outlet "wires" (no file tests/fixtures/bad/crlf-bom/content/outlets/wires.yaml). Did you mean "wire"? [unknown-reference]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/crlf-bom/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/crlf-bom/dist/ was left as it was.
      "
    `);
  });

  it('fails on dense markup', () => {
    expect(failingBuild('dense-markup')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/dense-markup/content/articles/report.md:14:1  This paragraph holds 1200 of the characters * _ ~ [ ] between two blank lines. With more than 1000, reading Markdown slows down with the square of their number (minutes for a long line), so this file is not read further. Split the paragraph with blank lines, or put a backslash before each one that is not markup (\\*). [dense-markup]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/dense-markup/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/dense-markup/dist/ was left as it was.
      "
    `);
  });

  it('fails on deep nesting', () => {
    expect(failingBuild('deep-nesting')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/deep-nesting/content/stories/closure.md:8:381  Here quotations, lists or HTML elements are nested some 101 levels deep, one inside another (a > in a >, a list in a list, an element left open). The site renders at most 100, so this file is not read further. Close the HTML elements left open, and nest quotations and lists a few levels at most. [deep-nesting]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/deep-nesting/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/deep-nesting/dist/ was left as it was.
      "
    `);
  });

  it('fails on duplicate id', () => {
    expect(failingBuild('duplicate-id')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/duplicate-id/content/outlets/wire.yml:1:1  "wire" is already the id of tests/fixtures/bad/duplicate-id/content/outlets/wire.yaml. Every outlet needs its own id: remove one of the two files, or rename one. [duplicate-id]

      1 problem in 1 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/duplicate-id/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/duplicate-id/dist/ was left as it was.
      "
    `);
  });

  it('fails on duplicate id extension', () => {
    expect(failingBuild('duplicate-id-extension')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/duplicate-id-extension/content/articles/report.yaml:1:1  This file has the same name as tests/fixtures/bad/duplicate-id-extension/content/articles/report.md, which defines article "report"; this one is not read. Keep one file: remove this one, or merge what it holds into tests/fixtures/bad/duplicate-id-extension/content/articles/report.md. [duplicate-id]

      1 problem in 1 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/duplicate-id-extension/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/duplicate-id-extension/dist/ was left as it was.
      "
    `);
  });

  it('fails on duplicate key', () => {
    expect(failingBuild('duplicate-key')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/duplicate-key/content/articles/report.md:8:1  The field "headline" is written twice (first on line 2). Keep one of them. [duplicate-key]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/duplicate-key/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/duplicate-key/dist/ was left as it was.
      "
    `);
  });

  it('fails on duplicate article: two records with the same address, the host written in other letters and with its default port', () => {
    expect(failingBuild('duplicate-article')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/duplicate-article/content/articles/report.md:4:1  This article's address, "https://wire.example.org/news/bridge-closed", is also the address of tests/fixtures/bad/duplicate-article/content/articles/report-again.md (line 4, written "https://Wire.Example.org:443/news/bridge-closed"): the same article, recorded twice, would count as evidence twice on every claim it carries. Keep one record, with the mentions of both; if this is another article, give its own address (a post of a live page, its address with #…). [duplicate-article]

      1 problem in 1 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/duplicate-article/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/duplicate-article/dist/ was left as it was.
      "
    `);
  });

  it('fails on empty date', () => {
    expect(failingBuild('empty-date')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/empty-date/content/articles/report.md:8:1  published is empty: expected a date written as YYYY-MM-DD (a time and offset may follow). Fill it in, or remove the line: the field is optional. [empty-value]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/empty-date/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/empty-date/dist/ was left as it was.
      "
    `);
  });

  it('publishes an article with no body, and one with only a comment, with a notice for each (empty-body)', () => {
    const outDir = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/bad/empty-body/dist');
    rmSync(path.dirname(outDir), { recursive: true, force: true });
    const result = runBuild({ content: 'tests/fixtures/bad/empty-body/content', outDir });
    expect(result.status, result.stderr).toBe(0);
    const notices = result.stdout.split('\n').filter((line) => line.endsWith('[empty-body]') || line.includes(' notice'));
    expect(notices).toEqual([
      'tests/fixtures/bad/empty-body/content/articles/notes.md:8:1  This article has no body: only a comment, which the page does not show, follows the --- line that closes its fields, so its page shows no account of the article and no passage, and it carries no claim. Below this line, write a short account of the article in our words, then quote the passages that carry its claims, each claim marked: > :claim[exact words]{#claim-id}. [empty-body]',
      'tests/fixtures/bad/empty-body/content/articles/report.md:8:1  This article has no body: nothing follows the --- line that closes its fields, so its page shows no account of the article and no passage, and it carries no claim. Below this line, write a short account of the article in our words, then quote the passages that carry its claims, each claim marked: > :claim[exact words]{#claim-id}. [empty-body]',
      '2 notices in 2 files: what readers will miss, which does not stop the build. Each code in [brackets] is explained in docs/authoring.md.',
    ]);
    const page = readFileSync(path.join(outDir, 'articles/report/index.html'), 'utf8');
    expect(page).toContain('<h2 id="record">The passages and their claims</h2><p>No passage of this article is recorded yet.</p>');
  });

  it('publishes a body image with no description, with a notice at the image (image-without-description)', () => {
    const outDir = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/bad/image-without-description/dist');
    rmSync(path.dirname(outDir), { recursive: true, force: true });
    const result = runBuild({ content: 'tests/fixtures/bad/image-without-description/content', outDir });
    expect(result.status, result.stderr).toBe(0);
    const notices = result.stdout.split('\n').filter((line) => line.endsWith('[image-without-description]'));
    expect(notices.map((line) => line.replace(/  .*/, ''))).toEqual(['tests/fixtures/bad/image-without-description/content/articles/report.md:12:23', 'tests/fixtures/bad/image-without-description/content/articles/report.md:14:29']);
    expect(result.stdout).toContain('2 notices in 1 file: what readers will miss, which does not stop the build.');
    expect(existsSync(path.join(outDir, 'articles/report/index.html'))).toBe(true);
  });

  it('publishes a span of a paragraph and a span holding an image, with a notice at each mention (mention-long-span, mention-holds-image)', () => {
    const outDir = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/bad/span-notices/dist');
    rmSync(path.dirname(outDir), { recursive: true, force: true });
    const result = runBuild({ content: 'tests/fixtures/bad/span-notices/content', outDir });
    expect(result.status, result.stderr).toBe(0);
    const notices = result.stdout.split('\n').filter((line) => / \[mention-(?:long-span|holds-image)\]$/.test(line));
    expect(notices.map((line) => line.replace(/  .*\[/, ' ['))).toEqual([
      'tests/fixtures/bad/span-notices/content/articles/report.md:12:45 [mention-long-span]',
      'tests/fixtures/bad/span-notices/content/articles/report.md:14:27 [mention-holds-image]',
    ]);
    expect(result.stdout).toContain('2 notices in 1 file: what readers will miss, which does not stop the build.');
    const page = readFileSync(path.join(outDir, 'articles/report/index.html'), 'utf8');
    // Both mentions are published as links, the image in the span as its description.
    expect(page.match(/class="mention mention--asserts"/g)).toHaveLength(3);
    expect(page).toContain('the bridge is shut [Image: Notice: bridge closed until March] until March</a>');
  });

  it('fails on empty record', () => {
    expect(failingBuild('empty-record')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/empty-record/content/outlets/wire.yaml:1:1  This record has no fields. Write one "key: value" line for each field, as in: name: Reuters. [not-a-mapping]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/empty-record/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/empty-record/dist/ was left as it was.
      "
    `);
  });

  it('fails on empty value', () => {
    expect(failingBuild('empty-value')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/empty-value/content/articles/report.md:5:1  summary holds only spaces or invisible characters, so a reader would see nothing there: expected text. Fill it in. [empty-value]
      tests/fixtures/bad/empty-value/content/articles/report.md:8:1  byline is empty: expected text. Fill it in, or remove the line: the field is optional. [empty-value]

      2 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/empty-value/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/empty-value/dist/ was left as it was.
      "
    `);
  });

  it('fails on a file too large to be a record, made for the test (the repository holds no such file)', () => {
    const content = 'node_modules/.cache/crosscheck-tests/bad-content/file-too-large/content';
    rmSync(path.join(projectRoot, path.dirname(content)), { recursive: true, force: true });
    cpSync(path.join(projectRoot, 'tests/fixtures/bad/unknown-claim/content'), path.join(projectRoot, content), { recursive: true });
    const report = path.join(projectRoot, content, 'articles/report.md');
    writeFileSync(report, `${readFileSync(report, 'utf8')}\n${'The full text of the article, pasted whole. '.repeat(28_000)}`);
    expect(failingBuild('file-too-large', content)).toMatchInlineSnapshot(`
      "node_modules/.cache/crosscheck-tests/bad-content/file-too-large/content/articles/report.md:1:1  This file holds 1,232,291 bytes, more than the 1,000,000 (1 MB) a record may hold, so it is not read. A record holds our account of an article and the passages that carry its claims, never the full text: keep the full text in archive/, and only the passages the record quotes here. [file-too-large]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in node_modules/.cache/crosscheck-tests/bad-content/file-too-large/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/file-too-large/dist/ was left as it was.
      "
    `);
  });

  it('fails on frontmatter missing', () => {
    expect(failingBuild('frontmatter-missing')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/frontmatter-missing/content/articles/empty.md:1:1  This file is empty, so it is no record and nothing of it would be published. Write the record in it (its fields between two --- lines, then its body), or delete the file. [frontmatter-missing]
      tests/fixtures/bad/frontmatter-missing/content/articles/report.md:1:1  This file has no frontmatter. Start it with a line of three hyphens (---), then the fields as "key: value" lines, then another --- line; the body follows. [frontmatter-missing]
      tests/fixtures/bad/frontmatter-missing/content/claims/bridge-closed.md:1:1  The file starts with its fields, but the line of three hyphens (---) that opens them is missing, so they would not be read as fields: the --- line below them would close nothing. Add a line of three hyphens (---) above the first field, as the first line of the file. [frontmatter-missing]

      3 problems in 3 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/frontmatter-missing/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/frontmatter-missing/dist/ was left as it was.
      "
    `);
  });

  it('fails on frontmatter not first line', () => {
    expect(failingBuild('frontmatter-not-first-line')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/frontmatter-not-first-line/content/articles/report.md:1:1  The frontmatter must start on the very first line of the file. Remove what is above the first --- line. [frontmatter-missing]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/frontmatter-not-first-line/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/frontmatter-not-first-line/dist/ was left as it was.
      "
    `);
  });

  it('fails on frontmatter closed by a line of three dots, reported at that line', () => {
    expect(failingBuild('frontmatter-closed-by-dots')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/frontmatter-closed-by-dots/content/articles/report.md:8:1  This line of three dots ends the fields for YAML, but only a line of three hyphens closes the frontmatter, so the body would be read as fields. Write --- in its place. [frontmatter-unclosed]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/frontmatter-closed-by-dots/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/frontmatter-closed-by-dots/dist/ was left as it was.
      "
    `);
  });

  it('fails with exact places in a BOM and CRLF file: a block value, a table cell after an emoji and a tab, a footnote on the last line', () => {
    expect(failingBuild('places-crlf-tabs-emoji')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/places-crlf-tabs-emoji/content/articles/report.md:7:20  The field summary holds an invisible control character (U+000B), which a page cannot show and a feed cannot carry: one makes the whole feed unreadable. Delete it; in YAML it may be written as an escape between double quotes, such as \\x01 or \\v. [control-character]
      tests/fixtures/bad/places-crlf-tabs-emoji/content/articles/report.md:14:14  Unknown stance "quote". Did you mean "quotes"? A stance is one of asserts, disputes, quotes, qualifies (asserts when left out). In: :claim[The bridge was closed on Tuesday]{#bridge-closed stance=quote} [mention-bad-stance]
      tests/fixtures/bad/places-crlf-tabs-emoji/content/articles/report.md:18:27  Unknown stance "assert". Did you mean "asserts"? A stance is one of asserts, disputes, quotes, qualifies (asserts when left out). In: :claim[closed on Tuesday]{#bridge-closed stance=assert} [mention-bad-stance]

      3 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/places-crlf-tabs-emoji/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/places-crlf-tabs-emoji/dist/ was left as it was.
      "
    `);
  });

  it('fails on frontmatter unclosed', () => {
    expect(failingBuild('frontmatter-unclosed')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/frontmatter-unclosed/content/articles/report.md:1:1  The frontmatter opened here is never closed. Add a line of three hyphens (---) after the last field, before the body. [frontmatter-unclosed]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/frontmatter-unclosed/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/frontmatter-unclosed/dist/ was left as it was.
      "
    `);
  });

  it('fails on many problems', () => {
    expect(failingBuild('many-problems')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/many-problems/content/articles/report.md:3:1  outlet: there is no outlet "wier" (no file tests/fixtures/bad/many-problems/content/outlets/wier.yaml). Did you mean "wire"? [unknown-reference]
      tests/fixtures/bad/many-problems/content/articles/report.md:6:1  kind: expected one of report, analysis, opinion, aggregate, press-release, found "news". Did you mean "report"? [bad-value]
      tests/fixtures/bad/many-problems/content/articles/report.md:8:1  Unknown field "headlin" in an article. Did you mean "headline"? [unknown-field]
      tests/fixtures/bad/many-problems/content/articles/report.md:9:1  published: 2026-02-30 is not a day of the calendar. Check the day and the month. [bad-date]
      tests/fixtures/bad/many-problems/content/articles/report.md:12:3  Unknown stance "assert". Did you mean "asserts"? A stance is one of asserts, disputes, quotes, qualifies (asserts when left out). In: :claim[The bridge was closed on Tuesday]{#bridge-closd stance=assert} [mention-bad-stance]
      tests/fixtures/bad/many-problems/content/claims/bridge-closed.md:1:1  No article mentions claim "bridge-closed", so its page would have no evidence. Mention it in an article's body, as in :claim[the article's exact words]{#bridge-closed}, or remove the claim. [unmentioned-claim]
      tests/fixtures/bad/many-problems/content/claims/bridge-closed.md:6:5  contradicts (item 1): "bridge-closed" is this claim itself. A claim cannot contradict itself: remove "bridge-closed". [self-reference]
      tests/fixtures/bad/many-problems/content/outlets/wire.yaml:2:1  url: expected an http:// or https:// address, found "ftp://wire.example.org". Only web addresses are published as links. [bad-url]

      8 problems in 3 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/many-problems/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/many-problems/dist/ was left as it was.
      "
    `);
  });

  it('fails on mention bad id', () => {
    expect(failingBuild('mention-bad-id')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/mention-bad-id/content/articles/report.md:12:9  "Bridge_Closed" is not a claim id: ids are lowercase words joined by hyphens, at most 120 characters. Did you mean "bridge-closed"? In: :claim[the bridge was shut]{#Bridge_Closed} [mention-bad-id]
      tests/fixtures/bad/mention-bad-id/content/articles/report.md:14:14  "bridge-clоsed" is not a claim id: ids are lowercase words joined by hyphens, at most 120 characters. It holds the Cyrillic letter "о" (U+043E) after "bridge-cl", drawn like the Latin "o": type it again as that letter. Did you mean "bridge-closed"? In: :claim[the bridge stays shut]{#bridge-clоsed} [mention-bad-id]

      2 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/mention-bad-id/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/mention-bad-id/dist/ was left as it was.
      "
    `);
  });

  it('fails on mention bad stance', () => {
    expect(failingBuild('mention-bad-stance')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/mention-bad-stance/content/articles/report.md:12:14  Unknown stance "assert". Did you mean "asserts"? A stance is one of asserts, disputes, quotes, qualifies (asserts when left out). In: :claim[the repairs will take a year]{#bridge-closed stance=assert} [mention-bad-stance]
      tests/fixtures/bad/mention-bad-stance/content/articles/report.md:14:16  This claim mention gives stance without a value: write it as stance=quotes, or leave it out for asserts. A stance is one of asserts, disputes, quotes, qualifies (asserts when left out). In: :claim[repairs will take a year]{#bridge-closed stance} [mention-bad-stance]
      tests/fixtures/bad/mention-bad-stance/content/articles/report.md:16:18  This claim mention is followed by stance=quotes outside its braces, where it is not read: the mention would assert the claim, and "stance=quotes" would be published as text. Put it inside the braces: {#bridge-closed stance=quotes}. In: :claim[works begin in June]{#bridge-closed}stance=quotes [mention-bad-stance]

      3 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/mention-bad-stance/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/mention-bad-stance/dist/ was left as it was.
      "
    `);
  });

  it('fails on mention empty', () => {
    expect(failingBuild('mention-empty')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/mention-empty/content/articles/report.md:12:5  This claim mention has an empty span. Put the article's exact words between the brackets: :claim[exact words]{#claim-id}. In: :claim[]{#bridge-closed} [mention-empty]
      tests/fixtures/bad/mention-empty/content/articles/report.md:14:16  This claim mention has an empty span: its [span] comes after its {#…}, where it is not read, and would be published as plain text. Put the span first: :claim[exact words]{#claim-id}. In: :claim{#bridge-closed stance=quotes}[repairs will take a year]. [mention-empty]

      2 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/mention-empty/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/mention-empty/dist/ was left as it was.
      "
    `);
  });

  it('fails on mention in link', () => {
    expect(failingBuild('mention-in-link')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/mention-in-link/content/articles/report.md:12:18  This claim mention sits inside a link's text. Move it outside the [link](…): a mention is a link itself. In: :claim[the bridge is closed]{#bridge-closed} [mention-in-link]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/mention-in-link/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/mention-in-link/dist/ was left as it was.
      "
    `);
  });

  it('fails on mention holds block', () => {
    expect(failingBuild('mention-holds-block')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/mention-holds-block/content/articles/report.md:12:20  This claim mention holds a raw HTML tag that ends a paragraph (<div>, <p>, </p>, <ul>, <li>, <table>, <h2>, <blockquote>, …): a browser ends the mention where that tag stands, so the page would show only the words before it as the mention. Take the tag out of the brackets, or end the mention before it. In: :claim[the bridge is closed <div>until further notice</div>]{#bridge-closed} [mention-holds-block]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/mention-holds-block/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/mention-holds-block/dist/ was left as it was.
      "
    `);
  });

  it('fails on mention crosses emphasis', () => {
    expect(failingBuild('mention-crosses-emphasis')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/mention-crosses-emphasis/content/articles/report.md:10:21  Emphasis opens on one side of this claim mention's edge and closes on the other (* … *), and Markdown cannot close emphasis outside the mention it opened in, so both * would be published as written, one of them in the span's words. Put both marks inside the brackets to emphasise words of the span (:claim[*exact words*]{#claim-id}), or both outside to emphasise the whole mention (*:claim[exact words]{#claim-id}*). In: :claim[the bridge was closed on Tuesday*]{#bridge-closed} [mention-crosses-emphasis]
      tests/fixtures/bad/mention-crosses-emphasis/content/articles/report.md:12:14  Emphasis opens on one side of this claim mention's edge and closes on the other (** … **), and Markdown cannot close emphasis outside the mention it opened in, so both ** would be published as written, one of them in the span's words. Put both marks inside the brackets to emphasise words of the span (:claim[**exact words**]{#claim-id}), or both outside to emphasise the whole mention (**:claim[exact words]{#claim-id}**). In: :claim[**the repairs will take]{#bridge-closed stance=quotes} [mention-crosses-emphasis]
      tests/fixtures/bad/mention-crosses-emphasis/content/articles/report.md:14:16  Code opens inside this claim mention's span and closes after the mention (\` … \`), and Markdown cannot close code outside the mention it opened in, so both \` would be published as written, one of them in the span's words. Put both backticks inside the brackets to show words of the span as code (:claim[\`exact words\`]{#claim-id}), or remove them: a mention inside code is not read. In: :claim[the \`bridge]{#bridge-closed} [mention-crosses-emphasis]

      3 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/mention-crosses-emphasis/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/mention-crosses-emphasis/dist/ was left as it was.
      "
    `);
  });

  it('fails on mention missing id', () => {
    expect(failingBuild('mention-missing-id')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/mention-missing-id/content/articles/report.md:12:9  This claim mention names no claim. Add the claim's id after the span: :claim[exact words]{#claim-id}. In: :claim[the ferry doubled its crossings] [mention-missing-id]
      tests/fixtures/bad/mention-missing-id/content/articles/report.md:14:18  This claim mention is not read: a space stands between :claim and its [span], so neither the span nor the claim id is read. Write them with nothing between: :claim[exact words]{#claim-id}. In: :claim [repairs will take a year]{#bridge-closed stance=quotes}. [mention-missing-id]
      tests/fixtures/bad/mention-missing-id/content/articles/report.md:18:10  This claim mention is not read: Markdown finds no ] to close its span, so neither the span nor the claim id is read. Close the span; a | in a table row ends the cell (write it as \\|), and a blank line the paragraph. Write :claim[exact words]{#claim-id}. In: :claim[closed | shut]{#bridge-closed} | [mention-missing-id]
      tests/fixtures/bad/mention-missing-id/content/articles/report.md:20:16  This claim mention names no claim: a space stands between its ] and {#…}, so the claim id is not read. Remove the space: :claim[exact words]{#claim-id}. In: :claim[the bridge is closed] {#bridge-closed stance=quotes}. [mention-missing-id]
      tests/fixtures/bad/mention-missing-id/content/articles/report.md:22:20  This claim mention has neither a span nor a claim id: :claim alone marks nothing. Write the article's exact words in brackets right after it, then the claim's id: :claim[exact words]{#claim-id}. In: :claim, and nothing more. [mention-missing-id]
      tests/fixtures/bad/mention-missing-id/content/articles/report.md:24:16  This claim mention names no claim: a ] in its words, which no [ opens, ends the span there, so the words after it and the claim id are published as plain text. Write that ] as \\], or leave it out: :claim[exact words]{#claim-id}. In: :claim[the bridge [is] closed ] until March]{#bridge-closed stance=quotes}. [mention-missing-id]
      tests/fixtures/bad/mention-missing-id/content/articles/report.md:26:15  This claim mention names no claim: its id is in parentheses, as a link's address would be, so it is not read. Write it in braces: :claim[exact words]{#claim-id}. In: :claim[the bridge is closed](#bridge-closed). [mention-missing-id]
      tests/fixtures/bad/mention-missing-id/content/articles/report.md:28:18  This claim mention names no claim: a full stop or other punctuation follows its id inside the braces, where Markdown cannot read it (a dot there starts a class), so the claim id is not read. Put the punctuation after the }, where the sentence goes on: :claim[exact words]{#claim-id}. In: :claim[works begin in June]{#bridge-closed.} [mention-missing-id]
      tests/fixtures/bad/mention-missing-id/content/articles/report.md:30:15  This claim mention names no claim: a no-break space, or another space that is not an ordinary one (a word processor puts them), stands between its { and }, where Markdown reads only ordinary spaces, so the claim id is not read. Type the spaces between the braces again: {#claim-id stance=quotes}. In: :claim[works end in March]{#bridge-closed stance=quotes} [mention-missing-id]
      tests/fixtures/bad/mention-missing-id/content/articles/report.md:32:17  This claim mention names no claim: its braces are full-width, ｛ and ｝ (U+FF5B, U+FF5D), as a Chinese or Japanese keyboard types them, and Markdown reads only { and }, so the claim id is not read. Type the braces again: :claim[exact words]{#claim-id}. In: :claim[the bridge is shut]｛#bridge-closed｝ [mention-missing-id]
      tests/fixtures/bad/mention-missing-id/content/articles/report.md:34:16  This claim mention names no claim: a value between its { and } opens a quotation mark that is never closed, so Markdown reads none of the attributes and the claim id is not read. Close the quotation mark with the same one, or leave the quotation marks out: {#claim-id stance=quotes}. In: :claim[works end in May]{#bridge-closed stance='quotes} [mention-missing-id]

      11 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/mention-missing-id/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/mention-missing-id/dist/ was left as it was.
      "
    `);
  });

  it('fails on mention nested', () => {
    expect(failingBuild('mention-nested')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/mention-nested/content/articles/report.md:10:21  This claim mention sits inside another one. Close the outer :claim[…]{…} before this one starts, or mention both claims on the same words one after the other. In: :claim[was closed]{#bridge-closed} [mention-nested]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/mention-nested/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/mention-nested/dist/ was left as it was.
      "
    `);
  });

  it('fails on mention not inline', () => {
    expect(failingBuild('mention-not-inline')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/mention-not-inline/content/articles/report.md:12:1  A claim mention is written with one colon, inside a sentence: :claim[exact words]{#claim-id}. This one has more colons, so it would stand as a block. In: ::claim[The bridge was closed on Tuesday]{#bridge-closed} [mention-not-inline]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/mention-not-inline/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/mention-not-inline/dist/ was left as it was.
      "
    `);
  });

  it('fails on mention unknown attribute', () => {
    expect(failingBuild('mention-unknown-attribute')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/mention-unknown-attribute/content/articles/report.md:12:56  A claim mention takes only #claim-id and stance=asserts|disputes|quotes|qualifies: remove .highlight, style="color:red" and onclick="alert(1)", and write {#bridge-closed}. A mention cannot add classes (.name, as Pandoc and kramdown write them), ids, styles or event handlers to the page: its look is the site's. In: :claim[the bridge is shut]{#bridge-closed .highlight style="color:red" onclick="alert(1)"} [mention-unknown-attribute]
      tests/fixtures/bad/mention-unknown-attribute/content/articles/report.md:14:16  A claim mention takes only #claim-id and stance=asserts|disputes|quotes|qualifies, so this one's claim id and stance are not read as written. Did you mean {#bridge-closed stance=quotes}? A claim id is one word after a #, of lowercase letters, digits and hyphens, without .md, and a stance follows stance=. In: :claim[repairs will take a year]{#bridge-closed.md quotes} [mention-unknown-attribute]
      tests/fixtures/bad/mention-unknown-attribute/content/articles/report.md:16:61  This claim mention has "urgent" after its claim id, with a space between: a space ends an id, so Markdown reads the word as an attribute of its own, and a mention takes only #claim-id and stance=…. Write {#bridge-closed} without it, or, if it is part of the claim's id, join the words with hyphens: {#bridge-closed-urgent}. In: :claim[works begin in June]{#bridge-closed urgent} [mention-unknown-attribute]

      3 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/mention-unknown-attribute/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/mention-unknown-attribute/dist/ was left as it was.
      "
    `);
  });

  it('fails on lone carriage return: a record saved with old Mac line endings, its other problems where an editor shows them', () => {
    expect(failingBuild('lone-carriage-return')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/lone-carriage-return/content/articles/report.md:1:4  This line ends with a carriage return alone (CR), as old Mac editors ended lines; a line break is a line feed (LF), or CR and LF. Editors show a new line here, but the site does not read one everywhere (not at the --- lines around the fields), so the record could be published wrong or not at all. Save the file with LF (or CRLF) line endings. [lone-carriage-return]
      tests/fixtures/bad/lone-carriage-return/content/articles/report.md:6:1  kind: expected one of report, analysis, opinion, aggregate, press-release, found "reprt". Did you mean "report"? [bad-value]
      tests/fixtures/bad/lone-carriage-return/content/articles/report.md:12:14  This mention names claim "bridge-closd", but there is no tests/fixtures/bad/lone-carriage-return/content/claims/bridge-closd.md. Did you mean "bridge-closed"? In: :claim[the bridge will reopen in March]{#bridge-closd stance=qualifies} [unknown-claim]

      3 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/lone-carriage-return/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/lone-carriage-return/dist/ was left as it was.
      "
    `);
  });

  it('fails on missing field', () => {
    expect(failingBuild('missing-field')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/missing-field/content/articles/report.md:1:1  Missing field "headline" (expected text). Add a line: headline: … [missing-field]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/missing-field/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/missing-field/dist/ was left as it was.
      "
    `);
  });

  it('fails on missing nested field', () => {
    expect(failingBuild('missing-nested-field')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/missing-nested-field/content/claims/bridge-closed.md:5:1  verdict is missing the field "summary" (expected text). Add a line under verdict: summary: … [missing-field]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/missing-nested-field/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/missing-nested-field/dist/ was left as it was.
      "
    `);
  });

  it('fails on nested file', () => {
    expect(failingBuild('nested-file')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/nested-file/content/articles/2026/old-report.md:1:1  Records go directly in tests/fixtures/bad/nested-file/content/articles/, not in subfolders: this file's id would be "2026/old-report", which no reference or URL can use. Move it up to tests/fixtures/bad/nested-file/content/articles/. [nested-file]

      1 problem in 1 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/nested-file/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/nested-file/dist/ was left as it was.
      "
    `);
  });

  it('fails on a link to a folder that holds it, made for the test (a fixture with one would loop every tool that walks the repository)', () => {
    const content = 'node_modules/.cache/crosscheck-tests/bad-content/folder-loop/content';
    rmSync(path.join(projectRoot, path.dirname(content)), { recursive: true, force: true });
    cpSync(path.join(projectRoot, 'tests/fixtures/bad/nested-file/content'), path.join(projectRoot, content), { recursive: true });
    rmSync(path.join(projectRoot, content, 'articles/2026'), { recursive: true });
    symlinkSync('..', path.join(projectRoot, content, 'articles/up'));
    expect(failingBuild('folder-loop', content)).toMatchInlineSnapshot(`
      "node_modules/.cache/crosscheck-tests/bad-content/folder-loop/content/articles/up:1:1  This is a symbolic link to "..", a folder that holds it, so its folders would be read one inside another without end. Remove the link: records go in their collection's folder as files. [folder-loop]

      1 problem in 1 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in node_modules/.cache/crosscheck-tests/bad-content/folder-loop/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/folder-loop/dist/ was left as it was.
      "
    `);
  });

  it('fails on a link to a folder inside a collection, made for the test, without reading what it holds', () => {
    const content = 'node_modules/.cache/crosscheck-tests/bad-content/folder-link/content';
    rmSync(path.join(projectRoot, path.dirname(content)), { recursive: true, force: true });
    cpSync(path.join(projectRoot, 'tests/fixtures/bad/nested-file/content'), path.join(projectRoot, content), { recursive: true });
    rmSync(path.join(projectRoot, content, 'articles/2026'), { recursive: true });
    mkdirSync(path.join(projectRoot, content, '../old-articles/2025'), { recursive: true });
    writeFileSync(path.join(projectRoot, content, '../old-articles/2025/report.md'), 'x');
    symlinkSync('../../old-articles', path.join(projectRoot, content, 'articles/old'));
    expect(failingBuild('folder-link', content)).toMatchInlineSnapshot(`
      "node_modules/.cache/crosscheck-tests/bad-content/folder-link/content/articles/old:1:1  This is a symbolic link to the folder "../../old-articles", which is not read: records go directly in node_modules/.cache/crosscheck-tests/bad-content/folder-link/content/articles/, as files, not in folders inside it. Remove the link, and move the records it holds into node_modules/.cache/crosscheck-tests/bad-content/folder-link/content/articles/. [folder-link]

      1 problem in 1 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in node_modules/.cache/crosscheck-tests/bad-content/folder-link/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/folder-link/dist/ was left as it was.
      "
    `);
  });

  it('fails on bad date year', () => {
    expect(failingBuild('bad-date-year')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/bad-date-year/content/articles/report.md:8:1  published: 0026-05-11 has the year 0026, long before any news article: a typing mistake, which YAML would read as 1926. Write the year in full, as in 2026. [bad-date]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/bad-date-year/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/bad-date-year/dist/ was left as it was.
      "
    `);
  });

  it('fails on yaml indented field', () => {
    expect(failingBuild('yaml-indented-field')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/yaml-indented-field/content/articles/report.md:8:3  YAML cannot read this: the field "byline" is indented, so YAML reads its line as more of the value on the line above, and its colon as the start of another field. Start the field at the beginning of its line, with no space before it: only the fields of a group (verdict:) and the items of a list are indented under their field. [yaml-syntax]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/yaml-indented-field/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/yaml-indented-field/dist/ was left as it was.
      "
    `);
  });

  it('fails on repeated item', () => {
    expect(failingBuild('repeated-item')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/repeated-item/content/claims/bridge-closed.md:8:5  entities (item 3): "harbour-bridge" is already item 1 of this list. Remove one of them: a list names each once (an entity listed twice is shown twice). [repeated-item]

      1 problem in 1 of 6 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/repeated-item/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/repeated-item/dist/ was left as it was.
      "
    `);
  });

  it('fails on fields or list items not lined up, at the line that is out of line', () => {
    expect(failingBuild('yaml-misaligned')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/yaml-misaligned/content/articles/report.md:10:3  YAML cannot read this: this list item is not indented as the items above it are, so YAML cannot tell which list it belongs to. Indent every item of a list alike, each starting with "- " under its field. [yaml-syntax]
      tests/fixtures/bad/yaml-misaligned/content/claims/bridge-closed.md:2:1  YAML cannot read this: the first field starts with "- ", as an item of a list, and the fields after it do not, so YAML cannot read them as one set of fields. Start every field at the beginning of its line, with no "- " before it: only the fields of a group (verdict:) and the items of a list are indented. [yaml-syntax]
      tests/fixtures/bad/yaml-misaligned/content/outlets/wire.yaml:1:1  YAML cannot read this: the first field is indented, and the fields after it are not, so YAML cannot read them as one set of fields. Start every field at the beginning of its line, with no space before it: only the fields of a group (verdict:) and the items of a list are indented. [yaml-syntax]

      3 problems in 3 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/yaml-misaligned/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/yaml-misaligned/dist/ was left as it was.
      "
    `);
  });

  it('fails on a second set of fields at the top of a body, which would be published as text', () => {
    expect(failingBuild('fields-in-body')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/fields-in-body/content/articles/report.md:10:1  A second set of fields, between two --- lines, follows the first (byline and published), but only the first set is read: these lines would be published as the start of the body, a field as a heading. Move what they hold into the fields at the top, and delete these lines. [fields-in-body]
      tests/fixtures/bad/fields-in-body/content/claims/bridge-closed.md:4:1  This line of three hyphens closes the fields, but fields follow it up to the --- on line 6 (kind), and they are not read: they would be published as the start of the body, the last as a heading. Remove this line, so that the fields run on to the --- on line 6. [fields-in-body]

      2 problems in 2 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/fields-in-body/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/fields-in-body/dist/ was left as it was.
      "
    `);
  });

  it('fails on a .yaml record written between --- lines, as a Markdown record\'s fields are, at the closing line', () => {
    expect(failingBuild('yaml-fenced')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/yaml-fenced/content/outlets/wire.yaml:4:1  YAML cannot read this: a line of three hyphens (---) follows the fields, and YAML reads it as the start of another record. A .yaml record is its fields alone: remove this line (only a Markdown record puts its fields between two --- lines). [yaml-syntax]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/yaml-fenced/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/yaml-fenced/dist/ was left as it was.
      "
    `);
  });

  it('fails on a fence of dashes that are not three hyphens, at its line', () => {
    expect(failingBuild('frontmatter-dashes')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/frontmatter-dashes/content/articles/report.md:1:1  The first line, "—-", is meant to open the fields, but it holds a dash that is not a hyphen ("—", U+2014), as an editor or a word processor may put for two or three hyphens, so the fields would not be read. Write three hyphens (---) alone on the first line, as on the line that closes the fields. [frontmatter-missing]
      tests/fixtures/bad/frontmatter-dashes/content/claims/bridge-closed.md:5:1  This line closes the frontmatter only if it holds three hyphens and nothing else. Write --- alone on the line. [frontmatter-unclosed]
      tests/fixtures/bad/frontmatter-dashes/content/stories/closure.md:1:1  The first line, "\\t---", is meant to open the fields, but a tab stands before its hyphens, so the fields would not be read. Write three hyphens (---) alone on the first line, as on the line that closes the fields. [frontmatter-missing]

      3 problems in 3 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/frontmatter-dashes/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/frontmatter-dashes/dist/ was left as it was.
      "
    `);
  });

  it('fails on yaml line mistakes', () => {
    expect(failingBuild('yaml-line-mistakes')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/yaml-line-mistakes/content/articles/report.md:6:1  YAML cannot read this: the text of the value that starts with > on the line above is not indented, so YAML does not read it as that value. Indent each of its lines with two spaces under the field. [yaml-syntax]
      tests/fixtures/bad/yaml-line-mistakes/content/claims/bridge-closed.md:4:1  YAML cannot read this: the colon after the field name "kind" is inside the quotation marks, so YAML reads "kind:" as a text, with no field. Put the colon after the closing quotation mark, or write the line without them: kind: fact. [yaml-syntax]
      tests/fixtures/bad/yaml-line-mistakes/content/outlets/council.yaml:2:15  YAML cannot read this: the value "yes" is not true or false, which its tag !!bool asks for. Remove the tag (the !! and the word after it), and write the value as the field takes it (unidentified: true). [yaml-syntax]
      tests/fixtures/bad/yaml-line-mistakes/content/outlets/courier.yaml:2:8  YAML cannot read this: the value has the tag !custom (a ! before a word names a type for the value); js-yaml, which Astro reads the fields with, knows no such tag, so it would refuse this whole record and the build would stop. Remove the tag and write the value as the field takes it (owner: Valley Media); if the !custom belongs to the text, put the whole value in double quotes: owner: "!custom Valley Media". [yaml-syntax]
      tests/fixtures/bad/yaml-line-mistakes/content/outlets/press.yaml:3:5  YAML cannot read this: the merge key << names *press, the group of fields it is written in, so it would bring these fields into themselves: js-yaml, which Astro reads the fields with, brings in nothing from it, as the group has its fields already. To bring in the fields of another group, name that one after the * (set above it, outside this group, with &name); else remove this line. [yaml-syntax]
      tests/fixtures/bad/yaml-line-mistakes/content/outlets/wire.yaml:2:8  YAML cannot read this: there is no space after the colon of the field "country", so YAML reads the whole line as a name. Put a space after the colon, as in country: United Kingdom. [yaml-syntax]
      tests/fixtures/bad/yaml-line-mistakes/content/stories/closure.md:4:5  YAML cannot read this: the merge key << names *common, an anchor that is not set above it (&common). Write <<: *name, where &name is set above it on a group of indented fields (base: &name), or write the fields out, one per line, and remove this line. [yaml-syntax]

      7 problems in 7 of 7 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/yaml-line-mistakes/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/yaml-line-mistakes/dist/ was left as it was.
      "
    `);
  });

  it('fails on story mismatch', () => {
    expect(failingBuild('story-mismatch')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/story-mismatch/content/claims/bridge-closed.md:3:1  story: claim "bridge-closed" belongs to the story "ferry", but no article of that story mentions it; the articles that do belong to "closure". Its story's page would count it with no article that makes it. Set story to "closure", or mention the claim in an article of "ferry". [story-mismatch]

      1 problem in 1 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/story-mismatch/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/story-mismatch/dist/ was left as it was.
      "
    `);
  });

  it('fails on too long', () => {
    expect(failingBuild('too-long')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/too-long/content/articles/report.md:2:1  headline is 612 characters long, more than the 500 it may hold: it is shown whole wherever the record is listed, and in page titles and link previews. Shorten it; longer text goes in the body of an article, claim or story. [too-long]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/too-long/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/too-long/dist/ was left as it was.
      "
    `);
  });

  it('fails on not a mapping', () => {
    expect(failingBuild('not-a-mapping')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/not-a-mapping/content/outlets/wire.yaml:1:1  The fields must be "key: value" lines, but this is a list. Write one field per line, as in: name: Reuters. [not-a-mapping]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/not-a-mapping/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/not-a-mapping/dist/ was left as it was.
      "
    `);
  });

  it('fails on not utf8', () => {
    expect(failingBuild('not-utf8')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/not-utf8/content/articles/pasted.md:10:23  This file is UTF-8 text but for the byte 0x93 here, which cannot be read (in Windows-1252, the encoding older Windows programs save in, it is "“"): it was pasted from text in another encoding, such as a word processor's curly quotes. Retype the character here, and the other that cannot be read (line 10): reopening the whole file in another encoding would garble its UTF-8 characters. [not-utf8]
      tests/fixtures/bad/not-utf8/content/outlets/courier.yaml:1:22  This file is not UTF-8 text: the bytes ED A0 BD here cannot be read: they write U+D83D, one half of a UTF-16 pair alone, which is no character (a program that cut a text between the two halves of an emoji or another character beyond U+FFFF leaves one). Delete these bytes, and write the character meant whole, if any. [not-utf8]
      tests/fixtures/bad/not-utf8/content/outlets/gazette.yaml:1:1  This file is UTF-16 text (it starts with the byte-order mark of UTF-16, as Windows saves "Unicode" text), not UTF-8, so it cannot be read. Save the file with the UTF-8 encoding (an editor's "Save with encoding" or "Reopen with encoding" command does it). [not-utf8]
      tests/fixtures/bad/not-utf8/content/outlets/wire.yaml:2:41  This file is not UTF-8 text: the byte 0xE9 here cannot be read (in Windows-1252, the encoding older Windows programs save in, it is "é"). Save the file with the UTF-8 encoding (an editor's "Save with encoding" or "Reopen with encoding" command does it). [not-utf8]

      4 problems in 4 of 7 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/not-utf8/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/not-utf8/dist/ was left as it was.
      "
    `);
  });

  it('fails on self reference', () => {
    expect(failingBuild('self-reference')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/self-reference/content/claims/bridge-closed.md:6:5  contradicts (item 1): "bridge-closed" is this claim itself. A claim cannot contradict itself: remove "bridge-closed". [self-reference]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/self-reference/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/self-reference/dist/ was left as it was.
      "
    `);
  });

  it('fails on scaffold checklist', () => {
    expect(failingBuild('scaffold-checklist')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/scaffold-checklist/content/articles/report.md:12:1  This record still holds the checklist \`npm run new\` wrote, with 1 passage copied from the article. Quote in the body the passages that carry claims, with their mentions, then delete the comment, from <!-- to -->: the record keeps only what it quotes, and the archive the full text. [scaffold-checklist]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/scaffold-checklist/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/scaffold-checklist/dist/ was left as it was.
      "
    `);
  });

  it('fails on span not in archive', () => {
    expect(failingBuild('span-not-in-archive')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/span-not-in-archive/content/articles/report.md:11:3  This span does not occur in tests/fixtures/bad/span-not-in-archive/archive/report.txt: "The bridge was closed on Tuesday". The archive agrees as far as "The" (its line 1), then reads "Harbour Bridge was closed on Monday" where the span has "bridge was closed on Tuesday". Copy the words exactly as the article has them: only quotation marks, dashes and spacing may differ. [span-not-in-archive]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/span-not-in-archive/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/span-not-in-archive/dist/ was left as it was.
      "
    `);
  });

  it('fails on unknown claim', () => {
    expect(failingBuild('unknown-claim')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/unknown-claim/content/articles/report.md:12:14  This mention names claim "bridge-closd", but there is no tests/fixtures/bad/unknown-claim/content/claims/bridge-closd.md. Did you mean "bridge-closed"? In: :claim[the bridge will reopen in March]{#bridge-closd stance=qualifies} [unknown-claim]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/unknown-claim/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/unknown-claim/dist/ was left as it was.
      "
    `);
  });

  it('fails on unknown page', () => {
    expect(failingBuild('unknown-page')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/unknown-page/content/articles/report.md:12:5  This link leads to /claims/bridge-closd/, but there is no claim "bridge-closd" (no file tests/fixtures/bad/unknown-page/content/claims/bridge-closd.md, and no claim lists it in aliases), so readers would find no page there. Did you mean "bridge-closed"? Link to the record by its current id. [unknown-page]
      tests/fixtures/bad/unknown-page/content/articles/report.md:14:10  This link leads to /claim/bridge-closed/, where the site has no page, so readers would find nothing there. Did you mean /claims/bridge-closed/? A link to a page of the site starts with /, as in /claims/bridge-closed/, and is written in lowercase. [unknown-page]

      2 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/unknown-page/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/unknown-page/dist/ was left as it was.
      "
    `);
  });

  it('fails on a link to a passage an article no longer has (or keeps only as a published anchor), on a raw HTML link to no page, on a #… through an old address, on a section or heading the page does not have, and on a numbered page of a sub-page the claim does not have', () => {
    expect(failingBuild('unknown-page-passage')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/unknown-page-passage/content/stories/closure.md:6:30  This link leads to a passage of the article "report" (/articles/report/#m-bridge-closed-0q3v9xk), but none of its claim mentions has that anchor, so readers would land at the top of the page. A passage's anchor changes when its span's words or claim change. Its mentions of that claim are at #m-bridge-closed-0z8mp3m. Link to the passage's current anchor, or to the article without #…. [unknown-page]
      tests/fixtures/bad/unknown-page-passage/content/stories/closure.md:8:18  This link leads to /claims/bridge-closd/, but there is no claim "bridge-closd" (no file tests/fixtures/bad/unknown-page-passage/content/claims/bridge-closd.md, and no claim lists it in aliases), so readers would find no page there. Did you mean "bridge-closed"? Link to the record by its current id. [unknown-page]
      tests/fixtures/bad/unknown-page-passage/content/stories/closure.md:10:23  This link leads to /claims/bridge-shut/#evidence through an old address of the claim "bridge-closed", whose page redirects keeping the part after # only where script runs, so readers without it would land at the top of the page. Link to /claims/bridge-closed/#evidence instead. [unknown-page]
      tests/fixtures/bad/unknown-page-passage/content/stories/closure.md:12:5  This link leads to /articles/report/#h-repairs, but the page of the article "report" has no section or heading "#h-repairs", so readers would land at the top of the page. Its body's headings are at #h-the-repairs. Link to one of its sections or headings, or to the page without #…. [unknown-page]
      tests/fixtures/bad/unknown-page-passage/content/stories/closure.md:12:52  This link leads to /claims/bridge-closed/#evidnce, but the page of the claim "bridge-closed" has no section or heading "#evidnce", so readers would land at the top of the page. Did you mean "#evidence"? Link to one of its sections or headings, or to the page without #…. [unknown-page]
      tests/fixtures/bad/unknown-page-passage/content/stories/closure.md:14:5  This link leads to /claims/bridge-closed/evidence/2/, but the site makes the evidence page of a claim only for a claim with more than 10 mentions of one stance, and the claim "bridge-closed" has none, so readers would find no page there. Link to the claim's page, /claims/bridge-closed/, instead. [unknown-page]
      tests/fixtures/bad/unknown-page-passage/content/stories/closure.md:16:12  This link leads to /outlets/wire/months/2026-04/, but the outlet "wire" has no article placed in 2026-04 (by its publication date, or by the day it was added when it has none): the site makes no page for 2026-04 there, so readers would find nothing. The nearest month with a page is 2026-05: link to it, or to /outlets/wire/. [unknown-page]
      tests/fixtures/bad/unknown-page-passage/content/stories/closure.md:18:5  This link leads to a passage of the article "report" (/articles/report/#m-bridge-closed-1a2b3c4) by an anchor its page no longer makes: the passage's words were edited since it was published. The page keeps it (published-anchors.txt records it), so readers still land on the passage now at /articles/report/#m-bridge-closed-0z8mp3m, but the site's own links name a passage as it is now. Link to /articles/report/#m-bridge-closed-0z8mp3m instead. [unknown-page]
      tests/fixtures/bad/unknown-page-passage/content/stories/closure.md:20:5  This link leads to /entities/letters/q/, but the site makes no page for the letter "q" there: /entities/ lists them all on one page. Link to /entities/ instead. [unknown-page]

      9 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/unknown-page-passage/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/unknown-page-passage/dist/ was left as it was.
      "
    `);
  });

  it('fails on unknown field', () => {
    expect(failingBuild('unknown-field')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/unknown-field/content/articles/reopening.md:2:1  Unknown field "title" in an article. Did you mean "headline"? [unknown-field]
      tests/fixtures/bad/unknown-field/content/articles/reopening.md:8:1  Unknown field "date" in an article. Did you mean "published"? [unknown-field]
      tests/fixtures/bad/unknown-field/content/articles/reopening.md:9:1  Unknown field "claims" in an article: an article's claims are the mentions in its body, each with the words that make the claim. Remove the line, and mark each claim in a passage of the body: :claim[exact words]{#claim-id}. [unknown-field]
      tests/fixtures/bad/unknown-field/content/articles/report.md:8:1  Unknown field "bylin" in an article. Did you mean "byline"? [unknown-field]
      tests/fixtures/bad/unknown-field/content/articles/report.md:9:1  Unknown field "Outlet" in an article, which also has the field "outlet" (line 3): only that one is read, so the value of this line would be dropped without a word. A field is written once, with its name exactly as the guide writes it (case and spaces count): remove this line, keeping in outlet the value you mean. [unknown-field]
      tests/fixtures/bad/unknown-field/content/outlets/wire.yaml:3:1  Unknown field "cоuntry" in an outlet. It holds the Cyrillic letter "о" (U+043E) after "c", drawn like the Latin "o": type it again as that letter. Did you mean "country"? [unknown-field]
      tests/fixtures/bad/unknown-field/content/stories/closure.md:4:1  Unknown field "articles" in a story: a story does not list its articles; each article names its story in its own story field. Remove the line, and set story in each article's file. [unknown-field]

      7 problems in 4 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/unknown-field/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/unknown-field/dist/ was left as it was.
      "
    `);
  });

  it('fails on unknown field slug', () => {
    expect(failingBuild('unknown-field-slug')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/unknown-field-slug/content/articles/report.md:8:1  The field "slug" is not used: a record's id is its file name, so this one's is "report", not "bridge". Remove the line; to give the record the id "bridge", rename the file to bridge.md (and, if it was published as "report", add that to its aliases). [unknown-field]
      tests/fixtures/bad/unknown-field-slug/content/claims/bridge-closed.md:2:1  The field "id" is not used: a record's id is its file name. Remove the line, and rename the file to change the id. [unknown-field]
      tests/fixtures/bad/unknown-field-slug/content/claims/bridge-closed.md:6:1  Unknown field "stance" in a claim: a claim has no stance of its own, since each article gives its own in its mention of the claim, as in :claim[exact words]{#claim-id stance=disputes}, and the claim page gathers them. Remove the line, and give the stance in the mentions. [unknown-field]

      3 problems in 2 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/unknown-field-slug/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/unknown-field-slug/dist/ was left as it was.
      "
    `);
  });

  it('fails on unknown folder', () => {
    expect(failingBuild('unknown-folder')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/unknown-folder/content/article/extra.md:1:1  tests/fixtures/bad/unknown-folder/content/article/ is not a collection, so this file is ignored and would not be published. Did you mean tests/fixtures/bad/unknown-folder/content/articles/? Records go in one of: outlets/, entities/, stories/, articles/, claims/. [unknown-folder]

      1 problem in 1 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/unknown-folder/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/unknown-folder/dist/ was left as it was.
      "
    `);
  });

  it('fails on unknown reference', () => {
    expect(failingBuild('unknown-reference')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/unknown-reference/content/articles/report.md:3:1  outlet: there is no outlet "wier" (no file tests/fixtures/bad/unknown-reference/content/outlets/wier.yaml). Did you mean "wire"? [unknown-reference]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/unknown-reference/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/unknown-reference/dist/ was left as it was.
      "
    `);
  });

  it('fails on unknown reference entity', () => {
    expect(failingBuild('unknown-reference-entity')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/unknown-reference-entity/content/claims/bridge-closed.md:7:5  entities (item 2): there is no entity "harbour-councl" (no file tests/fixtures/bad/unknown-reference-entity/content/entities/harbour-councl.yaml). Did you mean "harbour-council"? [unknown-reference]
      tests/fixtures/bad/unknown-reference-entity/content/claims/bridge-closed.md:8:5  entities (item 3): there is no entity "Ines Álvarez", nor can there be: an id is lowercase ASCII letters and digits in words joined by hyphens. Write the id of an existing entity, or add the entity first as tests/fixtures/bad/unknown-reference-entity/content/entities/ines-alvarez.yaml and write ines-alvarez here. [unknown-reference]
      tests/fixtures/bad/unknown-reference-entity/content/claims/council-said-closed.md:5:1  speaker: there is no entity "wire" (no file tests/fixtures/bad/unknown-reference-entity/content/entities/wire.yaml). "wire" is an outlet's id (tests/fixtures/bad/unknown-reference-entity/content/outlets/wire.yaml), but the field speaker takes an entity's. Check the spelling, or add the entity first. [unknown-reference]

      3 problems in 2 of 7 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/unknown-reference-entity/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/unknown-reference-entity/dist/ was left as it was.
      "
    `);
  });

  it('fails on unknown reference old id: a story and a claim named by the old id in their aliases, not by their current one', () => {
    expect(failingBuild('unknown-reference-old-id')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/unknown-reference-old-id/content/articles/report.md:4:1  story: there is no story "closure" (no file tests/fixtures/bad/unknown-reference-old-id/content/stories/closure.md). "closure" is an old id of the story "harbour-bridge-closure", which lists it in aliases: an old id only redirects old links to its page. Write the current id, harbour-bridge-closure. [unknown-reference]
      tests/fixtures/bad/unknown-reference-old-id/content/articles/report.md:10:3  This mention names claim "bridge-shut", but there is no tests/fixtures/bad/unknown-reference-old-id/content/claims/bridge-shut.md. "bridge-shut" is an old id of the claim "bridge-closed", which lists it in aliases: an old id only redirects old links to its page. Write the current id, #bridge-closed. In: :claim[The bridge was closed on Tuesday]{#bridge-shut} [unknown-claim]

      2 problems in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/unknown-reference-old-id/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/unknown-reference-old-id/dist/ was left as it was.
      "
    `);
  });

  it('fails on unknown reference story', () => {
    expect(failingBuild('unknown-reference-story')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/unknown-reference-story/content/claims/bridge-closed.md:3:1  story: there is no story "closures" (no file tests/fixtures/bad/unknown-reference-story/content/stories/closures.md). Did you mean "closure"? [unknown-reference]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/unknown-reference-story/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/unknown-reference-story/dist/ was left as it was.
      "
    `);
  });

  it('fails on unmentioned claim: one no article mentions, and one only an HTML comment does', () => {
    expect(failingBuild('unmentioned-claim')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/unmentioned-claim/content/articles/report.md:12:1  This HTML comment (<!-- … -->) holds the only mention an article makes of claim "repairs-take-a-year", and a page leaves out what a comment holds, so its page would have no evidence. Take away <!-- and --> to publish the passage, or remove the claim. [unmentioned-claim]
      tests/fixtures/bad/unmentioned-claim/content/claims/bridge-reopens.md:1:1  No article mentions claim "bridge-reopens", so its page would have no evidence. Mention it in an article's body, as in :claim[the article's exact words]{#bridge-reopens}, or remove the claim. [unmentioned-claim]

      2 problems in 2 of 6 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/unmentioned-claim/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/unmentioned-claim/dist/ was left as it was.
      "
    `);
  });

  it('fails on unread file', () => {
    expect(failingBuild('unread-file')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/unread-file/content/articles/notes.txt:1:1  tests/fixtures/bad/unread-file/content/articles/ reads only .md files, so this .txt file is ignored and would not be published. Rename it to notes.md, or move it out of content/. [unread-file]
      tests/fixtures/bad/unread-file/content/articles/reopening.md.txt:1:1  tests/fixtures/bad/unread-file/content/articles/ reads only .md files, so this .txt file is ignored and would not be published. Rename it to reopening.md, or move it out of content/. [unread-file]

      2 problems in 2 of 7 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/unread-file/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/unread-file/dist/ was left as it was.
      "
    `);
  });

  it('fails on url credentials', () => {
    expect(failingBuild('url-credentials')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/url-credentials/content/articles/report.md:8:1  url: the address "https://wire.example.org@evil.example.net/bridge-closed" has a user name (or password) before "@", so it leads to evil.example.net, whatever the words before "@" say. Write the address without them. [url-credentials]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/url-credentials/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/url-credentials/dist/ was left as it was.
      "
    `);
  });

  it('fails on via cycle', () => {
    expect(failingBuild('via-cycle')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/via-cycle/content/articles/copy.md:8:1  via: these articles name each other as their source in a circle: copy → report → copy. The original article must have no via. [via-cycle]

      1 problem in 1 of 5 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/via-cycle/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/via-cycle/dist/ was left as it was.
      "
    `);
  });

  it('fails on wrong type', () => {
    expect(failingBuild('wrong-type')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/wrong-type/content/articles/report.md:8:1  entities: expected a list of entity ids, found "harbour-council". Write each item on its own line under the field, starting with "- ". [wrong-type]
      tests/fixtures/bad/wrong-type/content/claims/bridge-closed.md:3:1  story: expected a story id, found a list. story takes one value, not a list: write the one meant after the colon, without brackets or "- ". [wrong-type]

      2 problems in 2 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/wrong-type/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/wrong-type/dist/ was left as it was.
      "
    `);
  });

  it('fails on wrong type list in text: a value after the colon with "- " lines below it, and a name with a "- " line below it, which YAML reads as one text', () => {
    expect(failingBuild('wrong-type-list-in-text')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/wrong-type-list-in-text/content/articles/report.md:8:11  entities: expected a list of entity ids, found "harbour-council" after the colon and a list below it: YAML reads the two as one text, "harbour-council - harbour-port", and no list. Leave nothing after entities: and write each item on its own line below it, starting with "- ". [wrong-type]
      tests/fixtures/bad/wrong-type-list-in-text/content/outlets/wire.yaml:2:3  name: expected text, found "Harbour Wire" and below it a line that starts with "- ": YAML reads that line as more of the text, "Harbour Wire - Harbour Gazette", not as a list. name holds one value: remove the "- " lines, or, if the hyphen belongs to the text, put the whole value in double quotes. [wrong-type]

      2 problems in 2 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/wrong-type-list-in-text/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/wrong-type-list-in-text/dist/ was left as it was.
      "
    `);
  });

  it('fails on wrong collection: a claim saved in outlets/, as Markdown and as YAML', () => {
    expect(failingBuild('wrong-collection')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/wrong-collection/content/outlets/bridge-reopens.md:1:1  This file's fields (statement, story, kind) are those of a claim, not of an outlet, so it is in the wrong folder: it would be checked and published as an outlet, or not at all. Move it to tests/fixtures/bad/wrong-collection/content/claims/bridge-reopens.md. [wrong-collection]
      tests/fixtures/bad/wrong-collection/content/outlets/bridge-shut.yaml:1:1  This file's fields (statement, story, kind) are those of a claim, not of an outlet, so it is in the wrong folder: it would be checked and published as an outlet, or not at all. Move it to tests/fixtures/bad/wrong-collection/content/claims/bridge-shut.md, its fields between two --- lines. [wrong-collection]

      2 problems in 2 of 6 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/wrong-collection/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/wrong-collection/dist/ was left as it was.
      "
    `);
  });

  it('fails on a YAML 1.1 word for true or false, saying which to write', () => {
    expect(failingBuild('wrong-type-yes')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/wrong-type-yes/content/outlets/wire.yaml:2:1  unidentified: expected true or false, found "yes". Write unidentified: true; only true and false, without quotation marks, are read as yes or no. [wrong-type]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/wrong-type-yes/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/wrong-type-yes/dist/ was left as it was.
      "
    `);
  });

  it('fails on wrong type number', () => {
    expect(failingBuild('wrong-type-number')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/wrong-type-number/content/outlets/wire.yaml:1:1  name: expected text, found the number 2026. If it is meant as text, put it in double quotes: name: "2026" [wrong-type]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/wrong-type-number/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/wrong-type-number/dist/ was left as it was.
      "
    `);
  });

  it('fails on yaml colon in value', () => {
    expect(failingBuild('yaml-colon-in-value')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/yaml-colon-in-value/content/articles/report.md:2:11  YAML cannot read this: a value contains a colon followed by a space, which YAML reads as the start of another field. A value that contains ": " must be put in double quotes, as in headline: "Anthropic: a pause". [yaml-syntax]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/yaml-colon-in-value/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/yaml-colon-in-value/dist/ was left as it was.
      "
    `);
  });

  it('fails on yaml quoted start', () => {
    expect(failingBuild('yaml-quoted-start')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/yaml-quoted-start/content/articles/report.md:2:11  YAML cannot read this: the value starts with a quotation mark, so YAML reads the words up to the mark that closes it as the whole value, and cannot read the rest of the line after them. Put the whole value in double quotes, with a backslash before each double quote inside it: headline: "\\"We heard a roar\\": the town counts its dead". [yaml-syntax]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/yaml-quoted-start/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/yaml-quoted-start/dist/ was left as it was.
      "
    `);
  });

  it('fails on yaml tab indent', () => {
    expect(failingBuild('yaml-tab-indent')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/yaml-tab-indent/content/outlets/wire.yaml:3:1  YAML cannot read this: a line is indented with a tab. Indent with spaces, not tabs. [yaml-syntax]

      1 problem in 1 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/yaml-tab-indent/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/yaml-tab-indent/dist/ was left as it was.
      "
    `);
  });

  it('fails on yaml unclosed quote', () => {
    expect(failingBuild('yaml-unclosed-quote')).toMatchInlineSnapshot(`
      "tests/fixtures/bad/yaml-unclosed-quote/content/articles/report.md:5:10  YAML cannot read this: a quotation mark opened here is never closed. Close it, or put the whole value in double quotes and write any double quote inside it as \\". [yaml-syntax]
      tests/fixtures/bad/yaml-unclosed-quote/content/stories/closure.md:3:1  YAML cannot read this: a quotation mark before the field name "summary" is never closed on its line, so YAML reads the lines after it as more of a text. Remove it, or put the quotation marks around the value alone, after the colon: summary: "…". [yaml-syntax]

      2 problems in 2 of 4 files. Each code in [brackets] is explained in docs/authoring.md.
      The content in tests/fixtures/bad/yaml-unclosed-quote/content/ has problems, so nothing was built.
      The previous site in node_modules/.cache/crosscheck-tests/bad/yaml-unclosed-quote/dist/ was left as it was.
      "
    `);
  });
});
