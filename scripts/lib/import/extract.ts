/**
 * Reads a news article as an editor receives it (plain text, Markdown, or a saved web page) into
 * its metadata and its text. Pure: the file's text in, a {@link SourceDocument} out. Nothing is
 * guessed that the source does not say: a field the source lacks is left undefined.
 *
 * - Plain text: a first line that reads like a headline (short, no closing full stop, followed by
 *   more text) is the headline; `Source:`, `URL:`, `Published:`, `Date:` and `By …` lines at the
 *   top or bottom are read and left out of the text.
 * - Markdown: the first `# ` heading is the headline; `> Source: <url>` and `> Published: date`
 *   lines (and the plain-text lines above) are read; inline markup is removed from the text.
 * - HTML: the headline, address, date, author, site name and language come from the page's
 *   `og:`, `article:`, `twitter:` and JSON-LD metadata (then `<h1>`, `<title>`, `<time>`); the
 *   text is that of `<article>`, else `<main>`, else the body, without navigation, scripts,
 *   asides, figures and forms, one paragraph per block.
 */
import * as cheerio from 'cheerio';

export type SourceFormat = 'text' | 'markdown' | 'html';

export interface SourceDocument {
  format: SourceFormat;
  headline?: string | undefined;
  url?: string | undefined;
  /** As found: an ISO date (`2026-06-05`) or date and time with offset (`2026-06-05T17:00:44Z`). */
  published?: string | undefined;
  byline?: string | undefined;
  /** A BCP 47 tag, when the source declares one. */
  language?: string | undefined;
  /** The publisher's name, when the source declares one (`og:site_name`, JSON-LD publisher). */
  siteName?: string | undefined;
  /** The article's text: paragraphs separated by blank lines, without the lines read as metadata. */
  text: string;
}

/** Which format a file is in, from its name and, when the name does not say, its first lines. */
export function detectFormat(name: string, text: string): SourceFormat {
  if (/\.x?html?$/i.test(name)) return 'html';
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  const head = text.slice(0, 2000).trimStart();
  if (/^(<!doctype html|<html|<head|<meta|<article)/i.test(head)) return 'html';
  if (/^#{1,2} \S/m.test(head) && (/^> ?\w+: /m.test(head) || /\[[^\]]+\]\([^)]+\)/.test(head))) return 'markdown';
  return 'text';
}

export function extractSource(name: string, text: string): SourceDocument {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const format = detectFormat(name, clean);
  if (format === 'html') return fromHtml(clean);
  return fromText(clean, format);
}

/** `Source: …` / `Published: …` / `By …` lines, as the seeds and many exports write them. */
const META_LINE = /^(?:>\s*)?(source|url|link|published|date|updated|by|byline|author)\s*:\s*(.+?)\s*$/i;
const BY_LINE = /^(?:>\s*)?by\s+([A-Z][\p{L}'’.-]+(?:\s+(?:[A-Z][\p{L}'’.-]+|and|&|de|van|von))*)\s*$/u;

