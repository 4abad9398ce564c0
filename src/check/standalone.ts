/**
 * The content checks on a worker thread in plain Node (see src/check/index.ts): the hook that
 * resolves `astro:content` is registered before the checks are imported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import './register.ts';

const { runChecks } = await import('./run.ts');
const { options, facts } = workerData as { options: Parameters<typeof runChecks>[0]; facts?: boolean };
const result = await runChecks(options);
// Without the facts when the caller needs only the problems: they are most of the result.
const seconds = performance.now() / 1000; // Since this thread started.
parentPort!.postMessage(facts === false ? { ...result, facts: [], seconds } : { ...result, seconds });
