/**
 * `/data/crosscheck.json` under `astro dev`, which has no build to publish it
 * (src/open-data/published.ts). astro.config.ts adds this route to the dev server only.
 */
import type { APIRoute } from 'astro';
import { site as siteIndex } from '../data/site.ts';
import { jsonBytes } from './bytes.ts';
import { openData } from './published.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(jsonBytes(openData(await siteIndex(), site!, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
