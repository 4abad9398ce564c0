/**
 * docs/authoring.md shows, under each code, example lines the checks print. They are checked
 * here against what the checks really print for the bad fixtures (tests/fixtures/bad), with the
 * fixture's folders written as content/ and archive/, so the guide cannot drift from the checks.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../../src/check/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const guide = readFileSync(path.join(root, 'docs/authoring.md'), 'utf8');

/** Example lines per code: the fenced lines under each `#### \`code\`` heading. */
function examples(): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  const sections = guide.split(/^#### `/m).slice(1);
  for (const section of sections) {
    const code = section.slice(0, section.indexOf('`'));
    const fenced = [...section.matchAll(/^```\n([\s\S]*?)^```$/gm)].flatMap((m) => m[1]!.trimEnd().split('\n'));
    byCode.set(code, fenced);
  }
  return byCode;
}

describe('docs/authoring.md', () => {
  it('shows, for every code, example lines that end with that code', () => {
    for (const [code, lines] of examples()) {
      expect(lines.length, code).toBeGreaterThan(0);
      for (const line of lines) expect(line.endsWith(` [${code}]`), line).toBe(true);
    }
  });

  it('shows only lines the checks really print', async () => {
    const printed = new Set<string>();
    const bad = path.join(root, 'tests/fixtures/bad');
    for (const name of readdirSync(bad)) {
      const result = await checkContent({ root, contentDir: `tests/fixtures/bad/${name}/content`, archiveDir: `tests/fixtures/bad/${name}/archive`, cacheDir: false });
      for (const p of [...result.problems, ...result.notices]) {
        printed.add(formatProblem(p).replaceAll(`tests/fixtures/bad/${name}/content`, 'content').replaceAll(`tests/fixtures/bad/${name}/archive`, 'archive'));
      }
    }
    const missing = await checkContent({ root, contentDir: 'content-that-does-not-exist', cacheDir: false });
    printed.add(formatProblem(missing.problems[0]!).replaceAll('content-that-does-not-exist', 'content'));
    // A link that loops, a link to a folder, a file of more than a megabyte and one of 40,000
    // brackets are made here: git could hold them in a fixture, but every tool that walks the
    // repository would go round the link, follow the other, or read the files. So are two names
    // that differ only in how an accent is written, or in capitals, which some file systems cannot hold apart.
    const looped = mkdtempSync(path.join(root, 'node_modules/.cache/guide-loop-'));
    try {
      cpSync(path.join(bad, 'nested-file/content'), path.join(looped, 'content'), { recursive: true });
      rmSync(path.join(looped, 'content/articles/2026'), { recursive: true });
      symlinkSync('..', path.join(looped, 'content/articles/up'));
      mkdirSync(path.join(looped, 'old-articles'));
      symlinkSync('../../old-articles', path.join(looped, 'content/articles/old'));
      const record = readFileSync(path.join(looped, 'content/articles/report.md'), 'utf8');
      writeFileSync(path.join(looped, 'content/articles/full-text.md'), `${record}\n${'The full text of the article, pasted whole. '.repeat(28_000)}`);
      writeFileSync(path.join(looped, 'content/outlets/deep.yaml'), `name: Wire\ndescription: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
      // Two names that look the same, é written as one character and as e and a combining accent.
      for (const name of ['café', 'café'.normalize('NFD')]) writeFileSync(path.join(looped, `content/outlets/${name}.yaml`), 'name: Café\n');
      // And two that differ only in capitals, which a disk that does not tell capitals apart cannot hold.
      writeFileSync(path.join(looped, 'content/outlets/Wire.yaml'), 'name: Harbour Wire\n');
      const content = path.relative(root, path.join(looped, 'content'));
      const result = await checkContent({ root, contentDir: content, cacheDir: false });
      for (const p of [...result.problems, ...result.notices]) printed.add(formatProblem(p).replaceAll(content, 'content'));
    } finally {
      rmSync(looped, { recursive: true, force: true });
    }
    for (const [code, lines] of examples()) {
      if (code === 'internal-error') continue;
      for (const line of lines) expect(printed.has(line), `docs/authoring.md shows a line the checks do not print:\n${line}`).toBe(true);
    }
  }, 120_000);
});
