/**
 * Every preview image of the site: the file it is published as, and the card drawn in it.
 *
 * `npm run build` publishes them itself, after Astro (or the fast rebuild) has rendered the pages
 * (scripts/lib/previews.ts): each file is a hard link to the image cached under its card's hash,
 * so no image passes through Astro. Served by Astro as pages, each image was read, copied through
 * a Response and written twice (the page, and its copy in Astro's cache); those copies made most
 * of the garbage collections of a build (docs/benchmarks.md). `astro dev` serves them from
 * src/previews/dev-route.ts.
 */
import { aliasRedirects, type AliasRedirect } from '../lib/aliases.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import { claimPreview, storyPreview } from './inputs.ts';
import { previewFile, type PreviewKind } from './paths.ts';
import type { PreviewInput } from './render.ts';

export interface PreviewCard {
  /** Relative to the site's folder: `previews/claims/<id>.png`. */
  file: string;
  card: PreviewInput;
}

/**
 * The card of every claim and story page, claims first, each in the order of its ids. A renamed
 * claim or story also keeps its image at its old id's file, with the current card (the same image,
 * drawn once): a link preview pasted before the rename names that file (src/lib/aliases.ts).
 */
export function previewCards(index: SiteIndex, host: string): PreviewCard[] {
  const claims = index.sorted.claims.map((view) => ({ file: previewFile('claims', view.claim.id), card: claimPreview(view, host) }));
  const stories = index.sorted.stories.map((view) => ({ file: previewFile('stories', view.story.id), card: storyPreview(view, host) }));
  const cardOf = new Map([...claims, ...stories].map(({ file, card }) => [file, card]));
  const old = aliasRedirects(index.lookup.corpus)
    .redirects.filter((r): r is AliasRedirect & { collection: PreviewKind } => r.collection === 'claims' || r.collection === 'stories')
    .map((r) => ({ file: previewFile(r.collection, r.alias), card: cardOf.get(previewFile(r.collection, r.id))! }));
  return [...claims, ...stories, ...old];
}

/**
 * Where the site's code leaves a function that lists the cards of the site it renders
 * (src/data/site.ts), for the build to call once the pages are rendered.
 */
export const PREVIEW_CARDS = Symbol.for('crosscheck.previews.cards');

export type PreviewCardsOfSite = () => Promise<PreviewCard[]>;
