/**
 * Work on a worker thread (scripts/lib/fast/link-worker.ts, scripts/lib/steps/pagefind-worker.ts,
 * scripts/lib/changes-worker.ts):
 * the main thread starts it with {@link runWorker}; the worker runs its task through
 * {@link workerDone}, which posts back the result or the message of the error that stopped it.
 */
import { parentPort, Worker } from 'node:worker_threads';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** The workers running, and how each is stopped. */
const live = new Map<Worker, () => void>();

/**
 * Resolves with the result of the worker at `script`; rejects with `what` and its error. A
 * `stoppable` worker is asked to stop (the message `'stop'`, see {@link onStop}) by
 * {@link stopWorkers}; any other is terminated.
 */
export function runWorker<T = void>(script: URL, workerData: unknown, what: string, { stoppable = false } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData });
    live.set(worker, () => (stoppable ? worker.postMessage('stop') : void worker.terminate()));
    let settled = false;
    worker.once('message', (outcome: Outcome<T>) => {
      settled = true;
      if (outcome.ok) resolve(outcome.value);
      else reject(new Error(`${what}: ${outcome.error}`));
    });
    worker.once('error', (error) => reject(new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`)));
    worker.once('exit', (code) => {
      live.delete(worker);
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

/**
 * Stops every running worker and waits until they have ended (a stoppable one that has not ended
 * within `grace` ms is terminated): nothing may still be writing into a folder about to be removed.
 */
export async function stopWorkers(grace = 5_000): Promise<void> {
  await Promise.all(
    [...live].map(
      ([worker, stop]) =>
        new Promise<void>((resolve) => {
          worker.once('exit', () => resolve());
          stop();
          setTimeout(() => void worker.terminate(), grace).unref();
        }),
    ),
  );
}

/** In a stoppable worker: runs `stop` (which should end the thread) when the thread that started it asks. */
export function onStop(stop: () => void): void {
  parentPort!.on('message', (message) => {
    if (message === 'stop') stop();
  });
  // Listening must not keep the thread alive once its work is done.
  parentPort!.unref();
}
