/**
 * axe-core with the WCAG 2.2 AA rule set on every page the build produces, in the light and the
 * dark colour scheme: zero violations. A failure names the page, the scheme, the rule and the
 * elements, so the whole list of fixes is in one run.
 *
 * axe is loaded into every page as an init script and run directly: @axe-core/playwright's
 * AxeBuilder injects axe again and opens a blank page for every analysis, which made this file
 * four times slower (about 1 s a page instead of 0.25 s). The engine and the rules are the same;
 * reading.test.ts uses AxeBuilder for its colour-contrast checks.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { axeSource, runAxe, WCAG_TAGS } from '../support/axe.ts';
import { browserSuite, eachPage, expectNone } from '../support/harness.ts';
import { corpora, sitemapPaths } from '../support/site.ts';

const tags = WCAG_TAGS;
const schemes = ['light', 'dark'] as const;

const suite = browserSuite();
afterAll(() => suite.close());

describe.each(corpora)('axe on every page of the $name build', (corpus) => {
  it('covers every page in the sitemap', async () => {
    const site = await suite.site(corpus);
    const built = new Set(site.pages.map((p) => p.path));
    const missing = (sitemapPaths(site.outDir) ?? []).filter((p) => !built.has(p));
    expect(missing, 'sitemap entries without a built page').toEqual([]);
  });

  it('finds no WCAG 2.2 AA violation in light or dark', async () => {
    const site = await suite.site(corpus);
    const browser = await suite.browser();
    const context = await browser.newContext();
    await context.addInitScript(axeSource);
    const problems = await eachPage(context, site.pages, async (page, { path }) => {
      const found: string[] = [];
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        for (const violation of await page.evaluate(runAxe, tags)) {
          const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
          found.push(`${path} [${colorScheme}] ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${targets}`);
        }
      }
      return found;
    });
    await context.close();
    expect(site.pages.length).toBeGreaterThan(0);
    expectNone(`axe found violations on the ${corpus.name} build`, problems);
  });
});
