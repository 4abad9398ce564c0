/** `/feeds/articles.xml`: the Atom feed of articles as they are added (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { site as siteIndex } from '../../data/site.ts';
import { articlesFeed, FEED_LIMIT, feedIdRoot } from '../../lib/feeds.ts';
import { siteRoot } from '../../lib/structured-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const root = siteRoot(site!, import.meta.env.BASE_URL);
  const xml = articlesFeed((await siteIndex()).lookup, root, FEED_LIMIT, feedIdRoot(root, process.env.CROSSCHECK_FEED_IDS));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
