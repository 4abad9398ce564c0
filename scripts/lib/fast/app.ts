/**
 * Astro's compiled site as the fast rebuild (scripts/lib/fast/rebuild.ts) uses it: loaded from
 * the bundle the previous build kept, with the content the rebuild read in place of Astro's
 * collections, and a page rendered to its bytes.
 */
import { pathToFileURL } from 'node:url';
import { assemble, INJECTED_CONTENT, type LoadedContent } from '../../../src/data/records.ts';
import type { ContentState, FastState } from './state.ts';

export interface RouteData {
  route: string;
  type: string;
  component: string;
}

export interface BuildApp {
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
  /** Resolves, once, the log destination the site's configuration gives, and puts it in place of the one `setOptions` gave. */
  getLogger(): Promise<unknown>;
  render(request: Request, options: { routeData: RouteData }): Promise<Response>;
}

/** Hands `content` to the site's code in place of Astro's collections (src/data/corpus.ts); returns it as the site loads it. */
export function injectContent(content: ContentState): LoadedContent {
  const loaded = assemble(Object.values(content.files));
  (globalThis as { [INJECTED_CONTENT]?: LoadedContent })[INJECTED_CONTENT] = loaded;
  return loaded;
}

/**
 * Astro's compiled site, set up as Astro's own build sets it up, with what the state kept. Its
 * errors and warnings go to `warn` (by default, standard error).
 */
export async function loadApp(entry: string, state: FastState, warn: (line: string) => void = (line) => void process.stderr.write(`${line}\n`)): Promise<BuildApp> {
  const { app } = (await import(pathToFileURL(entry).href)) as { app: BuildApp };
  app.setInternals({ pagesByKeys: new Map(Object.entries(state.styles)), entrySpecifierToBundleMap: new Map() });
  const destination = {
    write(event: { level: string; message: string }) {
      if (event.level === 'error' || event.level === 'warn') warn(event.message);
      return true;
    },
  };
  // Resolved first: on the first page rendered, Astro would put the configured destination (standard error) in place of this one.
  await app.getLogger();
  app.setOptions({ settings: { scripts: state.scripts }, logger: { options: { destination } } });
  return app;
}

/** Renders the page at `pathname` of `route`, as Astro's build would. */
export async function renderPage(app: BuildApp, state: FastState, pathname: string, route: RouteData): Promise<Buffer> {
  const url = new URL(urlPath(pathname, route.type, state.config.base), state.origin);
  const response = await app.render(new Request(url), { routeData: route });
  if (response.status >= 300 && response.status < 400) throw new Error(`${pathname} redirects: such pages are built in full`);
  return Buffer.from(await response.arrayBuffer());
}

/** The URL Astro renders a page under (astro/dist/core/build/generate.js, `directory` format, trailing slashes). */
function urlPath(pathname: string, type: string, base: string): string {
  const join = (a: string, b: string) => `${a.replace(/\/+$/, '')}/${b.replace(/^\/+/, '')}`;
  if (pathname === '/' || pathname === '') return join(base, '/');
  const rel = pathname.replace(/^\/+/, '');
  if (type === 'endpoint') return join(base, /\.[^/]+$/.test(rel) || rel.endsWith('/') ? rel : `${rel}/`);
  return join(base, `${rel.replace(/\/+$/, '')}/`);
}
