/**
 * Property-based tests (fast-check): generated frontmatter, YAML and mention syntax thrown at
 * the checks. Whatever comes in, the checks either find nothing or report problems located in
 * the file (`path:line:column  message [code]`, the line within the file), never a throw, never
 * a stack trace, never an internal error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile, type FileInput } from '../../../src/check/file.ts';
import { checkContent } from '../../../src/check/index.ts';
import { formatProblem, type Problem } from '../../../src/check/problem.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const LOCATED = /^content\/[a-z]+\/[a-z0-9-]+\.(md|yaml):(\d+):(\d+) {2}\S[^\n]* \[[a-z0-9-]+\]$/;

/** The rules every reported problem must keep, for a file of `text`. */
function expectLocated(problems: Problem[], text: string) {
  // Lines as editors show them: a carriage return alone ends one too (the checks report it, and
  // place the other problems where editors show them: src/check/file.ts).
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const p of problems) {
    const line = formatProblem(p);
    expect(line).toMatch(LOCATED);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lines);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.code).not.toBe('internal-error');
    expect(line).not.toMatch(/\n|\bat [\w.<>]+ \(|Error:|undefined|\[object Object\]/);
  }
}

function run(input: Omit<FileInput, 'file' | 'id'>) {
  const ext = input.collection === 'outlets' || input.collection === 'entities' ? 'yaml' : 'md';
  return checkFile({ ...input, id: 'record', file: `content/${input.collection}/record.${ext}` });
}

const fieldNames = ['headline', 'outlet', 'url', 'published', 'byline', 'language', 'story', 'summary', 'kind', 'added', 'via', 'entities', 'aliases', 'archive', 'verdict', 'stance', 'headlin', 'slug', 'x'];
const scalar = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', 'report', 'wire', 'closure', '2026-06-04', '2026-02-30', '2026-06-04T10:00', 'javascript:alert(1)', 'https://example.org/', ': x', '- a', '"', "'", '[', '{', '*a', '&a', '!tag', '|', '>', '#', '%', '@', '`', '---', '\t', '\u2028', '\uFEFF'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2100-01-01') }),
);
const value = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom(...fieldNames, 'rating', 'summary'), tie('value'), { maxKeys: 3 })),
})).value;
const frontmatter = fc.dictionary(fc.constantFrom(...fieldNames), value, { maxKeys: 8 });

