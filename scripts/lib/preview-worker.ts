/**
 * A worker thread that draws preview images into the cache (scripts/lib/previews.ts), so that a
 * build with many to draw uses every core.
 *
 * resvg keeps each image it renders (3 MB of pixels) outside V8's heap, and frees it only once
 * its wrapper has been garbage-collected and the event loop has turned. A thread that allocates
 * little else never gets a collection on its own: drawing 2,000 images took 8 GB. So the thread
 * collects, and lets the loop turn, every few images.
 *
 *   workerData: { cards: PreviewInput[], dir: string }   (dir: the cache folder)
 */
import { workerData } from 'node:worker_threads';
import { collectGarbage } from '../../src/integrations/collect-garbage.ts';
import { cachedPreview } from '../../src/previews/cache.ts';
import type { PreviewInput } from '../../src/previews/render.ts';
import { workerDone } from './run-worker.ts';

const { cards, dir } = workerData as { cards: PreviewInput[]; dir: string };
/** Images drawn between collections: each one leaves 3 MB until then. */
const BATCH = 8;

await workerDone(async () => {
  for (const [i, card] of cards.entries()) {
    await cachedPreview(card, { dir });
    if (i % BATCH === BATCH - 1) {
      collectGarbage();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
});
