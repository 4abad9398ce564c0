/**
 * The site's analysis, built once per build: every page awaits `site()` and looks things up in
 * the same index. Astro renders all pages of a build in one process, so the promise is shared.
 */
import { buildSiteIndex, type SiteIndex } from '../lib/site-index.ts';
import { loadCorpus } from './corpus.ts';

let index: Promise<SiteIndex> | undefined;

export function site(): Promise<SiteIndex> {
  index ??= loadCorpus().then((corpus) => buildSiteIndex(corpus));
  return index;
}

/** The site's base path, always ending in `/`. */
export const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
