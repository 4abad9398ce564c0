/** `/data/crosscheck.json`: the open-data export (src/open-data/), documented at /data/. */
import type { APIRoute } from 'astro';
import { site as siteIndex } from '../../data/site.ts';
import { absolute, siteRoot } from '../../lib/structured-data.ts';
import { buildOpenData } from '../../open-data/build.ts';
import { jsonBytes } from '../../open-data/bytes.ts';

export const GET: APIRoute = async ({ site }) => {
  const root = siteRoot(site!, import.meta.env.BASE_URL);
  const data = buildOpenData(await siteIndex(), root, absolute(root, '/data/crosscheck.schema.json'));
  return new Response(jsonBytes(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
