/**
 * A worker thread that draws preview images into the cache (scripts/lib/previews.ts), so that a
 * build with many to draw uses every core.
 *
 *   workerData: { cards: PreviewInput[], dir: string }   (dir: the cache folder)
 */
import { workerData } from 'node:worker_threads';
import { cachedPreview } from '../../src/previews/cache.ts';
import type { PreviewInput } from '../../src/previews/render.ts';
import { workerDone } from './run-worker.ts';

const { cards, dir } = workerData as { cards: PreviewInput[]; dir: string };

await workerDone(async () => {
  for (const card of cards) await cachedPreview(card, { dir });
});
