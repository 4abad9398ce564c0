/**
 * How the open-data export is published: not as one of Astro's pages but by `npm run build`
 * itself, which streams it into the site's folder once the pages are rendered
 * (scripts/lib/open-data.ts), as it publishes the preview images (src/previews/cards.ts).
 *
 * At 20,000 articles the export is 210 MB of JSON. As a page, its whole body went through Astro's
 * page pipeline, which reads a page's response into one buffer, makes a new response of it for
 * its incremental build's record and reads that one again: about 900 MB more for a few seconds,
 * the highest memory of the whole build (docs/benchmarks.md). Streamed to its file, it is never
 * held whole (src/open-data/bytes.ts). `astro dev` serves it from src/open-data/dev-route.ts.
 */
import type { SiteIndex } from '../lib/site-index.ts';
import { absolute, siteRoot } from '../lib/structured-data.ts';
import { buildOpenData } from './build.ts';
import type { OpenData } from './schema.ts';

/** Where the export is published, relative to the site's folder. */
export const OPEN_DATA_FILE = 'data/crosscheck.json';

/** The export of `index` for a site at `site` (its origin) under `base`. */
export function openData(index: SiteIndex, site: string | URL, base: string): OpenData {
  const root = siteRoot(site, base);
  return buildOpenData(index, root, absolute(root, '/data/crosscheck.schema.json'));
}

/**
 * Where the site's code leaves a function that makes the export of the site it renders
 * (src/data/site.ts), for the build to call once the pages are rendered.
 */
export const OPEN_DATA = Symbol.for('crosscheck.open-data');

export type OpenDataOfSite = () => Promise<OpenData>;
