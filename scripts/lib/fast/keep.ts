/**
 * The full build's side of fast rebuilds: an integration that keeps what the next build needs
 * to render pages without Astro (scripts/lib/fast/state.ts): Astro's prerender bundle, the
 * settings and styles its renderer takes, every page with its `cacheKey`, and the content as the
 * site's code loaded it (src/data/corpus.ts leaves it on `globalThis`).
 *
 * It wraps Astro's own prerenderer (the `setPrerenderer` hook): pages are rendered exactly as
 * without it.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { LOADED_ENTRIES, type LoadedEntry } from '../../../src/data/records.ts';
import { listFiles } from '../../../src/data/source-files.ts';
import { codeKey, statContent, STATE_VERSION, writeContentState, writeState, type ContentState, type FastState, type PageState } from './state.ts';

type Config = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:done']>>[0]['config'];

/** Where Astro writes a page's output, relative to the site (astro/dist/core/output-filename.js). */
export function outputFile(pathname: string, routeType: string, format: string): string {
  const name = decodeURI(encodeURI(pathname));
  if (routeType === 'endpoint') return name.replace(/^\//, '');
  if (name === '/' || name === '') return 'index.html';
  const bare = name.replace(/^\//, '').replace(/\/$/, '');
  if (format === 'file' || name === '/404' || name === '/500') return `${bare}.html`;
  return `${bare}/index.html`;
}

export function keepForFastRebuild(root: string, contentDir: string, pending: string) {
  const code = codeKey(root);
  let config: Config | undefined;
  let stats: ReturnType<typeof statContent> | undefined;
  let pageData: Map<string, { styles?: unknown }> | undefined;
  let entry: string | undefined;
  const bundle = `bundles/${code}-${process.pid}`;
  const bundleDir = path.join(path.dirname(pending), bundle);
  let scripts: unknown[] = [];
  let origin: string | undefined;
  const pages: PageState[] = [];
  let failed: string | undefined;

  const integration: AstroIntegration = {
    name: 'crosscheck-fast-rebuild-state',
    hooks: {
      'astro:config:done': ({ config: c }) => {
        config = c;
        // Before Astro reads the content: a file saved during the build is read again next time.
        stats = statContent(root, contentDir);
      },
      'astro:build:setup': ({ pages: p }) => {
        pageData = p as unknown as Map<string, { styles?: unknown }>;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((def: AstroPrerenderer): AstroPrerenderer => ({
          ...def,
          name: def.name,
          async setup() {
            await def.setup?.();
            try {
              const outDir = fileURLToPath(config!.outDir);
              const candidates = [path.join(outDir, '.prerender'), path.join(process.cwd(), '.astro', '.prerender')];
              const from = candidates.find((dir) => existsSync(dir));
              if (!from) throw new Error('no prerender bundle');
              rmSync(bundleDir, { recursive: true, force: true });
              cpSync(from, bundleDir, { recursive: true });
              entry = readdirSync(bundleDir).find((f) => /^prerender-entry.*\.mjs$/.test(f));
              if (!entry) throw new Error('no prerender entry');
              const app = (def as { app?: { getSettings?: () => { scripts?: unknown[] } } }).app;
              scripts = app?.getSettings?.().scripts ?? [];
            } catch (error) {
              failed = error instanceof Error ? error.message : String(error);
            }
          },
          async getStaticPaths() {
            const paths = await def.getStaticPaths();
            const seen = new Set<string>();
            for (const { pathname, route, cacheKey } of paths) {
              const normal = pathname.replace(/\/$/, '');
              if (seen.has(normal) || route.type === 'fallback') continue;
              seen.add(normal);
              pages.push({ pathname, route: route.route, cacheKey, file: outputFile(pathname, route.type, config!.build.format) });
            }
            return paths;
          },
          async render(request, options) {
            origin ??= new URL(request.url).origin;
            return def.render(request, options);
          },
        }));
      },
    },
  };

  /**
   * After a successful build: writes the state into the pending folder (or nothing, if something
   * is missing), with the hash of each preview image the build published. Returns a problem when
   * Astro loaded other files than the content folder holds (a content folder Astro looked for
   * elsewhere would otherwise publish an empty site).
   */
  function finish(previews: Record<string, string>): string | undefined {
    const loaded = (globalThis as { [LOADED_ENTRIES]?: LoadedEntry[] })[LOADED_ENTRIES];
    if (loaded && stats) {
      const files = new Set(loaded.map((e) => e.file));
      const missing = [...stats.keys()].filter((file) => !files.has(file));
      if (missing.length > 0) {
        rmSync(pending, { recursive: true, force: true });
        rmSync(bundleDir, { recursive: true, force: true });
        return `Astro loaded ${loaded.length.toLocaleString('en-US')} records, but the content folder has ${stats.size.toLocaleString('en-US')} files; not loaded: ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}`;
      }
    }
    rmSync(pending, { recursive: true, force: true });
    if (failed || !config || !entry || !stats || !loaded || !origin) {
      rmSync(bundleDir, { recursive: true, force: true });
      return undefined;
    }
    mkdirSync(pending, { recursive: true });
    const styles: Record<string, unknown> = {};
    for (const [key, data] of pageData ?? []) styles[key] = { styles: data.styles ?? [] };
    const { processor: _processor, ...markdown } = config.markdown as Record<string, unknown>;
    const state: FastState = {
      version: STATE_VERSION,
      codeKey: code,
      bundle,
      entry,
      origin,
      config: {
        site: config.site,
        base: config.base,
        trailingSlash: config.trailingSlash,
        format: config.build.format,
        markdown: JSON.parse(JSON.stringify(markdown)) as Record<string, unknown>,
        image: JSON.parse(JSON.stringify(config.image)) as unknown,
      },
      scripts,
      styles,
      pages,
      previews,
      assets: listFiles(fileURLToPath(config.outDir), config.build.assets),
    };
    const content: ContentState = { files: {} };
    for (const e of loaded) {
      const stat = stats.get(e.file);
      if (stat) content.files[e.file] = { collection: e.collection, id: e.id, record: e.record, html: e.html, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ...(stat.racy && { racy: stat.racy }) };
    }
    writeContentState(pending, content);
    writeState(pending, state);
    return undefined;
  }

  return { integration, finish };
}
