/**
 * A claim at the top of every list of its page at once, built for real: every one of 300 articles
 * mentions it (ten quoted in full of each stance), it contradicts 150 claims, the first four of
 * which 150 articles each mention (five contradiction cards full of evidence), and it names 150
 * related claims; every quotation is some hundred characters of words drawn from a vocabulary of
 * 2,000, which compress as little as real ones (the synthetic corpus repeats a few short ones, which
 * gzip folds away). Its page stays within the 14 KB of the first round trip (tests/browser/weight.test.ts).
 * So does the page of its story, whose 300 articles are from 300 outlets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { CLAIM_RELATED_LISTED, contradictionCardLimits, STORY_OUTLETS_LISTED } from '../../src/lib/sub-pages.ts';
import { builtSite, projectRoot } from '../support/build.ts';

const corpus = generateCorpus({ articles: 300, articlesPerStory: 300, outlets: 300, focusClaim: true, seed: 3 });
const claims = [...corpus.files.keys()].filter((f) => f.startsWith('claims/')).sort();
const focusFile = claims[0]!;
const focus = path.basename(focusFile, '.md');
const contradicted = claims.slice(1, 151).map((f) => path.basename(f, '.md'));
const related = claims.slice(152, 302).map((f) => path.basename(f, '.md'));
corpus.files.set(
  focusFile,
  corpus.files
    .get(focusFile)!
    .replace(/^kind: \w+$/m, 'kind: quote')
    .replace(/^related:\n(?: {2}- .*\n)*/m, '')
    .replace(/\n---\n/, `\ncontradicts:\n${contradicted.map((id) => `  - ${id}`).join('\n')}\nrelated:\n${related.map((id) => `  - ${id}`).join('\n')}\n---\n`),
);
/** 2,000 words of two or three syllables, drawn from in a fixed sequence. */
const syllables = 'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga ge gi go gu la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu'.split(' ');
const vocabulary = Array.from({ length: 2000 }, (_, i) => syllables[i % 60]! + syllables[Math.floor(i / 60) % 60]! + (i % 3 ? syllables[(i * 7) % 60]! : '') + (i % 5 ? 'n' : ''));
let seed = 7;
const words = (n: number) => Array.from({ length: n }, () => vocabulary[(seed = (seed * 1103515245 + 12345) % 2147483648) % vocabulary.length]).join(' ');
let n = 0;
for (const [file, text] of corpus.files) {
  if (!file.startsWith('articles/')) continue;
  // Each span some hundred characters, each its own; every other article also holds true the first four contradicted claims.
  const longer = text.replace(/:claim\[(“?)([^\]”]*)(”?)\]/g, (_, open: string, span: string, close: string) => `:claim[${open}${span} ${words(8)}${close}]`);
  corpus.files.set(file, n++ % 2 ? longer : `${longer}\n${contradicted.slice(0, 4).map((id) => `> Officials said :claim[${words(14)}]{#${id}}.`).join('\n\n')}\n`);
}
const content = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/scale-claim/content');
writeCorpus(content, corpus);
const dist = builtSite(path.relative(projectRoot, content));
const html = readFileSync(path.join(dist, 'claims', focus, 'index.html'), 'utf8');
const $ = load(html);
/** What each of its five contradiction cards shows. */
const cardLimits = contradictionCardLimits(5);
/** A page's gzipped HTML and the CSS it links, in bytes. */
function weight(route: string): number {
  const page = readFileSync(path.join(dist, route, 'index.html'), 'utf8');
  const $page = load(page);
  const css = $page('link[rel~="stylesheet"][href]').toArray().reduce((sum, el) => sum + gzipSync(readFileSync(path.join(dist, $page(el).attr('href') ?? ''))).length, 0);
  return gzipSync(page, { level: 6 }).length + css;
}

describe('a claim at the top of every list at once', () => {
  it('has every list its page can show: ten quotations of each stance, five contradiction cards, related claims cut', () => {
    expect($('section[aria-labelledby="evidence"] blockquote').length).toBeGreaterThanOrEqual(30);
    const cards = $('section[aria-labelledby="contradictions"] > ul > li.card').toArray();
    expect(cards).toHaveLength(5);
    expect($('section[aria-labelledby="related"] ul.list > li')).toHaveLength(CLAIM_RELATED_LISTED);
  });

  it('quotes one mention of the other side of each of five contradictions, and lists at most 5 more of each side one line each', () => {
    const cards = $('section[aria-labelledby="contradictions"] > ul > li.card').toArray().map((li) => $(li));
    expect(cards.map((card) => card.find('blockquote').length)).toEqual(cards.map(() => cardLimits.quotes));
    for (const card of cards) {
      const [ours, theirs] = card.children('details').toArray().map((d) => $(d));
      expect(ours!.children('ul.list').children('li').length).toBe(cardLimits.lines);
      expect(ours!.children('p.meta').text().replace(/\s+/g, ' ')).toMatch(/^\d+ more mentions: all \d+ are under Evidence from the coverage\.$/);
      expect(theirs!.children('ul.list').children('li').length).toBe(cardLimits.lines);
      expect(theirs!.children('p.meta').text().replace(/\s+/g, ' ')).toMatch(new RegExp(`^\\d+ more mentions, the first ${cardLimits.lines} below: all \\d+ are (under Disputed by|on the other claim’s page)\\.$`));
    }
  });

  it('is at most 14 KB of gzipped HTML and CSS', () => {
    const bytes = weight(`claims/${focus}`);
    expect(bytes, `/claims/${focus}/ is ${bytes} bytes`).toBeLessThanOrEqual(14 * 1024);
  });
});

describe('a story of 300 articles from 300 outlets', () => {
  const story = path.basename([...corpus.files.keys()].find((f) => f.startsWith('stories/'))!, '.md');
  const $story = load(readFileSync(path.join(dist, 'stories', story, 'index.html'), 'utf8'));

  it('names the outlets with the most articles, counts the others, and links the timeline, which lists every article', () => {
    const coverage = $story('h2#articles').nextUntil('h2');
    expect(coverage.find('li')).toHaveLength(STORY_OUTLETS_LISTED);
    expect(coverage.filter('p').first().text()).toBe('300 articles from 300 outlets, most first; the full timeline lists every article by date.');
    const rest = coverage.filter('p').last();
    expect(rest.text().replace(/\s+/g, ' ').trim()).toBe(`${300 - STORY_OUTLETS_LISTED} other outlets, with ${300 - STORY_OUTLETS_LISTED} articles between them: the full timeline lists them.`);
    expect(rest.find('a').attr('href')).toBe(`/stories/${story}/timeline/`);
  });

  it('is at most 14 KB of gzipped HTML and CSS', () => {
    const bytes = weight(`stories/${story}`);
    expect(bytes, `/stories/${story}/ is ${bytes} bytes`).toBeLessThanOrEqual(14 * 1024);
  });
});
