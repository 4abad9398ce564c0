/**
 * The story's coverage matrix against the content files, on every corpus (site.ts: the real
 * content, the good and the reading fixtures): each cell names every stance its article takes on
 * its claim. An article that both disputes and qualifies a claim must not read as one that only
 * disputes it, when the claim's page lists it under both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { expectNone } from '../support/harness.ts';
import { buildCorpus, contentFacts, corpora, htmlPages, normalise } from '../support/site.ts';

const words: Record<string, string> = { asserts: 'asserts', disputes: 'disputes', quotes: 'quotes', qualifies: 'qualifies' };
/** The last path segment of a link: an article slug or a claim id. */
const idOf = (href: string | undefined) => (href ?? '').replace(/\/$/, '').split('/').pop() ?? '';

describe.each(corpora)('the coverage matrix of the $name build', (corpus) => {
  it('names every stance an article takes on a claim in its cell', () => {
    const outDir = buildCorpus(corpus);
    const facts = contentFacts(corpus.content);
    const stories = htmlPages(outDir).filter((page) => page.kind === 'story');
    expect(stories.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of stories) {
      const $ = cheerio.load(readFileSync(path.join(outDir, page.file), 'utf8'));
      const table = $('table.matrix');
      const columns = table.find('thead th').toArray().map((th) => idOf($(th).find('a').attr('href')));
      for (const row of table.find('tbody tr').toArray()) {
        const claim = idOf($(row).find('th[scope="row"] a').attr('href'));
        $(row)
          .children()
          .each((i, cell) => {
            const article = columns[i];
            if (i === 0 || !article) return;
            const text = normalise($(cell).text()).toLowerCase();
            const stances = new Set(facts.mentions.filter((m) => m.article === article && m.claim === claim).map((m) => m.stance));
            for (const stance of stances) {
              if (!text.includes(words[stance] ?? stance)) problems.push(`${page.path}  ${claim} × ${article}: "${text}" leaves out "${stance}"`);
            }
          });
      }
    }
    expectNone(`stances missing from the coverage matrix in the ${corpus.name} build`, problems);
  });
});
