/**
 * The fast rebuild: when only the content changed since the previous build, `npm run build`
 * renders the pages that changed with the site's code as the previous build compiled it, without
 * starting Astro, loading every record into a content store or bundling the code again.
 *
 * 1. The state the previous build kept (scripts/lib/fast/state.ts) must describe the site in the
 *    output folder and come from the same code, configuration, packages and settings; otherwise
 *    the build is a full one, and says why.
 * 2. The content files whose size or times changed (scripts/lib/fast/state.ts: `FileStamp`) are
 *    read as Astro reads them: the frontmatter and YAML with the parsers Astro uses, the data
 *    through the collections' schemas (src/content.config.ts), the body through the site's
 *    Markdown pipeline (astro.config.ts); every other record comes from the state. The site's
 *    code then gets this content instead of Astro's collections (src/data/corpus.ts).
 * 3. Astro's compiled site lists every page with its `cacheKey` (src/data/incremental.ts) and
 *    renders those whose key changed, the new ones and those of routes without keys (home,
 *    indexes, feeds): what a full incremental build would render. The open-data export, which
 *    is not a page (src/open-data/published.ts), is made again too.
 * 4. The new site is made of hard links to the previous one's pages and public files, made on
 *    another thread from the start (scripts/lib/fast/link-worker.ts), in the folders of the site
 *    the previous build replaced, kept for this (making them is most of the linking's cost);
 *    then the pages the site no longer has are taken out and the pages rendered again put in
 *    place of their links (the previous site stays untouched: nothing is written through a
 *    link), and so are the preview images whose card changed (scripts/lib/previews.ts). The
 *    sitemap is written again by the sitemap integration, while the post-build steps run
 *    (`finish`).
 *
 * The post-build steps (search index, URL registry, change summary) and the swap are
 * scripts/build.ts's, as for a full build. tests/build/incremental.test.ts compares the result,
 * file by file, with a full build of the same content.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Corpus } from '../../../src/lib/corpus.ts';
import type { CollectionName } from '../../../src/data/records.ts';
import type { OpenData } from '../../../src/open-data/schema.ts';
import { listFiles } from '../../../src/data/source-files.ts';
import { EXPORT_FILE } from '../changes.ts';
import { exportOfSite, writeExport } from '../open-data.ts';
import { cardsOfSite, publishPreviews, type PreviewsOutcome } from '../previews.ts';
import { runWorker } from '../run-worker.ts';
import { injectContent, loadApp, renderPage, type RouteData } from './app.ts';
import { outputFile } from './keep.ts';
import type { FastProgress } from './progress.ts';
import { contentReader } from './read.ts';
import {
  codeKey,
  currentDir,
  publishedAt,
  readContentState,
  readState,
  sameStamp,
  siteMark,
  spareDir,
  statContent,
  writeContentState,
  writeState,
  type ContentState,
  type FastState,
  type FileStamp,
  type PageState,
} from './state.ts';

export interface FastOptions {
  root: string;
  contentDir: string;
  /** The published site. */
  out: string;
  /** The new site's temporary folder (must not exist yet). */
  tmp: string;
  stateDir: string;
  /** Where this build's state goes (published by scripts/build.ts after the swap). */
  pending: string;
  say: (line: string) => void;
  /**
   * What the site's code logs as an error or a warning while the pages are rendered (by default,
   * standard error). The rendering starts while the content is still being checked: content the
   * checks refuse may make a page throw, and its stack trace is no news to an editor who is shown
   * the problem itself (scripts/build.ts holds these lines until the checks pass).
   */
  warn?: (line: string) => void;
  /**
   * Post-build steps to start as soon as the files they read (given the content) are in place
   * (scripts/lib/post-build.ts): those pages are rendered first, then the open-data export, and
   * the other pages after the steps have started. `check` is given the export once it is made,
   * and throws if what the step was started with does not agree with it.
   */
  early?: { reads: (corpus: Corpus) => Set<string>; check?: (exported: OpenData) => void; start: () => void }[];
  /** Folders of the previous site linked in whole, for the post-build steps that keep parts of them (scripts/lib/post-build.ts: `carries`). */
  carry?: string[];
  /** Told what the rebuild is doing at each step and each page rendered, for the build to show while it waits (scripts/lib/fast/progress.ts). */
  progress?: (progress: FastProgress) => void;
}

export type FastOutcome =
  | {
      built: true;
      rendered: number;
      total: number;
      read: number;
      previews: PreviewsOutcome;
      /** Seconds per step. */
      timing: Record<string, number>;
      /** Writes the sitemap, and this build's state for the next one into `pending` (run while the post-build steps wait for Pagefind). */
      finish: () => Promise<void>;
    }
  | { built: false; reason: string };

