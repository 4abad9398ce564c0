/**
 * Linking and sharing, on real builds of the sharing fixture, the good fixture and the real
 * content: redirects of old ids, link-preview tags and images, structured data, text fragments,
 * feeds, sitemap, robots.txt, open data, the search index, and the headers file. A second build
 * of the sharing fixture under another site address and base shows every absolute URL follows
 * the configuration.
 *
 * Each check collects every problem of every page before asserting, so one run names them all.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLValidator } from 'fast-xml-parser';
import type { CheerioAPI } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import type { OpenData } from '../../src/open-data/schema.ts';
import { STRUCTURED_DATA_LIMIT } from '../../src/lib/structured-data.ts';
import { parseAnchorRegistry, ANCHOR_REGISTRY_NAME } from '../../src/lib/anchors.ts';
import { registryEntries, registryPath } from '../../scripts/lib/published-urls.ts';
import { builtSite, projectRoot } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';
import { isFragmentKeeper, sitemapPaths } from '../support/site.ts';
import { builtPages, entries, jsonLd, pngSize, sharingCorpora, type BuiltPage } from './sharing-support.ts';

const DEFAULT_SITE = 'https://crosscheck.example.org';

function expectNone(title: string, problems: string[]) {
  expect(problems, `${title}:\n  ${problems.join('\n  ')}`).toEqual([]);
}

const read = (dist: string, file: string) => readFileSync(path.join(dist, file), 'utf8');
const meta = (page: BuiltPage, key: string) =>
  page.$(`meta[property="${key}"]`).attr('content') ?? page.$(`meta[name="${key}"]`).attr('content');

const servers: StaticServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

describe.each(sharingCorpora)('sharing in the site built from %s', (content) => {
  const dist = builtSite(content);
  const pages = builtPages(dist);
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const items = entries(content);
  const claims = items.filter((e) => e.collection === 'claims');
  const stories = items.filter((e) => e.collection === 'stories');
  const data = JSON.parse(read(dist, 'data/crosscheck.json')) as OpenData;
  const reading = pages.filter((p) => !p.redirect && p.path !== '/404.html');

  it('serves a redirect page at every alias, to the current page', () => {
    const problems: string[] = [];
    let count = 0;
    for (const item of items) {
      const to = `/${item.collection}/${item.id}/`;
      for (const alias of item.aliases) {
        count++;
        const from = `/${item.collection}/${alias}/`;
        const page = byPath.get(from);
        if (!page) {
          problems.push(`${from}: no page`);
          continue;
        }
        const refresh = page.$('meta[http-equiv="refresh"]').attr('content');
        if (refresh !== `0; url=${to}`) problems.push(`${from}: refresh is ${refresh}`);
        if (page.$('link[rel="canonical"]').attr('href') !== `${DEFAULT_SITE}${to}`) problems.push(`${from}: canonical is not ${to}`);
        if (page.$('meta[name="robots"]').attr('content') !== 'noindex') problems.push(`${from}: not noindex`);
        if (page.$(`a[href="${to}"]`).length === 0) problems.push(`${from}: no visible link to ${to}`);
        // Only the script that keeps the old address's #… (src/layouts/Redirect.astro).
        if (page.$('script').toArray().some((s) => !isFragmentKeeper(page.$.html(), page.$(s).text()))) problems.push(`${from}: has a script`);
        // A link pasted with the old address is previewed as the current page, image included (kept at the old id's file too).
        if (meta(page, 'og:url') !== `${DEFAULT_SITE}${to}`) problems.push(`${from}: og:url is ${meta(page, 'og:url')}`);
        if (!meta(page, 'og:title')) problems.push(`${from}: no og:title`);
        if (item.collection === 'claims' || item.collection === 'stories') {
          const image = `previews/${item.collection}/${item.id}.png`;
          if (meta(page, 'og:image') !== `${DEFAULT_SITE}/${image}`) problems.push(`${from}: og:image is ${meta(page, 'og:image')}`);
          const old = path.join(dist, `previews/${item.collection}/${alias}.png`);
          if (!existsSync(old) || !readFileSync(old).equals(readFileSync(path.join(dist, image)))) problems.push(`${from}: no preview image at its old id's file`);
        }
        const target = byPath.get(to);
        if (!target || target.redirect) problems.push(`${from}: ${to} is not a page`);
      }
    }
    expectNone('redirects', problems);
    if (content.includes('sharing-links')) expect(count).toBe(3);
  });

  /**
   * What the registries beside the content record (docs/deploying.md) still leads somewhere: each
   * address not removed on purpose to a page, through its redirect pages (an alias, a month page or
   * sub-page the build no longer makes), and each passage anchor onto that page. An anchor of a
   * claim the article no longer mentions, whose words are in no passage either, has no place
   * (src/lib/anchors.ts: keptAnchors) and opens the page at its top: it is the one exception.
   */
  it('leads every address and passage anchor the registries record to a page that has it', () => {
    const registry = registryPath(projectRoot, content);
    const problems: string[] = [];
    /** The page a path ends on, following redirect pages (at most a few), or undefined. */
    const landing = (from: string): BuiltPage | undefined => {
      let page = byPath.get(from);
      for (let hops = 0; page?.redirect && hops < 4; hops++) {
        const to = /url=(\S+)/.exec(page.$('meta[http-equiv="refresh"]').attr('content') ?? '')?.[1];
        page = to === undefined ? undefined : byPath.get(new URL(to, `${DEFAULT_SITE}${from}`).pathname);
      }
      return page?.redirect ? undefined : page;
    };
    const recorded = existsSync(registry) ? registryEntries(readFileSync(registry, 'utf8')) : [];
    const removed = new Set(recorded.filter((e) => e.removed).map((e) => e.path));
    for (const { path: p } of recorded.filter((e) => !e.removed)) {
      if (!landing(p) && !existsSync(path.join(dist, p))) problems.push(`${p}: leads to no page`);
    }
    const anchorFile = path.join(path.dirname(registry), ANCHOR_REGISTRY_NAME);
    const anchors = existsSync(anchorFile) ? parseAnchorRegistry(readFileSync(anchorFile, 'utf8')) : new Map<string, string[]>();
    // A claim's current id, from any of its ids.
    const current = new Map(claims.flatMap((c) => [[c.id, c.id] as const, ...c.aliases.map((a) => [a, c.id] as const)]));
    for (const [from, ids] of anchors) {
      if (removed.has(from)) continue;
      const page = landing(from);
      if (!page) {
        problems.push(`${from}: its anchors' page leads to no page`);
        continue;
      }
      const mentioned = new Set(page.$('main a.mention[href]').map((_, a) => /\/claims\/([^/]+)\//.exec(page.$(a).attr('href') ?? '')?.[1]).get());
      const hashes = new Set(page.$('main a.mention[id]').map((_, a) => /-([0-9a-z]{7})(?:-\d+)?$/.exec(page.$(a).attr('id') ?? '')?.[1]).get());
      for (const id of ids) {
        if (page.$(`[id="${id}"]`).length === 1) continue;
        const [, claim, hash] = /^m-(.+)-([0-9a-z]{7})(?:-\d+)?$/.exec(id) ?? [];
        const placeless = page.path.startsWith('/articles/') && claim !== undefined && !mentioned.has(current.get(claim) ?? claim) && !hashes.has(hash!);
        if (!placeless) problems.push(`${from}#${id}: not on ${page.path}`);
      }
    }
    expectNone('recorded addresses and anchors', problems);
    if (content === 'content') expect(anchors.size, 'the real content records its passage anchors').toBeGreaterThan(0);
  });

  it('gives every page a title, a description, a canonical URL and Open Graph and Twitter tags, all absolute', () => {
    const problems: string[] = [];
    for (const page of reading) {
      const canonical = page.$('link[rel="canonical"]').attr('href');
      const wanted = `${DEFAULT_SITE}${page.path === '/404.html' ? '/404/' : page.path}`;
      if (canonical !== wanted) problems.push(`${page.path}: canonical ${canonical}`);
      if (!page.$('title').text().trim()) problems.push(`${page.path}: no title`);
      if (!meta(page, 'description')) problems.push(`${page.path}: no description`);
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'twitter:card', 'twitter:title', 'twitter:description']) {
        if (!meta(page, key)) problems.push(`${page.path}: no ${key}`);
      }
      if (meta(page, 'og:url') !== canonical) problems.push(`${page.path}: og:url ${meta(page, 'og:url')}`);
      const image = meta(page, 'og:image');
      if (image && !image.startsWith(`${DEFAULT_SITE}/`)) problems.push(`${page.path}: og:image ${image} is not absolute on the site`);
    }
    expectNone('head tags', problems);
  });

  it('gives every claim and story page a 1200×630 preview image that exists', () => {
    const problems: string[] = [];
    for (const item of [...claims, ...stories]) {
      const page = byPath.get(`/${item.collection}/${item.id}/`);
      const file = `previews/${item.collection}/${item.id}.png`;
      const size = existsSync(path.join(dist, file)) ? pngSize(path.join(dist, file)) : undefined;
      if (!size || size.width !== 1200 || size.height !== 630) problems.push(`${file}: ${JSON.stringify(size) ?? 'missing'}`);
      if (!page) continue;
      const wanted = `${DEFAULT_SITE}/${file}`;
      if (meta(page, 'og:image') !== wanted) problems.push(`${page.path}: og:image ${meta(page, 'og:image')}`);
      if (meta(page, 'twitter:image') !== wanted) problems.push(`${page.path}: twitter:image ${meta(page, 'twitter:image')}`);
      if (meta(page, 'twitter:card') !== 'summary_large_image') problems.push(`${page.path}: twitter:card ${meta(page, 'twitter:card')}`);
      if (meta(page, 'og:image:width') !== '1200' || meta(page, 'og:image:height') !== '630') problems.push(`${page.path}: og:image size`);
      if (!meta(page, 'og:image:alt')) problems.push(`${page.path}: no og:image:alt`);
    }
    expectNone('preview images', problems);
  });

  it('has JSON-LD of the right type on each page, ClaimReview only where there is a verdict', () => {
    const problems: string[] = [];
    const types = new Map<string, string[]>();
    for (const page of reading) {
      try {
        const blocks = jsonLd(page.$);
        for (const { raw } of blocks) if (/<\/script|<!--/i.test(raw)) problems.push(`${page.path}: JSON-LD can close its element`);
        types.set(page.path, blocks.map((b) => String(b.data['@type'])));
      } catch (error) {
        problems.push(`${page.path}: JSON-LD does not parse: ${(error as Error).message}`);
      }
    }
    const expectType = (pathname: string, type: string) => {
      const found = types.get(pathname);
      if (!found?.includes(type)) problems.push(`${pathname}: JSON-LD ${JSON.stringify(found)}, expected ${type}`);
    };
    expectType('/', 'WebSite');
    for (const claim of claims) {
      const pathname = `/claims/${claim.id}/`;
      expectType(pathname, claim.data.verdict ? 'ClaimReview' : 'Claim');
      if (!claim.data.verdict && types.get(pathname)?.includes('ClaimReview')) problems.push(`${pathname}: ClaimReview without a verdict`);
      const page = byPath.get(pathname);
      const block = page ? jsonLd(page.$)[0]?.data : undefined;
      const thing = (claim.data.verdict ? block?.itemReviewed : block) as Record<string, unknown> | undefined;
      const articles = new Set(data.mentions.filter((m) => m.claim === claim.id).map((m) => m.article));
      const appearances = (thing?.appearance as unknown[] | undefined)?.length ?? 0;
      if (appearances !== Math.min(articles.size, STRUCTURED_DATA_LIMIT)) problems.push(`${pathname}: ${appearances} appearances for ${articles.size} articles`);
      if (articles.size > 0 && !thing?.firstAppearance) problems.push(`${pathname}: no firstAppearance`);
    }
    for (const story of stories) expectType(`/stories/${story.id}/`, 'CollectionPage');
    for (const article of items.filter((e) => e.collection === 'articles')) expectType(`/articles/${article.id}/`, 'CreativeWork');
    expectNone('JSON-LD', problems);
  });

  it('links each piece of evidence to its passage in the original with a correctly encoded text fragment', () => {
    const problems: string[] = [];
    const withOriginal = data.mentions.filter((m) => m.originalUrl);
    for (const mention of withOriginal) {
      const page = byPath.get(`/claims/${mention.claim}/`);
      const hrefs = page?.$('a[href*=":~:text="]').toArray().map((a) => page.$(a).attr('href')) ?? [];
      if (!hrefs.includes(mention.originalUrl!)) problems.push(`/claims/${mention.claim}/: no link to ${mention.originalUrl}`);
      const [original, directive] = mention.originalUrl!.split(':~:text=');
      const article = data.articles.find((a) => a.slug === mention.article);
      if (original?.split('#')[0] !== article?.originalUrl?.split('#')[0]) problems.push(`${mention.originalUrl}: not the article's address`);
      const words = mention.text.replace(/\s+/g, ' ').trim();
      const record = byPath.get(`/articles/${mention.article}/`)?.$('main').text().replace(/\s+/g, ' ') ?? '';
      for (const part of (directive ?? '').split(',')) {
        // A prefix (`words-`) and a suffix (`-words`) are the passage's words around the span.
        const context = part.endsWith('-') ? part.slice(0, -1) : part.startsWith('-') ? part.slice(1) : undefined;
        const term = context ?? part;
        if (/[-&\s#,]/.test(term) || term === '') problems.push(`${mention.originalUrl}: "${term}" is not fully encoded`);
        if (context === undefined && !words.includes(decodeURIComponent(term))) problems.push(`${mention.originalUrl}: "${decodeURIComponent(term)}" is not in the span`);
        if (context !== undefined && !record.includes(decodeURIComponent(term))) problems.push(`${mention.originalUrl}: "${decodeURIComponent(term)}" is not in the passage`);
      }
    }
    expectNone('text fragments', problems);
    if (content.includes('sharing-links')) {
      expect(withOriginal.length).toBeGreaterThan(3);
      // The chair's words quoted twice in one passage: the link lands on the second, the span.
      expect(withOriginal.map((m) => m.originalUrl)).toContain(
        'https://valley-wire.example/news/spillway-shut?ref=home&x=1#:~:text=to%20reporters%3A%20%E2%80%9C-,We%20will%20not%20reopen%20it%20until%20it%20is%20safe,-%2C%E2%80%9D%20said%20Mara',
      );
    }
  });

  it('publishes Atom feeds of new articles and of status changes that a feed reader parses', () => {
    for (const [file, self] of [
      ['feeds/articles.xml', `${DEFAULT_SITE}/feeds/articles.xml`],
      ['feeds/claims.xml', `${DEFAULT_SITE}/feeds/claims.xml`],
    ] as const) {
      const xml = read(dist, file);
      expect(XMLValidator.validate(xml), file).toBe(true);
      const feed = parseFeed(xml);
      expect(feed.self, file).toBe(self);
      expect(feed.items.length, file).toBeGreaterThan(0);
      // An entry's link leads to a page, and to its place there (a claim's status change: `#status-…`).
      const broken = feed.items.filter((i) => {
        const url = i.url?.startsWith(`${DEFAULT_SITE}/`) ? new URL(i.url) : undefined;
        const page = url && byPath.get(url.pathname);
        return !page || (url.hash !== '' && page.$(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).length !== 1);
      });
      expect(broken.map((i) => i.url), `${file}: entries linking nowhere`).toEqual([]);
    }
    const articles = parseFeed(read(dist, 'feeds/articles.xml'));
    expect(articles.items.length).toBe(Math.min(50, items.filter((e) => e.collection === 'articles').length));
    expect(read(dist, 'index.html')).toContain('href="/feeds/articles.xml"');
  });

  it('lists every indexable page in the sitemap, and no redirect and no 404', () => {
    const listed = new Set(sitemapPaths(dist) ?? []);
    const expected = reading.filter((p) => p.path !== '/404.html').map((p) => p.path);
    expect(expected.filter((p) => !listed.has(p)), 'pages missing from the sitemap').toEqual([]);
    const wrong = [...listed].filter((p) => !byPath.get(p) || byPath.get(p)!.redirect || p.startsWith('/404'));
    expect(wrong, 'sitemap entries that are redirects, the 404 page or missing').toEqual([]);
    expect(read(dist, 'sitemap-index.xml')).toContain(`${DEFAULT_SITE}/sitemap-0.xml`);
  });

  it('has a robots.txt naming the sitemap at the configured address', () => {
    const robots = read(dist, 'robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${DEFAULT_SITE}/sitemap-index.xml`);
  });

  it('exports open data that validates against its published JSON Schema and matches the content', () => {
    const schema = JSON.parse(read(dist, 'data/crosscheck.schema.json')) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    expect(data.claims.map((c) => c.id)).toEqual(claims.map((c) => c.id));
    expect(data.stories.map((s) => s.id)).toEqual(stories.map((s) => s.id));
    for (const claim of claims) {
      expect(data.claims.find((c) => c.id === claim.id)?.verdict !== null, claim.id).toBe(Boolean(claim.data.verdict));
    }
    const problems: string[] = [];
    for (const mention of data.mentions) {
      const [pagePath, anchor] = new URL(mention.url).pathname.concat(new URL(mention.url).hash).split('#');
      const page = byPath.get(pagePath!);
      if (!page || page.$(`[id="${anchor}"]`).length !== 1) problems.push(`${mention.url}: no such span`);
    }
    expectNone('mention links', problems);
    expect(existsSync(path.join(dist, 'data/index.html'))).toBe(true);
  });

  it('indexes claims, articles and stories for search, and finds each claim by the words of its statement', async () => {
    const { parts } = JSON.parse(readFileSync(path.join(dist, 'pagefind/parts.json'), 'utf8')) as { parts: string[] };
    expect(parts[0]).toBe('0/');
    for (const part of parts) expect(existsSync(path.join(dist, 'pagefind', part, 'pagefind.js'))).toBe(true);
    expect(existsSync(path.join(dist, 'pagefind/0/pagefind-ui.js'))).toBe(true);
    const server = await serveStatic(dist);
    servers.push(server);
    const pagefind = (await import(pathToFileURL(path.join(dist, 'pagefind/0/pagefind.js')).href)) as {
      options(o: object): Promise<void>;
      mergeIndex(url: string): Promise<void>;
      search(q: string): Promise<{ results: { data(): Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }> }[] }>;
    };
    await pagefind.options({ basePath: server.url('/pagefind/0/') });
    for (const part of parts.slice(1)) await pagefind.mergeIndex(server.url(`/pagefind/${part}`));
    const problems: string[] = [];
    for (const claim of data.claims.slice(0, 12)) {
      const query = claim.statement.replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
      const found = await Promise.all((await pagefind.search(query)).results.slice(0, 10).map((r) => r.data()));
      const hit = found.find((d) => new URL(d.url).pathname === `/claims/${claim.id}/`);
      if (!hit) {
        problems.push(`"${query}": /claims/${claim.id}/ not among ${found.map((d) => new URL(d.url).pathname).join(' ')}`);
        continue;
      }
      if (hit.meta.title !== claim.statement) problems.push(`/claims/${claim.id}/: result title "${hit.meta.title}"`);
      if (hit.meta.type !== 'Claim') problems.push(`/claims/${claim.id}/: result type "${hit.meta.type}"`);
      if (hit.meta.status !== claim.status.label) problems.push(`/claims/${claim.id}/: result status "${hit.meta.status}", expected "${claim.status.label}"`);
      if (!hit.filters.status?.includes(claim.status.label)) problems.push(`/claims/${claim.id}/: status filter ${JSON.stringify(hit.filters.status)}`);
      for (const d of found) if (byPath.get(new URL(d.url).pathname)?.redirect) problems.push(`"${query}": a redirect page is a result (${d.url})`);
    }
    expectNone('search', problems);
  });

  it('keeps reading pages script-free: only the search page runs script, and only it allows WebAssembly', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const scripts = page.$('script').toArray().filter((s) => page.$(s).attr('type') !== 'application/ld+json' && !(page.redirect && isFragmentKeeper(page.$.html(), page.$(s).text())));
      const csp = page.$('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      if (page.path === '/search/') {
        if (scripts.length === 0) problems.push('/search/: no script');
        if (!csp.includes("'wasm-unsafe-eval'")) problems.push('/search/: CSP does not allow WebAssembly');
        if (page.$('noscript').text().trim() === '') problems.push('/search/: no noscript message');
        if (page.$('form[role="search"] input[name="q"]').length !== 1) problems.push('/search/: no plain form');
      } else {
        if (scripts.length > 0) problems.push(`${page.path}: ${scripts.length} script(s)`);
        if (csp.includes('wasm-unsafe-eval')) problems.push(`${page.path}: CSP allows WebAssembly`);
      }
      if (/unsafe-inline/.test(csp)) problems.push(`${page.path}: CSP has unsafe-inline`);
    }
    expectNone('scripts', problems);
  });

  it('publishes a headers file whose CSP adds frame-ancestors and agrees with every page’s own policy', () => {
    const headers = read(dist, '_headers');
    const csp = /^\s+Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? '';
    const directives = csp.split(';').map((d) => d.trim()).filter(Boolean);
    expect(directives).toContain("frame-ancestors 'none'");
    for (const name of ['script-src', 'style-src', 'default-src']) expect(directives.some((d) => d.startsWith(name)), name).toBe(false);
    for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) expect(headers).toContain(header);
    const problems: string[] = [];
    for (const page of pages) {
      const own = (page.$('meta[http-equiv="content-security-policy"]').attr('content') ?? '').split(';').map((d) => d.trim());
      for (const d of directives) if (!d.startsWith('frame-ancestors') && !own.includes(d)) problems.push(`${page.path}: "${d}" is not in its own policy`);
    }
    expectNone('headers', problems);
  });
});

