/**
 * Non-text contrast (WCAG 1.4.11), in the light and the dark colour scheme, on the reading fixture
 * (site.ts), where axe looks only at text:
 *
 * - the boundary of a control that a reader finds only by it, against what is around it: the
 *   search page's field and the checkboxes of its status filter (Pagefind's UI drew them in the
 *   site's hairline colour, 1.5:1 on white and 1.9:1 on the dark background: an unticked box was
 *   all but invisible);
 * - the focus ring of everything Tab reaches on a story's page (the matrix, the timeline's list)
 *   and on the search page with its results, against the background around it;
 * - the border of every status badge, and the timeline's marks and axis, against theirs.
 *
 * Each needs 3:1. Text is axe's (axe.test.ts, in both schemes).
 */
import type { Page as BrowserPage } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserSuite, eachPage, expectNone } from '../support/harness.ts';
import { readingCorpus } from '../support/site.ts';

const suite = browserSuite();
afterAll(() => suite.close());

const schemes = ['light', 'dark'] as const;

/**
 * Runs in the page: installs `window.__contrast(element, colour, what)`, which measures a colour
 * (an element's border, outline, fill or stroke) against the background drawn behind the element
 * (its own when `own`, else its parent's: an outline and a border sit outside what the element
 * paints), the translucent ones composed over what is under them, and returns a problem or nothing.
 */
function installContrast() {
  const parse = (colour: string): number[] => {
    const m = /rgba?\(([^)]+)\)/.exec(colour);
    if (!m) return [0, 0, 0, 0];
    const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + under[i]! * (1 - top[3]!)).concat(1);
  const background = (start: Element | null): number[] => {
    const layers: number[][] = [];
    for (let el = start; el; el = el.parentElement) {
      const colour = parse(getComputedStyle(el).backgroundColor);
      if (colour[3]! > 0) layers.push(colour);
      if (colour[3] === 1) break;
    }
    // The canvas under everything: the root's background, or white.
    return layers.reduceRight((under, top) => over(top, under), [255, 255, 255, 1]);
  };
  const luminance = (c: number[]) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const w = window as unknown as { __contrast: (el: Element, colour: string, what: string, own?: boolean) => string | undefined };
  w.__contrast = (el, colour, what, own = false) => {
    const behind = background(own ? el : el.parentElement);
    const drawn = over(parse(colour), behind);
    const [a, b] = [luminance(drawn), luminance(behind)].sort((x, y) => y - x);
    const ratio = (a! + 0.05) / (b! + 0.05);
    if (ratio >= 3) return undefined;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
    return `${what} of <${el.tagName.toLowerCase()}${cls}>${text ? ` "${text}"` : ''} is ${colour} on rgb(${behind.slice(0, 3).map(Math.round).join(', ')}): ${ratio.toFixed(2)}:1, under 3:1`;
  };
}

type Contrast = (el: Element, colour: string, what: string, own?: boolean) => string | undefined;

/** Runs in the page: the status badges' borders and the timeline's marks and axis. */
function marksAndBadges(): string[] {
  const contrast = (window as unknown as { __contrast: Contrast }).__contrast;
  const problems: (string | undefined)[] = [];
  for (const badge of Array.from(document.querySelectorAll('.status'))) problems.push(contrast(badge, getComputedStyle(badge).borderTopColor, 'the border'));
  for (const mark of Array.from(document.querySelectorAll('.timeline svg :is(circle, line)'))) {
    const style = getComputedStyle(mark);
    const svg = mark.closest('svg')!;
    // The mark is seen by its fill (a circle) or its stroke (the axis), whichever stands out more.
    const seen = [mark.tagName === 'circle' ? contrast(svg, style.fill, 'the fill of a circle') : 'none', contrast(svg, style.stroke, `the stroke of a ${mark.tagName}`)];
    if (seen.every(Boolean)) problems.push(seen.filter((s) => s !== 'none').join('; '));
  }
  return problems.filter((p): p is string => p !== undefined);
}

