/**
 * `astro build` as scripts/build.ts runs it: in a process of its own, with Astro's incremental
 * builds turned on, so that pages whose `cacheKey` (src/data/incremental.ts) and code are
 * unchanged are copied from Astro's cache instead of being rendered again. Prints how many
 * pages it rendered and how many it reused.
 *
 *   node scripts/lib/astro-build.ts --out DIR [--force]
 *
 * --force ignores every cache (Astro's content cache and its cache of rendered pages).
 *
 * Astro writes its record of rendered pages (`incremental-build.json` in its cache folder) only
 * at the end of a build, but copies each page into its cache as it renders it: a build killed in
 * between would leave pages that the record does not describe. So a marker file is kept in the
 * cache folder while Astro runs; a build that finds one left behind throws the record away and
 * renders every page.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AstroIntegration } from 'astro';
import { build } from 'astro';
import { renderCounts } from './astro-log.ts';

/** Left in Astro's cache folder while it builds. */
const MARKER = 'crosscheck-build-running';
/** Astro's record of the pages it rendered (astro/dist/core/build/incremental.js). */
const ASTRO_RECORD = 'incremental-build.json';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { out: { type: 'string' }, force: { type: 'boolean', default: false } } });
if (!values.out) {
  process.stderr.write('Usage: node scripts/lib/astro-build.ts --out DIR [--force]\n');
  process.exit(2);
}

let marker: string | undefined;
const guard: AstroIntegration = {
  name: 'crosscheck-incremental-guard',
  hooks: {
    'astro:config:done': ({ config }) => {
      const cacheDir = fileURLToPath(config.cacheDir);
      marker = path.join(cacheDir, MARKER);
      if (existsSync(marker)) {
        rmSync(path.join(cacheDir, ASTRO_RECORD), { force: true });
        process.stdout.write('The previous build stopped before it finished: every page is rendered again.\n');
      }
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(marker, String(process.pid));
    },
  },
};

try {
  await build({
    root,
    outDir: path.resolve(values.out),
    force: values.force,
    experimental: { incrementalBuild: true },
    logger: { entrypoint: fileURLToPath(new URL('./astro-log.ts', import.meta.url)) },
    integrations: [guard],
  });
} catch (error) {
  // As the astro command would: the message (with Astro's hint, when it has one), and exit code 1.
  const { message, hint, stack } = error as { message?: string; hint?: string; stack?: string };
  process.stderr.write(`[ERROR] ${message ?? String(error)}\n${hint ? `  Hint: ${hint}\n` : ''}${process.env.DEBUG && stack ? `${stack}\n` : ''}`);
  process.exit(1);
}
if (marker) rmSync(marker, { force: true });

const { rendered, reused } = renderCounts();
const total = rendered + reused;
const number = (n: number) => n.toLocaleString('en-US');
process.stdout.write(
  reused > 0
    ? `Rendered ${number(rendered)} of ${number(total)} pages (incremental: ${number(reused)} unchanged pages reused).\n`
    : `Rendered ${number(total)} pages (full build).\n`,
);
process.exit(0);
