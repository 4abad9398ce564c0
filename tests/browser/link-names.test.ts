/**
 * Links tell where they go out of their context (WCAG 2.4.4, and 2.4.9's aim where it is cheap):
 * a screen reader lists a page's links by their names alone, so two links of one name on a page
 * must go to one place. "In our record of “Headline”" twice, to two passages of one article, or
 * "in the original" once per piece of evidence, each to another passage, read as the same link
 * in that list. A name is the link's text as a screen reader has it (visually hidden text in,
 * `aria-hidden` text out, `aria-label` instead when set).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { expectNone } from '../support/harness.ts';
import { projectRoot } from '../support/build.ts';
import { buildCorpus, corpora, htmlPages, readingPages, type Corpus } from '../support/site.ts';

/**
 * Records that share their words: two outlets of one name, two articles of one headline (a wire
 * story run by both), two claims of one statement (in two stories). Their pages and the links to
 * them must still be told apart.
 */
const sameNames: Corpus = { name: 'same names', content: 'node_modules/.cache/crosscheck-tests/same-names/content' };
const files: Record<string, string> = {
  'outlets/post-north.yaml': 'name: Harbour Post\nurl: https://north-post.example.org\n',
  'outlets/post-south.yaml': 'name: Harbour Post\nurl: https://south-post.example.net\n',
  'stories/closure.md': '---\ntitle: The bridge closes\nsummary: The bridge closed.\ndate: 2026-05-12\n---\n',
  'stories/reopening.md': '---\ntitle: The bridge reopens\nsummary: The bridge reopened.\ndate: 2026-06-12\n---\n',
  'claims/closed.md': '---\nstatement: The bridge is closed.\nstory: closure\nkind: fact\n---\n',
  'claims/closed-again.md': '---\nstatement: The bridge is closed.\nstory: reopening\nkind: fact\n---\n',
  ...Object.fromEntries(
    ['north', 'south'].map((side) => [
      `articles/${side}-report.md`,
      `---\nheadline: Bridge shut after inspection\noutlet: post-${side}\nlanguage: en\nstory: closure\nsummary: The bridge was shut.\nkind: report\npublished: 2026-05-12\nadded: 2026-05-13\n---\n\nThe report.\n\n> :claim[The bridge is closed]{#closed}.\n`,
    ]),
  ),
  'articles/later.md': '---\nheadline: Bridge to reopen\noutlet: post-north\nlanguage: en\nstory: reopening\nsummary: The bridge will reopen.\nkind: report\npublished: 2026-06-12\nadded: 2026-06-13\n---\n\nThe report.\n\n> :claim[The bridge is closed]{#closed-again} until Monday.\n',
};
rmSync(path.join(projectRoot, sameNames.content), { recursive: true, force: true });
for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(projectRoot, sameNames.content, file)), { recursive: true });
  writeFileSync(path.join(projectRoot, sameNames.content, file), text);
}

/** Every name used by links to more than one place on a page, with those places. */
export function ambiguousLinks(html: string, pagePath: string): { name: string; hrefs: string[] }[] {
  const $ = load(html);
  $('[aria-hidden="true"]').remove();
  const byName = new Map<string, Set<string>>();
  $('a[href]').each((_, a) => {
    const link = $(a);
    const name = (link.attr('aria-label') ?? link.text()).replace(/\s+/g, ' ').trim().toLowerCase();
    const href = new URL(link.attr('href')!, `https://site.invalid${pagePath}`).href;
    byName.set(name, (byName.get(name) ?? new Set()).add(href));
  });
  return [...byName].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => ({ name, hrefs: [...hrefs] }));
}

describe.each([...corpora, sameNames])('link names on the $name build', (corpus) => {
  it('never name two places alike on one page', () => {
    const outDir = buildCorpus(corpus);
    const found = readingPages(htmlPages(outDir)).flatMap((page) =>
      ambiguousLinks(readFileSync(path.join(outDir, page.file), 'utf8'), page.path).map(
        ({ name, hrefs }) => `${page.path}: “${name}” goes to ${hrefs.map((h) => h.replace('https://site.invalid', '')).join(', ')}`,
      ),
    );
    expectNone(`links of one name to different places in the ${corpus.name} build`, found);
  });
});

describe('pages of records that share their words', () => {
  it('have titles of their own', () => {
    const outDir = buildCorpus(sameNames);
    const titles = new Map<string, string[]>();
    for (const page of readingPages(htmlPages(outDir))) {
      const title = load(readFileSync(path.join(outDir, page.file), 'utf8'))('title').text();
      titles.set(title, [...(titles.get(title) ?? []), page.path]);
    }
    const shared = [...titles].filter(([, paths]) => paths.length > 1).map(([title, paths]) => `“${title}” is the title of ${paths.join(', ')}`);
    expectNone('pages with one title', shared);
    expect(titles.get('Bridge shut after inspection (north-report) · Crosscheck')).toEqual(['/articles/north-report/']);
  });
});
