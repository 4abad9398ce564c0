/**
 * The message catalogue (src/check/messages.ts): stable, unique codes, each explained in the
 * authoring guide, and the printed form `path:line:column  message [code]`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages, NOTICE_CODES, summaries } from '../../../src/check/messages.ts';
import { formatProblem, formatProblems, sortProblems, type Problem } from '../../../src/check/problem.ts';

const guide = readFileSync(path.resolve(import.meta.dirname, '../../../docs/authoring.md'), 'utf8');

describe('messages', () => {
  it('gives every message its own code, written in lowercase words joined by hyphens', () => {
    const codes = messages.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has a title and a hint for the guide for every message', () => {
    for (const m of messages) {
      expect(m.title.length, m.code).toBeGreaterThan(5);
      expect(m.hint.length, m.code).toBeGreaterThan(20);
    }
  });

  it('names every notice, and only those, where docs/authoring.md says which codes are notices', () => {
    const paragraph = /^\w+ codes are notices rather than problems: [^]*?\n\n/m.exec(guide)?.[0] ?? '';
    const named = [...paragraph.matchAll(/\[`([a-z0-9-]+)`\]/g)].map((m) => m[1]).sort();
    expect(named).toEqual([...NOTICE_CODES].sort());
    const words = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
    expect(paragraph.startsWith(`${words[NOTICE_CODES.size - 1]} codes`)).toBe(true);
  });

  it('is explained, code by code, in docs/authoring.md', () => {
    const headings = [...guide.matchAll(/^#### `([a-z0-9-]+)`/gm)].map((m) => m[1]);
    expect(headings).toEqual(messages.map((m) => m.code));
  });
});

describe('formatProblem', () => {
  const problem: Problem = { file: 'content/articles/a.md', line: 3, column: 7, code: 'unknown-field', message: 'Unknown field "x" in an article.' };

  it('prints a problem as path:line:column, two spaces, the message and the code', () => {
    expect(formatProblem(problem)).toBe('content/articles/a.md:3:7  Unknown field "x" in an article. [unknown-field]');
  });

  it('prints one problem a line', () => {
    expect(formatProblems([problem, { ...problem, line: 4 }]).split('\n')).toHaveLength(2);
  });

  it('writes as escapes the characters of a file name or a quoted body that a terminal would act on or reorder', () => {
    const hostile: Problem = {
      file: 'content/articles/x\u001b[2Jy.md',
      line: 3,
      column: 1,
      code: 'unknown-claim',
      message: 'This mention names claim "x". In: :claim[red \u001b[31mwords\u001b[0m \u001b]0;title\u0007 \u009b2K\u202eeno\n content/a.md:1:1  fake]{#x}',
    };
    const printed = formatProblem(hostile);
    expect(printed).toBe(
      'content/articles/x\\u001B[2Jy.md:3:1  This mention names claim "x". In: :claim[red \\u001B[31mwords\\u001B[0m \\u001B]0;title\\u0007 \\u009B2K\\u202Eeno\\u000A content/a.md:1:1  fake]{#x} [unknown-claim]',
    );
    expect(formatProblems([hostile, problem]).split('\n')).toHaveLength(2);
    // Tabs, accents, emoji and quotation marks are shown as they are.
    expect(formatProblem({ ...problem, message: 'In: :claim[«é»\t😀 “x”]{#y}' })).toBe('content/articles/a.md:3:7  In: :claim[«é»\t😀 “x”]{#y} [unknown-field]');
  });
});

describe('sortProblems', () => {
  it('orders problems by file, then line, then column', () => {
    const at = (file: string, line: number, column: number): Problem => ({ file, line, column, code: 'bad-url', message: '' });
    const sorted = sortProblems([at('b', 1, 1), at('a', 2, 1), at('a', 1, 9), at('a', 1, 2)]);
    expect(sorted.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual(['a:1:2', 'a:1:9', 'a:2:1', 'b:1:1']);
  });
});

describe('summaries', () => {
  it('counts files and problems in words', () => {
    expect(summaries.clean(1)).toBe('Checked 1 file: no problems.');
    expect(summaries.clean(126)).toBe('Checked 126 files: no problems.');
    expect([summaries.inContent(1), summaries.inContent(8)]).toEqual(['1 problem in the content:', '8 problems in the content:']);
    expect([summaries.rendered(92, 92), summaries.rendered(1, 92), summaries.rendered(2, 16598, 1), summaries.rendered(91, 92, 0)]).toEqual([
      'Rendered 92 pages (full build).',
      'Rendered 1 of 92 pages (incremental: 91 unchanged pages reused).',
      'Rendered 2 of 16,598 pages (incremental: 16,596 unchanged pages reused; fast rebuild, 1 content file read again).',
      'Rendered 91 of 92 pages (incremental: 1 unchanged page reused; fast rebuild, 0 content files read again).',
    ]);
    expect(summaries.problems(1, 1, 22)).toMatchInlineSnapshot(`"1 problem in 1 of 22 files. Each code in [brackets] is explained in docs/authoring.md."`);
     // With thousands separated, as the line above them counts the files ("Checked 1,909 files in 1.3 s").
    expect(summaries.problems(1200, 1, 1909)).toMatch(/^1,200 problems in 1 of 1,909 files\./);
    expect(summaries.clean(1909)).toBe('Checked 1,909 files: no problems.');
    expect(summaries.notices(1200, 1909)).toMatch(/^1,200 notices in 1,909 files:/);
    expect(summaries.inContent(1200)).toBe('1,200 problems in the content:');
  });

  it('names the other build by its process, or, before it has written it, without', () => {
    expect(summaries.busy('dist', 12)).toBe('Another build (process 12) is writing dist/. Wait for it to finish, then build again.');
    expect(summaries.busy('dist', 0)).toBe('Another build is writing dist/. Wait for it to finish, then build again.');
  });

  it('says what to do after every kind of failed build', () => {
    const failures = [summaries.astroFailed('exit code 1'), summaries.crashed('x'), summaries.interrupted('SIGINT'), summaries.postBuildFailed('Search index: no space left on device'), summaries.busy('dist', 12)];
    for (const line of failures) expect(line, line).toMatch(/\b(Build again|build again|report it|Wait for it)\b/);
    expect(summaries.astroFailed('exit code 1')).toMatchInlineSnapshot(
      `"The site failed to build (astro build ended with exit code 1). The content passed its checks; Astro's messages above name the page or setting that failed. Build again, and if it fails the same way, report it with those messages: it is a fault in the site's code or configuration."`,
    );
  });
});
