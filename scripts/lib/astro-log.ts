/**
 * Astro's log as scripts/lib/astro-build.ts shows it: Astro's own console output, except that
 * the line of each page copied from the previous build (Astro marks them "(restored)" or
 * "(cached)") is counted instead of printed, with a progress line every few seconds while
 * pages are being reused. An incremental build of a large site then prints the handful of pages
 * it rendered, not tens of thousands of lines. Astro's own count at the end ("145 page(s) built in
 * 2.80s") is not printed: it counts every page, reused or not, and not the feeds and other files,
 * so it contradicted the build's own line beside it ("Rendered 3 of 149 pages", summaries.rendered).
 * And Astro's warning at the start of `npm run build -- --force`, "[WARN] [content] data store
 * cleared (force)", which read as if the content had been lost, is said as what it is: its cache
 * of the content emptied, as asked, every record read again and every page rendered.
 * Loaded by Astro as its logger (`logger.entrypoint`).
 */
import nodeLogger from 'astro/logger/node';
import { summaries } from '../../src/check/messages.ts';

interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine: boolean;
}

interface Destination {
  write(event: LogEvent): void;
}

/** Shared with astro-build.ts, which runs Astro in the same process. */
const counts = Symbol.for('crosscheck.render-counts');
const state = globalThis as { [counts]?: { rendered: number; reused: number } };
state[counts] ??= { rendered: 0, reused: 0 };

/** Pages rendered, and pages copied from the previous build, so far. */
export function renderCounts(): { rendered: number; reused: number } {
  return { ...state[counts]! };
}

const PAGE_LINE = /[├└]─/;
const REUSED = /\((?:restored|cached)\)/;
const PROGRESS_EVERY_MS = 5_000;
/** The second half of a rendered page's line: its time, as in " (+12ms)" (astro/dist/core/build/generate.js). */
const RENDER_TIME = /^\s*\(\+[\d.]+m?s\)/;
const ANSI = /\x1b\[[0-9;]*m/g;
/** Astro's count of the pages it built, at the end (astro/dist/core/build/index.js, printStats). */
const ASTRO_PAGE_COUNT = /^\d+ page\(s\) built in\b/;
/** Astro's warning when `--force` empties its content cache (astro/dist/core/sync/index.js, clearContentLayerCache). */
const FORCE_CLEARED = /^data store cleared \(force\)$/;

export default function crosscheckLogger(config?: Record<string, unknown>): Destination {
  const inner = (nodeLogger as (config?: Record<string, unknown>) => Destination)(config);
  const tally = state[counts]!;
  /** A page's line waits for its second half, which says whether it was rendered. */
  let pending: LogEvent | undefined;
  /** When progress was last shown (or the first page was reused). */
  let lastProgress: number | undefined;
  return {
    write(event) {
      if (pending) {
        const page = pending;
        pending = undefined;
        // Astro writes a reused page's two halves together; a rendered page's time comes after
        // its rendering, by which time (with `build.concurrency` above 1) other pages' lines may
        // have come. So a page line not followed at once by "(cached)" is a rendered page.
        if (event.label === 'SKIP_FORMAT' && REUSED.test(event.message)) {
          tally.reused++;
          lastProgress ??= Date.now();
          if (Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
            lastProgress = Date.now();
            inner.write({ ...event, label: 'SKIP_FORMAT', message: `  … ${tally.rendered + tally.reused} pages so far, ${tally.reused} unchanged`, newLine: true });
          }
          return;
        }
        tally.rendered++;
        if (event.label === 'SKIP_FORMAT') {
          // Its own time, or another page's: either way the line ends with it.
          inner.write(page);
          inner.write(event);
          return;
        }
        inner.write({ ...page, newLine: true });
      } else if (event.label === 'SKIP_FORMAT' && RENDER_TIME.test(event.message.replace(ANSI, ''))) {
        // The time of a page whose line was already ended by another's: nothing to attach it to.
        return;
      }
      if (event.label === 'build' && ASTRO_PAGE_COUNT.test(event.message.replace(ANSI, ''))) return;
      if (event.label === 'content' && FORCE_CLEARED.test(event.message.replace(ANSI, '').trim())) {
        inner.write({ ...event, level: 'info', message: summaries.forceCleared });
        return;
      }
      if (!event.newLine && event.label !== 'SKIP_FORMAT' && PAGE_LINE.test(event.message)) {
        pending = event;
        return;
      }
      inner.write(event);
    },
  };
}
