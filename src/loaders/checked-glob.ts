/**
 * checkedGlob: Astro's `glob()` loader for one of our collections, behind our content checks.
 *
 * Astro alone stops at the first schema error (located at `:0:0`), only logs a dangling
 * `reference()` and keeps going when a remark plugin fails. So before the first collection
 * loads, the whole corpus is checked once (src/check) and every problem is thrown at once as
 * `path:line:column  message` lines. `npm run build` runs the same checks itself first and
 * sets `CROSSCHECK_CHECKED=1`, so they are not run twice.
 *
 * Under `astro dev` the problems do not stop the server: an editor starts it to see the site
 * while fixing the content. They are printed, located, as above, and the server starts with
 * the pages it can show; a file Astro cannot read at all (its YAML does not parse, or its data
 * does not match its collection's schema) is left out until a save makes it readable (see
 * {@link checkedGlob}). The checks run again after each save (see {@link checkOnSave}).
 *
 * The content folder is `content/` unless `CROSSCHECK_CONTENT` names another (the tests build
 * fixture corpora that way).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { heartbeat } from '../../scripts/lib/heartbeat.ts';
import { collectGarbage } from '../integrations/collect-garbage.ts';
import { withWrittenOffsets } from '../lib/written-dates.ts';
import type { Problem } from '../check/index.ts';

export type CollectionName = 'outlets' | 'entities' | 'stories' | 'articles' | 'claims';

const patterns: Record<CollectionName, string> = {
  outlets: '**/*.{yaml,yml}',
  entities: '**/*.{yaml,yml}',
  stories: '**/*.md',
  articles: '**/*.md',
  claims: '**/*.md',
};

/** The content folder, relative to the project root. */
export function contentDir(): string {
  return process.env.CROSSCHECK_CONTENT ?? 'content';
}

/** The collections whose records have dates, whose offsets they keep (src/lib/written-dates.ts). */
const WITH_DATES = new Set<CollectionName>(['stories', 'articles', 'claims']);

let checked: Promise<void> | undefined;

/**
 * Runs the checks once per process, before the first collection loads; the notices are logged, as
 * `npm run build` prints them. The problems stop a build; under the dev server (`dev`) they are
 * logged, and the server starts with the pages it can show.
 */
export async function checkOnce(root: string, logger: Pick<LoaderContext['logger'], 'warn' | 'error'>, dev = false): Promise<void> {
  if (process.env.CROSSCHECK_CHECKED === '1') return;
  checked ??= (async () => {
    const check = await import('../check/index.ts');
    const { problems, notices } = await check.checkContent({ root, contentDir: contentDir() });
    if (problems.length > 0 && dev) {
      logger.error(`${check.summaries.inContent(problems.length)}\n${check.formatProblems(problems)}\n${check.summaries.devStartsAnyway}`);
    } else if (problems.length > 0) {
      const error = new Error(`${check.summaries.inContent(problems.length)}\n${check.formatProblems(problems)}`);
      error.stack = error.message;
      throw error;
    }
    if (notices.length > 0) logger.warn(noticesReport(check, notices));
  })();
  return checked;
}

/** The notices as `npm run check` prints them: located, then their count (`check` is src/check/index.ts, loaded when needed). */
function noticesReport(check: typeof import('../check/index.ts'), notices: Problem[]): string {
  return `${check.formatProblems(notices)}\n${check.summaries.notices(notices.length, new Set(notices.map((n) => n.file)).size)}`;
}

let watching = false;
/** The collections being loaded. */
let loading = 0;
/** Records read into the store since the first collection began to load, and the progress shown meanwhile. */
let read = 0;
let stopProgress: (() => void) | undefined;

/**
 * Progress while Astro loads the content for a build: its own log says "Syncing content" and
 * then nothing until the last collection is loaded (18 to 28 s at 5,000 articles, every body
 * rendered through the site's Markdown pipeline), so the records read so far are said as soon as
 * the wait is worth a word, then every few seconds (scripts/lib/heartbeat.ts). `write` is the
 * loader's log.
 */
