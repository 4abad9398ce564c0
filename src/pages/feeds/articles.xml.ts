/** `/feeds/articles.xml`: the Atom feed of articles as they are added (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { articlesFeed } from '../../lib/feeds.ts';
import { indexCorpus } from '../../lib/lookup.ts';
import { siteRoot } from '../../lib/structured-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const xml = articlesFeed(indexCorpus(await loadCorpus()), siteRoot(site!, import.meta.env.BASE_URL));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
