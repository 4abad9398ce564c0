/**
 * The preview images of a build (src/previews/cards.ts): each card's image is published in the
 * site's folder as a hard link to its copy in the preview cache
 * (`node_modules/.cache/crosscheck-previews/`, named by the hash of the card), drawn first when
 * the cache lacks it, on a worker thread per core when there are many to draw (a build at 5,000
 * articles with an empty cache draws 10,500). Where the cache and the site are on different file
 * systems, the images are copied.
 *
 * A full build publishes every image, once Astro's process has ended (scripts/build.ts, given the
 * cards by scripts/lib/astro-build.ts); a fast rebuild only those whose card changed since the
 * previous build, which kept each image's hash (scripts/lib/fast/).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { cachedPreview, DEFAULT_CACHE_DIR, previewHash } from '../../src/previews/cache.ts';
import { PREVIEW_CARDS, type PreviewCard, type PreviewCardsOfSite } from '../../src/previews/cards.ts';
import type { PreviewInput } from '../../src/previews/render.ts';
import { runWorker } from './run-worker.ts';

/** The hash of each published image's card, by its file in the site. */
export type PreviewHashes = Record<string, string>;

export interface PreviewsOutcome {
  hashes: PreviewHashes;
  /** Images published (linked or copied into the site), and of those, drawn because the cache lacked them. */
  written: number;
  drawn: number;
}

const number = (n: number) => n.toLocaleString('en-US');

/** Below this many images to draw, they are drawn on the main thread (a worker loads the renderer again). */
const DRAW_IN_PLACE = 16;

/** What scripts/lib/astro-build.ts sends the build that started it: the cards whose images it publishes. */
export interface PreviewCardsMessage {
  previewCards: PreviewCard[];
}

/** Whether `message` is a {@link PreviewCardsMessage}. */
export function isPreviewCardsMessage(message: unknown): message is PreviewCardsMessage {
  return typeof message === 'object' && message !== null && Array.isArray((message as Partial<PreviewCardsMessage>).previewCards);
}

/** The cards of the site whose code ran in this process (src/data/site.ts); undefined when it did not run. */
export async function cardsOfSite(): Promise<PreviewCard[] | undefined> {
  const list = (globalThis as { [PREVIEW_CARDS]?: PreviewCardsOfSite })[PREVIEW_CARDS];
  return list?.();
}

/** The hash of every card, by file. */
export function previewHashes(cards: PreviewCard[]): PreviewHashes {
  return Object.fromEntries(cards.map(({ file, card }) => [file, previewHash(card)]));
}

/**
 * Publishes the images of `cards` in the site folder `out`: all of them, or, given the hashes the
 * images already in `out` were published with (`previous`), those whose card is new or changed.
 */
export async function publishPreviews(
  cards: PreviewCard[],
  out: string,
  options: { previous?: PreviewHashes; cacheDir?: string; say?: (line: string) => void } = {},
): Promise<PreviewsOutcome> {
  const dir = path.resolve(options.cacheDir ?? DEFAULT_CACHE_DIR);
  const hashes = previewHashes(cards);
  const wanted = cards.filter(({ file }) => options.previous?.[file] !== hashes[file] || !existsSync(path.join(out, file)));
  const missing = new Map<string, PreviewInput>();
  for (const { file, card } of wanted) {
    const hash = hashes[file]!;
    if (!missing.has(hash) && !existsSync(path.join(dir, `${hash}.png`))) missing.set(hash, card);
  }
  await draw(missing, dir, options.say);

  let link = true;
  const folders = new Set<string>();
  for (const { file } of wanted) {
    const source = path.join(dir, `${hashes[file]}.png`);
    const target = path.join(out, file);
    const folder = path.dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    // Never written through: a link in its place may be the previous site's file.
    rmSync(target, { force: true });
    if (link) {
      try {
        linkSync(source, target);
        continue;
      } catch {
        link = false;
      }
    }
    copyFileSync(source, target);
  }
  return { hashes, written: wanted.length, drawn: missing.size };
}

/** Draws the cards (by hash) into the cache folder `dir`, saying every ten seconds how many are done. */
async function draw(missing: Map<string, PreviewInput>, dir: string, say?: (line: string) => void): Promise<void> {
  const cards = [...missing.values()];
  if (cards.length < DRAW_IN_PLACE) {
    for (const card of cards) await cachedPreview(card, { dir });
    return;
  }
  const threads = Math.max(1, Math.min(availableParallelism(), Math.floor(cards.length / DRAW_IN_PLACE)));
  const shares = Array.from({ length: threads }, (_, i) => cards.filter((_, j) => j % threads === i));
  say?.(`Drawing ${number(cards.length)} preview images on ${threads === 1 ? '1 thread' : `${threads} threads`}…`);
  const files = [...missing.keys()].map((hash) => path.join(dir, `${hash}.png`));
  const progress = setInterval(() => say?.(`  … preview images: ${number(files.filter((file) => existsSync(file)).length)} of ${number(files.length)} drawn`), 10_000);
  try {
    await Promise.all(shares.map((share) => runWorker(new URL('./preview-worker.ts', import.meta.url), { cards: share, dir }, 'drawing the preview images')));
  } finally {
    clearInterval(progress);
  }
}

/** "Preview images: 10,500 published, 12 of them drawn." */
export function previewsLine({ written, drawn }: PreviewsOutcome): string {
  return `Preview images: ${number(written)} published${written > 0 ? `, ${drawn === written ? 'all' : number(drawn)} of them drawn` : ''}.`;
}
