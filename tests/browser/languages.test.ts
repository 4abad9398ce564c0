/**
 * Text in another language than our pages', read in Chromium (WCAG 3.1.2 Language of Parts, and
 * the direction right-to-left scripts need), on every corpus:
 *
 * - on the page of an article in another language (`language: ar`), its headline and every span
 *   it is quoted by carry that language, read in the direction its script is written in; our own
 *   account around the quotations stays in the page's English, and so does a headline in
 *   [brackets], our description of an article that had none (it was read with an Arabic voice and
 *   laid out from the right);
 * - a right-to-left quotation has its bar on its right, where its lines start;
 * - on a claim's page, every span quoted from such an article carries its language and direction;
 * - a date reads in one piece beside a name written from the right: an outlet's Hebrew name, not
 *   isolated, drew the day of "· 13 May 2026" into it ("13 · חדשות הנמל May 2026");
 * - names written from the right read in the order they are listed, with what follows them after
 *   them: a claim's entities ("About"), the outlets that first reported it ("First reported … by
 *   A, B": two Arabic and Hebrew names, not isolated, were drawn as one run, the second first),
 *   an entity's other names, the count after its name;
 * - a headline in another language shown as a tooltip (the `title` of a coverage matrix's column
 *   link, which a screen reader reads as the link's description) carries its language and
 *   direction, and the number and outlet the link shows stay ours.
 *
 * - in search results (Pagefind's UI, which writes a result's title as text and its excerpt as
 *   HTML), the title of an article in another language, and the words of an excerpt written in
 *   that language's script, carry the language: they were read as English; in a language
 *   written in our own letters (French), the words of the article's passages an excerpt quotes
 *   carry it, in the result for its page and for the claim's page that quotes it, and the words
 *   of our summary do not.
 *
 * The expected direction comes from the quoted words themselves (their first letter's script),
 * not from the code that sets it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { browserSuite, eachPage, expectNone } from '../support/harness.ts';
import { contentFacts, corpora, normalise, readingCorpus } from '../support/site.ts';

const suite = browserSuite();
afterAll(() => suite.close());

/** The direction text is read in, from the script of its first letter. */
/** The language a headline is read in: its article's, or ours (`en`) for a description in [brackets] of an article that had none. */
function titleLanguage(article: { headline: string; language: string }): string {
  return /^\[[^]*\]$/.test(article.headline.trim()) ? 'en' : article.language;
}

function directionOf(text: string): 'rtl' | 'ltr' {
  const letter = /\p{L}/u.exec(text)?.[0] ?? '';
  return /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(letter) ? 'rtl' : 'ltr';
}

interface Marked {
  text: string;
  /** The `lang` that applies to the element (the nearest one, up to `<html>`). */
  lang: string;
  direction: string;
}

/** Runs in the page: the language and direction that apply to each element matching `selector`. */
function marked(selector: string): Marked[] {
  return Array.from(document.querySelectorAll(selector), (el) => ({
    text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    lang: el.closest('[lang]')?.getAttribute('lang') ?? '',
    direction: getComputedStyle(el).direction,
  }));
}

/**
 * Runs in the page: the language and direction of the text of each element matching `selector`
 * (or of the byline: the `dd` after "Byline", unless not credited), where its words stand: the
 * element holding its first words (a span in a list item).
 */
