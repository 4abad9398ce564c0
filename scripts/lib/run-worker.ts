/**
 * Work on a worker thread (scripts/lib/fast/link-worker.ts, scripts/lib/steps/pagefind-worker.ts):
 * the main thread starts it with {@link runWorker}; the worker runs its task through
 * {@link workerDone}, which posts back the result or the message of the error that stopped it.
 */
import { parentPort, Worker } from 'node:worker_threads';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** Resolves with the result of the worker at `script`; rejects with `what` and its error. */
export function runWorker<T = void>(script: URL, workerData: unknown, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData });
    let settled = false;
    worker.once('message', (outcome: Outcome<T>) => {
      settled = true;
      if (outcome.ok) resolve(outcome.value);
      else reject(new Error(`${what}: ${outcome.error}`));
    });
    worker.once('error', (error) => reject(new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`)));
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`${what}: the thread stopped (exit code ${code}) without finishing`));
    });
  });
}

/** In a worker: runs `task` and posts its outcome to the thread that started it. */
export async function workerDone<T>(task: () => T | Promise<T>): Promise<void> {
  let outcome: Outcome<T>;
  try {
    outcome = { ok: true, value: await task() };
  } catch (error) {
    outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(outcome);
}
