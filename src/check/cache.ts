/**
 * The checks' cache: each file's facts (src/check/file.ts), keyed by a hash of its bytes, so a
 * run after a small edit re-reads only what changed. As git's index does, a file whose size and
 * modification time are those recorded with its hash is taken as unchanged without being read,
 * unless it was modified within two seconds of the cache being written (then it is read and
 * hashed again, since a later edit in the same instant could keep the same time). The cache is one JSON file per content
 * folder in node_modules/.cache/crosscheck/, and is thrown away whole when the checks, the
 * content model, the Markdown plugins or the installed packages change (its `version`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileFacts } from './file.ts';

const src = fileURLToPath(new URL('..', import.meta.url));

/** The sources whose change changes what the checks find. */
function versionSources(): string[] {
  const files = [path.join(src, 'content.config.ts'), path.join(src, 'lib/mentions.ts'), path.join(src, 'lib/ids.ts'), path.join(src, '../package-lock.json')];
  for (const dir of ['check', 'plugins']) {
    for (const name of readdirSync(path.join(src, dir)).sort()) {
      if (name.endsWith('.ts')) files.push(path.join(src, dir, name));
    }
  }
  return files;
}

let version: string | undefined;

export function cacheVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of versionSources()) {
    hash.update(file);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
  }
  version = hash.digest('hex').slice(0, 16);
  return version;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

interface Entry {
  /** The hash of the file's bytes. */
  hash: string;
  /** Its size and modification time (ms) when it was hashed. */
  size: number;
  mtime: number;
  facts: FileFacts;
}

interface CacheFile {
  version: string;
  /** When the cache was written (ms since the epoch). */
  written: number;
  /** By file (relative to the project root). */
  files: Record<string, Entry>;
}

/** The cache file of a project root and content folder, in the cache folder `dir`. */
export function cacheFileFor(dir: string, root: string, contentAbs: string): string {
  return path.join(dir, `check-${createHash('sha256').update(`${root}\0${contentAbs}`).digest('hex').slice(0, 16)}.json`);
}

/** How close to the cache's writing a modification must be to distrust the file's time. */
const RACY_MS = 2000;

export class FactsCache {
  private entries = new Map<string, Entry>();
  private written = 0;
  private changed = false;
  readonly file: string | undefined;

  /**
   * One cache per project root and content folder (the facts hold paths relative to the root).
   * `dir` undefined: a cache that keeps nothing between runs.
   */
  constructor(dir: string | undefined, root: string, contentAbs: string) {
    if (!dir) return;
    this.file = cacheFileFor(dir, root, contentAbs);
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
      if (data.version === cacheVersion()) {
        this.entries = new Map(Object.entries(data.files));
        this.written = data.written;
      } else this.changed = true;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /** The facts of a file whose size and time are unchanged since it was hashed, without reading it. */
  unchanged(file: string, size: number, mtime: number): FileFacts | undefined {
    const entry = this.entries.get(file);
    return entry && entry.size === size && entry.mtime === mtime && mtime < this.written - RACY_MS ? entry.facts : undefined;
  }

  /** The facts of a file with these bytes (its hash), noting its new size and time. */
  get(file: string, hash: string, size: number, mtime: number): FileFacts | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.hash !== hash) return undefined;
    if (entry.size !== size || entry.mtime !== mtime) {
      this.entries.set(file, { ...entry, size, mtime });
      this.changed = true;
    }
    return entry.facts;
  }

  set(file: string, hash: string, size: number, mtime: number, facts: FileFacts): void {
    this.entries.set(file, { hash, size, mtime, facts });
    this.changed = true;
  }

  /** Forgets files that no longer exist. */
  keepOnly(files: ReadonlySet<string>): void {
    for (const file of this.entries.keys()) {
      if (!files.has(file)) {
        this.entries.delete(file);
        this.changed = true;
      }
    }
  }

  /** Writes the cache, atomically, when something changed. A cache that cannot be written is skipped. */
  save(): void {
    // Files hashed within the racy window are hashed again next time until the cache is rewritten.
    const racy = [...this.entries.values()].some((e) => e.mtime >= this.written - RACY_MS);
    if (!this.file || (!this.changed && !racy)) return;
    const data: CacheFile = { version: cacheVersion(), written: Date.now(), files: Object.fromEntries(this.entries) };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(tmp, JSON.stringify(data));
      renameSync(tmp, this.file);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
}
