/**
 * src/integrations/content-store.ts reaches into Astro's internals: the id of the content store's
 * module, the metadata Astro gives it, the order of its plugin's hook, the content layer its sync
 * keeps, how its runtime takes the store, and the writer its sync writes the store's file with.
 * An upgrade of Astro that moves any of them fails here (the build itself would only lose the
 * memory and time they save).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as devalue from 'devalue';
import { astroContentLayer, contentStoreFromFile, releaseSyncedStore, storeModule, SYNCED_STORE, writeStorePiecewise } from '../../../src/integrations/content-store.ts';
import { projectRoot } from '../../support/build.ts';

const astro = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));

describe('the content store read from its file', () => {
  it("finds Astro's content layer, and lets a synced store go only when there is one", () => {
    const layer = astroContentLayer();
    expect(layer).toBeDefined();
    // Nothing synced in this process: nothing to let go.
    expect(layer!.get()).toBeFalsy();
    expect(releaseSyncedStore()).toBe(false);
  });

  it('replaces the module Astro names and the file it writes', () => {
    const consts = readFileSync(path.join(astro, 'dist/content/consts.js'), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
    expect(consts).toContain('const DATA_STORE_FILE = "data-store.json"');
    // Astro's runtime takes the store as a Map from the module, as ours exports it.
    expect(readFileSync(path.join(astro, 'dist/content/data-store.js'), 'utf8')).toContain('if (data.default instanceof Map) {');
  });

  it('parses the file when the module is imported', async () => {
    const dir = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/content-store');
    mkdirSync(dir, { recursive: true });
    const store = path.join(dir, 'data-store.json');
    writeFileSync(store, JSON.stringify([['Map', 1, 2], 'articles', 'an entry']));
    // No sync of this process wrote a store.
    delete (globalThis as Record<symbol, unknown>)[Symbol.for(SYNCED_STORE)];
    const module = path.join(dir, 'store.mjs');
    writeFileSync(module, storeModule(store));
    const { default: parsed } = (await import(`${module}?${Date.now()}`)) as { default: unknown };
    // What Astro's runtime makes of its own module's export (astro/dist/content/data-store.js).
    expect(parsed).toEqual(new Map([['articles', 'an entry']]));
  });

  it("takes the store this process's sync wrote, once, instead of reading the file", async () => {
    const dir = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/content-store');
    mkdirSync(dir, { recursive: true });
    const module = path.join(dir, 'store-synced.mjs');
    writeFileSync(module, storeModule(path.join(dir, 'no-such-store.json')));
    const synced = new Map([['articles', new Map([['a', { id: 'a' }]])]]);
    const global = globalThis as Record<symbol, unknown>;
    global[Symbol.for(SYNCED_STORE)] = synced;
    const { default: store } = (await import(`${module}?${Date.now()}`)) as { default: unknown };
    expect(store).toBe(synced);
    // Not kept alive by the process, nor taken by a later build's site.
    expect(Symbol.for(SYNCED_STORE) in global).toBe(false);
  });
});

describe("the store's module", () => {
  type Load = { order?: string; handler: (id: string) => { code: string; meta?: unknown } | null };
  /** The integration's Vite plugin, as `astro build` is given it, with its cache folder in `cacheDir`. */
  function pluginFor(cacheDir: string, command = 'build'): { load: Load } | undefined {
    let plugins: { load: Load }[] | undefined;
    const setup = contentStoreFromFile().hooks['astro:config:setup'] as unknown as (options: object) => void;
    setup({
      config: { experimental: {}, cacheDir: pathToFileURL(`${cacheDir}/`) },
      command,
      updateConfig: (config: { vite: { plugins: { load: Load }[] } }) => (plugins = config.vite.plugins),
    });
    return plugins?.[0];
  }
  const dir = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/content-store-plugin');

  it("is loaded by the integration before Astro's own plugin can load it", () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'data-store.json'), '[]');
    const plugin = pluginFor(dir)!;
    // A hook ordered 'pre' runs before the plain hooks of every plugin, Astro's among them (its
    // plugins come first): Astro's would read, parse and quote the whole store first.
    expect(plugin.load.order).toBe('pre');
    const virtualMod = readFileSync(path.join(astro, 'dist/content/vite-plugin-content-virtual-mod.js'), 'utf8');
    const astroLoad = virtualMod.slice(virtualMod.indexOf('    load: {'), virtualMod.indexOf('async handler(id)', virtualMod.indexOf('    load: {')));
    expect(astroLoad).toContain('filter');
    expect(astroLoad).not.toContain('order');
    const loaded = plugin.load.handler('\0astro:data-layer-content')!;
    expect(loaded.code).toBe(storeModule(path.join(dir, 'data-store.json')));
    expect(plugin.load.handler('\0astro:content')).toBeNull();
  });

  it('says of itself what Astro says of its own: content data, left out of the pages\' dependencies', async () => {
    const plugin = pluginFor(dir)!;
    const metadata = (await import(pathToFileURL(path.join(astro, 'dist/core/build/incremental-metadata.js')).href)) as {
      createContentDataIncrementalMetadata: () => unknown;
      isContentDataIncrementalModule: (info: { meta?: unknown }) => boolean;
    };
    const { meta } = plugin.load.handler('\0astro:data-layer-content')!;
    expect(meta).toEqual(metadata.createContentDataIncrementalMetadata());
    expect(metadata.isContentDataIncrementalModule({ meta })).toBe(true);
  });

  it("leaves the module to Astro without a store file, or outside a build", () => {
    const empty = path.join(dir, 'none');
    mkdirSync(empty, { recursive: true });
    expect(pluginFor(empty)!.load.handler('\0astro:data-layer-content')).toBeNull();
    expect(pluginFor(dir, 'dev')).toBeUndefined();
  });
});

