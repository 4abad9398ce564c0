import * as cheerio from 'cheerio';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  diffRegistry,
  formatRegistry,
  linesToWrite,
  parseRegistry,
  publishedPathOf,
  publishedPaths,
  redirectTarget,
  registryEntries,
  registryPath,
  remarked,
  unrecorded,
} from '../../../scripts/lib/published-urls.ts';
import { letterPageOf, missingUrlsMessage, urlRegistryStep } from '../../../scripts/lib/steps/url-registry.ts';
import { isFragmentKeeper } from '../../support/site.ts';

describe('registryPath', () => {
  it.each([
    ['content', '/repo/published-urls.txt'],
    ['tests/fixtures/x/content', '/repo/tests/fixtures/x/published-urls.txt'],
    ['/elsewhere/site/content', '/elsewhere/site/published-urls.txt'],
  ])('keeps the registry of %s at %s', (contentDir, expected) => {
    expect(registryPath('/repo', contentDir)).toBe(expected);
  });
});

describe('parseRegistry and formatRegistry', () => {
  it('reads one path a line, skipping blank lines and comments', () => {
    expect(parseRegistry('# header\n\n/claims/a/\r\n  /b/  \n# note\n/claims/c/ statement:18a471273c8f\n')).toEqual(['/claims/a/', '/b/', '/claims/c/']);
  });

  it('writes a header and the paths sorted, without repeats, and reads them back', () => {
    const text = formatRegistry(['/b/', '/a/', '/b/']);
    expect(text.startsWith('# Published URLs')).toBe(true);
    expect(text.endsWith('/a/\n/b/\n')).toBe(true);
    expect(parseRegistry(text)).toEqual(['/a/', '/b/']);
  });

  it('writes the addresses removed on purpose last, each with its marks, and does not read them as addresses that must exist', () => {
    const removed = new Map([
      ['/claims/z/', ['statement:000000000001']],
      ['/claims/a/', ['statement:000000000002']],
      ['/claims/b/', ['statement:000000000003']],
      // Without marks there is nothing to keep; built again, it is live again.
      ['/claims/y/', []],
    ]);
    const text = formatRegistry(['/b/', '/claims/b/'], undefined, removed);
    expect(text.endsWith('/b/\n/claims/b/\n\n# Removed on purpose: these need not exist, but their ids may not be given to another record.\nremoved /claims/a/ statement:000000000002\nremoved /claims/z/ statement:000000000001\n')).toBe(true);
    expect(parseRegistry(text)).toEqual(['/b/', '/claims/b/']);
  });
});

describe('unrecorded', () => {
  it('finds what a registry does not record yet: a new address, a record address with a new mark, and a recorded line that would go', () => {
    const recorded = formatRegistry(['/', '/claims/a/', '/claims/b/'], new Map([['/claims/a/', ['statement:aaaaaaaaaaaa']]]), new Map([['/claims/old/', ['statement:000000000000']]]));
    expect(unrecorded(recorded, recorded)).toEqual({ add: [], drop: [] });
    // Reordered, commented or written with other spaces, it records the same.
    expect(unrecorded(`# note\n/claims/b/\n\n/claims/a/   statement:aaaaaaaaaaaa\n/\nremoved /claims/old/ statement:000000000000\n`, recorded)).toEqual({ add: [], drop: [] });
    const wanted = formatRegistry(
      ['/', '/claims/a/', '/claims/c/'],
      new Map([
        ['/claims/a/', ['statement:aaaaaaaaaaaa', 'statement:bbbbbbbbbbbb']],
        ['/claims/c/', ['statement:cccccccccccc']],
      ]),
      new Map([['/claims/old/', ['statement:000000000000']]]),
    );
    expect(unrecorded(recorded, wanted)).toEqual({
      add: ['/claims/a/ statement:aaaaaaaaaaaa statement:bbbbbbbbbbbb', '/claims/c/ statement:cccccccccccc'],
      drop: ['/claims/b/'],
    });
    // A new address with no registry at all.
    expect(unrecorded('', formatRegistry(['/']))).toEqual({ add: ['/'], drop: [] });
  });

  it('is counted in exact plurals by `npm run urls -- --check`', () => {
    expect([linesToWrite(1, 0), linesToWrite(2, 1), linesToWrite(0, 3)]).toEqual(['1 line to write, 0 to drop', '2 lines to write, 1 to drop', '0 lines to write, 3 to drop']);
  });
});

