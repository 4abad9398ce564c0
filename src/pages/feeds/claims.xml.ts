/**
 * `/feeds/claims.xml`: the Atom feed of claims whose derived status changed, from the status
 * history replayed over the corpus (src/lib/status-history.ts, src/lib/feeds.ts).
 */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { claimsFeed } from '../../lib/feeds.ts';
import { indexCorpus } from '../../lib/lookup.ts';
import { statusHistory } from '../../lib/status-history.ts';
import { siteRoot } from '../../lib/structured-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const corpus = await loadCorpus();
  const xml = claimsFeed(indexCorpus(corpus), statusHistory(corpus), siteRoot(site!, import.meta.env.BASE_URL));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
