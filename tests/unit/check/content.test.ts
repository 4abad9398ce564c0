/**
 * checkContent: the whole corpus, as `npm run check` and `npm run build` run it. The good
 * fixture passes; the cache gives the same answer as a cold run and re-reads only what changed;
 * worker threads give the same answer as one thread; the real seed records' spans all occur in
 * the archived articles in ../shared/seeds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '../../../src/check/index.ts';
import { checkContent, formatProblems } from '../../../src/check/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const good = 'tests/fixtures/good/content';
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A copy of the good fixture inside the project (so paths stay short), and a cache folder for it. */
function copyOfGood() {
  const dir = mkdtempSync(path.join(root, 'node_modules/.cache/check-test-'));
  temps.push(dir);
  cpSync(path.join(root, good), path.join(dir, 'content'), { recursive: true });
  return { content: path.relative(root, path.join(dir, 'content')), cacheDir: path.join(dir, 'cache'), dir };
}

// Starting a process of its own takes seconds on a loaded machine: vitest's 5 s default is too short.
describe('src/check/index.ts', { timeout: 60_000 }, () => {
  it('exports the checks, their formatting and the printed summaries', () => {
    expect(Object.keys(api).sort()).toEqual(['checkContent', 'checkContentInBackground', 'formatProblem', 'formatProblems', 'sortProblems', 'summaries']);
  });

  it('checks in a process of its own with the same problems and counts, without the facts', async () => {
    const bad = 'tests/fixtures/bad/unknown-reference/content';
    const here = await checkContent({ root, contentDir: bad, cacheDir: false });
    const there = await api.checkContentInBackground({ root, contentDir: bad, cacheDir: false });
    expect(here.problems.length).toBeGreaterThan(0);
    expect(there.problems).toEqual(here.problems);
    expect(there.files).toBe(here.files);
    expect(there.facts).toEqual([]);
  });
});

