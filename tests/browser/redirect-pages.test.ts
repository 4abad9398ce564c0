/**
 * The redirect pages (an old id's address: src/layouts/Redirect.astro), as a browser that does
 * not follow a meta refresh shows them (Firefox's accessibility.blockautorefresh, which readers
 * who cannot cope with a page changing under them set): its reader stays on the page and reads
 * it. The site-wide tests pass them by, as a browser leaves them at once (site.ts: readingPages).
 * On every corpus that has them (the good fixture; the reading fixture's is the address of a
 * headline with a word of 84 letters): no WCAG 2.2 AA violation (axe), no sideways scrolling at
 * 320 px, nor on paper, and a link to where the page went. (html.test.ts checks their markup.)
 *
 * A redirect page has no stylesheet: its address in full, with no place to break, made it 395 px
 * wide at 320 px.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Axe from 'axe-core';
import * as cheerio from 'cheerio';
import type { BrowserContext, Page as BrowserPage } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeSource, WCAG_TAGS } from '../support/axe.ts';
import { projectRoot } from '../support/build.ts';
import { browserSuite, eachPage, expectNone, type ServedSite } from '../support/harness.ts';
import { corpora, goodCorpus, isFragmentKeeper, type Corpus } from '../support/site.ts';

const suite = browserSuite();
afterAll(() => suite.close());

const tags = WCAG_TAGS;

/** A context whose browser does not follow a meta refresh: each redirect page is served without it. */
async function staying(site: ServedSite, width: number): Promise<BrowserContext> {
  const context = await (await suite.browser()).newContext({ viewport: { width, height: 640 } });
  const redirects = new Set(site.redirects.map((p) => p.path));
  await context.route(
    (url) => redirects.has(url.pathname),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta\s[^>]*http-equiv=["']?refresh[^>]*>/i, '');
      await route.fulfill({ response, body });
    },
  );
  await context.addInitScript(axeSource);
  return context;
}

