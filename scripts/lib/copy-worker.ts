/**
 * A worker thread that copies files, so that the copying runs on another core while the main
 * thread does other work (scripts/lib/astro-build.ts: the pages Astro will reuse, copied from its
 * cache while it loads the content and bundles the site). Posts back each file's modification
 * time after the copy, so the caller can tell the copies it later finds untouched.
 *
 *   workerData: { from: string, to: string, files: string[] }   (paths relative to both folders)
 */
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { from, to, files } = workerData as { from: string; to: string; files: string[] };
const made = new Set<string>();
const copied: [string, number][] = [];
for (const file of files) {
  const target = path.join(to, file);
  const folder = path.dirname(target);
  try {
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    copyFileSync(path.join(from, file), target);
    copied.push([file, statSync(target).mtimeMs]);
  } catch {
    // Missing from the cache: Astro renders the page instead.
  }
}
parentPort!.postMessage(copied);
