/**
 * Where the preview renderer's files are. Astro bundles the page endpoints before running them,
 * so `import.meta.url` may point into the build's own folder rather than src/previews/: the
 * folder next to this module is tried first (tests, dev), then src/previews/ under the working
 * directory (a build, which always runs from the project root).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

const FONT_FILES = [
  { name: 'DejaVuSans.ttf', weight: 400 as const },
  { name: 'DejaVuSans-Bold.ttf', weight: 700 as const },
];

/** The src/previews/ folder. Throws, saying what is missing, when neither candidate has the fonts. */
export function previewsDir(): string {
  const candidates = [fileURLToPath(new URL('.', import.meta.url)), path.join(process.cwd(), 'src', 'previews')];
  const found = candidates.find((dir) => existsSync(path.join(dir, 'fonts', FONT_FILES[0]!.name)));
  if (!found) {
    throw new Error(
      `The preview font is missing: looked for fonts/${FONT_FILES[0]!.name} in ${candidates.join(' and ')}. ` +
        'It is kept in the repository (src/previews/fonts/); restore it with git checkout.',
    );
  }
  return found;
}

/** The font files, with their weights. */
export function fontFiles(): { file: string; weight: 400 | 700 }[] {
  const dir = path.join(previewsDir(), 'fonts');
  return FONT_FILES.map(({ name, weight }) => ({ file: path.join(dir, name), weight }));
}

let key: string | undefined;

/**
 * A hash of everything that shapes a card besides its text: the fonts and the renderer's source.
 * Changing either makes every cached image stale.
 */
export function rendererKey(): string {
  if (key) return key;
  const hash = createHash('sha256');
  const dir = previewsDir();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(path.join(dir, name)));
  for (const { file } of fontFiles()) hash.update(readFileSync(file));
  key = hash.digest('hex');
  return key;
}
