/**
 * `/previews/<claims|stories>/<id>.png` under `astro dev`, which has no build to publish them
 * (src/previews/cards.ts): each image drawn on request, or taken from the cache. astro.config.ts
 * adds this route to the dev server only.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../data/site.ts';
import { previewCards } from './cards.ts';
import { cachedPreview } from './cache.ts';
import { displayHost } from './inputs.ts';
import type { PreviewInput } from './render.ts';

export const getStaticPaths = (async () => {
  const cards = previewCards(await site(), displayHost(import.meta.env.SITE, import.meta.env.BASE_URL));
  return cards.map(({ file, card }) => {
    const [, kind, name] = file.split('/');
    return { params: { kind: kind!, id: name!.replace(/\.png$/, '') }, props: { card } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewInput }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedPreview(props.card)), { headers: { 'Content-Type': 'image/png' } });