function fromText(text: string, format: 'text' | 'markdown'): SourceDocument {
  const doc: SourceDocument = { format, text: '' };
  const lines = text.split('\n');
  const filled = lines.map((line, i) => (line.trim() === '' ? -1 : i)).filter((i) => i >= 0);
  // Metadata lines are looked for near the top and the bottom only: a sentence in the middle that
  // starts "By …" is the article's.
  const near = new Set([...filled.slice(0, 10), ...filled.slice(-5)]);
  const kept: string[] = [];
  for (const [i, line] of lines.entries()) {
    const meta = near.has(i) ? META_LINE.exec(line.trim()) : null;
    const by = near.has(i) && line.trim().length <= 60 ? BY_LINE.exec(line.trim()) : null;
    if (meta) {
      const key = meta[1]!.toLowerCase();
      const value = meta[2]!.replace(/^<(.+)>$/, '$1').trim();
      if ((key === 'source' || key === 'url' || key === 'link') && /^https?:\/\/\S+$/.test(value)) doc.url ??= value;
      else if (key === 'published' || key === 'date') doc.published ??= parseDate(value);
      else if (key === 'by' || key === 'byline' || key === 'author') doc.byline ??= value;
      else if (key === 'updated') {
        // Not the publication date: left out of the text, not recorded.
      } else {
        kept.push(line);
        continue;
      }
      continue;
    }
    if (by && !doc.byline) {
      doc.byline = by[1];
      continue;
    }
    kept.push(line);
  }

  let body = kept;
  if (format === 'markdown') {
    const heading = body.findIndex((line) => /^#\s+\S/.test(line));
    if (heading !== -1 && body.slice(0, heading).every((l) => l.trim() === '')) {
      doc.headline = plainInline(body[heading]!.replace(/^#\s+/, '')).trim();
      body = body.slice(heading + 1);
    }
    body = body.map((line) => plainMarkdownLine(line));
  } else {
    const first = body.findIndex((line) => line.trim() !== '');
    const rest = first === -1 ? [] : body.slice(first + 1).filter((l) => l.trim() !== '');
    if (first !== -1 && looksLikeHeadline(body[first]!.trim()) && rest.length > 0) {
      doc.headline = body[first]!.trim();
      body = body.slice(first + 1);
    }
  }
  doc.text = paragraphs(body.join('\n'));
  return doc;
}

/** Short, no sentence-ending punctuation, not a list item or a quotation. */
export function looksLikeHeadline(line: string): boolean {
  if (line.length < 12 || line.length > 200) return false;
  if (/[.!?:;,"”'’)\]]$/.test(line)) return false;
  if (/^[-*•>"“]/.test(line)) return false;
  return line.split(/\s+/).length >= 3;
}

/** Markdown inline markup removed: links keep their text, emphasis and code their content. */
function plainInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

function plainMarkdownLine(line: string): string {
  return plainInline(line.replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, ''));
}

/** Lines joined into paragraphs: one per non-empty line of prose, blank lines between. */
function paragraphs(text: string): string {
  return text
    .split(/\n/)
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n\n');
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A date as the frontmatter writes it, from the forms sources use: ISO dates and times (the
 * offset kept, `+00:00` written `Z`), "5 June 2026" and "June 5, 2026". Anything else is not a
 * date we can record: undefined.
 */
export function parseDate(value: string): string | undefined {
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(v);
  if (iso) {
    const [, day, time, zone] = iso;
    if (!valid(day!)) return undefined;
    if (!time) return day;
    // A time without an offset is ambiguous: only the day is certain.
    if (!zone) return day;
    const offset = zone.toUpperCase() === 'Z' || /^[+-]00:?00$/.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return `${day}T${time.length === 5 ? `${time}:00` : time}${offset}`;
  }
  const dmy = /^(?:\w+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/.exec(v);
  const mdy = /^(?:\w+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(v);
  const parts = dmy ? { d: dmy[1]!, m: dmy[2]!, y: dmy[3]! } : mdy ? { d: mdy[2]!, m: mdy[1]!, y: mdy[3]! } : undefined;
  if (!parts) return undefined;
  const month = MONTHS.findIndex((name) => name.startsWith(parts.m.toLowerCase()) && parts.m.length >= 3) + 1;
  if (month === 0) return undefined;
  const day = `${parts.y}-${String(month).padStart(2, '0')}-${parts.d.padStart(2, '0')}`;
  return valid(day) ? day : undefined;
}

function valid(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Elements whose text is not the article's. */
const NOT_TEXT =
  'script, style, noscript, template, nav, header, footer, aside, form, button, figure, iframe, svg, [hidden], [aria-hidden="true"], .share, .related, .newsletter, .advert, .ad, .byline, [rel="author"]';
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, figcaption';

function fromHtml(html: string): SourceDocument {
  const $ = cheerio.load(html);
  const meta = (...selectors: string[]): string | undefined => {
    for (const selector of selectors) {
      const value = $(selector).first().attr('content')?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const ld = jsonLd($);

  const doc: SourceDocument = { format: 'html', text: '' };
  doc.headline =
    meta('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? ld.headline ?? (textOf($('h1').first().text()) || undefined) ?? (textOf($('title').text()) || undefined);
  const canonical = $('link[rel="canonical"]').attr('href')?.trim();
  const url = meta('meta[property="og:url"]') ?? canonical ?? ld.url;
  doc.url = url && /^https?:\/\//.test(url) ? url : undefined;
  const published =
    meta('meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]') ??
    ld.datePublished ??
    $('time[datetime]').first().attr('datetime');
  doc.published = published ? parseDate(published) : undefined;
  const author = meta('meta[name="author"]', 'meta[property="article:author"]') ?? ld.author ?? (textOf($('[rel="author"], .byline, [itemprop="author"]').first().text()) || undefined);
  doc.byline = author && !/^https?:\/\//.test(author) ? author.replace(/^by\s+/i, '') : undefined;
  doc.language = $('html').attr('lang')?.trim() || meta('meta[property="og:locale"]')?.replace('_', '-');
  if (doc.language && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(doc.language)) doc.language = undefined;
  doc.siteName = meta('meta[property="og:site_name"]', 'meta[name="application-name"]') ?? ld.publisher;

  const root = ['article', 'main', '[role="main"]', 'body'].map((s) => $(s).first()).find((el) => el.length > 0) ?? $.root();
  root.find(NOT_TEXT).remove();
  const blocks: string[] = [];
  root.find(BLOCKS).each((_, element) => {
    // The innermost blocks only: a <li> holding <p>s gives its paragraphs, not their concatenation.
    if ($(element).find(BLOCKS).length > 0) return;
    const text = textOf($(element).text());
    if (text) blocks.push(text);
  });
  if (blocks.length === 0) blocks.push(...textOf(root.text()).split(/\n{2,}/));
  // The headline again at the top of the text is not part of it.
  if (doc.headline && blocks[0] === doc.headline) blocks.shift();
  doc.text = blocks.join('\n\n');
  return doc;
}

function textOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface LinkedData {
  headline?: string | undefined;
  url?: string | undefined;
  datePublished?: string | undefined;
  author?: string | undefined;
  publisher?: string | undefined;
}

/** The first NewsArticle-like object in the page's JSON-LD. */
function jsonLd($: cheerio.CheerioAPI): LinkedData {
  const found: LinkedData = {};
  $('script[type="application/ld+json"]').each((_, element) => {
    let data: unknown;
    try {
      data = JSON.parse($(element).text());
    } catch {
      return;
    }
    const items: unknown[] = Array.isArray(data) ? data : [data, ...(((data as { '@graph'?: unknown[] })?.['@graph']) ?? [])];
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (!/Article|Posting|Report/.test(String(o['@type'] ?? ''))) continue;
      const name = (v: unknown): string | undefined => {
        const first = Array.isArray(v) ? v[0] : v;
        if (typeof first === 'string') return first;
        if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string') return (first as { name: string }).name;
        return undefined;
      };
      found.headline ??= typeof o.headline === 'string' ? o.headline : undefined;
      found.url ??= typeof o.url === 'string' ? o.url : undefined;
      found.datePublished ??= typeof o.datePublished === 'string' ? o.datePublished : undefined;
      found.author ??= name(o.author);
      found.publisher ??= name(o.publisher);
    }
  });
  return found;
}
