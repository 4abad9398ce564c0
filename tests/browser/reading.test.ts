/**
 * A reader's path through the site in Chromium, on every corpus (site.ts: the real content, the
 * good and the reading fixtures), with every element found by its role and accessible name (the
 * names come from the content files, so a page that shows the wrong title fails):
 *
 * - home → a story → one of its claims → an evidence link to the mention's span in the
 *   article record (the URL fragment targets the span, with the right id and text) → back to the
 *   claim through the mention link;
 * - the search page, typed into like a reader would, finds the story by its title and opens it,
 *   with no script error;
 * - an old id's URL (a redirect page) takes the browser to a page of the site;
 * - light and dark colour schemes both apply; on the story page, @axe-core/playwright's colour
 *   rules pass in each (axe.test.ts runs every WCAG rule in both schemes on every page);
 * - the print stylesheet hides navigation, keeps the content, and a PDF can be made; printed
 *   from a dark screen, every colour is still dark on white (axe's contrast rule in print), and
 *   no page (its coverage matrix, a body's table of thirty columns) is wider than an A4 sheet, and
 *   a table of four columns or fewer prints its words whole (all but long words); a link to a passage in an original
 *   prints the article's address, not its text fragment; a claim page prints its own address,
 *   and the full address of each piece of its evidence in our records after its link.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContextOptions, Page as BrowserPage } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { LONG_WORD } from '../../src/lib/long-words.ts';
import { browserSuite, eachPage, expectNone, type ServedSite } from '../support/harness.ts';
import { contentFacts, corpora, normalise, siteOrigin, type ContentFacts } from '../support/site.ts';

const suite = browserSuite();
afterAll(() => suite.close());

/** Escapes text for use inside a regular expression. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches an accessible name that contains `text`, whatever the white space. */
const named = (text: string) => new RegExp(literal(normalise(text)).replace(/ /g, '\\s+'), 'i');

async function newPage(site: ServedSite, options: BrowserContextOptions = {}) {
  const context = await (await suite.browser()).newContext(options);
  const page = await context.newPage();
  return { context, page, go: (pathname: string) => page.goto(site.server.url(pathname), { waitUntil: 'load' }) };
}

const pathOf = (page: BrowserPage) => new URL(page.url()).pathname;

/** The story, claim and mention the reading flow follows: the first claim of the first story with evidence. */
function route(facts: ContentFacts) {
  for (const story of facts.stories) {
    for (const claim of facts.claims.filter((c) => c.story === story.id)) {
      const mention = facts.mentions.find((m) => m.claim === claim.id);
      if (mention) return { story, claim, mention };
    }
  }
  return undefined;
}