function markedText(selector: string): Marked[] {
  const elements =
    selector === 'byline'
      ? [Array.from(document.querySelectorAll('dl.facts dt')).find((dt) => dt.textContent?.trim() === 'Byline')?.nextElementSibling].filter((dd): dd is Element => !!dd && dd.textContent?.trim() !== 'Not credited')
      : Array.from(document.querySelectorAll(selector));
  return elements.map((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (node) => ((node as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
    const holder = walker.nextNode()?.parentElement ?? el;
    return { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), lang: holder.closest('[lang]')?.getAttribute('lang') ?? '', direction: getComputedStyle(holder).direction };
  });
}

/**
 * Runs in the page: `parts` in the order the text of the element has them (the `dd` after the
 * `dt` labelled `label`, or `selector`), each with where it is drawn (the middle of its box, from
 * the left, and the top of its line), or null when it is not there. With `shown`, only the parts
 * the text has are measured. A part that wraps over two lines is measured on its first.
 *
 * A part is found where it stands whole: inside a longer part also given (an outlet "Le Courrier"
 * in "Le Courrier du Port"), its letters are the longer one's. Found there, a name not listed was
 * taken for listed (with `shown`), and then was not found after the longer one, or drawn before it
 * (the same letters): "First reported: "Le Courrier" is not shown".
 */
function centres({ label, selector, parts: given, shown = false }: { label?: string; selector?: string; parts: string[]; shown?: boolean }): [string, { x: number; top: number; height: number } | null][] {
  const root = label
    ? Array.from(document.querySelectorAll('main dl dt')).find((dt) => dt.textContent?.trim() === label)?.nextElementSibling
    : document.querySelector(selector ?? '');
  if (!root) return shown ? [] : given.map((part) => [part, null]);
  const all = root.textContent ?? '';
  // Longest first: each part at its first place that no longer part has taken.
  const taken: { part: string; at: number }[] = [];
  for (const part of [...new Set(given)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    for (let at = all.indexOf(part); at >= 0; at = all.indexOf(part, at + 1)) {
      if (taken.some((t) => at < t.at + t.part.length && t.at < at + part.length)) continue;
      taken.push({ part, at });
      break;
    }
  }
  const missing = shown ? [] : given.filter((part) => !taken.some((t) => t.part === part));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: { node: Text; start: number }[] = [];
  for (let start = 0; walker.nextNode(); start += (walker.currentNode as Text).data.length) texts.push({ node: walker.currentNode as Text, start });
  // The text node and offset of a place in `all`.
  const place = (at: number, end: boolean): [Text, number] => {
    const text = texts.findLast((t) => (end ? t.start < at : t.start <= at)) ?? texts[0]!;
    return [text.node, at - text.start];
  };
  return [
    ...missing.map((part): [string, null] => [part, null]),
    ...taken
      .sort((a, b) => a.at - b.at)
      .map(({ part, at }): [string, { x: number; top: number; height: number }] => {
        const range = document.createRange();
        range.setStart(...place(at, false));
        range.setEnd(...place(at + part.length, true));
        const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return [part, { x: box.left + box.width / 2, top: box.top, height: box.height }];
      }),
  ];
}

describe.each(corpora)('languages on the $name build', (corpus) => {
  it('marks what articles in other languages say with their language and direction', async () => {
    const site = await suite.site(corpus);
    const facts = contentFacts(corpus.content);
    const pageLanguage = 'en';
    const foreign = new Map(facts.articles.filter((a) => a.language.toLowerCase() !== pageLanguage).map((a) => [a.slug, a]));
    const context = await (await suite.browser()).newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const expectMarked = (where: string, what: string, found: Marked, language: string, text: string) => {
      if (found.lang !== language) problems.push(`${where}  ${what} "${found.text.slice(0, 40)}" is read as ${found.lang || 'no language'}, not ${language}`);
      const direction = directionOf(text);
      if (found.direction !== direction) problems.push(`${where}  ${what} "${found.text.slice(0, 40)}" is laid out ${found.direction}, not ${direction}`);
    };
    for (const article of foreign.values()) {
      const where = `/articles/${article.slug}/`;
      await page.goto(site.server.url(where), { waitUntil: 'load' });
      const [headline] = await page.evaluate(marked, 'main h1');
      if (!headline) throw new Error(`${where} has no h1`);
      expectMarked(where, 'the headline', headline, titleLanguage(article), article.headline);
      const spans = await page.evaluate(marked, '.record a.mention');
      for (const mention of facts.mentions.filter((m) => m.article === article.slug)) {
        const found = spans.find((s) => normalise(s.text) === mention.text);
        if (!found) problems.push(`${where}  the span "${mention.text}" is not in the record`);
        else expectMarked(where, 'the span', found, article.language, mention.text);
      }
      // A quotation's bar stands where its lines start: on the right of a right-to-left one.
      const bars = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.record blockquote'), (q) => {
          const style = getComputedStyle(q);
          return { text: (q.textContent ?? '').trim().slice(0, 40), direction: style.direction, left: parseFloat(style.borderLeftWidth), right: parseFloat(style.borderRightWidth) };
        }),
      );
      for (const bar of bars) {
        const start = bar.direction === 'rtl' ? bar.right : bar.left;
        const end = bar.direction === 'rtl' ? bar.left : bar.right;
        if (!(start > 0 && end === 0)) problems.push(`${where}  the ${bar.direction} quotation "${bar.text}" has its bar on the wrong side (left ${bar.left} px, right ${bar.right} px)`);
      }
      // Outside the quotations, the record's text (paragraphs, list items, headings, cells), our
      // summary and the byline are ours, in English, or the article's when written in its script
      // (an Arabic sentence not quoted with `>`): then its language, and the direction of its
      // letters. The page's own words around them (the labels, the headings) stay English.
      const own = (text: string) => new RegExp(`^\\P{L}*${scripts[article.language.toLowerCase()] ?? '(?!)'}`, 'u').test(text);
      const blocks = [
        ...(await page.evaluate(markedText, '.record :is(p, li, h2, h3, h4, h5, h6, td, th, caption):not(blockquote *)')).map((found) => ({ what: 'the record\'s text', found })),
        ...(await page.evaluate(markedText, '#summary + p')).map((found) => ({ what: 'our summary', found })),
        ...(await page.evaluate(markedText, 'byline')).map((found) => ({ what: 'the byline', found })),
      ];
      for (const { what, found } of blocks) {
        if (own(found.text)) expectMarked(where, what, found, article.language, found.text);
        else if (found.lang !== pageLanguage || found.direction !== 'ltr') problems.push(`${where}  ${what} "${found.text.slice(0, 40)}" is ours, but read as ${found.lang || 'no language'}, ${found.direction}, not ${pageLanguage}, ltr`);
      }
      for (const chrome of await page.evaluate(marked, 'main h2, dl.facts dt')) {
        if (chrome.lang !== pageLanguage || chrome.direction !== 'ltr') problems.push(`${where}  the page's own "${chrome.text}" is read as ${chrome.lang}, ${chrome.direction}`);
      }
    }
    const claims = new Set(facts.mentions.filter((m) => foreign.has(m.article)).map((m) => m.claim));
    for (const claim of claims) {
      const where = `/claims/${claim}/`;
      await page.goto(site.server.url(where), { waitUntil: 'load' });
      const quotations = await page.evaluate(marked, 'main blockquote');
      for (const mention of facts.mentions.filter((m) => m.claim === claim && foreign.has(m.article))) {
        const language = foreign.get(mention.article)?.language ?? '';
        const found = quotations.filter((q) => normalise(q.text) === mention.text);
        // A claim page quotes ten mentions per stance in full (the rest are a line each): the
        // corpora have fewer, so every span is quoted.
        if (found.length === 0) problems.push(`${where}  the span "${mention.text}" is not quoted`);
        for (const quotation of found) expectMarked(where, 'the quotation', quotation, language, mention.text);
      }
    }
    await context.close();
    expectNone(`text in other languages on the ${corpus.name} build`, problems);
  });

  it('gives a headline shown as a tooltip (a `title`) its language and direction, and the words it is the tooltip of ours', async () => {
    // A tooltip is read by a screen reader as its element's description, in its element's language:
    // the coverage matrix's column links, titled with their articles' headlines, read an Arabic,
    // Hebrew or Japanese headline with an English voice.
    const site = await suite.site(corpus);
    const facts = contentFacts(corpus.content);
    const headlines = new Map(facts.articles.map((a) => [a.headline, a]));
    const titled = site.pages.filter((p) => /<body[^]*\stitle=/.test(readFileSync(path.join(site.outDir, p.file), 'utf8')));
    const context = await (await suite.browser()).newContext();
    let foreign = 0;
    const problems = await eachPage(context, titled, async (page, { path: where }) => {
      await page.goto(site.server.url(where), { waitUntil: 'load' });
      const tooltips = await page.evaluate(() =>
        Array.from(document.querySelectorAll('body [title]'), (el) => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (node) => ((node as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
          const holder = walker.nextNode()?.parentElement ?? el;
          return {
            title: el.getAttribute('title') ?? '',
            lang: el.closest('[lang]')?.getAttribute('lang') ?? '',
            direction: getComputedStyle(el).direction,
            shown: { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), lang: holder.closest('[lang]')?.getAttribute('lang') ?? '', direction: getComputedStyle(holder).direction },
          };
        }),
      );
      const found: string[] = [];
      for (const tooltip of tooltips) {
        const article = headlines.get(tooltip.title);
        if (!article) continue;
        const language = titleLanguage(article);
        if (language !== 'en') foreign++;
        if (tooltip.lang !== language) found.push(`${where}  the tooltip "${tooltip.title.slice(0, 40)}" is read as ${tooltip.lang || 'no language'}, not ${language}`);
        if (tooltip.direction !== directionOf(tooltip.title)) found.push(`${where}  the tooltip "${tooltip.title.slice(0, 40)}" is laid out ${tooltip.direction}, not ${directionOf(tooltip.title)}`);
        if (tooltip.shown.lang !== 'en' || tooltip.shown.direction !== 'ltr') found.push(`${where}  "${tooltip.shown.text.slice(0, 40)}", which the tooltip "${tooltip.title.slice(0, 40)}" describes, is ours, but read as ${tooltip.shown.lang || 'no language'}, ${tooltip.shown.direction}`);
      }
      return found;
    });
    await context.close();
    if (corpus === readingCorpus) expect(foreign, 'no headline in another language is shown as a tooltip on the reading fixture').toBeGreaterThan(0);
    expectNone(`tooltips in other languages on the ${corpus.name} build`, problems);
  });

  it('reads every date in one piece, beside names written from the right', async () => {
    const site = await suite.site(corpus);
    const context = await (await suite.browser()).newContext();
    const problems = await eachPage(context, site.pages, async (page, { path }) => {
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      const broken = await page.evaluate(() =>
        Array.from(document.querySelectorAll('main time'))
          .filter((time) => {
            // Boxes of one line: a date wrapped over two lines has one box per line.
            const tops = Array.from(time.getClientRects(), (r) => Math.round(r.top));
            return new Set(tops).size < tops.length;
          })
          .map((time) => `${(time.parentElement?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}`),
      );
      return broken.map((text) => `${path}  the date in "${text}" is split apart by the text around it`);
    });
    await context.close();
    expect(site.pages.length).toBeGreaterThan(0);
    expectNone(`dates read out of order on the ${corpus.name} build`, problems);
  });

  it('reads names written from the right in the order they are listed, with their counts after them', async () => {
    const site = await suite.site(corpus);
    const facts = contentFacts(corpus.content);
    const names = new Map(facts.entities.map((e) => [e.id, e]));
    // What to look at on each page: the element (a `dt`'s label or a selector) and the parts.
    const visits: { path: string; checks: { what: string; args: Parameters<typeof centres>[0] }[] }[] = [];
    const outletNames = facts.outlets.map((o) => o.name).filter(Boolean);
    for (const [claim, entities] of facts.claimEntities) {
      // The outlets that first reported a claim, as many as the page names, in its order.
      const checks: { what: string; args: Parameters<typeof centres>[0] }[] = [{ what: 'First reported', args: { label: 'First reported', parts: outletNames, shown: true } }];
      if (entities.length >= 2) checks.push({ what: 'About', args: { label: 'About', parts: entities.map((id) => names.get(id)?.name ?? id) } });
      visits.push({ path: `/claims/${claim}/`, checks });
    }
    for (const entity of facts.entities) {
      const checks: { what: string; args: Parameters<typeof centres>[0] }[] = [{ what: 'the heading of its claims', args: { selector: 'main h2#about', parts: [entity.name, '('] } }];
      if (entity.names.length > 0) checks.push({ what: 'Also called', args: { label: 'Also called', parts: entity.names } });
      visits.push({ path: `/entities/${entity.id}/`, checks });
    }
    const context = await (await suite.browser()).newContext();
    const problems = await eachPage(context, visits, async (page, { path: where, checks }) => {
      await page.goto(site.server.url(where), { waitUntil: 'load' });
      const found: string[] = [];
      for (const { what, args } of checks) {
        const parts = await page.evaluate(centres, args);
        parts.forEach(([part, at], i) => {
          const [previous, before] = parts[i - 1] ?? ['', null];
          if (at === null) found.push(`${where}  ${what}: "${part}" is not shown`);
          // On one line, left to right; a part on a line of its own below is in order.
          else if (before !== null && Math.abs(at.top - before.top) < Math.min(at.height, before.height) / 2 && at.x <= before.x) found.push(`${where}  ${what}: "${part}" is drawn before "${previous}", which comes first in the text`);
        });
      }
      return found;
    });
    await context.close();
    expectNone(`names out of order on the ${corpus.name} build`, problems);
  });
});

