/**
 * What a build keeps for the next fast rebuild (scripts/lib/fast/rebuild.ts), per output folder
 * and content folder, in `node_modules/.cache/crosscheck-fast/<key>/`:
 *
 * - `bundles/<code key>-<pid>/`: Astro's compiled site (its prerender bundle), which renders
 *   any page of the site given the content;
 * - `state.json`: the code it was compiled from (see {@link codeKey}), the settings Astro
 *   rendered with, and every page of the site with its `cacheKey` and file, in Astro's order;
 * - `content.bin`: every content file's record and rendered body, with the size and times of the
 *   file it was read from ({@link FileStamp}), in pieces of {@link PIECE_FILES} files (and `content-delta.bin`, what
 *   changed since, after a fast rebuild).
 *
 * A build writes its state into `pending-<pid>/`; it becomes `current/` only once the site it
 * describes has replaced the output folder, with that folder's inode, so a state never describes
 * a site other than the one in place.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CollectionName, ContentEntry } from '../../../src/data/records.ts';
import { hashFiles, listFiles } from '../../../src/data/source-files.ts';

export const STATE_VERSION = 4;

/** One page of the site. */
export interface PageState {
  pathname: string;
  /** The route's pattern (`/claims/[id]`), as Astro names it. */
  route: string;
  /** The page's fingerprint; pages without one (routes without `getStaticPaths`) are always rendered. */
  cacheKey?: string | undefined;
  /** The output file, relative to the site's folder. */
  file: string;
}

export interface FastState {
  version: number;
  codeKey: string;
  /** Astro's prerender bundle, relative to the state folder (`bundles/<code key>-<pid>`), and its entry file. */
  bundle: string;
  entry: string;
  /** The origin Astro rendered pages under. */
  origin: string;
  config: {
    site?: string | undefined;
    base: string;
    trailingSlash: 'always' | 'never' | 'ignore';
    format: 'directory' | 'file' | 'preserve';
    /** Astro's resolved `markdown` options but the processor, and `image`, as the Markdown renderer takes them. */
    markdown: Record<string, unknown>;
    image: unknown;
  };
  /** Astro's injected scripts (settings.scripts) and each page's styles, as its renderer needs them. */
  scripts: unknown[];
  styles: Record<string, unknown>;
  pages: PageState[];
  /** The hash of each preview image's card, by its file (scripts/lib/previews.ts): the images are not pages. */
  previews: Record<string, string>;
  /**
   * The files Astro's build made beside the pages (`_astro/`, the search page's script), relative
   * to the site's folder: a fast rebuild links them from the previous site, as the code is the one
   * that build compiled, and builds in full when the site lacks one.
   */
  assets: string[];
  /** The inode of the output folder holding the site this state describes (set when it is published). */
  siteIno?: number | undefined;
  /** The identity (inode and time) of the site's home page then: a site rebuilt in place by other means has another. */
  siteMark?: string | undefined;
}

/**
 * What tells a content file unchanged since it was read, without reading it: its size and its
 * modification and change times. The modification time alone is not enough: `cp -p`, `rsync -a`,
 * `tar x`, `touch -r` and archives with fixed times set it back, so a file replaced by another of
 * the same size kept its record, and the rebuild published the old content. The change time is
 * the system's own, set on every write and never set back.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  /**
   * Changed in the clock's tick of being stamped, or after, so not to be trusted: a file's times
   * are those of the clock's tick, and a second write of the same size in the tick of the first,
   * after the build stamped it, leaves the same stamp on other bytes (git's "racily clean" files).
   * Such a file is read again by the next rebuild, which stamps it anew.
   */
  racy?: true | undefined;
}

/** Without a file to read the file system's clock from: how recent a change makes a stamp untrustworthy, well above any clock tick. */
export const RACY_MS = 2000;

/**
 * The file system's time now, as it stamps a file written in this tick: the modification time of
 * a file written for the purpose, in the cache beside the project's (as git compares a file's
 * times with its index file's). A content file changed at or after it may change again in the
 * same tick after being stamped.
 */
export function fileClock(root: string): number {
  const marker = path.join(root, 'node_modules/.cache/crosscheck-fast/clock');
  try {
    mkdirSync(path.dirname(marker), { recursive: true });
    writeFileSync(marker, '');
    return statSync(marker).mtimeMs;
  } catch {
    return Date.now() - RACY_MS;
  }
}

/** Whether a file's stamp is the one it was read with (`a`, as kept), and was not taken in the tick of a change. */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return !a.racy && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/** One content file, as read. */
export interface ContentFileState extends ContentEntry, FileStamp {}

export interface ContentState {
  /** By file, relative to the project root. */
  files: Record<string, ContentFileState>;
  /** As read: the state's full file, which a rebuild's state links rather than writing it again (see {@link writeContentState}). */
  base?: { dir: string; files: Record<string, ContentFileState> } | undefined;
}

