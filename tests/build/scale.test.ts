/**
 * The site at a newsroom's scale: a synthetic story of 120 articles and 240 claims, one claim
 * covered by all 120 articles (scripts/lib/synthetic-corpus.ts, `focusClaim`), built once and read
 * as HTML. What grows with the corpus must stay bounded where a reader meets it all at once, and
 * everything left out of a bounded view must stay one link away.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { CLAIMS_ON_INDEX, LATEST_ON_INDEX, OUTLET_ARTICLES_LISTED } from '../../src/lib/archive.ts';
import { MATRIX_LIMITS } from '../../src/lib/coverage.ts';
import { EVIDENCE_IN_FULL } from '../../src/lib/evidence.ts';
import { builtSite, projectRoot } from '../support/build.ts';

const corpus = generateCorpus({ articles: 120, articlesPerStory: 120, focusClaim: true, seed: 3 });
const content = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/scale/content');
writeCorpus(content, corpus);

const idsOf = (folder: string) =>
  [...corpus.files.keys()].filter((f) => f.startsWith(`${folder}/`)).map((f) => path.basename(f).replace(/\.\w+$/, '')).sort();
const [story] = idsOf('stories');
const claims = idsOf('claims');
const articles = idsOf('articles');
/** The last path segment of a link: an article slug or a claim id. */
const idOf = (href: string | undefined) => (href ?? '').replace(/[#?].*$/, '').replace(/\/$/, '').split('/').pop() ?? '';

const dist = builtSite(path.relative(projectRoot, content));
const page = (route: string) => load(readFileSync(path.join(dist, route, 'index.html'), 'utf8'));

describe('a story of 120 articles and 240 claims', () => {
  it('shows a coverage matrix of at most 100 claims by 8 articles, and says what it leaves out', () => {
    expect(idsOf('stories')).toHaveLength(1);
    const $ = page(`stories/${story}`);
    const table = $('table.matrix');
    expect(table.find('thead th[scope="col"]').length - 1).toBe(MATRIX_LIMITS.articles);
    expect(table.find('tbody tr').length).toBe(MATRIX_LIMITS.claims);
    expect(table.find('tbody tr').toArray().every((tr) => $(tr).children('td').length === MATRIX_LIMITS.articles)).toBe(true);
    const note = $('p').filter((_, p) => $(p).text().includes('too many for one table'));
    expect(note.text().replace(/\s+/g, ' ').trim()).toBe(
      'This story has 240 claims and 120 articles, too many for one table: it shows the 100 claims covered by the most articles ' +
        'in the 8 articles that cover the most of them. The timeline lists every article. Claims not in the table lists the other 140 claims.',
    );
    expect(note.find('a').toArray().map((a) => $(a).attr('href'))).toEqual(['#timeline', '#coverage-caption-others']);
    expect($('#coverage-caption-others').text()).toBe('Claims not in the table');
  });

  it('counts its coverage by outlet instead of listing 120 articles twice, and lists every article in its timeline', () => {
    const $ = page(`stories/${story}`);
    const coverage = $('h2#articles').nextUntil('h2');
    const outlets = coverage.find('li');
    expect(outlets.length).toBe(idsOf('outlets').length);
    expect(outlets.toArray().map((li) => Number(/· (\d+) articles?/.exec($(li).text())?.[1])).reduce((a, b) => a + b, 0)).toBe(articles.length);
    expect(coverage.find('a[href^="/articles/"]').length).toBe(0);
    const timeline = $('h2#timeline').nextUntil('h2').find('a[href^="/articles/"]').toArray().map((a) => idOf($(a).attr('href')));
    expect(timeline.sort()).toEqual(articles);
  });

  it('still links every claim and every article of the story from its page', () => {
    const $ = page(`stories/${story}`);
    const linked = new Set($('main a[href]').toArray().map((a) => idOf($(a).attr('href'))));
    expect(claims.filter((id) => !linked.has(id))).toEqual([]);
    expect(articles.filter((slug) => !linked.has(slug))).toEqual([]);
  });
});

describe('the articles index of 120 articles', () => {
  it('lists the newest articles, then links each month to its own page', () => {
    const $ = page('articles');
    const links = $('main a[href]').toArray().map((a) => $(a).attr('href') ?? '');
    const articleLinks = links.filter((href) => articles.includes(idOf(href)));
    expect(articleLinks).toHaveLength(LATEST_ON_INDEX);
    const months = links.filter((href) => href.startsWith('/articles/months/'));
    expect(months).toEqual(['/articles/months/2026-02/', '/articles/months/2026-01/']);
    expect($('#months').text()).toBe('By month');
  });

  it('lists every article on the page of its month, once, and links the months to each other', () => {
    const [february, january] = [page('articles/months/2026-02'), page('articles/months/2026-01')];
    expect([february('h1').text(), january('h1').text()]).toEqual(['Articles of February 2026', 'Articles of January 2026']);
    const listed = [february, january].flatMap(($) => $('main a[href]').toArray().map((a) => idOf($(a).attr('href'))).filter((id) => articles.includes(id)));
    expect(listed.sort()).toEqual(articles);
    expect(february('a[rel="prev"]').attr('href')).toBe('/articles/months/2026-01/');
    expect(january('a[rel="next"]').attr('href')).toBe('/articles/months/2026-02/');
  });
});

describe('a claim every one of 120 articles mentions', () => {
  const claim = claims[0]!;
  /** Every mention of the claim in the content: its article's slug and its stance. */
  const mentions = [...corpus.files]
    .filter(([file]) => file.startsWith('articles/'))
    .flatMap(([file, text]) =>
      [...text.matchAll(new RegExp(`\\{#${claim}(?: stance=(\\w+))?\\}`, 'g'))].map((m) => ({ article: path.basename(file, '.md'), stance: m[1] ?? 'asserts' })),
    );

  it('quotes at most 10 mentions of each stance in full, and lists the rest one line each, linking every mention', () => {
    expect(mentions.length).toBeGreaterThanOrEqual(120);
    const $ = page(`claims/${claim}`);
    const section = $('section[aria-labelledby="evidence"]');
    for (const stance of new Set(mentions.map((m) => m.stance))) {
      const group = section.find(`section[aria-labelledby="evidence-${stance}"]`);
      const count = mentions.filter((m) => m.stance === stance).length;
      expect(group.find('li.evidence').length, stance).toBe(Math.min(count, EVIDENCE_IN_FULL));
      expect(group.find('blockquote').length, stance).toBe(Math.min(count, EVIDENCE_IN_FULL));
      const linked = group.find('a[href^="/articles/"]').toArray().map((a) => $(a).attr('href') ?? '').filter((href) => href.includes('#'));
      expect(new Set(linked).size, stance).toBe(count);
    }
  });

  it('quotes at most 10 mentions in full on each side of each of its contradictions', () => {
    const $ = page(`claims/${claim}`);
    const items = $('section[aria-labelledby="contradictions"] > ul > li');
    expect(items.length).toBeGreaterThan(0);
    const quoted = items.toArray().map((li) => $(li).find('blockquote').length);
    expect(Math.max(...quoted)).toBe(EVIDENCE_IN_FULL);
    expect(quoted.filter((n) => n > EVIDENCE_IN_FULL)).toEqual([]);
  });

  it('lists at most 10 of its own mentions in a contradiction, linking to its evidence for the rest', () => {
    const $ = page(`claims/${claim}`);
    const ours = $('section[aria-labelledby="contradictions"] > ul > li > details:first-of-type');
    expect(ours.length).toBeGreaterThan(0);
    for (const details of ours.toArray()) {
      expect($(details).find('li').length).toBeLessThanOrEqual(EVIDENCE_IN_FULL);
    }
    expect(ours.find('a[href="#evidence"]').length).toBeGreaterThan(0);
  });
});

describe('the claims index of 240 claims', () => {
  it('counts the claims by status and links each month of first reports to its own page, without listing 240 claims', () => {
    expect(claims.length).toBeGreaterThan(CLAIMS_ON_INDEX);
    const $ = page('claims');
    const links = $('main a[href]').toArray().map((a) => $(a).attr('href') ?? '');
    expect(links.filter((href) => claims.includes(idOf(href)))).toEqual([]);
    expect(links.filter((href) => href.startsWith('/claims/months/'))).toEqual(['/claims/months/2026-02/', '/claims/months/2026-01/']);
    expect($('main p').first().text().replace(/\s+/g, ' ')).toMatch(/^240 claims: \d+ /);
  });

  it('lists every claim once on the page of the month it was first reported, grouped by status', () => {
    const listed = ['2026-02', '2026-01'].flatMap((month) => {
      const $ = page(`claims/months/${month}`);
      expect($('h1').text()).toMatch(/^Claims first reported in (January|February) 2026$/);
      expect($('section[aria-labelledby] h2').length).toBeGreaterThan(1);
      return $('main section a[href]').toArray().map((a) => idOf($(a).attr('href'))).filter((id) => claims.includes(id));
    });
    expect(listed.sort()).toEqual(claims);
  });
});

describe('an outlet of 24 articles', () => {
  const outlet = idsOf('outlets')[0]!;
  const own = [...corpus.files].filter(([file, text]) => file.startsWith('articles/') && text.includes(`\noutlet: ${outlet}\n`)).map(([file]) => path.basename(file, '.md'));

  it('lists its 20 newest articles, then links each month to its own page, which together list them all once', () => {
    expect(own.length).toBeGreaterThan(OUTLET_ARTICLES_LISTED);
    const $ = page(`outlets/${outlet}`);
    const links = $('main a[href]').toArray().map((a) => $(a).attr('href') ?? '');
    expect(links.filter((href) => own.includes(idOf(href)))).toHaveLength(OUTLET_ARTICLES_LISTED);
    const months = links.filter((href) => href.startsWith(`/outlets/${outlet}/months/`));
    expect(months).toEqual([`/outlets/${outlet}/months/2026-02/`, `/outlets/${outlet}/months/2026-01/`]);
    const listed = months.flatMap((href) => {
      const $month = page(href.slice(1, -1));
      return $month('main a[href^="/articles/"]').toArray().map((a) => idOf($month(a).attr('href')));
    });
    expect(listed.sort()).toEqual(own.sort());
  });
});

describe('the home page of 11 stories', () => {
  // A second corpus: 110 articles in stories of ten.
  const many = generateCorpus({ articles: 110, seed: 3 });
  const manyContent = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/scale-stories/content');
  writeCorpus(manyContent, many);
  const stories = [...many.files.keys()].filter((f) => f.startsWith('stories/')).map((f) => path.basename(f, '.md'));

  it('shows the 10 newest stories and links to all of them', () => {
    expect(stories).toHaveLength(11);
    const out = builtSite(path.relative(projectRoot, manyContent));
    const $ = load(readFileSync(path.join(out, 'index.html'), 'utf8'));
    expect($('#stories').next('ul').children('li')).toHaveLength(10);
    expect($('main a[href="/stories/"]').text()).toBe('All 11 stories');
    const $all = load(readFileSync(path.join(out, 'stories/index.html'), 'utf8'));
    const listed = $all('main a[href^="/stories/"]').toArray().map((a) => idOf($all(a).attr('href')));
    expect(listed.sort()).toEqual(stories.sort());
  });
});
