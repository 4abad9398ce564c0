/**
 * The registry of published URLs, on real builds of copies of the sharing fixture: a registered
 * URL missing from a build fails it, naming the URL, and leaves the previous site untouched; a
 * renamed claim keeps its old URLs through aliases; a removal can be let through on purpose;
 * `npm run urls` records what a build publishes; without a registry the build says it did not
 * check; two claims that swap ids fail the build, as does a claim that takes the id of one
 * removed on purpose (src/check/identity.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { parseRegistry, registryEntries } from '../../scripts/lib/published-urls.ts';
import { parseAnchorRegistry } from '../../src/lib/anchors.ts';
import { mentionAnchor } from '../../src/lib/mentions.ts';
import { projectRoot, runBuild } from '../support/build.ts';
import { previousSite, treeBytes } from './sharing-support.ts';

const fixture = path.join(projectRoot, 'tests/fixtures/sharing-links');
const scratch = path.join(projectRoot, '.scratch', `sharing-registry-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh copy of the sharing fixture (content and registry) in its own folder. */
function copyFixture(name: string): { dir: string; content: string; registry: string; out: string } {
  const dir = path.join(scratch, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(fixture, dir, { recursive: true });
  return { dir, content: path.join(dir, 'content'), registry: path.join(dir, 'published-urls.txt'), out: path.join(dir, 'dist') };
}

/**
 * Renames the claim spillway-closed-saturday (itself renamed from spillway-closed) to
 * closed-on-saturday, its aliases listing `aliases` in that order, and points the articles'
 * mentions at the new id.
 */
function renameToClosedOnSaturday(content: string, aliases: string[]): void {
  const claims = path.join(content, 'claims');
  const text = readFileSync(path.join(claims, 'spillway-closed-saturday.md'), 'utf8').replace('aliases:\n  - spillway-closed\n', `aliases:\n${aliases.map((a) => `  - ${a}\n`).join('')}`);
  writeFileSync(path.join(claims, 'closed-on-saturday.md'), text);
  rmSync(path.join(claims, 'spillway-closed-saturday.md'));
  for (const article of ['spillway-shut-for-six-weeks.md', 'river-daily-spillway-months.md']) {
    const file = path.join(content, 'articles', article);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('#spillway-closed-saturday', '#closed-on-saturday'));
  }
}

