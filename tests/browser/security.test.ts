/**
 * The Content-Security-Policy and what a page loads, checked on every built page:
 *
 * - each page carries a CSP meta element, ahead of any script, whose script policy has no
 *   'unsafe-inline' (nor 'unsafe-eval', wildcards or schemes) and no directive names another site;
 * - it allows by hash only the inline scripts and stylesheets the page holds: Astro named in every
 *   page the hashes of the five `client:` directives' scripts (no page has them) and of the search
 *   page's stylesheet, some 280 gzipped bytes a page for nothing (src/lib/page-policy.ts);
 * - in Chromium, a page requests nothing from another origin, no request fails, no font is
 *   downloaded, and nothing on it trips the policy or throws;
 * - an inline script and an inline event handler injected into a served page are refused by the
 *   browser (and the same injection runs when the policy is bypassed, so the test is not vacuous).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Page as BrowserPage } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { isolatedContext } from '../support/browser.ts';
import { browserSuite, eachPage, expectNone } from '../support/harness.ts';
import { buildCorpus, corpora, htmlPages, realCorpus } from '../support/site.ts';

/** Source expressions a script policy must never contain. */
const unsafeScriptSources = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:', 'data:', 'blob:', 'filesystem:'];

/** Parses a policy into directive → source list. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Problems with one page's CSP meta element. */
function policyProblems(html: string): string[] {
  const $ = cheerio.load(html);
  const metas = $('meta').filter((_, el) => ($(el).attr('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
  if (metas.length === 0) return ['no <meta http-equiv="content-security-policy">'];
  const problems: string[] = [];
  const meta = metas.first();
  if (meta.parents('head').length === 0) problems.push('the CSP meta element is not in <head>');
  // A policy in a meta element only governs what comes after it.
  const before = meta.prevAll('script').filter((_, el) => ($(el).attr('type') ?? '').toLowerCase() !== 'application/ld+json');
  if (before.length > 0) problems.push('a script comes before the CSP meta element');
  const policy = parsePolicy(meta.attr('content') ?? '');
  const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
  if (!scriptSrc) problems.push('the policy has neither script-src nor default-src');
  for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
    for (const source of policy.get(directive) ?? []) {
      if (unsafeScriptSources.includes(source.toLowerCase())) problems.push(`${directive} allows ${source}`);
    }
  }
  // A hash allows an inline script or stylesheet: one the page does not hold is bytes for nothing.
  const inline = { script: $('script:not([src])'), style: $('style') };
  for (const [directive, sources] of policy) {
    const kind = /^(script|style)-src/.exec(directive)?.[1] as 'script' | 'style' | undefined;
    for (const source of sources) {
      const hash = /^'(sha256|sha384|sha512)-(.+)'$/.exec(source);
      if (kind && hash && !inline[kind].toArray().some((el) => createHash(hash[1]!).update($(el).text()).digest('base64') === hash[2])) {
        problems.push(`${directive} allows ${source}, the hash of no inline ${kind} of the page`);
      }
    }
    for (const source of sources) {
      // Keywords, hashes and nonces are quoted; a bare source other than data: names a host or a scheme.
      if (source.startsWith("'") || (source === 'data:' && directive === 'img-src')) continue;
      if (directive === 'report-uri' || directive === 'report-to') continue;
      problems.push(`${directive} allows ${source} (only 'self' and hashes keep the site first-party)`);
    }
  }
  return problems;
}

const suite = browserSuite();
afterAll(() => suite.close());

/** Records CSP violations in the page, from before the first byte of HTML is parsed. */
const recordViolations = () => {
  const w = window as unknown as { __cspViolations: string[] };
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    w.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || ''}:${event.lineNumber})`);
  });
};

const violations = (page: BrowserPage) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe.each(corpora)('the $name build', (corpus) => {
  it('has a script policy without unsafe-inline and only first-party sources on every page', () => {
    const outDir = buildCorpus(corpus);
    const problems: string[] = [];
    for (const page of htmlPages(outDir)) {
      for (const problem of policyProblems(readFileSync(path.join(outDir, page.file), 'utf8'))) problems.push(`${page.path}  ${problem}`);
    }
    expectNone('Content-Security-Policy problems', problems);
  });

  it('loads nothing from another origin, no fonts, and runs clean on every page', async () => {
    const site = await suite.site(corpus);
    const { context, offsite } = await isolatedContext(await suite.browser(), site.server.origin);
    await context.addInitScript(recordViolations);
    // Each tab reports into the list of the page it is on.
    const state = new Map<BrowserPage, { path: string; problems: string[] }>();
    const report = (page: BrowserPage, what: string) => {
      const s = state.get(page);
      s?.problems.push(`${s.path}  ${what}`);
    };
    const setUp = (page: BrowserPage) => {
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.origin !== site.server.origin) report(page, `requests ${request.url()} (another origin)`);
        if (request.resourceType() === 'font') report(page, `downloads a font: ${request.url()} (the site uses the system's fonts)`);
      });
      page.on('response', (response) => {
        const isDocument = response.request().isNavigationRequest();
        if (response.status() >= 400 && !(isDocument && state.get(page)?.path === '/404.html')) report(page, `${response.url()} answered ${response.status()}`);
      });
      page.on('requestfailed', (request) => {
        // ERR_ABORTED: a load cut short by the next navigation (the favicon, typically), not a failure.
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
        if (!offsite.includes(request.url())) report(page, `${request.url()} failed: ${request.failure()?.errorText}`);
      });
      page.on('pageerror', (error) => report(page, `script error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') report(page, `console ${message.type()}: ${message.text()}`);
      });
    };
    const problems = await eachPage(
      context,
      site.pages,
      async (page, { path: pagePath }) => {
        const mine = { path: pagePath, problems: [] as string[] };
        state.set(page, mine);
        await page.goto(site.server.url(pagePath), { waitUntil: 'load' });
        for (const violation of await violations(page)) report(page, `CSP violation: ${violation}`);
        return mine.problems;
      },
      { setUp },
    );
    await context.close();
    expectNone(`requests and errors on the ${corpus.name} build`, problems);
  });
});

describe('an inline script injected into a served page', () => {
  const payload = '<script>window.__pwned = 1</script><img src="/__missing__.png" alt="" onerror="window.__pwnedByHandler = 1">';

  async function openInjected(bypassCSP: boolean) {
    const site = await suite.site(realCorpus);
    const context = await (await suite.browser()).newContext({ bypassCSP });
    await context.addInitScript(recordViolations);
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    // The home page as built, with the payload added to its body.
    await page.route(site.server.url('/'), async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</body>', `${payload}</body>`);
      expect(html).toContain(payload);
      await route.fulfill({ response, body: html });
    });
    await page.goto(site.server.url('/'), { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const flags = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { script: w.__pwned, handler: w.__pwnedByHandler };
    });
    return { context, page, flags, consoleErrors };
  }

  it('is refused by the browser, with a policy violation reported', async () => {
    const { context, page, flags, consoleErrors } = await openInjected(false);
    expect(flags).toEqual({ script: undefined, handler: undefined });
    const reported = await violations(page);
    expect(reported.some((v) => v.startsWith('script-src-elem'))).toBe(true);
    expect(reported.some((v) => v.startsWith('script-src-attr'))).toBe(true);
    expect(consoleErrors.some((text) => /Content Security Policy/i.test(text))).toBe(true);
    // Playwright's own way of adding an inline script is refused as well.
    await page.addScriptTag({ content: 'window.__pwned = 2' }).catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__pwned)).toBeUndefined();
    await context.close();
  });

  it('runs when the policy is bypassed, so the refusal is the policy at work', async () => {
    const { context, flags } = await openInjected(true);
    expect(flags).toEqual({ script: 1, handler: 1 });
    await context.close();
  });
});
