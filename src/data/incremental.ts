/**
 * Incremental builds: every dynamic route passes its `getStaticPaths` result through
 * {@link withCacheKeys}, which gives each page a `cacheKey`, the fingerprint of what the page
 * shows (src/data/fingerprint.ts). With Astro's `experimental.incrementalBuild` (turned on by
 * `npm run build`, scripts/lib/astro-build.ts), a page whose key and code are unchanged since the
 * previous build is copied from Astro's cache instead of being rendered again, so adding one
 * article renders only the pages that show something of it.
 *
 *   return withCacheKeys('claims', entries.map((entry) => ({ params: { id: entry.id }, props: { entry } })));
 *
 * `kind` names the site index's view of the page (`index.claims.get(id)` for `claims`, the id
 * being the route's only param); `props` means the page shows only its props (preview images,
 * redirects). Every key also covers a hash of `src/`, `astro.config.ts` and the installed
 * packages, so any change to the code renders every page again. Pages of routes without
 * `getStaticPaths` (the indexes, feeds, the data export, the sitemap) are always rendered.
 */
import { createHash } from 'node:crypto';
import { createFingerprinter, type Fingerprinter } from './fingerprint.ts';
import { site } from './site.ts';
import { hashFiles, listFiles } from './source-files.ts';

/** The view a page shows, by the site index's map that holds it; `props`: only what the route passes. */
export type PageKind = 'articles' | 'claims' | 'stories' | 'outlets' | 'entities' | 'props';

interface StaticPath {
  params: Record<string, string | number | undefined>;
  props?: unknown;
}

let fingerprinter: Promise<Fingerprinter> | undefined;

/** Gives every path the fingerprint of what its page shows as `cacheKey`. */
export async function withCacheKeys<P extends StaticPath>(kind: PageKind, paths: P[]): Promise<(P & { cacheKey: string })[]> {
  const index = await site();
  fingerprinter ??= Promise.resolve(createFingerprinter(index, sourceHash()));
  const prints = await fingerprinter;
  return paths.map((p) => {
    const id = String(Object.values(p.params)[0]);
    const view = kind === 'props' ? undefined : index[kind].get(id as never);
    return { ...p, cacheKey: prints.digest(kind, p.params, p.props, view) };
  });
}

/** What every page's output depends on besides its data: the code, the packages and the site's address. */
function sourceHash(): string {
  const root = process.cwd();
  const hash = createHash('sha256');
  hash.update(`${import.meta.env.SITE}|${import.meta.env.BASE_URL}|`);
  hashFiles(hash, root, ['astro.config.ts', 'package-lock.json', ...listFiles(root, 'src')]);
  return hash.digest('base64url').slice(0, 16);
}
