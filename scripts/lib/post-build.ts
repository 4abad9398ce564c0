/**
 * Steps that run on the freshly built site in its temporary folder, after `astro build` and
 * before it replaces `dist/`. Each step gets the folder and may fail the build by throwing an
 * Error whose message says what to do; the previous `dist/` then stays as it was.
 *
 * The steps run together (scripts/build.ts): the `background` ones start first, and each runs
 * until it first waits.
 */
import type { Corpus } from '../../src/lib/corpus.ts';
import type { OpenData } from '../../src/open-data/schema.ts';
import { feedIdsStep } from './steps/feed-ids.ts';
import { pagefindStep } from './steps/pagefind.ts';
import { urlRegistryStep } from './steps/url-registry.ts';

export interface PostBuildContext {
  /** The project root. */
  root: string;
  /** The temporary folder holding the new site. */
  outDir: string;
  /** The folder the site will replace (`dist/` unless `--out` says otherwise). */
  finalDir: string;
  /** The content folder, relative to the root. */
  contentDir: string;
  /** What the step's `reads` listed, when a fast rebuild started it early. */
  listed?: unknown;
}

export interface PostBuildStep {
  /** A short name, shown in the build's output. */
  name: string;
  /** Runs the step; returns the line the build prints for it, if any. */
  run: (context: PostBuildContext) => Promise<string | void> | string | void;
  /** The step hands its work to another thread or process: it is started before the others. */
  background?: boolean;
  /**
   * The files of the new site the step reads, given the site's content, and what the step lists
   * them from (handed to `run` as `listed`): a fast rebuild may start the step as soon as those
   * files are in place, while it renders the other pages (scripts/lib/fast/rebuild.ts).
   */
  reads?: (corpus: Corpus) => { files: Set<string>; listed: unknown };
  /**
   * Throws if what `reads` listed is not what the site's open-data export says: a fast rebuild
   * calls it with the export once it is made, and builds in full if it throws.
   */
  check?: (exported: OpenData, listed: unknown) => void;
  /**
   * A folder of the site the step may keep from the previous site where its inputs are unchanged:
   * a fast rebuild links the previous one's in beforehand, and the step takes out, never writes
   * into, what it does not keep.
   */
  carries?: string;
}

/** The steps, in the order their lines are printed. */
export const postBuildSteps: PostBuildStep[] = [urlRegistryStep, feedIdsStep, pagefindStep];
