/**
 * Post-build step: the search index, written by Pagefind's command into `<site>/pagefind/` and
 * loaded by the search page (/search/) from the site itself, with no third-party request.
 *
 * What is indexed: the claim, article and story pages (their main `<article>` carries
 * `data-pagefind-body`; `data-pagefind-meta` and `data-pagefind-filter` add a result's type and
 * a claim's status). The pages are those the site's open-data export lists, so the redirects of
 * old ids are left out; a fast rebuild lists the same pages from the content, so as to start before
 * the export is rendered, and checks its list against the export afterwards.
 *
 * The index comes in parts, so that a rebuild after one new article indexes a part of the site
 * again rather than all of it (Pagefind has no incremental mode): the pages of a story (the
 * story, its articles and its claims) are in the same part, chosen by a hash of the story's id
 * (a story of more than half a part's pages is spread over several, by a hash of each page's
 * path), and there is a power of two of parts, one per 750 to 1,500 pages, at most 16. Each part is a complete Pagefind
 * bundle in `pagefind/<n>/`; `pagefind/parts.json` lists them and the search page merges them
 * (Pagefind's `mergeIndex`), so results and filters span the whole site.
 *
 * A part whose pages are the same, byte for byte, as those of the same part of the site being
 * replaced is linked from it instead of being indexed again: each part records, in
 * `pagefind/<n>/crosscheck-part.txt`, a digest of its pages. Pagefind writes the same bundle for
 * the same pages, so the result is the same as indexing everything (tests/build/incremental.test.ts
 * compares them). A fast rebuild links the previous index into the new site beforehand
 * (`carries`) and starts this step as soon as the pages it reads are written (`reads`, `check`); the step
 * then keeps the linked parts that are unchanged and removes the others before indexing them.
 *
 * The step runs on a worker thread (scripts/lib/steps/pagefind-worker.ts), so that the build's
 * other work goes on while Pagefind indexes. Each part is indexed by Pagefind's command
 * (`pagefind --site`) from a folder of symbolic links to its pages, one process per core at a time; a
 * part's digest names the Pagefind version, so that another version indexes every part again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { link, symlink } from 'node:fs/promises';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fileIdentity } from '../../../src/data/source-files.ts';
import type { Corpus } from '../../../src/lib/corpus.ts';
import { articlePath, claimPath, storyPath } from '../../../src/lib/ids.ts';
import { fnv1a } from '../../../src/lib/mentions.ts';
import { absolute } from '../../../src/lib/structured-data.ts';
import { EXPORT_FILE } from '../changes.ts';
import type { PostBuildStep } from '../post-build.ts';
import { runWorker } from '../run-worker.ts';

/** The folder, inside the site, that holds the index and the UI. */
export const PAGEFIND_DIR = 'pagefind';
/** The list of parts, inside PAGEFIND_DIR. */
export const PARTS_FILE = 'parts.json';
const PART_MARK = 'crosscheck-part.txt';
/** Pages per part; CROSSCHECK_SEARCH_PART_PAGES sets another size (the tests split small sites into parts). */
const PAGES_PER_PART = Number(process.env.CROSSCHECK_SEARCH_PART_PAGES) > 0 ? Number(process.env.CROSSCHECK_SEARCH_PART_PAGES) : 1500;
const MAX_PARTS = 16;

interface IndexedPage {
  /** The page's file, relative to the site. */
  file: string;
  story: string;
}

/** A page's file in the site, from its absolute URL and the site's root (origin and base). */
function fileOf(url: string, root: string): string {
  const pathname = decodeURI(new URL(url).pathname);
  const rel = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  return `${rel.replace(/\/?$/, '/')}index.html`;
}

const byFile = (a: IndexedPage, b: IndexedPage) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** The parts of the open-data export (src/open-data/schema.ts) that list the pages. */
export interface ExportPages {
  site: string;
  articles: { url: string; story: string }[];
  claims: { url: string; story: string }[];
  stories: { url: string; id: string }[];
}

/** The claim, article and story pages of the site, with their story, from its open-data export. */
function indexedPages(data: ExportPages): IndexedPage[] {
  const root = new URL(data.site).pathname;
  const pages = [
    ...data.stories.map((s) => ({ file: fileOf(s.url, root), story: s.id })),
    ...data.articles.map((a) => ({ file: fileOf(a.url, root), story: a.story })),
    ...data.claims.map((c) => ({ file: fileOf(c.url, root), story: c.story })),
  ];
  return pages.sort(byFile);
}

