/**
 * `npm run build`: check the content, build the site into a temporary folder, and only when
 * every step succeeded put it in place of `dist/`. A failed build of any kind leaves the
 * previous `dist/` exactly as it was.
 *
 *   npm run build                  # content/ → dist/
 *   npm run build -- --out DIR     # another output folder
 *   CROSSCHECK_CONTENT=DIR npm run build   # another content folder
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatProblems } from '../src/check/index.ts';
import { postBuildSteps } from './lib/post-build.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false } } });
const out = path.resolve(root, values.out ?? 'dist');
const contentDir = process.env.CROSSCHECK_CONTENT ?? 'content';

function fail(message: string): never {
  process.stderr.write(`${message}\nThe previous site was left as it was.\n`);
  process.exit(1);
}

const started = performance.now();
const { problems } = await checkContent({ root, contentDir });
if (problems.length > 0) {
  fail(`${formatProblems(problems)}\n\n${problems.length} problem(s) in ${contentDir}/. Nothing was built.`);
}

const tmp = path.join(path.dirname(out), `.${path.basename(out)}.tmp-${process.pid}`);
rmSync(tmp, { recursive: true, force: true });
mkdirSync(path.dirname(out), { recursive: true });

const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const args = [astro, 'build', '--outDir', tmp, ...(values.force ? ['--force'] : [])];
const result = spawnSync(process.execPath, args, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CROSSCHECK_CHECKED: '1' },
});
if (result.status !== 0) {
  rmSync(tmp, { recursive: true, force: true });
  fail(`The site failed to build (astro build exited with ${result.status ?? result.signal}).`);
}

for (const step of postBuildSteps) {
  try {
    await step.run({ root, outDir: tmp, finalDir: out, contentDir });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    fail(`${step.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// Swap: the old site is moved aside, the new one takes its name, then the old one is removed.
const old = `${tmp}-old`;
if (existsSync(out)) renameSync(out, old);
renameSync(tmp, out);
rmSync(old, { recursive: true, force: true });
process.stdout.write(`Built ${path.relative(root, out) || out} in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