/** The scripts of the reading fixture's languages that our Latin letters cannot be mistaken for. */
const scripts: Record<string, string> = { ar: '\\p{Script=Arabic}', he: '\\p{Script=Hebrew}', ja: '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]' };

/** Runs in the page: each letter of the excerpts in one of `scripts` whose language is not that script's, as "letter: lang". */
function misread(scripts: [string, string][]): string[] {
  const found: string[] = [];
  for (const excerpt of document.querySelectorAll('.pagefind-ui__result-excerpt')) {
    const walker = document.createTreeWalker(excerpt, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode as Text;
      const lang = text.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
      for (const [language, pattern] of scripts) {
        const letters = (text.data.match(new RegExp(`${pattern}+`, 'gu')) ?? []).join(' ');
        if (letters && lang !== language) found.push(`"${letters}" (${language}) is read as ${lang || 'no language'}`);
      }
    }
  }
  return found;
}

describe(`search on the ${readingCorpus.name} build`, () => {
  it('gives the titles and excerpts of results in another language that language', async () => {
    const site = await suite.site(readingCorpus);
    const facts = contentFacts(readingCorpus.content);
    const foreign = facts.articles.filter((a) => a.language !== 'en');
    expect(foreign.length).toBeGreaterThan(2);
    const context = await (await suite.browser()).newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    for (const article of foreign) {
      // A word of the headline (the first, without what follows it): results quote it in their excerpts.
      const word = /[\p{L}\p{M}]+/u.exec(article.headline)![0];
      await page.goto(site.server.url(`/search/?q=${encodeURIComponent(word)}`), { waitUntil: 'load' });
      const title = page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a', { hasText: article.headline }).first();
      await title.waitFor({ state: 'visible', timeout: 15_000 });
      // Every result's data loaded (a result still loading shows a placeholder).
      await page.waitForFunction(() => document.querySelector('.pagefind-ui__loading') === null, undefined, { timeout: 15_000 });
      const found = await title.evaluate((a) => ({ lang: a.closest('[lang]')?.getAttribute('lang') ?? '', direction: getComputedStyle(a).direction }));
      const where = `/search/?q=${word}`;
      if (found.lang !== titleLanguage(article)) problems.push(`${where}  the title "${article.headline}" is read as ${found.lang || 'no language'}, not ${titleLanguage(article)}`);
      if (found.direction !== directionOf(article.headline)) problems.push(`${where}  the title "${article.headline}" is laid out ${found.direction}, not ${directionOf(article.headline)}`);
      for (const problem of await page.evaluate(misread, Object.entries(scripts))) problems.push(`${where}  in an excerpt, ${problem}`);
      // What the page tells Pagefind of its languages is not shown as a tag of the result.
      const tags = await page.locator('.pagefind-ui__result-tag').allInnerTexts();
      for (const tag of tags.filter((t) => /^languages?:/i.test(t))) problems.push(`${where}  a result shows the tag "${tag}"`);
    }
    await context.close();
    expectNone(`search results in other languages on the ${readingCorpus.name} build`, problems);
  });

  it('gives the words an excerpt quotes from an article in another language written in our letters (French) that language, and ours not, on its page and its claim\'s', async () => {
    const site = await suite.site(readingCorpus);
    const facts = contentFacts(readingCorpus.content);
    // Written in Latin letters, as ours: only the page can say which words are the article's (not
    // a headline in [brackets], which is ours).
    const latin = facts.articles.filter((a) => titleLanguage(a) !== 'en' && /^\P{L}*\p{Script=Latin}/u.test(a.headline));
    expect(latin.length).toBeGreaterThan(0);
    const words = (text: string) => (text.match(/[\p{L}\p{M}]{4,}/gu) ?? []).map((w) => w.toLowerCase());
    const context = await (await suite.browser()).newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    for (const article of latin) {
      const quoted = facts.mentions.filter((m) => m.article === article.slug).map((m) => m.text);
      const ours = readFileSync(path.join(projectRoot, readingCorpus.content, 'articles', `${article.slug}.md`), 'utf8').match(/^summary: (.*)$/m)?.[1] ?? '';
      // The longest word of its first passage: the result's excerpt is the passage.
      const word = words(quoted[0] ?? '').reduce((a, b) => (b.length > a.length ? b : a), '');
      await page.goto(site.server.url(`/search/?q=${encodeURIComponent(word)}`), { waitUntil: 'load' });
      // The article's own page, and the page of the claim its first passage is evidence of.
      const claim = facts.claims.find((c) => c.id === facts.mentions.find((m) => m.article === article.slug)?.claim);
      for (const title of [article.headline, claim?.statement ?? '']) {
        const result = page.locator('.pagefind-ui__result', { has: page.locator('.pagefind-ui__result-title a', { hasText: title }) }).first();
        await result.waitFor({ state: 'visible', timeout: 15_000 });
        await page.waitForFunction(() => document.querySelector('.pagefind-ui__loading') === null, undefined, { timeout: 15_000 });
        const texts = await result.locator('.pagefind-ui__result-excerpt').first().evaluate((excerpt) => {
          const found: { text: string; lang: string }[] = [];
          const walker = document.createTreeWalker(excerpt, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) found.push({ text: (walker.currentNode as Text).data, lang: walker.currentNode.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '' });
          return found;
        });
        const where = `/search/?q=${word} "${title}"`;
        const excerpt = texts.map((t) => t.text).join('');
        if (!excerpt.toLowerCase().includes(word)) problems.push(`${where}  the excerpt does not quote the passage: "${excerpt}"`);
        for (const { text, lang } of texts) {
          for (const w of words(text)) {
            if (quoted.some((q) => words(q).includes(w)) && lang !== article.language) problems.push(`${where}  "${w}", quoted from the article, is read as ${lang || 'no language'}, not ${article.language}, in "${excerpt}"`);
            if (words(ours).includes(w) && lang === article.language) problems.push(`${where}  "${w}", of our summary, is read as ${lang}, in "${excerpt}"`);
          }
        }
      }
      const where = `/search/?q=${word}`;
      // The passages given to the index are not shown as tags of the result.
      for (const tag of await page.locator('.pagefind-ui__result-tag').allInnerTexts()) if (/^quote-/i.test(tag)) problems.push(`${where}  a result shows the tag "${tag}"`);
    }
    await context.close();
    expectNone(`search excerpts quoting articles in other languages on the ${readingCorpus.name} build`, problems);
  });
});
