/**
 * What the sharing build tests read: the facts of a content folder that sharing depends on
 * (ids, aliases, verdicts, original URLs), read straight from the files, and small readers of the
 * built site (HTML pages, their head tags, JSON-LD, PNG sizes).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { parse as parseYaml } from 'yaml';
import { listFiles, projectRoot } from '../support/build.ts';

export type Collection = 'claims' | 'articles' | 'stories';

export interface Entry {
  collection: Collection;
  id: string;
  data: Record<string, unknown>;
  aliases: string[];
}

function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return match ? ((parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>) : {};
}

/** The claims, articles and stories of a content folder, with their frontmatter. */
export function entries(content: string): Entry[] {
  const out: Entry[] = [];
  for (const collection of ['claims', 'articles', 'stories'] as const) {
    const dir = path.join(projectRoot, content, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
      const data = frontmatter(path.join(dir, name));
      const aliases = Array.isArray(data.aliases) ? data.aliases.map(String) : [];
      out.push({ collection, id: name.slice(0, -3), data, aliases });
    }
  }
  return out;
}

/** The site path of a built HTML file: `claims/x/index.html` → `/claims/x/`. */
export function pathOf(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

export interface BuiltPage {
  path: string;
  file: string;
  $: CheerioAPI;
  redirect: boolean;
}

/** Every HTML page of a built site, parsed. */
export function builtPages(dist: string): BuiltPage[] {
  return listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const $ = load(readFileSync(path.join(dist, file), 'utf8'));
      return { path: pathOf(file), file, $, redirect: $('meta[http-equiv="refresh"]').length > 0 };
    });
}

/** The parsed JSON-LD blocks of a page, and their raw text. */
export function jsonLd($: CheerioAPI): { raw: string; data: Record<string, unknown> }[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => {
      const raw = $(el).html() ?? '';
      return { raw, data: JSON.parse(raw) as Record<string, unknown> };
    });
}

/** A PNG's width and height, from its IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The content folders the sharing tests build: this issue's own fixture, the good and the script-injection fixtures, and the real content. */
export const sharingCorpora = ['tests/fixtures/sharing-links/content', 'tests/fixtures/good/content', 'tests/fixtures/injection/content', 'content'].filter((c) =>
  existsSync(path.join(projectRoot, c)),
);

/** Writes a small stand-in for a previously published site into `dir`. */
export function previousSite(dir: string): void {
  mkdirSync(path.join(dir, 'claims/spillway-closed-saturday'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Previous site</title><p>Published yesterday.</p>\n');
  writeFileSync(path.join(dir, 'claims/spillway-closed-saturday/index.html'), '<!doctype html><title>A claim</title>\n');
}

/** Every file under `dir` with its bytes: equal objects mean identical trees. */
export function treeBytes(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
}
