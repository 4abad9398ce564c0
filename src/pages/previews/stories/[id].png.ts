/**
 * `/previews/stories/<id>.png`: the 1200×630 link-preview image of each story page (its title
 * and how contested its claims are), drawn at build time and cached by content hash.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../../../data/incremental.ts';
import { site } from '../../../data/site.ts';
import { cachedPreview } from '../../../previews/cache.ts';
import { displayHost, storyPreview } from '../../../previews/inputs.ts';
import type { PreviewInput } from '../../../previews/render.ts';

export const getStaticPaths = (async () => {
  const index = await site();
  const host = displayHost(import.meta.env.SITE, import.meta.env.BASE_URL);
  return withCacheKeys('props', index.sorted.stories.map((view) => ({ params: { id: view.story.id }, props: { card: storyPreview(view, host) } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewInput }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedPreview(props.card)), { headers: { 'Content-Type': 'image/png' } });
