/**
 * The search page in a real Chromium, on the built sharing fixture: Pagefind's UI loads from the
 * site itself under the page's own Content-Security-Policy (no violation, no request to another
 * origin), finds a claim by the words of its statement and shows its status, runs a search given
 * in `?q=` or typed before the script ran, filters by status, and without JavaScript shows the plain form and a note.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenData } from '../../src/open-data/schema.ts';
import { isolatedContext, launchChromium } from '../support/browser.ts';
import { builtSite } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

const content = 'tests/fixtures/sharing-links/content';
let browser: Browser;
let server: StaticServer;
let data: OpenData;

beforeAll(async () => {
  // Small parts, so that the page must merge several (a real site has one part per ~1,500 pages).
  const dist = builtSite(content, { CROSSCHECK_SEARCH_PART_PAGES: '4' });
  const { parts } = JSON.parse(readFileSync(path.join(dist, 'pagefind/parts.json'), 'utf8')) as { parts: string[] };
  expect(parts.length, 'the search index comes in several parts').toBeGreaterThan(1);
  data = JSON.parse(readFileSync(path.join(dist, 'data/crosscheck.json'), 'utf8')) as OpenData;
  server = await serveStatic(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records CSP violations, script errors and console errors. */
async function searchPage(javaScriptEnabled = true) {
  const { context, offsite } = await isolatedContext(browser, server.origin, { javaScriptEnabled });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { context, page, offsite, errors, violations };
}

/** Pagefind's search field: a text box named by its placeholder. */
const searchBox = (page: Page) => page.getByRole('main').getByRole('textbox', { name: /search/i }).or(page.getByRole('searchbox')).first();

/**
 * Pagefind's search field once the page's script has put it in place of the plain form. Until
 * then the locator finds the plain form's field, which the script then hides: a `fill` that
 * found that one would wait on a hidden field.
 */
async function readySearchBox(page: Page) {
  await page.locator('form[data-search-form]').waitFor({ state: 'hidden', timeout: 15_000 });
  return searchBox(page);
}

describe('the feeds and sitemaps', () => {
  it('are well-formed XML for the browser’s own XML parser', async () => {
    const { context, page } = await searchPage();
    await page.goto(server.url('/'));
    const roots = await page.evaluate(async (paths) => {
      const out: Record<string, string> = {};
      for (const p of paths) {
        const doc = new DOMParser().parseFromString(await (await fetch(p)).text(), 'application/xml');
        out[p] = doc.querySelector('parsererror') ? 'parsererror' : `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`;
      }
      return out;
    }, ['/feeds/articles.xml', '/feeds/claims.xml', '/sitemap-index.xml', '/sitemap-0.xml']);
    expect(roots).toEqual({
      '/feeds/articles.xml': 'http://www.w3.org/2005/Atom feed',
      '/feeds/claims.xml': 'http://www.w3.org/2005/Atom feed',
      '/sitemap-index.xml': 'http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex',
      '/sitemap-0.xml': 'http://www.sitemaps.org/schemas/sitemap/0.9 urlset',
    });
    await context.close();
  });
});

describe('the search page', () => {
  it('finds a claim by the words of its statement and shows its status, under its own CSP, offline', async () => {
    const claim = data.claims.find((c) => c.id === 'repairs-take-months')!;
    const { context, page, offsite, errors, violations } = await searchPage();
    await page.goto(server.url('/search/'));
    await (await readySearchBox(page)).fill('at least three months');
    const result = page.getByRole('main').getByRole('link', { name: claim.statement });
    await result.first().waitFor({ state: 'visible', timeout: 15_000 });
    const item = page.locator('.pagefind-ui__result').filter({ hasText: claim.statement }).first();
    await expect.poll(() => item.innerText()).toContain(claim.status.label);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await result.first().click();
    await page.waitForURL(server.url(`/claims/${claim.id}/`));
    await context.close();
  });

  it('runs the search given in ?q= on arrival, and hides the plain form', async () => {
    const { context, page, violations } = await searchPage();
    await page.goto(server.url('/search/?q=spillway'));
    await page.getByRole('main').getByRole('link', { name: /spillway/i }).first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await searchBox(page).inputValue()).toBe('spillway');
    expect(await page.locator('form[data-search-form]').isHidden()).toBe(true);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('searches for what was typed in the plain form while the page loaded, and keeps the reader in the field', async () => {
    const { context, page } = await searchPage();
    // Pagefind's UI held back, as on a slow connection: the plain form is all there is meanwhile.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind-ui.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url('/search/'), { waitUntil: 'commit' });
    await page.locator('#search-query').fill('spillway');
    release();
    await page.getByRole('main').getByRole('link', { name: /spillway/i }).first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.locator('form[data-search-form]').isHidden()).toBe(true);
    expect(await searchBox(page).inputValue()).toBe('spillway');
    expect(await page.evaluate(() => document.activeElement?.closest('#search') !== null)).toBe(true);
    await context.close();
  });

  it('filters results by status', async () => {
    const { context, page } = await searchPage();
    await page.goto(server.url('/search/?q=spillway'));
    await page.locator('.pagefind-ui__result').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.getByRole('checkbox', { name: /Corroborated/ }).check();
    const corroborated = data.claims.filter((c) => c.status.status === 'corroborated');
    await expect.poll(() => page.locator('.pagefind-ui__result').count()).toBe(corroborated.length);
    await expect.poll(() => page.locator('.pagefind-ui__result-link').first().innerText()).toBe(corroborated[0]!.statement);
    await context.close();
  });

  it('without JavaScript, shows the plain form and says where to browse instead', async () => {
    const { context, page } = await searchPage(false);
    await page.goto(server.url('/search/'));
    expect(await page.getByRole('searchbox', { name: /claim, an article or a story/ }).isVisible(), 'the form').toBe(true);
    expect(await page.getByRole('button', { name: 'Search' }).isVisible(), 'the button').toBe(true);
    // Script turned off by the driver leaves <noscript> hidden by Chromium's own style, so its
    // content is read rather than looked at.
    expect(await page.locator('noscript').textContent()).toContain('Search runs in your browser and needs JavaScript');
    expect(await page.locator('noscript a[href="/claims/"]').count()).toBe(1);
    await context.close();
  });
});
