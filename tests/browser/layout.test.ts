/**
 * A 320 px wide screen (WCAG 1.4.10 Reflow), on every page of every corpus (site.ts: the real
 * content, the good and the reading fixtures): the page never scrolls sideways and nothing sticks
 * out past the right edge. A wide table may scroll inside its own wrapper, which must then be
 * reachable by keyboard (tabindex="0") and labelled, so a keyboard user can scroll it and a screen
 * reader names it, and what names the table (a caption, the wrapper's label) stays wholly in view,
 * however far the table is scrolled, and a row's header and first cell are in view together before
 * any scrolling, and no column is wider than its wrapper (than the room beside a first column
 * that stays put, sticky, as the coverage matrix's claims), nor is a word of a column header cut
 * over two lines when it would fit whole. The search page's results
 * too, searched for the longest word of the corpus.
 *
 * And the same at 320 px with text twice as large (WCAG 1.4.4 Resize Text: a reader who sets
 * the browser's font size to 32 px), on the reading fixture, whose long words, addresses and
 * code runs stress it: the status of a claim ("Corroborated", a box of its own) was wider than
 * the line a list gave it, and the page scrolled 4 px sideways. The search page too, without
 * JavaScript, where its plain form stays. And with text three times as large (48 px), beyond what
 * WCAG asks, as a reader with low vision sets it: the site's name ("Crosscheck", one word of 55 px
 * letters) and the stance labels ("◐ Qualifies", kept on one line) ran up to 80 px past the edge.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { browserSuite, eachPage, expectNone } from '../support/harness.ts';
import { contentFacts, corpora, readingCorpus } from '../support/site.ts';

const width = 320;

const suite = browserSuite();
afterAll(() => suite.close());

/**
 * Runs in the page: everything wrong with the layout at the current width. With `columns` false,
 * a scrolling table's columns are not measured (whether one is wider than its region, a header's
 * word cut, a row's first cell in view): with text twice as large, 320 px holds what 160 px would.
 */