export async function fastRebuild(o: FastOptions): Promise<FastOutcome> {
  const current = currentDir(o.stateDir);
  const state = readState(current);
  if (!state) return { built: false, reason: 'no previous build to start from' };
  if (state.codeKey !== codeKey(o.root)) return { built: false, reason: 'the code, configuration or packages changed since the previous build' };
  if (!existsSync(o.out) || statSync(o.out).ino !== state.siteIno || siteMark(o.out) !== state.siteMark) return { built: false, reason: `the site in ${path.basename(o.out)}/ is not the one the previous build published` };
  if (state.config.format !== 'directory') return { built: false, reason: `build.format "${state.config.format}" is built in full` };
  const bundleEntry = path.join(o.stateDir, state.bundle, state.entry);
  if (!existsSync(bundleEntry)) return { built: false, reason: 'the compiled site of the previous build is missing' };
  const timing: Record<string, number> = {};
  let lap = performance.now();
  const mark = (step: string) => {
    const now = performance.now();
    timing[step] = (now - lap) / 1000;
    lap = now;
  };
  const previous = readContentState(current);
  if (!previous) return { built: false, reason: 'the content of the previous build is missing' };
  const published = publishedAt(current);

  // 4 (begun first). The new site starts as hard links to every page of the previous one and to
  // the public files, made on another thread from now on; pages rendered again replace their
  // link, and the pages the site no longer has are taken out.
  let linking: Promise<string[]> | undefined;
  try {
    // The site the last build replaced, when there is one, becomes the new folder (its folders are reused); otherwise an empty one.
    try {
      renameSync(spareDir(o.stateDir), o.tmp);
    } catch {
      mkdirSync(o.tmp, { recursive: true });
    }
    // The public files, and the assets Astro's build made (`_astro/`, the search page's script),
    // as that build listed them: the code is the one it compiled, so they are the same and are
    // linked too (a site that lacks one is built in full, see `settleLinks`).
    const publicFiles = [...listFiles(o.root, 'public').map((file) => file.slice('public/'.length)), ...state.assets];
    const linked = [...new Set([...state.pages.map((p) => p.file), ...Object.keys(state.previews), ...publicFiles])];
    // A file of the previous site changed since it was published (by hand) is not taken over: it
    // is made again like one taken out.
    linking = linkInWorker(o.out, o.tmp, linked, o.carry ?? [], published);
    return await rebuild(o, { state, previous, bundleEntry, linking, linked, publicFiles, published }, mark, timing);
  } catch (error) {
    // Nothing may still be writing into the folder the caller removes.
    await linking?.catch(() => undefined);
    throw error;
  }
}

/** What the rebuild starts from: the previous build's state and content, and the links being made (the files linked one by one, of which the public ones). */
interface Start {
  state: FastState;
  previous: ContentState;
  bundleEntry: string;
  /** Resolves with the files the previous site lacks. */
  linking: Promise<string[]>;
  linked: string[];
  publicFiles: string[];
  /** When the previous site was published (`publishedAt`). */
  published: bigint | undefined;
}

