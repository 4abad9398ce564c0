/**
 * The sitemap: @astrojs/sitemap, listing only pages a search engine should index. A page that
 * asks not to be indexed (`<meta name="robots" content="noindex">`: the 404 page and the
 * redirect pages of old ids) or that only redirects (a meta refresh) is left out, as is anything
 * that is not an HTML page (feeds, images, data files). The rule reads the built pages, so a new
 * kind of noindex page needs no change here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/** True when a built page's HTML asks to stay out of search results or only redirects. */
export function isNoindex(html: string): boolean {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    if (/\bname\s*=\s*["']?robots\b/i.test(tag) && /\bcontent\s*=\s*["'][^"']*noindex/i.test(tag)) return true;
    if (/\bhttp-equiv\s*=\s*["']?refresh\b/i.test(tag)) return true;
  }
  return false;
}

const collator = new Intl.Collator('en', { numeric: true });

/**
 * The pages in the order @astrojs/sitemap sorts their URLs into (`a.localeCompare(b, "en",
 * { numeric: true })`, which builds a collator for every comparison: a second for a site of
 * 16,000 pages). Its sort, given them already in order, has nothing left to do; the order it
 * writes is its own either way.
 */
function presorted<P extends { pathname: string }>(pages: P[], root: URL): P[] {
  const dir = root.pathname.endsWith('/') ? root.pathname : `${root.pathname}/`;
  const keyed = pages.map((page) => ({ page, url: new URL(dir + page.pathname.replace(/^\//, ''), root).href }));
  keyed.sort((a, b) => collator.compare(a.url, b.url));
  return keyed.map((k) => k.page);
}

/**
 * The sitemap integration with the rule above. `known` may answer for a page without reading it
 * (a fast rebuild knows the pages it did not render again, and whether the previous sitemap
 * listed them); it returns undefined for the others.
 */
export function indexableSitemap(known?: (url: string) => boolean | undefined): AstroIntegration {
  let outDir: string | undefined;
  let base = '/';
  let site: string | undefined;
  const indexable = (url: string): boolean => {
    const { pathname } = new URL(url);
    if (!pathname.endsWith('/')) return false;
    const answer = known?.(url);
    if (answer !== undefined) return answer;
    if (!outDir) return true;
    const rel = decodeURIComponent(pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1));
    const file = path.join(outDir, rel, 'index.html');
    return existsSync(file) && !isNoindex(readFileSync(file, 'utf8'));
  };
  const inner = sitemap({ filter: indexable });
  return {
    name: 'crosscheck-sitemap',
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (params) => {
        base = params.config.base.endsWith('/') ? params.config.base : `${params.config.base}/`;
        site = params.config.site;
        await inner.hooks['astro:config:done']?.(params);
      },
      'astro:build:done': async (params) => {
        outDir = fileURLToPath(params.dir);
        await inner.hooks['astro:build:done']?.({ ...params, pages: site ? presorted(params.pages, new URL(base, site)) : params.pages });
      },
    },
  };
}
