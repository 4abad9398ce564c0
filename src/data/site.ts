/**
 * The site's analysis, built once per build: every page awaits `site()` and looks things up in
 * the same index. Astro renders all pages of a build in one process, so the promise is shared.
 */
import { buildSiteIndex, type SiteIndex } from '../lib/site-index.ts';
import { OPEN_DATA, openData, type OpenDataOfSite } from '../open-data/published.ts';
import { PREVIEW_CARDS, previewCards, type PreviewCardsOfSite } from '../previews/cards.ts';
import { displayHost } from '../previews/inputs.ts';
import { loadContent } from './corpus.ts';
import { bodyKey, type CollectionName, type LoadedContent } from './records.ts';

let content: Promise<LoadedContent> | undefined;
let index: Promise<SiteIndex> | undefined;

function loaded(): Promise<LoadedContent> {
  content ??= loadContent();
  return content;
}

export function site(): Promise<SiteIndex> {
  index ??= loaded().then(({ corpus }) => buildSiteIndex(corpus));
  return index;
}

/** A record's body, rendered to HTML by the Markdown pipeline (empty when it has none). */
export async function body(collection: CollectionName, id: string): Promise<string> {
  return (await loaded()).bodies.get(bodyKey(collection, id)) ?? '';
}

/** The site's base path, always ending in `/`. */
export const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

// For `npm run build`, which publishes the preview images itself once the pages are rendered (src/previews/cards.ts).
(globalThis as { [PREVIEW_CARDS]?: PreviewCardsOfSite })[PREVIEW_CARDS] = async () =>
  previewCards(await site(), displayHost(import.meta.env.SITE, import.meta.env.BASE_URL));

// For `npm run build`, which publishes the open-data export itself, streamed to its file (src/open-data/published.ts).
(globalThis as { [OPEN_DATA]?: OpenDataOfSite })[OPEN_DATA] = async () => openData(await site(), import.meta.env.SITE, import.meta.env.BASE_URL);
