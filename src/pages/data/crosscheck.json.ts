/** `/data/crosscheck.json`: the open-data export (src/open-data/), documented at /data/. */
import type { APIRoute } from 'astro';
import { site as siteIndex } from '../../data/site.ts';
import { absolute, siteRoot } from '../../lib/structured-data.ts';
import { buildOpenData } from '../../open-data/build.ts';

export const GET: APIRoute = async ({ site }) => {
  const root = siteRoot(site!, import.meta.env.BASE_URL);
  const data = buildOpenData(await siteIndex(), root, absolute(root, '/data/crosscheck.schema.json'));
  // As bytes: a string body of some 50 MB would be scanned for lone surrogates and copied again before it is encoded (JSON.stringify's output has none).
  return new Response(new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
