/** `/feeds/articles.xml`: the Atom feed of articles as they are added (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { site as siteIndex } from '../../data/site.ts';
import { articlesFeed } from '../../lib/feeds.ts';
import { siteRoot } from '../../lib/structured-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const xml = articlesFeed((await siteIndex()).lookup, siteRoot(site!, import.meta.env.BASE_URL));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
