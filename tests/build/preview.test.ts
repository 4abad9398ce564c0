/**
 * `npm run preview`, the second half of the README's `npm start`: it serves the built site, and a
 * second one, while the first runs, says where the site is already served (Astro runs one preview
 * server a project) instead of failing with Astro's stack trace. Run here over a project folder of
 * its own (`--root`), so that a preview server the developer has running is not disturbed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, projectRoot } from '../support/build.ts';

const base = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/preview');
const script = path.join(projectRoot, 'scripts/preview.ts');
let port = 0;
let first: ChildProcess | undefined;
let firstOutput = '';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves once the output says the server listens, or rejects when it ends first. */
function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      firstOutput += chunk.toString();
      if (firstOutput.includes(`localhost:${port}`)) resolve();
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.once('exit', (code) => reject(new Error(`the preview ended (${code}) before it served: ${firstOutput}`)));
  });
}

beforeAll(async () => {
  rmSync(base, { recursive: true, force: true });
  mkdirSync(path.join(base, 'dist'), { recursive: true });
  writeFileSync(path.join(base, 'dist/index.html'), '<!doctype html><html lang="en"><title>Preview</title><p>The built site.</p></html>\n');
  port = await freePort();
  first = spawn(process.execPath, [script, '--root', base, '--port', String(port)], { cwd: projectRoot, env: buildEnv() });
  await ready(first);
}, 60_000);

afterAll(async () => {
  if (first && first.exitCode === null && first.signalCode === null) {
    const ended = new Promise((resolve) => first?.once('exit', resolve));
    first.kill('SIGINT');
    await ended;
  }
  rmSync(base, { recursive: true, force: true });
});

describe('npm run preview', () => {
  it('serves the built site', async () => {
    const response = await fetch(`http://localhost:${port}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('The built site.');
  });

  it('when a preview already runs, says where it serves the site and ends without an error', () => {
    const second = spawnSync(process.execPath, [script, '--root', base, '--port', String(port)], { cwd: projectRoot, env: buildEnv(), encoding: 'utf8', timeout: 60_000 });
    expect(second.stderr).not.toMatch(/Stack trace|Error/);
    expect(second.stdout).toContain(`The preview server already running at http://localhost:${port} (process `);
    expect(second.stdout).toContain('serves the site as it is now built: reload the page.');
    expect(second.status).toBe(0);
  });

  it('stops on Ctrl-C (SIGINT), and the server with it', async () => {
    const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => first?.once('exit', (code, signal) => resolve([code, signal])));
    first?.kill('SIGINT');
    const [code, signal] = await ended;
    expect(code === 0 || signal === 'SIGINT').toBe(true);
    await expect(fetch(`http://localhost:${port}/`)).rejects.toThrow();
  });
});
