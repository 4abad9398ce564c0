/**
 * The search index step's thread (scripts/lib/steps/pagefind.ts): it writes the index, with
 * Pagefind's own process, while the main thread does the build's other work.
 *
 *   workerData: { root: string, outDir: string, finalDir: string, known?: the pages the main thread listed }
 */
import { workerData } from 'node:worker_threads';
import { onStop, workerDone } from '../run-worker.ts';
import { stopIndexing, writeSearchIndex } from './pagefind.ts';

// Asked to stop (the build failed or was interrupted): Pagefind's processes are stopped first, so that nothing writes into the site any more.
onStop(() => {
  stopIndexing();
  process.exit(0);
});

await workerDone(() => writeSearchIndex(workerData as Parameters<typeof writeSearchIndex>[0]));
