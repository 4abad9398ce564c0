/**
 * The real build of the real content and of the good fixture corpus, read as HTML: every
 * mention links to an existing claim page, and every claim page lists exactly the mentions the
 * content holds, each linking back to its span.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { PAGE_SECTIONS } from '../../src/check/corpus.ts';
import { findHeadingIds, findMentions } from '../../src/check/markdown.ts';
import { builtSite, projectRoot } from '../support/build.ts';

interface Expected {
  article: string;
  claim: string;
  anchor: string;
  text: string;
  stance: string;
}

/** The mentions the content holds, read from the Markdown files with the site's own remark plugins. */
function mentionsIn(content: string): Expected[] {
  const dir = path.join(projectRoot, content, 'articles');
  const all: Expected[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    for (const m of findMentions(readFileSync(path.join(dir, name), 'utf8')).mentions) {
      all.push({ article: name.replace(/\.md$/, ''), claim: m.claim, anchor: m.anchor, text: m.text, stance: m.stance });
    }
  }
  return all;
}

const ids = (content: string, collection: string) =>
  readdirSync(path.join(projectRoot, content, collection)).map((n) => n.replace(/\.(md|ya?ml)$/, '')).sort();

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(['tests/fixtures/good/content', 'content'])('the site built from %s', (content) => {
  const dist = builtSite(content);
  const html = (page: string) => load(readFileSync(path.join(dist, page, 'index.html'), 'utf8'));
  const expected = mentionsIn(content);

  it('has a page at every documented URL', () => {
    const pages = ['', 'claims/', 'articles/', 'stories/', 'outlets/', 'entities/'];
    for (const id of ids(content, 'stories')) pages.push(`stories/${id}/`);
    for (const slug of ids(content, 'articles')) pages.push(`articles/${slug}/`);
    for (const id of ids(content, 'claims')) pages.push(`claims/${id}/`);
    for (const id of ids(content, 'outlets')) pages.push(`outlets/${id}/`);
    for (const id of ids(content, 'entities')) pages.push(`entities/${id}/`);
    const missing = pages.filter((p) => !existsSync(path.join(dist, p, 'index.html')));
    expect(missing).toEqual([]);
    expect(existsSync(path.join(dist, '404.html'))).toBe(true);
  });

  it('says where the list of articles puts the undated ones, and puts them there', () => {
    const $ = html('articles/');
    const dates = $('main ul.list').first().find('li .meta').toArray().map((el) => squash($(el).text()).includes('date not known'));
    // Undated articles (the real content's four, added on 7 June) come after every dated one (5 June), not by the day they were added.
    expect(dates.some(Boolean) && dates.some((d) => !d)).toBe(true);
    expect(dates.indexOf(true)).toBe(dates.lastIndexOf(false) + 1);
    expect(squash($('main > p').first().text())).toMatch(/newest first; undated articles last, the latest added first\.$/);
  });

  it('holds some mentions to check', () => {
    expect(expected.length).toBeGreaterThan(5);
  });

  it('links every mention in an article record to an existing claim page, with its anchor and exact span', () => {
    for (const slug of ids(content, 'articles')) {
      const $ = html(`articles/${slug}`);
      const found = $('.record a.mention')
        .toArray()
        .map((a) => ({ href: $(a).attr('href'), id: $(a).attr('id'), text: squash($(a).text()), stance: $(a).attr('data-stance') }));
      const own = expected.filter((m) => m.article === slug);
      expect(found, slug).toEqual(own.map((m) => ({ href: `/claims/${m.claim}/`, id: m.anchor, text: squash(m.text), stance: m.stance })));
      for (const f of found) expect(existsSync(path.join(dist, f.href!, 'index.html')), `${slug} → ${f.href}`).toBe(true);
    }
  });

  it('lists on every claim page exactly the mentions the content holds, each linking back to its span', () => {
    for (const claim of ids(content, 'claims')) {
      const $ = html(`claims/${claim}`);
      const listed = $('section[aria-labelledby="evidence"] li.evidence')
        .toArray()
        .map((li) => ({
          link: $(li).find('a[href^="/articles/"]').first().attr('href'),
          text: squash($(li).find('blockquote').text()),
        }))
        .sort((a, b) => a.link!.localeCompare(b.link!));
      const own = expected
        .filter((m) => m.claim === claim)
        .map((m) => ({ link: `/articles/${m.article}/#${m.anchor}`, text: squash(m.text) }))
        .sort((a, b) => a.link.localeCompare(b.link));
      expect(listed, claim).toEqual(own);
      for (const { link } of listed) {
        const [page, anchor] = link!.split('#');
        expect(html(page!.slice(1, -1))(`[id="${anchor}"]`).length, link).toBe(1);
      }
    }
  });

  it('links every article record to each claim it mentions, and each claim page back to those articles', () => {
    for (const m of expected) {
      expect(html(`articles/${m.article}`)(`section[aria-labelledby="claims"] a[href="/claims/${m.claim}/"]`).length, `${m.article} → ${m.claim}`).toBeGreaterThan(0);
      expect(html(`claims/${m.claim}`)(`a[href^="/articles/${m.article}/"]`).length, `${m.claim} → ${m.article}`).toBeGreaterThan(0);
    }
  });

  it('gives record pages only the ids the checks know of, so a link to a section or heading is checked against the page', () => {
    const unknown: string[] = [];
    for (const collection of ['articles', 'claims', 'stories', 'outlets', 'entities'] as const) {
      for (const name of readdirSync(path.join(projectRoot, content, collection))) {
        const id = name.replace(/\.(md|ya?ml)$/, '');
        const text = readFileSync(path.join(projectRoot, content, collection, name), 'utf8');
        const headings = name.endsWith('.md') ? findHeadingIds(text, text.indexOf('\n---', 3) + 4) : [];
        const page = html(`${collection}/${id}`);
        page('[id]').each((_, element) => {
          const found = page(element).attr('id')!;
          const known =
            PAGE_SECTIONS[collection].includes(found) ||
            headings?.includes(found) ||
            /^(?:m-|user-content-)/.test(found) ||
            found === 'footnote-label';
          if (!known) unknown.push(`${collection}/${id}: #${found}`);
        });
      }
    }
    expect(unknown).toEqual([]);
  });

  it('shows each article’s metadata, and says when a date or an outlet is not known', () => {
    for (const slug of ids(content, 'articles')) {
      const text = squash(html(`articles/${slug}`)('dl.facts').text());
      expect(text).toMatch(/^Outlet.+Published.+Byline.+Original.+/);
    }
  });
});