describe('checkContent', { timeout: 60_000 }, () => {
  it('finds no problem in the good fixture and reads every record', async () => {
    const result = await checkContent({ root, contentDir: good, cacheDir: false, archiveDir: 'tests/fixtures/good/archive' });
    expect(formatProblems(result.problems)).toBe('');
    expect(result.files).toBe(22);
    expect(result.facts.map((f) => `${f.collection}/${f.id}`)).toContain('outlets/coastal-wire');
    expect(result.facts.flatMap((f) => f.mentions).length).toBe(18);
  });

  it('verifies the spans of an article whose archived text is present, allowing typographic differences only', async () => {
    const result = await checkContent({ root, contentDir: good, cacheDir: false, archiveDir: 'tests/fixtures/good/archive' });
    expect(result.quotes).toEqual({ articles: 1, spans: 5, missing: [] });
  });

  it('does not treat a missing archive file, or a missing default archive folder, as a problem', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'crosscheck-archive-'));
    try {
      const result = await checkContent({ root, contentDir: good, cacheDir: false, archiveDir: empty });
      expect(result.problems).toEqual([]);
      // Not verified, and so counted (npm run check says so when the archive holds other articles' texts).
      expect(result.quotes).toMatchObject({ articles: 0, spans: 0, missing: [{ file: 'tests/fixtures/good/content/articles/gazette-bridge-closed.md' }] });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    const copy = mkdtempSync(path.join(tmpdir(), 'crosscheck-archive-'));
    try {
      cpSync(path.join(root, good), path.join(copy, 'content'), { recursive: true });
      const saved = process.env.CROSSCHECK_ARCHIVE;
      delete process.env.CROSSCHECK_ARCHIVE;
      try {
        const result = await checkContent({ root: copy, contentDir: 'content', cacheDir: false });
        expect(result.problems).toEqual([]);
      } finally {
        if (saved !== undefined) process.env.CROSSCHECK_ARCHIVE = saved;
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('npm run check lists the articles it could not verify, then counts them in one line until another joins them', () => {
    const { dir, content } = copyOfGood();
    const archive = path.join(dir, 'archive');
    mkdirSync(archive);
    cpSync(path.join(root, 'tests/fixtures/good/archive/gazette-bridge-closed.txt'), path.join(archive, 'gazette-bridge-closed.txt'));
    const nameArchive = (article: string, name: string) => {
      const file = path.join(root, content, 'articles', `${article}.md`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind: /m, `archive: ${name}\nkind: `));
    };
    nameArchive('wire-bridge-closed', 'wire.txt');
    const check = (...args: string[]) => {
      const run = spawnSync(process.execPath, ['--import', './src/check/register.ts', 'scripts/check.ts', ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, CROSSCHECK_CONTENT: content, CROSSCHECK_ARCHIVE: path.relative(root, archive) },
      });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout.split('\n').filter((line) => line.startsWith('Not verified'));
    };
    const wire = `${content}/articles/wire-bridge-closed.md (${path.relative(root, archive)}/wire.txt)`;
    expect(check()).toEqual([expect.stringContaining(`its spans were not checked: ${wire}.`)]);
    expect(check()).toEqual(['Not verified: the spans of 1 article whose archived text is not in the archive, as listed at an earlier check (npm run check -- --unverified lists it again).']);
    nameArchive('chronicle-bridge-safe', 'chronicle.txt');
    const [joined] = check();
    expect(joined).toContain('chronicle-bridge-safe.md');
    expect(joined).not.toContain('wire-bridge-closed.md');
    expect(joined).toContain('1 other article, listed at an earlier check, is not verified either');
    expect(check('--unverified')).toEqual([expect.stringMatching(/^Not verified: 2 articles .*chronicle-bridge-safe\.md.*wire-bridge-closed\.md/)]);
    // Asked for, they are listed even when the archive holds no other article's text (not said unasked: another machine's archive may be empty).
    rmSync(path.join(archive, 'gazette-bridge-closed.txt'));
    expect(check()).toEqual([]);
    expect(check('--unverified')).toEqual([expect.stringMatching(/^Not verified: 3 articles .*gazette-bridge-closed\.md/)]);
    // And when there are none, it says so.
    for (const article of ['wire-bridge-closed', 'chronicle-bridge-safe']) {
      const file = path.join(root, content, 'articles', `${article}.md`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^archive: .*\n/m, ''));
    }
    cpSync(path.join(root, 'tests/fixtures/good/archive/gazette-bridge-closed.txt'), path.join(archive, 'gazette-bridge-closed.txt'));
    expect(check('--unverified')).toEqual(['Not verified: none. The spans of the 1 article that names an archived text were checked against it.']);
  });

  it('reports an archive folder named on purpose that does not exist, once, at the first article with spans to verify', async () => {
    const result = await checkContent({ root, contentDir: good, cacheDir: false, archiveDir: 'no-such-archive' });
    expect(formatProblems(result.problems)).toMatchInlineSnapshot(`"tests/fixtures/good/content/articles/gazette-bridge-closed.md:18:1  There is no folder no-such-archive/, where CROSSCHECK_ARCHIVE says the archived texts are, so the spans of this article were not checked. Point CROSSCHECK_ARCHIVE at the folder that holds the archived texts, or leave it unset to use archive/. [archive-folder-missing]"`);
    expect(result.quotes).toEqual({ articles: 0, spans: 0, missing: [] });
  });

  it('reports a mention with a problem of its own once, not again as a claim no article mentions', async () => {
    // The article's only mentions of bridge-closed give a stance that does not exist.
    const result = await checkContent({ root, contentDir: 'tests/fixtures/bad/places-crlf-tabs-emoji/content', cacheDir: false });
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.code}`)).toEqual(['7:20 control-character', '14:14 mention-bad-stance', '18:27 mention-bad-stance']);
  });

  it('reports a content folder that does not exist', async () => {
    const result = await checkContent({ root, contentDir: 'tests/fixtures/no-such-content', cacheDir: false });
    expect(formatProblems(result.problems)).toMatchInlineSnapshot(
      `"tests/fixtures/no-such-content:1:1  The content folder tests/fixtures/no-such-content/ does not exist, so there is nothing to check or publish. Create it with the folders outlets/, entities/, stories/, articles/, claims/, or point CROSSCHECK_CONTENT at the folder that holds them. [content-folder-missing]"`,
    );
  });

  it('reads a file again only when its bytes change, and gives the same answer from the cache', async () => {
    const { content, cacheDir } = copyOfGood();
    const cold = await checkContent({ root, contentDir: content, cacheDir });
    expect([cold.parsed, cold.cached]).toEqual([22, 0]);
    const warm = await checkContent({ root, contentDir: content, cacheDir });
    expect([warm.parsed, warm.cached]).toEqual([0, 22]);
    expect(warm.facts).toEqual(cold.facts);

    const file = path.join(root, content, 'articles/forum-post-bridge.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('#bridge-is-safe}', '#bridge-is-saf}'));
    const edited = await checkContent({ root, contentDir: content, cacheDir });
    expect([edited.parsed, edited.cached]).toEqual([1, 21]);
    expect(formatProblems(edited.problems).replaceAll(content, '…')).toMatchInlineSnapshot(
      `"…/articles/forum-post-bridge.md:12:42  This mention names claim "bridge-is-saf", but there is no …/claims/bridge-is-saf.md. Did you mean "bridge-is-safe"? In: :claim[the bridge was perfectly safe]{#bridge-is-saf} [unknown-claim]"`,
    );
  });

  it('takes a file whose size and time are unchanged from the cache without reading it', async () => {
    const { content, cacheDir } = copyOfGood();
    const { readdirSync, utimesSync } = await import('node:fs');
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const dir of readdirSync(path.join(root, content))) {
      for (const name of readdirSync(path.join(root, content, dir))) utimesSync(path.join(root, content, dir, name), hourAgo, hourAgo);
    }
    const cold = await checkContent({ root, contentDir: content, cacheDir });
    expect([cold.parsed, cold.untouched]).toEqual([22, 0]);
    const warm = await checkContent({ root, contentDir: content, cacheDir });
    expect([warm.parsed, warm.cached, warm.untouched]).toEqual([0, 22, 22]);
    // An edit changes the time: that file is read again, and the edit is seen.
    const file = path.join(root, content, 'claims/bridge-is-safe.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: fact', 'kind: facts'));
    const edited = await checkContent({ root, contentDir: content, cacheDir });
    expect([edited.parsed, edited.untouched]).toEqual([1, 21]);
    expect(edited.problems.map((p) => p.code)).toEqual(['bad-value']);
    // Touched but not changed: read and hashed again, and still taken from the cache.
    utimesSync(path.join(root, content, 'claims/bridge-closed-for-repairs.md'), new Date(), new Date());
    const touched = await checkContent({ root, contentDir: content, cacheDir });
    expect([touched.parsed, touched.cached]).toEqual([0, 22]);
    // Replaced by a file of the same size with its old time put back (cp -p, rsync -a, tar x):
    // its change time tells, and the edit is seen.
    const other = path.join(root, content, 'claims/bridge-closed-for-repairs.md');
    utimesSync(other, hourAgo, hourAgo);
    await checkContent({ root, contentDir: content, cacheDir });
    writeFileSync(other, readFileSync(other, 'utf8').replace('kind: fact', 'kind: fakt'));
    utimesSync(other, hourAgo, hourAgo);
    const restored = await checkContent({ root, contentDir: content, cacheDir });
    expect(restored.problems.map((p) => `${p.file.split('/').pop()} ${p.code}`)).toContain('bridge-closed-for-repairs.md bad-value');
  });

  it('forgets a cache written by other checks (another version) and reads everything again', async () => {
    const { content, cacheDir } = copyOfGood();
    await checkContent({ root, contentDir: content, cacheDir });
    const [cacheFile] = (await import('node:fs')).readdirSync(cacheDir);
    const data = JSON.parse(readFileSync(path.join(cacheDir, cacheFile!), 'utf8')) as { version: string };
    writeFileSync(path.join(cacheDir, cacheFile!), JSON.stringify({ ...data, version: 'older' }));
    const again = await checkContent({ root, contentDir: content, cacheDir });
    expect([again.parsed, again.cached]).toEqual([22, 0]);
  });

  it('reports a named pipe named as a record, and reads no archived text from one, instead of waiting on either without end', () => {
    const { content, dir } = copyOfGood();
    const archive = path.join(dir, 'archive');
    cpSync(path.join(root, 'tests/fixtures/good/archive'), archive, { recursive: true });
    rmSync(path.join(archive, 'gazette-bridge-closed.txt'));
    for (const pipe of [path.join(root, content, 'articles/pipe.md'), path.join(archive, 'gazette-bridge-closed.txt')]) {
      expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    }
    // In a process of its own, which is stopped if it waits: a read of a pipe would never return.
    const run = spawnSync(process.execPath, ['--import', './src/check/register.ts', 'scripts/check.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, CROSSCHECK_CONTENT: content, CROSSCHECK_ARCHIVE: path.relative(root, archive) },
    });
    expect(run.signal, run.stderr).toBeNull();
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr.split('\n').filter((line) => line.includes('[unreadable-file]'))).toEqual([
      `${content}/articles/pipe.md:1:1  This file cannot be read: it is no file of text but a named pipe, a socket or a device, which a program reading it would wait on without end. Nothing in it can be checked or published. Repair it, or remove it from content/. [unreadable-file]`,
    ]);
  });

  it('reports a file it cannot read (a link to nothing) at that file, and checks the rest', async () => {
    const { content } = copyOfGood();
    symlinkSync('no-such-report.md', path.join(root, content, 'articles/copy.md'));
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.problems.map((p) => [p.file, p.line, p.column, p.code])).toEqual([[`${content}/articles/copy.md`, 1, 1, 'unreadable-file']]);
    expect(result.problems[0]!.message).toContain('a symbolic link to a file that does not exist');
    expect(result.facts.length).toBe(23);
  });

  it('reports a link to a folder that holds it once, at the link, without going round it', async () => {
    const { content, dir } = copyOfGood();
    const abs = path.join(root, content);
    // Back up one level, to the content folder itself, to a folder that holds the content folder, and round through two links.
    symlinkSync('..', path.join(abs, 'articles/up'));
    symlinkSync('.', path.join(abs, 'here'));
    symlinkSync(dir, path.join(abs, 'claims/outside'));
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    symlinkSync(path.join(dir, 'b'), path.join(dir, 'a/to-b'));
    symlinkSync(path.join(dir, 'a'), path.join(dir, 'b/to-a'));
    symlinkSync(path.join(dir, 'a'), path.join(abs, 'stories/round'));
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.problems.map((p) => [p.file, p.line, p.column, p.code])).toEqual([
      [`${content}/articles/up`, 1, 1, 'folder-loop'],
      [`${content}/claims/outside`, 1, 1, 'folder-loop'],
      [`${content}/here`, 1, 1, 'folder-loop'],
      [`${content}/stories/round`, 1, 1, 'folder-link'],
    ]);
    expect(result.problems[0]!.message).toContain('a symbolic link to "..", a folder that holds it');
    expect(result.facts.length).toBe(22);
  });

  it('reports a link to a folder other than a collection once, at the link, and reads nothing under it', async () => {
    const { content, dir } = copyOfGood();
    const abs = path.join(root, content);
    // A large folder elsewhere: walked, each of its files was a problem of its own.
    const large = path.join(dir, 'large');
    for (let i = 0; i < 40; i++) {
      mkdirSync(path.join(large, `f${i}`), { recursive: true });
      for (let j = 0; j < 25; j++) writeFileSync(path.join(large, `f${i}`, `n${j}.md`), 'x');
    }
    symlinkSync(large, path.join(abs, 'articles/old'));
    mkdirSync(path.join(abs, 'claims/2026'));
    symlinkSync(large, path.join(abs, 'claims/2026/more'));
    symlinkSync(large, path.join(abs, 'article'));
    mkdirSync(path.join(abs, 'drafts'));
    symlinkSync(large, path.join(abs, 'drafts/large'));
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.problems.map((p) => [p.file, p.line, p.column, p.code])).toEqual([
      [`${content}/article`, 1, 1, 'folder-link'],
      [`${content}/articles/old`, 1, 1, 'folder-link'],
      [`${content}/claims/2026/more`, 1, 1, 'folder-link'],
      [`${content}/drafts/large`, 1, 1, 'folder-link'],
    ]);
    const [top, inCollection, nested, elsewhere] = result.problems.map((p) => p.message);
    expect(top).toContain(`only a collection's own folder may be a link to a folder elsewhere. Did you mean ${content}/articles/?`);
    expect(inCollection).toContain(`This is a symbolic link to the folder "${large}", which is not read: records go directly in ${content}/articles/, as files`);
    expect(nested).toContain(`records go directly in ${content}/claims/`);
    expect(elsewhere).toContain("it is outside the collections' folders, so nothing in it would be published. Remove the link.");
    expect(result.files).toBe(22 + 4);
    expect(result.facts.length).toBe(22);
  });

  it('reports a folder named as a record, where the record would be, once, as a record that cannot be read, not each file in it or each mention of the claim', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    const claim = path.join(abs, 'claims/mayor-safety-first.md');
    const record = readFileSync(claim);
    rmSync(claim);
    mkdirSync(claim);
    writeFileSync(path.join(claim, 'mayor-safety-first.md'), record);
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.problems.map((p) => [p.file, p.line, p.column, p.code])).toEqual([[`${content}/claims/mayor-safety-first.md`, 1, 1, 'unreadable-file']]);
    expect(result.problems[0]!.message).toContain('it is a folder, named as a record would be. Put the record itself here, in place of the folder');
    // An empty one too; a folder of another name is a subfolder, as before.
    rmSync(claim, { recursive: true });
    mkdirSync(path.join(abs, 'claims/notes.md'));
    writeFileSync(claim, record);
    mkdirSync(path.join(abs, 'claims/drafts'));
    writeFileSync(path.join(abs, 'claims/drafts/x.md'), record);
    expect((await checkContent({ root, contentDir: content, cacheDir: false })).problems.map((p) => [p.file, p.code])).toEqual([
      [`${content}/claims/drafts/x.md`, 'nested-file'],
      [`${content}/claims/notes.md`, 'unreadable-file'],
    ]);
  });

  it('reports a record saved under a wrong extension once, with the name to give it, and not each reference to it', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    const found = async () => (await checkContent({ root, contentDir: content, cacheDir: false })).problems.map((p) => [p.file, p.code, /(?:Rename it to|Rename the file to) (\S+?),/.exec(p.message)?.[1]]);
    const claim = path.join(abs, 'claims/mayor-safety-first.md');
    for (const name of ['mayor-safety-first.md.txt', 'mayor-safety-first.MD', 'mayor-safety-first.markdown']) {
      renameSync(claim, path.join(abs, 'claims', name));
      expect(await found(), name).toEqual([[`${content}/claims/${name}`, 'unread-file', 'mayor-safety-first.md']]);
      renameSync(path.join(abs, 'claims', name), claim);
    }
    // Its extension typed twice: the record it is, to rename, not another id.
    renameSync(path.join(abs, 'outlets/coastal-wire.yml'), path.join(abs, 'outlets/coastal-wire.yml.yml'));
    expect(await found()).toEqual([[`${content}/outlets/coastal-wire.yml.yml`, 'bad-file-name', 'coastal-wire.yml']]);
  });

  it('reports a file name with a space once, with the name its references give it, and not each reference to it or the claim as unmentioned', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    const found = async () => (await checkContent({ root, contentDir: content, cacheDir: false })).problems.map((p) => [p.file, p.line, p.column, p.code, /Rename the file to (\S+?),/.exec(p.message)?.[1]]);
    // A space typed inside a word: the references name the id without it, not with a hyphen there.
    renameSync(path.join(abs, 'claims/mayor-safety-first.md'), path.join(abs, 'claims/mayor-safety-fi rst.md'));
    expect(await found()).toEqual([[`${content}/claims/mayor-safety-fi rst.md`, 1, 1, 'bad-file-name', 'mayor-safety-first.md']]);
    renameSync(path.join(abs, 'entities/harbour-council.yaml'), path.join(abs, 'entities/harbour coun cil.yaml'));
    expect((await found()).filter((p) => String(p[0]).startsWith(`${content}/entities`))).toEqual([[`${content}/entities/harbour coun cil.yaml`, 1, 1, 'bad-file-name', 'harbour-council.yaml']]);
    // A space between words, as the references have them joined by a hyphen: the hyphen.
    renameSync(path.join(abs, 'claims/mayor-safety-fi rst.md'), path.join(abs, 'claims/mayor safety-first.md'));
    renameSync(path.join(abs, 'entities/harbour coun cil.yaml'), path.join(abs, 'entities/harbour-council.yaml'));
    expect(await found()).toEqual([[`${content}/claims/mayor safety-first.md`, 1, 1, 'bad-file-name', 'mayor-safety-first.md']]);
  });

  it.each([
    ['Ελευθεροτυπία.yaml', 'eleftherotypia.yaml'],
    ['Коммерсант.yaml', 'kommersant.yaml'],
    // No table of letters spells Chinese honestly: the placeholder, as before.
    ['朝日新聞.yaml', 'a-valid-id.yaml'],
  ])('suggests for an outlet saved as %s the name %s, spelt in Latin letters', async (name, suggested) => {
    const { content } = copyOfGood();
    writeFileSync(path.join(root, content, 'outlets', name), 'name: Paper\n');
    const problems = (await checkContent({ root, contentDir: content, cacheDir: false })).problems;
    expect(problems.map((p) => [p.file, p.code, /Rename the file to (\S+?),/.exec(p.message)?.[1]])).toEqual([[`${content}/outlets/${name}`, 'bad-file-name', suggested]]);
  });

  it('reports claims whose only mentions an HTML comment holds once, at the comment, not each claim as mentioned nowhere', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    const found = async () => (await checkContent({ root, contentDir: content, cacheDir: false })).problems.map((p) => [p.file, p.line, p.column, p.code, p.message]);
    const comment = (file: string, from: string, to: string) => {
      const text = readFileSync(path.join(abs, file), 'utf8');
      writeFileSync(path.join(abs, file), text.replace(from, `<!-- ${from}`).replace(to, `${to} -->`));
    };
    // The wire's passage with the mayor's words, commented out: the Gazette still quotes them.
    comment('articles/wire-bridge-closed.md', '> ":claim[Safety comes first;', 'the mayor said.');
    expect(await found()).toEqual([]);
    // The Council's three lines, commented out with the Gazette's quotation: the claims only they mention are said once, at the comment.
    comment('articles/gazette-bridge-closed.md', '> ":claim[Safety comes first,', 'Mayor Ines Alvarez said.');
    expect(await found()).toEqual([
      [
        `${content}/articles/gazette-bridge-closed.md`,
        28,
        1,
        'unmentioned-claim',
        'This HTML comment (<!-- … -->) holds the only mention an article makes of claim "mayor-safety-first", and a page leaves out what a comment holds, so its page would have no evidence. Take away <!-- and --> to publish the passage, or remove the claim. Another comment holds one too: content/articles/wire-bridge-closed.md, line 19.'.replace('content/', `${content}/`),
      ],
    ]);
  });

  it('accepts a claim that contradicts a claim of another story: a contradiction across stories may be real', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    writeFileSync(path.join(abs, 'stories/bridge-inquiry.md'), '---\ntitle: The bridge inquiry reports\nsummary: The inquiry into the closure reports.\n---\n');
    writeFileSync(path.join(abs, 'claims/bridge-was-sound.md'), '---\nstatement: The bridge was sound when it was closed.\nstory: bridge-inquiry\nkind: fact\ncontradicts:\n  - bridge-unsafe-report\n---\n');
    writeFileSync(
      path.join(abs, 'articles/wire-inquiry.md'),
      '---\nheadline: Inquiry finds the bridge was sound\noutlet: coastal-wire\nstory: bridge-inquiry\nsummary: The Wire reports the inquiry.\nkind: report\nadded: 2026-09-02\n---\n\nThe inquiry found :claim[the bridge was sound]{#bridge-was-sound}.\n',
    );
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(formatProblems([...result.problems, ...result.notices])).toBe('');
  });

  it('reports a collection folder that is missing once, at the folder, rather than every reference to its records, and names a folder renamed from it', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    const found = async () => (await checkContent({ root, contentDir: content, cacheDir: false })).problems.map((p) => [p.file, p.line, p.column, p.code, /^There is no folder [^,]*, though (.*?) \(/.exec(p.message)?.[1], /The folder (\S+) has a name close to it/.exec(p.message)?.[1]]);
    renameSync(path.join(abs, 'entities'), path.join(abs, 'Entities'));
    expect(await found()).toEqual([[`${content}/entities`, 1, 1, 'collection-folder-missing', '21 references in 11 files name entities', `${content}/Entities/`]]);
    rmSync(path.join(abs, 'Entities'), { recursive: true });
    expect(await found()).toEqual([[`${content}/entities`, 1, 1, 'collection-folder-missing', '21 references in 11 files name entities', undefined]]);
    // Claim mentions, and the claims that no article can mention.
    renameSync(path.join(abs, 'claims'), path.join(abs, 'old-claims'));
    expect((await found()).filter((p) => p[0] === `${content}/claims`)).toEqual([[`${content}/claims`, 1, 1, 'collection-folder-missing', '18 references in 5 files name claims', `${content}/old-claims/`]]);
    renameSync(path.join(abs, 'old-claims'), path.join(abs, 'claims'));
    rmSync(path.join(abs, 'articles'), { recursive: true });
    expect((await found()).filter((p) => p[0] === `${content}/articles`)).toEqual([[`${content}/articles`, 1, 1, 'collection-folder-missing', '6 claims need an article to mention them', undefined]]);
  });

  it('reports an article that cannot be read once, and not each claim it may mention as unmentioned, or as mentioned only by other stories', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    // A claim of its own story, which only the Wire's article mentions, and which another story's article mentions too.
    writeFileSync(path.join(abs, 'stories/ferry-timetable.md'), '---\ntitle: The ferry timetable changes\nsummary: The ferry company changes its timetable.\n---\n');
    writeFileSync(path.join(abs, 'claims/ferry-delayed.md'), '---\nstatement: The ferry is delayed.\nstory: ferry-timetable\nkind: fact\n---\n');
    const wire = path.join(abs, 'articles/wire-bridge-closed.md');
    const gazette = path.join(abs, 'articles/gazette-bridge-closed.md');
    writeFileSync(wire, readFileSync(wire, 'utf8').replace('story: harbour-bridge-closure', 'story: ferry-timetable').concat('\nAnd :claim[the ferry is delayed]{#ferry-delayed}.\n'));
    const record = readFileSync(wire);
    const codes = async () => (await checkContent({ root, contentDir: content, cacheDir: false })).problems.map((p) => [p.file, p.code]);
    expect(await codes()).toEqual([]);
    const unreadable: [string, () => void][] = [
      ['not-utf8', () => writeFileSync(wire, Buffer.concat([record, Buffer.from('Caf\xe9 \x93closed\x94.\n', 'latin1')]))],
      ['binary-file', () => writeFileSync(wire, Buffer.concat([record, Buffer.from([0])]))],
      ['file-too-large', () => writeFileSync(wire, Buffer.concat([record, Buffer.from(`\n${'The full text. '.repeat(70_000)}\n`)]))],
      ['dense-markup', () => writeFileSync(wire, Buffer.concat([record, Buffer.from(`\n${'a* '.repeat(1200)}\n`)]))],
      ['unreadable-file', () => (rmSync(wire), symlinkSync(path.join(abs, 'articles/gone.md'), wire))],
    ];
    const eachOnce = async (also: string) => {
      for (const [code, make] of unreadable) {
        make();
        expect(await codes(), `${code}, ${also}`).toEqual([[`${content}/articles/wire-bridge-closed.md`, code]]);
        rmSync(wire);
        writeFileSync(wire, record);
      }
    };
    await eachOnce('the only article that mentions the claim');
    writeFileSync(gazette, readFileSync(gazette, 'utf8').concat('\nThe ferry too: :claim[delayed]{#ferry-delayed}.\n'));
    expect(await codes()).toEqual([]);
    await eachOnce('the only one of its story');
    // A claim that cannot be read is no claim an article must mention.
    symlinkSync(path.join(abs, 'claims/gone.md'), path.join(abs, 'claims/ferry-cancelled.md'));
    expect(await codes()).toEqual([[`${content}/claims/ferry-cancelled.md`, 'unreadable-file']]);
  });

  it('reports a claim that no article of its story mentions, at its story, naming the story of the articles that do', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    writeFileSync(path.join(abs, 'stories/ferry-timetable.md'), '---\ntitle: The ferry timetable changes\nsummary: The ferry company changes its timetable.\n---\n');
    const claim = path.join(abs, 'claims/repair-cost-figure.md');
    writeFileSync(claim, readFileSync(claim, 'utf8').replace('story: harbour-bridge-closure', 'story: ferry-timetable'));
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.problems.map((p) => [p.file, p.line, p.column, p.code])).toEqual([[`${content}/claims/repair-cost-figure.md`, 3, 1, 'story-mismatch']]);
    expect(result.problems[0]!.message).toBe(
      'story: claim "repair-cost-figure" belongs to the story "ferry-timetable", but no article of that story mentions it; the articles that do belong to "harbour-bridge-closure". Its story\'s page would count it with no article that makes it. Set story to "harbour-bridge-closure", or mention the claim in an article of "ferry-timetable".',
    );
    // Its story by an old id is reported as such, and not again as another story.
    writeFileSync(claim, readFileSync(claim, 'utf8').replace('story: ferry-timetable', 'story: bridge-closure'));
    expect((await checkContent({ root, contentDir: content, cacheDir: false })).problems.map((p) => p.code)).toEqual(['unknown-reference']);
    // One article of its own story is enough, beside articles of another.
    writeFileSync(claim, readFileSync(claim, 'utf8').replace('story: bridge-closure', 'story: ferry-timetable'));
    const article = path.join(abs, 'articles/gazette-bridge-closed.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('story: harbour-bridge-closure', 'story: ferry-timetable'));
    expect((await checkContent({ root, contentDir: content, cacheDir: false })).problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.code])).toEqual([]);
  });

  it('gives a notice, not a problem, for a copy an editor or a merge left beside a record, and ignores the files Windows writes in a folder', async () => {
    const { content, cacheDir } = copyOfGood();
    const articles = path.join(root, content, 'articles');
    const record = 'gazette-bridge-closed.md';
    for (const copy of [`${record}~`, `#${record}#`, `${record}.bak`, `${record}.orig`, `${record}.~1~`]) cpSync(path.join(articles, record), path.join(articles, copy));
    writeFileSync(path.join(articles, 'Thumbs.db'), Buffer.from([0, 1, 2]));
    writeFileSync(path.join(articles, 'desktop.ini'), '[.ShellClassInfo]\n');
    // A copy of no record may be the record itself, saved under another name: it is still a problem.
    cpSync(path.join(articles, record), path.join(articles, 'reopening.md.bak'));
    const result = await checkContent({ root, contentDir: content, cacheDir });
    expect(result.problems.map((p) => `${p.file.slice(content.length)} ${p.code}`)).toEqual(['/articles/reopening.md.bak unread-file']);
    expect(result.notices.map((p) => `${p.file.slice(content.length)} ${p.code}`)).toEqual(
      [`#${record}#`, `${record}.bak`, `${record}.orig`, `${record}.~1~`, `${record}~`].map((copy) => `/articles/${copy} backup-file`),
    );
    expect(result.notices[0]!.message).toBe(`This is a copy of ${content}/articles/${record} that an editor or a merge left behind (a backup, an autosave, or what a merge could not apply), which the site does not read: the record is ${content}/articles/${record}. Delete this copy, or move it out of content/, once you no longer need it.`);
  });

  it('reads a collection that is a link to a folder elsewhere', async () => {
    const { content, dir } = copyOfGood();
    const abs = path.join(root, content);
    renameSync(path.join(abs, 'claims'), path.join(dir, 'claims-elsewhere'));
    symlinkSync(path.join(dir, 'claims-elsewhere'), path.join(abs, 'claims'));
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(formatProblems(result.problems)).toBe('');
    expect(result.files).toBe(22);
  });

  it("names a renamed record's current id when a reference or a mention uses an old one, and does not call the claim unmentioned", async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    // mayor-safety-first is renamed, with its old id in its aliases; two articles still mention it by the old id.
    const claim = readFileSync(path.join(abs, 'claims/mayor-safety-first.md'), 'utf8');
    rmSync(path.join(abs, 'claims/mayor-safety-first.md'));
    writeFileSync(path.join(abs, 'claims/safety-before-reopening.md'), claim.replace('\n---\n', '\naliases:\n  - mayor-safety-first\n---\n'));
    // The story's old id is bridge-closure (in its aliases).
    const article = path.join(abs, 'articles/wire-bridge-closed.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('story: harbour-bridge-closure', 'story: bridge-closure'));
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.line, p.column, p.code])).toEqual([
      ['articles/gazette-bridge-closed.md', 28, 4, 'unknown-claim'],
      ['articles/wire-bridge-closed.md', 7, 1, 'unknown-reference'],
      ['articles/wire-bridge-closed.md', 19, 4, 'unknown-claim'],
    ]);
    expect(result.problems[0]!.message).toContain('"mayor-safety-first" is an old id of the claim "safety-before-reopening", which lists it in aliases');
    expect(result.problems[0]!.message).toContain('Write the current id, #safety-before-reopening.');
    expect(result.problems[1]!.message).toContain('"bridge-closure" is an old id of the story "harbour-bridge-closure", which lists it in aliases');
  });

  it('says that a reference names a record of another collection, when it does: an outlet as a quote\'s speaker, a claim as a story', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    const claim = path.join(abs, 'claims/mayor-safety-first.md');
    writeFileSync(claim, readFileSync(claim, 'utf8').replace(/^speaker: .*$/m, 'speaker: harbour-gazette'));
    const article = path.join(abs, 'articles/wire-bridge-closed.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^story: .*$/m, 'story: bridge-is-safe'));
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.code, p.message])).toEqual([
      ['articles/wire-bridge-closed.md', 'unknown-reference', `story: there is no story "bridge-is-safe" (no file ${content}/stories/bridge-is-safe.md). "bridge-is-safe" is a claim's id (${content}/claims/bridge-is-safe.md), but the field story takes a story's. Check the spelling, or add the story first.`],
      ['claims/mayor-safety-first.md', 'unknown-reference', `speaker: there is no entity "harbour-gazette" (no file ${content}/entities/harbour-gazette.yaml). "harbour-gazette" is an outlet's id (${content}/outlets/harbour-gazette.yaml), but the field speaker takes an entity's. Check the spelling, or add the entity first.`],
    ]);
  });

  it('never suggests, for a reference that names no record, the record that holds it, and says to remove one that may be left out: its original withdrawn, a copy\'s via is not its own id', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    const copy = path.join(abs, 'articles/wire-bridge-closed.md');
    writeFileSync(copy, readFileSync(copy, 'utf8').replace(/^via: .*$/m, 'via: wire-bridge'));
    const claim = path.join(abs, 'claims/bridge-is-safe.md');
    writeFileSync(claim, readFileSync(claim, 'utf8').replace('  - bridge-unsafe-report', '  - bridge-is-safe-now'));
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.code, p.message])).toEqual([
      ['articles/wire-bridge-closed.md', 'unknown-reference', `via: there is no article "wire-bridge" (no file ${content}/articles/wire-bridge.md). Check the spelling, or add the article first. If it was deleted on purpose, remove "wire-bridge" from via.`],
      ['claims/bridge-is-safe.md', 'unknown-reference', `contradicts (item 1): there is no claim "bridge-is-safe-now" (no file ${content}/claims/bridge-is-safe-now.md). Check the spelling, or add the claim first. If it was deleted on purpose, remove "bridge-is-safe-now" from contradicts.`],
    ]);
  });

  it('says that a reference no file can be named (an outlet\'s name, an accent) is not an id, and suggests the id it would be, or says how to add the record', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    const article = path.join(abs, 'articles/wire-bridge-closed.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^outlet: .*$/m, 'outlet: Coastal Wire'));
    const claim = path.join(abs, 'claims/mayor-safety-first.md');
    writeFileSync(claim, readFileSync(claim, 'utf8').replace(/^speaker: .*$/m, 'speaker: Über-Rat'));
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.code, p.message])).toEqual([
      ['articles/wire-bridge-closed.md', 'unknown-reference', 'outlet: there is no outlet "Coastal Wire", nor can there be: an id is lowercase ASCII letters and digits in words joined by hyphens. Did you mean "coastal-wire"?'],
      ['claims/mayor-safety-first.md', 'unknown-reference', `speaker: there is no entity "Über-Rat", nor can there be: an id is lowercase ASCII letters and digits in words joined by hyphens. Write the id of an existing entity, or add the entity first as ${content}/entities/uber-rat.yaml and write uber-rat here.`],
    ]);
  });

  it('names the look-alike letter or the no-break space that makes a reference no id, which the message shows as the id it passes for', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    const article = path.join(abs, 'articles/wire-bridge-closed.md');
    const outlet = /^outlet: (.*)$/m.exec(readFileSync(article, 'utf8'))![1]!;
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^outlet: .*$/m, `outlet: ${outlet.replace('a', '\u0430')}`));
    const claim = path.join(abs, 'claims/mayor-safety-first.md');
    const speaker = /^speaker: (.*)$/m.exec(readFileSync(claim, 'utf8'))![1]!;
    writeFileSync(claim, readFileSync(claim, 'utf8').replace(/^speaker: .*$/m, `speaker: ${speaker.slice(0, 2)}\u00A0${speaker.slice(2)}`));
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.code, /It holds .*/.exec(p.message)?.[0]])).toEqual([
      ['articles/wire-bridge-closed.md', 'unknown-reference', `It holds the Cyrillic letter "а" (U+0430) after "${outlet.slice(0, outlet.indexOf('a'))}", drawn like the Latin "a": type it again as that letter. Did you mean "${outlet}"?`],
      ['claims/mayor-safety-first.md', 'unknown-reference', `It holds a no-break space (U+00A0) after "${speaker.slice(0, 2)}", which shows as a space: delete it. Did you mean "${speaker}"?`],
    ]);
  });

  it("gives a notice for an outlet's owner written as another outlet's id (read as that outlet), and none for it written as that outlet's name", async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    const chronicle = path.join(abs, 'outlets/city-chronicle.yaml');
    writeFileSync(chronicle, `${readFileSync(chronicle, 'utf8')}owner: harbour-gazette\n`);
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.notices.map((p) => [p.file.split('/').slice(-2).join('/'), p.line, p.column, p.code, p.message])).toEqual([
      [
        'outlets/city-chronicle.yaml',
        4,
        1,
        'owner-id',
        `owner: "harbour-gazette" is the id of the outlet "Harbour Gazette" (${content}/outlets/harbour-gazette.yaml). It is read as that outlet, so the two count as one source, but the outlet's page and the open data show the owner as written. Write owner: Harbour Gazette.`,
      ],
    ]);
    // A notice: the content passes.
    expect(result.problems.filter((p) => !result.notices.includes(p))).toEqual([]);
    writeFileSync(chronicle, readFileSync(chronicle, 'utf8').replace('owner: harbour-gazette', 'owner: Harbour Gazette'));
    expect((await checkContent({ root, contentDir: content, cacheDir: false })).problems).toEqual([]);
    // An owner that is some outlet's name as well as another's id is that outlet's name.
    writeFileSync(chronicle, readFileSync(chronicle, 'utf8').replace('owner: Harbour Gazette', 'owner: coastal-wire'));
    const gazette = path.join(abs, 'outlets/harbour-gazette.yaml');
    writeFileSync(gazette, readFileSync(gazette, 'utf8').replace('name: Harbour Gazette', 'name: Coastal-Wire'));
    expect((await checkContent({ root, contentDir: content, cacheDir: false })).problems).toEqual([]);
  });

  it('reports a record saved in another collection\'s folder once: an article in claims/ is not also a claim no article mentions, an outlet in entities/ not each of its fields', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    writeFileSync(path.join(abs, 'claims/wire-copy.md'), readFileSync(path.join(abs, 'articles/wire-bridge-closed.md'), 'utf8'));
    writeFileSync(path.join(abs, 'entities/gazette-copy.yaml'), readFileSync(path.join(abs, 'outlets/harbour-gazette.yaml'), 'utf8'));
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.line, p.column, p.code, /Move it to (\S+?)(?:, its fields.*)?\.$/.exec(p.message)?.[1]])).toEqual([
      ['claims/wire-copy.md', 1, 1, 'wrong-collection', `${content}/articles/wire-copy.md`],
      ['entities/gazette-copy.yaml', 1, 1, 'wrong-collection', `${content}/outlets/gazette-copy.yaml`],
    ]);
  });

  it('takes a record’s own id as its first alias, before others (a record renamed back to its first id), and refuses it anywhere else', async () => {
    const { content } = copyOfGood();
    const file = path.join(root, content, 'claims/reopening-in-march.md');
    const original = readFileSync(file, 'utf8');
    expect(original).toContain('aliases:\n  - reopening-in-spring\n');
    const withAliases = async (aliases: string[]) => {
      writeFileSync(file, original.replace('aliases:\n  - reopening-in-spring\n', `aliases:\n${aliases.map((a) => `  - ${a}\n`).join('')}`));
      const result = await checkContent({ root, contentDir: content, cacheDir: false });
      // The message up to its first colon, or without its full stop.
      return result.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message.slice(0, p.message.indexOf(':'))}`);
    };
    // First published as reopening-in-march, renamed reopening-in-spring, then back.
    const own = 'alias-collision Alias "reopening-in-march" is this claim\'s own id. Remove it';
    const twice = 'alias-collision Alias "reopening-in-march" is listed twice. Remove one of them';
    expect(await withAliases(['reopening-in-march', 'reopening-in-spring'])).toEqual([]);
    expect(await withAliases(['reopening-in-spring', 'reopening-in-march'])).toEqual([`10:5 ${own}`]);
    expect(await withAliases(['reopening-in-march'])).toEqual([`9:5 ${own}`]);
    // Its own id listed again is reported as listed twice, not as its own id a second time.
    expect(await withAliases(['reopening-in-march', 'reopening-in-spring', 'reopening-in-march'])).toEqual([`9:5 ${own}`, `11:5 ${twice}`]);
    expect(await withAliases(['reopening-in-march', 'reopening-in-march'])).toEqual([`9:5 ${own}`, `10:5 ${twice}`]);
    writeFileSync(file, original);
    const article = path.join(root, content, 'articles/wire-bridge-closed.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^kind: /m, 'aliases: [wire-bridge-closed]\nkind: '));
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.problems.map((p) => p.message)).toEqual([
      'Alias "wire-bridge-closed" is this article\'s own id. Remove it: aliases are the ids it was published under before. (An article renamed back to the id it was first published under lists that id first, before the ids it had since, so that the feeds keep its entries.)',
    ]);
  });

  it('reports an article recorded twice, at the address of the later file, and tells apart the posts of a live page by #', async () => {
    const { content } = copyOfGood();
    const abs = path.join(root, content);
    const wire = readFileSync(path.join(abs, 'articles/wire-bridge-closed.md'), 'utf8');
    const address = 'https://coastal-wire.example.org/stories/bridge-closed?ref=gazette&lang=en';
    expect(wire).toContain(`url: ${address}\r\n`);
    // The same address, its host in capitals and with its default port: the same article.
    writeFileSync(path.join(abs, 'articles/zz-wire-again.md'), wire.replace(`url: ${address}`, 'url: https://COASTAL-WIRE.example.org:443/stories/bridge-closed?ref=gazette&lang=en'));
    // A post of a live page (#…) and another path are other articles.
    writeFileSync(path.join(abs, 'articles/wire-live-post.md'), wire.replace(`url: ${address}`, `url: ${address}#post-2`));
    writeFileSync(path.join(abs, 'articles/wire-other.md'), wire.replace(`url: ${address}`, 'url: https://coastal-wire.example.org/stories/Bridge-Closed?ref=gazette&lang=en'));
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    expect(result.problems.map((p) => [p.file, p.line, p.column, p.code])).toEqual([[`${content}/articles/zz-wire-again.md`, 4, 1, 'duplicate-article']]);
    expect(result.problems[0]!.message).toContain(`is also the address of ${content}/articles/wire-bridge-closed.md (line 4, written "${address}")`);
  });

  it('gives the same facts and problems on worker threads as on one thread', async () => {
    const { content } = copyOfGood();
    const file = path.join(root, content, 'articles/gazette-bridge-closed.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: report', 'kind: news'));
    const one = await checkContent({ root, contentDir: content, cacheDir: false, workers: 0 });
    const two = await checkContent({ root, contentDir: content, cacheDir: false, workers: 2 });
    expect(two.facts).toEqual(one.facts);
    expect(two.problems).toEqual(one.problems);
    expect(one.problems.map((p) => p.code)).toEqual(['bad-value']);
  });
});

