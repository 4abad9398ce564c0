/**
 * Keyboard only, on every page of every corpus (site.ts):
 *
 * - the first Tab from the top lands on a visible "Skip to content" link, and following it moves
 *   focus to the main landmark, so the next Tab is the first control inside it (followed on one
 *   page of each kind: the link comes from the layout);
 * - no page moves focus on load (autofocus), which would start a keyboard user past the skip link;
 * - Tab then reaches every focusable element, in document order (no positive tabindex, nothing
 *   skipped), and never jumps backwards on the screen (up, or against the reading direction on
 *   the same line: left in English, right in a passage quoted from an Arabic or Hebrew article);
 * - every element that takes focus shows it: a non-zero outline or a box shadow, on an element
 *   that is drawn (not transparent), and that nothing covers where it is (WCAG 2.4.11).
 */
import type { Page as BrowserPage } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { browserSuite, eachPage, expectNone } from '../support/harness.ts';
import { corpora } from '../support/site.ts';

const suite = browserSuite();
afterAll(() => suite.close());

/** Tab presses beyond the number of tabbable elements, to see focus leave the page and come back. */
const extraPresses = 4;

interface FocusRecord {
  /** A short description: tag, id, href and text. */
  label: string;
  /** A non-zero outline or a box shadow. */
  indicator: boolean;
  /** Has a size, and is not placed off the page (above, left of or right of it). */
  onPage: boolean;
  /** Drawn at all: neither it nor an ancestor is transparent (opacity 0), and it is not `visibility: hidden`. */
  drawn: boolean;
  /**
   * What is drawn over it, in the middle of the part of its first line in view (a sticky header,
   * a banner), or "nothing in view" when no part of it is on the screen; undefined when it is seen.
   */
  hiddenBy: string | undefined;
  /** Page coordinates of the element's first line box and of its whole box, for the visual order. */
  top: number;
  left: number;
  right: number;
  height: number;
  /**
   * The direction its line is read in (its block's, not its own: a Hebrew name isolated with
   * dir="auto" in an English list is on a left-to-right line): `rtl` in a passage quoted from an
   * Arabic or Hebrew article.
   */
  direction: string;
  boxTop: number;
  boxBottom: number;
}

/**
 * Init script: records every element that receives focus, measured at that moment (focus styles
 * such as the skip link's `:focus` position apply by then), so Tab can be pressed many times
 * with one look at the page at the end.
 */
