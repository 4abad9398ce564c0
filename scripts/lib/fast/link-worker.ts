/**
 * A worker thread that makes the new site's folder (scripts/lib/fast/rebuild.ts) hold hard links
 * to files of the previous site and nothing else, so that the linking runs on another core while
 * the main thread reads the content and renders pages. A file missing from the previous site is
 * skipped, and listed in the result (the rebuild renders that page again, and stops at a public
 * file). Each of `folders` is linked whole, whatever it holds.
 *
 * The folder may start empty, or as the site the previous build replaced (`spare`,
 * scripts/lib/fast/state.ts): its folders are then reused, which is what makes this fast (making
 * one folder per page costs far more than a link on the file systems measured), every file in it
 * is replaced by its link (or kept, when it is already one: a page neither of the last two builds
 * changed), and whatever the previous site does not have is removed. Either way the folder ends
 * up the same: the links, and the folders that hold them.
 *
 * A file of the previous site modified after `writtenAfter` (the time, in nanoseconds, that site
 * was published: scripts/lib/fast/state.ts, `publishedAt`) was changed by other means than a
 * build, by hand: it is not linked, and counts as missing. This costs nothing in the usual case:
 * the times are those of the status read anyway to tell whether the folder's file is already the
 * link (one more status read only for a file the folder does not have yet).
 *
 *   workerData: { from: string, to: string, files: string[], folders: string[], writtenAfter?: string }   (paths relative to both folders)
 *
 * The result is the files of `files` the previous site does not have, or has changed since.
 */
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { workerDone } from '../run-worker.ts';

const { from, to, files, folders, writtenAfter } = workerData as { from: string; to: string; files: string[]; folders: string[]; writtenAfter?: string };
const after = writtenAfter === undefined ? undefined : BigInt(writtenAfter);

/** The files under `folder` (relative to `from`), when it is there. */
function filesUnder(folder: string): string[] {
  if (!existsSync(path.join(from, folder))) return [];
  return readdirSync(path.join(from, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
}

await workerDone(() => {
  const wanted = [...files, ...folders.flatMap(filesUnder)].map((file) => path.normalize(file));
  const wantedFiles = new Set(wanted);
  /** The folders the links go in, relative to `to` ('.' is `to` itself). */
  const wantedFolders = new Set<string>();
  for (const file of wanted) {
    for (let folder = path.dirname(file); !wantedFolders.has(folder); folder = path.dirname(folder)) {
      wantedFolders.add(folder);
      if (folder === '.') break;
    }
  }

  // What the folder already holds: folders nobody wants go whole, files nobody wants go, files wanted are replaced below.
  const present = new Set<string>(['.']);
  const existing = new Set<string>();
  const stack = ['.'];
  while (stack.length > 0) {
    const folder = stack.pop()!;
    for (const entry of readdirSync(path.join(to, folder), { withFileTypes: true })) {
      const rel = folder === '.' ? entry.name : path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (wantedFolders.has(rel)) {
          present.add(rel);
          stack.push(rel);
        } else rmSync(path.join(to, rel), { recursive: true, force: true });
      } else if (wantedFiles.has(rel)) existing.add(rel);
      else unlinkSync(path.join(to, rel));
    }
  }

  const missing: string[] = [];
  for (const file of wanted) {
    const target = path.join(to, file);
    const folder = path.dirname(file);
    if (!present.has(folder)) {
      mkdirSync(path.join(to, folder), { recursive: true });
      present.add(folder);
    }
    const source = path.join(from, file);
    const here = existing.delete(file) ? lstatSync(target, { bigint: true }) : undefined;
    // Without a file in the folder, only when the site may have been changed since published: one status read more.
    const was = here || after !== undefined ? lstatSync(source, { bigint: true, throwIfNoEntry: false }) : undefined;
    const changed = was !== undefined && after !== undefined && was.mtimeNs > after;
    // Never written through: a file already here is the site before the previous one, or a link to a file of either.
    if (here) {
      // Already a link to the previous site's file (a page neither of the last two builds
      // changed, linked from one site to the next): kept as it is.
      if (!changed && was !== undefined && here.ino === was.ino && here.dev === was.dev) continue;
      unlinkSync(target);
    }
    if (changed) {
      missing.push(file);
      continue;
    }
    try {
      linkSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.push(file);
    }
  }
  return missing;
});
