/**
 * The content store, handed to the built site by the build's own content sync or read from its
 * file, instead of compiled into the site.
 *
 * In a build, Astro puts its whole content store (every entry with its rendered body) into the
 * prerender bundle as one module, `export default JSON.parse("…")`: the store's JSON as a single
 * string literal, 60 MB at 5,000 articles. V8's time to compile a literal that long grows
 * faster than its length (0.26 s for a quarter of it, 3.4 s for all of it, so tens of seconds
 * at 20,000 articles), and the module's source, twice the store in memory, stays alive for the
 * whole build. This module's replacement exports the store as Astro's runtime makes it from its
 * own module's export (devalue's `parse`, which Astro's `unflatten` of the parsed JSON is,
 * astro/dist/content/data-store.js): the store the sync of the same build has just written, as
 * the Maps it wrote ({@link writeStorePiecewise}), or else the same file read back (Astro's
 * `data-store.json`, which it writes in its cache folder before it bundles the site). What
 * `getCollection` returns is unchanged, and no flattened copy is kept alive for the whole build.
 * Only for a build, and only with Astro's default single-file store; anything else is left to
 * Astro.
 *
 * Astro's sync writes that file with its whole store made one string first; in a build it is
 * written a piece at a time instead ({@link writeStorePiecewise}).
 *
 * And once the content is synced, the content layer Astro's sync keeps is let go
 * ({@link releaseSyncedStore}) and the sync's garbage collected: V8 lets the heap grow to
 * several times what is live (traced at the end of a sync of 20,000 articles: 1.9 GB used, 2.6 GB
 * committed, 0.75 GB live), and the pages' generation grew it from there.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectGarbage } from './collect-garbage.ts';
import { UnwritableValue, writeStore, type ContentStore } from './content-store-writer.ts';

/** Astro's id for the store's module once resolved (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content';
/** The store's file in Astro's cache folder during a build (astro/dist/content/paths.js). */
const STORE_FILE = 'data-store.json';
/** The metadata Astro gives its store's module (astro/dist/core/build/incremental-metadata.js). */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/**
 * Where the piecewise writer leaves the store it last wrote, for the build's pages (a
 * process-wide symbol: the built site's module is not this one).
 */
export const SYNCED_STORE = 'crosscheck.synced-content-store';

/**
 * The module's code: the store the sync wrote, if this process's sync wrote it (the same Maps
 * as the file holds, without reading the file back); otherwise the store read from `file` when
 * the module is first imported.
 */
export function storeModule(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { parse } from 'devalue';`,
    `const key = Symbol.for(${JSON.stringify(SYNCED_STORE)});`,
    `const synced = globalThis[key];`,
    `delete globalThis[key];`,
    `export default synced ?? parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    '',
  ].join('\n');
}

const syncedStore = Symbol.for(SYNCED_STORE);

/** Leaves `store` for the built site's store module ({@link storeModule}), or takes it away. */
function leaveSyncedStore(store: ContentStore | undefined): void {
  const global = globalThis as { [syncedStore]?: ContentStore };
  if (store) global[syncedStore] = store;
  else delete global[syncedStore];
}

type ContentLayerSingleton = { get(): unknown; dispose(): void };

/**
 * One of Astro's own modules, as Astro's code has it, or undefined if it moved. Required, not
 * imported: this file is loaded by Vite's module runner with the configuration, and the runner is
 * closed by the time the build starts. Node shares the module with Astro's imports.
 */