function recordFocus() {
  const w = window as unknown as { __stops: FocusRecord[]; __stopElements: Element[] };
  w.__stops = [];
  w.__stopElements = [];
  document.addEventListener(
    'focusin',
    (event) => {
      const el = event.target as Element;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      const box = el.getBoundingClientRect();
      const first = el.getClientRects()[0] ?? box;
      const pageWidth = document.documentElement.scrollWidth;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      const href = el.getAttribute('href');
      const lineDirection = (inline: Element) => {
        let block: Element | null = inline.parentElement;
        while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        return getComputedStyle(block ?? inline).direction;
      };
      let opacity = 1;
      for (let up: Element | null = el; up; up = up.parentElement) opacity *= parseFloat(getComputedStyle(up).opacity);
      // Focus has scrolled the element into view by now: what the reader sees at its middle.
      const seen = {
        left: Math.max(first.left, 0),
        right: Math.min(first.right, document.documentElement.clientWidth),
        top: Math.max(first.top, 0),
        bottom: Math.min(first.bottom, document.documentElement.clientHeight),
      };
      let hiddenBy: string | undefined;
      if (seen.right <= seen.left || seen.bottom <= seen.top) hiddenBy = 'nothing in view';
      else {
        const hit = document.elementFromPoint((seen.left + seen.right) / 2, (seen.top + seen.bottom) / 2);
        if (hit && hit !== el && !el.contains(hit) && !hit.contains(el)) hiddenBy = `<${hit.tagName.toLowerCase()}${typeof hit.className === 'string' && hit.className ? `.${hit.className.trim().split(/\s+/).join('.')}` : ''}>`;
      }
      w.__stopElements.push(el);
      w.__stops.push({
        label: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${href ? ` href="${href}"` : ''}>${text}`,
        indicator: outline || shadow,
        onPage: box.width > 0 && box.height > 0 && box.top + window.scrollY >= 0 && box.left + window.scrollX >= 0 && box.right + window.scrollX <= pageWidth,
        drawn: opacity > 0 && style.visibility === 'visible',
        hiddenBy,
        top: first.top + window.scrollY,
        left: first.left + window.scrollX,
        right: first.right + window.scrollX,
        height: first.height,
        direction: lineDirection(el),
        boxTop: box.top + window.scrollY,
        boxBottom: box.bottom + window.scrollY,
      });
    },
    true,
  );
}

interface Analysis {
  /** How many elements Tab should reach. */
  count: number;
  /** Elements with a positive tabindex. */
  positive: string[];
  /** The stops, up to the first element focused twice, with their place among the tabbables (-1: not one). */
  stops: (FocusRecord & { order: number; follows: boolean })[];
  /** Whether focus came back to an element other than the first (a loop or a trap). */
  loopedAt: string | undefined;
  /** Tabbable elements Tab never reached. */
  missed: string[];
}

/** Runs in the page: the tabbable elements in document order, and how the recorded stops went through them. */
function analyseFocus(): Analysis {
  const w = window as unknown as { __stops: FocusRecord[]; __stopElements: Element[] };
  const selector =
    'a[href], area[href], button, input, select, textarea, iframe, summary, audio[controls], video[controls], [tabindex], [contenteditable=""], [contenteditable="true"]';
  const tabbables = Array.from(document.querySelectorAll(selector)).filter((el) => {
    const html = el as HTMLElement & { disabled?: boolean };
    if (html.tabIndex < 0 || html.disabled || el.closest('[inert]')) return false;
    if (el.closest('details:not([open])') && !(el.tagName === 'SUMMARY' && el.parentElement?.tagName === 'DETAILS')) return false;
    return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  });
  const stops: Analysis['stops'] = [];
  const seen = new Set<Element>();
  let loopedAt: string | undefined;
  // Judged from the first tabbable element on: a page that moved focus on load (autofocus) was
  // tabbed round once more to get there.
  const start = Math.max(0, w.__stopElements.indexOf(tabbables[0] as Element));
  for (const [i, el] of w.__stopElements.entries()) {
    if (i < start) continue;
    if (seen.has(el)) {
      // Back at the first stop: focus went round the page. Anywhere else: a loop.
      if (el !== w.__stopElements[start]) loopedAt = w.__stops[i]?.label;
      break;
    }
    const previous = i > start ? w.__stopElements[i - 1] : undefined;
    seen.add(el);
    stops.push({
      ...(w.__stops[i] as FocusRecord),
      order: tabbables.indexOf(el),
      follows: !previous || Boolean(previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
    });
  }
  return {
    count: tabbables.length,
    positive: tabbables.filter((el) => (el as HTMLElement).tabIndex > 0).map((el) => el.outerHTML.slice(0, 80)),
    stops,
    loopedAt,
    missed: tabbables.filter((el) => !seen.has(el)).map((el) => el.outerHTML.slice(0, 100)),
  };
}

const activeLabel = (page: BrowserPage) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}` : 'nothing';
  });

/** Opens a page; one that runs script (search) is given until its network is idle to settle. */
async function open(page: BrowserPage, url: string) {
  await page.goto(url, { waitUntil: 'load' });
  const scripted = await page.evaluate(() => Array.from(document.scripts).some((s) => s.type !== 'application/ld+json'));
  if (scripted) await page.waitForLoadState('networkidle');
}

async function checkPage(page: BrowserPage, url: string, pathname: string, followSkipLink: boolean): Promise<string[]> {
  const problems: string[] = [];
  const report = (what: string) => problems.push(`${pathname}  ${what}`);
  await open(page, url);
  const focusedOnLoad = await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null);
  if (focusedOnLoad) {
    report(`focus is moved on load to ${await activeLabel(page)} (autofocus): keyboard and screen reader users start past the skip link and the page's heading`);
  }

  // The first Tab lands on the skip link, shown when focused.
  const expected = (await page.evaluate(analyseFocus)).count * (focusedOnLoad ? 2 : 1);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /^skip to (main )?content$/i });
  const skipFirst = !focusedOnLoad && (await skip.evaluateAll((els) => els.length === 1 && els[0] === document.activeElement));
  if (!focusedOnLoad && !skipFirst) report(`the first Tab does not land on a "Skip to content" link (it lands on ${await activeLabel(page)})`);

  // Then on through the page: every stop, in order, each with a visible focus indicator. The
  // presses are sent without waiting for each to be acknowledged (about 70 ms each, a frame or
  // so): the browser still handles them one after another, and the recorder sees every stop.
  await Promise.all(Array.from({ length: expected + extraPresses - 1 }, () => page.keyboard.press('Tab')));
  const { positive, stops, loopedAt, missed } = await page.evaluate(analyseFocus);
  for (const html of positive) report(`a positive tabindex breaks the order: ${html}`);
  if (loopedAt) report(`focus came back to ${loopedAt} before leaving the page: a keyboard trap or a loop`);
  stops.forEach((stop, i) => {
    const previous = stops[i - 1];
    if (!stop.follows) report(`focus goes backwards in the document: ${previous?.label} → ${stop.label}`);
    if (!stop.indicator) report(`no visible focus indicator (outline or box shadow) on ${stop.label}`);
    if (!stop.onPage) report(`focused but off the page or without a size: ${stop.label}`);
    // Pagefind's "Clear" button, transparent while the field is empty, took focus unseen.
    if (!stop.drawn) report(`focused but not drawn (transparent or visibility: hidden), so its focus cannot be seen: ${stop.label}`);
    // WCAG 2.4.11 Focus Not Obscured: no sticky header or banner may cover what has focus.
    if (stop.drawn && stop.onPage && stop.hiddenBy) report(`focused but covered by ${stop.hiddenBy} (WCAG 2.4.11): ${stop.label}`);
    // Visual order: never up the page, never back along the same line (left, or right in a
    // right-to-left passage). The skip link (the first
    // stop) is positioned on its own, so the order is judged from the second stop on. "Up" means
    // wholly above the previous element, so cells of one table row or grid row, whose text
    // starts at different heights, are side by side.
    if (previous && i > 1) {
      const overlap = Math.min(stop.top + stop.height, previous.top + previous.height) - Math.max(stop.top, previous.top);
      const sameLine = overlap > Math.min(stop.height, previous.height) / 2;
      if (stop.boxBottom <= previous.boxTop) report(`focus jumps up the page: ${previous.label} → ${stop.label}`);
      else if (sameLine && stop.direction === 'rtl' && previous.direction === 'rtl') {
        if (stop.right > previous.right + 1) report(`focus jumps right along a right-to-left line: ${previous.label} → ${stop.label}`);
      } else if (sameLine && stop.left < previous.left - 1) report(`focus jumps left along a line: ${previous.label} → ${stop.label}`);
    }
  });
  if (missed.length > 0) report(`${missed.length} focusable element(s) never reached by Tab: ${missed.join(' ; ')}`);

  // Following the skip link moves focus to <main>, and the next Tab lands inside it.
  if (skipFirst && followSkipLink) {
    await skip.focus();
    await page.keyboard.press('Enter');
    const main = page.getByRole('main');
    const after = await main.evaluate((el) => ({
      focused: el === document.activeElement,
      hasFocusable: el.querySelector('a[href], button, input, select, textarea, summary, [tabindex="0"]') !== null,
    }));
    if (!after.focused) {
      report(`following the skip link does not move focus to the main landmark (focus is on ${await activeLabel(page)})`);
    } else if (after.hasFocusable) {
      await page.keyboard.press('Tab');
      if (!(await main.evaluate((el) => el !== document.activeElement && el.contains(document.activeElement)))) {
        report(`the Tab after the skip link does not land inside <main> (it lands on ${await activeLabel(page)})`);
      }
    }
  }
  return problems;
}

describe.each(corpora)('the keyboard on every page of the $name build', (corpus) => {
  it('reaches a skip link first, then everything in order, always showing focus', async () => {
    const site = await suite.site(corpus);
    const context = await (await suite.browser()).newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(recordFocus);
    // The skip link comes from the layout: following it is tried on one page of each kind.
    const firstOfKind = new Set(site.pages.filter((p, i) => site.pages.findIndex((q) => q.kind === p.kind) === i).map((p) => p.path));
    const problems = await eachPage(context, site.pages, (page, { path: pathname }) =>
      checkPage(page, site.server.url(pathname), pathname, firstOfKind.has(pathname)),
    );
    await context.close();
    expectNone(`keyboard problems in the ${corpus.name} build`, problems);
  });
});
