/**
 * A 320 px wide screen (WCAG 1.4.10 Reflow), on every page of the real content and of the good
 * fixture: the page never scrolls sideways and nothing sticks out past the right edge. A wide
 * table may scroll inside its own wrapper, which must then be reachable by keyboard
 * (tabindex="0") and labelled, so a keyboard user can scroll it and a screen reader names it.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { browserSuite, expectNone } from '../support/harness.ts';
import { corpora } from '../support/site.ts';

const width = 320;

const suite = browserSuite();
beforeAll(() => suite.browser());
afterAll(() => suite.close());

/** Runs in the page: everything wrong with the layout at the current width. */
function reflowProblems(): string[] {
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
    }
  }
  // Content past the right edge that no scrolling wrapper holds is cut off. Only the outermost
  // such element is named.
  const reported = new Set<Element>();
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || rect.right <= viewport + 1) continue;
    let inside: Element | null = el.parentElement;
    let held = false;
    while (inside && inside !== document.body) {
      const overflow = getComputedStyle(inside).overflowX;
      if (reported.has(inside) || scrollers.has(inside) || overflow === 'hidden' || overflow === 'clip') {
        held = true;
        break;
      }
      inside = inside.parentElement;
    }
    if (held || getComputedStyle(el).position === 'fixed') continue;
    reported.add(el);
    problems.push(`${describe(el)} reaches ${Math.round(rect.right)} px, past the ${viewport} px edge`);
  }
  return problems;
}

describe.each(corpora)('the $name build at 320 px', (corpus) => {
  it('never scrolls sideways, on any page', async () => {
    const site = await suite.site(corpus);
    const context = await (await suite.browser()).newContext({ viewport: { width, height: 640 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const { path } of site.pages) {
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      for (const problem of await page.evaluate(reflowProblems)) problems.push(`${path}  ${problem}`);
    }
    await context.close();
    expectNone(`reflow problems at ${width} px in the ${corpus.name} build`, problems);
  });
});