export function stateRoot(root: string, out: string, contentDir: string): string {
  const key = createHash('sha256').update(`${path.resolve(root, out)}\n${path.resolve(root, contentDir)}`).digest('hex').slice(0, 16);
  return path.join(root, 'node_modules/.cache/crosscheck-fast', key);
}

export const currentDir = (stateDir: string) => path.join(stateDir, 'current');
export const pendingDir = (stateDir: string) => path.join(stateDir, `pending-${process.pid}`);
/**
 * The site the last build replaced, kept (scripts/build.ts) so that the next fast rebuild can make
 * its new folder from it: the folders are already there, and only the files change
 * (scripts/lib/fast/link-worker.ts). Only a build that holds the output folder's lock moves it.
 */
export const spareDir = (stateDir: string) => path.join(stateDir, 'spare');
/**
 * The spare a full build into an empty output folder makes while its post-build steps run
 * (scripts/build.ts: `prepareSpare`): it replaces no site that could become the spare.
 */
export const preparedSpareDir = (stateDir: string) => path.join(stateDir, `spare-${process.pid}`);

export function readState(dir: string): FastState | undefined {
  try {
    const state = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8')) as FastState;
    return state.version === STATE_VERSION ? state : undefined;
  } catch {
    return undefined;
  }
}

export function writeState(dir: string, state: FastState): void {
  writeFileSync(path.join(dir, 'state.json'), JSON.stringify(state));
}

/**
 * The content is kept as `content.bin`, every file's entry, and `content-delta.bin`, the files
 * changed (or removed: `null`) since then. A fast rebuild writes the delta of all its changes
 * since that full file and links the full file itself from the state it started from, rather
 * than writing some 50 MB again at 5,000 articles; once the delta holds more than an eighth of
 * the files, the content is written in full again.
 */
const FULL = 'content.bin';
const DELTA = 'content-delta.bin';
/**
 * Files per piece of the full file. Each piece is serialized and written on its own: the whole,
 * about 200 MB at 20,000 articles, was one buffer (and V8's serializer grows its buffer by
 * doubling it) at the moment Astro's process, still holding the site, wrote it at the end of a
 * full build: the build's highest memory.
 */
const PIECE_FILES = 500;

/** Writes `files` to `file` as pieces, each its length (4 bytes, little-endian) and its entries serialized by V8. */
function writeEntries(file: string, files: Record<string, ContentFileState>): void {
  const names = Object.keys(files);
  const fd = openSync(file, 'w');
  try {
    const write = (bytes: Uint8Array) => {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    };
    for (let at = 0; at < names.length; at += PIECE_FILES) {
      const piece: Record<string, ContentFileState> = {};
      for (const name of names.slice(at, at + PIECE_FILES)) piece[name] = files[name]!;
      const bytes = serialize(piece);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(bytes.length);
      write(length);
      write(bytes);
    }
  } finally {
    closeSync(fd);
  }
}

/** The entries {@link writeEntries} wrote, in their order; throws if the file is cut short. */
function readEntries(file: string): Record<string, ContentFileState> {
  const bytes = readFileSync(file);
  const files: Record<string, ContentFileState> = {};
  for (let at = 0; at < bytes.length; ) {
    if (at + 4 > bytes.length) throw new Error(`${file} is cut short`);
    const end = at + 4 + bytes.readUInt32LE(at);
    if (end > bytes.length) throw new Error(`${file} is cut short`);
    Object.assign(files, deserialize(bytes.subarray(at + 4, end)) as Record<string, ContentFileState>);
    at = end;
  }
  return files;
}

export function readContentState(dir: string): ContentState | undefined {
  try {
    const base = readEntries(path.join(dir, FULL));
    const delta = existsSync(path.join(dir, DELTA)) ? (deserialize(readFileSync(path.join(dir, DELTA))) as Record<string, ContentFileState | null>) : {};
    const files = { ...base };
    for (const [file, entry] of Object.entries(delta)) {
      if (entry) files[file] = entry;
      else delete files[file];
    }
    return { files, base: { dir, files: base } };
  } catch {
    return undefined;
  }
}

/** Writes `content` into the state folder `dir`: as a delta from the full file it was read with (`from`, see {@link readContentState}), when that one is small. */
export function writeContentState(dir: string, content: ContentState, from?: ContentState): void {
  const base = from?.base;
  if (base) {
    const delta: Record<string, ContentFileState | null> = {};
    let changes = 0;
    for (const [file, entry] of Object.entries(content.files)) {
      if (base.files[file] !== entry) {
        delta[file] = entry;
        changes++;
      }
    }
    for (const file of Object.keys(base.files)) {
      if (!(file in content.files)) {
        delta[file] = null;
        changes++;
      }
    }
    if (changes <= Math.max(64, Object.keys(content.files).length / 8)) {
      try {
        linkSync(path.join(base.dir, FULL), path.join(dir, FULL));
        writeFileSync(path.join(dir, DELTA), serialize(delta));
        return;
      } catch {
        rmSync(path.join(dir, FULL), { force: true });
      }
    }
  }
  writeEntries(path.join(dir, FULL), content.files);
}

