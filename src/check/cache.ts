/**
 * The checks' cache: each file's facts (src/check/file.ts), keyed by a hash of its bytes, so a
 * run after a small edit re-reads only what changed. As git's index does, a file whose size,
 * modification time and change time are those recorded with its hash is taken as unchanged
 * without being read (the change time because tools that copy or unpack files, `cp -p`,
 * `rsync -a`, `tar x`, set the modification time back, and nothing sets the change time back),
 * unless it was modified within two seconds of the cache being written (then it is read and
 * hashed again, since a later edit in the same instant could keep the same time). The cache is one JSON file per content
 * folder in node_modules/.cache/crosscheck/, and is thrown away whole when the checks, the
 * content model, the Markdown plugins or the installed packages change (its `version`).
 *
 * A run that changed a few entries writes only those, beside the full file (`….delta.json`,
 * naming the full file it applies to by its inode, size and time), rather than the whole cache
 * again (19 MB at 5,000 articles, about half a second); once the delta holds more than an
 * eighth of the files, the full file is written again and the delta goes.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileIdentity } from '../data/source-files.ts';
import type { FileFacts } from './file.ts';

const src = fileURLToPath(new URL('..', import.meta.url));

/**
 * The sources whose change changes what the checks find in a file: the checks, the Markdown
 * plugins, the content model and the modules of src/lib they read (tests/unit/check/cache.test.ts
 * holds this list to their imports).
 */
export function versionSources(): string[] {
  const lib = ['characters', 'dates', 'ids', 'language-tag', 'languages', 'long-words', 'mentions', 'text-fragment', 'urls'].map((name) => path.join(src, `lib/${name}.ts`));
  const files = [path.join(src, 'content.config.ts'), ...lib, path.join(src, '../package-lock.json')];
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
  /** Its size, modification time and change time (ms) when it was hashed. */
  size: number;
  mtime: number;
  ctime: number;
  facts: FileFacts;
}

interface CacheFile {
  version: string;
  /** When the cache was written (ms since the epoch). */
  written: number;
  /** By file (relative to the project root). */
  files: Record<string, Entry>;
}

/** The entries changed since the full file was written, and the files removed (`null`). */
interface DeltaFile {
  version: string;
  /** The full file it applies to: its identity when the delta was written (see {@link identityOf}). */
  base: string;
  written: number;
  files: Record<string, Entry | null>;
}

/** The identity of an open file: a full file written again (renamed into place) has another. */
function identityOf(fd: number): string {
  return fileIdentity(fstatSync(fd, { bigint: true }));
}

/** The file's text and identity, read from one open file. */
function readWithIdentity(file: string): { text: string; identity: string } {
  const fd = openSync(file, 'r');
  try {
    return { identity: identityOf(fd), text: readFileSync(fd, 'utf8') };
  } finally {
    closeSync(fd);
  }
}

/** The cache file of a project root and content folder, in the cache folder `dir`. */
export function cacheFileFor(dir: string, root: string, contentAbs: string): string {
  return path.join(dir, `check-${createHash('sha256').update(`${root}\0${contentAbs}`).digest('hex').slice(0, 16)}.json`);
}

/** How close to the cache's writing a modification must be to distrust the file's time. */
const RACY_MS = 2000;

export class FactsCache {
  private entries = new Map<string, Entry>();
  /** When each entry was written to the cache (the `written` of the full file or the delta it was read from). */
  private written = new Map<string, number>();
  /** What changed since the full file was written (removed: `null`): what a delta holds. */
  private delta = new Map<string, Entry | null>();
  /** The identity of the full file read, to which a delta may apply. */
  private base: string | undefined;
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
      const { text, identity } = readWithIdentity(this.file);
      const data = JSON.parse(text) as CacheFile;
      if (data.version !== cacheVersion()) {
        this.changed = true;
        return;
      }
      for (const [file, entry] of Object.entries(data.files)) {
        this.entries.set(file, entry);
        this.written.set(file, data.written);
      }
      this.base = identity;
    } catch {
      // No cache yet, or an unreadable one: start empty.
      return;
    }
    try {
      const delta = JSON.parse(readFileSync(this.deltaFile!, 'utf8')) as DeltaFile;
      // A delta of another full file (written again since) or of other checks is not this cache's.
      if (delta.version !== cacheVersion() || delta.base !== this.base) return;
      for (const [file, entry] of Object.entries(delta.files)) {
        this.delta.set(file, entry);
        if (entry) {
          this.entries.set(file, entry);
          this.written.set(file, delta.written);
        } else {
          this.entries.delete(file);
          this.written.delete(file);
        }
      }
    } catch {
      // No delta.
    }
  }

  private get deltaFile(): string | undefined {
    return this.file?.replace(/\.json$/, '.delta.json');
  }

  /** The facts of a file whose size and times are unchanged since it was hashed, without reading it. */
  unchanged(file: string, size: number, mtime: number, ctime: number): FileFacts | undefined {
    const entry = this.entries.get(file);
    return entry && entry.size === size && entry.mtime === mtime && entry.ctime === ctime && mtime < (this.written.get(file) ?? 0) - RACY_MS ? entry.facts : undefined;
  }

  /** The facts of a file with these bytes (its hash), noting its new size and times. */
  get(file: string, hash: string, size: number, mtime: number, ctime: number): FileFacts | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.hash !== hash) return undefined;
    if (entry.size !== size || entry.mtime !== mtime || entry.ctime !== ctime) this.put(file, { ...entry, size, mtime, ctime });
    return entry.facts;
  }

  set(file: string, hash: string, size: number, mtime: number, ctime: number, facts: FileFacts): void {
    this.put(file, { hash, size, mtime, ctime, facts });
  }

  private put(file: string, entry: Entry): void {
    this.entries.set(file, entry);
    this.delta.set(file, entry);
    this.changed = true;
  }

  /** Forgets files that no longer exist. */
  keepOnly(files: ReadonlySet<string>): void {
    for (const file of this.entries.keys()) {
      if (!files.has(file)) {
        this.entries.delete(file);
        this.written.delete(file);
        this.delta.set(file, null);
        this.changed = true;
      }
    }
  }

  /**
   * Writes the cache, atomically, when something changed: only what changed since the full file,
   * while that is small. A cache that cannot be written is skipped.
   */
  save(): void {
    if (!this.file) return;
    // Files hashed within the racy window are hashed again next time until they are written to the cache again.
    let racy = false;
    for (const [file, entry] of this.entries) {
      if (entry.mtime >= (this.written.get(file) ?? 0) - RACY_MS) {
        this.delta.set(file, entry);
        racy = true;
      }
    }
    if (!this.changed && !racy) return;
    const written = Date.now();
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      if (this.base !== undefined && this.delta.size <= Math.max(64, this.entries.size / 8)) {
        const delta: DeltaFile = { version: cacheVersion(), base: this.base, written, files: Object.fromEntries(this.delta) };
        writeAtomically(this.deltaFile!, JSON.stringify(delta));
        return;
      }
      writeAtomically(this.file, JSON.stringify({ version: cacheVersion(), written, files: Object.fromEntries(this.entries) } satisfies CacheFile));
      // Applies to the file just replaced (its identity was another): it would be ignored, and goes.
      rmSync(this.deltaFile!, { force: true });
    } catch {
      // Not kept: the next run reads more files again.
    }
  }
}

/** Writes `text` to `file` through a temporary file renamed into place. */
function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