export function loadingProgress(write: (line: string) => void): { loaded: () => void; done: () => void } {
  if (!stopProgress) {
    read = 0;
    stopProgress = heartbeat(() => `loading the content (${read.toLocaleString('en-US')} ${read === 1 ? 'record' : 'records'} read)`, (line) => write(line.trimEnd()));
  }
  return {
    loaded: () => void read++,
    done: () => {
      stopProgress?.();
      stopProgress = undefined;
    },
  };
}

/**
 * Under `astro dev`, Astro's glob loader syncs an edited file by itself, without loading the
 * collection again; so the checks listen to the same watcher and report every problem of the
 * corpus, located, a moment after each save (a dev server cannot refuse the edit, only say), and
 * every notice after them (what readers will miss, which does not stop a build), as
 * `npm run check` prints them.
 */
export function checkOnSave(root: string, context: Pick<LoaderContext, 'watcher' | 'logger'>) {
  if (watching || !context.watcher) return;
  watching = true;
  const dir = path.resolve(root, contentDir());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const recheck = (file: string) => {
    if (!path.resolve(file).startsWith(dir + path.sep)) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const check = await import('../check/index.ts');
      const { problems, notices } = await check.checkContent({ root, contentDir: contentDir() });
      if (problems.length > 0) context.logger.error(`${check.summaries.inContent(problems.length)}\n${check.formatProblems(problems)}`);
      if (notices.length > 0) context.logger.warn(noticesReport(check, notices));
      if (problems.length === 0) context.logger.info('Content checked: no problems.');
    }, 200);
  };
  for (const event of ['add', 'change', 'unlink'] as const) context.watcher.on(event, recheck);
}

export function checkedGlob(collection: CollectionName): Loader {
  // An absolute content folder (CROSSCHECK_CONTENT=/srv/content) as a file URL: glob() reads a string as relative to the root.
  const dir = contentDir();
  const base = path.isAbsolute(dir) ? pathToFileURL(`${path.join(dir, collection)}${path.sep}`) : `./${path.posix.join(dir, collection)}`;
  // Without the Markdown source of each body: the site reads only the rendered HTML.
  const inner = glob({ pattern: patterns[collection], base, retainBody: false });
  return {
    name: 'crosscheck-glob',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dev = Boolean(context.watcher);
      await checkOnce(root, context.logger, dev);
      checkOnSave(root, context);
      const { store } = context;
      loading++;
      const readable = dev ? leavingOutUnreadable(root) : undefined;
      // A dev server loads once, then a file at a time: no progress to show.
      const progress = dev ? undefined : loadingProgress((line) => context.logger.info(line));
      try {
        const set: typeof store.set = (entry) => {
          // Also what the dev server's store kept of the file from an earlier run.
          if (readable?.refuses(entry)) return (store.delete(entry.id), false);
          progress?.loaded();
          return store.set({ ...entry, rendered: slimRendered(entry.rendered) });
        };
        const dated: Partial<LoaderContext> & { entryTypes?: Map<string, EntryType> } = WITH_DATES.has(collection) ? keepingWrittenOffsets(collection, context) : {};
        const types = dated.entryTypes ?? (context as { entryTypes?: Map<string, EntryType> }).entryTypes;
        const parseData = dated.parseData ?? context.parseData;
        await inner.load({
          ...context,
          ...dated,
          ...(readable && types ? ({ entryTypes: readable.entryTypes(types), parseData: readable.parseData(parseData) } as Partial<LoaderContext>) : {}),
          store: { ...store, set },
        });
      } finally {
        readable?.loaded();
        // The last collection of a build is loaded: Astro writes the whole store next, as one
        // string several times its size while it is made. Collected first, the heap holds what
        // is live and that string, not also the garbage of the whole sync.
        if (--loading === 0 && !context.watcher) {
          progress?.done();
          collectGarbage();
        }
      }
    },
  };
}

/** How glob() reads a file's frontmatter and renders its body: an entry type of Astro's (not in the public `LoaderContext` type). */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; rawData?: string }>;
  getRenderFunction?: (config: unknown) => Promise<((params: { filePath?: string }) => Promise<unknown>) | undefined>;
}

/**
 * Under `astro dev`, the first load of a collection leaves out the files Astro cannot read: their
 * YAML does not parse, or their data does not match the schema (glob() would stop the whole
 * server at the first). The checks have said what is wrong with them, located; the server starts
 * without them, and glob() loads each again when it is saved (a save that is still unreadable is
 * logged by glob() as "Failed to reload", and the checks say why). Once the first load is done,
 * errors are glob()'s own again.
 */
