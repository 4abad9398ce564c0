/**
 * What an article's body may hold that the site-wide checks only pass over, read in Chromium on
 * the reading fixture (tests/fixtures/reading), with elements found by role and accessible name,
 * the names taken from the content files:
 *
 * - a table written in raw HTML keeps its `<caption>`, which names the table and its scrolling
 *   region (the sanitiser dropped it, and screen readers announced "Table 2"); at 320 px, the
 *   caption's words stay in the region's visible width, however far the table is scrolled;
 * - a body's headings at every rank Markdown has (`#` to `######`, under the record's `h2`: levels
 *   3 to 8) keep their levels for a screen reader (past `h6`, in `aria-level`) and look unlike each
 *   other, on screen and on paper, none smaller than the text (the browser's own `h6` is 10.7 px).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { browserSuite, expectNone } from '../support/harness.ts';
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

describe(`the headings of the ${readingCorpus.name} build's bodies`, () => {
  it('keep every level apart, for a screen reader and to the eye, on screen and on paper', async () => {
    const headed = articleBodies()
      .map(({ slug, body }) => ({ slug, headings: [...body.matchAll(/^(#{1,6}) (.+)$/gm)].map((m) => ({ rank: m[1]!.length, text: m[2]!.trim() })) }))
      .filter(({ headings }) => new Set(headings.map((h) => h.rank)).size === 6);
    expect(headed.length, 'no article of the reading fixture has a heading at each of the six ranks').toBeGreaterThan(0);
    const site = await suite.site(readingCorpus);
    const page = await (await suite.browser()).newPage();
    // The levels as Chromium gives them to screen readers (Playwright's own role queries read an
    // h1-h6's level from its tag, whatever its aria-level).
    const cdp = await page.context().newCDPSession(page);
    const problems: string[] = [];
    for (const { slug, headings } of headed) {
      await page.goto(site.server.url(`/articles/${slug}/`), { waitUntil: 'load' });
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[] };
      const levels = new Map(nodes.filter((n) => n.role?.value === 'heading').map((n) => [n.name?.value, n.properties?.find((p) => p.name === 'level')?.value.value]));
      // The record is under an h2, so the body's `#` is level 3.
      for (const { rank, text } of headings) {
        if (levels.get(text) !== rank + 2) problems.push(`/articles/${slug}/: the heading "${text}" is at level ${String(levels.get(text))} for a screen reader, not ${rank + 2}`);
      }
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        const looks = new Map<string, number>();
        for (const { rank, text } of headings) {
          const level = rank + 2;
          const heading = page.getByRole('main').getByRole('heading', { name: text, exact: true });
          if ((await heading.count()) !== 1) {
            problems.push(`/articles/${slug}/: no one heading "${text}"`);
            continue;
          }
          const look = await heading.evaluate((el) => {
            const style = getComputedStyle(el);
            const text = getComputedStyle(el.closest('main')!.querySelector('.record p')!);
            return { size: parseFloat(style.fontSize), textSize: parseFloat(text.fontSize), key: [style.fontSize, style.fontWeight, style.fontStyle, style.fontVariantCaps, style.textTransform].join(' ') };
          });
          if (look.size < look.textSize) problems.push(`/articles/${slug}/ (${media}): the level-${level} heading "${text}" is ${look.size} px, smaller than the text's ${look.textSize} px`);
          const same = looks.get(look.key);
          if (same !== undefined) problems.push(`/articles/${slug}/ (${media}): the level-${level} heading "${text}" looks as a level-${same} one does (${look.key})`);
          else looks.set(look.key, level);
        }
      }
    }
    await page.close();
    expectNone('body headings a reader cannot tell apart', problems);
  });
});
