/**
 * Runs src/check/file.ts on worker threads: the files are dealt into even shares, one per
 * worker, and the facts come back in the original order. Used on a cold run over many files,
 * where parsing dominates; a warm run reads nearly everything from the cache.
 */
import { Worker } from 'node:worker_threads';
import type { FileFacts, FileInput } from './file.ts';

const script = new URL('./worker.ts', import.meta.url);

export async function runWorkers(inputs: FileInput[], count: number): Promise<FileFacts[]> {
  const shares: FileInput[][] = Array.from({ length: count }, () => []);
  // Deal in turn, so large and small files spread evenly.
  inputs.forEach((input, i) => shares[i % count]!.push(input));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<FileFacts[]>((resolve, reject) => {
          if (share.length === 0) return resolve([]);
          const worker = new Worker(script, { workerData: { inputs: share } });
          worker.once('message', (facts: FileFacts[]) => resolve(facts));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`a check worker stopped with exit code ${code}`));
          });
        }),
    ),
  );
  const out: FileFacts[] = new Array(inputs.length);
  results.forEach((facts, w) => facts.forEach((f, k) => (out[k * count + w] = f)));
  return out;
}
