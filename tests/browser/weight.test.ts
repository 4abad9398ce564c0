/**
 * Page weight: every page a reader opens (a story, article or claim page, the indexes and their
 * month and letter pages, an outlet's or entity's page and their sub-pages, the home page) fits its
 * HTML and CSS, gzipped, in 14 KB, the first round trip of a TCP connection, so a reader on a slow
 * link sees the whole page after one exchange. Reading pages run no JavaScript (structured data only), and the site brings no fonts
 * of its own. The test prints every measured page, heaviest first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../support/build.ts';
import { expectNone } from '../support/harness.ts';
import { buildCorpus, corpora, htmlPages, isFragmentKeeper, isScriptUrl, urlAttributes, type PageKind } from '../support/site.ts';

/** 14 KB: ten TCP segments of 1,460 bytes, less headers, rounded as the web performance folklore has it. */
const budget = 14 * 1024;
/** The kinds of page each build must have; every page but a redirect is measured. */
const requiredKinds: PageKind[] = ['story', 'article', 'claim'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (data: string | Buffer) => gzipSync(data, { level: 6 }).length;

describe.each(corpora)('the $name build', (corpus) => {
  it('serves every page but a redirect in 14 KB of gzipped HTML and CSS', () => {
    const outDir = buildCorpus(corpus);
    const measured: { path: string; html: number; css: number; total: number }[] = [];
    for (const page of htmlPages(outDir).filter((p) => p.kind !== 'redirect')) {
      const html = readFileSync(path.join(outDir, page.file), 'utf8');
      const $ = cheerio.load(html);
      let css = 0;
      $('link[rel~="stylesheet"][href]').each((_, el) => {
        const href = new URL($(el).attr('href') ?? '', `http://site${page.path}`).pathname;
        css += gzipped(readFileSync(path.join(outDir, decodeURIComponent(href))));
      });
      const size = gzipped(html);
      measured.push({ path: page.path, html: size, css, total: size + css });
    }
    measured.sort((a, b) => b.total - a.total);
    for (const kind of requiredKinds) {
      expect(htmlPages(outDir).some((p) => p.kind === kind), `no ${kind} page was built`).toBe(true);
    }
    const table = measured.map((m) => `${kb(m.total).padStart(8)}  (html ${kb(m.html)}, css ${kb(m.css)})  ${m.path}`);
    console.log(`Page weight, ${corpus.name} build, gzipped, heaviest first (budget ${kb(budget)}):\n${table.join('\n')}`);
    const heaviest = measured[0];
    if (heaviest) console.log(`Heaviest: ${heaviest.path} at ${kb(heaviest.total)} (${heaviest.total} bytes).`);
    const over = measured.filter((m) => m.total > budget).map((m) => `${m.path}  ${kb(m.total)} (${m.total} bytes, html ${m.html}, css ${m.css}) is over ${budget} bytes`);
    expectNone(`pages over the 14 KB budget in the ${corpus.name} build`, over);
  });

  it('runs no JavaScript on reading pages', () => {
    const outDir = buildCorpus(corpus);
    const problems: string[] = [];
    for (const page of htmlPages(outDir)) {
      // Search is the one page that needs a script (Pagefind); everything else reads without one.
      if (page.kind === 'search') continue;
      const html = readFileSync(path.join(outDir, page.file), 'utf8');
      const $ = cheerio.load(html);
      $('script').each((_, el) => {
        const type = ($(el).attr('type') ?? '').trim().toLowerCase();
        // A redirect page's own, which keeps the old address's #… where script runs (src/layouts/Redirect.astro).
        if (page.kind === 'redirect' && isFragmentKeeper(html, $(el).text())) return;
        if (type !== 'application/ld+json') {
          problems.push(`${page.path}  <script${type ? ` type="${type}"` : ''}${$(el).attr('src') ? ` src="${$(el).attr('src')}"` : ''}>`);
          return;
        }
        try {
          JSON.parse($(el).text());
        } catch {
          problems.push(`${page.path}  its JSON-LD does not parse`);
        }
      });
      $('link[rel~="modulepreload"], link[rel~="preload"][as="script"]').each((_, el) => void problems.push(`${page.path}  preloads script ${$(el).attr('href')}`));
      $('*').each((_, el) => {
        for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
          if (/^on/i.test(name)) problems.push(`${page.path}  <${(el as { tagName: string }).tagName} ${name}> (an inline event handler)`);
          if (urlAttributes.includes(name.toLowerCase()) && isScriptUrl(value)) problems.push(`${page.path}  <${(el as { tagName: string }).tagName} ${name}="${value}">`);
        }
      });
    }
    expectNone(`JavaScript on reading pages of the ${corpus.name} build`, problems);
  });

  it('uses the system fonts: no @font-face, no font files, no font preloads', () => {
    const outDir = buildCorpus(corpus);
    const problems: string[] = [];
    for (const file of listFiles(outDir)) {
      if (/\.(woff2?|ttf|otf|eot)$/i.test(file)) problems.push(`${file}  is a font file`);
      if (!/\.(html|css)$/.test(file)) continue;
      const text = readFileSync(path.join(outDir, file), 'utf8');
      if (/@font-face/i.test(text)) problems.push(`${file}  declares @font-face`);
      if (/<link\b[^>]*\bas=["']?font/i.test(text)) problems.push(`${file}  preloads a font`);
    }
    expectNone(`fonts in the ${corpus.name} build`, problems);
  });
});