/** Runs in the page: axe's violations, as lines. */
async function violations(runTags: string[]): Promise<string[]> {
  const axe = (window as unknown as { axe: typeof Axe }).axe;
  const results = await axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * The pages the registry step writes for published addresses the build no longer makes
 * (scripts/lib/steps/url-registry.ts): a month page left with nothing to list, a sub-page of a
 * record now below its limit (a numbered page a shorter list no longer needs is written the same
 * way, but leads to a month page, with no place to link to). They keep the `#…` of a link as an
 * old id's redirect page does, with the same script, allowed by its hash in their own policy: they
 * dropped it, sending `/claims/bridge-closed-for-repairs/evidence/#…` to the top of the claim's
 * page. The corpus is the good fixture with a registry that lists such addresses; its redirect pages
 * are read as the other corpora's are, too.
 */
const registered = [
  '/articles/months/2026-04/',
  '/claims/months/2026-04/',
  '/outlets/harbour-gazette/months/2026-04/',
  '/claims/bridge-closed-for-repairs/evidence/',
  '/stories/harbour-bridge-closure/timeline/',
];

/**
 * The good fixture's content beside a registry listing `registered`, in a folder of the system's
 * temporary one named after this checkout (so that a second run reuses the build: tests/support/build.ts),
 * taken away after the tests (the site is served from the build's own folder).
 */
const registryCopy = path.join(os.tmpdir(), `crosscheck-redirect-pages-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 8)}`);
afterAll(() => rmSync(registryCopy, { recursive: true, force: true }));
function withRegistry(): Corpus {
  rmSync(registryCopy, { recursive: true, force: true });
  cpSync(path.join(projectRoot, goodCorpus.content), path.join(registryCopy, 'content'), { recursive: true });
  writeFileSync(path.join(registryCopy, 'published-urls.txt'), `${registered.join('\n')}\n`);
  return { name: 'good fixture with a registry', content: path.join(registryCopy, 'content') };
}
const registryCorpus = withRegistry();

describe.each([...corpora, registryCorpus])('the redirect pages of the $name build, read by a browser that does not follow them', (corpus) => {
  it('are readable: no axe violation, no sideways scrolling at 320 px or on paper, and a link on', async () => {
    const site = await suite.site(corpus);
    if (corpus.name !== 'content') expect(site.redirects.length, `the ${corpus.name} has no redirect page to read`).toBeGreaterThan(0);
    const context = await staying(site, 320);
    const problems = await eachPage(context, site.redirects, async (page, { path, file }) => {
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      const found: string[] = [];
      if (new URL(page.url()).pathname !== path) return [`${path}  was left: the refresh was followed`];
      for (const violation of await page.evaluate(violations, tags)) found.push(`${path}  axe: ${violation}`);
      const to = /url=([^"'>\s]+)/i.exec(readFileSync(`${site.outDir}/${file}`, 'utf8'))?.[1] ?? '';
      if ((await page.getByRole('main').getByRole('link').all()).length === 0 || (await page.locator(`main a[href="${to}"]`).count()) === 0) found.push(`${path}  has no link to ${to}`);
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) found.push(`${path}  is ${width} px wide at 320 px${media === 'print' ? ', printed' : ''}`);
      }
      await page.emulateMedia({ media: null });
      return found;
    });
    await context.close();
    expectNone(`redirect pages of the ${corpus.name} build`, problems);
  });
});

/**
 * Opens `from#id` and says whether the browser went on to `to#id`, with `id` the target and in
 * view, or else where it went. A script the policy refuses is reported by `refusals`.
 */
async function landsOn(page: BrowserPage, from: string, to: string, id: string, url: string): Promise<string | undefined> {
  await page.goto('about:blank');
  await page.goto(url);
  const landed = await expect
    .poll(
      () =>
        page.evaluate(() => {
          const target = document.querySelector(':target');
          const box = target?.getBoundingClientRect();
          return `${location.pathname}${location.hash} ${target?.id ?? 'no target'} ${box !== undefined && box.bottom > 0 && box.top < innerHeight && scrollY > 0}`;
        }),
      { timeout: 5000 },
    )
    .toBe(`${to}#${id} ${id} true`)
    .then(() => true)
    .catch(() => false);
  return landed ? undefined : `${from}#${id}  went to ${new URL(page.url()).pathname}${new URL(page.url()).hash}, not ${to}#${id} scrolled to it`;
}

/**
 * Follows each of `pages` (redirect pages of `site`) with a `#…`: the id of the last element of
 * its new page's main part, far down the page, and says what went wrong: a script that is not the
 * one keeping the `#…`, a changed one it would let through, a script the policy refused (Chromium
 * reports one as a console error), a landing elsewhere.
 */
async function followWithFragments(site: ServedSite, pages: ServedSite['redirects'], height: number): Promise<string[]> {
  const context = await (await suite.browser()).newContext({ viewport: { width: 800, height } });
  const page = await context.newPage();
  const problems: string[] = [];
  // Chromium reports a script the policy refuses as a console error ("Refused to execute inline script…").
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(`${new URL(page.url()).pathname}  console error: ${message.text()}`);
  });
  for (const { path: from, file } of pages) {
    const html = readFileSync(`${site.outDir}/${file}`, 'utf8');
    const to = /url=([^"'>\s]+)/i.exec(html)?.[1] ?? '';
    // Its one script is the one the script-free checks let through (tests/support/site.ts), and only as written.
    const script = cheerio.load(html)('script').text();
    if (!isFragmentKeeper(html, script)) problems.push(`${from}  its script is not the one that keeps the #…: ${script}`);
    for (const changed of [`${script};alert(1)`, script.replace(to, '/elsewhere/'), script.replace('location.hash', 'location.search')]) {
      if (isFragmentKeeper(html, changed)) problems.push(`${from}  a script changed is let through: ${changed}`);
    }
    const $ = cheerio.load(readFileSync(path.join(site.outDir, to, 'index.html'), 'utf8'));
    // An article's last mention (its passage's id, `m-<claim>-<hash>`); another page's last section.
    const id = $('main a.mention[id]').last().attr('id') ?? $('main [id]').last().attr('id');
    if (id === undefined) {
      problems.push(`${to} has no element with an id in its main part`);
      continue;
    }
    const wrong = await landsOn(page, from, to, id, site.server.url(`${from}#${id}`));
    if (wrong) problems.push(wrong);
  }
  await context.close();
  return problems;
}

/**
 * A link to a place on an old page (`/articles/bridge-shut/#m-…`, a mention's passage; a claim's
 * `#evidence`) lands on the same place of the new page: a meta refresh alone drops the `#…`, so
 * the redirect page's script adds a refresh that keeps it (src/layouts/Redirect.astro), allowed
 * by its hash in the page's policy (a script it refused would be a console error). Each redirect
 * page of the good fixture is opened with the id of the last element of its new page's main
 * part, far down the page.
 */
describe('a link to a place on an old page, in a browser that runs script', () => {
  it('lands on the same place of the new page, with nothing refused by the policy', async () => {
    const site = await suite.site(goodCorpus);
    const pages = site.redirects.filter((p) => /^\/(articles|claims|stories)\//.test(p.path));
    expect(pages.map((p) => p.path.split('/')[1]).sort(), 'the good fixture has an old address of an article, a claim and a story').toEqual(expect.arrayContaining(['articles', 'claims', 'stories']));
    expectNone('links to a place on an old page', await followWithFragments(site, pages, 600));
  });
});

describe('a link to a place on a published page the build no longer makes, in a browser that runs script', () => {
  it('lands on the same place of the page it redirects to, with nothing refused by the policy', async () => {
    const site = await suite.site(registryCorpus);
    const pages = site.redirects.filter((p) => registered.includes(p.path));
    expect(pages.map((p) => p.path), 'the registry step wrote a redirect page for each').toEqual([...registered].sort((a, b) => a.localeCompare(b)));
    // A short viewport, so that each page the links lead to (an archive of five articles) scrolls.
    expectNone('links to a place on a page the build no longer makes', await followWithFragments(site, pages, 240));
  });
});
