/**
 * A worker thread that hard-links files of the previous site into the new one (scripts/lib/fast/
 * rebuild.ts), so that the linking runs on another core while the main thread reads the content
 * and renders pages. A file missing from the previous site is skipped; the worker's result is
 * the list of those.
 *
 *   workerData: { from: string, to: string, files: string[] }   (paths relative to both folders)
 */
import { linkSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { workerDone } from '../run-worker.ts';

const { from, to, files } = workerData as { from: string; to: string; files: string[] };

await workerDone(() => {
  const made = new Set<string>();
  const missing: string[] = [];
  for (const file of files) {
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
      missing.push(file);
    }
  }
  return missing;
});