function leavingOutUnreadable(root: string) {
  const left = new Set<string>();
  let first = true;
  /** Runs `read` on a file's data; during the first load, a file it fails on is left out, and `instead` stands for its data. */
  const tolerant = async <T>(file: string | undefined, read: () => Promise<T>, instead: () => T): Promise<T> => {
    try {
      return await read();
    } catch (error) {
      if (!first || file === undefined) throw error;
      left.add(path.resolve(file));
      return instead();
    }
  };
  return {
    entryTypes: (types: Map<string, EntryType>) =>
      new Map(
        [...types].map(([extension, type]): [string, EntryType] => [
          extension,
          {
            ...type,
            getEntryInfo: (params) => tolerant(fileURLToPath(params.fileUrl), () => type.getEntryInfo(params), () => ({ data: {} })),
            ...(type.getRenderFunction && {
              getRenderFunction: async (config: unknown) => {
                const render = await type.getRenderFunction!(config);
                // A body is not rendered for a file left out: its data is not what the plugins expect.
                return render && (async (params: { filePath?: string }) => (first && params.filePath && left.has(path.resolve(params.filePath)) ? undefined : render(params)));
              },
            }),
          },
        ]),
      ),
    parseData:
      (parse: LoaderContext['parseData']): LoaderContext['parseData'] =>
      (props) =>
        tolerant(props.filePath, () => parse(props), () => props.data as never),
    /** Whether `entry` is a file left out (during the first load). */
    refuses: (entry: { filePath?: string }) => first && entry.filePath !== undefined && left.has(path.resolve(root, entry.filePath)),
    /** The first load is done. */
    loaded: () => {
      first = false;
    },
  };
}

/**
 * The context for glob() that adds to each record's data the offsets its dates were written in
 * (src/lib/written-dates.ts), from the frontmatter text glob() has already read: each entry
 * type notes the text of the data it returns, and `parseData` adds the offsets to what the
 * schema makes of that data, or fails the build on an offset no clock has.
 */
function keepingWrittenOffsets(collection: CollectionName, context: LoaderContext): Partial<LoaderContext> {
  const types = (context as { entryTypes?: Map<string, EntryType> }).entryTypes;
  // Without them the pages would show the dates in UTC, and differ from a fast rebuild's.
  if (!types) throw new Error("Astro's glob() loader no longer finds the entry types in its context: src/loaders/checked-glob.ts cannot keep the offsets of the records' dates.");
  const frontmatterOf = new WeakMap<object, string>();
  const entryTypes = new Map(
    [...types].map(([extension, type]): [string, EntryType] => [
      extension,
      {
        ...type,
        getEntryInfo: async (params) => {
          const info = await type.getEntryInfo(params);
          if (info.rawData !== undefined && typeof info.data === 'object' && info.data !== null) frontmatterOf.set(info.data, info.rawData);
          return info;
        },
      },
    ]),
  );
  const parseData: LoaderContext['parseData'] = async (props) =>
    withWrittenOffsets(collection, await context.parseData(props), frontmatterOf.get(props.data), props.filePath ? path.relative(fileURLToPath(context.config.root), props.filePath) : `${collection}/${props.id}`);
  return { entryTypes, parseData } as Partial<LoaderContext>;
}

type Rendered = Parameters<LoaderContext['store']['set']>[0]['rendered'];

/**
 * What Astro's content store keeps of a rendered body: the HTML, and the mentions
 * remark-claim-mentions found in it (src/data/corpus.ts reads both). The rest of what the
 * Markdown pipeline returns (a second copy of the frontmatter, the headings) is not read by the
 * site, and Astro would hold it in memory, write it to its store and read it back in every
 * build: at 5,000 articles, with the Markdown source (`retainBody: false` above), a quarter of
 * the store.
 */
export function slimRendered(rendered: Rendered): Rendered {
  if (!rendered) return rendered;
  const mentions = (rendered.metadata?.frontmatter as { mentions?: unknown } | undefined)?.mentions;
  return { html: rendered.html, metadata: mentions === undefined ? {} : { frontmatter: { mentions } } };
}
