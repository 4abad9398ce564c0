/**
 * The site's own sentences, as built, on every page of every corpus (site.ts: the real content, the
 * good and the reading fixtures): no word runs into the next after a comma, colon or semicolon ("86
 * claims:17 contested"). Astro drops the white space between a line of text and an expression that
 * starts the next line of a template, so a sentence split there loses its space without a word.
 *
 * The articles' own words (the record, quotations, quote diffs) and code are left out: they are
 * the outlets' text, not ours, and a URL or a field name may have a colon in it.
 *
 * And a claim's status, a box on the screen, is set apart from the words after it for a screen
 * reader too, which reads no box: by punctuation, a parenthesis, or an element read on its own.
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

describe.each(corpora)('statuses on the $name build', (corpus) => {
  // A claim's status is drawn as a box (.status), which sets it apart on the screen; read aloud,
  // the box is not there, and "Contested Asserted by 2 independent sources", "Reported only Only
  // quoted" (a claim's page) and "Contested mentioned by 2 of 3 other independent sources" (what an
  // article left out) ran it into the next words. Punctuation sets it apart, or a parenthesis.
  it('sets a claim\'s status apart from the words after it, as a screen reader reads them', () => {
    const outDir = buildCorpus(corpus);
    const problems: string[] = [];
    let badges = 0;
    for (const page of readingPages(htmlPages(outDir))) {
      const $ = cheerio.load(readFileSync(path.join(outDir, page.file), 'utf8'));
      $('main .status').each((_, badge) => {
        badges++;
        // What is read next: the text after it up to the next element a screen reader announces
        // on its own (a link, a line break, a block), which is set apart by that.
        const siblings = $(badge).parent().contents().toArray();
        const next = siblings.slice(siblings.indexOf(badge) + 1);
        const own = next.findIndex((node) => node.type === 'tag' && /^(a|br|p|ul|ol|li|blockquote|div|dl|table|section)$/.test(node.name));
        const after = (own < 0 ? next : next.slice(0, own)).map((node) => $(node).text()).join('').replace(/\s+/g, ' ').trim();
        if (after && !/^[·:;,.()–—]/.test(after)) problems.push(`${page.path}  "${$(badge).text()}" runs into "${after.slice(0, 40)}"`);
      });
    }
    expect(badges).toBeGreaterThan(0);
    expectNone(`statuses run into the next words in the ${corpus.name} build`, problems);
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
