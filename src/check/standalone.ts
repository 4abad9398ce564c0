/**
 * The content checks on a worker thread in plain Node (see src/check/index.ts): the hook that
 * resolves `astro:content` is registered before the checks are imported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import './register.ts';

const { runChecks } = await import('./run.ts');
parentPort!.postMessage(await runChecks((workerData as { options: Parameters<typeof runChecks>[0] }).options));