describe('remarked', () => {
  it('names the addresses recorded before that get a new mark, which `npm run urls` counts beside those added and removed', () => {
    const recorded = formatRegistry(['/', '/claims/a/', '/claims/b/'], new Map([['/claims/a/', ['statement:aaaaaaaaaaaa']], ['/claims/b/', ['statement:bbbbbbbbbbbb']]]), new Map([['/claims/old/', ['statement:000000000000']]]));
    expect(remarked(recorded, recorded)).toEqual([]);
    const wanted = formatRegistry(
      ['/', '/claims/a/', '/claims/b/', '/claims/c/', '/claims/old/'],
      new Map([
        // An edited statement: its new mark beside the old one.
        ['/claims/a/', ['statement:aaaaaaaaaaaa', 'statement:dddddddddddd']],
        ['/claims/b/', ['statement:bbbbbbbbbbbb']],
        // A new address, and one removed on purpose that came back: added, not re-marked.
        ['/claims/c/', ['statement:cccccccccccc']],
        ['/claims/old/', ['statement:000000000000', 'statement:eeeeeeeeeeee']],
      ]),
    );
    expect(remarked(recorded, wanted)).toEqual(['/claims/a/']);
    expect(remarked('', wanted)).toEqual([]);
  });
});

describe('publishedPathOf', () => {
  it.each([
    ['index.html', '/'],
    ['claims/x/index.html', '/claims/x/'],
    ['feeds/articles.xml', '/feeds/articles.xml'],
    ['data/crosscheck.json', '/data/crosscheck.json'],
    ['404.html', undefined],
    ['previews/claims/x.png', undefined],
    ['pagefind/pagefind.js', undefined],
    ['_astro/x.css', undefined],
    ['sitemap-index.xml', undefined],
  ])('publishes %s at %s', (file, expected) => {
    expect(publishedPathOf(file)).toBe(expected);
  });
});

describe('publishedPaths', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-urls-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the published paths of a built site, sorted', () => {
    for (const file of ['index.html', 'claims/b/index.html', 'claims/a/index.html', '404.html', 'feeds/claims.xml', 'pagefind/x.js']) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), '');
    }
    expect(publishedPaths(dir)).toEqual(['/', '/claims/a/', '/claims/b/', '/feeds/claims.xml']);
    expect(publishedPaths(path.join(dir, 'missing'))).toEqual([]);
  });
});

describe('diffRegistry', () => {
  it('finds registered paths the build lacks and built paths not yet registered', () => {
    expect(diffRegistry(['/a/', '/b/', '/c/'], ['/a/', '/c/', '/d/'])).toEqual({ missing: ['/b/'], added: ['/d/'] });
  });
});

describe('registryEntries and redirectTarget', () => {
  it('gives each path the line it is on, so a message can point at it, and the marks written after it', () => {
    expect(registryEntries('# header\n\n/claims/a/\r\n  /b/  \n/claims/c/ statement:18a471273c8f  statement:000000000000\n')).toEqual([
      { path: '/claims/a/', line: 3, marks: [], removed: false },
      { path: '/b/', line: 4, marks: [], removed: false },
      { path: '/claims/c/', line: 5, marks: ['statement:18a471273c8f', 'statement:000000000000'], removed: false },
    ]);
    expect(registryEntries('removed /claims/gone/ statement:18a471273c8f\nremoved\n')).toEqual([
      { path: '/claims/gone/', line: 1, marks: ['statement:18a471273c8f'], removed: true },
      { path: 'removed', line: 2, marks: [], removed: false },
    ]);
  });

  it('reads where a redirect page leads, and nothing from another page', () => {
    expect(redirectTarget('<head><meta http-equiv="refresh" content="0; url=/sub/claims/b/"><link rel="canonical" href="x"></head>')).toBe('/sub/claims/b/');
    expect(redirectTarget('<head><meta name="robots" content="noindex"></head>')).toBeUndefined();
  });
});

