/**
 * src/integrations/content-store-writer.ts writes Astro's content store in devalue's format a
 * piece at a time: whatever it writes, devalue's `parse` (what Astro's sync and the built site
 * read the file with) must give back the same store, in the same order.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as devalue from 'devalue';
import { describe, expect, it } from 'vitest';
import { storeText, UnwritableValue, writeStore } from '../../../src/integrations/content-store-writer.ts';
import { projectRoot } from '../../support/build.ts';

type Store = Map<string, Map<string, unknown>>;

const reparsed = (store: Store): Store => devalue.parse([...storeText(store)].join('')) as Store;

function entry(id: string, body: string, extra: Record<string, unknown> = {}) {
  return { id, data: { title: `The ${id}`, published: new Date('2026-06-14T09:30:00Z'), tags: ['pause', 'ai'], ...extra }, digest: id.length.toString(16), rendered: { html: body, metadata: {} } };
}

describe("Astro's content store written a piece at a time", () => {
  const dir = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/content-store-writer');

  it('reads back as the same store, each collection and its entries in sorted order, as it returns it', async () => {
    const store: Store = new Map([
      ['claims', new Map<string, unknown>([['b-claim', entry('b-claim', '<p>b</p>')], ['a-claim', entry('a-claim', '<p>a</p>')]])],
      ['articles', new Map<string, unknown>([['z', entry('z', '<p>“Curly” quotes, </script> and \u2028</p>')], ['m', entry('m', '')]])],
    ]);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'sorted-store.json');
    const written = await writeStore(file, store);
    const back = devalue.parse(readFileSync(file, 'utf8')) as Store;
    expect(back).toEqual(store);
    // Astro's order (its sortCollections), which is the order getCollection returns.
    for (const got of [back, written]) {
      expect([...got.keys()]).toEqual(['articles', 'claims']);
      expect([...got.get('articles')!.keys()]).toEqual(['m', 'z']);
      expect([...got.get('claims')!.keys()]).toEqual(['a-claim', 'b-claim']);
    }
    // The same entries, not copies: what the sync holds.
    expect(written.get('claims')!.get('a-claim')).toBe(store.get('claims')!.get('a-claim'));
    // storeText writes the order it is given.
    expect([...reparsed(store).keys()]).toEqual(['claims', 'articles']);
  });

  it("keeps what JSON alone would lose: undefined, NaN, infinities, -0, holes, dates, nested maps", () => {
    const sparse = [1, , 3];
    const value = { gone: undefined, nan: NaN, big: Infinity, small: -Infinity, negativeZero: -0, sparse, when: new Date(0), inner: new Map<unknown, unknown>([[1, 'one'], ['two', new Map()]]), nothing: null, yes: true };
    const back = reparsed(new Map([['c', new Map([['x', value]])]])).get('c')!.get('x') as typeof value;
    expect(back).toEqual(value);
    expect(Object.hasOwn(back, 'gone')).toBe(true);
    expect(Object.is(back.negativeZero, -0)).toBe(true);
    expect(1 in back.sparse).toBe(false);
    expect(back.when).toBeInstanceOf(Date);
  });

  it('writes a shared object once, keeps it shared, and writes a recurring short string once', () => {
    const shared = { collection: 'stories', id: 'ai-pause' };
    const store: Store = new Map([['claims', new Map<string, unknown>([['a', { story: shared, status: 'contested' }], ['b', { story: shared, status: 'contested' }]])]]);
    const text = [...storeText(store)].join('');
    expect(text.match(/"contested"/g)).toHaveLength(1);
    expect(text.match(/"ai-pause"/g)).toHaveLength(1);
    const back = devalue.parse(text) as Store;
    const [a, b] = [...back.get('claims')!.values()] as { story: object }[];
    expect(a!.story).toBe(b!.story);
  });

  it('reads back the same when the text spans many pieces', () => {
    const body = `<p>${'A paragraph of an article. '.repeat(2_000)}</p>`;
    const entries = new Map<string, unknown>();
    for (let i = 0; i < 200; i++) entries.set(`article-${String(i).padStart(3, '0')}`, entry(`article-${i}`, `${body}${i}`));
    const store: Store = new Map([['articles', entries]]);
    const pieces = [...storeText(store)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(devalue.parse(pieces.join(''))).toEqual(store);
  });

  it('refuses a value devalue would write some other way, so that Astro writes it', () => {
    class Point {
      x = 1;
    }
    for (const odd of [new Point(), new Set([1]), () => 1, 10n, Symbol('s'), new Date(Number.NaN), Object.create(null), { [Symbol('k')]: 1 }, new URL('https://example.org/')]) {
      expect(() => [...storeText(new Map([['c', new Map([['x', { odd }]])]]))], String(typeof odd)).toThrow(UnwritableValue);
    }
  });

  it('writes the file, and on a refused value leaves the file as it was', async () => {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'data-store.json');
    const store: Store = new Map([['articles', new Map([['a', entry('a', '<p>a</p>')]])]]);
    await writeStore(file, store);
    expect(devalue.parse(readFileSync(file, 'utf8'))).toEqual(store);
    writeFileSync(file, 'before');
    await expect(writeStore(file, new Map([['articles', new Map([['a', { odd: new Set() }]])]]))).rejects.toThrow(UnwritableValue);
    expect(readFileSync(file, 'utf8')).toBe('before');
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });
});