describe("Astro's store writer", () => {
  type Writer = { write(collections: Map<string, Map<string, unknown>>): Promise<boolean> };
  const { FileWriter } = createRequire(import.meta.url)(path.join(astro, 'dist/content/data-store-writer.js')) as { FileWriter: new (file: string) => Writer };
  const dir = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/content-store-writer-astro');

  it('is the one Astro writes its single-file store with, and writes it a piece at a time', async () => {
    const mutable = readFileSync(path.join(astro, 'dist/content/mutable-data-store.js'), 'utf8');
    expect(mutable).toContain('store.#writer = new FileWriter(filePath);');
    expect(mutable).toContain('await this.#writer.write(this._collections)');
    expect(writeStorePiecewise()).toBe(true);
    // Twice is once.
    expect(writeStorePiecewise()).toBe(true);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'data-store.json');
    const store = new Map([['articles', new Map<string, unknown>([['b', { id: 'b', n: NaN }], ['a', { id: 'a', when: new Date(0) }]])]]);
    expect(await new FileWriter(file).write(store)).toBe(true);
    const text = readFileSync(file, 'utf8');
    // Astro's own writer would have written devalue's numbering, depth first: the root, the
    // collection's name, its entries' Map, the first entry's id…; the piecewise one numbers
    // breadth first, the root's members before theirs.
    expect(text).not.toBe(devalue.stringify(store));
    expect(devalue.parse(text)).toEqual(store);
    // Left for the built site's store module, in the file's order.
    const synced = (globalThis as Record<symbol, unknown>)[Symbol.for(SYNCED_STORE)] as typeof store;
    expect(synced).toEqual(store);
    expect([...synced.get('articles')!.keys()]).toEqual(['a', 'b']);
  });

  it("leaves to Astro's own writer a store the piecewise one does not write", async () => {
    writeStorePiecewise();
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'odd-store.json');
    const store = new Map([['articles', new Map<string, unknown>([['a', { tags: new Set(['x']) }]])]]);
    await new FileWriter(file).write(store);
    expect(readFileSync(file, 'utf8')).toBe(devalue.stringify(store));
    // The site reads this one back from the file: no store written earlier is left for it.
    expect(Symbol.for(SYNCED_STORE) in globalThis).toBe(false);
  });
});
