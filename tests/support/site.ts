/**
 * What the browser tests judge: the corpora they build, the pages a build produces, what kind
 * of page each one is, and the facts from the content files that a page must show (used as the
 * oracle when a test finds an element by its accessible name).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtSite, listFiles, projectRoot } from './build.ts';

export interface Corpus {
  /** How test names refer to it. */
  name: string;
  /** The content folder, relative to the project root. */
  content: string;
}

/**
 * The corpora every site-wide check runs on: the real first story, the small valid fixture, and
 * the reading fixture, whose content stresses the pages: articles in Arabic, Hebrew, French and
 * Japanese, words and addresses longer than a narrow screen in headlines, statements, outlet names and bylines, a table of twelve columns in
 * a body, a table of three columns, one of them of a long word and one of addresses, a body that is only a table of thirty-one columns, raw HTML tables with captions (one in a quotation), quotations and lists nested in one, headings at every rank, images (a body shows their
 * descriptions; one is a link's only content), a hashtag longer than a narrow screen, emoji and
 * stacked combining marks, a story with one article and no claims, a story covered on three days
 * running and then seven weeks later (its timeline's dates crowd at the start), an outlet with no articles
 * (whose name is inside another outlet's),
 * an entity no claim is about.
 */
export const realCorpus: Corpus = { name: 'content', content: 'content' };
export const goodCorpus: Corpus = { name: 'good fixture', content: 'tests/fixtures/good/content' };
export const readingCorpus: Corpus = { name: 'reading fixture', content: 'tests/fixtures/reading/content' };
export const corpora: Corpus[] = [realCorpus, goodCorpus, readingCorpus];

/** The script-injection corpus (issue 3): built and opened in the browser by injection.test.ts. */
export const injectionCorpus: Corpus = { name: 'injection fixture', content: 'tests/fixtures/injection/content' };

/** Builds a corpus (once per run, shared between test files), failing clearly when it is missing. */
export function buildCorpus(corpus: Corpus): string {
  const dir = path.resolve(projectRoot, corpus.content);
  if (!existsSync(dir)) {
    throw new Error(`The ${corpus.name} corpus is missing: ${corpus.content}/ does not exist.`);
  }
  return builtSite(corpus.content);
}

export type PageKind = 'home' | 'story' | 'article' | 'claim' | 'outlet' | 'entity' | 'search' | 'not-found' | 'index' | 'redirect' | 'other';

export interface Page {
  /** The URL path, as linked: `/`, `/claims/x/`, `/404.html`. */
  path: string;
  /** The file, relative to the output folder: `index.html`, `claims/x/index.html`. */
  file: string;
  kind: PageKind;
}

/** The URL path a built HTML file is served at. */
export function pathOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** What a page is, from its path. Detail pages are one level under their section. */
export function kindOfPath(pathname: string): PageKind {
  if (pathname === '/') return 'home';
  if (pathname === '/404.html' || pathname === '/404/') return 'not-found';
  if (pathname === '/search/') return 'search';
  const match = /^\/(stories|articles|claims|outlets|entities)\/(?:([^/]+)\/)?$/.exec(pathname);
  if (!match) return 'other';
  if (!match[2]) return 'index';
  const kinds: Record<string, PageKind> = { stories: 'story', articles: 'article', claims: 'claim', outlets: 'outlet', entities: 'entity' };
  return kinds[match[1] ?? ''] ?? 'other';
}

