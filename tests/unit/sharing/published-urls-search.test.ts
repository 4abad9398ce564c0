/**
 * The registry step lists the new site's published paths while the search step, on a worker
 * thread, writes the search index in the same folder and takes out each part a fast rebuild
 * linked in that changed (scripts/lib/steps/pagefind.ts). A fast rebuild failed now and then with
 * "Published URLs: ENOENT: no such file or directory, scandir '…/pagefind/0/index'": the listing
 * read the part's folder as it went. The search index holds no published path, so it is not listed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { publishedPaths } from '../../../scripts/lib/published-urls.ts';
import { PAGEFIND_DIR } from '../../../scripts/lib/steps/pagefind.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-urls-search-'));
const part = path.join(dir, PAGEFIND_DIR, '0');

// The search step takes the part out just after the listing read its folder's entries.
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const readdirSync = ((folder: string, options?: unknown) => {
    const entries = fs.readdirSync(folder, options as never);
    if (path.resolve(String(folder)) === part) fs.rmSync(part, { recursive: true, force: true });
    return entries;
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

describe('publishedPaths', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists a site whose search index changes meanwhile, without reading the index', () => {
    for (const file of ['index.html', 'claims/a/index.html', `${PAGEFIND_DIR}/0/index/en_1.pf_index`, `${PAGEFIND_DIR}/parts.json`]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), '');
    }
    expect(publishedPaths(dir)).toEqual(['/', '/claims/a/']);
  });
});
