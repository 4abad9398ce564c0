/**
 * Astro configuration. Everything a deployment changes comes from the environment:
 * - CROSSCHECK_SITE: the public origin, used for canonical URLs, feeds and previews
 *   (default https://crosscheck.example.org);
 * - CROSSCHECK_BASE: the path the site is served under (default /);
 * - CROSSCHECK_CONTENT: the content folder (default content/; the tests point it at fixtures);
 * - CROSSCHECK_FEED_IDS: a moved site's old address, under which the feeds keep their ids
 *   (read by src/pages/feeds/, src/lib/feeds.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { defineConfig } from 'astro/config';
import { contentStoreFromFile } from './src/integrations/content-store.ts';
import { indexableSitemap } from './src/integrations/sitemap.ts';
import { markdownPipeline } from './src/plugins/index.ts';

const site = process.env.CROSSCHECK_SITE ?? 'https://crosscheck.example.org';
const base = process.env.CROSSCHECK_BASE ?? '/';
const content = process.env.CROSSCHECK_CONTENT ?? 'content';

/**
 * Astro's content cache does not notice edits to a plugin's source, so the plugins' source is
 * hashed into an option: a changed plugin changes the config and empties the cache. The loader
 * (src/loaders/) and the code it runs on each record (src/lib/) are hashed with them, as what
 * they make of a file (its dates' offsets, its rendered body) is cached with it.
 */
function pluginsHash(): string {
  const hash = createHash('sha256');
  for (const dir of ['src/plugins', 'src/lib', 'src/loaders']) {
    for (const name of readdirSync(new URL(`./${dir}/`, import.meta.url)).sort()) {
      if (name.endsWith('.ts')) hash.update(readFileSync(new URL(`./${dir}/${name}`, import.meta.url)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The routes of what `npm run build` publishes itself, for `astro dev` only: the preview images
 * (src/previews/dev-route.ts) and the open-data export (src/open-data/dev-route.ts).
 */
function publishedInDev(): AstroIntegration {
  return {
    name: 'crosscheck-published-in-dev',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/previews/[kind]/[id].png', entrypoint: './src/previews/dev-route.ts', prerender: true });
        injectRoute({ pattern: '/data/crosscheck.json', entrypoint: './src/open-data/dev-route.ts', prerender: true });
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Each content folder keeps its own cache, so building a fixture never reuses the real one.
  cacheDir: `./node_modules/.astro/${createHash('sha256').update(content).digest('hex').slice(0, 12)}`,
  // Four pages generated at a time: one page's files are written while others render (one at a
  // time, Astro's process sat idle three fifths of the time it generated pages; docs/benchmarks.md).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  // The sitemap lists indexable pages only: no redirect of an old id, no 404 (src/integrations/sitemap.ts).
  // The content store is read from its file, not compiled into the site (src/integrations/content-store.ts).
  // Preview images and the open-data export are published by `npm run build` (src/previews/cards.ts,
  // src/open-data/published.ts); the dev server makes them on request.
  integrations: [indexableSitemap(), contentStoreFromFile(), publishedInDev()],
  markdown: {
    // No code highlighting: article records carry prose, and Shiki's inline styles would need 'unsafe-inline'.
    syntaxHighlight: false,
    processor: unified(markdownPipeline({ base, cacheKey: pluginsHash() })),
  },
  // A Content-Security-Policy meta element on every page: scripts and styles only from the site
  // itself or by hash (never 'unsafe-inline'), nothing from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
