/**
 * The site at a newsroom's scale: a synthetic story of 300 articles and 600 claims, one claim
 * covered by all 300 articles (scripts/lib/synthetic-corpus.ts, `focusClaim`) and one entity every
 * claim is about (`focusEntity`), built once and read as HTML. What grows with the corpus must stay
 * bounded where a reader meets it all at once (every story, article, claim and entity page, and
 * every page of their sub-pages, in the 14 KB of tests/browser/weight.test.ts), and everything left
 * out of a bounded view must stay one link away, or a few numbered pages away (src/lib/pagination.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { CLAIMS_ON_INDEX, LATEST_ON_INDEX, MONTH_LINES_PER_PAGE, OUTLET_ARTICLES_LISTED, OUTLET_CLAIMS_LISTED, STORIES_ON_INDEX } from '../../src/lib/archive.ts';
import { MATRIX_LIMITS } from '../../src/lib/coverage.ts';
import { EVIDENCE_IN_FULL } from '../../src/lib/evidence.ts';
import { ARTICLE_DISPUTED_LINES, CLAIM_CONTRADICTION_LINES, CLAIM_CONTRADICTIONS_IN_FULL, CLAIM_RELATED_LISTED, contradictionCardLimits, disputeLimits, ENTITY_ARTICLES_LISTED, ENTITY_CLAIMS_LISTED, EVIDENCE_PER_PAGE, LINES_PER_PAGE, RENDITIONS_NAMED, STORY_LIST_LIMIT, WORDINGS_LISTED } from '../../src/lib/sub-pages.ts';
import { builtSite, projectRoot } from '../support/build.ts';
import { htmlPages } from '../support/site.ts';

const corpus = generateCorpus({ articles: 300, articlesPerStory: 300, focusClaim: true, focusEntity: true, seed: 3 });
// The claim every article mentions is a quotation, which the articles word in some twenty ways:
// its page drew every rendition of it (quote drift), some 15 MB for one in 20,000 articles.
const focusFile = [...corpus.files.keys()].filter((f) => f.startsWith('claims/')).sort()[0]!;
corpus.files.set(focusFile, corpus.files.get(focusFile)!.replace(/^kind: \w+$/m, 'kind: quote'));
// It contradicts 150 other claims: its page showed every one with the evidence on both sides (400 made 1.19 MB).
const contradicted = [...corpus.files.keys()].filter((f) => f.startsWith('claims/')).sort().slice(1, 151).map((f) => path.basename(f, '.md'));
// Another claim names 150 as related (declared either way): its page listed every one.
const relatedFile = [...corpus.files.keys()].filter((f) => f.startsWith('claims/')).sort()[151]!;
const relatedTo = [...corpus.files.keys()].filter((f) => f.startsWith('claims/')).sort().slice(152, 302).map((f) => path.basename(f, '.md'));
corpus.files.set(relatedFile, corpus.files.get(relatedFile)!.replace(/^related:\n(?: {2}- .*\n)*/m, '').replace(/\n---\n/, `\nrelated:\n${relatedTo.map((id) => `  - ${id}`).join('\n')}\n---\n`));
corpus.files.set(focusFile, corpus.files.get(focusFile)!.replace(/\n---\n/, `\ncontradicts:\n${contradicted.map((id) => `  - ${id}`).join('\n')}\n---\n`));
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
/** The site paths a page links to in its main content, without fragments. */
const linksOf = ($: ReturnType<typeof page>) => $('main a[href]').toArray().map((a) => ($(a).attr('href') ?? '').replace(/#.*$/, ''));
/** The months a page links to under `prefix`, as `yyyy-mm`. */
const monthsLinked = ($: ReturnType<typeof page>, prefix: string) => linksOf($).filter((href) => href.startsWith(prefix)).map((href) => href.slice(prefix.length, -1));

/** 14 KB, the budget of tests/browser/weight.test.ts. */
const budget = 14 * 1024;

/** A record's page or a page of one of its sub-pages (src/lib/sub-pages.ts): `story`, `claim evidence`, `entity claims 2`… */
function kindOf(sitePath: string): string | undefined {
  const match = /^\/(stories|articles|claims|entities)\/[^/]+\/(?:(timeline|claims|evidence|contradictions|related|articles)\/(?:(\d+)\/)?)?$/.exec(sitePath);
  if (!match || match[1] === 'articles' && match[2]) return undefined;
  const record = { stories: 'story', articles: 'article', claims: 'claim', entities: 'entity' }[match[1]!];
  return [record, match[2], match[3] && 'numbered'].filter(Boolean).join(' ');
}

/** An index page and the pages of its months: `stories`, `stories month`, `claims month numbered`… (an outlet's are its record's). */
function indexKindOf(sitePath: string): string | undefined {
  const match = /^\/(stories|articles|claims|outlets|entities)\/(?:(months)\/[^/]+\/(?:(\d+)\/)?)?$/.exec(sitePath);
  return match ? [match[1], match[2] && 'month', match[3] && 'numbered'].filter(Boolean).join(' ') : undefined;
}

/** Every story, article, claim and entity page of a built site, and every page of their sub-pages (or, with `kind`, the pages it names), with its gzipped HTML and CSS in bytes, heaviest first. */
function weights(out: string, kind: (sitePath: string) => string | undefined = kindOf) {
  return htmlPages(out)
    .filter((p) => p.kind !== 'redirect' && kind(p.path))
    .map((p) => {
      const html = readFileSync(path.join(out, p.file), 'utf8');
      const $ = load(html);
      const css = $('link[rel~="stylesheet"][href]').toArray().reduce((sum, el) => sum + gzipSync(readFileSync(path.join(out, $(el).attr('href') ?? ''))).length, 0);
      return { path: p.path, kind: kind(p.path)!, bytes: gzipSync(html, { level: 6 }).length + css };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * The numbered pages of a sub-page, from its first (`stories/x/timeline`), read as HTML. Asserts
 * their navigation: every page listed in order, the current one `aria-current="page"`, `rel="prev"`
 * and `rel="next"` where there is such a page, and no page beyond the last; none for one page.
 */
function numberedPages(route: string, out = dist) {
  const page = (r: string) => load(readFileSync(path.join(out, r, 'index.html'), 'utf8'));
  const $first = page(route);
  const listed = $first('nav#pages a:not([rel])').toArray().map((a) => $first(a).attr('href'));
  const routes = Array.from({ length: Math.max(1, listed.length) }, (_, i) => (i === 0 ? route : `${route}/${i + 1}`));
  expect(existsSync(path.join(out, route, String(routes.length + 1), 'index.html')), route).toBe(false);
  if (routes.length > 1) expect(listed, route).toEqual(routes.map((r) => `/${r}/`));
  return routes.map((r, i) => {
    const $ = page(r);
    const nav = $('nav#pages');
    if (routes.length === 1) {
      expect(nav.length, r).toBe(0);
      return $;
    }
    expect(nav.attr('aria-label'), r).toMatch(/^Pages of /);
    expect(nav.find('a[aria-current="page"]').toArray().map((a) => $(a).attr('href')), r).toEqual([`/${r}/`]);
    expect(nav.find('a[rel="prev"]').attr('href'), r).toBe(i > 0 ? `/${routes[i - 1]}/` : undefined);
    expect(nav.find('a[rel="next"]').attr('href'), r).toBe(i < routes.length - 1 ? `/${routes[i + 1]}/` : undefined);
    expect($('main > p').text(), r).toContain(`This is page ${i + 1} of ${routes.length}`);
    return $;
  });
}

describe('the weight of every story, article, claim and entity page, and of every page of their sub-pages', () => {
  it('is at most 14 KB of gzipped HTML and CSS, the heaviest named', () => {
    const measured = weights(dist);
    expect(new Set(measured.map((m) => m.kind))).toEqual(
      new Set(['story', 'article', 'claim', 'entity', ...['story timeline', 'story claims', 'claim evidence', 'claim contradictions', 'claim related', 'entity articles', 'entity claims'].flatMap((k) => [k, `${k} numbered`])]),
    );
    expect(measured.filter((m) => ['story', 'article', 'claim'].includes(m.kind)).length).toBe(1 + articles.length + claims.length);
    const heaviest = measured[0]!;
    expect(heaviest.bytes, `the heaviest page, ${heaviest.path}, is ${heaviest.bytes} bytes`).toBeLessThanOrEqual(budget);
  });
});

describe('a story of 300 articles and 600 claims', () => {
  it('shows a coverage matrix of at most 50 claims by 8 articles, and says what it leaves out', () => {
    expect(idsOf('stories')).toHaveLength(1);
    const $ = page(`stories/${story}`);
    const table = $('table.matrix');
    expect(table.find('thead th[scope="col"]').length - 1).toBe(MATRIX_LIMITS.articles);
    const rows = table.find('tbody tr').toArray();
    expect(rows.length).toBeLessThanOrEqual(MATRIX_LIMITS.claims);
    expect(rows.every((tr) => $(tr).children('td').length === MATRIX_LIMITS.articles)).toBe(true);
    // No row reads "Not mentioned" in every column: a claim only the articles left out make is left out too.
    expect(rows.filter((tr) => $(tr).children('td').not('.none').length === 0).map((tr) => $(tr).find('th').text())).toEqual([]);
    const note = $('p').filter((_, p) => $(p).text().includes('too many for one table'));
    expect(note.text().replace(/\s+/g, ' ').trim()).toBe(
      `This story has 600 claims and 300 articles, too many for one table: it shows ${rows.length} claims (those its sources disagree on first, then those covered by the most independent sources) ` +
        `in the 8 articles that between them show the most sides and sources on them. The timeline lists every article. The other ${600 - rows.length} claims are listed with the rest on the story’s claims page.`,
    );
    expect(note.find('a').toArray().map((a) => $(a).attr('href'))).toEqual([`/stories/${story}/timeline/`, `/stories/${story}/claims/`]);
  });

  it('counts its coverage by outlet, shows the first 10 articles of its timeline and links the full timeline, which lists every article', () => {
    const $ = page(`stories/${story}`);
    const coverage = $('h2#articles').nextUntil('h2');
    const outlets = coverage.find('li');
    expect(outlets.length).toBe(idsOf('outlets').length);
    expect(outlets.toArray().map((li) => Number(/· (\d+) articles?/.exec($(li).text())?.[1])).reduce((a, b) => a + b, 0)).toBe(articles.length);
    expect(coverage.find('a[href^="/articles/"]').length).toBe(0);
    const section = $('h2#timeline').nextUntil('h2');
    expect(section.find('a[href^="/articles/"]').length).toBe(STORY_LIST_LIMIT);
    expect(section.filter('p').first().text()).toBe('The first 10 of 300 articles, oldest first; the full timeline lists all 300.');
    expect(section.find(`a[href="/stories/${story}/timeline/"]`).text()).toBe('the full timeline');
    // The drawing shows the articles listed, not all 300 (a circle each grew with the story).
    expect(section.find('svg circle').length).toBe(STORY_LIST_LIMIT);
    const timeline = numberedPages(`stories/${story}/timeline`);
    expect(timeline).toHaveLength(Math.ceil(articles.length / LINES_PER_PAGE));
    const listed = timeline.flatMap(($t) => {
      expect($t('h1').text()).toMatch(/: timeline$/);
      const links = $t('main .timeline a[href^="/articles/"]').toArray().map((a) => idOf($t(a).attr('href')));
      expect(links.length).toBeLessThanOrEqual(LINES_PER_PAGE);
      // The dated articles are drawn, a circle each; those with no publication date are listed after them, not drawn.
      expect($t('svg circle').length).toBe($t('main .timeline ol a[href^="/articles/"]').length);
      return links;
    });
    expect(listed.sort()).toEqual(articles);
  });

  it('shows the first 10 of each list of claims, says how many there are, and links the story’s claims page, which lists every claim once', () => {
    const $ = page(`stories/${story}`);
    for (const id of ['contested', 'single-source', 'quote-drift']) {
      const section = $(`h2#${id}`).nextUntil('h2');
      expect(section.find('a[href^="/claims/"]').length, id).toBeLessThanOrEqual(STORY_LIST_LIMIT);
      const more = section.find(`a[href^="/stories/${story}/claims/"][href$="#${id}"]`);
      if (section.find('a[href^="/claims/"]').length < STORY_LIST_LIMIT) continue;
      expect(more.closest('p').text(), id).toMatch(/^The first 10 of \d+ .*; the story’s claims \(.+\) page lists all \d+\.$/);
      // The link leads to the numbered page where the list begins.
      const target = page((more.attr('href') ?? '').replace(/^\/|\/#.*$/g, ''));
      expect(target(`#${id}`).length, id).toBe(1);
      expect(target(`#${id}`).text(), id).toMatch(/\((\d+|1–\d+ of \d+)\)$/);
    }
    const pages = numberedPages(`stories/${story}/claims`);
    expect(pages.length).toBeGreaterThan(claims.length / LINES_PER_PAGE);
    const listed = pages.flatMap(($claims) => {
      const links = $claims('main section[aria-labelledby] a[href^="/claims/"]').toArray().map((a) => $claims(a).attr('href') ?? '');
      expect(links.length).toBeLessThanOrEqual(LINES_PER_PAGE);
      return links;
    });
    const statuses = listed.filter((href) => !href.endsWith('#drift')).map(idOf);
    expect(statuses.sort()).toEqual(claims);
    for (const id of ['contested', 'single-source', 'quote-drift']) expect(pages.some(($claims) => $claims(`#${id}`).length === 1), id).toBe(true);
  });

  it('still links every claim and every article of the story from its page or the two pages it links for the rest', () => {
    const linked = new Set(
      [page(`stories/${story}`), ...numberedPages(`stories/${story}/claims`), ...numberedPages(`stories/${story}/timeline`)].flatMap(($) => linksOf($).map((href) => idOf(href))),
    );
    expect(claims.filter((id) => !linked.has(id))).toEqual([]);
    expect(articles.filter((slug) => !linked.has(slug))).toEqual([]);
  });
});

describe('the articles index of 300 articles', () => {
  it('lists the newest articles, then links each month to its own page', () => {
    const $ = page('articles');
    expect(linksOf($).filter((href) => articles.includes(idOf(href)))).toHaveLength(LATEST_ON_INDEX);
    expect(monthsLinked($, '/articles/months/')).toEqual(['2026-04', '2026-03', '2026-02', '2026-01']);
    expect($('#months').text()).toBe('By month');
  });

  it('lists every article on the page of its month, once, and links the months to each other', () => {
    const [february, january] = [page('articles/months/2026-02'), page('articles/months/2026-01')];
    expect([february('h1').text(), january('h1').text()]).toEqual(['Articles of February 2026', 'Articles of January 2026']);
    const listed = ['2026-04', '2026-03', '2026-02', '2026-01'].flatMap((month) => linksOf(page(`articles/months/${month}`)).map(idOf).filter((id) => articles.includes(id)));
    expect(listed.sort()).toEqual(articles);
    expect(february('a[rel="prev"]').attr('href')).toBe('/articles/months/2026-01/');
    expect(january('a[rel="next"]').attr('href')).toBe('/articles/months/2026-02/');
  });
});

describe('a claim every one of 300 articles mentions', () => {
  const claim = claims[0]!;
  /** What each of its five contradiction cards shows. */
  const cardLimits = contradictionCardLimits(CLAIM_CONTRADICTIONS_IN_FULL);
  /** Every mention of the claim in the content: its article's slug and its stance. */
  const mentions = [...corpus.files]
    .filter(([file]) => file.startsWith('articles/'))
    .flatMap(([file, text]) =>
      [...text.matchAll(new RegExp(`\\{#${claim}(?: stance=(\\w+))?\\}`, 'g'))].map((m) => ({ article: path.basename(file, '.md'), stance: m[1] ?? 'asserts' })),
    );

  it('quotes at most 10 mentions of each stance in full and links its evidence pages, which quote every mention in full with a link to its span, 50 a page', () => {
    expect(mentions.length).toBeGreaterThanOrEqual(300);
    const $ = page(`claims/${claim}`);
    const all = numberedPages(`claims/${claim}/evidence`);
    expect(all).toHaveLength(Math.ceil(mentions.length / EVIDENCE_PER_PAGE));
    expect(all.map(($all) => $all('li.evidence').length)).toEqual(all.map((_, i) => Math.min(EVIDENCE_PER_PAGE, mentions.length - i * EVIDENCE_PER_PAGE)));
    const section = $('section[aria-labelledby="evidence"]');
    for (const stance of new Set(mentions.map((m) => m.stance))) {
      const group = section.find(`section[aria-labelledby="evidence-${stance}"]`);
      const count = mentions.filter((m) => m.stance === stance).length;
      expect(group.find('li.evidence').length, stance).toBe(Math.min(count, EVIDENCE_IN_FULL));
      expect(group.find('blockquote').length, stance).toBe(Math.min(count, EVIDENCE_IN_FULL));
      // The pages that quote this stance; the claim page links the first of them.
      const holding = all.map(($all, i) => ({ i, $all })).filter(({ $all }) => $all(`section[aria-labelledby="evidence-${stance}"]`).length > 0);
      if (count > EVIDENCE_IN_FULL) {
        const first = holding[0]!.i + 1;
        const href = `/claims/${claim}/evidence/${first > 1 ? `${first}/` : ''}#evidence-${stance}`;
        expect(group.find(`a[href="${href}"]`).closest('p').text(), stance).toBe(
          `10 mentions quoted in full, the first of each outlet first; its evidence pages quote all ${count}, from page ${first} of ${all.length}.`,
        );
      }
      const items = holding.flatMap(({ $all }) => $all(`section[aria-labelledby="evidence-${stance}"]`).find('li.evidence').toArray().map((li) => $all(li)));
      expect(items.length, stance).toBe(count);
      expect(items.filter((li) => li.find('blockquote').length === 1).length, stance).toBe(count);
      const linked = items.flatMap((li) => li.find('a[href^="/articles/"]').toArray().map((a) => li.find(a).attr('href') ?? '').filter((href) => href.includes('#')));
      expect(new Set(linked).size, stance).toBe(count);
      expect(new Set(linked.map(idOf)), stance).toEqual(new Set(mentions.filter((m) => m.stance === stance).map((m) => m.article)));
    }
  });

  it('quotes at most its share of six mentions in full of the other side of each of its contradictions', () => {
    const $ = page(`claims/${claim}`);
    const items = $('section[aria-labelledby="contradictions"] > ul > li');
    expect(items.length).toBeGreaterThan(0);
    const quoted = items.toArray().map((li) => $(li).find('blockquote').length);
    expect(Math.max(...quoted)).toBe(cardLimits.quotes);
  });

  it('lists at most a few more of the mentions against it one line each, linking to where all of them are', () => {
    const $ = page(`claims/${claim}`);
    const against = $('section[aria-labelledby="contradictions"] > ul > li > details:nth-of-type(2)').toArray().map((d) => $(d));
    expect(against.length).toBeGreaterThan(0);
    expect(against.map((d) => d.children('ul.list').children('li').length).filter((n) => n > cardLimits.lines)).toEqual([]);
    // A side is cut when its note says so ("N more mentions, the first 2 below: …"); one with just as many more lists them all.
    const noteOf = (d: (typeof against)[number]) => d.children('p.meta').last();
    const cut = against.filter((d) => /, the first \d+ below/.test(noteOf(d).text()));
    expect(cut.length).toBeGreaterThan(0);
    for (const d of cut) {
      expect(d.children('ul.list').children('li').length).toBe(cardLimits.lines);
      const note = noteOf(d);
      expect(note.text().replace(/\s+/g, ' ')).toMatch(new RegExp(`^\\d+ more mentions, the first ${cardLimits.lines} below: all \\d+ are (under Disputed by|on the other claim’s page)\\.$`));
      const href = note.find('a').attr('href') ?? '';
      if (href.startsWith('#')) expect($(href).length, href).toBe(1);
      else expect(page(href.replace(/^\/|\/#.*$/g, ''))(href.replace(/^[^#]*/, '')).length, href).toBe(1);
    }
  });

  it('compares each distinct wording of its quotation once, at most 10, names the first 5 renditions of each, and links its evidence, which quotes them all', () => {
    const $ = page(`claims/${claim}`);
    const section = $('section[aria-labelledby="drift"]');
    const cards = section.find('li.card').toArray().map((li) => $(li));
    expect(cards.length).toBe(WORDINGS_LISTED);
    let counted = 0;
    for (const card of cards) {
      const named = card.children('ul.list').children('li').toArray().map((li) => $(li));
      const count = Number(/· (\d+) renditions? by/.exec(card.children('p').first().text())?.[1]);
      expect(named.length).toBe(Math.min(count, RENDITIONS_NAMED));
      counted += count;
      // Each names its outlet and links the rendition in its article's record, whose anchor is there.
      for (const li of named) {
        const href = li.find('a[href^="/articles/"]').attr('href') ?? '';
        expect(li.find('a[href^="/outlets/"]').length, href).toBe(1);
        expect(page(href.replace(/^\/|\/#.*$/g, ''))(`[id="${href.replace(/^[^#]*#/, '')}"]`).length, href).toBe(1);
      }
      if (count > named.length) {
        const more = card.children('p.meta').last();
        expect(more.text().replace(/\s+/g, ' ')).toBe(`${count - named.length} more ${count - named.length === 1 ? 'rendition' : 'renditions'}: the claim’s evidence quotes them all.`);
        expect(more.find('a').attr('href')).toBe(`/claims/${claim}/evidence/`);
      }
    }
    // The other wordings are counted, with the renditions that use them: every mention in all.
    const rest = section.find('.drift > p').filter((_, p) => /other wordings?, in/.test($(p).text()));
    const [, others, renditions] = /^(\d+) other wordings?, in (\d+) renditions?/.exec(rest.text().replace(/\s+/g, ' ')) ?? [];
    expect(Number(others)).toBeGreaterThan(0);
    expect(counted + Number(renditions)).toBe(mentions.length);
  });

  it('shows its first 5 contradictions with their evidence, the next 10 one line each, and links its contradictions pages, which list every one once', () => {
    const $ = page(`claims/${claim}`);
    const section = $('section[aria-labelledby="contradictions"]');
    const total = contradicted.length + 1;
    expect(section.children('ul.plain').children('li.card').length).toBe(CLAIM_CONTRADICTIONS_IN_FULL);
    expect(section.children('ul.list').children('li').length).toBe(CLAIM_CONTRADICTION_LINES);
    expect(section.children('p').first().text()).toBe(
      `${total} contradictions: the first ${CLAIM_CONTRADICTIONS_IN_FULL} with the evidence on both sides, the next ${CLAIM_CONTRADICTION_LINES} one line each; all ${total} are on a page of their own.`,
    );
    expect(section.find(`a[href="/claims/${claim}/contradictions/"]`).length).toBe(1);
    const all = numberedPages(`claims/${claim}/contradictions`);
    expect(all).toHaveLength(Math.ceil(total / LINES_PER_PAGE));
    const lines = all.flatMap(($all) => $all('main ul.list > li').toArray().map((li) => $all(li)));
    expect(lines).toHaveLength(total);
    // The implied contradiction (the coverage disputes it), then each claim it contradicts, linked, once.
    expect(lines[0]!.find('a').length).toBe(0);
    expect(lines.slice(1).map((li) => idOf(li.find('a').attr('href')))).toEqual(contradicted);
  });

  it('lists a claim’s first 20 related claims, and links its related claims pages, which list every one once', () => {
    const related = path.basename(relatedFile, '.md');
    const $ = page(`claims/${related}`);
    const section = $('section[aria-labelledby="related"]');
    // Those it names, and those that name it (the synthetic corpus names some).
    const linked = (li: ReturnType<typeof $>) => idOf(li.find('a').first().attr('href'));
    const all = numberedPages(`claims/${related}/related`);
    const lines = all.flatMap(($all) => $all('main ul.list > li').toArray().map((li) => linked($all(li))));
    expect(lines.length).toBeGreaterThanOrEqual(relatedTo.length);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines).toEqual(expect.arrayContaining(relatedTo));
    expect(all).toHaveLength(Math.ceil(lines.length / LINES_PER_PAGE));
    expect(section.find('ul.list > li').toArray().map((li) => linked($(li)))).toEqual(lines.slice(0, CLAIM_RELATED_LISTED));
    expect(section.children('p').first().text()).toBe(`The first ${CLAIM_RELATED_LISTED} of ${lines.length} related claims; its related claims page lists all ${lines.length}.`);
    expect(section.find(`a[href="/claims/${related}/related/"]`).length).toBe(1);
  });

  it('lists at most 5 of its own mentions in a contradiction, linking to its evidence for the rest', () => {
    const $ = page(`claims/${claim}`);
    const ours = $('section[aria-labelledby="contradictions"] > ul > li > details:first-of-type');
    expect(ours.length).toBeGreaterThan(0);
    for (const details of ours.toArray()) {
      expect($(details).find('li').length).toBeLessThanOrEqual(cardLimits.lines);
    }
    expect(ours.find('a[href="#evidence"]').length).toBeGreaterThan(0);
  });
});

describe('the claims index of 600 claims', () => {
  it('counts the claims by status and links each month of first reports, and the claims first reported on a date not known, to its own page, without listing 600 claims', () => {
    expect(claims.length).toBeGreaterThan(CLAIMS_ON_INDEX);
    const $ = page('claims');
    expect(linksOf($).filter((href) => claims.includes(idOf(href)))).toEqual([]);
    expect(monthsLinked($, '/claims/months/')).toEqual(['2026-04', '2026-03', '2026-02', '2026-01', 'date-not-known']);
    expect($('main p').first().text().replace(/\s+/g, ' ')).toMatch(/^600 claims: \d+ /);
  });

  it('lists every claim once: on the pages of the month it was first reported, grouped by status, at most 100 a page, or on the page of those first reported on a date not known', () => {
    const numbered: string[] = [];
    const listed = ['2026-04', '2026-03', '2026-02', '2026-01'].flatMap((month) => {
      const pages = numberedPages(`claims/months/${month}`);
      if (pages.length > 1) numbered.push(month);
      return pages.flatMap(($, i) => {
        expect($('h1').text()).toMatch(/^Claims first reported in (January|February|March|April) 2026$/);
        expect($('section[aria-labelledby] h2').length).toBeGreaterThan(0);
        const ids = $('main section a[href]').toArray().map((a) => idOf($(a).attr('href'))).filter((id) => claims.includes(id));
        expect(ids.length, `claims/months/${month} page ${i + 1}`).toBeLessThanOrEqual(MONTH_LINES_PER_PAGE);
        return ids;
      });
    });
    // 600 claims in four months: the busier months have numbered pages.
    expect(numbered.length).toBeGreaterThan(0);
    // A quarter of the articles have no publication date: a claim only they may have reported first
    // has a first report whose date is not known, as its page says, and is listed on a page of its own.
    expect(linksOf(page('claims'))).toContain('/claims/months/date-not-known/');
    // In numbered pages too, when they are many.
    const notKnown = numberedPages('claims/months/date-not-known').flatMap((unknown) => {
      expect(unknown('h1').text()).toBe('Claims first reported on a date not known');
      return unknown('main section a[href]').toArray().map((a) => idOf(unknown(a).attr('href'))).filter((id) => claims.includes(id));
    });
    expect(notKnown.length).toBeGreaterThan(0);
    for (const id of notKnown.slice(0, 3)) expect(page(`claims/${id}`)('dl.facts').text()).toContain('Not known');
    expect([...listed, ...notKnown].sort()).toEqual(claims);
  });
});

describe('an outlet of 25 articles', () => {
  const outlet = idsOf('outlets')[0]!;
  const own = [...corpus.files].filter(([file, text]) => file.startsWith('articles/') && text.includes(`\noutlet: ${outlet}\n`)).map(([file]) => path.basename(file, '.md'));

  it('lists its 20 newest articles, then links each month to its own page, which together list them all once', () => {
    expect(own.length).toBeGreaterThan(OUTLET_ARTICLES_LISTED);
    const $ = page(`outlets/${outlet}`);
    const links = $('main a[href]').toArray().map((a) => $(a).attr('href') ?? '');
    expect(links.filter((href) => own.includes(idOf(href)))).toHaveLength(OUTLET_ARTICLES_LISTED);
    const months = links.filter((href) => href.startsWith(`/outlets/${outlet}/months/`));
    expect(months).toEqual(['2026-04', '2026-03', '2026-02', '2026-01'].map((m) => `/outlets/${outlet}/months/${m}/`));
    const listed = months.flatMap((href) => {
      const $month = page(href.slice(1, -1));
      return $month('main a[href^="/articles/"]').toArray().map((a) => idOf($month(a).attr('href')));
    });
    expect(listed.sort()).toEqual(own.sort());
  });

  it('lists the first 20 claims it asserted, counts them all by status, and its month pages together list every one', () => {
    // Every claim its articles assert (the default stance) or qualify.
    const held = new Set(
      own.flatMap((slug) => [...corpus.files.get(`articles/${slug}.md`)!.matchAll(/\{#([\w-]+)(?: stance=(\w+))?\}/g)].filter((m) => !m[2] || m[2] === 'qualifies').map((m) => m[1]!)),
    );
    expect(held.size).toBeGreaterThan(OUTLET_CLAIMS_LISTED);
    const $ = page(`outlets/${outlet}`);
    const section = $('h2#claims').nextUntil('p.meta, #also-disputed, #also-contradicted');
    expect($('h2#claims').text()).toBe(`Claims it asserted (${held.size})`);
    expect(section.find('a[href^="/claims/"]').length).toBe(OUTLET_CLAIMS_LISTED);
    // After the note of the claims it held true only with a qualification, when there are some.
    const note = section.filter('p').filter((_, p) => $(p).text().includes('The first')).first();
    expect(note.text()).toMatch(/^\d+ [a-z -]+(, \d+ [a-z -]+)*\. The first 20 are below; each month’s page lists the claims its articles asserted\.$/);
    expect([...note.text().matchAll(/(\d+) /g)].reduce((sum, m) => sum + Number(m[1]), 0) - OUTLET_CLAIMS_LISTED).toBe(held.size);
    expect(note.find('a').attr('href')).toBe('#months');
    const months = linksOf($).filter((href) => href.startsWith(`/outlets/${outlet}/months/`));
    const listed = new Set(
      months.flatMap((href) => {
        const $month = page(href.slice(1, -1));
        return $month('h2#claims').nextAll('ul').find('a[href^="/claims/"]').toArray().map((a) => idOf($month(a).attr('href')));
      }),
    );
    expect([...listed].sort()).toEqual([...held].sort());
    // Those of them its articles also dispute, the first 20 of them.
    const disputed = new Set(
      own.flatMap((slug) => [...corpus.files.get(`articles/${slug}.md`)!.matchAll(/\{#([\w-]+) stance=disputes\}/g)].map((m) => m[1]!)),
    );
    const both = [...held].filter((id) => disputed.has(id));
    expect(both.length).toBeGreaterThan(0);
    expect($('#also-disputed').text()).toBe(`Claims it asserted and also disputed (${both.length})`);
    const alsoListed = $('#also-disputed').nextAll('ul').first().find('a[href^="/claims/"]').toArray().map((a) => idOf($(a).attr('href')));
    expect(alsoListed.length).toBe(Math.min(both.length, OUTLET_CLAIMS_LISTED));
    expect(alsoListed.every((id) => disputed.has(id) && held.has(id))).toBe(true);
  });
});

describe('the entities of 300 articles', () => {
  it('list the 50 articles naming them newest first, and link a page of them all beyond 50', () => {
    const cut = idsOf('entities').filter((id) => page(`entities/${id}`)(`a[href="/entities/${id}/articles/"]`).length > 0);
    expect(cut.length).toBeGreaterThan(0);
    for (const id of idsOf('entities')) {
      const $ = page(`entities/${id}`);
      const shown = $('h2#articles').nextAll('ul').find('a[href^="/articles/"]').toArray().map((a) => idOf($(a).attr('href')));
      if (!cut.includes(id)) {
        expect(shown.length, id).toBeLessThanOrEqual(ENTITY_ARTICLES_LISTED);
        continue;
      }
      const note = $(`a[href="/entities/${id}/articles/"]`).closest('p').text();
      const match = new RegExp(`^(\\d+) articles name it or report a claim about or by it: the ${ENTITY_ARTICLES_LISTED} newest below, and all \\1 on (?:a page|(\\d+) pages) of their own\\.$`).exec(note);
      const [count, pages] = [Number(match?.[1]), Number(match?.[2] ?? 1)];
      const numbered = numberedPages(`entities/${id}/articles`);
      expect(numbered.length, id).toBe(pages);
      const all = numbered.flatMap(($all) => $all('main ul a[href^="/articles/"]').toArray().map((a) => idOf($all(a).attr('href'))));
      expect(count, id).toBeGreaterThan(ENTITY_ARTICLES_LISTED);
      expect(all.length, id).toBe(count);
      expect(new Set(all).size, id).toBe(count);
      expect(shown, id).toEqual(all.slice(0, ENTITY_ARTICLES_LISTED));
    }
    expect(cut.some((id) => page(`entities/${id}/articles/2`)('main ul a[href^="/articles/"]').length > 0)).toBe(true);
  });

  it('list the first 20 claims about or by them, and link pages of them all beyond 20', () => {
    const entities = idsOf('entities');
    const field = (text: string, name: string) => new RegExp(`^${name}: (\\S+)$`, 'm').exec(text)?.[1];
    const claimFiles = [...corpus.files].filter(([file]) => file.startsWith('claims/'));
    const about = (id: string) => claimFiles.filter(([, text]) => text.includes(`\n  - ${id}\n`)).map(([file]) => path.basename(file, '.md')).sort();
    const by = (id: string) => claimFiles.filter(([, text]) => field(text, 'speaker') === id).map(([file]) => path.basename(file, '.md')).sort();
    const cut = entities.filter((id) => about(id).length > ENTITY_CLAIMS_LISTED || by(id).length > ENTITY_CLAIMS_LISTED);
    expect(cut.length).toBeGreaterThan(0);
    expect(about(cut[0]!)).toEqual(claims);
    for (const id of entities) {
      const $ = page(`entities/${id}`);
      for (const [list, expected] of [['by', by(id)], ['about', about(id)]] as const) {
        const shown = $(`h2#${list}`).nextUntil('h2').find('a[href^="/claims/"]');
        expect(shown.length, `${id} ${list}`).toBe(Math.min(expected.length, ENTITY_CLAIMS_LISTED));
        if (expected.length > ENTITY_CLAIMS_LISTED) {
          const more = $(`h2#${list}`).nextUntil('h2').find(`a[href^="/entities/${id}/claims/"][href$="#${list}"]`);
          expect(more.closest('p').text(), `${id} ${list}`).toBe(`The first ${ENTITY_CLAIMS_LISTED} of ${expected.length} claims ${list} it; its claims page (${list} it) lists all ${expected.length}.`);
          expect(page((more.attr('href') ?? '').replace(/^\/|\/#.*$/g, ''))(`h2#${list}`).length, `${id} ${list}`).toBe(1);
        }
      }
      if (!cut.includes(id)) {
        expect(existsSync(path.join(dist, 'entities', id, 'claims/index.html')), id).toBe(false);
        continue;
      }
      const numbered = numberedPages(`entities/${id}/claims`);
      const listed = (list: string) => numbered.flatMap(($all) => $all(`section[aria-labelledby="${list}"] a[href^="/claims/"]`).toArray().map((a) => idOf($all(a).attr('href'))));
      expect(numbered.every(($all) => $all('main section a[href^="/claims/"]').length <= LINES_PER_PAGE), id).toBe(true);
      expect(listed('by').sort(), id).toEqual(by(id));
      expect(listed('about').sort(), id).toEqual(about(id));
    }
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
    const listed = $all('main a[href^="/stories/"]:not([href^="/stories/months/"])').toArray().map((a) => idOf($all(a).attr('href')));
    expect(listed.sort()).toEqual(stories.sort());
  });
});

describe('the stories index of 300 stories', () => {
  // A fourth corpus: 300 stories of one article each, ten articles a day (a busy January).
  const storied = generateCorpus({ articles: 300, articlesPerStory: 1, articlesPerDay: 10, seed: 3 });
  const storiedContent = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/scale-many-stories/content');
  writeCorpus(storiedContent, storied);
  const out = builtSite(path.relative(projectRoot, storiedContent));
  const open = (route: string) => load(readFileSync(path.join(out, route, 'index.html'), 'utf8'));
  const stories = [...storied.files.keys()].filter((f) => f.startsWith('stories/')).map((f) => path.basename(f, '.md')).sort();
  const storyLinks = ($: ReturnType<typeof open>, scope: string) => $(scope).find('a[href^="/stories/"]').toArray().map((a) => $(a).attr('href') ?? '').filter((href) => !href.startsWith('/stories/months/')).map(idOf);
  const months = () => monthsLinked(open('stories'), '/stories/months/');
  /** Every story its month pages list, in their order: the months newest first, each in numbered pages. */
  const byMonth = () =>
    months().flatMap((month) =>
      numberedPages(`stories/months/${month}`, out).flatMap(($, i) => {
        expect($('h1').text()).toMatch(/^Stories of \w+ 2026$/);
        const listed = storyLinks($, 'main ul.list');
        expect(listed.length, `stories/months/${month} page ${i + 1}`).toBeLessThanOrEqual(MONTH_LINES_PER_PAGE);
        // One line each, without the summary the index shows.
        expect($('main ul.list br').length).toBe(0);
        return listed;
      }),
    );

  it('lists the 20 newest stories with their summaries, then links each month to its own page', () => {
    expect(stories).toHaveLength(300);
    const $ = open('stories');
    const latest = storyLinks($, 'h2#latest + ul');
    expect(latest).toHaveLength(STORIES_ON_INDEX);
    expect($('h2#latest + ul li').toArray().every((li) => $(li).find('br').length === 1)).toBe(true);
    // The newest: the first of the months' pages, newest month first.
    expect(latest).toEqual(byMonth().slice(0, STORIES_ON_INDEX));
    expect($('main > p').first().text().replace(/\s+/g, ' ')).toBe(
      '300 stories: the 20 newest, then every month on its own page. A story is placed in the month it happened, or, without a date, in the month of its first article.',
    );
    expect(months()[0]! > months().at(-1)!).toBe(true);
  });

  it('lists every story once on the pages of its month, a busy month in numbered pages, the months linked to each other', () => {
    const listed = byMonth();
    expect([...listed].sort()).toEqual(stories);
    expect(months().some((month) => existsSync(path.join(out, 'stories/months', month, '2/index.html')))).toBe(true);
    const [newer, older] = months();
    expect(open(`stories/months/${older}`)(`a[href="/stories/months/${newer}/"]`).text()).toMatch(/^Newer: /);
  });

  it('keeps /stories/ and every page of its months, and every other index page, at most 14 KB of gzipped HTML and CSS', () => {
    const measured = [...weights(out, indexKindOf), ...weights(dist, indexKindOf)].sort((a, b) => b.bytes - a.bytes);
    expect(new Set(measured.map((m) => m.kind))).toEqual(
      new Set(['stories', 'stories month', 'stories month numbered', 'articles', 'articles month', 'articles month numbered', 'claims', 'claims month', 'claims month numbered', 'outlets', 'entities']),
    );
    const heaviest = measured[0]!;
    expect(heaviest.bytes, `the heaviest page, ${heaviest.path}, is ${heaviest.bytes} bytes`).toBeLessThanOrEqual(budget);
  });
});

describe('an article of 100 mentions', () => {
  // A third corpus: 20 articles of 100 mentions each, in one story.
  const dense = generateCorpus({ articles: 20, articlesPerStory: 20, mentionsPerArticle: 100, seed: 3 });
  const denseContent = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/scale-mentions/content');
  writeCorpus(denseContent, dense);
  const out = builtSite(path.relative(projectRoot, denseContent));
  const slugs = [...dense.files.keys()].filter((f) => f.startsWith('articles/')).map((f) => path.basename(f, '.md'));
  const open = (slug: string) => load(readFileSync(path.join(out, 'articles', slug, 'index.html'), 'utf8'));

  it('is at most 14 KB of gzipped HTML and CSS, as is every story and claim page of its corpus', () => {
    const heaviest = weights(out)[0]!;
    expect(heaviest.bytes, `the heaviest page, ${heaviest.path}, is ${heaviest.bytes} bytes`).toBeLessThanOrEqual(budget);
  });

  it('links every mention in its record, and lists each claim it mentions once, with its stances', () => {
    for (const slug of slugs) {
      const $ = open(slug);
      expect($('.record a[href^="/claims/"]').length, slug).toBe(100);
      const mentioned = new Set([...dense.files.get(`articles/${slug}.md`)!.matchAll(/\{#([\w-]+)/g)].map((m) => m[1]!));
      const list = $('section[aria-labelledby="claims"]');
      const items = list.find('ol > li');
      expect(items.toArray().map((li) => idOf($(li).children('a[href^="/claims/"]').attr('href'))), slug).toEqual([...mentioned]);
      expect(items.toArray().every((li) => $(li).find('.stance').length > 0), slug).toBe(true);
      expect(list.find('p').first().text(), slug).toBe(`100 mentions of ${mentioned.size} claims: each claim once, with the stances the article takes on it; the passages mark and link every mention.`);
      expect(list.find('p a').attr('href'), slug).toBe('#record');
    }
  });

  it('quotes a mention for each of the first claims others dispute, lists the next few one line each, and links a page with all of them', () => {
    const { claims: inFull, quotes: quotedEach } = disputeLimits(100);
    const cut = slugs.filter((slug) => open(slug)('section[aria-labelledby="disputed"] > ul.list').length > 0);
    expect(cut.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const $ = open(slug);
      const section = $('section[aria-labelledby="disputed"]');
      const cards = section.find('li.card');
      expect(cards.length, slug).toBeLessThanOrEqual(inFull);
      for (const card of cards.toArray()) {
        for (const group of $(card).children('ul.plain').toArray()) expect($(group).children('li').length, slug).toBeLessThanOrEqual(quotedEach);
      }
      const rest = section.children('ul.list').children('li');
      expect(rest.length, slug).toBeLessThanOrEqual(ARTICLE_DISPUTED_LINES);
      const intro = section.children('p').first().text().replace(/\s+/g, ' ');
      const total = Number(/^(\d+) claims it holds true/.exec(intro)?.[1] ?? cards.length);
      const disputedPage = path.join(out, 'articles', slug, 'disputed', 'index.html');
      if (rest.length > 0) {
        expect(cards.length, slug).toBe(inFull);
        expect(rest.toArray().every((li) => $(li).children('a[href^="/claims/"]').length === 1), slug).toBe(true);
      }
      if (total > inFull + rest.length) {
        expect(intro, slug).toBe(`${total} claims it holds true are disputed or contradicted: the first ${inFull} with quotations, the next ${rest.length} one line each; all ${total} are on a page of their own.`);
        expect(section.find(`a[href="/articles/${slug}/disputed/"]`).length, slug).toBe(1);
        // Fewer than 100: one page, every claim one line.
        expect(load(readFileSync(disputedPage, 'utf8'))('#others').nextAll('ul').first().children('li').length, slug).toBe(total);
      } else if (rest.length > 0) {
        expect(intro, slug).toBe(`${inFull + rest.length} claims it holds true are disputed or contradicted: the first ${inFull} with quotations, the others one line each.`);
      }
      // What its own source disputed elsewhere: one line each, the first few, and a page with all of them.
      const self = section.find('.self-disputed li').length;
      expect(self, slug).toBeLessThanOrEqual(inFull);
      if (self === inFull) expect(existsSync(disputedPage), slug).toBe(section.find('.self-disputed a[href*="/disputed/"]').length > 0 || total > inFull + rest.length);
    }
    expect(slugs.some((slug) => open(slug)('.self-disputed li').length > 0)).toBe(true);
  });
});