/**
 * The same pages from the content itself, the way the export (src/open-data/build.ts) lists them:
 * every story, article and claim, at the URL of its page, with its story. A fast rebuild starts the
 * step with these, before the export is rendered, and checks them against the export afterwards
 * ({@link checkIndexedPages}).
 */
function pagesOfCorpus(corpus: Pick<Corpus, 'stories' | 'articles' | 'claims'>): IndexedPage[] {
  const root = 'https://crosscheck.invalid/';
  const file = (sitePath: string) => fileOf(absolute(root, sitePath), '/');
  const pages = [
    ...corpus.stories.map((s) => ({ file: file(storyPath(s.id)), story: s.id as string })),
    ...corpus.articles.map((a) => ({ file: file(articlePath(a.slug)), story: a.story as string })),
    ...corpus.claims.map((c) => ({ file: file(claimPath(c.id)), story: c.story as string })),
  ];
  return pages.sort(byFile);
}

/**
 * The files the search index reads, given the site's content: the claim, article and story pages,
 * with the list a fast rebuild hands to the step when it starts it (the step's thread is then
 * given it rather than waiting for the export and parsing its 50 MB of JSON).
 */
export function indexedFiles(corpus: Corpus): { files: Set<string>; listed: IndexedPage[] } {
  const listed = pagesOfCorpus(corpus);
  return { files: new Set(listed.map((p) => p.file)), listed };
}

/**
 * Throws unless the pages {@link indexedFiles} listed from the content are those the site's
 * open-data export lists, with the same stories: the search index of a fast
 * rebuild is then the one a full build, which reads the export, would write.
 */
export function checkIndexedPages(exported: ExportPages, listed: IndexedPage[]): void {
  const fromExport = indexedPages(exported);
  const differs = (a: IndexedPage | undefined, b: IndexedPage | undefined) => a?.file !== b?.file || a?.story !== b?.story;
  const at = Array.from({ length: Math.max(fromExport.length, listed.length) }, (_, i) => i).find((i) => differs(fromExport[i], listed[i]));
  if (at !== undefined) {
    const show = (p: IndexedPage | undefined) => (p ? `${p.file} (story ${p.story})` : 'nothing');
    throw new Error(`the search index's pages, as listed from the content, differ from the open-data export's: ${show(listed[at])} where the export has ${show(fromExport[at])}`);
  }
}

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');

/**
 * Each page's digest, remembered by its file's inode, size and time (a rebuild links unchanged
 * pages from the previous site, so their inode and time stay the same): only new and changed
 * pages are read. Kept per output folder in node_modules/.cache/crosscheck-search/.
 */
class PageDigests {
  readonly #file: string;
  #known = new Map<string, string>();
  readonly #seen = new Map<string, string>();

  constructor(root: string, finalDir: string) {
    this.#file = path.join(root, 'node_modules/.cache/crosscheck-search', `${sha1(path.resolve(finalDir)).slice(0, 16)}.json`);
    try {
      this.#known = new Map(Object.entries(JSON.parse(readFileSync(this.#file, 'utf8')) as Record<string, string>));
    } catch {
      // None yet.
    }
  }

  of(file: string): string {
    const key = fileIdentity(statSync(file, { bigint: true }));
    const digest = this.#known.get(key) ?? sha1(readFileSync(file));
    this.#seen.set(key, digest);
    return digest;
  }

