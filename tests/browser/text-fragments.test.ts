/**
 * The links from a claim's evidence to its passage in the original article land on the passage
 * in a real Chromium (src/lib/text-fragment.ts, the WICG text fragments' syntax): the text
 * fragments fixture's article (tests/fixtures/text-fragments) has one passage a claim, each with
 * what a fragment must encode or get past: `-`, `,`, `&` and `%`, which are the directive's
 * syntax or the URL's; quotation marks; Cyrillic and Chinese; markup across the span (different
 * in the original); the span's words earlier in its passage and on the page, in a quotation
 * before it, or in the headline the original shows above its body (so it needs context);
 * `<` and `>`; an elision; a long span; a line break (`<br>`); a span in our own account, whose
 * words around it are not the original's, and one whose first words are the headline's (its start
 * takes more of its own words, or the range would run from the headline). Its original, tests/fixtures/text-fragments/original.html,
 * is served at the article's address; each passage stands far below the one before it, so the
 * test sees which one a link scrolled to. The same page opened without the fragment shows none of
 * them: the scroll is the fragment's doing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { builtSite, projectRoot } from '../support/build.ts';
import { browserSuite, expectNone } from '../support/harness.ts';

const fixture = path.join(projectRoot, 'tests/fixtures/text-fragments');
const original = readFileSync(path.join(fixture, 'original.html'), 'utf8');
/** The article's `url`, where the original is served. */
const articleUrl = 'https://original.example/news/pause-debate?ref=home&page=1#comments';

const suite = browserSuite();
afterAll(() => suite.close());

/** Each claim page's links to a passage of an original (`…#:~:text=`, or after the original's own fragment), by claim id. */
function fragmentLinks(outDir: string): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const id of readdirSync(path.join(outDir, 'claims'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'months').map((d) => d.name)) {
    const $ = cheerio.load(readFileSync(path.join(outDir, 'claims', id, 'index.html'), 'utf8'));
    links.set(id, $('main a[href*=":~:text="]').map((_, a) => $(a).attr('href')!).get());
  }
  return links;
}

describe('links to a passage in the original article', () => {
  it('each scroll Chromium to its passage in a copy of the original, whatever the passage holds', async () => {
    const outDir = builtSite('tests/fixtures/text-fragments/content');
    const links = fragmentLinks(outDir);
    const passages = [...original.matchAll(/data-passage="([^"]+)"/g)].map((m) => m[1]!);
    expect([...links.keys()].sort()).toEqual([...passages].sort());
    const context = await (await suite.browser()).newContext({ viewport: { width: 800, height: 600 } });
    // The original's address answers with its copy; nothing else is fetched.
    await context.route('**/*', (route) =>
      new URL(route.request().url()).origin === new URL(articleUrl).origin
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: original })
        : route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    /** The passages on screen. */
    const inView = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-passage]'))
          .filter((p) => {
            const box = p.getBoundingClientRect();
            return box.bottom > 0 && box.top < innerHeight;
          })
          .map((p) => p.getAttribute('data-passage')),
      );
    const problems: string[] = [];
    for (const [claim, hrefs] of links) {
      if (hrefs.length !== 1) problems.push(`claims/${claim}/ has ${hrefs.length} links to a passage of the original, not 1`);
      for (const href of hrefs) {
        // The article's own address and fragment are kept; the directive follows them.
        expect(href.startsWith(`${articleUrl}:~:text=`), href).toBe(true);
        await page.goto('about:blank');
        await page.goto(href, { waitUntil: 'load' });
        // Chromium scrolls to a text fragment once the page is laid out, after the load.
        const landed = await expect
          .poll(inView, { timeout: 5000 })
          .toEqual([claim])
          .then(() => true)
          .catch(() => false);
        if (!landed) problems.push(`claims/${claim}/: ${href} shows ${JSON.stringify(await inView())}, not its passage`);
        // Without the fragment, the page opens at its top, where no passage is (loaded anew: a
        // navigation that changes only the fragment would keep the scroll).
        await page.goto('about:blank');
        await page.goto(href.slice(0, href.indexOf(':~:')), { waitUntil: 'load' });
        expect(await inView(), `${claim} without the fragment`).toEqual([]);
      }
    }
    await context.close();
    expectNone('links that do not land on their passage', problems);
  });
});
