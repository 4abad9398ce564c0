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
import { statSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { readSlice, summariseChanges } from './changes.ts';
import { readState } from './fast/state.ts';
import { workerDone } from './run-worker.ts';

const { before, after, kept } = workerData as { before: string; after: string; kept: { before?: string; after?: string } };

await workerDone(() => {
  const next = readSlice(after, kept.after);
  // The state kept with the published site is that site's (its folder's inode): its slice holds when the export was taken out.
  const siteIno = kept.before === undefined ? undefined : readState(kept.before)?.siteIno;
  const keptForSite = siteIno !== undefined && siteIno === statSync(before, { throwIfNoEntry: false })?.ino;
  return next ? summariseChanges(readSlice(before, kept.before, keptForSite), next) : undefined;
});
