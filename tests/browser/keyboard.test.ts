/**
 * Keyboard only, on every page of the real content and of the good fixture:
 *
 * - the first Tab from the top lands on a visible "Skip to content" link, and following it moves
 *   focus to the main landmark, so the next Tab is the first control inside it;
 * - Tab then reaches every focusable element, in document order (no positive tabindex, nothing
 *   skipped), and never jumps backwards on the screen (up, or left on the same line);
 * - every element that takes focus shows it: a non-zero outline or a box shadow.
 */
import type { Page as BrowserPage } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { browserSuite, expectNone } from '../support/harness.ts';
import { corpora } from '../support/site.ts';

const suite = browserSuite();
beforeAll(() => suite.browser());
afterAll(() => suite.close());

/** More Tab presses than this on one page is a page to split, and a test that would never end. */
const maxStops = 1500;

interface Stop {
  /** Index in the page's list of tabbable elements (-1: not in it). */
  order: number;
  /** A short description: tag, id or text. */
  label: string;
  /** Whether it follows the previous stop in document order. */
  follows: boolean;
  indicator: boolean;
  visible: boolean;
  /** Page coordinates, for the visual order. */
  top: number;
  left: number;
  height: number;
  isBody: boolean;
}

/** Marks the tabbable elements in document order and returns how many there are and any positive tabindex. */
function markTabbables(): { count: number; positive: string[] } {
  const selector = 'a[href], area[href], button, input, select, textarea, iframe, summary, audio[controls], video[controls], [tabindex], [contenteditable=""], [contenteditable="true"]';
  const w = window as unknown as { __tabbables: Element[]; __previous: Element | null };
  const visible = (el: Element) => {
    const style = getComputedStyle(el);
    return el.getClientRects().length > 0 && style.visibility !== 'hidden';
  };
  w.__tabbables = Array.from(document.querySelectorAll(selector)).filter((el) => {
    const html = el as HTMLElement & { disabled?: boolean };
    if (html.tabIndex < 0 || html.disabled || el.closest('[inert]')) return false;
    if (el.closest('details:not([open])') && !(el.tagName === 'SUMMARY' && el.parentElement?.tagName === 'DETAILS')) return false;
    return visible(el);
  });
  w.__previous = null;
  const positive = w.__tabbables.filter((el) => (el as HTMLElement).tabIndex > 0).map((el) => el.outerHTML.slice(0, 80));
  return { count: w.__tabbables.length, positive };
}

/** Describes the focused element (run after each Tab). */
function describeFocus(): Stop {
  const w = window as unknown as { __tabbables: Element[]; __previous: Element | null };
  const el = document.activeElement ?? document.body;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  const rect = el.getBoundingClientRect();
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
  const label = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}>${text}`;
  const previous = w.__previous;
  const follows = !previous || previous === el ? true : Boolean(previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  w.__previous = el;
  return {
    order: w.__tabbables.indexOf(el),
    label,
    follows,
    indicator: outline || shadow,
    visible: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth,
    top: rect.top + window.scrollY,
    left: rect.left + window.scrollX,
    height: rect.height,
    isBody: el === document.body || el === document.documentElement,
  };
}

async function checkPage(page: BrowserPage, url: string, pathname: string): Promise<string[]> {
  const problems: string[] = [];
  const report = (what: string) => problems.push(`${pathname}  ${what}`);
  await page.goto(url, { waitUntil: 'load' });

  // The first stop is the skip link, shown when focused; following it focuses <main>.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /^skip to (main )?content$/i });
  if ((await skip.count()) !== 1 || !(await skip.evaluate((el) => el === document.activeElement))) {
    report(`the first Tab does not land on a "Skip to content" link (it lands on ${(await page.evaluate(describeFocus)).label})`);
  } else {
    const first = await page.evaluate(describeFocus);
    if (!first.visible) report('the skip link stays off screen when focused');
    if (!first.indicator) report('the skip link shows no focus indicator');
    await page.keyboard.press('Enter');
    const onMain = await page.getByRole('main').evaluate((el) => el === document.activeElement);
    if (!onMain) report(`following the skip link does not move focus to the main landmark (focus is on ${(await page.evaluate(describeFocus)).label})`);
    const firstInMain = await page.getByRole('main').evaluate((main) => {
      const candidates = Array.from(main.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'));
      return candidates.find((el) => el.getClientRects().length > 0 && !(el as HTMLElement & { disabled?: boolean }).disabled) ?? null;
    });
    if (onMain && firstInMain) {
      await page.keyboard.press('Tab');
      const inMain = await page.getByRole('main').evaluate((main) => main.contains(document.activeElement) && main !== document.activeElement);
      if (!inMain) report('the Tab after the skip link does not land inside <main>');
    }
  }

  // From the top again: every stop, in order, each with a visible focus indicator.
  await page.goto(url, { waitUntil: 'load' });
  const { count, positive } = await page.evaluate(markTabbables);
  for (const html of positive) report(`positive tabindex breaks the order: ${html}`);
  const reached = new Set<number>();
  let previous: Stop | undefined;
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(describeFocus);
    if (stop.isBody || (stop.order === 0 && reached.has(0))) break;
    if (reached.has(stop.order) && stop.order >= 0) {
      report(`focus came back to ${stop.label}: a keyboard trap or a loop`);
      break;
    }
    reached.add(stop.order);
    if (!stop.follows) report(`focus goes backwards in the document: ${previous?.label} → ${stop.label}`);
    if (!stop.indicator) report(`no visible focus indicator (outline or box shadow) on ${stop.label}`);
    if (!stop.visible) report(`focused but not on screen: ${stop.label}`);
    if (previous && previous.order !== 0) {
      // Visual order: never up a line, never left along the same line. The skip link (order 0) is positioned on its own.
      const sameLine = Math.abs(stop.top - previous.top) < Math.min(stop.height, previous.height) / 2;
      if (stop.top < previous.top - 2 && !sameLine) report(`focus jumps up the page: ${previous.label} → ${stop.label}`);
      else if (sameLine && stop.left < previous.left - 1) report(`focus jumps left along a line: ${previous.label} → ${stop.label}`);
    }
    previous = stop;
    if (i === maxStops - 1) report(`more than ${maxStops} Tab stops`);
  }
  const missed = count - [...reached].filter((n) => n >= 0).length;
  if (missed > 0) {
    const labels = await page.evaluate((seen) => {
      const w = window as unknown as { __tabbables: Element[] };
      return w.__tabbables.filter((_, i) => !seen.includes(i)).map((el) => el.outerHTML.slice(0, 100));
    }, [...reached]);
    report(`${missed} focusable element(s) never reached by Tab: ${labels.join(' ; ')}`);
  }
  return problems;
}

describe.each(corpora)('the keyboard on every page of the $name build', (corpus) => {
  it('reaches a skip link first, then everything in order, always showing focus', async () => {
    const site = await suite.site(corpus);
    const context = await (await suite.browser()).newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const { path: pathname } of site.pages) problems.push(...(await checkPage(page, site.server.url(pathname), pathname)));
    await context.close();
    expectNone(`keyboard problems in the ${corpus.name} build`, problems);
  });
});
