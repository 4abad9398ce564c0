/**
 * The outlets' and entities' letter pages (src/lib/name-index.ts), which only a site of more than
 * 100 outlets or entities has, so none of the fixture corpora the other browser tests open: the
 * same judges on a synthetic corpus of 130 of each, some named in other scripts or starting with a
 * digit or a symbol. axe with the WCAG 2.2 AA rules in light and dark, the Nu Html Checker, titles
 * of their own, and no horizontal scrolling at 320 px, on both indexes and every letter page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { axeSource, violationsInBothSchemes } from '../support/axe.ts';
import { projectRoot } from '../support/build.ts';
import { browserSuite, eachPage, expectNone } from '../support/harness.ts';
import { htmlPages, readingPages, type Corpus } from '../support/site.ts';
import { formatVnuMessage, runVnu } from '../support/vnu.ts';

const lettered: Corpus = { name: 'lettered indexes', content: 'node_modules/.cache/crosscheck-tests/letter-pages/content' };
const corpus = generateCorpus({ articles: 30, outlets: 130, entities: 130, seed: 11 });
/** Names filed under another bucket than A–Z: other scripts, a digit, punctuation, symbols only, a right-to-left script. */
const odd = ['Коммерсант', '朝日新聞', '1843 Magazine', '¡Hola! Noticias', '★★★', 'Élan Vital', 'הארץ', 'Ελευθεροτυπία'];
for (const folder of ['outlets', 'entities']) {
  [...corpus.files.keys()]
    .filter((f) => f.startsWith(`${folder}/`))
    .sort()
    .slice(0, odd.length)
    .forEach((file, i) => corpus.files.set(file, corpus.files.get(file)!.replace(/^name: .*$/m, `name: ${JSON.stringify(odd[i])}`)));
}
writeCorpus(path.join(projectRoot, lettered.content), corpus);

const suite = browserSuite();
afterAll(() => suite.close());
/** The two indexes and every letter page, numbered pages included. */
async function letterSite() {
  const site = await suite.site(lettered);
  const pages = site.pages.filter((p) => /^\/(outlets|entities)\/(letters\/.*)?$/.test(p.path));
  return { site, pages };
}

describe('the outlets’ and entities’ letter pages', () => {
  it('are made, under A–Z, the digits and the other scripts', async () => {
    const { pages } = await letterSite();
    const paths = pages.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/outlets/', '/entities/', '/outlets/letters/0-9/', '/entities/letters/cyrillic/', '/outlets/letters/han/', '/entities/letters/hebrew/', '/outlets/letters/other/']));
    expect(pages.length).toBeGreaterThan(20);
  });

  it('find no WCAG 2.2 AA violation in light or dark, and never scroll sideways at 320 px', async () => {
    const { site, pages } = await letterSite();
    const browser = await suite.browser();
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript(axeSource);
    const problems = await eachPage(context, pages, async (page, { path: pagePath }) => {
      const found: string[] = [];
      await page.goto(site.server.url(pagePath), { waitUntil: 'load' });
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scroll! > client!) found.push(`${pagePath}: ${scroll}px wide at 320px`);
      return [...found, ...(await violationsInBothSchemes(page, pagePath))];
    });
    await context.close();
    expectNone('letter pages with accessibility or reflow problems', problems);
  });

  it('are valid HTML by the Nu Html Checker, each with a title of its own', async () => {
    const { site, pages } = await letterSite();
    const copy = mkdtempSync(path.join(projectRoot, 'node_modules/.cache/letter-pages-vnu-'));
    try {
      for (const p of pages) cpSync(path.join(site.outDir, p.file), path.join(copy, p.file));
      const errors = (await runVnu([copy])).filter((m) => m.type !== 'info').map((m) => formatVnuMessage(m, copy));
      expectNone('the Nu Html Checker found errors on the letter pages', errors);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    const titles = pages.map((p) => load(readFileSync(path.join(site.outDir, p.file), 'utf8'))('title').text());
    expect(new Set(titles).size).toBe(titles.length);
    expect(readingPages(htmlPages(site.outDir)).length).toBeGreaterThan(pages.length);
  });
});
