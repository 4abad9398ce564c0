/**
 * Every internal link on the built site resolves: each href, src, canonical and preview URL,
 * sitemap entry and feed link that points into the site names a built file, and each
 * `#fragment` names an element id on the page it points to. A failure names the page the link
 * is on. The sitemap lists every page readers should find, and only built ones.
 */
import { describe, expect, it } from 'vitest';
import { expectNone } from '../support/harness.ts';
import { findBrokenLinks, formatBrokenLinks } from '../support/links.ts';
import { buildCorpus, corpora, htmlPages, sitemapPaths, siteOrigin } from '../support/site.ts';

describe.each(corpora)('links on the $name build', (corpus) => {
  it('all resolve, fragments included', () => {
    const outDir = buildCorpus(corpus);
    const broken = formatBrokenLinks(findBrokenLinks(outDir, siteOrigin(outDir)));
    expectNone(`broken internal links in the ${corpus.name} build`, broken);
  });

  it('has a sitemap listing every page readers should find', () => {
    const outDir = buildCorpus(corpus);
    const listed = sitemapPaths(outDir);
    expect(listed, 'the build has no sitemap-index.xml or sitemap.xml').toBeDefined();
    const inSitemap = new Set(listed);
    const unlisted = htmlPages(outDir)
      .filter((page) => page.kind !== 'not-found' && page.kind !== 'redirect')
      .map((page) => page.path)
      .filter((p) => !inSitemap.has(p));
    expectNone('pages missing from the sitemap', unlisted);
  });
});