describe('the published-URL registry', () => {
  it('lists every URL of the sharing fixture', () => {
    const registered = parseRegistry(readFileSync(path.join(fixture, 'published-urls.txt'), 'utf8'));
    expect(registered).toEqual(expect.arrayContaining(['/', '/claims/spillway-closed/', '/claims/spillway-closed-saturday/', '/search/', '/feeds/claims.xml', '/data/crosscheck.json']));
  });

  it('fails the build when a registered URL is missing, naming each one, and leaves the previous site untouched', () => {
    const copy = copyFixture('missing');
    writeFileSync(copy.registry, `${readFileSync(copy.registry, 'utf8')}/claims/vanished/\n/articles/gone-too/\n`);
    previousSite(copy.out);
    const before = treeBytes(copy.out);
    const result = runBuild({ content: copy.content, outDir: copy.out });
    expect(result.status).not.toBe(0);
    const lines = readFileSync(copy.registry, 'utf8').split('\n').length - 1;
    expect(result.stderr).toContain('2 published URLs are missing from the new site.');
    // Located where the registry lists each one (the record's own file is gone), with what to do.
    expect(result.stderr).toContain(`published-urls.txt:${lines - 1}:1  /claims/vanished/ is missing from the new site. If the claim was renamed, add "vanished" to the aliases in its new file`);
    expect(result.stderr).toContain(`published-urls.txt:${lines}:1  /articles/gone-too/ is missing from the new site.`);
    expect(result.stderr).toContain('npm run urls -- --build');
    expect(treeBytes(copy.out)).toEqual(before);
  });

  it('lets an intended removal through when told to, saying so', () => {
    const copy = copyFixture('allowed');
    writeFileSync(copy.registry, `${readFileSync(copy.registry, 'utf8')}/claims/vanished/\n`);
    const result = runBuild({ content: copy.content, outDir: copy.out, env: { CROSSCHECK_ALLOW_REMOVED_URLS: '1' } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('removed on purpose');
    expect(result.stdout).toContain('/claims/vanished/');
  });

  it('keeps a renamed claim’s old URLs working through its aliases, and `npm run urls` records the new one, which `npm run urls -- --check` finds unrecorded before', () => {
    const copy = copyFixture('renamed');
    renameToClosedOnSaturday(copy.content, ['spillway-closed', 'spillway-closed-saturday']);
    const result = runBuild({ content: copy.content, outDir: copy.out });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Published URLs: all \d+ in .*published-urls\.txt still resolve\. 1 new URL/);
    for (const old of ['spillway-closed-saturday', 'spillway-closed']) {
      const html = readFileSync(path.join(copy.out, 'claims', old, 'index.html'), 'utf8');
      expect(html, old).toContain('content="0; url=/claims/closed-on-saturday/"');
    }

    // Before deploying: the new address is not recorded, with what it shows, so `--check` fails and writes nothing.
    const urlsRun = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(projectRoot, 'scripts/urls.ts'), ...args, '--dist', copy.out], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, CROSSCHECK_CONTENT: path.relative(projectRoot, copy.content) },
      });
    const registryBefore = readFileSync(copy.registry, 'utf8');
    const unchecked = urlsRun('--check');
    expect(unchecked.status).toBe(1);
    expect(unchecked.stderr).toMatch(/^ {2}\+ \/claims\/closed-on-saturday\/ statement:[0-9a-f]{12}$/m);
    expect(unchecked.stderr).toContain('Run `npm run urls`');
    // The fixture records no passage anchors yet: `--check` lists them too, and says to commit both files.
    expect(unchecked.stderr).toMatch(/^ {2}\+ \/articles\/spillway-shut-for-six-weeks\/#m-/m);
    expect(unchecked.stderr).toMatch(/commit \S*published-urls\.txt and \S*published-anchors\.txt with the content, then deploy\.\n$/);
    // Its first line counts both: the address's line, and the anchors listed after it.
    const anchorLines = unchecked.stderr.split('\n').filter((l) => /^ {2}\+ \S+#m-/.test(l)).length;
    expect(unchecked.stderr.split('\n')[0]).toMatch(
      new RegExp(`does not record all that \\S+ publishes: 1 line to write, 0 to drop, and \\S*published-anchors\\.txt does not record ${anchorLines} passage anchors \\(the lines with #m-…\\)\\. Deploy only`),
    );
    expect(readFileSync(copy.registry, 'utf8')).toBe(registryBefore);

    const urls = urlsRun();
    expect(urls.status, urls.stderr).toBe(0);
    expect(urls.stdout).toMatch(/\(1 added, 0 removed\)/);
    const checked = urlsRun('--check');
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('records every URL');
    const registered = parseRegistry(readFileSync(copy.registry, 'utf8'));
    expect(registered).toContain('/claims/closed-on-saturday/');
    expect(registered).toContain('/claims/spillway-closed-saturday/');
    // The old address is recorded with the marks of the claim it redirects to.
    const marks = new Map(registryEntries(readFileSync(copy.registry, 'utf8')).map((e) => [e.path, e.marks]));
    expect(marks.get('/claims/spillway-closed-saturday/')).toEqual(marks.get('/claims/closed-on-saturday/'));
    expect(marks.get('/claims/closed-on-saturday/')).toEqual([expect.stringMatching(/^statement:/)]);
  });

  it('reports, and publishes, a build whose renamed claim lists its aliases newest first, which gives its feed entries new ids', () => {
    const copy = copyFixture('feed-ids');
    const first = runBuild({ content: copy.content, outDir: copy.out });
    expect(first.status, first.stderr).toBe(0);
    // spillway-closed, then spillway-closed-saturday, now closed-on-saturday: its aliases put the second id first.
    renameToClosedOnSaturday(copy.content, ['spillway-closed-saturday', 'spillway-closed']);
    const claim = path.join(copy.content, 'claims', 'closed-on-saturday.md');
    const text = readFileSync(claim, 'utf8');
    const result = runBuild({ content: copy.content, outDir: copy.out });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /feeds\/claims\.xml: the entry of \/claims\/closed-on-saturday\/ has the id https:\/\/crosscheck\.example\.org\/claims\/spillway-closed\/#status-\S+, and would now have https:\/\/crosscheck\.example\.org\/claims\/spillway-closed-saturday\/#status-\S+, so feed readers would show it again as new\. Its record's aliases list the ids it was published under oldest first: put "spillway-closed" first in them\./,
    );
    // Put back in the right order, the entries take their first ids again (which the build reports
    // too, as the site it replaces had published the others).
    writeFileSync(claim, text.replace('  - spillway-closed-saturday\n  - spillway-closed\n', '  - spillway-closed\n  - spillway-closed-saturday\n'));
    const fixed = runBuild({ content: copy.content, outDir: copy.out });
    expect(fixed.status, fixed.stderr).toBe(0);
    expect(readFileSync(path.join(copy.out, 'feeds/claims.xml'), 'utf8')).toMatch(/<id>https:\/\/crosscheck\.example\.org\/claims\/spillway-closed\/#status-/);
  });

  it('fails the build when two claims swap ids, though every URL resolves, and `npm run urls -- --build` records an intended change', () => {
    const copy = copyFixture('swapped');
    const claim = (id: string) => path.join(copy.content, 'claims', `${id}.md`);
    const months = readFileSync(claim('repairs-take-months'), 'utf8');
    writeFileSync(claim('repairs-take-months'), readFileSync(claim('will-not-reopen-until-safe'), 'utf8'));
    writeFileSync(claim('will-not-reopen-until-safe'), months);
    previousSite(copy.out);
    const before = treeBytes(copy.out);
    const result = runBuild({ content: copy.content, outDir: copy.out });
    expect(result.status).not.toBe(0);
    const shown = path.relative(projectRoot, copy.content);
    expect(result.stderr).toContain(`${shown}/claims/repairs-take-months.md:1:1  /claims/repairs-take-months/ was published for the claim now in ${shown}/claims/will-not-reopen-until-safe.md`);
    expect(result.stderr).toContain(`${shown}/claims/will-not-reopen-until-safe.md:1:1  /claims/will-not-reopen-until-safe/ was published for the claim now in ${shown}/claims/repairs-take-months.md`);
    expect(treeBytes(copy.out)).toEqual(before);

    const urls = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/urls.ts'), '--build', '--dist', copy.out], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, CROSSCHECK_CONTENT: shown },
    });
    expect(urls.status, urls.stderr).toBe(0);
    // It says what it recorded: no address added or removed, but two that now show another claim.
    expect(urls.stdout).toMatch(/\(0 added, 0 removed, 2 with a new mark of what it shows\)\.\n {2}new mark \/claims\/repairs-take-months\/\n {2}new mark \/claims\/will-not-reopen-until-safe\/\n$/);
    // Both addresses now carry the marks of both claims, so the next build passes.
    const marks = registryEntries(readFileSync(copy.registry, 'utf8')).filter((e) => ['/claims/repairs-take-months/', '/claims/will-not-reopen-until-safe/'].includes(e.path));
    expect(marks.map((e) => e.marks.length)).toEqual([2, 2]);
    expect(runBuild({ content: copy.content, outDir: copy.out }).status).toBe(0);
  });

  it('keeps a claim removed on purpose in the registry, and fails the build when another claim takes its id', () => {
    const copy = copyFixture('removed');
    const shown = path.relative(projectRoot, copy.content);
    const file = (rel: string) => path.join(copy.content, rel);
    const edit = (rel: string, from: string, to: string) => writeFileSync(file(rel), readFileSync(file(rel), 'utf8').replace(from, to));
    const months = readFileSync(file('claims/repairs-take-months.md'), 'utf8');
    rmSync(file('claims/repairs-take-months.md'));
    edit('claims/repairs-take-six-weeks.md', 'contradicts: [repairs-take-months]\n', '');
    edit('articles/river-daily-spillway-months.md', ':claim[the repairs will take at least three months]{#repairs-take-months}', 'the repairs will take at least three months');
    const urls = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/urls.ts'), '--build', '--dist', copy.out], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, CROSSCHECK_CONTENT: shown },
    });
    expect(urls.status, urls.stderr).toBe(0);
    expect(urls.stdout).toContain('removed /claims/repairs-take-months/');
    expect(readFileSync(copy.registry, 'utf8')).toMatch(/\nremoved \/claims\/repairs-take-months\/ statement:[0-9a-f]{12}\n/);
    expect(runBuild({ content: copy.content, outDir: copy.out }).status).toBe(0);

    // Months later, a new claim is given the free id.
    writeFileSync(file('claims/repairs-take-months.md'), months.replace(/^statement: .*$/m, 'statement: The spillway will be rebuilt in concrete.'));
    edit('articles/river-daily-spillway-months.md', 'the repairs will take at least three months', ':claim[the repairs will take at least three months]{#repairs-take-months}');
    const result = runBuild({ content: copy.content, outDir: copy.out });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${shown}/claims/repairs-take-months.md:1:1  /claims/repairs-take-months/ was published for another claim, since removed (published-urls.txt lists it as removed)`);
  });

  it("keeps a published passage anchor on its passage once the span's words are edited, and `npm run urls` records the new one beside it", () => {
    const copy = copyFixture('anchors');
    const article = path.join(copy.content, 'articles', 'spillway-shut-for-six-weeks.md');
    const before = mentionAnchor('spillway-closed-saturday', 'The Dam Authority closed the spillway on Saturday', new Map());
    const after = mentionAnchor('spillway-closed-saturday', 'closed the spillway on Saturday', new Map());
    const other = mentionAnchor('repairs-take-six-weeks', 'six weeks - perhaps longer, & at a cost of 2,000,000', new Map());
    const anchors = path.join(copy.dir, 'published-anchors.txt');
    writeFileSync(anchors, `/articles/spillway-shut-for-six-weeks/ ${before} ${other}\n`);
    writeFileSync(article, readFileSync(article, 'utf8').replace('> :claim[The Dam Authority closed the spillway on Saturday]', '> The Dam Authority :claim[closed the spillway on Saturday]'));
    const result = runBuild({ content: copy.content, outDir: copy.out });
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(path.join(copy.out, 'articles', 'spillway-shut-for-six-weeks', 'index.html'), 'utf8');
    // The old id is first inside the edited passage's link, once; the unedited passage keeps its own.
    const $ = cheerio.load(html);
    expect($(`#${before}`).parent().attr('id')).toBe(after);
    expect($(`[id="${before}"]`)).toHaveLength(1);
    expect($(`#${other}`).is('a')).toBe(true);
    // The article's old address (an alias) redirects keeping the #…, so its links land there too.
    expect(readFileSync(path.join(copy.out, 'articles', 'spillway-shut', 'index.html'), 'utf8')).toContain('location.hash');

    const urlsRun = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(projectRoot, 'scripts/urls.ts'), ...args, '--dist', copy.out], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, CROSSCHECK_CONTENT: path.relative(projectRoot, copy.content) },
      });
    const unchecked = urlsRun('--check');
    expect(unchecked.status).toBe(1);
    expect(unchecked.stderr).toContain(`  + /articles/spillway-shut-for-six-weeks/#${after}`);
    const urls = urlsRun();
    expect(urls.status, urls.stderr).toBe(0);
    expect(parseAnchorRegistry(readFileSync(anchors, 'utf8')).get('/articles/spillway-shut-for-six-weeks/')).toEqual(expect.arrayContaining([before, other, after]));
    const checked = urlsRun('--check');
    expect(checked.status, checked.stderr).toBe(0);
  });

  it('says the URLs were not checked when the content has no registry', () => {
    const copy = copyFixture('unregistered');
    rmSync(copy.registry);
    const result = runBuild({ content: copy.content, outDir: copy.out });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Published URLs: not checked, there is no .*published-urls\.txt/);
    expect(existsSync(path.join(copy.out, 'index.html'))).toBe(true);
  });
});

