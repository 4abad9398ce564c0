/**
 * `npm run preview` (the second half of `npm start`): serves the built site with Astro's preview
 * server, at http://localhost:4321/ unless told another port.
 *
 *   npm run preview                   # serve dist/
 *   npm run preview -- --port 8080    # any other flag of `astro preview` is passed on
 *
 * Astro runs one preview server a project, and refuses a second with its stack trace. The one
 * already running serves the files of dist/ as they are when each page is asked for, so it serves
 * the site just built: a second `npm start` (a build, then this) says so, and where, and ends
 * without an error.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const given = process.argv.slice(2);
const args = ['preview', ...(given.some((arg) => arg === '--port' || arg.startsWith('--port=')) ? [] : ['--port', '4321']), ...given];
// `--root` says which project's server to look for, as it says which to start.
const givenRoot = given[given.indexOf('--root') + 1];
const rootArgs = given.includes('--root') && givenRoot ? ['--root', givenRoot] : [];

/** The server Astro says is running for this project, from `astro preview status`. */
function runningServer(): { url: string; pid: string } | undefined {
  const status = spawnSync(process.execPath, [astro, 'preview', 'status', ...rootArgs], { cwd: root, encoding: 'utf8' });
  const [, url, pid] = /running at (\S+) \(pid (\d+)/.exec(`${status.stdout}\n${status.stderr}`) ?? [];
  return url && pid ? { url, pid } : undefined;
}

const running = runningServer();
if (running) {
  process.stdout.write(
    `The preview server already running at ${running.url} (process ${running.pid}) serves the site as it is now built: reload the page.\n` +
      'Astro runs one preview server a project. To serve from here instead, stop that one first (Ctrl-C where it runs).\n',
  );
} else {
  const server = spawn(process.execPath, [astro, ...args], { cwd: root, stdio: 'inherit' });
  // Ctrl-C reaches the server too (it is in the same process group): let it stop, then end as it ends.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      server.kill(signal);
    });
  }
  server.on('exit', (code, signal) => {
    if (signal) {
      // Stopped by a signal: end by the same one, as the server itself would have.
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 0;
  });
}
