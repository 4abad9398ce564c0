/**
 * The pages as a reader adapts them, in Chromium, on every page of the reading fixture (whose
 * content stresses them: site.ts), at 320 px and at 1280 px:
 *
 * - text spacing (WCAG 1.4.12): with line height 1.5, letter spacing 0.12em, word spacing
 *   0.16em and 2em after each paragraph, as a reader's style sheet sets them, no text is cut
 *   off: no box that hides what overflows it has more than it shows, no label of the timeline
 *   runs past a drawing that clips it or over another label, and the page does not scroll
 *   sideways at 320 px;
 * - target size (WCAG 2.5.8): every link and control is at least 24 by 24 px, or is a link in a
 *   line of text, or has room around it (a 24 px circle on its centre touches no other target).
 * - forced colours (Windows' contrast themes), light and dark: on a story's page, every cell of
 *   the coverage matrix says its stance in words, its claims' column (sticky) hides the columns
 *   that scroll under it, and every mark and label of the timeline is drawn in another colour
 *   than the page's background.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { browserSuite, eachPage, expectNone } from '../support/harness.ts';
import { readingCorpus } from '../support/site.ts';

const suite = browserSuite();
afterAll(() => suite.close());

const widths = [320, 1280];

/** Runs in the page: what of the matrix and the timeline cannot be read without the page's colours. */
function unreadableInForcedColours(): string[] {
  const problems: string[] = [];
  for (const cell of Array.from(document.querySelectorAll('.matrix tbody td'))) {
    if ((cell as HTMLElement).innerText.trim() === '') problems.push(`a matrix cell shows no words: ${cell.outerHTML.slice(0, 80)}`);
  }
  // A column that stays put while the others scroll under it (the claims') must hide them: drawn
  // with a gradient only, which forced colours drop, it let their words show through its own.
  for (const cell of Array.from(document.querySelectorAll('.matrix tr > *'))) {
    const style = getComputedStyle(cell);
    if (style.position === 'sticky' && /rgba\(.*, 0\)$|^transparent$/.test(style.backgroundColor)) problems.push(`a matrix cell that stays put while the columns scroll under it is see-through (background ${style.backgroundColor}): ${cell.outerHTML.slice(0, 80)}`);
  }
  const background = getComputedStyle(document.body).backgroundColor;
  for (const mark of Array.from(document.querySelectorAll('.timeline svg :is(circle, line, text)'))) {
    const style = getComputedStyle(mark);
    const paint = mark.tagName === 'line' ? style.stroke : style.fill;
    if (paint === background || paint === 'none' || /rgba\(.*, 0\)$/.test(paint)) problems.push(`the timeline's <${mark.tagName}> is drawn in ${paint}, the page's background`);
  }
  return problems;
}

/** A reader's text spacing, as the WCAG 1.4.12 bookmarklet sets it. */
const textSpacing = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** Runs in the page: the text that is cut off. */
function cutOff(): string[] {
  const problems: string[] = [];
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}> "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
  const viewport = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > viewport) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${viewport} px`);
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (el.closest('.visually-hidden, .sr-only, [hidden]')) continue;
    const style = getComputedStyle(el);
    if (el.getBoundingClientRect().width === 0) continue;
    const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if ((hidesX && el.scrollWidth > el.clientWidth + 1) || (hidesY && el.scrollHeight > el.clientHeight + 1)) {
      problems.push(`${describe(el)} shows ${el.clientWidth}×${el.clientHeight} px of ${el.scrollWidth}×${el.scrollHeight}`);
    }
  }
  for (const svg of Array.from(document.querySelectorAll('svg'))) {
    // Labels drawn over each other are lost as surely: the ticks of days close together (a story
    // covered on three days running, then weeks later) were drawn 20 of the drawing's 640 units
    // apart, their dates one blot.
    const labels = Array.from(svg.querySelectorAll('text'), (text) => ({ text: text.textContent ?? '', r: text.getBoundingClientRect() }));
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1)) {
        if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom) problems.push(`the drawing's labels "${a.text}" and "${b.text}" are drawn over each other`);
      }
    });
    if (getComputedStyle(svg).overflow === 'visible') continue;
    const box = svg.getBoundingClientRect();
    for (const text of Array.from(svg.querySelectorAll('text'))) {
      const r = text.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        problems.push(`the drawing's label "${text.textContent}" spans ${Math.round(r.left)}–${Math.round(r.right)} px, past its edges at ${Math.round(box.left)}–${Math.round(box.right)} px, which clip it`);
      }
    }
  }
  return problems;
}