describe('missingUrlsMessage', () => {
  const fileOf = (collection: string, id: string) => `content/${collection}/${id}.${collection === 'outlets' || collection === 'entities' ? 'yaml' : 'md'}`;
  const none = { added: [], redirects: new Map<string, string>(), fileOf };

  it('points at each missing URL where the registry lists it, saying what to do', () => {
    expect(missingUrlsMessage([{ path: '/claims/old/', line: 7 }, { path: '/feeds/gone.xml', line: 9 }], 'published-urls.txt', none)).toMatchInlineSnapshot(`
      "2 published URLs are missing from the new site. Each was published (it is listed in published-urls.txt) and may be linked from elsewhere:
      published-urls.txt:7:1  /claims/old/ is missing from the new site. If the claim was renamed, add "old" to the aliases in its new file, and the old URL redirects to it. If it was merged into another claim, add "old" to that claim's aliases after its own id (aliases: [its-id, old]), so that the feeds keep naming that claim's entries by its id.
      published-urls.txt:9:1  /feeds/gone.xml is missing from the new site. The new site no longer builds this page.
      If a removal is intended, run \`npm run urls -- --build\` to rebuild and record the new set of URLs."
    `);
    expect(missingUrlsMessage([{ path: '/x/', line: 5 }], 'r.txt', none)).toMatch(/^1 published URL is missing/);
    // Only articles and claims have feed entries to keep.
    expect(missingUrlsMessage([{ path: '/outlets/old/', line: 5 }], 'r.txt', none)).toContain(
      'If the outlet was renamed, add "old" to the aliases in its new file, and the old URL redirects to it. If it was merged into another outlet, add "old" to that outlet\'s aliases.\n',
    );
  });

  it('names the new record a renamed one most likely is, and the file to add the alias to', () => {
    const site = { ...none, added: ['/claims/claim-fear-marketing/', '/claims/other/', '/outlets/gizmodo-media/'] };
    const message = missingUrlsMessage(
      [
        { path: '/claims/fear-marketing/', line: 3 },
        { path: '/outlets/gizmodo/', line: 4 },
      ],
      'published-urls.txt',
      site,
    );
    expect(message).toContain(
      'published-urls.txt:3:1  /claims/fear-marketing/ is missing from the new site. The claim "claim-fear-marketing" is new: if it is "fear-marketing" renamed, add "fear-marketing" to the aliases in content/claims/claim-fear-marketing.md',
    );
    // Not a near spelling, but the only new outlet.
    expect(message).toContain('published-urls.txt:4:1  /outlets/gizmodo/ is missing from the new site. The outlet "gizmodo-media" is new');
  });

  it('says so when the old id was put in the aliases of a record of another collection', () => {
    const site = { ...none, added: ['/articles/fear-marketing/'], redirects: new Map([['/articles/fear-marketing/', '/sub/articles/report/']]) };
    expect(missingUrlsMessage([{ path: '/claims/fear-marketing/', line: 3 }], 'published-urls.txt', site)).toContain(
      '"fear-marketing" is in the aliases of content/articles/report.md, so it redirects /articles/fear-marketing/ instead: an alias keeps the old URL of its own collection only. Move it to the aliases of the claim\'s new file.',
    );
    const renamed = { ...site, added: [...site.added, '/claims/claim-fear-marketing/'] };
    expect(missingUrlsMessage([{ path: '/claims/fear-marketing/', line: 3 }], 'published-urls.txt', renamed)).toContain(
      'Move it to the aliases of the claim\'s new file (the new claim "claim-fear-marketing" is content/claims/claim-fear-marketing.md).',
    );
  });
});

/** A built site in `root/name/out` of the given pages (`index.html` by folder), with a registry of `registered` beside it. */
function builtSite(root: string, name: string, pages: Record<string, string>, registered: readonly string[]): { outDir: string; contentDir: string } {
  const dir = path.join(root, name);
  const outDir = path.join(dir, 'out');
  for (const [page, html] of Object.entries(pages)) {
    mkdirSync(path.join(outDir, page), { recursive: true });
    writeFileSync(path.join(outDir, page, 'index.html'), html);
  }
  writeFileSync(path.join(dir, 'published-urls.txt'), formatRegistry(registered));
  return { outDir, contentDir: path.join(dir, 'content') };
}
const redirect = (to: string) => `<!doctype html><title>Moved</title><meta http-equiv="refresh" content="0; url=${to}">`;

describe('the line the build prints on published URLs', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-urls-line-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const page = '<!doctype html><title>Page</title>';
  const run = (s: { outDir: string; contentDir: string }) => urlRegistryStep.run({ root, finalDir: s.outDir, ...s });

  it.each([
    [1, 'Published URLs: all 1 in published-urls.txt still resolve. 1 new URL is not registered yet (`npm run urls` records it).'],
    [2, 'Published URLs: all 1 in published-urls.txt still resolve. 2 new URLs are not registered yet (`npm run urls` records them).'],
  ])('agrees with the count of new URLs: %i', (added, line) => {
    const pages = Object.fromEntries([['', page], ...Array.from({ length: added }, (_, i) => [`claims/new-${i}/`, page])]);
    const s = builtSite(root, `added-${added}`, pages, ['/']);
    expect(String(run(s)).replace(/ in \S*published-urls\.txt/, ' in published-urls.txt')).toBe(line);
  });

  it('agrees with one month page the build no longer makes', () => {
    const s = builtSite(root, 'one-month', { '': page, 'articles/': page }, ['/', '/articles/', '/articles/months/2026-05/']);
    expect(run(s)).toMatch(/ 1 month page the build no longer makes now redirects: \/articles\/months\/2026-05\/\.$/);
  });

  it('lists a month page the previous site already redirected no more, but counts it', () => {
    const registered = ['/', '/articles/', '/articles/months/2026-05/', '/articles/months/2026-04/'];
    // The previous build: the May page redirected already; the April page was still a page.
    const previous = builtSite(root, 'month-before', { '': page, 'articles/': page, 'articles/months/2026-04/': page }, registered);
    urlRegistryStep.run({ root, finalDir: previous.outDir, ...previous });
    const s = builtSite(root, 'month-after', { '': page, 'articles/': page }, registered);
    const line = String(urlRegistryStep.run({ root, finalDir: previous.outDir, ...s }));
    expect(line).toMatch(/ 1 month page the build no longer makes now redirects: \/articles\/months\/2026-04\/\. 1 month page the build no longer makes also redirects as before\.$/);
    // Once both redirected, the next build lists neither.
    const next = builtSite(root, 'month-next', { '': page, 'articles/': page }, registered);
    expect(String(urlRegistryStep.run({ root, finalDir: s.outDir, ...next }))).toMatch(/still resolve\. 2 month pages the build no longer makes redirect as before\.$/);
    expect(existsSync(path.join(next.outDir, 'articles/months/2026-04/index.html'))).toBe(true);
  });
});

