/**
 * Internal links of a built site, checked without a server: every link, image, stylesheet,
 * canonical URL, preview image, sitemap entry and feed link that points into the site must name
 * a built file, and every `#fragment` must name an element id in the page it points to.
 * Links to other sites are not followed (the build does not go online).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { listFiles } from './build.ts';
import { pathOfFile } from './site.ts';

export interface BrokenLink {
  /** The page (URL path) or file the link is on. */
  page: string;
  /** The link as written. */
  href: string;
  /** Where it was found, such as `a[href]` or `meta[property=og:url]`. */
  where: string;
  reason: string;
}

interface Reference {
  href: string;
  where: string;
}

/** Attributes that hold one URL, by selector. */
const urlAttributes: [string, string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['form[action]', 'action'],
  ['button[formaction]', 'formaction'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
  ['q[cite]', 'cite'],
  ['blockquote[cite]', 'cite'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

function htmlReferences($: cheerio.CheerioAPI): Reference[] {
  const refs: Reference[] = [];
  for (const [selector, attribute] of urlAttributes) {
    $(selector).each((_, element) => {
      const value = $(element).attr(attribute);
      if (value !== undefined) refs.push({ href: value.trim(), where: selector.includes('=') ? selector : `${selector.replace(/\[.*$/, '')}[${attribute}]` });
    });
  }
  $('img[srcset], source[srcset]').each((_, element) => {
    for (const candidate of ($(element).attr('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) refs.push({ href: url, where: `${element.tagName}[srcset]` });
    }
  });
  return refs;
}

function xmlReferences(xml: string): Reference[] {
  const refs: Reference[] = [];
  const unescape = (s: string) => s.replace(/&amp;/g, '&').trim();
  for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) refs.push({ href: unescape(m[1] ?? ''), where: 'loc' });
  for (const m of xml.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)) refs.push({ href: unescape(m[1] ?? ''), where: 'link[href]' });
  for (const m of xml.matchAll(/<link>([^<]+)<\/link>/g)) refs.push({ href: unescape(m[1] ?? ''), where: 'link' });
  for (const m of xml.matchAll(/<(icon|logo|url)>([^<]+)<\/\1>/g)) refs.push({ href: unescape(m[2] ?? ''), where: m[1] ?? '' });
  return refs;
}

/** Element ids (and legacy `a[name]` anchors) of an HTML document. */
function idsOf($: cheerio.CheerioAPI): Set<string> {
  const ids = new Set<string>();
  $('[id]').each((_, element) => void ids.add($(element).attr('id') ?? ''));
  $('a[name]').each((_, element) => void ids.add($(element).attr('name') ?? ''));
  return ids;
}

/**
 * A fragment percent-decoded as a browser decodes it: a `%` not followed by two hex digits is
 * kept as it is, and bytes that are not UTF-8 become U+FFFD (where decodeURIComponent throws).
 */
function percentDecoded(fragment: string): string {
  const bytes: number[] = [];
  const utf8 = new TextEncoder();
  for (let i = 0; i < fragment.length; ) {
    if (fragment[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(fragment.slice(i + 1, i + 3))) {
      bytes.push(parseInt(fragment.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      const char = String.fromCodePoint(fragment.codePointAt(i)!);
      bytes.push(...utf8.encode(char));
      i += char.length;
    }
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(bytes));
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Every broken internal link of the site in `outDir`. `origin` is the site's public origin:
 * absolute URLs on it (canonical links, feeds, sitemap) are internal too.
 */
export function findBrokenLinks(outDir: string, origin: string): BrokenLink[] {
  const files = listFiles(outDir);
  const documents = new Map<string, cheerio.CheerioAPI>();
  const idCache = new Map<string, Set<string>>();
  const load = (file: string) => {
    let $ = documents.get(file);
    if (!$) {
      $ = cheerio.load(readFileSync(path.join(outDir, file), 'utf8'));
      documents.set(file, $);
    }
    return $;
  };
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) {
      set = idsOf(load(file));
      idCache.set(file, set);
    }
    return set;
  };

  const broken: BrokenLink[] = [];
  for (const file of files) {
    let refs: Reference[];
    if (file.endsWith('.html')) refs = htmlReferences(load(file));
    else if (file.endsWith('.xml')) refs = xmlReferences(readFileSync(path.join(outDir, file), 'utf8'));
    else continue;
    const page = file.endsWith('.html') ? pathOfFile(file) : `/${file}`;
    const pageUrl = new URL(page, origin);
    for (const { href, where } of refs) {
      const fail = (reason: string) => broken.push({ page, href, where, reason });
      if (href === '') {
        fail('empty link');
        continue;
      }
      let url: URL;
      try {
        url = new URL(href, pageUrl);
      } catch {
        fail('not a valid URL');
        continue;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue; // mailto:, data:, …
      if (url.origin !== pageUrl.origin) continue; // another site
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        fail('badly percent-encoded path');
        continue;
      }
      let target: string | undefined;
      if (pathname.endsWith('/')) {
        const index = `${pathname.slice(1)}index.html`;
        if (isFile(path.join(outDir, index))) target = index;
        else fail(`no page at ${pathname} (missing ${index})`);
      } else if (isFile(path.join(outDir, pathname.slice(1)))) {
        target = pathname.slice(1);
      } else if (isDirectory(path.join(outDir, pathname.slice(1)))) {
        fail(`${pathname} is a folder: link to ${pathname}/ (the site's URLs end in a slash)`);
      } else {
        fail(`no file at ${pathname}`);
      }
      if (!target || !target.endsWith('.html') || (!url.hash && !href.includes('#'))) continue;
      const fragment = url.hash.slice(1);
      if (fragment === '') {
        fail('empty fragment (#)');
        continue;
      }
      if (fragment.startsWith(':~:')) continue; // a text fragment
      // As a browser finds it (HTML, "the indicated part of the document"): the fragment as
      // written first, then percent-decoded, so `#a%20b` is the element with id `a%20b` when
      // there is one, and `a b` only otherwise.
      if (ids(target).has(fragment)) continue;
      const id = percentDecoded(fragment);
      if (!ids(target).has(id)) fail(`no element with id "${id === fragment ? id : `${fragment}" or "${id}`}" in ${pathOfFile(target)}`);
    }
  }
  return broken;
}

/**
 * One line per broken link and reason, naming the pages it is on (a broken link in the site's
 * header would otherwise fill a line per page).
 */
export function formatBrokenLinks(links: BrokenLink[], pagesShown = 6): string[] {
  const groups = new Map<string, string[]>();
  for (const link of links) {
    const key = `${link.where}="${link.href}"  ${link.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), link.page]);
  }
  return [...groups].map(([key, pages]) => {
    const shown = pages.slice(0, pagesShown).join(', ');
    const more = pages.length > pagesShown ? ` and ${pages.length - pagesShown} more` : '';
    return `${key}  on ${pages.length === 1 ? '' : `${pages.length} pages: `}${shown}${more}`;
  });
}