function astroModule(file: string): Record<string, unknown> | undefined {
  try {
    const require = createRequire(import.meta.url);
    return require(path.join(path.dirname(require.resolve('astro/package.json')), file)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Astro's content layer singleton (astro/dist/content/instance.js), or undefined if Astro's internals moved. */
export function astroContentLayer(): ContentLayerSingleton | undefined {
  const globalContentLayer = astroModule('dist/content/instance.js')?.globalContentLayer as Partial<ContentLayerSingleton> | undefined;
  return typeof globalContentLayer?.get === 'function' && typeof globalContentLayer.dispose === 'function' ? (globalContentLayer as ContentLayerSingleton) : undefined;
}

type StoreWriter = { readonly target: string | URL; write(collections: ContentStore): Promise<boolean> };
const PIECEWISE = Symbol.for('crosscheck.store-written-piecewise');

/**
 * Astro's single-file store writer (`FileWriter`, astro/dist/content/data-store-writer.js) made
 * to write the store a piece at a time ({@link writeStore}): its own makes the whole file as one
 * string first (at 20,000 articles 1.6 GB more at once, the highest memory of a build). The file
 * is the same store in the same format. The store written is left for the built site's pages
 * ({@link storeModule}), which would otherwise read it back from the file and parse it (at
 * 20,000 articles a 169 MB string and its parse, while the sync's copy is let go). A store
 * holding a value the piecewise writer does not write is written by Astro's own, and read back.
 * Returns whether the writer is Astro's as this knows it (false if Astro's internals moved).
 */
export function writeStorePiecewise(): boolean {
  const FileWriter = astroModule('dist/content/data-store-writer.js')?.FileWriter as { prototype: StoreWriter & { [PIECEWISE]?: true } } | undefined;
  const prototype = FileWriter?.prototype;
  if (typeof prototype?.write !== 'function' || !Object.getOwnPropertyDescriptor(prototype, 'target')?.get) return false;
  if (prototype[PIECEWISE]) return true;
  const astroWrite = prototype.write;
  prototype.write = async function (this: StoreWriter, collections) {
    try {
      leaveSyncedStore(await writeStore(this.target, collections));
      return true;
    } catch (error) {
      // The file is then the only copy of the store written last.
      leaveSyncedStore(undefined);
      if (error instanceof UnwritableValue) return astroWrite.call(this, collections);
      throw error;
    }
  };
  prototype[PIECEWISE] = true;
  return true;
}

/**
 * Astro's content sync leaves the store it loaded and wrote (every entry, rendered bodies
 * included) on the content layer it keeps for the dev server's refreshes
 * (astro/dist/content/instance.js): a build never uses the layer again. Letting it go frees its
 * queue and its watchers, and, when the built site reads the store back from its file, the
 * sync's copy (about 100 MB at 5,000 articles) while the pages are generated. Returns whether
 * there was one to let go (false if Astro's internals moved).
 */
export function releaseSyncedStore(): boolean {
  const layer = astroContentLayer();
  if (!layer?.get()) return false;
  layer.dispose();
  return true;
}

export function contentStoreFromFile(): AstroIntegration {
  return {
    name: 'crosscheck-content-store-from-file',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        writeStorePiecewise();
        const file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'crosscheck:content-store-from-file',
                // Astro's own plugin would load the module first (its plugins come before an
                // integration's): it reads the file, parses it once to check it and writes it out
                // again as a string literal, three copies of the store at once (at 20,000 articles
                // a 164 MB file, and 5 s of bundling). A hook ordered 'pre' runs before every
                // plugin's plain hook, so Astro's never runs for this module.
                load: {
                  order: 'pre',
                  handler(id) {
                    // No store written (no content): Astro's own module, an empty one.
                    if (id !== STORE_MODULE || !existsSync(file)) return null;
                    // What Astro's own module says of itself: content data, which its
                    // incremental build leaves out of each page's dependencies.
                    return { code: storeModule(file), map: { mappings: '' }, meta: CONTENT_DATA_META };
                  },
                },
              },
            ],
          },
        });
      },
      // After the content sync, before the site is bundled and its pages generated.
      'astro:build:start': () => {
        releaseSyncedStore();
        // The sync's garbage and its copy of the store go before the pages are generated, which
        // load the store again (see collectGarbage).
        collectGarbage();
      },
    },
  };
}
