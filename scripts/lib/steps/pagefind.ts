/**
 * Post-build step: the search index. Pagefind's Node API reads the new site's HTML and writes its
 * index and its default search UI into `<site>/pagefind/`, which the search page (/search/) loads
 * from the site itself, with no third-party request.
 *
 * What is indexed is decided in the pages: the main `<article>` of claim, article and story pages
 * carries `data-pagefind-body`, so only those pages are indexed (every other page, the redirects
 * of old ids included, is left out); `data-pagefind-meta` and `data-pagefind-filter` add a
 * result's type and a claim's status.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PostBuildStep } from '../post-build.ts';

/** The folder, inside the site, that holds the index and the UI. */
export const PAGEFIND_DIR = 'pagefind';

export const pagefindStep: PostBuildStep = {
  name: 'Search index',
  async run({ outDir }) {
    // One language for the whole index: every page's own words are English, whatever the quoted article's language.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      const added = await index.addDirectory({ path: outDir });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: path.join(outDir, PAGEFIND_DIR) });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      process.stdout.write(`Search index: ${added.page_count} page(s) indexed.\n`);
    } finally {
      await pagefind.close();
    }
  },
};
