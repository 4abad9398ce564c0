/**
 * A worker thread of the content checks: receives a share of the files, returns their facts.
 * `astro:content` must resolve before src/check/file.ts is loaded, so the hook is registered
 * first and the checks are imported afterwards.
 */
import { parentPort, workerData } from 'node:worker_threads';
import './register.ts';

const { checkFile } = await import('./file.ts');
const inputs = (workerData as { inputs: Parameters<typeof checkFile>[0][] }).inputs;
parentPort!.postMessage(inputs.map((input) => checkFile(input)));
