/**
 * The indexes at a newsroom's scale, on a synthetic corpus built for real. The outlets' and
 * entities' (src/lib/name-index.ts), of 300 outlets and 1,200 entities, some named in other
 * scripts, with digits or punctuation first: the index lists the most covered and links a page
 * per letter, every record is on its letter's pages once, every page is within the 14 KB budget
 * and every link on it resolves; `npm run urls` records the letter pages, and a letter page the
 * next build no longer makes redirects. The stories' of 150 stories opened before any article,
 * with no date: on pages of their own, not all on /stories/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRegistry, redirectTarget } from '../../scripts/lib/published-urls.ts';
import { generateCorpus, writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { MONTH_LINES_PER_PAGE, STORIES_ON_INDEX } from '../../src/lib/archive.ts';
import { LETTER_LINES_PER_PAGE, MOST_COVERED_ON_INDEX } from '../../src/lib/name-index.ts';
import { projectRoot, runBuild } from '../support/build.ts';
import { htmlPages } from '../support/site.ts';

const scratch = path.join(projectRoot, '.scratch', `name-index-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const content = path.join(scratch, 'content');
const out = path.join(scratch, 'dist');
const registry = path.join(scratch, 'published-urls.txt');

const corpus = generateCorpus({ articles: 150, outlets: 300, entities: 1200, seed: 7 });
const files = (folder: string) => [...corpus.files.keys()].filter((f) => f.startsWith(`${folder}/`)).sort();
/** Names a reader files under another letter than A–Z: other scripts, a digit, punctuation, symbols only. */
const odd = ['Коммерсант', '朝日新聞', 'ひらがな', '1843 Magazine', '¡Hola! Noticias', '★★★', 'Élan Vital', 'Quarterly Review'];
for (const folder of ['outlets', 'entities']) {
  files(folder)
    .slice(0, odd.length)
    .forEach((file, i) => corpus.files.set(file, corpus.files.get(file)!.replace(/^name: .*$/m, `name: ${JSON.stringify(odd[i])}`)));
}
// Stories opened before their first article, with no date: /stories/ listed every one with its summary.
const planned = Array.from({ length: 150 }, (_, i) => `planned-${String(i).padStart(3, '0')}`);
for (const id of planned) corpus.files.set(`stories/${id}.md`, `---\ntitle: "Planned coverage ${id}"\nsummary: "A story opened before its first article, to be written up once it is reported."\n---\n`);
writeCorpus(content, corpus);
const idOf = (file: string) => path.basename(file).replace(/\.\w+$/, '');
const outlets = files('outlets').map(idOf);
const entities = files('entities').map(idOf);