describe('a month page with nothing left', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-months-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const registered = [
    '/',
    '/articles/',
    '/articles/months/2026-05/',
    '/articles/months/2026-06/',
    '/claims/',
    '/claims/months/2026-05/',
    '/outlets/old/',
    '/outlets/old/months/2026-05/',
    '/outlets/old/months/2026-06/',
  ];
  /** A built site: article months of June only, outlet "old" renamed "new", which has articles of June only. */
  function site(name: string, extra: string[] = []): { outDir: string; contentDir: string } {
    const pages: Record<string, string> = {
      '': '<!doctype html><title>Home</title>',
      'articles/': '<!doctype html><title>Articles</title>',
      'articles/months/2026-06/': '<!doctype html><title>June</title>',
      'claims/': '<!doctype html><title>Claims</title>',
      'outlets/old/': redirect('/sub/outlets/new/'),
      'outlets/new/': '<!doctype html><title>New</title>',
      'outlets/new/months/2026-06/': '<!doctype html><title>June</title>',
    };
    return builtSite(root, name, pages, [...registered, ...extra]);
  }
  const run = (s: { outDir: string; contentDir: string }) => urlRegistryStep.run({ root, finalDir: s.outDir, ...s });
  const leadsTo = (outDir: string, page: string) => redirectTarget(readFileSync(path.join(outDir, page, 'index.html'), 'utf8'));

  it('redirects to the same month under its outlet\'s new id, or to its archive\'s page, instead of failing the build', () => {
    process.env.CROSSCHECK_BASE = '/sub';
    try {
      const s = site('kept');
      expect(run(s)).toMatch(/^Published URLs: all 9 in .* still resolve\..* 4 month pages the build no longer makes now redirect: (?:\/\S+\/ ){3}\/\S+\/\.$/);
      expect(leadsTo(s.outDir, 'articles/months/2026-05/')).toBe('/sub/articles/');
      expect(leadsTo(s.outDir, 'claims/months/2026-05/')).toBe('/sub/claims/');
      expect(leadsTo(s.outDir, 'outlets/old/months/2026-06/')).toBe('/sub/outlets/new/months/2026-06/');
      expect(leadsTo(s.outDir, 'outlets/old/months/2026-05/')).toBe('/sub/outlets/new/');
      expect(readFileSync(path.join(s.outDir, 'articles/months/2026-05/index.html'), 'utf8')).toContain('<h1>Nothing left from May 2026</h1>');
      expect(readFileSync(path.join(s.outDir, 'outlets/old/months/2026-06/index.html'), 'utf8')).toContain(
        '<p>The outlet was renamed: its articles of June 2026 are now at <a href="/sub/outlets/new/months/2026-06/">',
      );
      // Published now, so `npm run urls` keeps them.
      expect(publishedPaths(s.outDir)).toEqual(expect.arrayContaining(registered));
    } finally {
      delete process.env.CROSSCHECK_BASE;
    }
  });

  it("gives each page it writes the site's policy, first in its head, with no style and only the script that keeps the #… allowed, by its hash", () => {
    const s = site('policy');
    run(s);
    for (const page of ['articles/months/2026-05/', 'claims/months/2026-05/', 'outlets/old/months/2026-06/', 'outlets/old/months/2026-05/']) {
      const $ = cheerio.load(readFileSync(path.join(s.outDir, page, 'index.html'), 'utf8'));
      const policy = $('head meta[http-equiv="content-security-policy"]');
      expect(policy.prevAll().not('meta[charset]'), page).toHaveLength(0);
      const directives = new Map((policy.attr('content') ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
      // Its one script keeps the `#…` of a link to the old page as an alias's redirect page does (tests/browser/redirect-pages.test.ts), and the policy allows it alone.
      const script = $('script');
      expect(script, page).toHaveLength(1);
      expect(isFragmentKeeper($.html(), script.text()), page).toBe(true);
      expect(directives.get('script-src'), page).toEqual([`'sha256-${createHash('sha256').update(script.text()).digest('base64')}'`]);
      expect(directives.get('style-src'), page).toEqual(["'none'"]);
      expect(directives.get('default-src'), page).toEqual(["'self'"]);
    }
  });

  it('redirects the page of claims first reported on a date not known, once every first report has a date, to the claims', () => {
    process.env.CROSSCHECK_BASE = '/sub';
    try {
      const s = site('dated', ['/claims/months/date-not-known/']);
      expect(run(s)).toMatch(/^Published URLs: all 10 in .* still resolve\..* 5 month pages the build no longer makes now redirect: /);
      expect(leadsTo(s.outDir, 'claims/months/date-not-known/')).toBe('/sub/claims/');
      expect(readFileSync(path.join(s.outDir, 'claims/months/date-not-known/index.html'), 'utf8')).toContain('<h1>Nothing left of a date not known</h1>');
    } finally {
      delete process.env.CROSSCHECK_BASE;
    }
  });

  it('redirects a stories’ month page with nothing left to the stories, and a page of a month that got shorter to its last page', () => {
    process.env.CROSSCHECK_BASE = '/sub';
    try {
      const s = builtSite(
        root,
        'stories',
        { '': '<!doctype html><title>Home</title>', 'stories/': '<!doctype html><title>Stories</title>', 'stories/months/2026-06/': '<!doctype html><title>June</title>' },
        ['/', '/stories/', '/stories/months/2026-05/', '/stories/months/2026-06/', '/stories/months/2026-06/2/'],
      );
      expect(run(s)).toMatch(/^Published URLs: all 5 in .* still resolve\..* 2 month pages the build no longer makes now redirect: \/stories\/months\/2026-05\/ \/stories\/months\/2026-06\/2\/\.$/);
      expect(leadsTo(s.outDir, 'stories/months/2026-05/')).toBe('/sub/stories/');
      expect(leadsTo(s.outDir, 'stories/months/2026-06/2/')).toBe('/sub/stories/months/2026-06/');
      expect(readFileSync(path.join(s.outDir, 'stories/months/2026-05/index.html'), 'utf8')).toContain(
        '<p>The site no longer lists stories of May 2026 on a page of their own: <a href="/sub/stories/">see them all</a>.</p>',
      );
    } finally {
      delete process.env.CROSSCHECK_BASE;
    }
  });

  it('redirects the page of the stories not dated yet, once none is left or /stories/ lists them all, to the stories', () => {
    process.env.CROSSCHECK_BASE = '/sub';
    try {
      const s = builtSite(root, 'stories-not-dated', { '': '<!doctype html><title>Home</title>', 'stories/': '<!doctype html><title>Stories</title>' }, ['/', '/stories/', '/stories/months/date-not-known/', '/stories/months/date-not-known/2/']);
      expect(run(s)).toMatch(/^Published URLs: all 4 in .* still resolve\..* 2 month pages the build no longer makes now redirect: \/stories\/months\/date-not-known\/ \/stories\/months\/date-not-known\/2\/\.$/);
      expect(leadsTo(s.outDir, 'stories/months/date-not-known/')).toBe('/sub/stories/');
      expect(leadsTo(s.outDir, 'stories/months/date-not-known/2/')).toBe('/sub/stories/');
      expect(readFileSync(path.join(s.outDir, 'stories/months/date-not-known/index.html'), 'utf8')).toContain(
        '<h1>No story left without a date</h1>',
      );
    } finally {
      delete process.env.CROSSCHECK_BASE;
    }
  });

  it('does not require an address removed on purpose', () => {
    const s = site('removed-on-purpose');
    const registry = path.join(path.dirname(s.contentDir), 'published-urls.txt');
    writeFileSync(registry, `${readFileSync(registry, 'utf8')}removed /claims/gone/ statement:000000000001\n`);
    expect(run(s)).toMatch(/^Published URLs: all 9 in .* still resolve\./);
  });

  it('is still missing when its archive page is gone too, and says what keeps it', () => {
    expect(() => run(site('gone', ['/outlets/gone/months/2026-06/']))).toThrow(
      '/outlets/gone/months/2026-06/ is missing from the new site. It is a month page of /outlets/gone/, which is missing too: once that page is kept (by an alias), this one redirects to it.',
    );
  });

  it('stays a redirect when other removals are let through, so recording them keeps it', () => {
    process.env.CROSSCHECK_ALLOW_REMOVED_URLS = '1';
    try {
      const s = site('intended', ['/claims/removed/']);
      expect(run(s)).toMatch(/1 registered URL removed on purpose \(CROSSCHECK_ALLOW_REMOVED_URLS=1\): \/claims\/removed\/$/);
      expect(existsSync(path.join(s.outDir, 'articles/months/2026-05/index.html'))).toBe(true);
      expect(publishedPaths(s.outDir)).toEqual(expect.arrayContaining(registered));
    } finally {
      delete process.env.CROSSCHECK_ALLOW_REMOVED_URLS;
    }
  });
});

describe('a numbered page of a month that the build no longer makes', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-month-pages-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const registered = [
    '/',
    '/articles/',
    '/articles/months/2026-06/',
    '/articles/months/2026-06/2/',
    '/articles/months/2026-06/3/',
    '/articles/months/2026-06/4/',
    '/claims/',
    '/claims/months/2026-06/',
    '/claims/months/2026-06/2/',
    '/claims/months/2026-05/2/',
    '/outlets/old/',
    '/outlets/old/months/2026-06/',
    '/outlets/old/months/2026-06/2/',
  ];
  /** June's articles fit on two pages now, its claims on one, May has no claim left; outlet "old" was renamed "new", whose June has two pages. */
  function site(name: string): { outDir: string; contentDir: string } {
    const pages: Record<string, string> = {
      '': '<!doctype html><title>Home</title>',
      'articles/': '<!doctype html><title>Articles</title>',
      'articles/months/2026-06/': '<!doctype html><title>June</title>',
      'articles/months/2026-06/2/': '<!doctype html><title>June, page 2</title>',
      'claims/': '<!doctype html><title>Claims</title>',
      'claims/months/2026-06/': '<!doctype html><title>June</title>',
      'outlets/old/': redirect('/sub/outlets/new/'),
      'outlets/new/': '<!doctype html><title>New</title>',
      'outlets/new/months/2026-06/': '<!doctype html><title>June</title>',
      'outlets/new/months/2026-06/2/': '<!doctype html><title>June, page 2</title>',
    };
    return builtSite(root, name, pages, registered);
  }
  const leadsTo = (outDir: string, page: string) => redirectTarget(readFileSync(path.join(outDir, page, 'index.html'), 'utf8'));

  it('redirects to the last page the month still has, or to its one page, or to the archive, instead of failing the build', () => {
    process.env.CROSSCHECK_BASE = '/sub';
    try {
      const s = site('kept');
      expect(urlRegistryStep.run({ root, finalDir: s.outDir, ...s })).toMatch(/^Published URLs: all 13 in .* still resolve\..* 6 month pages the build no longer makes now redirect: /);
      expect(leadsTo(s.outDir, 'articles/months/2026-06/3/')).toBe('/sub/articles/months/2026-06/2/');
      expect(leadsTo(s.outDir, 'articles/months/2026-06/4/')).toBe('/sub/articles/months/2026-06/2/');
      expect(leadsTo(s.outDir, 'claims/months/2026-06/2/')).toBe('/sub/claims/months/2026-06/');
      expect(leadsTo(s.outDir, 'claims/months/2026-05/2/')).toBe('/sub/claims/');
      expect(leadsTo(s.outDir, 'outlets/old/months/2026-06/')).toBe('/sub/outlets/new/months/2026-06/');
      expect(leadsTo(s.outDir, 'outlets/old/months/2026-06/2/')).toBe('/sub/outlets/new/months/2026-06/2/');
      const text = (page: string) => readFileSync(path.join(s.outDir, page, 'index.html'), 'utf8');
      expect(text('articles/months/2026-06/4/')).toContain('<p>Page 4 is no longer needed: the list of June 2026 ends on <a href="/sub/articles/months/2026-06/2/">page 2</a>.</p>');
      expect(text('claims/months/2026-06/2/')).toContain('<p>Page 2 is no longer needed: the list of June 2026 now fits on <a href="/sub/claims/months/2026-06/">one page</a>.</p>');
      expect(text('claims/months/2026-05/2/')).toContain('<h1>Nothing left from May 2026</h1>');
      expect(text('outlets/old/months/2026-06/2/')).toContain('<p>The outlet was renamed: its articles of June 2026 are now at <a href="/sub/outlets/new/months/2026-06/2/">');
      expect(publishedPaths(s.outDir)).toEqual(expect.arrayContaining(registered));
    } finally {
      delete process.env.CROSSCHECK_BASE;
    }
  });
});

