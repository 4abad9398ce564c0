/**
 * The seed records (content/) mutated at random, as editors and their tools break files
 * (tests/support/mutations.ts): lines deleted, repeated or swapped, a file cut short,
 * indentation changed, a tab, a NUL, a lone surrogate's bytes, a byte-order mark in the middle,
 * an invisible character or a look-alike letter in an id, a key in capitals, a stray `---`, an
 * unclosed `:claim[`, a `}` taken out, a stance misspelt. Whatever the mutations, the checks never
 * throw; every line they print is `path:line:column  message [code]` with the line and the column
 * inside the file; and every file that has problems of its own when it alone is mutated has them
 * still when others are mutated too (one broken file does not hide another's). The corpus
 * unmutated has none. What the mutations found wrong is kept below as plain tests.
 *
 * A few runs here (seconds); many more by hand, and a failure found again from its seed and path:
 *   CROSSCHECK_FUZZ_RUNS=500 npx vitest run tests/unit/check/mutations.test.ts
 *   CROSSCHECK_FUZZ_SEED=123 CROSSCHECK_FUZZ_PATH=0:1 npx vitest run tests/unit/check/mutations.test.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/check/file.ts';
import { checkContent, formatProblem, type Problem } from '../../../src/check/index.ts';
import { apply, change, misplaced, readCorpus, type Change } from '../../support/mutations.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const corpus = readCorpus(path.join(root, 'content'));
const files = [...corpus.keys()];

const work = mkdtempSync(path.join(tmpdir(), 'crosscheck-mutations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let runs = 0;

/** Checks the corpus with `changed` in place of the seeds' files: every problem and notice. */
async function check(changed: ReadonlyMap<string, Buffer>): Promise<Problem[]> {
  const dir = path.join(work, String(runs++));
  for (const [file, bytes] of corpus) {
    mkdirSync(path.join(dir, 'content', path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, 'content', file), changed.get(file) ?? bytes);
  }
  try {
    // One cache for every run, by the hash of each file's bytes: a changed file is always read anew.
    const result = await checkContent({ root: dir, contentDir: 'content', cacheDir: path.join(work, 'cache'), workers: 0 });
    return [...result.problems, ...result.notices];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const collectionOf = (file: string) => file.slice(0, file.indexOf('/')) as Parameters<typeof checkFile>[0]['collection'];
const idOf = (file: string) => path.basename(file).replace(/\.[^.]+$/, '');
const filesWith = (problems: readonly Problem[]) => new Set(problems.map((p) => p.file.replace(/^content\//, '')));

const RUNS = Number(process.env.CROSSCHECK_FUZZ_RUNS ?? 8);
/** fast-check's settings: a seed and path given reproduce a failure; many runs stop at the first. */
function settings<T>(runs: number): fc.Parameters<T> {
  const seed = process.env.CROSSCHECK_FUZZ_SEED;
  return { numRuns: runs, endOnFailure: runs > 50, ...(seed ? { seed: Number(seed), path: process.env.CROSSCHECK_FUZZ_PATH } : {}) };
}

/** The problems of one seed record changed by `change`, checked alone: `line:column code message`. */
function changed(file: string, change: (text: string) => string | Buffer): string[] {
  const before = corpus.get(file)!.toString('utf8');
  const after = change(before);
  expect(after, `${file} is not changed`).not.toEqual(before);
  const facts = checkFile({ file: `content/${file}`, collection: collectionOf(file), id: idOf(file), content: typeof after === 'string' ? Buffer.from(after) : after });
  expect(misplaced(facts.problems, () => (typeof after === 'string' ? Buffer.from(after) : after))).toEqual([]);
  return facts.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message}`);
}

const ARTICLE = 'articles/anthropic-urges-global-pause-amid-rival-skepticism.md';
const OUTLET = 'outlets/gizmodo.yaml';

// What the mutations found, each once, as a plain test: the fix is in the commit that added it.
describe('the seed records with what the mutations found wrong', () => {
  it("says that a lone surrogate's bytes are half of a UTF-16 pair, not a Windows-1252 character", () => {
    const bytes = corpus.get(OUTLET)!;
    const [problem] = changed(OUTLET, () => Buffer.concat([bytes.subarray(0, 6), Buffer.from([0xed, 0xa0, 0x80]), bytes.subarray(6)]));
    expect(problem).toMatch(/^1:7 not-utf8 This file is not UTF-8 text: the bytes ED A0 80 here cannot be read: they write U\+D800, one half of a UTF-16 pair alone/);
  });

  it('names a Cyrillic a or a no-break space in a mention\'s claim id, and suggests the claim meant', () => {
    const id = [...corpus.get(ARTICLE)!.toString('utf8').matchAll(/\{#([a-z0-9-]+)/g)].map((m) => m[1]!).find((i) => i.indexOf('a') > 0)!;
    const cyrillic = changed(ARTICLE, (t) => t.replace(`{#${id}`, `{#${id.replace('a', '\u0430')}`));
    expect(cyrillic).toHaveLength(1);
    expect(cyrillic[0]).toContain(`It holds the Cyrillic letter "\u0430" (U+0430) after "${id.slice(0, id.indexOf('a'))}", drawn like the Latin "a": type it again as that letter. Did you mean "${id}"?`);
    const spaced = changed(ARTICLE, (t) => t.replace(`{#${id}`, `{#${id.slice(0, 2)}\u00A0${id.slice(2)}`));
    expect(spaced[0]).toContain(`It holds a no-break space (U+00A0) after "${id.slice(0, 2)}", which shows as a space: delete it. Did you mean "${id}"?`);
  });

  it('names a byte-order mark in the middle of a field name', () => {
    expect(changed(OUTLET, (t) => t.replace('url:', 'u\uFEFFrl:'))).toEqual([
      '2:1 unknown-field Unknown field "u\uFEFFrl" in an outlet. It holds an invisible character, a zero-width no-break space (U+FEFF), after "u": delete it. Did you mean "url"?',
    ]);
  });

  it('reports a stray --- among the fields at that line, and the fields after it not as missing', () => {
    expect(changed(ARTICLE, (t) => t.replace('\nkind: report\n', '\n---\nkind: report\n'))).toEqual([expect.stringMatching(/^11:1 fields-in-body This line of three hyphens closes the fields, but fields follow it up to the --- on line \d+ \(kind, added/)]);
    expect(changed(ARTICLE, (t) => `---\n${t}`)).toEqual([expect.stringMatching(/^2:1 fields-in-body This line of three hyphens closes the fields right after the --- line that opens them/)]);
  });

  it('says of a first line indented, or deleted, that it is the line that opens the fields', () => {
    expect(changed(ARTICLE, (t) => `\t${t}`)).toEqual([expect.stringMatching(/^1:1 frontmatter-missing The first line, "\\t---", is meant to open the fields, but a tab stands before its hyphens/)]);
    expect(changed(ARTICLE, (t) => t.slice(4))).toEqual([expect.stringMatching(/^1:1 frontmatter-missing The file starts with its fields, but the line of three hyphens \(---\) that opens them is missing/)]);
  });

  it('says of a stray line before a field that it has no colon', () => {
    expect(changed(OUTLET, (t) => t.replace('owner:', '\uFFFD---\nowner:'))).toEqual([
      expect.stringMatching(/^3:1 yaml-syntax YAML cannot read this: this line has no colon after a field name/),
    ]);
  });
});

describe('the checks on the seed records mutated', () => {
  it('report no problem and no notice in the seed records as they are', async () => {
    expect((await check(new Map())).map(formatProblem)).toEqual([]);
  }, 60_000);

  it('never throw, and print each problem of a file mutated many times located inside it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files).chain((file) => fc.array(change([file]), { minLength: 1, maxLength: 6 })), (changes) => {
        const changed = apply(corpus, changes);
        for (const [file, bytes] of changed) {
          const facts = checkFile({ file: `content/${file}`, collection: collectionOf(file), id: idOf(file), content: bytes });
          expect(misplaced(facts.problems, () => bytes)).toEqual([]);
        }
      }),
      settings<[Change[]]>(RUNS * 25),
    );
  }, 120_000);

  it("never throw, print every problem located inside its file, and show each broken file's problems beside the others'", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change(files), { minLength: 1, maxLength: 4 }), async (changes) => {
        const changed = apply(corpus, changes);
        const all = await check(changed);
        expect(misplaced(all, (file) => changed.get(file) ?? corpus.get(file))).toEqual([]);
        if (changed.size < 2) return;
        // Each changed file alone: when it has problems of its own, they are still reported with all of them changed.
        const reported = filesWith(all);
        for (const [file, bytes] of changed) {
          const alone = filesWith(await check(new Map([[file, bytes]])));
          if (alone.has(file)) expect(reported.has(file), `${file}: its problems, found when it alone is changed, are not reported beside the other files'`).toBe(true);
        }
      }),
      settings<[Change[]]>(RUNS),
    );
  }, 600_000);
});
