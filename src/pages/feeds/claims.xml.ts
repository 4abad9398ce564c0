/**
 * `/feeds/claims.xml`: the Atom feed of claims whose derived status changed, from the status
 * history replayed over the corpus (src/lib/status-history.ts, src/lib/feeds.ts).
 */
import type { APIRoute } from 'astro';
import { site as siteIndex } from '../../data/site.ts';
import { claimsFeed, FEED_LIMIT, feedIdRoot } from '../../lib/feeds.ts';
import { statusHistory } from '../../lib/status-history.ts';
import { siteRoot } from '../../lib/structured-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { lookup } = await siteIndex();
  const root = siteRoot(site!, import.meta.env.BASE_URL);
  const xml = claimsFeed(lookup, statusHistory(lookup.corpus), root, FEED_LIMIT, feedIdRoot(root, process.env.CROSSCHECK_FEED_IDS));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
