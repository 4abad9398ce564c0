/**
 * The shape shared by the browser test files: build a corpus once, serve it on loopback, and
 * visit every page in one browser. A check collects every problem of every page and the test
 * asserts the list is empty, so one run names all failures, each with its page.
 */
import type { Browser, BrowserContext, Page as BrowserPage } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { buildCorpus, htmlPages, readingPages, type Corpus, type Page } from './site.ts';

export interface ServedSite {
  corpus: Corpus;
  outDir: string;
  server: StaticServer;
  /** The pages a reader stays on (every HTML page but the redirects). */
  pages: Page[];
  /** The pages that only send the browser on (old ids' URLs). */
  redirects: Page[];
}

/** Builds (or reuses the build of) a corpus and serves it. */
export async function serveCorpus(corpus: Corpus): Promise<ServedSite> {
  const outDir = buildCorpus(corpus);
  const server = await serveStatic(outDir);
  const all = htmlPages(outDir);
  return { corpus, outDir, server, pages: readingPages(all), redirects: all.filter((p) => p.kind === 'redirect') };
}

/**
 * Per-file fixture: one Chromium for the whole file and one served site per corpus, opened
 * lazily and closed in `close`.
 */
export function browserSuite() {
  let browser: Browser | undefined;
  const sites = new Map<string, Promise<ServedSite>>();
  return {
    async browser(): Promise<Browser> {
      browser ??= await launchChromium();
      return browser;
    },
    site(corpus: Corpus): Promise<ServedSite> {
      let site = sites.get(corpus.content);
      if (!site) {
        site = serveCorpus(corpus);
        sites.set(corpus.content, site);
      }
      return site;
    },
    async close(): Promise<void> {
      for (const site of sites.values()) {
        await site.then((s) => s.server.close()).catch(() => undefined);
      }
      await browser?.close();
    },
  };
}

/**
 * Visits every item with a few tabs of one browser context at once (most of a page visit is
 * waiting on the browser, so tabs overlap well even on two cores) and returns each item's
 * problems in the items' order. `setUp` runs once for each tab, before its first visit, for listeners
 * and settings.
 */
export async function eachPage<T>(
  context: BrowserContext,
  items: T[],
  visit: (page: BrowserPage, item: T) => Promise<string[]>,
  { concurrency = 4, setUp }: { concurrency?: number; setUp?: (page: BrowserPage) => void | Promise<void> } = {},
): Promise<string[]> {
  const results: string[][] = [];
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    await setUp?.(page);
    while (next < items.length) {
      const index = next++;
      results[index] = await visit(page, items[index] as T);
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results.flat();
}

/**
 * Passes when `problems` is empty; otherwise fails with all of them, one per line (an assertion
 * diff would cut a long list short).
 */
export function expectNone(title: string, problems: string[]): void {
  if (problems.length === 0) return;
  const error = new Error(`${title}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  error.stack = error.message;
  throw error;
}
