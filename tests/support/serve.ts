/**
 * A tiny static file server over a built site, as a plain static host serves it: `/x/` is
 * `x/index.html`, `/x` redirects to `/x/` when `x` is a folder, a miss answers 404 with the
 * site's `404.html`. It listens on 127.0.0.1 only, on a port the system picks.
 *
 *   const server = await serveStatic(outDir);
 *   await page.goto(server.url('/claims/'));
 *   await server.close();
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Content types by file extension; anything else is served as bytes. */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The absolute URL of a site path such as `/claims/`. */
  url(pathname: string): string;
  close(): Promise<void>;
}

function fileAt(root: string, pathname: string): { file: string; redirect?: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const target = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  // Never serve anything outside the site's folder.
  if (target !== root && !target.startsWith(root + path.sep)) return undefined;
  try {
    const stat = statSync(target);
    if (stat.isFile()) return { file: target };
    if (stat.isDirectory()) {
      if (!pathname.endsWith('/')) return { file: '', redirect: `${pathname}/` };
      const index = path.join(target, 'index.html');
      if (statSync(index).isFile()) return { file: index };
    }
  } catch {
    // A miss.
  }
  return undefined;
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const dir = path.resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const found = fileAt(dir, url.pathname);
    if (found?.redirect) {
      response.writeHead(301, { location: found.redirect + url.search }).end();
      return;
    }
    let status = 200;
    let file = found?.file;
    if (!file) {
      status = 404;
      const notFound = path.join(dir, '404.html');
      try {
        if (statSync(notFound).isFile()) file = notFound;
      } catch {
        // No 404 page: a plain answer.
      }
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(status, {
      'content-type': type,
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
