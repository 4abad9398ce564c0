/**
 * axe-core in the browser tests: the WCAG 2.2 AA rule set, axe's source to load into every page as
 * an init script (`context.addInitScript(axeSource)`), and the function that runs it in the page.
 * axe.test.ts explains why it is loaded so rather than through @axe-core/playwright's AxeBuilder.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA rules, by axe's tags. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's own script, to add to a browser context before its pages load. */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs in the page: axe with the given tags, violations only. */
export async function runAxe(runTags: string[]): Promise<Axe.Result[]> {
  const axe = (window as unknown as { axe: typeof Axe }).axe;
  return (await axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] })).violations;
}

/**
 * The violations of the WCAG 2.2 AA rules on a page already open, in the light and the dark colour
 * scheme, one line each: `label [scheme] rule: help — elements`.
 */
export async function violationsInBothSchemes(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const v of await page.evaluate(runAxe, WCAG_TAGS)) found.push(`${label} [${colorScheme}] ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  }
  return found;
}
