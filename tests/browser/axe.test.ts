/**
 * axe-core with the WCAG 2.2 AA rule set on every page the build produces, in the light and the
 * dark colour scheme: zero violations. A failure names the page, the scheme, the rule and the
 * elements, so the whole list of fixes is in one run.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuite, expectNone } from '../support/harness.ts';
import { corpora, sitemapPaths } from '../support/site.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const schemes = ['light', 'dark'] as const;

const suite = browserSuite();
beforeAll(() => suite.browser());
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
    const problems: string[] = [];
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const { path } of site.pages) {
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        for (const violation of results.violations) {
          const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
          problems.push(`${path} [${colorScheme}] ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${targets}`);
        }
      }
    }
    await context.close();
    expect(site.pages.length).toBeGreaterThan(0);
    expectNone(`axe found violations on the ${corpus.name} build`, problems);
  });
});