const first = runBuild({ content, outDir: out });
const page = (route: string) => load(readFileSync(path.join(out, route, 'index.html'), 'utf8'));
/** The site paths a page links to in its main content and navigation, without fragments. */
const linksOf = ($: ReturnType<typeof page>) => $('main a[href]').toArray().map((a) => ($(a).attr('href') ?? '').replace(/#.*$/, ''));
/** The letter pages of an index, from its A–Z navigation, and every numbered page of each. */
function letterPages(collection: string): string[] {
  const letters = linksOf(page(collection)).filter((href) => href.startsWith(`/${collection}/letters/`));
  return letters.flatMap((href) => {
    const $ = page(href.slice(1, -1));
    const numbered = $('nav#pages a:not([rel])').toArray().map((a) => $(a).attr('href') ?? '');
    return numbered.length > 0 ? numbered : [href];
  });
}

describe('the indexes of a newsroom', () => {
  it('builds', () => {
    expect(first.status, first.stderr).toBe(0);
  });

  it.each([
    ['outlets', outlets, 'Most articles'],
    ['entities', entities, 'Most claims'],
  ])('/%s/ lists the most covered, then links each letter to its own page, which together list every record once', (collection, ids, heading) => {
    const $ = page(collection);
    expect($('h2#most').text()).toBe(heading);
    const listed = linksOf($).filter((href) => new RegExp(`^/${collection}/(?!letters/)[^/]+/$`).test(href));
    expect(listed).toHaveLength(MOST_COVERED_ON_INDEX);
    const nav = $('h2#letters + nav');
    expect(nav.attr('aria-label')).toBe(`${collection === 'outlets' ? 'Outlets' : 'Entities'} by name`);
    const letters = nav.find('a').toArray().map((a) => ($(a).attr('href') ?? '').split('/')[3]);
    // Digits first, A–Z, the scripts, then the names with no letter: every bucket an ASCII id.
    expect(letters[0]).toBe('0-9');
    expect(letters).toEqual(expect.arrayContaining(['e', 'h', 'q', 'cyrillic', 'han', 'kana', 'other']));
    expect(letters.slice(-4)).toEqual(['cyrillic', 'kana', 'han', 'other']);
    expect(nav.find('a').toArray().map((a) => $(a).text())).toEqual(expect.arrayContaining(['0–9', 'E', 'Cyrillic', 'Han', 'Other']));
    const counted = nav.find('li').toArray().reduce((sum, li) => sum + Number(/\((\d+)\)/.exec($(li).text())?.[1]), 0);
    expect(counted).toBe(ids.length);
    const pages = letterPages(collection);
    const all = pages.flatMap((route) => {
      const $page = page(route.slice(1, -1));
      const lines = $page('main ul.list > li > a').toArray().map((a) => ($page(a).attr('href') ?? '').split('/')[2]!);
      expect(lines.length, route).toBeLessThanOrEqual(LETTER_LINES_PER_PAGE);
      expect($page('h2#letters + nav a[aria-current="page"]').length, route).toBe(1);
      return lines;
    });
    expect(all.length).toBe(ids.length);
    expect([...all].sort()).toEqual(ids);
    // A busy letter (every synthetic outlet is "The …") is in numbered pages.
    expect(pages.some((p) => /\/letters\/[^/]+\/2\/$/.test(p))).toBe(true);
  });

  it('files each odd name under its script, its first digit or letter, or under other', () => {
    const $ = page('outlets/letters/cyrillic');
    expect($('h1').text()).toBe('Outlets: Cyrillic');
    expect($('main > p:not(.meta)').first().text().trim()).toBe('1 outlet whose names are written in Cyrillic, by name.');
    expect(page('outlets/letters/0-9')('main ul.list').text()).toContain('1843 Magazine');
    expect(page('entities/letters/h')('main ul.list').text()).toContain('¡Hola! Noticias');
    expect(page('entities/letters/e')('main ul.list').text()).toContain('Élan Vital');
    expect(page('entities/letters/other')('main ul.list').text()).toContain('★★★');
    expect(page('entities/letters/han')('h1').text()).toBe('Entities: Han');
  });

  it('keeps /outlets/, /entities/, /stories/ and every page of their letters and months within 14 KB of gzipped HTML and CSS, and every link on them resolves', () => {
    const pages = htmlPages(out).filter((p) => p.kind !== 'redirect' && /^\/(?:(?:outlets|entities)\/(?:letters\/[^/]+\/(?:\d+\/)?)?|stories\/(?:months\/[^/]+\/(?:\d+\/)?)?)$/.test(p.path));
    expect(pages.length).toBeGreaterThan(3 + 10);
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/stories/', '/stories/months/date-not-known/2/', '/outlets/letters/t/2/']));
    const heaviest = pages
      .map((p) => {
        const html = readFileSync(path.join(out, p.file), 'utf8');
        const $ = load(html);
        const css = $('link[rel~="stylesheet"][href]').toArray().reduce((sum, el) => sum + gzipSync(readFileSync(path.join(out, $(el).attr('href') ?? ''))).length, 0);
        for (const href of $('a[href^="/"]').toArray().map((a) => ($(a).attr('href') ?? '').replace(/#.*$/, ''))) {
          expect(existsSync(path.join(out, href, href.endsWith('/') ? 'index.html' : '')), `${p.path} links ${href}`).toBe(true);
        }
        return { path: p.path, bytes: gzipSync(html, { level: 6 }).length + css };
      })
      .sort((a, b) => b.bytes - a.bytes)[0]!;
    expect(heaviest.bytes, `the heaviest page, ${heaviest.path}, is ${heaviest.bytes} bytes`).toBeLessThanOrEqual(14 * 1024);
  });

  it('lists the stories with neither a date nor an article on pages of their own, linked from /stories/, not on it', () => {
    const $ = page('stories');
    // Only among the newest, after every dated story (15 here), as before: not all 150 with their summaries.
    const isPlanned = (href: string) => planned.some((id) => href === `/stories/${id}/`);
    expect(linksOf($).filter(isPlanned)).toHaveLength(STORIES_ON_INDEX - 15);
    expect($('h2#latest + ul a').toArray().filter((a) => isPlanned($(a).attr('href') ?? ''))).toHaveLength(STORIES_ON_INDEX - 15);
    const entry = $('#undated');
    expect(entry.text().replace(/\s+/g, ' ')).toBe('Not dated yet (150 stories with neither a date nor an article)');
    expect(entry.find('a').attr('href')).toBe('/stories/months/date-not-known/');
    const first = page('stories/months/date-not-known');
    expect(first('h1').text()).toBe('Stories not dated yet');
    const pages = first('nav#pages a:not([rel])').toArray().map((a) => (first(a).attr('href') ?? '').slice(1, -1));
    expect(pages).toEqual(['stories/months/date-not-known', 'stories/months/date-not-known/2']);
    const listed = pages.flatMap((route) => {
      const $page = page(route);
      const ids = $page('main ul.list a[href^="/stories/"]').toArray().map((a) => ($page(a).attr('href') ?? '').split('/')[2]!);
      expect(ids.length, route).toBeLessThanOrEqual(MONTH_LINES_PER_PAGE);
      return ids;
    });
    expect(listed.sort()).toEqual(planned);
  });

  it('records the letter pages in the registry, and a letter page the next build no longer makes redirects to the index', () => {
    const urls = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/urls.ts'), '--dist', out], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, CROSSCHECK_CONTENT: path.relative(projectRoot, content) },
    });
    expect(urls.status, urls.stderr).toBe(0);
    const registered = parseRegistry(readFileSync(registry, 'utf8'));
    expect(registered).toEqual(expect.arrayContaining(['/outlets/letters/q/', '/outlets/letters/cyrillic/', '/entities/letters/0-9/', '/entities/letters/other/']));
    expect([...letterPages('outlets'), ...letterPages('entities')].filter((p) => !registered.includes(p))).toEqual([]);
    // The one outlet under Q is renamed: no name is under Q any more.
    const quarterly = files('outlets')[odd.indexOf('Quarterly Review')]!;
    writeCorpus(content, { ...corpus, files: new Map([...corpus.files, [quarterly, corpus.files.get(quarterly)!.replace('Quarterly Review', 'The Quarterly Review')]]) });
    const second = runBuild({ content, outDir: out });
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('1 letter page the build no longer makes now redirects: /outlets/letters/q/.');
    const html = readFileSync(path.join(out, 'outlets/letters/q/index.html'), 'utf8');
    expect(redirectTarget(html)).toBe('/outlets/');
    expect(load(html)('h1').text()).toBe('No page for Q');
  });
});
