/**
 * The registry of published URLs: `published-urls.txt` beside the content folder (for `content/`
 * it is `./published-urls.txt`, for `X/content` it is `X/published-urls.txt`), one site path per
 * line, sorted, `#` for comments. Every URL in it was published and may be linked from
 * elsewhere, so every one must keep resolving in each new build, as a page or as the redirect of
 * an alias. Paths are written from the site's root without the base (`/claims/x/`), so moving the
 * site under another base changes nothing.
 *
 * What counts as published: every HTML page (redirects included, the 404 page excluded) and the
 * feeds and open-data files, which readers subscribe to and download.
 *
 * A record's page (`/claims/x/`, and an alias's redirect to it) may carry, after its path on the
 * same line, the marks of what it showed (src/check/identity.ts): `/claims/x/ statement:3f2a…`.
 * The checks read them to find an address that now shows another record (two ids swapped, an id
 * reused); a line without marks is only checked to exist.
 *
 * A record's address removed on purpose (`npm run urls -- --build`) stays, with its marks, on a
 * line of its own, `removed /claims/x/ statement:3f2a…`: it need not exist any more, but another
 * record that takes its id is refused, as links to it may still be around.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The registry's file name. */
export const REGISTRY_NAME = 'published-urls.txt';

/** The registry that belongs to a content folder: beside it. */
export function registryPath(root: string, contentDir: string): string {
  return path.join(path.dirname(path.resolve(root, contentDir)), REGISTRY_NAME);
}

/** A path of the registry, the line it is on (from 1), so a message can point at it, and the marks of what it showed. */
export interface RegistryEntry {
  path: string;
  line: number;
  /** The marks written after the path (src/check/identity.ts), none when the line has only the path. */
  marks: string[];
  /** The address was removed on purpose (a `removed` line): it need not exist, but no other record may take it. */
  removed: boolean;
}

/** The entries of a registry's text with their lines and marks: one per line, blank lines and `#` comments ignored. */
export function registryEntries(text: string): RegistryEntry[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => {
      const tokens = raw.trim().split(/\s+/);
      const removed = tokens[0] === REMOVED && tokens.length > 1;
      const [first = '', ...marks] = removed ? tokens.slice(1) : tokens;
      return { path: first, line: i + 1, marks, removed };
    })
    .filter(({ path: p }) => p !== '' && !p.startsWith('#'));
}

/** The site paths in a registry's text that must still exist: one per line, blank lines, `#` comments and removed addresses ignored. */
export function parseRegistry(text: string): string[] {
  return registryEntries(text)
    .filter((e) => !e.removed)
    .map((e) => e.path);
}

/**
 * Where a built redirect page (src/layouts/Redirect.astro) sends the reader: its meta refresh's
 * path, or undefined when the page is not a redirect.
 */
export function redirectTarget(html: string): string | undefined {
  const refresh = /<meta\s[^>]*http-equiv=["']?refresh["']?[^>]*>/i.exec(html)?.[0];
  return refresh ? /content=["']?\d+;\s*url=([^"'>]+)/i.exec(refresh)?.[1] : undefined;
}

/** The word that starts the line of an address removed on purpose. */
const REMOVED = 'removed';

const HEADER = [
  '# Published URLs: every path here was published and must keep working.',
  '# The build fails when one is missing. A renamed claim, article, story, outlet or entity keeps its old URL',
  '# through `aliases` (its old id) in its file. After an intended removal, or to record new pages,',
  '# run `npm run urls` (see docs/deploying.md). The marks after a record\'s path say what it showed:',
  '# the checks refuse an address that now shows another record (two ids swapped, an id reused).',
];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A registry's text for a set of paths: the header, then the paths sorted, one per line, each
 * followed by its marks when `marks` has some for it; then the addresses of records removed on
 * purpose, `removed` (path to marks), each on a `removed` line with its marks.
 */
export function formatRegistry(paths: Iterable<string>, marks?: ReadonlyMap<string, readonly string[]>, removed?: ReadonlyMap<string, readonly string[]>): string {
  const sorted = [...new Set(paths)].sort(byText);
  const lines = sorted.map((p) => [p, ...(marks?.get(p) ?? [])].join(' '));
  const live = new Set(sorted);
  const gone = [...(removed ?? [])].filter(([p, m]) => m.length > 0 && !live.has(p)).sort(([a], [b]) => byText(a, b));
  const tail = gone.length === 0 ? [] : ['', REMOVED_HEADER, ...gone.map(([p, m]) => [REMOVED, p, ...m].join(' '))];
  return `${[...HEADER, ...lines, ...tail].join('\n')}\n`;
}

const REMOVED_HEADER = '# Removed on purpose: these need not exist, but their ids may not be given to another record.';

/** The site path a built file is published at, or undefined when it is not a published URL. */
export function publishedPathOf(file: string): string | undefined {
  const rel = file.split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  if (/^feeds\/[^/]+\.xml$/.test(rel) || /^data\/[^/]+\.json$/.test(rel)) return `/${rel}`;
  return undefined;
}

/**
 * The site's folders that hold no published path: the search index (scripts/lib/steps/pagefind.ts),
 * which the search step writes while the registry step lists the site, taking out each part a
 * fast rebuild linked in that changed: listing it could read a folder as it goes (ENOENT, a
 * failed build). By name, as PAGEFIND_DIR there has it: the checks load this module, and not that one.
 */
const NO_PAGES = new Set(['pagefind']);

function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (!entry.isDirectory()) out.push(rel);
    else if (prefix !== '' || !NO_PAGES.has(entry.name)) out.push(...walk(dir, rel));
  }
  return out;
}

