/**
 * Preview images cached by content hash: the card's text and the renderer key (fonts and
 * renderer source) name the file, `node_modules/.cache/crosscheck-previews/<hash>.png`, so a
 * rebuild draws only the cards whose text changed. Files are written to a temporary name and
 * renamed, so builds running side by side never read half an image.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rendererKey } from './files.ts';
import { renderPreview, type PreviewInput } from './render.ts';

export interface CacheOptions {
  /** The cache folder. Default: `node_modules/.cache/crosscheck-previews` under the working directory. */
  dir?: string;
  /** The renderer (tests count its calls). Default: {@link renderPreview}. */
  render?: (input: PreviewInput) => Promise<Buffer>;
}

/** The default cache folder. */
export const DEFAULT_CACHE_DIR = path.join('node_modules', '.cache', 'crosscheck-previews');

/** The cache file's name for a card: a hash of its input and of the renderer. */
export function previewHash(input: PreviewInput): string {
  const canonical = JSON.stringify([input.eyebrow, input.title, input.status?.label ?? null, input.status?.tone ?? null, input.footer]);
  return createHash('sha256').update(rendererKey()).update(canonical).digest('hex').slice(0, 32);
}

/** The PNG for a card, from the cache when it is there, else drawn and stored. */
export async function cachedPreview(input: PreviewInput, options: CacheOptions = {}): Promise<Buffer> {
  const dir = path.resolve(options.dir ?? DEFAULT_CACHE_DIR);
  const file = path.join(dir, `${previewHash(input)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await (options.render ?? renderPreview)(input);
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}
