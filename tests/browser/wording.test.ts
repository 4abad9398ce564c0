/**
 * The site's own sentences, as built, on every page of every corpus (site.ts: the real content, the
 * good and the reading fixtures): no word runs into the next after a comma, colon or semicolon ("86
 * claims:17 contested"). Astro drops the white space between a line of text and an expression that
 * starts the next line of a template, so a sentence split there loses its space without a word.
 *
 * The articles' own words (the record, quotations, quote diffs) and code are left out: they are
 * the outlets' text, not ours, and a URL or a field name may have a colon in it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { expectNone } from '../support/harness.ts';
import { buildCorpus, corpora, htmlPages, readingCorpus, readingPages } from '../support/site.ts';

/** Elements whose text is a line of prose; one that holds another block is read through it. */
const blocks = 'p, li, dd, dt, td, th, h1, h2, h3, h4, summary, caption, figcaption';
const nested = 'p, ul, ol, li, blockquote, div, dl, table, details, section';
/** Not ours, or not prose. */
const theirs = '.record, blockquote, .diff, code, pre, script, style, template';
/** Punctuation followed by a letter or a digit with no space between. */
const runOn = /[a-z)][,:;][A-Za-z0-9]/;

describe.each(corpora)('wording on the $name build', (corpus) => {
  it('keeps a space after every comma, colon and semicolon in the site\'s own text', () => {
    const outDir = buildCorpus(corpus);
    const problems: string[] = [];
    for (const page of readingPages(htmlPages(outDir))) {
      const $ = cheerio.load(readFileSync(path.join(outDir, page.file), 'utf8'));
      $(theirs).remove();
      $(blocks).each((_, element) => {
        if ($(element).find(nested).length > 0) return;
        const text = $(element).text().replace(/\s+/g, ' ').trim();
        const match = runOn.exec(text);
        if (!match) return;
        const at = match.index;
        problems.push(`${page.path}  "…${text.slice(Math.max(0, at - 30), at + 30)}…"`);
      });
    }
    expectNone(`words run together in the ${corpus.name} build`, problems);
  });
});

describe('a story no article belongs to yet (the reading fixture)', () => {
  it('says so, instead of "0 articles from 0 independent sources" over an empty matrix, timeline and lists', () => {
    const outDir = buildCorpus(readingCorpus);
    const $ = cheerio.load(readFileSync(path.join(outDir, 'stories/story-without-articles/index.html'), 'utf8'));
    const main = $('main').text().replace(/\s+/g, ' ');
    expect(main).toContain('No article of this story has been recorded yet');
    expect(main).not.toContain('0 articles');
    expect($('main h2, main table, main svg').length).toBe(0);
  });
});
