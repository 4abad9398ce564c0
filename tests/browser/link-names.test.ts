/**
 * Links tell where they go out of their context (WCAG 2.4.4, and 2.4.9's aim where it is cheap):
 * a screen reader lists a page's links by their names alone, so two links of one name on a page
 * must go to one place. "In our record of “Headline”" twice, to two passages of one article, or
 * "in the original" once per piece of evidence, each to another passage, read as the same link
 * in that list. A name is the link's text as a screen reader has it (visually hidden text in,
 * `aria-hidden` text out, `aria-label` instead when set).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, it } from 'vitest';
import { expectNone } from '../support/harness.ts';
import { buildCorpus, corpora, htmlPages, readingPages } from '../support/site.ts';

/** Every name used by links to more than one place on a page, with those places. */
export function ambiguousLinks(html: string, pagePath: string): { name: string; hrefs: string[] }[] {
  const $ = load(html);
  $('[aria-hidden="true"]').remove();
  const byName = new Map<string, Set<string>>();
  $('a[href]').each((_, a) => {
    const link = $(a);
    const name = (link.attr('aria-label') ?? link.text()).replace(/\s+/g, ' ').trim().toLowerCase();
    const href = new URL(link.attr('href')!, `https://site.invalid${pagePath}`).href;
    byName.set(name, (byName.get(name) ?? new Set()).add(href));
  });
  return [...byName].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => ({ name, hrefs: [...hrefs] }));
}

describe.each(corpora)('link names on the $name build', (corpus) => {
  it('never name two places alike on one page', () => {
    const outDir = buildCorpus(corpus);
    const found = readingPages(htmlPages(outDir)).flatMap((page) =>
      ambiguousLinks(readFileSync(path.join(outDir, page.file), 'utf8'), page.path).map(
        ({ name, hrefs }) => `${page.path}: “${name}” goes to ${hrefs.map((h) => h.replace('https://site.invalid', '')).join(', ')}`,
      ),
    );
    expectNone(`links of one name to different places in the ${corpus.name} build`, found);
  });
});
