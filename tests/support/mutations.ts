/**
 * Mutations of the seed records (content/), as editors and their tools break files, for the
 * property test tests/unit/check/mutations.test.ts: each takes a file's bytes and two random
 * numbers in [0, 1), and gives the file's new bytes, or undefined when it has nothing to change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { formatProblem, type Problem } from '../../src/check/index.ts';

/** The records of a content folder, by path under it. */
export function readCorpus(dir: string): Map<string, Buffer> {
  const corpus = new Map<string, Buffer>();
  for (const collection of readdirSync(dir).sort()) {
    for (const name of readdirSync(path.join(dir, collection)).sort()) corpus.set(`${collection}/${name}`, readFileSync(path.join(dir, collection, name)));
  }
  return corpus;
}

/** A mutation of a file: its new bytes, chosen by `r` and `s` (each in [0, 1)), or undefined when it finds nothing to change. */
export type Mutation = (bytes: Buffer, r: number, s: number) => Buffer | undefined;

// Text mutations read bytes that are not UTF-8 (a lone surrogate's, inserted before) as U+FFFD, which they then write as UTF-8.
const text = (bytes: Buffer) => bytes.toString('utf8');
const lines = (bytes: Buffer) => text(bytes).split('\n');
const pick = <T>(items: readonly T[], r: number): T | undefined => (items.length === 0 ? undefined : items[Math.floor(r * items.length) % items.length]);
/** An offset in the text, at a character boundary (never inside a surrogate pair). */
const at = (t: string, r: number) => {
  let i = Math.floor(r * (t.length + 1));
  if (i > 0 && i < t.length && /[\uDC00-\uDFFF]/.test(t[i]!)) i--;
  return i;
};
const insert = (t: string, i: number, what: string) => t.slice(0, i) + what + t.slice(i);
/** Where ids are written: a mention's `{#id`, a reference field's value, a list item. */
const ID = /(?<=\{#|^(?:outlet|story|via|speaker|\s+-)[ \t]*:?[ \t]*)[a-z0-9]+(?:-[a-z0-9]+)+/gm;
const ids = (t: string) => [...t.matchAll(ID)].map((m) => ({ start: m.index, id: m[0] }));

export const MUTATIONS: Record<string, Mutation> = {
  'delete a line': (b, r) => {
    const l = lines(b);
    l.splice(Math.floor(r * l.length), 1);
    return Buffer.from(l.join('\n'));
  },
  'repeat a line': (b, r) => {
    const l = lines(b);
    const i = Math.floor(r * l.length);
    l.splice(i, 0, l[i]!);
    return Buffer.from(l.join('\n'));
  },
  'swap two lines': (b, r, s) => {
    const l = lines(b);
    const i = Math.floor(r * l.length);
    const j = Math.floor(s * l.length);
    [l[i], l[j]] = [l[j]!, l[i]!];
    return Buffer.from(l.join('\n'));
  },
  'cut the file short': (b, r) => b.subarray(0, Math.floor(r * b.length)),
  'change the indentation of a line': (b, r, s) => {
    const l = lines(b);
    const i = Math.floor(r * l.length);
    l[i] = s < 0.5 ? l[i]!.replace(/^[ \t]+/, '') : `${' '.repeat(1 + Math.floor(s * 4))}${l[i]}`;
    return Buffer.from(l.join('\n'));
  },
  'insert a tab': (b, r) => Buffer.from(insert(text(b), at(text(b), r), '\t')),
  'indent a line with a tab': (b, r) => {
    const l = lines(b);
    const i = Math.floor(r * l.length);
    l[i] = `\t${l[i]}`;
    return Buffer.from(l.join('\n'));
  },
  'insert a NUL': (b, r) => Buffer.from(insert(text(b), at(text(b), r), '\0')),
  // U+D800 written as UTF-8 would write it (ED A0 80), which UTF-8 does not allow.
  "insert a lone surrogate's bytes": (b, r) => {
    const i = Buffer.byteLength(text(b).slice(0, at(text(b), r)));
    return Buffer.concat([b.subarray(0, i), Buffer.from([0xed, 0xa0, 0x80]), b.subarray(i)]);
  },
  'insert a byte-order mark in the middle': (b, r) => Buffer.from(insert(text(b), Math.max(1, at(text(b), r)), '\uFEFF')),
  'put a no-break or zero-width space inside an id': (b, r, s) => {
    const found = pick(ids(text(b)), r);
    if (!found) return undefined;
    return Buffer.from(insert(text(b), found.start + 1 + Math.floor(s * (found.id.length - 1)), s < 0.5 ? '\u00A0' : '\u200B'));
  },
  'write a Cyrillic a in an id': (b, r) => {
    const found = pick(ids(text(b)).filter((f) => f.id.includes('a')), r);
    if (!found) return undefined;
    const t = text(b);
    const i = found.start + found.id.indexOf('a');
    return Buffer.from(`${t.slice(0, i)}\u0430${t.slice(i + 1)}`);
  },
  "change a key's case": (b, r, s) => {
    const t = text(b);
    const keys = [...t.matchAll(/^([ \t]*)([a-z]+):/gm)];
    const key = pick(keys, r);
    if (!key) return undefined;
    const i = key.index + key[1]!.length;
    const name = key[2]!;
    return Buffer.from(t.slice(0, i) + (s < 0.5 ? name[0]!.toUpperCase() + name.slice(1) : name.toUpperCase()) + t.slice(i + name.length));
  },
  'insert a stray --- line': (b, r) => {
    const l = lines(b);
    l.splice(Math.floor(r * (l.length + 1)), 0, '---');
    return Buffer.from(l.join('\n'));
  },
  'leave a :claim[ unclosed': (b, r) => {
    const t = text(b);
    const mention = pick([...t.matchAll(/:claim\[([^\]]*)\]/g)], r);
    // A mention's ] taken out, or else a :claim[ written into the body.
    if (mention) return Buffer.from(t.slice(0, mention.index + 7 + mention[1]!.length) + t.slice(mention.index + 8 + mention[1]!.length));
    return Buffer.from(`${t}\nAnd :claim[the rest of it\n`);
  },
  'take a } out': (b, r) => {
    const t = text(b);
    const braces = [...t.matchAll(/\}/g)];
    const brace = pick(braces, r);
    if (!brace) return undefined;
    return Buffer.from(t.slice(0, brace.index) + t.slice(brace.index + 1));
  },
  'misspell a stance': (b, r, s) => {
    const t = text(b);
    const stance = pick([...t.matchAll(/stance=(asserts|disputes|quotes|qualifies)/g)], r);
    if (!stance) return undefined;
    const word = stance[1]!;
    const wrong = s < 0.33 ? word.slice(0, -1) : s < 0.66 ? word[0]!.toUpperCase() + word.slice(1) : word.slice(0, 2) + word[3] + word[2] + word.slice(4);
    return Buffer.from(t.slice(0, stance.index + 7) + wrong + t.slice(stance.index + 7 + word.length));
  },
};