/** Every published path of a built site, sorted. */
export function publishedPaths(siteDir: string): string[] {
  if (!existsSync(siteDir)) return [];
  return walk(siteDir)
    .map(publishedPathOf)
    .filter((p): p is string => p !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What changed between the registry and a build. */
export interface RegistryDiff {
  /** Registered but not in the build: these break links. */
  missing: string[];
  /** In the build but not registered yet. */
  added: string[];
}

export function diffRegistry(registered: readonly string[], built: readonly string[]): RegistryDiff {
  const have = new Set(built);
  const known = new Set(registered);
  return { missing: registered.filter((p) => !have.has(p)), added: built.filter((p) => !known.has(p)) };
}


/**
 * The addresses `recorded` lists (not as removed) that `wanted` gives a mark they did not have:
 * what `npm run urls` records for an address that now shows another wording or another record
 * (an edited statement, two files that swapped ids), besides the addresses it adds and removes.
 */
export function remarked(recorded: string, wanted: string): string[] {
  const before = new Map(registryEntries(recorded).filter((e) => !e.removed).map((e) => [e.path, new Set(e.marks)]));
  return registryEntries(wanted)
    .filter((e) => !e.removed && before.has(e.path) && e.marks.some((m) => !before.get(e.path)!.has(m)))
    .map((e) => e.path);
}

/** "1 line to write, 2 to drop": what `npm run urls -- --check` found the registry lacks. */
export function linesToWrite(add: number, drop: number): string {
  return `${add} ${add === 1 ? 'line' : 'lines'} to write, ${drop} to drop`;
}

/**
 * What a registry's text does not yet record of the text `npm run urls` would write now (`wanted`,
 * from {@link formatRegistry}): the lines to write, each an address not recorded or a record's
 * address with a mark not recorded yet, and the lines recorded that would go. Comments, blank lines
 * and the order are not compared.
 */
export function unrecorded(recorded: string, wanted: string): { add: string[]; drop: string[] } {
  const key = (e: RegistryEntry) => `${e.removed ? `${REMOVED} ` : ''}${e.path}`;
  const line = (e: RegistryEntry) => [key(e), ...e.marks].join(' ');
  const before = new Map(registryEntries(recorded).map((e) => [key(e), new Set(e.marks)]));
  const after = registryEntries(wanted);
  const keys = new Set(after.map(key));
  return {
    add: after.filter((e) => !before.has(key(e)) || e.marks.some((m) => !before.get(key(e))!.has(m))).map(line),
    drop: registryEntries(recorded).filter((e) => !keys.has(key(e))).map(line),
  };
}

/** An article's own page (`/articles/<slug>/`), not a month's nor a sub-page. */
const ARTICLE_PAGE = /^\/articles\/(?!months\/)[^/]+\/$/;

/**
 * The passage anchors (`id="m-…"`, src/lib/anchors.ts) each article page of a built site shows,
 * in the page's order, by path (`paths` from {@link publishedPaths}); a redirect page has none.
 */
export function builtAnchors(siteDir: string, paths: readonly string[]): Map<string, string[]> {
  const anchors = new Map<string, string[]>();
  for (const p of paths.filter((p) => ARTICLE_PAGE.test(p))) {
    const html = readFileSync(path.join(siteDir, p, 'index.html'), 'utf8');
    const ids = [...new Set([...html.matchAll(/\sid="(m-[a-z0-9-]+)"/g)].map((m) => m[1]!))];
    if (ids.length > 0) anchors.set(p, ids);
  }
  return anchors;
}