describe.each(corpora)('reading the $name build', (corpus) => {
  // Built and served on first use (shared by the tests), so a failed build fails each test.
  const open = async () => ({ site: await suite.site(corpus), facts: contentFacts(corpus.content) });

  it('goes from home to a story, a claim, its evidence in an article, and back', async () => {
    const { site, facts } = await open();
    const flow = route(facts);
    if (!flow) throw new Error(`${corpus.content} has no story with a claim that an article mentions`);
    const { story, claim } = flow;
    const { context, page, go } = await newPage(site);

    await go('/');
    await page.getByRole('main').getByRole('link', { name: named(story.title) }).first().click();
    expect(pathOf(page)).toBe(`/stories/${story.id}/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(named(story.title));

    // A large story's page shows the claims covered most; the others are one link away, on the story's claims page.
    if ((await page.getByRole('main').getByRole('link', { name: named(claim.statement) }).count()) === 0) {
      await page.getByRole('main').getByRole('link', { name: /^the story’s claims page$/ }).click();
      expect(pathOf(page)).toBe(`/stories/${story.id}/claims/`);
    }
    await page.getByRole('main').getByRole('link', { name: named(claim.statement) }).first().click();
    expect(pathOf(page)).toBe(`/claims/${claim.id}/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(named(claim.statement));

    // The evidence: links from the claim page into an article record, at the mention's span.
    const evidence = page.getByRole('main').getByRole('link').and(page.locator('a[href*="/articles/"][href*="#"]'));
    const count = await evidence.count();
    expect(count, `the claim page /claims/${claim.id}/ has no link to a mention in an article`).toBeGreaterThan(0);
    const href = (await evidence.first().getAttribute('href')) ?? '';
    const target = new URL(href, page.url());
    const slug = /^\/articles\/([^/]+)\/$/.exec(target.pathname)?.[1] ?? '';
    const article = facts.articles.find((a) => a.slug === slug);
    if (!article) throw new Error(`the evidence link ${href} on /claims/${claim.id}/ names no article of the corpus`);
    await evidence.first().click();
    await page.waitForURL((url) => url.pathname === target.pathname);
    expect(new URL(page.url()).hash).toBe(target.hash);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(named(article.headline));

    // The fragment targets the span: one element, with that id, showing the quoted words.
    const span = page.locator(':target');
    expect(await span.count()).toBe(1);
    expect(await span.getAttribute('id')).toBe(decodeURIComponent(target.hash.slice(1)));
    const spanText = normalise(await span.innerText());
    const expected = facts.mentions.filter((m) => m.article === slug && m.claim === claim.id).map((m) => normalise(m.text));
    expect(expected, `the span "${spanText}" is not a mention of ${claim.id} in ${slug}`).toContain(spanText);
    expect(await span.isVisible()).toBe(true);
    // Within a pixel: the browser scrolls the span's top to the viewport's, and with fractional
    // line heights above it (an h3 record heading is 1.05rem) that lands at -0.03 px.
    await expect.poll(() => span.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.bottom <= window.innerHeight + 1;
    })).toBe(true);

    // The mention itself is a link back to the claim.
    const back = page.getByRole('link', { name: named(spanText) }).and(span);
    expect(await back.count(), 'the targeted span is not a link named by its text').toBe(1);
    await back.click();
    expect(pathOf(page)).toBe(`/claims/${claim.id}/`);
    await context.close();
  });

  it('finds a story by its title on the search page', async () => {
    const { site, facts } = await open();
    expect(existsSync(path.join(site.outDir, 'search', 'index.html')), 'the build has no /search/ page').toBe(true);
    expect(existsSync(path.join(site.outDir, 'pagefind', '0', 'pagefind.js')), 'the search page exists but there is no Pagefind index').toBe(true);
    const story = facts.stories[0];
    if (!story) throw new Error(`${corpus.content} has no story to search for`);
    const { context, page, go } = await newPage(site);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await go('/search/');
    // The search box, as a reader finds it: by its role and name (the UI searches as one types).
    const box = page.getByRole('searchbox', { name: /search/i }).or(page.getByRole('textbox', { name: /search/i })).filter({ visible: true }).first();
    await box.fill(story.title);
    const result = page.getByRole('main').getByRole('link', { name: named(story.title) }).first();
    await result.waitFor({ state: 'visible', timeout: 15_000 });
    await result.click();
    expect(pathOf(page)).toBe(`/stories/${story.id}/`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows a record's facts as separate words in search excerpts: a byline searched for is its own words", async () => {
    const { site, facts } = await open();
    const bylined = facts.articles.filter((a) => a.byline);
    const { context, page, go } = await newPage(site);
    const problems: string[] = [];
    for (const article of bylined.slice(0, 3)) {
      const words = article.byline!.split(/\s+/);
      const last = words.at(-1)!;
      await go(`/search/?q=${encodeURIComponent(last)}`);
      const result = page.locator('.pagefind-ui__result').filter({ has: page.locator(`a[href$="/articles/${article.slug}/"]`) }).first();
      await result.waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForFunction(() => document.querySelector('.pagefind-ui__loading') === null, undefined, { timeout: 15_000 });
      const excerpt = normalise((await result.locator('.pagefind-ui__result-excerpt').allInnerTexts()).join(' '));
      // Each word of the byline stands on its own: not run into the label before it or the next fact.
      const tokens = new Set(excerpt.split(' ').map((t) => t.replace(/^[\p{P}]+|[\p{P}]+$/gu, '')));
      const runTogether = words.filter((w) => excerpt.includes(w) && !tokens.has(w));
      if (runTogether.length > 0) problems.push(`/search/?q=${last}  the excerpt of /articles/${article.slug}/ runs ${runTogether.map((w) => `"${w}"`).join(', ')} into the words beside it: "${excerpt}"`);
    }
    await context.close();
    expectNone(`search excerpts in the ${corpus.name} build`, problems);
  });

  it('takes a reader from an old id\'s URL to the page that replaced it', async () => {
    const { site } = await open();
    const { context, page } = await newPage(site);
    const problems: string[] = [];
    const reading = new Set(site.pages.map((p) => p.path));
    for (const { path: from } of site.redirects) {
      await page.goto(site.server.url(from));
      await page.waitForURL((url) => url.pathname !== from, { timeout: 5_000 }).catch(() => undefined);
      await page.waitForLoadState('load');
      const to = pathOf(page);
      if (to === from) problems.push(`${from}  stays put: the redirect does not send the browser on`);
      else if (!reading.has(to)) problems.push(`${from}  sends the browser to ${to}, which is not a page of the site`);
    }
    await context.close();
    expectNone(`redirects in the ${corpus.name} build`, problems);
  });

  it('applies the light and the dark colour scheme, both with enough contrast', async () => {
    const { site } = await open();
    const { context, page, go } = await newPage(site);
    const contrast: string[] = [];
    const colours = async () =>
      page.evaluate(() => {
        const luminance = (css: string) => {
          const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        };
        const style = getComputedStyle(document.body);
        return { background: luminance(style.backgroundColor), text: luminance(style.color) };
      });
    for (const pathname of samplePaths(site)) {
      await go(pathname);
      await page.emulateMedia({ colorScheme: 'light' });
      const light = await colours();
      expect(light.background, `${pathname}: light background`).toBeGreaterThan(0.8);
      expect(light.text, `${pathname}: light text`).toBeLessThan(0.3);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await colours();
      expect(dark.background, `${pathname}: dark background`).toBeLessThan(0.2);
      expect(dark.text, `${pathname}: dark text`).toBeGreaterThan(0.7);
      // The story page carries the most colour (stances in the coverage matrix): checked here
      // with @axe-core/playwright; axe.test.ts checks every page in both schemes.
      if (!pathname.startsWith('/stories/')) continue;
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
        for (const violation of results.violations) {
          contrast.push(`${pathname} [${colorScheme}] ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
        }
      }
    }
    expectNone('colour contrast', contrast);
    await context.close();
  });

  it('prints the content without the navigation, and makes a PDF', async () => {
    const { site } = await open();
    const { context, page, go } = await newPage(site);
    for (const pathname of samplePaths(site)) {
      await go(pathname);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible(), `${pathname}: main navigation printed`).toBe(false);
      expect(await page.getByRole('link', { name: /skip to/i }).isVisible(), `${pathname}: skip link printed`).toBe(false);
      expect(await page.getByRole('main').isVisible(), `${pathname}: main content not printed`).toBe(true);
      expect(await page.getByRole('heading', { level: 1 }).isVisible(), `${pathname}: heading not printed`).toBe(true);
      // Print is always dark on light, whatever the reader's scheme.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background, `${pathname}: printed background`).toMatch(/^rgba?\(255, 255, 255|^rgba\(0, 0, 0, 0\)$/);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString('latin1'), `${pathname}: page.pdf()`).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(1000);
      await page.emulateMedia({ media: null, colorScheme: null });
    }
    await context.close();
  });

  it('prints every colour readable on white paper, whatever the reader\'s scheme', async () => {
    const { site } = await open();
    const { context, page, go } = await newPage(site);
    const contrast: string[] = [];
    for (const pathname of samplePaths(site)) {
      await go(pathname);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ media: 'print', colorScheme });
        const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
        for (const violation of results.violations) {
          contrast.push(`${pathname} [print, ${colorScheme}] ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
        }
      }
    }
    await context.close();
    expectNone('colour contrast in print', contrast);
  });

  it('prints an original article\'s address after a link to its passage, without the text fragment', async () => {
    const { site } = await open();
    const withFragments = site.pages.filter((p) => readFileSync(path.join(site.outDir, p.file), 'utf8').includes('#:~:text=')).slice(0, 3);
    if (withFragments.length === 0) return; // a corpus without original URLs has no such link
    const { context, page, go } = await newPage(site);
    await page.emulateMedia({ media: 'print' });
    const problems: string[] = [];
    for (const { path: pathname } of withFragments) {
      await go(pathname);
      const printed = await page.evaluate(() =>
        Array.from(document.querySelectorAll('main a[href*="#:~:"]'), (a) => getComputedStyle(a, '::after').content),
      );
      expect(printed.length, `${pathname}: links to a passage in the original`).toBeGreaterThan(0);
      for (const content of printed) {
        if (content.includes(':~:') || !/https?:/.test(content)) problems.push(`${pathname}  prints ${content}`);
      }
    }
    await context.close();
    expectNone('printed addresses of links to passages', problems);
  });

  it('prints a claim page\'s own address, and the full address of each piece of its evidence in our records', async () => {
    const { site, facts } = await open();
    const claim = route(facts)?.claim;
    if (!claim) throw new Error(`the ${corpus.name} corpus has no claim with evidence`);
    const pathname = `/claims/${claim.id}/`;
    const origin = siteOrigin(site.outDir);
    const { context, page, go } = await newPage(site);
    await go(pathname);
    await page.emulateMedia({ media: 'print' });
    const problems: string[] = [];
    // The address, as a reader sees it on the sheet: the page's text, shown in print.
    const address = new URL(pathname, origin).href;
    const shown = await page.getByRole('main').getByText(address, { exact: true }).filter({ visible: true }).count();
    if (shown !== 1) problems.push(`${pathname}  prints its address ${address} ${shown} times, not once`);
    // A link to our record of a passage prints its address in full after it, as a link to another site does.
    const links = await page.evaluate(() =>
      Array.from(document.querySelectorAll('main .evidence a[href^="/articles/"]'), (a) => ({ href: a.getAttribute('href') ?? '', after: getComputedStyle(a, '::after').content, text: (a.textContent ?? '').trim() })),
    );
    if (links.length === 0) problems.push(`${pathname}  has no link to the evidence in our records`);
    for (const link of links) {
      const full = new URL(link.href, origin).href;
      if (!link.after.includes(`<${full}>`)) problems.push(`${pathname}  prints "${link.text}" followed by ${link.after}, not its address <${full}>`);
    }
    await context.close();
    expectNone('printed addresses of a claim page', problems);
  });

  // A table of four columns or fewer has room on the sheet for each column's longest word shorter
  // than a long word (LONG_WORD letters; a longer one, .long-word, may break anywhere): squeezed by a
  // column of long words and an address, a body's table of three columns printed "R|o|ut|e".
  it('prints every page within the width of an A4 sheet, so no column is cut off, and a table of four columns or fewer with its short words whole', async () => {
    const { site } = await open();
    // A4 is 794 CSS px wide; Chromium's default margins (about 1 cm each side) leave about 718.
    const width = 718;
    const context = await (await suite.browser()).newContext({ viewport: { width, height: 1000 } });
    // Every page: what makes one wide is its own content (a body's table of thirty columns).
    const problems = await eachPage(context, site.pages, async (page, { path: pathname }) => {
      await page.emulateMedia({ media: 'print' });
      await page.goto(site.server.url(pathname), { waitUntil: 'load' });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      const cut = await page.evaluate((longWord) => {
        const found: string[] = [];
        for (const table of Array.from(document.querySelectorAll<HTMLTableElement>('main table'))) {
          if (Math.max(...Array.from(table.rows, (row) => row.cells.length)) > 4) continue;
          const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const text = walker.currentNode as Text;
            if (!text.parentElement?.closest('th, td') || text.parentElement.closest('.long-word')) continue;
            for (const word of text.data.matchAll(/[^\s-]+/g)) {
              if ([...word[0]].length >= longWord) continue;
              const range = document.createRange();
              range.setStart(text, word.index);
              range.setEnd(text, word.index + word[0].length);
              if (new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size > 1) found.push(word[0]);
            }
          }
        }
        return found;
      }, LONG_WORD);
      return [
        ...(scrollWidth > width ? [`${pathname}  is ${scrollWidth} px wide in print, past the ${width} px of the sheet`] : []),
        ...cut.map((word) => `${pathname}  prints "${word}", in a table of four columns or fewer, over two lines`),
      ];
    });
    await context.close();
    expectNone('pages wider than the printed sheet', problems);
  });
});

/** The home page and the first story, article and claim page of a build. */
function samplePaths(site: ServedSite): string[] {
  const paths = ['/'];
  for (const kind of ['story', 'article', 'claim'] as const) {
    const page = site.pages.find((p) => p.kind === kind);
    if (page) paths.push(page.path);
  }
  return paths;
}
