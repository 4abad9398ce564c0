/**
 * The numbered pages of sub-pages and month pages (src/lib/pagination.ts), which the corpora of
 * the site-wide checks are too small to have: a synthetic story of 120 articles of one month from
 * two outlets, a claim all of them mention and an entity every claim is about
 * (scripts/lib/synthetic-corpus.ts) make every sub-page and month page two or more pages long. Every page of every sub-page, and the record pages that link them, must be in
 * the sitemap, pass axe (WCAG 2.2 AA, light and dark) and the Nu Html Checker, and be reachable
 * from page 1 by a keyboard-operable navigation.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { axeSource, violationsInBothSchemes } from '../support/axe.ts';
import { projectRoot } from '../support/build.ts';
import { browserSuite, eachPage, expectNone } from '../support/harness.ts';
import { siteOrigin, sitemapPaths, type Corpus } from '../support/site.ts';
import { formatVnuMessage, runVnu } from '../support/vnu.ts';

const content = 'node_modules/.cache/crosscheck-tests/numbered-pages/content';
// All in January, from two outlets: the month pages of the articles, the claims and each outlet are numbered too.
const generated = generateCorpus({ articles: 120, articlesPerStory: 120, focusClaim: true, focusEntity: true, seed: 5, articlesPerDay: 8, outlets: 2 });
writeCorpus(path.join(projectRoot, content), generated);
const corpus: Corpus = { name: 'numbered pages', content };

const first = (folder: string) => [...generated.files.keys()].filter((f) => f.startsWith(`${folder}/`)).map((f) => path.basename(f).replace(/\.\w+$/, '')).sort()[0]!;
const [story, claim, entity, outlet] = [first('stories'), first('claims'), first('entities'), first('outlets')];
/** Each sub-page, and its record's page; each month's page, and the archive's page. */
const subPages = [
  [`/stories/${story}/`, `/stories/${story}/timeline/`],
  [`/stories/${story}/`, `/stories/${story}/claims/`],
  [`/claims/${claim}/`, `/claims/${claim}/evidence/`],
  [`/entities/${entity}/`, `/entities/${entity}/articles/`],
  [`/entities/${entity}/`, `/entities/${entity}/claims/`],
  ['/articles/', '/articles/months/2026-01/'],
  ['/claims/', '/claims/months/2026-01/'],
  [`/outlets/${outlet}/`, `/outlets/${outlet}/months/2026-01/`],
] as const;

const suite = browserSuite();
afterAll(() => suite.close());

/** Every page of the sub-pages, found as a reader finds them: page 1 linked from the record's page, the others from page 1's navigation. */
async function numberedPages(): Promise<string[]> {
  const site = await suite.site(corpus);
  const read = (p: string) => readFileSync(path.join(site.outDir, p.slice(1), 'index.html'), 'utf8');
  return subPages.flatMap(([record, sub]) => {
    expect(read(record), `${record} links ${sub}`).toMatch(new RegExp(`href="${sub}(#[^"]*)?"`));
    const nav = /<nav aria-label="Pages of [^"]+" id="pages"[\s\S]*?<\/nav>/.exec(read(sub))?.[0] ?? '';
    const pages = [...nav.matchAll(/<a href="([^"]+)"(?: aria-current="page")?>/g)].map((m) => m[1]!);
    expect(pages.length, `${sub} has more than one page`).toBeGreaterThan(1);
    return pages;
  });
}

