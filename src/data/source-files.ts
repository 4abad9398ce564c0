/**
 * The project's files as the build hashes them: what a page's key (src/data/incremental.ts) and a
 * fast rebuild's compiled site (scripts/lib/fast/state.ts) depend on besides the content. Knows
 * neither Astro nor the site, so plain Node scripts can load it.
 */
import type { Hash } from 'node:crypto';
import { readdirSync, readFileSync, type BigIntStats } from 'node:fs';
import path from 'node:path';

/** The files under `dir` (relative to `root`), sorted, as `dir/sub/name`; none when it does not exist. */
export function listFiles(root: string, dir: string): string[] {
  try {
    return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();
  } catch {
    return [];
  }
}

/**
 * A file's identity from its `bigint` stats: device, inode, size and modification time. A file
 * renamed keeps it; one written again, or copied, gets another.
 */
export function fileIdentity(s: BigIntStats): string {
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}`;
}

/** Adds each file's name and bytes (relative to `root`) to `hash`; a missing file counts as such. */
export function hashFiles(hash: Hash, root: string, files: string[], separator = ''): void {
  for (const file of files) {
    hash.update(`${file}${separator}`);
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      hash.update('missing');
    }
  }
}
