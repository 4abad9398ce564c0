/**
 * The checks' cache (src/check/cache.ts): a run that changed a few entries writes them beside the
 * full file, which stays as it was; a delta is read only with the full file it was written for;
 * once the delta holds more than an eighth of the files (and more than 64), the full file is
 * written again and the delta goes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFileFor, FactsCache, versionSources } from '../../../src/check/cache.ts';
import type { FileFacts } from '../../../src/check/file.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const root = '/project';
const content = '/project/content';
/** An hour ago: files this old are taken from the cache without being read. */
const OLD = Date.now() - 3_600_000;
const facts = (id: string) => ({ collection: 'claims', id }) as unknown as FileFacts;

function cacheDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-cache-'));
  temps.push(dir);
  return dir;
}

/** A cache of `n` files, `claims/c<i>.md`, written in full. */
function fullCache(dir: string, n: number) {
  const cache = new FactsCache(dir, root, content);
  for (let i = 0; i < n; i++) cache.set(`claims/c${i}.md`, `hash${i}`, 100 + i, OLD, OLD, facts(`c${i}`));
  cache.save();
  return cacheFileFor(dir, root, content);
}

const deltaOf = (full: string) => full.replace(/\.json$/, '.delta.json');
const identity = (file: string) => {
  const s = statSync(file, { bigint: true });
  return `${s.ino}:${s.size}:${s.mtimeNs}`;
};

describe('FactsCache', () => {
  it('writes a few changes beside the full file, which stays as it was, and reads them back', () => {
    const dir = cacheDir();
    const full = fullCache(dir, 200);
    const before = identity(full);
    const cache = new FactsCache(dir, root, content);
    cache.set('claims/c7.md', 'changed', 999, OLD, OLD, facts('c7-changed'));
    cache.set('claims/new.md', 'new', 50, OLD, OLD, facts('new'));
    cache.keepOnly(new Set([...Array.from({ length: 200 }, (_, i) => `claims/c${i}.md`), 'claims/new.md'].filter((f) => f !== 'claims/c3.md')));
    cache.save();
    expect(identity(full)).toBe(before);
    const delta = JSON.parse(readFileSync(deltaOf(full), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(delta.files).sort()).toEqual(['claims/c3.md', 'claims/c7.md', 'claims/new.md']);
    expect(delta.files['claims/c3.md']).toBeNull();

    const again = new FactsCache(dir, root, content);
    expect(again.unchanged('claims/c7.md', 999, OLD, OLD)).toEqual(facts('c7-changed'));
    expect(again.unchanged('claims/new.md', 50, OLD, OLD)).toEqual(facts('new'));
    expect(again.unchanged('claims/c3.md', 103, OLD, OLD)).toBeUndefined();
    expect(again.unchanged('claims/c8.md', 108, OLD, OLD)).toEqual(facts('c8'));
    // Nothing changed: nothing is written.
    const written = identity(deltaOf(full));
    again.save();
    expect(identity(deltaOf(full))).toBe(written);
  });

  it('ignores a delta written for another full file', () => {
    const dir = cacheDir();
    const full = fullCache(dir, 200);
    const cache = new FactsCache(dir, root, content);
    cache.set('claims/c7.md', 'changed', 999, OLD, OLD, facts('c7-changed'));
    cache.save();
    // The full file written again by other means (a copy, a restore): the delta is not its own.
    writeFileSync(`${full}.copy`, readFileSync(full));
    rmSync(full);
    writeFileSync(full, readFileSync(`${full}.copy`));
    const again = new FactsCache(dir, root, content);
    expect(again.unchanged('claims/c7.md', 999, OLD, OLD)).toBeUndefined();
    expect(again.unchanged('claims/c7.md', 107, OLD, OLD)).toEqual(facts('c7'));
  });

  it('writes the full file again, and drops the delta, once the delta holds more than an eighth of the files', () => {
    const dir = cacheDir();
    const full = fullCache(dir, 800);
    const before = identity(full);
    const some = new FactsCache(dir, root, content);
    for (let i = 0; i < 100; i++) some.set(`claims/c${i}.md`, `changed${i}`, 5000 + i, OLD, OLD, facts(`changed${i}`));
    some.save();
    expect(identity(full)).toBe(before);
    // 100 of 800 is an eighth: still a delta. One more is over.
    const more = new FactsCache(dir, root, content);
    more.set('claims/c100.md', 'changed100', 5100, OLD, OLD, facts('changed100'));
    more.save();
    expect(identity(full)).not.toBe(before);
    expect(readdirSync(dir).sort()).toEqual([path.basename(full)]);
    const again = new FactsCache(dir, root, content);
    expect(again.unchanged('claims/c100.md', 5100, OLD, OLD)).toEqual(facts('changed100'));
    expect(again.unchanged('claims/c0.md', 5000, OLD, OLD)).toEqual(facts('changed0'));
    expect(again.unchanged('claims/c799.md', 899, OLD, OLD)).toEqual(facts('c799'));
  });

  it('trusts an unchanged time only once the entry was written to the cache two seconds after it, in the full file or the delta', () => {
    const dir = cacheDir();
    const full = fullCache(dir, 200);
    const now = Date.now();
    const cache = new FactsCache(dir, root, content);
    cache.set('claims/fresh.md', 'fresh', 10, now, now, facts('fresh'));
    cache.save();
    // Written to the delta within two seconds of its time: read and hashed again next time.
    const next = new FactsCache(dir, root, content);
    expect(next.unchanged('claims/fresh.md', 10, now, now)).toBeUndefined();
    expect(next.get('claims/fresh.md', 'fresh', 10, now, now)).toEqual(facts('fresh'));
    // Once the delta is written again later, the entry is trusted.
    const later = JSON.parse(readFileSync(deltaOf(full), 'utf8')) as { written: number };
    writeFileSync(deltaOf(full), JSON.stringify({ ...later, written: now + 5_000 }));
    const trusted = new FactsCache(dir, root, content);
    expect(trusted.unchanged('claims/fresh.md', 10, now, now)).toEqual(facts('fresh'));
  });
});

describe('versionSources', () => {
  it('holds every module of src/lib that the content model, the checks of a file and the Markdown plugins import', () => {
    const src = path.resolve(import.meta.dirname, '../../../src');
    const sources = new Set(versionSources());
    const readers = [path.join(src, 'content.config.ts'), ...['file', 'frontmatter', 'markdown', 'schema', 'text', 'suggest', 'collections', 'messages'].map((n) => path.join(src, `check/${n}.ts`))];
    for (const name of readdirSync(path.join(src, 'plugins'))) if (name.endsWith('.ts')) readers.push(path.join(src, 'plugins', name));
    const todo = [...readers];
    const missing = new Set<string>();
    while (todo.length > 0) {
      const file = todo.pop()!;
      for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+\.ts)'/g)) {
        const imported = path.resolve(path.dirname(file), m[1]!);
        if (!imported.startsWith(path.join(src, 'lib') + path.sep)) continue;
        if (!sources.has(imported)) missing.add(path.relative(src, imported));
        if (!readers.includes(imported)) {
          readers.push(imported);
          todo.push(imported);
        }
      }
    }
    expect([...missing].sort()).toEqual([]);
  });
});