describe('a letter page of the outlets or the entities that the build no longer makes', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-letter-pages-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const registered = [
    '/',
    '/outlets/',
    '/outlets/letters/t/',
    '/outlets/letters/t/2/',
    '/outlets/letters/t/3/',
    '/outlets/letters/q/',
    '/entities/',
    '/entities/letters/cyrillic/',
    '/entities/letters/0-9/2/',
  ];
  /** The outlets' T fits on two pages now and no outlet's name begins with Q; the entities' index lists them all again. */
  function site(name: string): { outDir: string; contentDir: string } {
    const pages: Record<string, string> = {
      '': '<!doctype html><title>Home</title>',
      'outlets/': '<!doctype html><title>Outlets</title>',
      'outlets/letters/t/': '<!doctype html><title>T</title>',
      'outlets/letters/t/2/': '<!doctype html><title>T, page 2</title>',
      'entities/': '<!doctype html><title>Entities</title>',
    };
    return builtSite(root, name, pages, registered);
  }
  const leadsTo = (outDir: string, page: string) => redirectTarget(readFileSync(path.join(outDir, page, 'index.html'), 'utf8'));

  it('redirects to the last page the letter still has, or to the index, instead of failing the build', () => {
    process.env.CROSSCHECK_BASE = '/sub';
    try {
      const s = site('kept');
      expect(urlRegistryStep.run({ root, finalDir: s.outDir, ...s })).toMatch(
        /^Published URLs: all 9 in .* still resolve\. 4 letter pages the build no longer makes now redirect: \/entities\/letters\/0-9\/2\/ \/entities\/letters\/cyrillic\/ \/outlets\/letters\/q\/ \/outlets\/letters\/t\/3\/\.$/,
      );
      expect(leadsTo(s.outDir, 'outlets/letters/t/3/')).toBe('/sub/outlets/letters/t/2/');
      expect(leadsTo(s.outDir, 'outlets/letters/q/')).toBe('/sub/outlets/');
      expect(leadsTo(s.outDir, 'entities/letters/cyrillic/')).toBe('/sub/entities/');
      expect(leadsTo(s.outDir, 'entities/letters/0-9/2/')).toBe('/sub/entities/');
      const text = (page: string) => readFileSync(path.join(s.outDir, page, 'index.html'), 'utf8');
      expect(text('outlets/letters/t/3/')).toContain('<p>Page 3 is no longer needed: the list of the outlets whose names begin with T ends on <a href="/sub/outlets/letters/t/2/">page 2</a>.</p>');
      expect(text('outlets/letters/q/')).toContain('<h1>No page for Q</h1>');
      expect(text('entities/letters/cyrillic/')).toContain('<p>The site no longer lists the entities whose names are written in Cyrillic on a page of their own: <a href="/sub/entities/">see them all</a>.</p>');
      expect(publishedPaths(s.outDir)).toEqual(expect.arrayContaining(registered));
    } finally {
      delete process.env.CROSSCHECK_BASE;
    }
  });

  it('is no letter page when its letter is none the index gives', () => {
    expect(letterPageOf('/outlets/letters/t/')).toEqual({ index: '/outlets/', letter: 't', number: 1 });
    expect(letterPageOf('/entities/letters/han/12/')).toEqual({ index: '/entities/', letter: 'han', number: 12 });
    expect(letterPageOf('/outlets/letters/tt/')).toBeUndefined();
    expect(letterPageOf('/outlets/letters/t/1/')).toBeUndefined();
    expect(letterPageOf('/claims/letters/t/')).toBeUndefined();
  });
});

