/**
 * Steps that run on the freshly built site in its temporary folder, after `astro build` and
 * before it replaces `dist/`. Each step gets the folder and may fail the build by throwing an
 * Error whose message says what to do; the previous `dist/` then stays as it was.
 *
 * The steps run together (scripts/build.ts): each starts in this order and runs until it first
 * waits, so a step that hands its work to another thread or process comes first.
 */
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
}

export interface PostBuildStep {
  /** A short name, shown in the build's output. */
  name: string;
  run: (context: PostBuildContext) => Promise<void> | void;
}

/** The steps, in the order they start. */
export const postBuildSteps: PostBuildStep[] = [pagefindStep, urlRegistryStep];