/** One mutation of one file: the file, the mutation's name, and its two random numbers. */
export interface Change {
  file: string;
  name: string;
  r: number;
  s: number;
}

export const change = (files: readonly string[]): fc.Arbitrary<Change> =>
  fc.record({
    file: fc.constantFrom(...files),
    name: fc.constantFrom(...Object.keys(MUTATIONS)),
    r: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    s: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  });

/** The files the changes leave different from the corpus's, after each in turn. */
export function apply(corpus: ReadonlyMap<string, Buffer>, changes: readonly Change[]): Map<string, Buffer> {
  const changed = new Map<string, Buffer>();
  for (const c of changes) {
    const bytes = changed.get(c.file) ?? corpus.get(c.file)!;
    const after = MUTATIONS[c.name]!(bytes, c.r, c.s);
    if (after === undefined) continue;
    if (after.equals(corpus.get(c.file)!)) changed.delete(c.file);
    else changed.set(c.file, after);
  }
  return changed;
}

const LOCATED = /^content\/([a-z]+\/[^:\s]+):(\d+):(\d+) {2}\S[^\n]* \[[a-z0-9-]+\]$/;

/**
 * What is wrong with how the problems are printed, for files of `bytes` (by path under content/):
 * a line not `path:line:column  message [code]`, an internal error, a stack trace, or a line or
 * column outside the file as editors show it. Empty when nothing is.
 */
export function misplaced(problems: readonly Problem[], bytes: (file: string) => Buffer | undefined): string[] {
  const wrong: string[] = [];
  for (const p of problems) {
    const printed = formatProblem(p);
    const m = LOCATED.exec(printed);
    if (!m) wrong.push(`not path:line:column  message [code]: ${printed}`);
    else if (p.code === 'internal-error' || /\bat [\w.<>]+ \(|Error:|\bundefined\b|\bNaN\b|\[object Object\]/.test(printed)) wrong.push(`an internal error or a program's words: ${printed}`);
    const content = m ? bytes(m[1]!) : undefined;
    if (!content) continue;
    // Lines and columns as an editor shows them: a byte-order mark not counted, CRLF, LF or CR one break.
    const shown = new TextDecoder('utf-8').decode(content).split(/\r\n|\r|\n/);
    // A byte not UTF-8 shows as one to three replacement characters: a column past them is still in the line.
    if (p.line < 1 || p.line > shown.length || p.column < 1 || p.column > shown[p.line - 1]!.length + 3) wrong.push(`outside the file (${shown.length} lines, line ${p.line} of ${shown[p.line - 1]?.length ?? 0} characters): ${printed}`);
  }
  return wrong;
}
