/**
 * Running the real build from tests. `runBuild` spawns `scripts/build.ts` exactly as
 * `npm run build` does; `builtSite` builds a content folder once per test run (keyed by a hash of
 * the content, the source and the build options) and shares the result between test files.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const node = process.execPath;

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
}

export interface BuildOptions {
  /** The content folder, absolute or relative to the project root. */
  content: string;
  /** Where the site goes (absolute). */
  outDir: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Extra arguments to scripts/build.ts. */
  args?: string[];
}

/**
 * The environment a build gets: this process's, less what Vite puts into `process.env` while
 * tests run (`BASE_URL`, `MODE`, `DEV`, `PROD`, `SSR`, `VITEST…`), which a child Astro build
 * would otherwise read as its own (a `BASE_URL` of `/` would override the configured base).
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST') delete env[key];
  if (env.NODE_ENV === 'test') delete env.NODE_ENV;
  return env;
}

const lockDir = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/.lock');
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Astro builds share the project's `.astro/` folder, so builds (and dev servers) from parallel
 * test files take turns: the lock is a folder, created atomically, and taken over when its
 * holder is gone. One attempt: true when this process now holds the lock; a lock whose holder
 * has ended is removed, for the next attempt to take.
 */
export function tryBuildLock(): boolean {
  mkdirSync(path.dirname(lockDir), { recursive: true });
  try {
    mkdirSync(lockDir);
    writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
    return true;
  } catch {
    let holder = 0;
    try {
      holder = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    } catch {
      // The holder has not written its pid yet.
    }
    if (holder) {
      try {
        process.kill(holder, 0);
      } catch {
        rmSync(lockDir, { recursive: true, force: true });
      }
    }
    return false;
  }
}

/** Gives the lock {@link tryBuildLock} took back. */
export function releaseBuildLock(): void {
  rmSync(lockDir, { recursive: true, force: true });
}

/** Runs `run` holding the build lock (see {@link tryBuildLock}), waiting its turn. */
export function withBuildLock<T>(run: () => T): T {
  while (!tryBuildLock()) Atomics.wait(sleeper, 0, 0, 200);
  try {
    return run();
  } finally {
    releaseBuildLock();
  }
}

/** Waits its turn for the build lock (see {@link tryBuildLock}) without blocking the event loop. */
export async function takeBuildLock(): Promise<void> {
  while (!tryBuildLock()) await new Promise((resolve) => setTimeout(resolve, 200));
}

/**
 * {@link withBuildLock} for work that runs asynchronously: a build a test drives itself, to
 * interrupt it. Do not call runBuild or builtSite inside: they would wait for this lock forever.
 */
export async function withBuildLockAsync<T>(work: () => Promise<T>): Promise<T> {
  await takeBuildLock();
  try {
    return await work();
  } finally {
    releaseBuildLock();
  }
}

/** Runs `node scripts/build.ts` on a content folder and returns its exit status and output. */
export function runBuild(options: BuildOptions): BuildResult {
  return withBuildLock(() => runBuildUnlocked(options));
}

function runBuildUnlocked({ content, outDir, env = {}, args = [] }: BuildOptions): BuildResult {
  const result = spawnSync(node, [path.join(projectRoot, 'scripts/build.ts'), '--out', outDir, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...buildEnv(), CROSSCHECK_CONTENT: path.relative(projectRoot, path.resolve(projectRoot, content)), FORCE_COLOR: '0', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outDir };
}

function hashTree(hash: ReturnType<typeof createHash>, dir: string) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) hashTree(hash, full);
    else hash.update(full).update(readFileSync(full));
  }
}

/**
 * Builds `content` once and returns the output folder. The result is kept under
 * node_modules/.cache/crosscheck-tests/ and reused while the content, src/ and the options are
 * unchanged, so several test files can read one build.
 */
export function builtSite(content: string, env: Record<string, string> = {}): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(env));
  for (const dir of [path.resolve(projectRoot, content), path.join(projectRoot, 'src'), path.join(projectRoot, 'public'), path.join(projectRoot, 'scripts')]) {
    hashTree(hash, dir);
  }
  hash.update(readFileSync(path.join(projectRoot, 'astro.config.ts')));
  // The registries beside the content (scripts/lib/published-urls.ts) shape the build too: the redirect pages of the addresses they list, the anchors the pages keep.
  for (const name of ['published-urls.txt', 'published-anchors.txt']) {
    const file = path.join(path.dirname(path.resolve(projectRoot, content)), name);
    hash.update(existsSync(file) ? readFileSync(file) : 'none');
  }
  const key = hash.digest('hex').slice(0, 16);
  const base = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests', key);
  const outDir = path.join(base, 'dist');
  const marker = path.join(base, 'ok');
  if (existsSync(marker)) return outDir;
  return withBuildLock(() => {
    // Another test file may have built it while this one waited.
    if (existsSync(marker)) return outDir;
    mkdirSync(base, { recursive: true });
    const result = runBuildUnlocked({ content, outDir, env });
    if (result.status !== 0) {
      throw new Error(`Building ${content} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
    writeFileSync(marker, new Date().toISOString());
    return outDir;
  });
}

/** Every file under `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const name of readdirSync(path.join(dir, prefix)).sort()) {
    const rel = path.posix.join(prefix, name);
    if (statSync(path.join(dir, rel)).isDirectory()) files.push(...listFiles(dir, rel));
    else files.push(rel);
  }
  return files;
}
