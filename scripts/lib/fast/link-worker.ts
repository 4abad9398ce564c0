/**
 * A worker thread that hard-links files of the previous site into the new one (scripts/lib/fast/
 * rebuild.ts), so that the linking runs on another core while the main thread renders pages.
 * Posts back `null` when done, or the first error's message.
 *
 *   workerData: { from: string, to: string, files: string[] }   (paths relative to both folders)
 */
import { linkSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { from, to, files } = workerData as { from: string; to: string; files: string[] };
const made = new Set<string>();
try {
  for (const file of files) {
    const target = path.join(to, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    linkSync(path.join(from, file), target);
  }
  parentPort!.postMessage(null);
} catch (error) {
  parentPort!.postMessage(error instanceof Error ? error.message : String(error));
}
