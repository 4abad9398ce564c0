/**
 * `astro build` as scripts/build.ts runs it: in a process of its own, with Astro's incremental
 * builds turned on, so that pages whose `cacheKey` (src/data/incremental.ts) and code are
 * unchanged are copied from Astro's cache instead of being rendered again. Prints how many
 * pages it rendered and how many it reused.
 *
 *   node scripts/lib/astro-build.ts --out DIR [--force] [--keep DIR --content DIR]
 *
 * --force ignores every cache (Astro's content cache and its cache of rendered pages).
 * --keep writes what the next fast rebuild needs into DIR (scripts/lib/fast/keep.ts).
 *
 * It writes the open-data export after Astro's pages (src/open-data/published.ts). The preview
 * images (src/previews/cards.ts) it publishes too when run alone; started by scripts/build.ts,
 * it sends their cards to it instead, which publishes them once this process has ended.
 *
 * Astro copies each reused page from its cache into the output folder itself, one file after
 * the other, while it generates the site; at tens of thousands of pages that takes seconds. So
 * the pages its record lists are copied in advance, on a worker thread, while Astro loads the
 * content and bundles the site: Astro then finds them in place. A page Astro renders again
 * replaces its copy; the copy of a page the site no longer has is removed after the build.
 *
 * Astro writes its record of rendered pages (`incremental-build.json` in its cache folder) only
 * at the end of a build, but copies each page into its cache as it renders it: a build killed in
 * between would leave pages that the record does not describe. So a marker file is kept in the
 * cache folder while Astro runs; a build that finds one left behind throws the record away and
 * renders every page.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { PreviewCard } from '../../src/previews/cards.ts';
import { build } from 'astro';
import { summaries } from '../../src/check/messages.ts';
import { renderCounts } from './astro-log.ts';
import { EXPORT_FILE, keepSlice, sliceOf, type ExportSlice } from './changes.ts';
import { keepForFastRebuild } from './fast/keep.ts';
import { exportOfSite, writeExport } from './open-data.ts';
import { cardsOfSite, previewHashes, previewsLine, publishPreviews, type PreviewCardsMessage } from './previews.ts';

/** Left in Astro's cache folder while it builds. */
const MARKER = 'crosscheck-build-running';
/** Astro's record of the pages it rendered, and its copies of them (astro/dist/core/build/incremental.js). */
const ASTRO_RECORD = 'incremental-build.json';
const ASTRO_PAGES = 'dist';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, keep: { type: 'string' }, content: { type: 'string', default: 'content' } },
});
if (!values.out) {
  process.stderr.write('Usage: node scripts/lib/astro-build.ts --out DIR [--force]\n');
  process.exit(2);
}

/** The output files Astro's record lists (relative to the output folder), or none without a record. */
function recordedFiles(cacheDir: string): string[] {
  try {
    const record = JSON.parse(readFileSync(path.join(cacheDir, ASTRO_RECORD), 'utf8')) as {
      routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
    };
    return Object.values(record.routes ?? {}).flatMap((route) =>
      Object.values(route.paths ?? {}).flatMap((p) => (typeof p.outputFile === 'string' ? [p.outputFile] : [])),
    );
  } catch {
    return [];
  }
}

const outDir = path.resolve(values.out);
/** With --keep DIR: what the next fast rebuild needs goes there (scripts/lib/fast/keep.ts). */
const keep = values.keep ? keepForFastRebuild(root, values.content ?? 'content', path.resolve(values.keep)) : undefined;
let marker: string | undefined;
let cacheDir: string | undefined;
/**
 * The pages Astro may reuse, copied from its cache into the output folder on a worker thread
 * while Astro loads the content and bundles the site; Astro then finds them in place (it copies
 * a reused page itself only when the output folder lacks it, one file at a time). Resolves with
 * each copy's modification time.
 */
let copying: Promise<Map<string, number>> | undefined;

