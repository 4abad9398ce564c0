/**
 * The options and the result of the content checks.
 */
import type { FileFacts } from './file.ts';
import type { Problem } from './problem.ts';
import type { QuoteStats } from './quotes.ts';

export interface CheckOptions {
  /** The project root: paths in messages are relative to it. */
  root: string;
  /** The content folder, relative to the root (or absolute). */
  contentDir: string;
  /**
   * The folder of archived article texts, relative to the root (or absolute). Default:
   * `CROSSCHECK_ARCHIVE`, else `archive`.
   */
  archiveDir?: string | undefined;
  /**
   * Where to keep the per-file cache; `false` keeps none. Default:
   * `<root>/node_modules/.cache/crosscheck`.
   */
  cacheDir?: string | false | undefined;
  /**
   * Worker threads for files that are not in the cache. Default: one per core when more than
   * a few hundred files must be read; 0 reads them all on this thread.
   */
  workers?: number | undefined;
}

export interface CheckResult {
  /** Every problem, sorted by file, line and column. */
  problems: Problem[];
  /** Every notice (src/check/messages.ts, NOTICE_CODES): located as problems are, but the content passes. */
  notices: Problem[];
  /** Files looked at. */
  files: number;
  /** The facts of every record, in file order. */
  facts: FileFacts[];
  /** Records read from the cache, and records read anew. */
  cached: number;
  parsed: number;
  /** Of the cached records, those taken on their size and time alone, without reading them. */
  untouched: number;
  /** Archived articles found and spans verified against them. */
  quotes: QuoteStats;
  /** Seconds the checks took, when they ran on a worker thread or in a process of their own (from its start). */
  seconds?: number;
}

