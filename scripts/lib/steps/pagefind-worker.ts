/**
 * The search index step's thread (scripts/lib/steps/pagefind.ts): it writes the index, with
 * Pagefind's own process, while the main thread does the build's other post-build work.
 *
 *   workerData: { root: string, outDir: string, finalDir: string }
 */
import { workerData } from 'node:worker_threads';
import { workerDone } from '../run-worker.ts';
import { writeSearchIndex } from './pagefind.ts';

await workerDone(() => writeSearchIndex(workerData as { root: string; outDir: string; finalDir: string }));