async function rebuild(o: FastOptions, { state, previous, bundleEntry, linking, linked, publicFiles, published }: Start, mark: (step: string) => void, timing: Record<string, number>): Promise<FastOutcome> {
  // 2. The content: what changed is read again.
  const stats = statContent(o.root, o.contentDir);
  const content: ContentState = { files: {} };
  const changed: [string, FileStamp & { collection: CollectionName }][] = [];
  for (const [file, stat] of stats) {
    const before = previous.files[file];
    if (before && sameStamp(before, stat)) content.files[file] = before;
    else changed.push([file, stat]);
  }
  o.progress?.({ stage: 'content', read: changed.length });
  if (changed.length > 0) {
    const read = await contentReader(o.root, state.config);
    for (const [file, { size, mtimeMs, ctimeMs, racy, collection }] of changed) content.files[file] = { ...(await read(file, collection)), size, mtimeMs, ctimeMs, ...(racy && { racy }) };
  }
  const loaded = injectContent(content);
  mark('content');
  o.progress?.({ stage: 'analysis', read: changed.length });

  // 3. The pages, and which of them to render.
  const app = await loadApp(bundleEntry, state, o.warn);
  const { StaticPaths } = (await import('astro/runtime/prerender/static-paths.js')) as {
    StaticPaths: new (app: unknown) => { getAll(): Promise<{ pathname: string; route: RouteData; cacheKey?: string }[]> };
  };
  const all = await new StaticPaths(app).getAll();
  const cards = await cardsOfSite();
  if (!cards) throw new Error("the site's code did not list its preview images");
  mark('analysis');
  const before = new Map(state.pages.map((p) => [p.pathname, p]));
  const pages: (PageState & { routeData: RouteData; render: boolean })[] = [];
  const seen = new Set<string>();
  for (const { pathname, route, cacheKey } of all) {
    const normal = pathname.replace(/\/$/, '');
    if (seen.has(normal) || route.type === 'fallback') continue;
    if (route.type === 'redirect') throw new Error('redirect routes are built in full');
    seen.add(normal);
    const file = outputFile(pathname, route.type, state.config.format);
    const old = before.get(pathname);
    // A page the previous site lacks is rendered once the links are made (`settleLinks`).
    const reuse = cacheKey !== undefined && old?.cacheKey === cacheKey && old.file === file;
    pages.push({ pathname, route: route.route, cacheKey, file, routeData: route, render: !reuse });
  }

  // The changed pages, rendered while the links are made: first those the early post-build steps
  // read, then the open-data export (made on every build, src/open-data/published.ts); each step
  // starts as soon as its files are in the new site, and the other pages are rendered meanwhile.
  const render = pages.filter((p) => p.render);
  const toRender = new Set([...render.map((p) => p.file), EXPORT_FILE]);
  /** How many pages are rendered: those the change affects, and those the previous site turns out to lack. */
  let rendering = render.length;
  const progress = () => o.progress?.({ stage: 'render', read: changed.length, rendered: outputs.length, toRender: rendering });
  /** The pages rendered. */
  const outputs: { file: string; body: Buffer }[] = [];
  const renderOne = async (page: (typeof pages)[number]) => {
    const body = await renderPage(app, state, page.pathname, page.routeData);
    outputs.push({ file: page.file, body });
    toRender.delete(page.file);
    o.say(`  ├─ /${page.file}`);
    progress();
    return body;
  };
  let written = 0;
  /** Puts the pages rendered so far in place of their links (never written through one: the link is the previous site's file). */
  const writeOutputs = () => {
    for (const { file, body } of outputs.slice(written)) {
      const target = path.join(o.tmp, file);
      rmSync(target, { force: true });
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, body);
    }
    written = outputs.length;
  };
  /**
   * Waits for the links, then takes out the previous site's pages this one does not have (and the
   * folders they leave empty), and renders the pages the previous site lacked (taken out of it, or
   * changed, by hand). The preview images it lacked are published again below
   * (scripts/lib/previews.ts checks each one); a public file or asset it lacked stops the rebuild.
   */
  let settled: Promise<void> | undefined;
  const settleLinks = () =>
    (settled ??= linking.then(async (missing) => {
      const wanted = new Set([...pages.map((p) => p.file), EXPORT_FILE, ...cards.map((c) => c.file), ...publicFiles]);
      for (const file of linked) if (!wanted.has(file)) removeFile(o.tmp, file);
      const byFile = new Map(pages.map((p) => [p.file, p]));
      const isPublic = new Set(publicFiles);
      for (const file of missing) {
        const page = byFile.get(file);
        if (page && !page.render) {
          page.render = true;
          rendering++;
          await renderOne(page);
        } else if (isPublic.has(file)) throw new Error(`${file}, which the previous build published, was taken out of the site or changed since`);
      }
    }));
  const early = (o.early ?? []).map((step) => ({ step, files: step.reads(loaded.corpus) }));
  let waiting = early;
  /** Starts the steps whose files are all in place: those not rendered again are linked from the previous site. */
  const startReady = async () => {
    const ready = waiting.filter(({ files }) => ![...files].some((file) => toRender.has(file)));
    if (ready.length === 0) return;
    await settleLinks();
    writeOutputs();
    for (const { step } of ready) step.start();
    waiting = waiting.filter((w) => !ready.includes(w));
  };

  const needed = new Set(early.flatMap(({ files }) => [...files]));
  progress();
  for (const page of render) if (needed.has(page.file)) await renderOne(page);
  await startReady();
  // Written as it is made (210 MB at 20,000 articles are never held whole), into the new site
  // once nothing else writes there.
  await settleLinks();
  await writeExport(o.tmp, await exportChecked(early.map(({ step }) => step)));
  // Not listed among the pages rendered, which it is not one of (they are counted): a full build does not list it either.
  toRender.delete(EXPORT_FILE);
  await startReady();
  for (const page of render) if (toRender.has(page.file)) await renderOne(page);
  mark('render');
  o.progress?.({ stage: 'links', read: changed.length, rendered: outputs.length, toRender: rendering });
  await settleLinks();
  mark('links');
  writeOutputs();
  o.progress?.({ stage: 'previews', read: changed.length, rendered: outputs.length, toRender: rendering });
  // The preview images whose card changed, in place of their links (scripts/lib/previews.ts).
  const previews = await publishPreviews(cards, o.tmp, { previous: state.previews, say: o.say });
  mark('previews');

  /** The sitemap and this build's state for the next one: done while the post-build steps wait for Pagefind. */
  const finish = async () => {
    await writeSitemap(o, state, pages, published);
    mkdirSync(o.pending, { recursive: true });
    writeContentState(o.pending, content, previous);
    const next: FastState = {
      ...state,
      pages: pages.map(({ pathname, route, cacheKey, file }) => ({ pathname, route, cacheKey, file })),
      previews: previews.hashes,
      siteIno: undefined,
      siteMark: undefined,
    };
    writeState(o.pending, next);
  };
  return { built: true, rendered: outputs.length, total: pages.length, read: changed.length, previews, timing, finish };
}

