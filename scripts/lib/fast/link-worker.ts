/**
 * A worker thread that hard-links files of the previous site into the new one (scripts/lib/fast/
 * rebuild.ts), so that the linking runs on another core while the main thread reads the content
 * and renders pages. A file missing from the previous site is skipped (the rebuild renders its
 * page again). Each of `folders` is linked whole, whatever it holds.
 *
 *   workerData: { from: string, to: string, files: string[], folders: string[] }   (paths relative to both folders)
 */
import { existsSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { workerDone } from '../run-worker.ts';

const { from, to, files, folders } = workerData as { from: string; to: string; files: string[]; folders: string[] };

/** The files under `folder` (relative to `from`), when it is there. */
function filesUnder(folder: string): string[] {
  if (!existsSync(path.join(from, folder))) return [];
  return readdirSync(path.join(from, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
}

await workerDone(() => {
  const made = new Set<string>();
  for (const file of [...files, ...folders.flatMap(filesUnder)]) {
    const target = path.join(to, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkSync(path.join(from, file), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
});
