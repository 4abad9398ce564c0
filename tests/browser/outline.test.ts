/**
 * The heading outline, on every page of every corpus (site.ts: the real content, the good and the
 * reading fixtures), as a screen reader's list of headings presents it: one `h1`; no level skipped
 * on the way down; and the headings inside a part of the page rank below that part's own heading.
 * An article's record is a part of "The passages and their claims" (an `h2`), so the record's "The
 * call" is an `h3`, not a sibling of "Claims in this article". axe's heading rules are best
 * practices, outside the WCAG tags axe.test.ts runs. And no heading stands over nothing: a part
 * with nothing to show says so (an outlet with no articles, a claim with no notes: "None.").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, it } from 'vitest';
import { expectNone } from '../support/harness.ts';
import { buildCorpus, corpora, htmlPages, readingPages } from '../support/site.ts';

const headings = 'h1, h2, h3, h4, h5, h6';
const rank = (tagName: string) => Number(tagName.slice(1));
/** An element as cheerio gives it (its node types come from domhandler, not a dependency here). */
type Tag = Parameters<cheerio.CheerioAPI>[0] & { tagName: string };

describe.each(corpora)('the heading outline of the $name build', (corpus) => {
  it('has one h1, skips no level, and nests each part\'s headings under its own', () => {
    const outDir = buildCorpus(corpus);
    const problems: string[] = [];
    for (const page of readingPages(htmlPages(outDir))) {
      const $ = cheerio.load(readFileSync(path.join(outDir, page.file), 'utf8'));
      const name = (el: Tag) => `<${el.tagName}> "${$(el).text().replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
      const all = $(headings).toArray() as Tag[];
      const h1s = all.filter((el) => el.tagName === 'h1').length;
      if (h1s !== 1) problems.push(`${page.path}  has ${h1s} h1 elements`);
      let previous = 0;
      for (const el of all) {
        if (previous > 0 && rank(el.tagName) > previous + 1) problems.push(`${page.path}  ${name(el)} follows an h${previous}`);
        previous = rank(el.tagName);
      }
      // A part labelled by a heading (a section, or the record under its heading) holds only deeper ones.
      const part = (el: Tag, id: string | undefined) => ({ el, heading: $(`#${id}`).get(0) as Tag | undefined });
      const parts = ($('section[aria-labelledby]').toArray() as Tag[]).map((el) => part(el, $(el).attr('aria-labelledby')));
      for (const el of $('.record').toArray() as Tag[]) parts.push(part(el, 'record'));
      for (const { el, heading } of parts) {
        if (!heading || !/^h[1-6]$/.test(heading.tagName)) continue;
        for (const inner of $(el).find(headings).toArray() as Tag[]) {
          if (inner !== heading && rank(inner.tagName) <= rank(heading.tagName)) {
            problems.push(`${page.path}  ${name(inner)} is inside ${name(heading)}'s part but ranks with it or above`);
          }
        }
      }
    }
    expectNone(`heading outline in the ${corpus.name} build`, problems);
  });

  it('leaves no heading with nothing under it: an empty part says so (None.), and no list is empty', () => {
    const outDir = buildCorpus(corpus);
    const problems: string[] = [];
    for (const page of readingPages(htmlPages(outDir))) {
      const $ = cheerio.load(readFileSync(path.join(outDir, page.file), 'utf8'));
      for (const el of $('main section[aria-labelledby]').toArray()) {
        const id = $(el).attr('aria-labelledby')!;
        const under = $(el).children().not(`#${id}`);
        if (under.text().trim() === '') problems.push(`${page.path}  the part "${$(`#${id}`).text().trim()}" holds nothing under its heading`);
      }
      for (const heading of $(`main :is(${headings})`).toArray() as Tag[]) {
        const next = $(heading).next();
        if (next.is('ul, ol') && next.children('li').length === 0) problems.push(`${page.path}  "${$(heading).text().trim()}" is followed by an empty list`);
      }
    }
    expectNone(`headings with nothing under them in the ${corpus.name} build`, problems);
  });
});
