/**
 * `/robots.txt`: every crawler may read everything, and the sitemap is named with the site's
 * configured address. (Crawlers only read robots.txt at a host's root: under a base path, the
 * host's own robots.txt must name the sitemap; docs/deploying.md says so.)
 */
import type { APIRoute } from 'astro';
import { absolute, siteRoot } from '../lib/structured-data.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absolute(siteRoot(site!, import.meta.env.BASE_URL), '/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
