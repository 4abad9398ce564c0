/**
 * The story's coverage matrix against the content files, on every corpus (site.ts: the real
 * content, the good and the reading fixtures): each cell names every stance its article takes on
 * its claim. An article that both disputes and qualifies a claim must not read as one that only
 * disputes it, when the claim's page lists it under both. And in Chromium, at 320 and 700 px, a
 * column's header that takes focus (Tab through the matrix, and Shift+Tab back) is in view beside
 * the claims' column, which stays put: whole, or, wider than half the room beside that column, at
 * least half that room of it (Chromium scrolls to what takes focus only when none of it is in
 * the region's padded box, and leaves a header partly in view where it is). Printed on an A4 sheet,
 * each cell's stance is in whole words ("Disputes", not "Dispu|tes").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { browserSuite, expectNone } from '../support/harness.ts';
import { buildCorpus, contentFacts, corpora, htmlPages, normalise } from '../support/site.ts';

const words: Record<string, string> = { asserts: 'asserts', disputes: 'disputes', quotes: 'quotes', qualifies: 'qualifies' };
/** The last path segment of a link: an article slug or a claim id. */
const idOf = (href: string | undefined) => (href ?? '').replace(/\/$/, '').split('/').pop() ?? '';

const suite = browserSuite();
afterAll(() => suite.close());

describe.each(corpora)('the coverage matrix of the $name build', (corpus) => {
  it('names every stance an article takes on a claim in its cell', () => {
    const outDir = buildCorpus(corpus);
    const facts = contentFacts(corpus.content);
    const stories = htmlPages(outDir).filter((page) => page.kind === 'story');
    expect(stories.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of stories) {
      const $ = cheerio.load(readFileSync(path.join(outDir, page.file), 'utf8'));
      const table = $('table.matrix');
      const columns = table.find('thead th').toArray().map((th) => idOf($(th).find('a').attr('href')));
      for (const row of table.find('tbody tr').toArray()) {
        const claim = idOf($(row).find('th[scope="row"] a').attr('href'));
        $(row)
          .children()
          .each((i, cell) => {
            const article = columns[i];
            if (i === 0 || !article) return;
            const text = normalise($(cell).text()).toLowerCase();
            const stances = new Set(facts.mentions.filter((m) => m.article === article && m.claim === claim).map((m) => m.stance));
            for (const stance of stances) {
              if (!text.includes(words[stance] ?? stance)) problems.push(`${page.path}  ${claim} × ${article}: "${text}" leaves out "${stance}"`);
            }
          });
      }
    }
    expectNone(`stances missing from the coverage matrix in the ${corpus.name} build`, problems);
  });
});

describe.each(corpora)('the coverage matrix of the $name build in Chromium', (corpus) => {
  it("shows a column's header that takes focus beside the claims' column: whole, or half the room beside it", async () => {
    const site = await suite.site(corpus);
    const stories = site.pages.filter((page) => page.kind === 'story' && readFileSync(path.join(site.outDir, page.file), 'utf8').includes('class="matrix'));
    const problems: string[] = [];
    for (const width of [320, 700]) {
      const page = await (await suite.browser()).newPage({ viewport: { width, height: 800 } });
      for (const story of stories) {
        await page.goto(site.server.url(story.path), { waitUntil: 'load' });
        const stops = await page.locator('.table-wrap.wide a[href]').count();
        for (const key of ['Tab', 'Shift+Tab']) {
          // From the region (Tab) or from its last link (Shift+Tab), through every link in it.
          await page.evaluate((forward) => {
            const region = document.querySelector<HTMLElement>('.table-wrap.wide')!;
            region.scrollLeft = 0;
            (forward ? region : Array.from(region.querySelectorAll<HTMLElement>('a[href]')).at(-1)!).focus();
          }, key === 'Tab');
          for (let i = 0; i < stops; i++) {
            await page.keyboard.press(key);
            const seen = await page.evaluate(() => {
              const link = document.activeElement!;
              const region = link.closest('.table-wrap.wide');
              if (!region || !link.closest('th[scope="col"]')) return undefined;
              const box = link.getBoundingClientRect();
              const start = region.querySelector('tr > :first-child')!.getBoundingClientRect().right;
              const end = region.getBoundingClientRect().left + region.clientLeft + region.clientWidth;
              const shown = Math.min(box.right, end) - Math.max(box.left, start);
              return { text: (link.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40), width: box.width, shown, room: end - start, scrolled: region.scrollLeft };
            });
            if (seen && seen.shown < Math.min(seen.width, seen.room / 2) - 1) {
              problems.push(`${story.path} at ${width} px (${key}): the header "${seen.text}" shows ${Math.round(seen.shown)} of its ${Math.round(seen.width)} px beside the claims' column (${Math.round(seen.room)} px of room, scrolled ${Math.round(seen.scrolled)} px)`);
            }
          }
        }
      }
      await page.close();
    }
    expectNone(`column headers cut when focused in the ${corpus.name} build`, problems);
  });

  it("prints each cell's stance in whole words on an A4 sheet", async () => {
    const site = await suite.site(corpus);
    const stories = site.pages.filter((page) => page.kind === 'story' && readFileSync(path.join(site.outDir, page.file), 'utf8').includes('class="matrix'));
    // A4 less Chromium's default margins, as reading.test.ts prints.
    const page = await (await suite.browser()).newPage({ viewport: { width: 718, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    const problems: string[] = [];
    for (const story of stories) {
      await page.goto(site.server.url(story.path), { waitUntil: 'load' });
      const broken = await page.evaluate(() => {
        const found: string[] = [];
        for (const cell of document.querySelectorAll('.matrix td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const text = walker.currentNode as Text;
            // The stance's word, not the note of the cell's other stances ("also qualifies").
            if (text.parentElement?.closest('.meta')) continue;
            for (const word of text.data.matchAll(/[^\s-]+/g)) {
              const range = document.createRange();
              range.setStart(text, word.index);
              range.setEnd(text, word.index + word[0].length);
              if (new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size > 1) found.push(word[0]);
            }
          }
        }
        return found;
      });
      if (broken.length > 0) problems.push(`${story.path}  ${broken.length} stance word(s) printed over two lines: ${[...new Set(broken)].join(', ')}`);
    }
    await page.close();
    expectNone(`stance words cut in the printed matrix of the ${corpus.name} build`, problems);
  });
});