describe('dates in the sharing fixture, as its records give them', () => {
  // spillway-shut-for-six-weeks was published at 8 pm on 2 May in California
  // (2026-05-02T20:00:00-07:00), which is 3 May in UTC: every page and export says 2 May.
  const dist = builtSite('tests/fixtures/sharing-links/content');
  const pages = new Map(builtPages(dist).map((p) => [p.path, p.$]));
  const slug = 'spillway-shut-for-six-weeks';
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  /** "2026-05-02 2 May 2026": the machine-readable and the shown date of the first `<time>` in `scope`. */
  const dated = (scope: ReturnType<CheerioAPI>) => `${scope.find('time').first().attr('datetime')} ${squash(scope.find('time').first().text())}`;
  const term = ($: CheerioAPI, name: string) => $('dt').filter((_, dt) => $(dt).text() === name).next('dd');

  it('shows the day as the outlet gave it on the article page, and the added date in its own offset', () => {
    const $ = pages.get(`/articles/${slug}/`)!;
    expect(dated(term($, 'Published'))).toBe('2026-05-02 2 May 2026');
    expect(dated(term($, 'Added to Crosscheck'))).toBe('2026-05-03 3 May 2026');
    expect(jsonLd($).map((block) => block.raw).join('')).toContain('"datePublished":"2026-05-02T20:00:00.000-07:00"');
  });

  it('shows it beside the evidence on the claim page, and as the first report', () => {
    const $ = pages.get('/claims/spillway-closed-saturday/')!;
    const evidence = $('li.evidence').filter((_, li) => $(li).find(`a[href^="/articles/${slug}/"]`).length > 0);
    expect(evidence.length).toBe(1);
    expect(dated(evidence)).toBe('2026-05-02 2 May 2026');
    expect(dated(term($, 'First reported'))).toBe('2026-05-02 2 May 2026');
  });

  it('places it on 2 May on the story timeline', () => {
    const $ = pages.get('/stories/dam-spillway-repairs/')!;
    const entry = $('.timeline li').filter((_, li) => $(li).find(`a[href="/articles/${slug}/"]`).length > 0);
    expect(dated(entry)).toBe('2026-05-02 2 May 2026');
    // The leaflet has no publication date: it is neither drawn on 5 May, the day it was added, nor
    // ordered among the dated articles, but listed after them with what is known.
    expect($('.timeline svg text').toArray().map((t) => $(t).text())).toEqual(['2 May', '4 May']);
    expect($('.timeline li').toArray().map((li) => squash($(li).text()).replace(/ ·.*/, ''))).toEqual([
      '2 May 2026: Spillway shut for six weeks, authority says',
      '4 May 2026: Spillway repairs could take months </script><script>alert(1)</script>',
      'Added 5 May 2026: [A leaflet about the spillway]',
    ]);
    expect(squash($('.timeline > p').text())).toBe(
      'No publication date is on record for this article: it was out by the day it was added and may have been published before any of the dated articles above.',
    );
  });

  it('dates it in its offsets in the articles feed and in the open data', () => {
    const xml = read(dist, 'feeds/articles.xml');
    expect(xml).toContain('<published>2026-05-02T20:00:00.000-07:00</published>');
    expect(xml).toContain('<updated>2026-05-03T10:00:00.000+02:00</updated>');
    const data = JSON.parse(read(dist, 'data/crosscheck.json')) as OpenData;
    const article = data.articles.find((a) => a.slug === slug)!;
    expect([article.published, article.added]).toEqual(['2026-05-02T20:00:00.000-07:00', '2026-05-03T10:00:00.000+02:00']);
  });

  // The story is dated 2026-05-02T21:00:00-07:00 and the verdict on spillway-closed-saturday
  // 2026-05-06T18:30:00-07:00: 3 and 7 May in UTC, 2 and 6 May as their records give them.
  it("dates the story and the verdict on the days their records give, on the page, in JSON-LD and in the open data", () => {
    const story = pages.get('/stories/dam-spillway-repairs/')!;
    expect(dated(story('p.meta'))).toBe('2026-05-02 2 May 2026');
    expect(jsonLd(story).map((block) => block.raw).join('')).toContain('"temporalCoverage":"2026-05-02"');
    const claim = pages.get('/claims/spillway-closed-saturday/')!;
    expect(jsonLd(claim).map((block) => block.raw).join('')).toContain('"datePublished":"2026-05-06"');
    const data = JSON.parse(read(dist, 'data/crosscheck.json')) as OpenData;
    expect(data.stories.find((s) => s.id === 'dam-spillway-repairs')?.date).toBe('2026-05-02');
    expect(data.claims.find((c) => c.id === 'spillway-closed-saturday')?.verdict?.date).toBe('2026-05-06');
  });
});