/** Lines of YAML-like text, not necessarily valid YAML. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...fieldNames), fc.constantFrom(': ', ':', ' : ', ':: '), fc.string()).map(([k, sep, v]) => `${k}${sep}${v}`),
      fc.tuple(fc.constantFrom('', '  ', '\t', '    '), fc.constantFrom('- ', '-', '? ', ''), fc.string()).map((p) => p.join('')),
      fc.constantFrom('---', '...', '"unclosed', "'unclosed", '[a, b', '{a: 1', 'key: "a\\q"', 'a: &x 1', 'b: *x', 'c: *nope', '<<: *x', 'a: !!binary x', 'a: |', 'a: >-', '%YAML 1.2'),
      fc.string({ unit: 'binary' }),
    ),
    { maxLength: 10 },
  )
  .map((lines) => lines.join('\n'));

/** Body text built from the pieces of mention syntax, in any order. */
const mentionish = fc
  .array(
    fc.oneof(
      fc.constantFrom(':claim[', '::claim[', ':::claim', ':claim', ']', '[', '{', '}', '{#', '#bridge-closed', '#Bad_Id', ' stance=', 'asserts', 'assert', 'disputes', '.red', ' style="x"', ' onclick=alert(1)', ' id=x', '"', '\n', '\n\n', '> ', '- ', '[link](', ')', '`', '```\n', '10:30', '3:1', 'host:8080', '<a href="javascript:x">', '</a>', '\\', '*', '_'),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const valid = 'headline: Bridge closed\noutlet: wire\nstory: closure\nsummary: S.\nkind: report\nadded: 2026-05-12\n';

describe('checkFile, given generated input', () => {
  it('reports generated frontmatter values as located problems, never a crash', () => {
    fc.assert(
      fc.property(frontmatter, fc.constantFrom('articles', 'claims', 'stories') as fc.Arbitrary<FileInput['collection']>, (data, collection) => {
        const text = `---\n${stringify(data)}---\n\nBody.\n`;
        expectLocated(run({ collection, content: text }).problems, text);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reports generated YAML text as located problems, never a crash', () => {
    fc.assert(
      fc.property(yamlish, fc.boolean(), fc.boolean(), (yaml, crlf, bom) => {
        let text = `---\n${yaml}\n---\n`;
        if (crlf) text = text.replaceAll('\n', '\r\n');
        const bytes = Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
        expectLocated(run({ collection: 'articles', content: bytes }).problems, text);
        expectLocated(run({ collection: 'outlets', content: Buffer.from(yaml, 'utf8') }).problems, yaml);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reports generated mention syntax as located problems, never a crash', () => {
    fc.assert(
      fc.property(mentionish, (body) => {
        const text = `---\n${valid}---\n\n${body}\n`;
        const facts = run({ collection: 'articles', content: text });
        expectLocated(facts.problems, text);
        for (const m of facts.mentions) {
          expect(m.line).toBeGreaterThan(8);
          expect(m.claim).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('reports emphasis or code that crosses a mention\'s edge, and not that which stays on one side of it', () => {
    const words = fc.stringMatching(/^[a-z]{1,8}(?: [a-z]{1,8}){0,3}$/);
    const mark = fc.constantFrom('*', '**', '_', '__', '~~', '`');
    fc.assert(
      fc.property(words, words, words, mark, fc.constantFrom('before', 'after'), (lead, span, tail, m, side) => {
        const codes = (body: string) => run({ collection: 'articles', content: `---\n${valid}---\n\n${body}\n` }).problems.map((p) => p.code);
        // Code opened before a mention is read first: the mention is not read at all (mention-not-read).
        const crossed = side === 'before' ? `${lead} ${m}:claim[${span}${m}]{#bridge-closed} ${tail}.` : `${lead} :claim[${m}${span}]{#bridge-closed}${m} ${tail}.`;
        expect(codes(crossed), crossed).toEqual([m === '`' && side === 'before' ? 'mention-not-read' : 'mention-crosses-emphasis']);
        const inside = `${lead} :claim[${m}${span}${m}]{#bridge-closed} ${tail}.`;
        expect(codes(inside), inside).toEqual([]);
        if (m !== '`') {
          const outside = `${lead} ${m}:claim[${span}]{#bridge-closed}${m} ${tail}.`;
          expect(codes(outside), outside).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('accepts any text in a text field when YAML quotes it: no false alarm', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }).filter((s) => s.trim() !== ''), fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), (headline, summary) => {
        const text = `---\n${stringify({ headline, outlet: 'wire', story: 'closure', summary, kind: 'report', added: '2026-05-12' })}---\n\nBody.\n`;
        expect(run({ collection: 'articles', content: text }).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('checkContent, given generated files in a corpus', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('reports problems in any file as located messages, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('articles/gazette-bridge-closed.md', 'claims/bridge-is-safe.md', 'outlets/coastal-wire.yml', 'stories/harbour-bridge-closure.md', 'articles/new-one.md'),
        fc.oneof(yamlish.map((y) => `---\n${y}\n---\n`), mentionish.map((b) => `---\n${valid}---\n\n${b}\n`), fc.uint8Array({ maxLength: 64 })),
        async (file, content) => {
          const dir = mkdtempSync(path.join(tmpdir(), 'check-prop-'));
          dirs.push(dir);
          cpSync(path.join(root, 'tests/fixtures/good/content'), path.join(dir, 'content'), { recursive: true });
          writeFileSync(path.join(dir, 'content', file), content);
          const result = await checkContent({ root: dir, contentDir: 'content', cacheDir: false });
          for (const p of result.problems) {
            expect(formatProblem(p)).toMatch(/^content\/[^:]+:\d+:\d+ {2}\S[^\n]* \[[a-z0-9-]+\]$/);
            expect(p.code).not.toBe('internal-error');
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