function reflowProblems(columns: boolean): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  const describe = (el: Element) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}>${text ? ` "${text}"` : ''}`;
  };
  if (document.documentElement.scrollWidth > viewport) {
    problems.push(`the page scrolls sideways: scrollWidth ${document.documentElement.scrollWidth} px in a ${viewport} px viewport`);
  }
  const scrollers = new Set<Element>();
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const style = getComputedStyle(el);
    if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
      scrollers.add(el);
      const focusable = (el as HTMLElement).tabIndex >= 0;
      const label = el.getAttribute('aria-label')?.trim() || (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim();
      if (!focusable) problems.push(`${describe(el)} scrolls sideways but cannot be reached by keyboard (add tabindex="0")`);
      if (!label) problems.push(`${describe(el)} scrolls sideways but has no label (aria-label or aria-labelledby)`);
      // What names the table (its caption, the wrapper's label) must be read whole in the visible
      // part, however far the table is scrolled, not cut off mid-word at the wrapper's edge.
      const names = [el.querySelector('caption'), ...(el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id))];
      const start = el.scrollLeft;
      for (const name of names) {
        if (!name) continue;
        for (const scrollLeft of [0, el.scrollWidth]) {
          el.scrollLeft = scrollLeft;
          const box = el.getBoundingClientRect();
          const shown = name.getBoundingClientRect();
          if (shown.left < box.left - 1 || shown.right > box.right + 1) {
            problems.push(`${describe(name)} spans ${Math.round(shown.left)}–${Math.round(shown.right)} px, outside its scrolling wrapper's ${Math.round(box.left)}–${Math.round(box.right)} px${scrollLeft > 0 ? ' when scrolled to the end' : ''}`);
          }
        }
      }
      el.scrollLeft = start;
      // The table scrolls, so a column can be as wide as its header's longest word: a word cut
      // over two lines ("Unidentifie|d") is a column squeezed for nothing, when the word would fit
      // in the wrapper's width. Hyphens may break. But a column is never wider than the wrapper:
      // its header and cells could never be seen whole (an outlet's name of one 39-letter word).
      // A first column that stays put (sticky, the coverage matrix's claims) takes its width from
      // the room of the others, which scroll under it.
      const headers = columns ? Array.from(el.querySelectorAll('thead th')) : [];
      const fixed = headers[0] && getComputedStyle(headers[0]).position === 'sticky' ? headers[0] : undefined;
      const beside = el.clientWidth - (fixed?.getBoundingClientRect().width ?? 0);
      for (const th of headers) {
        const style = getComputedStyle(th);
        const room = el.clientWidth - ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((sum, key) => sum + parseFloat(style[key as 'paddingLeft']), 0);
        const wide = th.getBoundingClientRect().width;
        if (wide > el.clientWidth + 1) problems.push(`${describe(th)}: the column is ${Math.round(wide)} px wide, wider than its scrolling wrapper's ${el.clientWidth} px`);
        else if (fixed && th !== fixed && wide > beside + 1) problems.push(`${describe(th)}: the column is ${Math.round(wide)} px wide, wider than the ${Math.round(beside)} px its scrolling wrapper shows beside the first column, which stays put: part of it is always under that column`);
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const text = walker.currentNode as Text;
          for (const word of text.data.matchAll(/[^\s-]+/g)) {
            const range = document.createRange();
            range.setStart(text, word.index);
            range.setEnd(text, word.index + word[0].length);
            const rects = Array.from(range.getClientRects());
            const whole = rects.reduce((sum, r) => sum + r.width, 0);
            if (new Set(rects.map((r) => Math.round(r.top))).size > 1 && whole <= room - 1) problems.push(`${describe(th)}: the word "${word[0]}" is cut over two lines, though it would fit whole (${Math.round(whole)} of ${Math.round(room)} px)`);
          }
        }
      }
      // A wide table is read row by row: unscrolled, a row's header and its first cell are both
      // in view, or the reader must scroll sideways for every single value.
      const cell = columns ? el.querySelector('tbody tr th[scope="row"] + td') : null;
      if (cell) {
        const box = el.getBoundingClientRect();
        const shown = cell.getBoundingClientRect();
        if (shown.right > box.right + 1) {
          problems.push(`${describe(cell)}, a row's first cell, ends at ${Math.round(shown.right)} px, past its scrolling wrapper's ${Math.round(box.right)} px: the row header leaves it no room`);
        }
      }
    }
  }
  // Content past the right edge that no scrolling wrapper holds is cut off or widens the page.
  // The innermost such elements are named: their ancestors only stick out because of them.
  const outside: { el: Element; right: number }[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const rect = el.getBoundingClientRect();
    // Text that overflows its box (a long word, white-space: nowrap) counts as well as the box.
    // A drawing's parts are not boxes: their scrollWidth is no width on the page (a timeline's
    // label of 40 px read as 300), and their box holds all they draw.
    const right = getComputedStyle(el).overflowX === 'visible' && !(el instanceof SVGElement && el.tagName !== 'svg') ? Math.max(rect.right, rect.left + el.scrollWidth) : rect.right;
    if (rect.width === 0 || rect.height === 0 || right <= viewport + 1 || getComputedStyle(el).position === 'fixed') continue;
    // A scrolling or clipping ancestor holds the element only if it also holds the element's
    // containing block: absolutely positioned text escapes a wrapper that is not positioned.
    const position = getComputedStyle(el).position;
    const start = position === 'absolute' ? (el as HTMLElement).offsetParent : el.parentElement;
    let held = false;
    for (let inside = start; inside && inside !== document.body; inside = inside.parentElement) {
      const overflow = getComputedStyle(inside).overflowX;
      if (scrollers.has(inside) || overflow === 'hidden' || overflow === 'clip') {
        held = true;
        break;
      }
    }
    if (!held) outside.push({ el, right });
  }
  for (const { el, right } of outside) {
    if (outside.some((other) => other.el !== el && el.contains(other.el))) continue;
    problems.push(`${describe(el)} reaches ${Math.round(right)} px, past the ${viewport} px edge`);
  }
  return problems;
}

describe.each(corpora)('the $name build at 320 px', (corpus) => {
  it('never scrolls sideways, on any page', async () => {
    const site = await suite.site(corpus);
    const context = await (await suite.browser()).newContext({ viewport: { width, height: 640 } });
    const problems = await eachPage(context, site.pages, async (page, { path }) => {
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      return (await page.evaluate(reflowProblems, true)).map((problem) => `${path}  ${problem}`);
    });
    await context.close();
    expectNone(`reflow problems at ${width} px in the ${corpus.name} build`, problems);
  });

  it('shows search results without scrolling sideways, for the longest word', async () => {
    const site = await suite.site(corpus);
    const facts = contentFacts(corpus.content);
    const texts = [...facts.claims.map((c) => c.statement), ...facts.articles.map((a) => a.headline), ...facts.stories.map((s) => s.title)];
    const word = texts.flatMap((text) => text.match(/\p{L}+/gu) ?? []).reduce((longest, w) => (w.length > longest.length ? w : longest), '');
    const context = await (await suite.browser()).newContext({ viewport: { width, height: 640 } });
    const page = await context.newPage();
    await page.goto(site.server.url(`/search/?q=${encodeURIComponent(word)}`), { waitUntil: 'load' });
    await page.getByRole('main').getByText(/\bresults? for\b/i).first().waitFor({ state: 'visible', timeout: 15_000 });
    const problems = (await page.evaluate(reflowProblems, true)).map((problem) => `/search/?q=${word}  ${problem}`);
    await context.close();
    expectNone(`reflow problems in search results at ${width} px in the ${corpus.name} build`, problems);
  });
});