describe('the seed records in content/, against the archived articles in ../shared/seeds', { timeout: 60_000 }, () => {
  const seeds = path.resolve(root, '../shared/seeds');
  it('has every mention span occur in its archived article', async () => {
    const result = await checkContent({ root, contentDir: 'content', cacheDir: false, archiveDir: seeds });
    const articlesWithArchive = result.facts.filter((f) => f.collection === 'articles' && f.archive);
    expect(articlesWithArchive.length, 'no article in content/ names its archived text').toBeGreaterThan(0);
    // Every article that names an archive was verified, and so was every one of its spans.
    expect(result.quotes.articles).toBe(articlesWithArchive.length);
    expect(result.quotes.spans).toBe(articlesWithArchive.reduce((n, f) => n + f.mentions.length, 0));
    expect(formatProblems(result.problems.filter((p) => p.code === 'span-not-in-archive'))).toBe('');
  });

  it('reads an archived article saved as Markdown as its readers see it: a span may run across a link or emphasis', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    temps.push(copy);
    cpSync(path.join(root, 'content'), path.join(copy, 'content'), { recursive: true });
    const file = path.join(copy, 'content/articles/anthropic-sorta-calls-for-pause-on-ai-development.md');
    const record = readFileSync(file, 'utf8');
    // In seed 004, "open letter" is a link: [open letter](https://futureoflife.org/…).
    const across = record.replace('published an open letter :claim[calling on', ':claim[published an open letter calling on');
    expect(across).not.toBe(record);
    writeFileSync(file, across);
    const result = await checkContent({ root: copy, contentDir: 'content', cacheDir: false, archiveDir: seeds });
    expect(formatProblems(result.problems)).toBe('');
    // And a changed word is still reported, with where the span parts from the text.
    writeFileSync(file, across.replace(':claim[published an open letter calling on', ':claim[published an open plea calling on'));
    const changed = await checkContent({ root: copy, contentDir: 'content', cacheDir: false, archiveDir: seeds });
    expect(changed.problems.map((p) => p.code)).toEqual(['span-not-in-archive']);
    expect(changed.problems[0]!.message).toContain('The archive agrees as far as "published an open" (its line 12), then reads "letter calling on');
  });

  it('reads an archived text copied from a PDF with its words divided at line breaks: "devel-\\nopment" is "development"', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    temps.push(copy);
    cpSync(seeds, path.join(copy, 'archive'), { recursive: true });
    const archived = path.join(copy, 'archive/000_fc106d809b65f5f9.txt');
    const text = readFileSync(archived, 'utf8');
    const divided = text.replace('to slow or suspend the development of frontier AI', 'to slow or sus-\npend the devel-\n  opment of frontier AI');
    expect(divided).not.toBe(text);
    writeFileSync(archived, divided);
    const result = await checkContent({ root, contentDir: 'content', cacheDir: false, archiveDir: path.join(copy, 'archive') });
    expect(formatProblems(result.problems)).toBe('');
    // A word changed as well is still reported.
    writeFileSync(archived, divided.replace('devel-\n  opment of frontier', 'devel-\n  opment of advanced'));
    const changed = await checkContent({ root, contentDir: 'content', cacheDir: false, archiveDir: path.join(copy, 'archive') });
    expect(changed.problems.map((p) => p.code)).toEqual(['span-not-in-archive']);
  });

  it('would notice a span that is not in its archived article', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    temps.push(copy);
    cpSync(path.join(root, 'content'), path.join(copy, 'content'), { recursive: true });
    const article = (await checkContent({ root: copy, contentDir: 'content', cacheDir: false, archiveDir: seeds })).facts.find(
      (f) => f.collection === 'articles' && f.archive && f.mentions.length > 0,
    )!;
    const file = path.join(copy, article.file);
    // Add two words at the end of the first span, found by its place.
    const { line, column } = article.mentions[0]!;
    const lines = readFileSync(file, 'utf8').split('\n');
    const close = lines[line - 1]!.indexOf(']{', column - 1);
    lines[line - 1] = `${lines[line - 1]!.slice(0, close)} and more${lines[line - 1]!.slice(close)}`;
    writeFileSync(file, lines.join('\n'));
    const result = await checkContent({ root: copy, contentDir: 'content', cacheDir: false, archiveDir: seeds });
    expect(result.problems.filter((p) => p.code === 'span-not-in-archive').map((p) => [p.file, p.line, p.column])).toEqual([
      [article.file, article.mentions[0]!.line, article.mentions[0]!.column],
    ]);
  });
});
