/**
 * The content checks in plain Node, on a worker thread or in a child process (see
 * src/check/index.ts): the hook that resolves `astro:content` is registered before the checks are
 * imported. A worker thread gets its job as its data, a child process as its first message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import './register.ts';

type Job = { options: Parameters<typeof runChecks>[0]; facts?: boolean };

const { runChecks } = await import('./run.ts');
const { options, facts } = parentPort ? (workerData as Job) : await new Promise<Job>((resolve) => process.once('message', resolve));
const result = await runChecks(options);
// Without the facts when the caller needs only the problems: they are most of the result.
const seconds = performance.now() / 1000; // Since this thread or process started.
const message = facts === false ? { ...result, facts: [], seconds } : { ...result, seconds };
if (parentPort) parentPort.postMessage(message);
else process.send!(message, () => process.disconnect!());