const guard: AstroIntegration = {
  name: 'crosscheck-incremental-guard',
  hooks: {
    'astro:config:done': ({ config }) => {
      cacheDir = fileURLToPath(config.cacheDir);
      marker = path.join(cacheDir, MARKER);
      if (existsSync(marker)) {
        rmSync(path.join(cacheDir, ASTRO_RECORD), { force: true });
        process.stdout.write('The previous build stopped before it finished: every page is rendered again.\n');
      }
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(marker, String(process.pid));
      const files = values.force ? [] : recordedFiles(cacheDir);
      if (files.length > 0) {
        const worker = new Worker(new URL('./copy-worker.ts', import.meta.url), {
          workerData: { from: path.join(cacheDir, ASTRO_PAGES), to: outDir, files },
        });
        copying = new Promise((resolve, reject) => {
          worker.once('message', (copied: [string, number][]) => resolve(new Map(copied)));
          worker.once('error', reject);
        });
      }
    },
    // Before any page is generated: a copy must never land on a page Astro has just rendered.
    'astro:build:ssr': async () => {
      await copying;
    },
  },
};

/**
 * Writes the site's open-data export into the output folder, and returns the slice of it the
 * change summary reads (scripts/lib/changes.ts), kept once the state is written; the rest of the
 * export, as large as the site index, is let go at once.
 */
async function publishExport(): Promise<ExportSlice> {
  const exported = await exportOfSite();
  await writeExport(outDir, exported);
  return sliceOf(exported);
}

let cards: PreviewCard[] = [];
try {
  await build({
    root,
    outDir,
    force: values.force,
    experimental: { incrementalBuild: true },
    // The output folder is new and may hold the pages copied above: Astro must not empty it.
    vite: { build: { emptyOutDir: false } },
    logger: { entrypoint: fileURLToPath(new URL('./astro-log.ts', import.meta.url)) },
    integrations: [guard, ...(keep ? [keep.integration] : [])],
  });
  // The open-data export and the preview images are published by the build rather than by Astro
  // (src/open-data/published.ts, src/previews/cards.ts).
  const slice = await publishExport();
  const listed = await cardsOfSite();
  if (!listed) throw new Error("The site's code did not list its preview images (src/data/site.ts).");
  cards = listed;
  const problem = keep?.finish(previewHashes(cards));
  if (problem) throw new Error(problem);
  if (values.keep && existsSync(values.keep)) keepSlice(values.keep, path.join(outDir, EXPORT_FILE), slice);
} catch (error) {
  // As the astro command would: the message (with Astro's hint, when it has one), and exit code 1.
  const { message, hint, stack } = error as { message?: string; hint?: string; stack?: string };
  process.stderr.write(`[ERROR] ${message ?? String(error)}\n${hint ? `  Hint: ${hint}\n` : ''}${process.env.DEBUG && stack ? `${stack}\n` : ''}`);
  process.exit(1);
}
// Copies of pages this build no longer has (their article or claim was removed), left untouched by Astro, go.
const copied = await copying;
if (copied && cacheDir) {
  const kept = new Set(recordedFiles(cacheDir));
  for (const [file, mtime] of copied) {
    if (kept.has(file)) continue;
    const target = path.join(outDir, file);
    if (statSync(target, { throwIfNoEntry: false })?.mtimeMs !== mtime) continue;
    rmSync(target);
    // And the folders it leaves empty (a page is `<path>/index.html`).
    for (let folder = path.dirname(target); folder.startsWith(outDir + path.sep); folder = path.dirname(folder)) {
      if (readdirSync(folder).length > 0) break;
      rmdirSync(folder);
    }
  }
}
if (marker) rmSync(marker, { force: true });

const { rendered, reused } = renderCounts();
const total = rendered + reused;
process.stdout.write(`${summaries.rendered(rendered, total)}\n`);
if (process.send) {
  // Started by scripts/build.ts: the images are drawn and published there once this process,
  // which holds the whole site, has ended (drawn here, 42,000 at 20,000 articles made the cold
  // build's highest memory).
  const message: PreviewCardsMessage = { previewCards: cards };
  await new Promise<void>((resolve, reject) => process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())));
} else {
  const previews = await publishPreviews(cards, outDir, { say: (line) => process.stdout.write(`${line}\n`) });
  process.stdout.write(`${previewsLine(previews)}\n`);
}
process.exit(0);