/**
 * Runs in the page: each date (`<time>`) of the main content whose words are cut over two lines
 * ("3 / June 2026") though the date would fit whole on a line of the block that holds it.
 */
function splitDates(): string[] {
  return Array.from(document.querySelectorAll('main time')).flatMap((time) => {
    const range = document.createRange();
    range.selectNodeContents(time);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
    if (new Set(rects.map((r) => Math.round(r.top))).size < 2) return [];
    let block = time.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block) return [];
    const style = getComputedStyle(block);
    const room = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const whole = rects.reduce((sum, r) => sum + r.width, 0);
    return whole <= room ? [`the date "${(time.textContent ?? '').trim()}" is cut over two lines, though it fits on one (${Math.round(whole)} of ${Math.round(room)} px)`] : [];
  });
}

describe(`the ${readingCorpus.name} build on narrow screens`, () => {
  // A date falls at the end of a line at some width or other: every width from 320 px to a large
  // phone's 414 px, 5 px apart, puts one there on each page that shows dates. At 320 px, a list's
  // "Outlet · 3 June 2026 · Report" read "3" at the end of one line and "June 2026" on the next.
  it('never cuts a date over two lines when it fits on one', async () => {
    const site = await suite.site(readingCorpus);
    const context = await (await suite.browser()).newContext({ viewport: { width, height: 640 } });
    const problems = await eachPage(context, site.pages, async (page, { path }) => {
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      if ((await page.locator('main time').count()) === 0) return [];
      const found = new Set<string>();
      for (let w = width; w <= 414; w += 5) {
        await page.setViewportSize({ width: w, height: 640 });
        for (const problem of await page.evaluate(splitDates)) found.add(`${path}  at ${w} px, ${problem}`);
      }
      await page.setViewportSize({ width, height: 640 });
      return [...found];
    });
    await context.close();
    expectNone(`dates cut over two lines in the ${readingCorpus.name} build`, problems);
  });
});

/** The browser's standard and fixed font sizes, as a reader sets them: twice and three times 16 and 13 px. */
const largerText = [
  { times: 'twice', standard: 32, fixed: 26 },
  { times: 'three times', standard: 48, fixed: 39 },
];

describe.each(largerText)(`the ${readingCorpus.name} build at 320 px, with text $times as large`, ({ times, standard, fixed }) => {
  it('never scrolls sideways, on any page, and nothing sticks out past the edge', async () => {
    const site = await suite.site(readingCorpus);
    const context = await (await suite.browser()).newContext({ viewport: { width, height: 640 } });
    // The browser's own font sizes (Settings, Appearance, Font size), as a reader sets them.
    // Every size of the stylesheet is relative to them.
    const larger = async (page: Page) => {
      const session = await context.newCDPSession(page);
      await session.send('Page.setFontSizes', { fontSizes: { standard, fixed } });
    };
    const problems = await eachPage(context, site.pages, async (page, { path }) => {
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      if (size !== `${standard}px`) return [`${path}  the text is ${size}, not ${standard}px: the font size was not set`];
      return (await page.evaluate(reflowProblems, false)).map((problem) => `${path}  ${problem}`);
    }, { setUp: larger });
    await context.close();
    expectNone(`reflow problems at ${width} px with text ${times} as large in the ${readingCorpus.name} build`, problems);
  });

  it('shows the search page without JavaScript without scrolling sideways', async () => {
    // Without script the plain form stays (with it, Pagefind's replaces it once loaded): its
    // field, as wide as twenty characters of the larger text, was 408 px wide at 320 px.
    const site = await suite.site(readingCorpus);
    const context = await (await suite.browser()).newContext({ viewport: { width, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard, fixed } });
    await page.goto(site.server.url('/search/'), { waitUntil: 'load' });
    const problems = [
      ...((await page.getByRole('searchbox').isVisible()) ? [] : ['/search/  the form is not shown']),
      ...(await page.evaluate(reflowProblems, false)).map((problem) => `/search/  ${problem}`),
    ];
    await context.close();
    expectNone(`reflow problems on the search page without JavaScript at ${width} px with text ${times} as large`, problems);
  });
});