describe('the good fixture', () => {
  const dist = builtSite('tests/fixtures/good/content');
  const page = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');
  // Every folder of articles/ with a page: months/ holds the month pages, and has none of its own.
  const articles = () =>
    readdirSync(path.join(dist, 'articles'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(dist, 'articles', d.name, 'index.html')))
      .map((d) => d.name);

  it('keeps words that look like directives', () => {
    const all = articles().map((slug) => page(`articles/${slug}`)).join('\n');
    for (const words of ['10:30', '3:1', 'host:8080']) expect(all).toContain(words);
  });

  it('says the latest articles are in the order they were added, since each shows its publication date', () => {
    // The forum post, known only by the day it was added (16 May), comes before the council's
    // press release published on 12 May and added on 13 May.
    const $ = load(page(''));
    const section = $('#latest').nextUntil('h2');
    expect(squash(section.filter('p').first().text())).toBe(
      'The articles added to Crosscheck most recently, the latest addition first; each shows when it was published.',
    );
  });

  it.each([
    ['coastal-wire', 'Carried from other articles (syndicated or rewritten): 1 of 1 article.'],
    ['city-chronicle', undefined],
  ])('says on the %s outlet page how many of its articles carry another’s reporting, only when some do', (outlet, said) => {
    const $ = load(page(`outlets/${outlet}`));
    const line = $('p.meta')
      .toArray()
      .map((p) => squash($(p).text()))
      .find((text) => text.includes('carried from other articles') || text.startsWith('Carried from'));
    expect(line).toBe(said);
  });

  it('says of a piece of evidence from an analysis, an opinion piece or a press release what kind of article it is, and nothing of a report', () => {
    const $ = load(page('claims/bridge-unsafe-report'));
    const lines = $('section[aria-labelledby="evidence"] li.evidence, li.evidence')
      .toArray()
      .map((li) => squash($(li).clone().children('blockquote').remove().end().text()));
    const of = (outlet: string) => lines.find((line) => line.includes(outlet));
    expect(of('City Chronicle')).toMatch(/City Chronicle · Analysis · date not known/);
    expect(of('Harbour Council press office')).toMatch(/Harbour Council press office · Press release · 12 May 2026/);
    expect(of('Harbour Gazette')).toMatch(/Harbour Gazette · 12 May 2026/);
  });

  it.each([
    [
      'bridge-is-safe',
      // Reported only by the chronicle and the forum post, known by the days they were added.
      'Not known: 2 articles with no publication date on record may have been first; the claim had been reported by 15 May 2026, when the first of them was added',
    ],
    // The gazette (09:30 in Paris) and the council (a day alone) tie; the chronicle, undated, may be earlier.
    ['bridge-unsafe-report', '12 May 2026 by Harbour Council press office and Harbour Gazette; 1 article with no publication date on record may have reported it earlier'],
  ])('never names an article with no publication date as the first report of %s', (claim, said) => {
    const $ = load(page(`claims/${claim}`));
    expect(squash($('dt').filter((_, dt) => $(dt).text() === 'First reported').next('dd').text())).toBe(said);
  });

  it('lists the story’s articles with no publication date after the dated ones, saying the day they were added, and never as first to report', () => {
    const $ = load(page('stories/harbour-bridge-closure'));
    const items = $('.timeline li').toArray().map((li) => squash($(li).text()));
    expect(items.slice(-2).map((text) => text.replace(/:.*/, ''))).toEqual(['Added 15 May 2026', 'Added 16 May 2026']);
    expect(items.slice(-2).filter((text) => text.includes('first'))).toEqual([]);
    expect($('.timeline circle').length).toBe(items.length - 2);
    // The chronicle and the forum post may have reported four of the gazette's claims before it; not the mayor's words.
    // The council's press release, dated by its day alone, may have reported four of them first too: the mayor's words are the gazette's alone.
    expect(items.filter((text) => text.includes('Harbour Gazette')).map((text) => text.replace(/.* · /, ''))).toEqual([
      'first to report 1 claim, and the first dated article to report 4 more (4 of the 5 tied with another article)',
    ]);
  });

  it('dates our analysts’ verdict on the claim page when the record dates it', () => {
    const verdict = (claim: string) => {
      const $ = load(page(`claims/${claim}/`));
      return squash($('dt').filter((_, el) => $(el).text() === 'Our analysts’ verdict').next('dd').text());
    };
    expect(verdict('bridge-closed-for-repairs')).toBe("Accurate (14 May 2026): The council's notice and every outlet agree on the date and the reason.");
    expect(verdict('bridge-is-safe')).toMatch(/^Inaccurate: The inspection report/);
  });

  it('gives our analysts’ verdict beside the derived status in a list of claims, never instead of it', () => {
    // bridge-is-safe is contested by the coverage and rated inaccurate; reopening-in-march has no verdict.
    const $ = load(page('stories/harbour-bridge-closure'));
    const item = (claim: string) => squash($(`#contested ~ ul.list li:has(a[href="/claims/${claim}/"])`).first().text());
    // After the status's numbers, so that they do not read as the verdict's ("Inaccurate 2 independent…").
    expect(item('bridge-is-safe')).toBe(
      'The Harbour Bridge was safe to use when it was closed. Contested · coverage: 2 independent of 2 articles, 1 unidentified · our analysts’ verdict: Inaccurate',
    );
    expect(item('reopening-in-march')).not.toContain('verdict');
  });

  it('marks an unidentified source as such', () => {
    const all = articles().map((slug) => page(`articles/${slug}`)).join('\n');
    expect(all).toMatch(/unidentified/i);
  });

  it('does not say every asserted claim has several sources when a contested one rests on one', () => {
    // bridge-unsafe-report is held true by the council alone, and disputed: contested, so not
    // in the single-source list, which is therefore empty.
    const $ = load(page('stories/harbour-bridge-closure'));
    const section = squash($('#single-source').next().text());
    expect(section).toBe('No claim in this story is held true by one source alone without being disputed or contradicted.');
  });
});