describe('the numbered pages of a story, a claim, an entity and a month', () => {
  it('are in the sitemap, each of them', async () => {
    const site = await suite.site(corpus);
    const pages = await numberedPages();
    const listed = new Set(sitemapPaths(site.outDir));
    expect(pages.filter((p) => !listed.has(p))).toEqual([]);
  });

  it('find no WCAG 2.2 AA violation in light or dark, nor do the record pages linking them', async () => {
    const site = await suite.site(corpus);
    const pages = [...new Set([...subPages.map(([record]) => record), ...(await numberedPages())])];
    const context = await (await suite.browser()).newContext();
    await context.addInitScript(axeSource);
    const problems = await eachPage(context, pages, async (page, p) => {
      await page.goto(site.server.url(p), { waitUntil: 'load' });
      return violationsInBothSchemes(page, p);
    });
    await context.close();
    expectNone('axe found violations on numbered pages', problems);
  });

  it('are valid HTML by the Nu Html Checker', async () => {
    const site = await suite.site(corpus);
    const pages = [...new Set([...subPages.map(([record]) => record), ...(await numberedPages())])];
    // Only these pages, copied aside: the rest of the site is the corpora's html.test.ts's.
    const aside = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/numbered-pages/vnu');
    rmSync(aside, { recursive: true, force: true });
    for (const p of pages) {
      mkdirSync(path.join(aside, p), { recursive: true });
      cpSync(path.join(site.outDir, p, 'index.html'), path.join(aside, p, 'index.html'));
    }
    const messages = await runVnu([aside]);
    expectNone('the Nu Html Checker found errors on numbered pages', messages.filter((m) => m.type !== 'info').map((m) => formatVnuMessage(m, aside)));
  });

  it('print no navigation, but where the pages are and where each link to a sub-page goes, in full', async () => {
    // On paper the pages' navigation was printed as "Previous page 1 2 3 Next page" (links that
    // cannot be followed), and a link to a sub-page ("its evidence pages", "from page 2") as its
    // words alone, with nothing to say where it goes.
    const site = await suite.site(corpus);
    const origin = siteOrigin(site.outDir);
    const pages = [...new Set([...subPages.map(([record]) => record), ...(await numberedPages())])];
    const context = await (await suite.browser()).newContext();
    const problems = await eachPage(context, pages, async (page, p) => {
      const found: string[] = [];
      await page.goto(site.server.url(p), { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => ({
        navs: Array.from(document.querySelectorAll('nav'), (nav) => ({ name: nav.getAttribute('aria-label') ?? '', shown: nav.checkVisibility() })),
        text: document.querySelector('main')!.innerText,
        links: Array.from(document.querySelectorAll('main a[href]'))
          .filter((a) => !a.closest('nav') && a.checkVisibility())
          .map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content, text: (a as HTMLElement).innerText })),
      }));
      for (const nav of printed.navs) if (nav.shown && /^Pages of|^Other months$/.test(nav.name)) found.push(`${p}  prints its navigation “${nav.name}”`);
      if (/the other pages follow the list/.test(printed.text)) found.push(`${p}  prints “the other pages follow the list”, which on paper they do not`);
      const pageNav = printed.navs.some((nav) => nav.name.startsWith('Pages of'));
      if (pageNav && !/The \d+ pages: page 1 at https?:\/\/\S+/.test(printed.text)) found.push(`${p}  prints no addresses of its pages`);
      const subPage = /^\/(?:stories|claims|entities|articles|outlets)\/[^/]+\/(?:timeline|claims|evidence|articles|contradictions|related|disputed)\/(?:\d+\/)?(?:#.*)?$/;
      for (const link of printed.links.filter((l) => subPage.test(l.href))) {
        const full = new URL(link.href.replace(/#.*$/, ''), origin).href;
        if (!link.after.includes(full)) found.push(`${p}  prints “${link.text}” followed by ${link.after}, not its address ${full}`);
      }
      return found;
    });
    await context.close();
    expectNone('printed navigation and links to sub-pages', problems);
  });

  it('go from page to page by keyboard: next, previous and each page by its number', async () => {
    const site = await suite.site(corpus);
    const page = await (await suite.browser()).newPage();
    const sub = `/claims/${claim}/evidence/`;
    await page.goto(site.server.url(sub));
    const nav = page.getByRole('navigation', { name: 'Pages of every mention' });
    await nav.getByRole('link', { name: 'Next page' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `${sub}2/`);
    await expect.poll(() => nav.locator('[aria-current="page"]').innerText()).toBe('2');
    await nav.getByRole('link', { name: 'Previous page' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === sub);
    await nav.getByRole('link', { name: '3', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `${sub}3/`);
    await page.close();
  });
});