describe('the sharing fixture built for another site address and base', () => {
  const site = 'https://news.example.net';
  // tests/support/build.ts drops the BASE_URL Vitest puts in process.env, so the base comes
  // from the configuration alone, as in a real build.
  const dist = builtSite('tests/fixtures/sharing-links/content', { CROSSCHECK_SITE: site, CROSSCHECK_BASE: '/cc/' });
  const pages = builtPages(dist);
  const root = `${site}/cc/`;

  it('writes every canonical, Open Graph, Twitter and preview URL with the configured address and base', () => {
    const problems: string[] = [];
    for (const page of pages.filter((p) => !p.redirect && p.path !== '/404.html')) {
      const canonical = page.$('link[rel="canonical"]').attr('href') ?? '';
      if (canonical !== `${root}${page.path.slice(1)}`) problems.push(`${page.path}: canonical ${canonical}`);
      for (const key of ['og:url', 'og:image', 'twitter:image']) {
        const value = meta(page, key);
        if (value !== undefined && !value.startsWith(root)) problems.push(`${page.path}: ${key} ${value}`);
      }
    }
    const claim = pages.find((p) => p.path === '/claims/spillway-closed-saturday/');
    expect(claim && meta(claim, 'og:image')).toBe(`${root}previews/claims/spillway-closed-saturday.png`);
    expectNone('absolute URLs', problems);
  });

  it('points redirects, feeds, sitemap, robots.txt, structured data and open data at the configured address', () => {
    const redirect = pages.find((p) => p.path === '/claims/spillway-closed/')!;
    expect(redirect.$('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/cc/claims/spillway-closed-saturday/');
    expect(redirect.$('link[rel="canonical"]').attr('href')).toBe(`${root}claims/spillway-closed-saturday/`);
    expect(parseFeed(read(dist, 'feeds/articles.xml')).self).toBe(`${root}feeds/articles.xml`);
    expect(parseFeed(read(dist, 'feeds/claims.xml')).items[0]?.url).toMatch(new RegExp(`^${root}claims/`));
    expect((sitemapPaths(dist) ?? []).every((p) => p.startsWith('/cc/'))).toBe(true);
    expect(read(dist, 'robots.txt')).toContain(`Sitemap: ${root}sitemap-index.xml`);
    const home = pages.find((p) => p.path === '/')!;
    expect(jsonLd(home.$)[0]?.data.url).toBe(root);
    const data = JSON.parse(read(dist, 'data/crosscheck.json')) as OpenData;
    expect(data.site).toBe(root);
    expect(data.$schema).toBe(`${root}data/crosscheck.schema.json`);
    expect(data.claims.every((c) => c.url.startsWith(`${root}claims/`))).toBe(true);
  });
});