  save(): void {
    mkdirSync(path.dirname(this.#file), { recursive: true });
    writeFileSync(this.#file, JSON.stringify(Object.fromEntries(this.#seen)));
  }
}

/** Links every file of `from` into `to` (a new folder), keeping the tree; the links are made off the main thread. */
async function linkTree(from: string, to: string): Promise<void> {
  const files: string[] = [];
  const walk = (rel: string) => {
    mkdirSync(path.join(to, rel), { recursive: true });
    for (const entry of readdirSync(path.join(from, rel), { withFileTypes: true })) {
      const name = path.join(rel, entry.name);
      if (entry.isDirectory()) walk(name);
      else files.push(name);
    }
  };
  walk('');
  await inBatches(files, (name) => link(path.join(from, name), path.join(to, name)));
}

/** Runs `each` on every item, 256 at a time (file operations off the thread, without opening too many at once). */
async function inBatches<T>(items: readonly T[], each: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += 256) await Promise.all(items.slice(i, i + 256).map(each));
}

/** The part the pages of a key (a story's id) go into, of `count`. */
export function partOf(key: string, count: number): number {
  return fnv1a(key) % count;
}

/**
 * Writes the search index of the site in `outDir` into its PAGEFIND_DIR, linking the parts that
 * are unchanged from the site in `finalDir`; returns the line the build prints. Runs on a worker
 * thread (scripts/lib/steps/pagefind-worker.ts).
 */
export async function writeSearchIndex({ root, outDir, finalDir, known }: { root: string; outDir: string; finalDir: string; known?: IndexedPage[] }): Promise<string> {
  // The pages a fast rebuild listed from the content (and checks against the export), or those the export lists.
  const pages = known ?? indexedPages(JSON.parse(readFileSync(path.join(outDir, EXPORT_FILE), 'utf8')) as ExportPages);
  // A power of two, so that the number of parts (and with it every part) changes only when the site doubles or halves.
  const count = Math.min(MAX_PARTS, 2 ** Math.ceil(Math.log2(Math.max(1, pages.length / PAGES_PER_PART))));
  const parts: IndexedPage[][] = Array.from({ length: count }, () => []);
  // A story's pages stay together, unless the story alone would fill more than half a part.
  const perStory = new Map<string, number>();
  for (const page of pages) perStory.set(page.story, (perStory.get(page.story) ?? 0) + 1);
  const half = Math.max(1, Math.floor(PAGES_PER_PART / 2));
  for (const page of pages) {
    const size = perStory.get(page.story)!;
    const key = size > half ? `${page.story}#${fnv1a(page.file) % Math.ceil(size / half)}` : page.story;
    parts[partOf(key, count)]!.push(page);
  }
  const used = parts.filter((p) => p.length > 0);

  const target = path.join(outDir, PAGEFIND_DIR);
  mkdirSync(target, { recursive: true });
  const digests = new PageDigests(root, finalDir);
  const plans = used.map((part, i) => {
    // The pages, and what indexes them: another version of Pagefind, or another way of running it, writes another bundle.
    const digest = sha1(`${INDEXER}\n${count}\n${part.map((p) => `${p.file} ${digests.of(path.join(outDir, p.file))}`).join('\n')}`);
    const folder = path.join(target, String(i));
    const previous = path.join(finalDir, PAGEFIND_DIR, String(i));
    // A fast rebuild links the previous site's parts in beforehand (`carries`): a part already here is the previous one.
    const here = existsSync(folder);
    // A linked part's files changed since were left out by the fast rebuild (scripts/lib/fast/link-worker.ts): it is whole when all are there.
    const reuse = partKept(here ? folder : previous, digest, { checkTimes: !here });
    // A linked part that changed is taken out, never written into (its files are the previous site's).
    if (here && !reuse) rmSync(folder, { recursive: true, force: true });
    return { pages: part, folder, previous, digest, reuse, link: reuse && !here };
  });
  // Parts the site no longer has, and the list of parts (written again below, not through its link).
  for (const name of readdirSync(target)) if (!plans.some((plan) => path.basename(plan.folder) === name)) rmSync(path.join(target, name), { recursive: true, force: true });
  const changed = plans.filter((plan) => !plan.reuse);
  // Pagefind indexes the changed parts, one process per core at a time, while the unchanged ones are linked.
  const indexing = async () => {
    const queue = [...changed];
    // Outside the new site, which other steps may list meanwhile.
    const sites = mkdtempSync(path.join(tmpdir(), 'crosscheck-search-'));
    try {
      await Promise.all(
        Array.from({ length: Math.min(queue.length, Math.max(1, availableParallelism())) }, async () => {
          for (let plan = queue.shift(); plan; plan = queue.shift()) await indexPart(outDir, plan.pages, plan.folder, plan.digest, path.join(sites, path.basename(plan.folder)));
        }),
      );
    } finally {
      rmSync(sites, { recursive: true, force: true });
    }
  };
  await Promise.all([changed.length > 0 ? indexing() : undefined, ...plans.filter((plan) => plan.link).map((plan) => linkTree(plan.previous, plan.folder))]);
  digests.save();
  writeFileSync(path.join(target, PARTS_FILE), `${JSON.stringify({ parts: used.map((_, i) => `${i}/`) })}\n`);
  const indexed = used.reduce((n, part) => n + part.length, 0);
  return searchIndexLine(indexed, used.length, changed.length);
}

/** "Search index: 92 pages indexed, in 1 part.", with how many parts were indexed again when some were not. */
export function searchIndexLine(pages: number, parts: number, again: number): string {
  const number = (n: number) => n.toLocaleString('en-US');
  const count = (n: number, one: string) => `${number(n)} ${n === 1 ? one : `${one}s`}`;
  return `Search index: ${count(pages, 'page')} indexed, in ${count(parts, 'part')}${again < parts ? ` (${number(again)} indexed again, ${number(parts - again)} unchanged)` : ''}.`;
}

/**
 * Pagefind's own command (`pagefind --site`), as its npm package finds it for the platform
 * (PAGEFIND_BINARY_PATH names another). Its Node API sends every page over a pipe, encoded, to
 * the same program run as a service: at 5,000 articles that took twice the CPU time of the
 * command reading the files itself, one part after the other.
 */
const PAGEFIND_LIB = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
const PAGEFIND = ((await import(pathToFileURL(path.join(PAGEFIND_LIB, 'resolveBinary.js')).href)) as { resolveBinaryPath: (names: string[]) => string }).resolveBinaryPath([
  'pagefind_extended',
  'pagefind',
]);
const PAGEFIND_VERSION = (JSON.parse(readFileSync(path.join(PAGEFIND_LIB, '../package.json'), 'utf8')) as { version: string }).version;
/** What writes a part, in its digest. */
const INDEXER = `pagefind ${PAGEFIND_VERSION} --site --force-language en`;

/** The Pagefind processes running, stopped with the step ({@link stopIndexing}). */
const running = new Set<ChildProcess>();

/** Stops every Pagefind process this thread started: the build failed or was interrupted. */
export function stopIndexing(): void {
  for (const child of running) child.kill('SIGKILL');
}

/**
 * One part of the index: its pages, linked into `site` (a folder of their own), indexed by
 * Pagefind's command into `folder`, and their digest.
 */
async function indexPart(outDir: string, pages: IndexedPage[], folder: string, digest: string, site: string): Promise<void> {
  rmSync(site, { recursive: true, force: true });
  const dirs = new Set(pages.map((page) => path.dirname(page.file)));
  for (const dir of dirs) mkdirSync(path.join(site, dir), { recursive: true });
  // Symbolic links: a hard link would change the page's ctime, which says whether a rebuild kept it.
  await inBatches(pages, (page) => symlink(path.resolve(outDir, page.file), path.join(site, page.file)));
  // One language for the whole index: every page's own words are English, whatever the quoted article's language.
  // Run from the part's folder, with no PAGEFIND_ settings: a configuration file or variable of the project's changes nothing.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toUpperCase().startsWith('PAGEFIND_')));
  const child = spawn(PAGEFIND, ['--site', site, '--output-path', folder, '--force-language', 'en', '--silent'], { cwd: site, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output = (output + chunk).slice(-4000)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output = (output + chunk).slice(-4000)));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  }).finally(() => running.delete(child));
  rmSync(site, { recursive: true, force: true });
  if (code !== 0) throw new Error(`Pagefind could not index the search index's part ${path.basename(folder)} (exit ${code}): ${output.trim() || 'no message'}`);
  let indexed = 0;
  try {
    const entry = JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    indexed = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
  } catch {
    // No bundle: reported below.
  }
  if (indexed !== pages.length) throw new Error(`Pagefind indexed ${indexed} of the ${pages.length} pages of the search index's part ${path.basename(folder)}: ${output.trim() || 'no message'}`);
  writeFileSync(path.join(folder, PART_MARK), `${digest}\n${partFiles(folder).length}\n`);
}