/** Runs in the page: the links and controls smaller than 24 by 24 px with no room around them. */
function smallTargets(): string[] {
  const problems: string[] = [];
  const targets = Array.from(document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')).filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  });
  const boxes = targets.map((el) => el.getBoundingClientRect());
  const blockOf = (el: Element) => {
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    return block;
  };
  const words = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  targets.forEach((el, i) => {
    const r = boxes[i]!;
    if (r.width >= 24 && r.height >= 24) return;
    // In a sentence: a link whose line holds other words (the exception for inline targets).
    if (getComputedStyle(el).display.startsWith('inline') && words(blockOf(el)).length > words(el).length) return;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const crowded = targets.some((other, j) => {
      if (j === i || other.contains(el) || el.contains(other)) return false;
      const o = boxes[j]!;
      if (o.width < 24 || o.height < 24) return Math.hypot(x - (o.left + o.width / 2), y - (o.top + o.height / 2)) < 24;
      return Math.hypot(x - Math.max(o.left, Math.min(x, o.right)), y - Math.max(o.top, Math.min(y, o.bottom))) < 12;
    });
    if (crowded) problems.push(`<${el.tagName.toLowerCase()}> "${words(el).slice(0, 40)}" is ${Math.round(r.width)}×${Math.round(r.height)} px, with another target within 12 px of its centre`);
  });
  return problems;
}

describe(`the ${readingCorpus.name} build as readers adapt it`, () => {
  it.each(widths)('cuts no text off, and draws no label over another, with a reader\'s text spacing (WCAG 1.4.12), at %i px', async (width) => {
    const site = await suite.site(readingCorpus);
    // The reader's style sheet is theirs: the page's own policy does not apply to it.
    const context = await (await suite.browser()).newContext({ viewport: { width, height: 800 }, bypassCSP: true });
    const problems = await eachPage(context, site.pages, async (page, { path }) => {
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      await page.addStyleTag({ content: textSpacing });
      return (await page.evaluate(cutOff)).map((problem) => `${path}  ${problem}`);
    });
    await context.close();
    expectNone(`text cut off with wider text spacing at ${width} px`, problems);
  });

  it.each([320, 400, 500, 700, 1280])('draws the timeline’s labels at least 10 px tall, and inside the page, at %i px', async (width) => {
    // The drawing is scaled to the page's width: at 320 px its 12-unit date labels were 5 px tall.
    const site = await suite.site(readingCorpus);
    const context = await (await suite.browser()).newContext({ viewport: { width, height: 800 } });
    const stories = site.pages.filter((p) => p.kind === 'story');
    let labels = 0;
    const problems = await eachPage(context, stories, async (page, { path }) => {
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      const drawn = await page.evaluate(() =>
        Array.from(document.querySelectorAll<SVGTextElement>('.timeline svg text'))
          .filter((text) => text.checkVisibility())
          .map((text) => ({ text: text.textContent ?? '', px: parseFloat(getComputedStyle(text).fontSize) * text.ownerSVGElement!.getScreenCTM()!.a, r: text.getBoundingClientRect() })),
      );
      labels += drawn.length;
      const edge = await page.evaluate(() => document.documentElement.clientWidth);
      return drawn.flatMap(({ text, px, r }) => [
        ...(px < 10 ? [`${path}  the timeline's label "${text}" is ${px.toFixed(1)} px tall`] : []),
        ...(r.left < 0 || r.right > edge ? [`${path}  the timeline's label "${text}" spans ${Math.round(r.left)}–${Math.round(r.right)} px, past the page's edges`] : []),
      ]);
    });
    await context.close();
    expect(labels, 'no story page draws a timeline label').toBeGreaterThan(0);
    expectNone(`timeline labels at ${width} px`, problems);
  });

  it.each(['light', 'dark'] as const)('keeps the matrix and the timeline readable in forced colours, %s', async (colorScheme) => {
    const site = await suite.site(readingCorpus);
    const context = await (await suite.browser()).newContext({ forcedColors: 'active', colorScheme });
    const stories = site.pages.filter((p) => p.kind === 'story');
    expect(stories.length).toBeGreaterThan(0);
    let drawn = 0;
    const problems = await eachPage(context, stories, async (page, { path }) => {
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      const marks = await page.locator('.matrix tbody td, .timeline svg circle').count();
      drawn += marks;
      return (await page.evaluate(unreadableInForcedColours)).map((problem) => `${path}  ${problem}`);
    });
    await context.close();
    expect(drawn, 'no story page has a matrix or a timeline to look at').toBeGreaterThan(0);
    expectNone(`unreadable in forced colours (${colorScheme})`, problems);
  });

  it.each(widths)('makes every link and control a target of 24 px or gives it room (WCAG 2.5.8), at %i px', async (width) => {
    const site = await suite.site(readingCorpus);
    const context = await (await suite.browser()).newContext({ viewport: { width, height: 800 } });
    const problems = await eachPage(context, site.pages, async (page, { path }) => {
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      return (await page.evaluate(smallTargets)).map((problem) => `${path}  ${problem}`);
    });
    await context.close();
    expectNone(`targets too small at ${width} px`, problems);
  });
});
