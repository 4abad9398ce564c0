/**
 * What an article's body may hold that the site-wide checks only pass over, read in Chromium on
 * the reading fixture (tests/fixtures/reading), with elements found by role and accessible name,
 * the names taken from the content files:
 *
 * - a table written in raw HTML keeps its `<caption>`, which names the table and its scrolling
 *   region (the sanitiser dropped it, and screen readers announced "Table 2"); at 320 px, the
 *   caption's words stay in the region's visible width, however far the table is scrolled.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { browserSuite } from '../support/harness.ts';
import { contentFacts, readingCorpus } from '../support/site.ts';

const suite = browserSuite();
afterAll(() => suite.close());

/** Every article of the reading fixture with its body as written. */
function articleBodies(): { slug: string; body: string }[] {
  return contentFacts(readingCorpus.content).articles.map(({ slug }) => ({
    slug,
    body: readFileSync(path.join(projectRoot, readingCorpus.content, 'articles', `${slug}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
  }));
}

describe(`the bodies of the ${readingCorpus.name} build`, () => {
  it('name a raw HTML table by its caption, kept whole in view at 320 px', async () => {
    const captioned = articleBodies().flatMap(({ slug, body }) => [...body.matchAll(/<caption>([^<]+)<\/caption>/g)].map((m) => ({ slug, caption: m[1]!.trim() })));
    expect(captioned.length).toBeGreaterThan(0);
    const site = await suite.site(readingCorpus);
    const context = await (await suite.browser()).newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const { slug, caption } of captioned) {
      await page.goto(site.server.url(`/articles/${slug}/`), { waitUntil: 'load' });
      const table = page.getByRole('main').getByRole('table', { name: caption, exact: true });
      expect(await table.count(), `/articles/${slug}/ has no table named "${caption}"`).toBe(1);
      const region = page.getByRole('region', { name: caption, exact: true });
      expect(await region.count(), `/articles/${slug}/: the table's scrolling region is not named "${caption}"`).toBe(1);
      // The caption's words, not only its box, in the region's visible part, unscrolled and scrolled to the end.
      for (const end of [false, true]) {
        const shown = await region.evaluate((wrap, toEnd) => {
          if (toEnd) wrap.scrollLeft = wrap.scrollWidth;
          const box = wrap.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(wrap.querySelector('caption')!);
          const words = range.getBoundingClientRect();
          return { inside: words.left >= box.left - 1 && words.right <= box.right + 1 && words.width > 0, scrolled: wrap.scrollLeft };
        }, end);
        if (end) expect(shown.scrolled, `/articles/${slug}/: the table "${caption}" fits at 320 px, so its scrolling is not tried`).toBeGreaterThan(0);
        expect(shown.inside, `/articles/${slug}/: the caption "${caption}" runs out of its region${end ? ` scrolled to ${shown.scrolled} px` : ''}`).toBe(true);
      }
    }
    await context.close();
  });
});