/**
 * Makes a pending state the current one, once its site is in `out`. Pending states of builds
 * that did not get this far are removed.
 */
export function publishState(stateDir: string, pending: string, out: string): void {
  if (!existsSync(path.join(pending, 'state.json'))) return;
  const state = readState(pending);
  if (!state) return;
  state.siteIno = statSync(out).ino;
  state.siteMark = siteMark(out);
  writeState(pending, state);
  const current = currentDir(stateDir);
  const old = `${current}-old-${process.pid}`;
  if (existsSync(current)) renameSync(current, old);
  renameSync(pending, current);
  rmSync(old, { recursive: true, force: true });
  // Bundles of earlier code.
  const bundles = path.join(stateDir, 'bundles');
  for (const name of existsSync(bundles) ? readdirSync(bundles) : []) {
    if (`bundles/${name}` !== state.bundle) rmSync(path.join(bundles, name), { recursive: true, force: true });
  }
}

/**
 * When the site the state in `dir` describes was published: the modification time (ns) of its
 * `state.json`, written once the site was in place (see {@link publishState}). No build writes
 * into a published site afterwards (a rebuild links its files, never writes through them), so a
 * file of the site modified later was changed by other means, by hand: a fast rebuild does not
 * take it over (scripts/lib/fast/link-worker.ts).
 */
export function publishedAt(dir: string): bigint | undefined {
  return statSync(path.join(dir, 'state.json'), { bigint: true, throwIfNoEntry: false })?.mtimeNs;
}

/** The inode and modification time of the site's home page, or '' without one. */
export function siteMark(out: string): string {
  const s = statSync(path.join(out, 'index.html'), { throwIfNoEntry: false, bigint: true });
  return s ? `${s.ino}:${s.mtimeNs}` : '';
}

/** Removes pending states, prepared spares and replaced sites left by builds that are no longer running, and this build's own. */
export function dropPending(stateDir: string, alive: (pid: number) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(stateDir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^(?:pending-|current-old-|trash-|spare-)(\d+)$/.exec(name);
    if (m && (Number(m[1]) === process.pid || !alive(Number(m[1])))) rmSync(path.join(stateDir, name), { recursive: true, force: true });
  }
}

/**
 * What the compiled site depends on besides the content: the code (src/), the configuration,
 * the installed packages, the public files, the fast rebuild's own code, the Node version and the
 * settings from the environment. A fast rebuild reuses a bundle only when this is unchanged.
 */
export function codeKey(root: string): string {
  const hash = createHash('sha256');
  hash.update(`${STATE_VERSION}|${process.version}|${process.env.CROSSCHECK_SITE ?? ''}|${process.env.CROSSCHECK_BASE ?? ''}|${process.env.CROSSCHECK_FEED_IDS ?? ''}|`);
  const files = ['astro.config.ts', 'package-lock.json', 'tsconfig.json', ...listFiles(root, 'src'), ...listFiles(root, 'public'), ...listFiles(root, 'scripts/lib/fast')];
  hashFiles(hash, root, files, '\0');
  return hash.digest('base64url').slice(0, 22);
}

/**
 * The content files (Markdown and YAML) under the content folder, relative to the root, with their
 * stamp; those changed at or after `clock()`, the file system's time before they are stamped
 * ({@link fileClock}), are marked racy.
 */
export function statContent(root: string, contentDir: string, clock: () => number = () => fileClock(root)): Map<string, FileStamp & { collection: CollectionName }> {
  const start = clock();
  const stats = new Map<string, FileStamp & { collection: CollectionName }>();
  const base = path.resolve(root, contentDir);
  for (const collection of ['outlets', 'entities', 'stories', 'articles', 'claims'] as const) {
    let names: string[];
    try {
      names = readdirSync(path.join(base, collection));
    } catch {
      continue;
    }
    for (const name of names) {
      // A name that starts with a dot is ignored, as by glob() and the checks (`.draft.md`, macOS's `._report.md`).
      if (name.startsWith('.') || !/\.(md|ya?ml)$/.test(name)) continue;
      const abs = path.join(base, collection, name);
      const s = statSync(abs, { throwIfNoEntry: false });
      if (s?.isFile()) stats.set(path.relative(root, abs).split(path.sep).join('/'), { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, collection });
    }
  }
  // The change time is the system's own, set on every write and never set back.
  for (const stamp of stats.values()) if (stamp.ctimeMs >= start) stamp.racy = true;
  return stats;
}
