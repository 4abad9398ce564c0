/**
 * The change summary (scripts/lib/changes.ts) on a worker thread: reading the two sites'
 * open-data exports is most of a rebuild's last second, and the build has other work meanwhile.
 *
 *   workerData: { before: string, after: string }   (the published site and the new one)
 *
 * The result is the summary, or undefined when the new site has no export.
 */
import { workerData } from 'node:worker_threads';
import { readExport, summariseChanges } from './changes.ts';
import { workerDone } from './run-worker.ts';

const { before, after } = workerData as { before: string; after: string };

await workerDone(() => {
  const next = readExport(after);
  return next ? summariseChanges(readExport(before), next) : undefined;
});