describe('a sub-page of a story, claim or entity that the build no longer makes', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-sub-pages-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const registered = ['/', '/stories/big/', '/stories/big/timeline/', '/stories/old/', '/stories/old/claims/', '/stories/old/timeline/', '/claims/c/', '/claims/c/evidence/'];
  /** Story "big" shrank below the limits; story "old" was renamed "new", which has a claims page but no timeline. */
  function site(name: string, extra: string[] = []): { outDir: string; contentDir: string } {
    const pages: Record<string, string> = {
      '': '<!doctype html><title>Home</title>',
      'stories/big/': '<!doctype html><title>Big</title>',
      'stories/old/': redirect('/sub/stories/new/'),
      'stories/new/': '<!doctype html><title>New</title>',
      'stories/new/claims/': '<!doctype html><title>Claims</title>',
      'claims/c/': '<!doctype html><title>C</title>',
    };
    return builtSite(root, name, pages, [...registered, ...extra]);
  }
  const run = (s: { outDir: string; contentDir: string }) => urlRegistryStep.run({ root, finalDir: s.outDir, ...s });
  const leadsTo = (outDir: string, page: string) => redirectTarget(readFileSync(path.join(outDir, page, 'index.html'), 'utf8'));

  it('redirects to the same page under the record\'s new id, or to the record\'s page, instead of failing the build', () => {
    process.env.CROSSCHECK_BASE = '/sub';
    try {
      const s = site('kept');
      expect(run(s)).toMatch(/^Published URLs: all 8 in .* still resolve\..* 4 pages of a story, claim or entity that the build no longer makes there now redirect: (?:\/\S+\/ ){3}\/\S+\/\.$/);
      expect(leadsTo(s.outDir, 'stories/big/timeline/')).toBe('/sub/stories/big/');
      expect(leadsTo(s.outDir, 'stories/old/claims/')).toBe('/sub/stories/new/claims/');
      expect(leadsTo(s.outDir, 'stories/old/timeline/')).toBe('/sub/stories/new/');
      expect(leadsTo(s.outDir, 'claims/c/evidence/')).toBe('/sub/claims/c/');
      expect(readFileSync(path.join(s.outDir, 'stories/big/timeline/index.html'), 'utf8')).toContain('<h1>The whole list is on the main page</h1>');
      expect(readFileSync(path.join(s.outDir, 'stories/old/claims/index.html'), 'utf8')).toContain('<p>The record was renamed: this page is now at <a href="/sub/stories/new/claims/">');
      expect(publishedPaths(s.outDir)).toEqual(expect.arrayContaining(registered));
    } finally {
      delete process.env.CROSSCHECK_BASE;
    }
  });

  it('is still missing when its record\'s page is gone too, and says what keeps it, and a page no record has is not taken for one', () => {
    expect(() => run(site('gone', ['/claims/gone/evidence/']))).toThrow(
      '/claims/gone/evidence/ is missing from the new site. It is a page of /claims/gone/, which is missing too: once that page is kept (by an alias), this one redirects to it.',
    );
    expect(() => run(site('other', ['/claims/c/timeline/']))).toThrow('/claims/c/timeline/ is missing from the new site. The new site no longer builds this page.');
    expect(() => run(site('page-one', ['/claims/c/evidence/1/']))).toThrow('/claims/c/evidence/1/ is missing from the new site. The new site no longer builds this page.');
  });
});

