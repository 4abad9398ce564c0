/**
 * The change summary (scripts/lib/changes.ts) on a worker thread: reading what the two sites
 * publish (the slices of their exports their builds kept, or the exports themselves) takes a
 * while, and the build has other work meanwhile.
 *
 *   workerData: { before: string, after: string, kept: { before?: string, after?: string } }
 *   (the published site and the new one, and the state folders that may keep their exports' slices)
 *
 * The result is the summary, or undefined when the new site has no export.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { EXPORT_FILE, readSlice, summariseChanges } from './changes.ts';
import { readState } from './fast/state.ts';
import { workerDone } from './run-worker.ts';

const { before, after, kept } = workerData as { before: string; after: string; kept: { before?: string; after?: string } };

await workerDone(() => {
  const next = readSlice(after, kept.after);
  // With the export taken out, the state kept with the published site, when it is that site's (its folder's inode), says what it published.
  const exportTaken = kept.before !== undefined && !existsSync(path.join(before, EXPORT_FILE));
  const siteIno = exportTaken ? readState(kept.before!)?.siteIno : undefined;
  const keptForSite = siteIno !== undefined && siteIno === statSync(before, { throwIfNoEntry: false })?.ino;
  return next ? summariseChanges(readSlice(before, kept.before, keptForSite), next) : undefined;
});