/** The files of the part in `dir`, but its mark. */
function partFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !(entry.name === PART_MARK && entry.parentPath === dir))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Whether the part in `dir` is the one indexed for `digest` and whole: its mark says so, and the
 * part holds as many files as it was written with (a file taken out by hand, or one a fast
 * rebuild left out as changed by hand, makes the part indexed again); with `checkTimes`, none of
 * them modified after the mark was written (changed by hand since). Without its time checks, a
 * folder listing (no file's status read).
 */
function partKept(dir: string, digest: string, { checkTimes }: { checkTimes: boolean }): boolean {
  const mark = path.join(dir, PART_MARK);
  const marked = statSync(mark, { bigint: true, throwIfNoEntry: false });
  if (!marked) return false;
  const [kept, count] = readFileSync(mark, 'utf8').split('\n');
  if (kept !== digest) return false;
  const files = partFiles(dir);
  if (String(files.length) !== count) return false;
  return !checkTimes || files.every((file) => statSync(file, { bigint: true }).mtimeNs <= marked.mtimeNs);
}

export const pagefindStep: PostBuildStep = {
  name: 'Search index',
  // On a worker thread: the build's other work goes on meanwhile.
  background: true,
  reads: indexedFiles,
  check: (exported, listed) => checkIndexedPages(exported, listed as IndexedPage[]),
  carries: PAGEFIND_DIR,
  run: ({ root, outDir, finalDir, listed }) =>
    runWorker<string>(new URL('./pagefind-worker.ts', import.meta.url), { root, outDir, finalDir, known: listed as IndexedPage[] | undefined }, 'the search index', { stoppable: true }),
};