describe('a numbered page of a sub-page that the build no longer makes', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-numbered-pages-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const registered = ['/', '/claims/c/', '/claims/c/evidence/', '/claims/c/evidence/2/', '/claims/c/evidence/3/', '/claims/c/evidence/4/', '/claims/d/', '/claims/d/evidence/', '/claims/d/evidence/2/', '/claims/small/', '/claims/small/evidence/', '/claims/small/evidence/2/', '/stories/old/', '/stories/old/timeline/', '/stories/old/timeline/2/'];
  /**
   * Claim "c" lost mentions: its evidence has two pages now. Claim "d" has one. Claim "small" has no
   * evidence page any more. Story "old" was renamed "new", whose timeline has two pages.
   */
  function site(name: string): { outDir: string; contentDir: string } {
    const pages: Record<string, string> = {
      '': '<!doctype html><title>Home</title>',
      'claims/c/': '<!doctype html><title>C</title>',
      'claims/c/evidence/': '<!doctype html><title>C: every mention</title>',
      'claims/c/evidence/2/': '<!doctype html><title>C: every mention, page 2</title>',
      'claims/d/': '<!doctype html><title>D</title>',
      'claims/d/evidence/': '<!doctype html><title>D: every mention</title>',
      'claims/small/': '<!doctype html><title>Small</title>',
      'stories/old/': redirect('/sub/stories/new/'),
      'stories/new/': '<!doctype html><title>New</title>',
      'stories/new/timeline/': '<!doctype html><title>New: timeline</title>',
      'stories/new/timeline/2/': '<!doctype html><title>New: timeline, page 2</title>',
    };
    return builtSite(root, name, pages, registered);
  }
  const leadsTo = (outDir: string, page: string) => redirectTarget(readFileSync(path.join(outDir, page, 'index.html'), 'utf8'));

  it('redirects to the last page the list still has, or to its one page, or to the record, instead of failing the build', () => {
    process.env.CROSSCHECK_BASE = '/sub';
    try {
      const s = site('kept');
      expect(urlRegistryStep.run({ root, finalDir: s.outDir, ...s })).toMatch(/^Published URLs: all 15 in .* still resolve\..* 7 pages of a story, claim or entity that the build no longer makes there now redirect: /);
      expect(leadsTo(s.outDir, 'claims/c/evidence/3/')).toBe('/sub/claims/c/evidence/2/');
      expect(leadsTo(s.outDir, 'claims/c/evidence/4/')).toBe('/sub/claims/c/evidence/2/');
      expect(leadsTo(s.outDir, 'claims/d/evidence/2/')).toBe('/sub/claims/d/evidence/');
      expect(leadsTo(s.outDir, 'claims/small/evidence/')).toBe('/sub/claims/small/');
      expect(leadsTo(s.outDir, 'claims/small/evidence/2/')).toBe('/sub/claims/small/');
      expect(leadsTo(s.outDir, 'stories/old/timeline/')).toBe('/sub/stories/new/timeline/');
      expect(leadsTo(s.outDir, 'stories/old/timeline/2/')).toBe('/sub/stories/new/timeline/2/');
      const text = (page: string) => readFileSync(path.join(s.outDir, page, 'index.html'), 'utf8');
      expect(text('claims/c/evidence/4/')).toContain('<p>Page 4 is no longer needed: the list ends on <a href="/sub/claims/c/evidence/2/">page 2</a>.</p>');
      expect(text('claims/d/evidence/2/')).toContain('<p>Page 2 is no longer needed: the list now fits on <a href="/sub/claims/d/evidence/">one page</a>.</p>');
      expect(text('stories/old/timeline/2/')).toContain('<p>The record was renamed: this page is now at <a href="/sub/stories/new/timeline/2/">');
      expect(publishedPaths(s.outDir)).toEqual(expect.arrayContaining(registered));
    } finally {
      delete process.env.CROSSCHECK_BASE;
    }
  });
});
