/**
 * The checks in order (see src/check/index.ts for what each step does). Loaded only where
 * `astro:content` resolves to src/check/astro-content.ts: plain Node with src/check/register.ts,
 * or vitest.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FactsCache, hashBytes } from './cache.ts';
import { changedAddresses, renamedOwners } from './identity.ts';
import { registryEntries, registryPath } from '../../scripts/lib/published-urls.ts';
import { ANCHOR_REGISTRY_NAME, parseAnchorRegistry } from '../lib/anchors.ts';
import { checkCorpus, respelled } from './corpus.ts';
import type { FileFacts } from './file.ts';
import { listContent, type RecordFile } from './files.ts';
import * as M from './messages.ts';
import { sortProblems } from './problem.ts';
import { verifyQuotes } from './quotes.ts';
import type { CheckOptions, CheckResult } from './types.ts';
import { schemaOf } from './collections.ts';
import { referenceOf } from './schema.ts';

/** Below this many files to read, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 400;

export async function runChecks(options: CheckOptions): Promise<CheckResult> {
  const root = path.resolve(options.root);
  const contentAbs = path.resolve(root, options.contentDir);
  const contentShown = path.relative(root, contentAbs).split(path.sep).join('/') || '.';
  const listing = listContent(root, contentAbs);
  const result: CheckResult = { problems: [...listing.problems], notices: [], files: listing.count, facts: [], cached: 0, parsed: 0, untouched: 0, quotes: { articles: 0, spans: 0, missing: [] } };
  if (!listing.exists) return result;

  const cacheDir = options.cacheDir === undefined ? path.join(root, 'node_modules/.cache/crosscheck') : options.cacheDir || undefined;
  const cache = new FactsCache(cacheDir, root, contentAbs);
  const facts: (FileFacts | undefined)[] = new Array(listing.records.length);
  const misses: { index: number; record: RecordFile; bytes: Uint8Array; hash: string; size: number; mtime: number; ctime: number }[] = [];
  const same = (hit: FileFacts | undefined, record: RecordFile) => hit !== undefined && hit.collection === record.collection && hit.id === record.id;
  let unreadableCount = 0;
  listing.records.forEach((record, index) => {
    let size: number, mtime: number, ctime: number, bytes: Buffer;
    try {
      const stats = statSync(record.abs);
      // A named pipe, a socket or a device: reading one would wait without end, or never stop.
      if (!stats.isFile() && !stats.isDirectory()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
      ({ size, mtimeMs: mtime, ctimeMs: ctime } = stats);
      const unchanged = cache.unchanged(record.file, size, mtime, ctime);
      if (same(unchanged, record)) {
        facts[index] = unchanged;
        result.untouched++;
        return;
      }
      bytes = readFileSync(record.abs);
    } catch (error) {
      // A link to nothing, a file without read permission: reported, and never cached.
      facts[index] = unreadable(record, error);
      unreadableCount++;
      return;
    }
    const hash = hashBytes(bytes);
    const hit = cache.get(record.file, hash, bytes.length, mtime, ctime);
    if (same(hit, record)) facts[index] = hit;
    else misses.push({ index, record, bytes, hash, size: bytes.length, mtime, ctime });
  });
  result.cached = listing.records.length - misses.length - unreadableCount;
  result.parsed = misses.length;

  const workers = options.workers ?? (misses.length >= WORKER_THRESHOLD ? Math.min(os.availableParallelism(), 8) : 0);
  // The parsers are loaded only when a file must be read: a warm run needs none of them.
  const read =
    misses.length === 0
      ? []
      : workers > 1
        ? await checkInWorkers(misses, workers)
        : await import('./file.ts').then(({ checkFile }) => misses.map((m) => checkFile(inputOf(m.record, m.bytes))));
  misses.forEach((m, i) => {
    facts[m.index] = read[i]!;
    cache.set(m.record.file, m.hash, m.size, m.mtime, m.ctime, read[i]!);
  });
  cache.keepOnly(new Set(listing.records.map((r) => r.file)));
  cache.save();

  // A space typed inside a word of a file name: the record takes the id its references name.
  result.facts = respelled(facts as FileFacts[], result.problems, listing.spaced);
  for (const f of result.facts) result.problems.push(...f.problems);
  const registry = registryPath(root, contentAbs);
  const entries = existsSync(registry) ? registryEntries(readFileSync(registry, 'utf8')) : [];
  // The passage anchors published beside it, which article pages keep (src/lib/anchors.ts).
  const anchorFile = path.join(path.dirname(registry), ANCHOR_REGISTRY_NAME);
  const anchors = existsSync(anchorFile) ? parseAnchorRegistry(readFileSync(anchorFile, 'utf8')) : new Map<string, string[]>();
  const corpus = checkCorpus(result.facts, contentShown, new Set(entries.filter((e) => !e.removed).map((e) => e.path)), anchors, listing.missing, listing.pending);
  result.problems.push(...corpus);
  // A collection's folder renamed (`Entities/`): its files are not listed one by one as outside the collections, as the missing folder's problem names it.
  for (const { collection, near } of listing.missing) {
    if (near === undefined || !corpus.some((p) => p.code === M.CollectionFolderMissing.code && p.file === `${contentShown}/${collection}`)) continue;
    result.problems = result.problems.filter((p) => !(p.code === M.UnknownFolder.code && p.file.startsWith(`${near}/`)));
  }
  // Published addresses that now show another record; `npm run urls -- --build` lets an intended change through, and records it.
  if (entries.length > 0 && process.env.CROSSCHECK_ALLOW_REMOVED_URLS !== '1') {
    result.problems.push(...changedAddresses(entries, result.facts));
  }
  // An owner written as the name an outlet had when it was published: a notice.
  result.problems.push(...renamedOwners(entries, result.facts));
  // A folder named on purpose must be there; the default may be missing (the archive is private to the editor).
  const named = options.archiveDir ?? (process.env.CROSSCHECK_ARCHIVE || undefined);
  const quotes = verifyQuotes(result.facts, root, named ?? 'archive', named !== undefined);
  result.problems.push(...quotes.problems);
  result.quotes = quotes.stats;
  sortProblems(result.problems);
  result.notices = result.problems.filter((p) => M.NOTICE_CODES.has(p.code));
  result.problems = result.problems.filter((p) => !M.NOTICE_CODES.has(p.code));
  return result;
}

/** The facts of a file that cannot be read: only the problem, with the system's reason in words. */
function unreadable(record: RecordFile, error: unknown): FileFacts {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT'
      ? 'it is a symbolic link to a file that does not exist'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission to read it is denied'
        : code === 'ELOOP'
          ? 'it is a symbolic link that leads back to itself'
          : code === 'EISDIR'
            ? 'it is a folder, named as a record would be. Put the record itself here, in place of the folder (a record inside it is not read)'
            : code === 'ENOTREG'
              ? 'it is no file of text but a named pipe, a socket or a device, which a program reading it would wait on without end'
              : `the system says ${error instanceof Error ? error.message : String(error)}`;
  const problem = { file: record.file, line: 1, column: 1, code: M.UnreadableFile.code, message: M.UnreadableFile.message(reason) };
  return { file: record.file, collection: record.collection, id: record.id, problems: [problem], refs: [], aliases: [], mentions: [], links: [], unread: true };
}

function inputOf(record: RecordFile, bytes: Uint8Array) {
  return { file: record.file, collection: record.collection, id: record.id, content: bytes };
}

/** Checks files on worker threads (src/check/worker.ts), in as many even shares as workers. */
async function checkInWorkers(misses: { record: RecordFile; bytes: Uint8Array }[], count: number): Promise<FileFacts[]> {
  const { runWorkers } = await import('./pool.ts');
  return runWorkers(
    misses.map((m) => inputOf(m.record, m.bytes)),
    count,
  );
}

/**
 * Whether the content model was loaded with our `astro:content` (whose `reference()` marks
 * reference fields), rather than Astro's own, as happens inside Vite.
 */
export function readsReferences(): boolean {
  const shape = schemaOf('articles').def.shape ?? {};
  return Object.values(shape).some((field) => referenceOf(field) !== undefined);
}