/** The open-data export, once the steps started early have checked what they were started with against it. */
async function exportChecked(steps: NonNullable<FastOptions['early']>): Promise<OpenData> {
  const exported = await exportOfSite();
  for (const step of steps) step.check?.(exported);
  return exported;
}

/** Removes `file` from the site in `dir`, and the folders above it that are left empty. */
function removeFile(dir: string, file: string): void {
  rmSync(path.join(dir, file), { force: true });
  for (let folder = path.dirname(path.join(dir, file)); folder.startsWith(dir + path.sep); folder = path.dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return; // Not empty.
    }
  }
}

/**
 * Hard links from the previous site into the new one, file by file, on a worker thread
 * (scripts/lib/fast/link-worker.ts): only its pages, the public files and the `folders` the
 * post-build steps carry over are taken, never whatever else the folder holds. The previous site
 * stays untouched: no file of the new site is written through a link.
 */
export function linkInWorker(from: string, to: string, files: string[], folders: string[], published?: bigint): Promise<string[]> {
  const writtenAfter = published?.toString();
  return runWorker<string[]>(new URL('./link-worker.ts', import.meta.url), { from, to, files, folders, writtenAfter }, 'linking the previous site');
}

/**
 * The pages the previous site's sitemap lists, or undefined when that sitemap is not whole as the
 * previous build wrote it: its index, or a part the index names, taken out or changed since the
 * site was published (`published`).
 */
function previousSitemap(out: string, published: bigint | undefined): Set<string> | undefined {
  const read = (name: string) => {
    const file = path.join(out, name);
    const s = statSync(file, { bigint: true, throwIfNoEntry: false });
    return s && published !== undefined && s.mtimeNs <= published ? readFileSync(file, 'utf8') : undefined;
  };
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const index = read('sitemap-index.xml');
  if (index === undefined) return undefined;
  const listed = new Set<string>();
  for (const part of locs(index)) {
    const xml = read(path.posix.basename(part));
    if (xml === undefined) return undefined;
    for (const url of locs(xml)) listed.add(url);
  }
  return listed;
}

/** The sitemap, by the same integration and with the same pages, in the same order, as a full build. */
async function writeSitemap(o: FastOptions, state: FastState, pages: { pathname: string; routeData: RouteData; render: boolean }[], published: bigint | undefined): Promise<void> {
  // A page not rendered again is in the sitemap if and only if the previous sitemap listed it;
  // without that sitemap whole, the integration reads every page.
  const listed = previousSitemap(o.out, published);
  const site = new URL(state.config.base, state.config.site ?? state.origin);
  const reused = new Set(pages.filter((p) => !p.render && p.routeData.type === 'page').map((p) => new URL(p.pathname.replace(/^\//, '').replace(/\/?$/, '/'), site).href));
  const known = (url: string) => (listed && reused.has(url) ? listed.has(url) : undefined);
  const { indexableSitemap } = await import('../../../src/integrations/sitemap.ts');
  const hooks = indexableSitemap(known).hooks as Record<string, ((params: unknown) => Promise<void> | void) | undefined>;
  const logger = {
    info() {},
    debug() {},
    warn: (m: string) => process.stderr.write(`${m}\n`),
    error: (m: string) => process.stderr.write(`${m}\n`),
  };
  const config = { site: state.config.site, base: state.config.base, trailingSlash: state.config.trailingSlash, build: { format: state.config.format } };
  await hooks['astro:routes:resolved']?.({ routes: [], logger });
  await hooks['astro:config:done']?.({ config, logger });
  const names = pages.filter((p) => p.routeData.type === 'page').map((p) => ({ pathname: p.pathname.replace(/\/?$/, '/').replace(/^\//, '') }));
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${o.tmp}${path.sep}`), pages: names, logger });
}
