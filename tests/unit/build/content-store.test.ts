/**
 * src/integrations/content-store.ts reaches into two of Astro's internals: the id of the content
 * store's module, and the content layer its sync keeps. An upgrade of Astro that moves either
 * fails here (the build itself would only lose the memory and time they save).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroContentLayer, releaseSyncedStore, storeModule } from '../../../src/integrations/content-store.ts';
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
  });

  it('parses the file when the module is imported', async () => {
    const dir = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/content-store');
    mkdirSync(dir, { recursive: true });
    const store = path.join(dir, 'data-store.json');
    writeFileSync(store, JSON.stringify([['Map', 1, 2], 'articles', 'an entry']));
    const module = path.join(dir, 'store.mjs');
    writeFileSync(module, storeModule(store));
    const { default: parsed } = (await import(`${module}?${Date.now()}`)) as { default: unknown };
    expect(parsed).toEqual([['Map', 1, 2], 'articles', 'an entry']);
  });
});