const refresh = /<meta\s[^>]*http-equiv=["']?refresh/i;

/**
 * Every HTML page of a built site, in path order. A page that only redirects (an old id's URL,
 * with a meta refresh) has the kind `redirect`, whatever its path.
 */
export function htmlPages(outDir: string): Page[] {
  return listFiles(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file): Page => {
      const pathname = pathOfFile(file);
      const redirect = refresh.test(readFileSync(path.join(outDir, file), 'utf8'));
      return { path: pathname, file, kind: redirect ? 'redirect' : kindOfPath(pathname) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Whether `script` is the one script a redirect page of an old id carries (src/layouts/Redirect.astro),
 * exactly: a second refresh to the page's own refresh target, a path of the site, keeping the `#…`
 * the page was opened with. `html` is the page's. Any other script, on any page, is not.
 */
export function isFragmentKeeper(html: string, script: string): boolean {
  const keeper = /^if\(location\.hash\)\{var m=document\.createElement\("meta"\);m\.httpEquiv="refresh";m\.content="0; url="\+"([^"\\<]*)"\+location\.hash;document\.head\.appendChild\(m\)\}$/.exec(script.trim());
  const refresh = /<meta\s[^>]*http-equiv=["']?refresh["']?[^>]*\scontent=["']?0;\s*url=([^"'>\s]+)/i.exec(html)?.[1];
  const to = keeper?.[1];
  return to !== undefined && to === refresh && to.startsWith('/') && !to.startsWith('//');
}

/** The pages a reader stays on: every page but the redirects, which a browser leaves at once. */
export function readingPages(pages: Page[]): Page[] {
  return pages.filter((page) => page.kind !== 'redirect');
}

/** The site's public origin, read from the home page's canonical link. */
export function siteOrigin(outDir: string): string {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const href = /<link\s[^>]*rel=["']?canonical["']?[^>]*href=["']?([^"' >]+)/i.exec(html)?.[1];
  return href ? new URL(href).origin : 'https://crosscheck.example.org';
}

/**
 * The URL paths listed in the built sitemap (following a sitemap index), or undefined when the
 * site has none.
 */
export function sitemapPaths(outDir: string): string[] | undefined {
  const start = ['sitemap-index.xml', 'sitemap.xml'].find((name) => existsSync(path.join(outDir, name)));
  if (!start) return undefined;
  const paths: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(path.join(outDir, file))) return;
    seen.add(file);
    const xml = readFileSync(path.join(outDir, file), 'utf8');
    const isIndex = /<sitemapindex[\s>]/.test(xml);
    for (const match of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
      const url = new URL((match[1] ?? '').replace(/&amp;/g, '&'));
      if (isIndex) visit(decodeURIComponent(url.pathname).replace(/^\//, ''));
      else paths.push(decodeURIComponent(url.pathname));
    }
  };
  visit(start);
  return paths;
}

/** A claim mention as written in an article's Markdown: `:claim[text]{#claim stance=…}`. */
export interface SourceMention {
  article: string;
  claim: string;
  stance: string;
  text: string;
}

export interface ContentFacts {
  stories: { id: string; title: string }[];
  claims: { id: string; statement: string; story: string }[];
  /** `language` is the article's field as written, `en` when it has none. */
  articles: { slug: string; headline: string; story: string; language: string; byline?: string }[];
  /** `entities` of a claim as written, in order. */
  claimEntities: Map<string, string[]>;
  entities: { id: string; name: string; names: string[] }[];
  outlets: { id: string; name: string }[];
  mentions: SourceMention[];
}

function frontmatter(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: (parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>, body: match[2] ?? '' };
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
}

/** Strips inline Markdown (emphasis, code, links) from a mention's span, as it reads on the page. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stories, claims, articles and mentions as the content files state them. */
export function contentFacts(contentDir: string): ContentFacts {
  const root = path.resolve(projectRoot, contentDir);
  const facts: ContentFacts = { stories: [], claims: [], articles: [], mentions: [], claimEntities: new Map(), entities: [], outlets: [] };
  for (const name of markdownFiles(path.join(root, 'stories'))) {
    const { data } = frontmatter(path.join(root, 'stories', name));
    facts.stories.push({ id: name.slice(0, -3), title: String(data.title ?? '') });
  }
  for (const name of markdownFiles(path.join(root, 'claims'))) {
    const { data } = frontmatter(path.join(root, 'claims', name));
    facts.claims.push({ id: name.slice(0, -3), statement: String(data.statement ?? ''), story: String(data.story ?? '') });
    facts.claimEntities.set(name.slice(0, -3), Array.isArray(data.entities) ? data.entities.map(String) : []);
  }
  for (const name of markdownFiles(path.join(root, 'articles'))) {
    const slug = name.slice(0, -3);
    const { data, body } = frontmatter(path.join(root, 'articles', name));
    facts.articles.push({ slug, headline: String(data.headline ?? ''), story: String(data.story ?? ''), language: String(data.language ?? 'en'), ...(typeof data.byline === 'string' ? { byline: data.byline } : {}) });
    for (const match of body.matchAll(/:claim\[((?:[^\]\\]|\\.)*)\]\{#([a-z0-9-]+)([^}]*)\}/g)) {
      const stance = /stance=["']?([a-z]+)/.exec(match[3] ?? '')?.[1] ?? 'asserts';
      facts.mentions.push({ article: slug, claim: match[2] ?? '', stance, text: plainText(match[1] ?? '') });
    }
  }
  const entityDir = path.join(root, 'entities');
  const yamlFiles = existsSync(entityDir) ? readdirSync(entityDir).filter((name) => /\.ya?ml$/.test(name)).sort() : [];
  for (const name of yamlFiles) {
    const data = (parseYaml(readFileSync(path.join(entityDir, name), 'utf8')) ?? {}) as Record<string, unknown>;
    facts.entities.push({ id: name.replace(/\.ya?ml$/, ''), name: String(data.name ?? ''), names: Array.isArray(data.names) ? data.names.map(String) : [] });
  }
  const outletDir = path.join(root, 'outlets');
  for (const name of existsSync(outletDir) ? readdirSync(outletDir).filter((file) => /\.ya?ml$/.test(file)).sort() : []) {
    const data = (parseYaml(readFileSync(path.join(outletDir, name), 'utf8')) ?? {}) as Record<string, unknown>;
    facts.outlets.push({ id: name.replace(/\.ya?ml$/, ''), name: String(data.name ?? '') });
  }
  return facts;
}

/** Attributes a browser follows or loads as a URL (a text attribute may quote `javascript:` harmlessly). */
export const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping', 'srcset', 'lowsrc', 'dynsrc', 'manifest', 'codebase'];

/** A URL that runs script or a document when followed, as a browser reads its scheme (leading spaces and controls, tabs and newlines ignored). */
export function isScriptUrl(value: string): boolean {
  return /^[\u0000-\u0020]*(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\t\n\r]/g, ''));
}

/** Collapses white space, as accessible names and text content are compared. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