/** Runs in the page: the boundaries of the search page's field and of its filter's unticked checkboxes. */
function controlBoundaries(): string[] {
  const contrast = (window as unknown as { __contrast: Contrast }).__contrast;
  const controls = Array.from(document.querySelectorAll('#search input[type="text"], #search input[type="search"], #search input[type="checkbox"]:not(:checked)'));
  return controls.map((control) => contrast(control, getComputedStyle(control).borderTopColor, 'the border')).filter((p): p is string => p !== undefined);
}

/** Presses Tab through the page and measures each focus ring as it is drawn. */
async function focusRings(page: BrowserPage): Promise<{ problems: string[]; rings: number }> {
  const problems: string[] = [];
  let rings = 0;
  const count = await page.evaluate(() => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').length);
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const problem = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return undefined;
      const style = getComputedStyle(el);
      if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0) return undefined; // keyboard.test.ts asks for a ring
      return (window as unknown as { __contrast: Contrast }).__contrast(el, style.outlineColor, 'the focus ring') ?? '';
    });
    if (problem !== undefined) rings++;
    if (problem) problems.push(problem);
  }
  return { problems, rings };
}

/** A word of the fixture's search index that finds claims, whose status the filter offers. */
const query = 'bridge';

describe(`non-text contrast on the ${readingCorpus.name} build (WCAG 1.4.11)`, () => {
  it.each(schemes)('draws status badges and the timeline\'s marks at 3:1 against their background, %s', async (colorScheme) => {
    const site = await suite.site(readingCorpus);
    const context = await (await suite.browser()).newContext({ colorScheme });
    await context.addInitScript(installContrast);
    let seen = 0;
    const problems = await eachPage(context, site.pages, async (page, { path }) => {
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      seen += await page.locator('.status, .timeline svg circle').count();
      return (await page.evaluate(marksAndBadges)).map((problem) => `${path}  ${problem}`);
    });
    await context.close();
    expect(seen, 'no page has a status badge or a timeline to look at').toBeGreaterThan(0);
    expectNone(`non-text contrast of badges and marks (${colorScheme})`, problems);
  });

  it.each(schemes)('draws the search field and its filter\'s checkboxes at 3:1 against the page, %s', async (colorScheme) => {
    const site = await suite.site(readingCorpus);
    const context = await (await suite.browser()).newContext({ colorScheme });
    await context.addInitScript(installContrast);
    const page = await context.newPage();
    await page.goto(site.server.url(`/search/?q=${query}`), { waitUntil: 'load' });
    await page.locator('#search input[type="checkbox"]').first().waitFor({ state: 'attached', timeout: 15_000 });
    const problems = (await page.evaluate(controlBoundaries)).map((problem) => `/search/?q=${query}  ${problem}`);
    await context.close();
    expectNone(`non-text contrast of the search page's controls (${colorScheme})`, problems);
  });

  it.each(schemes)('draws every focus ring at 3:1 against the background around it, on a story\'s page and the search page, %s', async (colorScheme) => {
    const site = await suite.site(readingCorpus);
    const context = await (await suite.browser()).newContext({ colorScheme });
    await context.addInitScript(installContrast);
    const stories = site.pages.filter((p) => p.kind === 'story').map((p) => p.path);
    expect(stories.length).toBeGreaterThan(0);
    let measured = 0;
    const problems = await eachPage(context, [...stories, `/search/?q=${query}`], async (page, path) => {
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      if (path.startsWith('/search/')) await page.locator('#search input[type="checkbox"]').first().waitFor({ state: 'attached', timeout: 15_000 });
      const { problems: found, rings } = await focusRings(page);
      measured += rings;
      return found.map((problem) => `${path}  ${problem}`);
    });
    await context.close();
    expect(measured, 'no focus ring was measured').toBeGreaterThan(20);
    expectNone(`non-text contrast of focus rings (${colorScheme})`, problems);
  });
});