describe('the real content', () => {
  const dist = builtSite('content');
  const html = (page: string) => load(readFileSync(path.join(dist, page, 'index.html'), 'utf8'));
  const term = ($: ReturnType<typeof load>, name: string) => squash($('dt').filter((_, dt) => $(dt).text() === name).next('dd').text());

  it('does not let "first reported" stand for the one dated article when undated ones may be earlier', () => {
    // Gizmodo's is the only article with a publication date; the four others are known only by
    // the day they were added, after it, and any of them may have been published before it.
    expect(term(html('claims/anthropic-calls-for-global-pause'), 'First reported')).toBe(
      '5 June 2026 by Gizmodo; 4 articles with no publication date on record may have reported it earlier',
    );
  });

  it('says that the count beside a claim’s status in a list of claims is its coverage, every stance, not the sources holding it', () => {
    // Three unidentified texts cover the claim: one holds it true (Single source), the two others only quote it.
    const $ = html('claims');
    const item = squash($('ul.list li:has(a[href="/claims/self-improvement-not-here-and-not-inevitable/"])').first().text());
    expect(item).toBe(
      'Recursive self-improvement has not yet arrived, and there is no guarantee that it will, or that it is near. Single source · coverage: 3 independent of 3 articles, 3 unidentified',
    );
  });

  it('says of the one claim an outlet asserted and also disputed "this claim", not "each of these"', () => {
    const $ = html('outlets/gizmodo');
    expect(squash($('#also-disputed').text())).toBe('Claims it asserted and also disputed (1)');
    expect(squash($('#also-disputed').next('p').text())).toBe(
      'Its articles held this claim true and also disputed it, in one article or in two (a later correction, or two articles that disagree).',
    );
  });

  it('names a contradicting claim on an article page without running its full stop into a comma', () => {
    const $ = html('articles/anthropic-sorta-calls-for-pause-on-ai-development');
    const lines = $('section[aria-labelledby="disputed"] p')
      .toArray()
      .map((p) => squash($(p).text()))
      .filter((text) => text.startsWith('Contradicted by'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/[.!?],/);
  });

  it('finds no opposite where a rendition writes "slow down" in one place and "keep pace" for "keep up" in another', () => {
    const $ = html('claims/good-for-world-to-be-able-to-pause');
    const drift = squash($('section[aria-labelledby="drift"]').text());
    expect(drift).toContain('Reworded');
    expect(drift).not.toContain('The meaning may differ');
  });

  it('says when the best-attested wording is no better attested than another, and how it was taken', () => {
    // Gizmodo, the one dated article, and two unidentified reports known only by the day they
    // were added each give the sentence in their own words: Gizmodo's has the earliest date on
    // record, but either of the others may be older.
    const drift = squash(html('claims/training-runs-easier-to-conceal-than-silos')('section[aria-labelledby="drift"]').text());
    expect(drift).toContain(
      'Best-attested wording (1 independent source; 2 other wordings have as many, and this one has the earliest date on record):',
    );
  });
});
