/**
 * Incremental builds (issue 7, point 4): after articles are added, edited and deleted, a build
 * renders only the pages that show something of them, and publishes exactly, byte for byte, the
 * site that a full build of the same content publishes. The change summary printed after each
 * build is checked on the way.
 *
 * A small synthetic corpus is built round after round in one content folder ("live"); after each
 * round the same content is copied to a second folder and built from scratch with `--force`
 * ("cold"), and every file of the two sites is compared.
 */
import { appendFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { changesFile, readExport, readSlice, sliceOf, type ChangeSummary, type ExportSlice } from '../../scripts/lib/changes.ts';
import { currentDir, readState, spareDir, stateRoot } from '../../scripts/lib/fast/state.ts';
import { generateCorpus, writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { checkContent } from '../../src/check/index.ts';
import { EVIDENCE_PER_PAGE } from '../../src/lib/sub-pages.ts';
import type { OpenData } from '../../src/open-data/schema.ts';
import { listFiles, projectRoot, runBuild, type BuildResult } from '../support/build.ts';

const base = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/incremental');
const live = path.join(base, 'live/content');
const liveOut = path.join(base, 'live/dist');
const cold = path.join(base, 'cold/content');
const coldOut = path.join(base, 'cold/dist');

// Six stories of five articles: a change to one story leaves most of the site as it was.
const corpus = generateCorpus({ articles: 30, articlesPerStory: 5, seed: 7 });
const ids = (folder: string) => [...corpus.files.keys()].filter((f) => f.startsWith(`${folder}/`)).map((f) => path.basename(f).replace(/\.\w+$/, '')).sort();
const stories = ids('stories');
const outlets = ids('outlets');
const claimsOf = (story: string) =>
  [...corpus.files].filter(([file, text]) => file.startsWith('claims/') && text.includes(`\nstory: ${story}\n`)).map(([file]) => path.basename(file, '.md')).sort();
const articlesOf = (story: string) =>
  [...corpus.files].filter(([file, text]) => file.startsWith('articles/') && text.includes(`\nstory: ${story}\n`)).map(([file]) => path.basename(file, '.md')).sort();

/** Small search-index parts, so that a rebuild reuses some and indexes others again. */
const env = { CROSSCHECK_SEARCH_PART_PAGES: '20' };

function build(content: string, outDir: string, args: string[] = []): BuildResult {
  const result = runBuild({ content, outDir, args, env });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result;
}

/** The pages Astro rendered (those it reused are not listed). */
function rendered(result: BuildResult): string[] {
  // Astro colours its log even without a terminal.
  const plain = result.stdout.replace(/\x1b\[[0-9;]*m/g, '');
  return [...plain.matchAll(/[├└]─ (\S+)/g)].map((m) => m[1]!);
}

/** "Rendered 14 of 120 pages": [14, 120]. */
function renderCount(result: BuildResult): [number, number] {
  const m = /Rendered ([\d,]+) of ([\d,]+) pages \(incremental/.exec(result.stdout);
  expect(m, result.stdout).not.toBeNull();
  return [Number(m![1]!.replace(/,/g, '')), Number(m![2]!.replace(/,/g, ''))];
}

/**
 * Builds the live content incrementally and the same content from scratch, and compares every
 * file. The previous site must come out untouched (the new one is made of hard links to its
 * files): every file of it is linked aside first, with its bytes, and checked after.
 */
/** `watch`, when given, is called just before the incremental build, and what it returns just after it. */
function buildBoth(watch?: () => (result: BuildResult) => void): BuildResult {
  const witness = path.join(base, 'witness');
  rmSync(witness, { recursive: true, force: true });
  const previous = new Map<string, Buffer>();
  for (const file of listFiles(liveOut)) {
    mkdirSync(path.dirname(path.join(witness, file)), { recursive: true });
    linkSync(path.join(liveOut, file), path.join(witness, file));
    previous.set(file, readFileSync(path.join(witness, file)));
  }
  const watched = watch?.();
  rmSync(changesCopy, { force: true });
  const incremental = build(live, liveOut, ['--changes', changesCopy]);
  watched?.(incremental);
  // Only the content changed: the pages are rendered by the previous build's compiled site, without Astro.
  expect(incremental.stdout).toMatch(/fast rebuild, (?:1 content file|[1-9]\d+ content files|[2-9] content files) read again/);
  const written = [...previous].filter(([file, bytes]) => !readFileSync(path.join(witness, file)).equals(bytes)).map(([file]) => file);
  expect(written, 'files of the previous site written through a link').toEqual([]);
  rmSync(witness, { recursive: true, force: true });
  rmSync(path.dirname(cold), { recursive: true, force: true });
  cpSync(live, cold, { recursive: true });
  build(cold, coldOut, ['--force']);
  const files = listFiles(liveOut);
  expect(files).toEqual(listFiles(coldOut));
  expect(folders(liveOut)).toEqual(folders(coldOut));
  const different = files.filter((f) => !readFileSync(path.join(liveOut, f)).equals(readFileSync(path.join(coldOut, f))));
  expect(different, 'files that differ from a full build').toEqual([]);
  return incremental;
}

/** Every folder under `dir`, empty ones included, relative to it. */
function folders(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function article(slug: string, story: string, outlet: string, mentions: string[]): void {
  writeFileSync(
    path.join(live, 'articles', `${slug}.md`),
    [
      '---',
      `headline: "An added article: ${slug}"`,
      `outlet: ${outlet}`,
      `url: https://example.org/news/${slug}`,
      // 8 pm in California on 1 March (2 March in UTC): the fast rebuild, which reads this
      // file itself, must keep its offset as Astro's glob() does in the full build.
      "published: '2026-03-01T20:00:00-07:00' # the outlet's own time",
      `story: ${story}`,
      'summary: "An article added by the incremental build test."',
      'kind: report',
      'added: 2026-03-02T09:00:00+01:00',
      '---',
      '',
      ...mentions.map((m) => `> ${m}\n`),
    ].join('\n'),
  );
}

/** Whether the live content passes the checks (so a deletion leaves no dangling reference). */
async function valid(): Promise<boolean> {
  const { problems } = await checkContent({ root: projectRoot, contentDir: path.relative(projectRoot, live), cacheDir: false });
  return problems.length === 0;
}

/**
 * The state of the last build keeps the slice of the export it published, for the very file
 * (scripts/lib/changes.ts): the next change summary reads it instead of the export.
 */
function expectSliceKept(): void {
  const state = currentDir(stateRoot(projectRoot, liveOut, live));
  const keptFile = path.join(state, 'export-slice.json');
  const text = readFileSync(keptFile, 'utf8');
  const kept = JSON.parse(text) as { export: string; slice: ExportSlice };
  expect(kept.slice).toEqual(sliceOf(readExport(liveOut)!));
  // It is the one read for the published export: a slice planted in its place is what comes back.
  try {
    writeFileSync(keptFile, JSON.stringify({ ...kept, slice: { ...kept.slice, articles: [] } }));
    expect(readSlice(liveOut, state)!.articles).toEqual([]);
  } finally {
    writeFileSync(keptFile, text);
  }
}

/** Where the incremental builds also write their change summary (`--changes`). */
const changesCopy = path.join(base, 'changes.json');

/** The change summary of the last incremental build, from the project's cache, the same as the copy `--changes` asked for. */
function readChanges(): ChangeSummary {
  const summary = readFileSync(changesFile(projectRoot, liveOut), 'utf8');
  expect(readFileSync(changesCopy, 'utf8')).toBe(summary);
  return JSON.parse(summary) as ChangeSummary;
}

beforeAll(() => {
  rmSync(base, { recursive: true, force: true });
  writeCorpus(live, corpus);
  // From scratch: Astro's cache may hold pages of an earlier run of these tests.
  const first = build(live, liveOut, ['--force']);
  expect(first.stdout).toMatch(/Rendered [\d,]+ pages \(full build\)/);
  // Astro's own count ("145 page(s) built in 2.80s") is not printed beside it: it counted the pages and not the feeds, so it contradicted it.
  expect(first.stdout).not.toContain('page(s) built');
  expect(first.stdout).toContain('Changes: no previous site to compare with.');
});

describe('incremental builds', () => {
  it('compile none of the content into the site\'s code: it reads Astro\'s store from its file (src/integrations/content-store.ts)', () => {
    const stateDir = stateRoot(projectRoot, liveOut, live);
    const state = readState(currentDir(stateDir));
    expect(state, 'the full build kept its compiled site').toBeDefined();
    const chunks = path.join(stateDir, state!.bundle, 'chunks');
    const store = readdirSync(chunks).filter((f) => f.startsWith('_astro_data-layer-content'));
    expect(store).toHaveLength(1);
    const code = readFileSync(path.join(chunks, store[0]!), 'utf8');
    expect(code).toMatch(/readFileSync\("[^"]*data-store\.json"/);
    // Not a record of the corpus in it: Astro's own module has every one, rendered bodies included.
    const headline = /^headline: "?(.+?)"?$/m.exec(corpus.files.get(`articles/${articlesOf(stories[0]!)[0]}.md`)!)![1]!;
    expect(code).not.toContain(headline);
    expect(code.length).toBeLessThan(1000);
    // The store holds what the site reads of each record (src/loaders/checked-glob.ts): no Markdown source, no second frontmatter.
    const data = readFileSync(/readFileSync\("([^"]*data-store\.json)"/.exec(code)![1]!, 'utf8');
    expect(data).toContain(headline);
    expect(data).toContain('"mentions"');
    expect(data).not.toContain(':claim[');
    expect(data).not.toMatch(/"(body|headings|localImagePaths)"/);
  });

  it('leave, after a full build into an empty folder, a spare made of links to the site it published, and keep the export\'s slice the change summary reads', () => {
    // That build replaced no site that could be the next rebuild's spare: it made one (scripts/build.ts: prepareSpare).
    const stateDir = stateRoot(projectRoot, liveOut, live);
    const spare = spareDir(stateDir);
    const pages = listFiles(liveOut).filter((f) => !f.startsWith('pagefind'));
    expect(pages.length).toBeGreaterThan(100);
    const unlinked = pages.filter((f) => statSync(path.join(spare, f), { throwIfNoEntry: false })?.ino !== statSync(path.join(liveOut, f)).ino);
    expect(unlinked, 'files of the site the spare does not link').toEqual([]);
    expect(readdirSync(stateDir).filter((name) => name.startsWith('spare-')), 'the spare being prepared, left behind').toEqual([]);
    expectSliceKept();
  });

  it('render no page of an unchanged corpus again, and change nothing', () => {
    const before = Object.fromEntries(listFiles(liveOut).map((f) => [f, readFileSync(path.join(liveOut, f)).toString('base64')]));
    const again = build(live, liveOut);
    const [count, total] = renderCount(again);
    // The pages it lists are those it counts (it listed the open-data export, which it does not count, as one more).
    expect(rendered(again)).toHaveLength(count);
    // Only the pages of routes without getStaticPaths (indexes, feeds, data, search, 404) are rendered.
    expect(rendered(again).filter((p) => /^\/(articles|claims|stories|outlets|entities|previews)\/[^/]+\//.test(p))).toEqual([]);
    expect(count).toBeLessThan(20);
    expect(total).toBeGreaterThan(100);
    expect(Object.fromEntries(listFiles(liveOut).map((f) => [f, readFileSync(path.join(liveOut, f)).toString('base64')]))).toEqual(before);
    expect(again.stdout).toContain('Preview images: 0 published.');
    expect(again.stdout).toContain('Changes: none since the previous site of the kinds the summary lists (no article, claim, outlet, story or entity new, removed or renamed; no headline, date, statement, verdict, name, title or owner changed; no article or claim moved to another outlet or story; no evidence added, edited or taken out; no change of status; no contradiction new or ended).');
    expect(again.stdout).toContain('fast rebuild, 0 content files read again');
  });

  it('after an article is added, one edited and one deleted, render only what they affect, as a full build would', async () => {
    const [story, other, untouched] = [stories[0]!, stories[1]!, stories.at(-1)!];
    const [disputed, asserted] = claimsOf(story);
    // Its verdict, and its story, dated at 8 and 9 pm in California on 1 March (2 March in UTC):
    // the fast rebuild, which reads these files itself, must keep the offsets as glob() does.
    writeFileSync(
      path.join(live, 'claims', 'added-claim.md'),
      `---\nstatement: "A claim only the added article makes."\nstory: ${story}\nkind: fact\ncontradicts:\n  - ${asserted}\nverdict:\n  rating: mixed\n  summary: "Partly so."\n  date: 2026-03-01T20:00:00-07:00\n---\n`,
    );
    const storyFile = path.join(live, 'stories', `${story}.md`);
    writeFileSync(storyFile, readFileSync(storyFile, 'utf8').replace(/^date: .*\n/m, '').replace(/^---\n/, '---\ndate: 2026-03-01T21:00:00-07:00\n'));
    article('added-article', story, outlets[0]!, [
      `Officials :claim[deny it outright]{#${disputed} stance=disputes}.`,
      `It also :claim[says something new]{#added-claim}.`,
    ]);
    // A file whose name starts with a dot is no record (glob() and the checks ignore it): a hidden
    // copy of the article, as macOS leaves beside a file (`._name`) on other file systems.
    cpSync(path.join(live, 'articles', 'added-article.md'), path.join(live, 'articles', '._added-article.md'));
    const edited = articlesOf(other)[0]!;
    const editedFile = path.join(live, 'articles', `${edited}.md`);
    writeFileSync(editedFile, readFileSync(editedFile, 'utf8').replace(/^headline: .*$/m, 'headline: "A headline the editor corrected"'));
    let deleted: string | undefined;
    for (const slug of articlesOf(other).slice(1)) {
      const file = path.join(live, 'articles', `${slug}.md`);
      const text = readFileSync(file, 'utf8');
      rmSync(file);
      if (await valid()) {
        deleted = slug;
        break;
      }
      writeFileSync(file, text);
    }
    expect(deleted, 'an article of the story that can be deleted').toBeDefined();

    const result = buildBoth();
    const [count, total] = renderCount(result);
    expect(count).toBeLessThan(total / 2);
    // The search index is indexed again only in the parts that hold the pages of the changed stories.
    const parts = /in (\d+) parts? \((\d+) indexed again, (\d+) unchanged\)/.exec(result.stdout);
    expect(parts, result.stdout).not.toBeNull();
    expect(Number(parts![3])).toBeGreaterThan(0);
    const pages = rendered(result);
    expect(pages).toContain('/articles/added-article/index.html');
    expect(pages).toContain('/claims/added-claim/index.html');
    expect(pages).toContain(`/claims/${disputed}/index.html`);
    expect(pages).toContain(`/stories/${story}/index.html`);
    expect(pages).toContain(`/articles/${edited}/index.html`);
    expect(pages.filter((p) => articlesOf(untouched).some((slug) => p === `/articles/${slug}/index.html`))).toEqual([]);
    expect(existsSync(path.join(liveOut, 'articles', deleted!))).toBe(false);
    // The preview images of the new claim and of those whose card changed (their story's, the disputed claim's), drawn once.
    expect(existsSync(path.join(liveOut, 'previews/claims/added-claim.png'))).toBe(true);
    const previews = /Preview images: (\d+) published, (\d+|all) of them drawn\./.exec(result.stdout);
    expect(previews, result.stdout).not.toBeNull();
    expect(Number(previews![1])).toBeGreaterThanOrEqual(3);
    expect(Number(previews![1])).toBeLessThan(claimsOf(story).length + 5);

    const changes = readChanges();
    expect(changes.articles.added.map((a) => a.slug)).toEqual(['added-article']);
    expect(changes.articles.removed).toEqual([deleted]);
    expect(changes.claims.added.map((c) => c.id)).toEqual(['added-claim']);
    expect(changes.newEvidence.map((c) => c.claim)).toContain(disputed);
    expect(changes.newContradictions.map((c) => c.claims)).toContainEqual(['added-claim', asserted].sort());
    expect(result.stdout).toContain('1 new article:\n    added-article: An added article: added-article');
    // Its dates as written, in the site the fast rebuild published (the same bytes as the full build's).
    const page = readFileSync(path.join(liveOut, 'articles/added-article/index.html'), 'utf8');
    expect(page).toContain('<dt>Published</dt> <dd><time datetime="2026-03-01">1 March 2026</time></dd>');
    expect(readFileSync(path.join(liveOut, 'feeds/articles.xml'), 'utf8')).toContain('<published>2026-03-01T20:00:00.000-07:00</published>');
    expect(readFileSync(path.join(liveOut, 'stories', story, 'index.html'), 'utf8')).toContain('<time datetime="2026-03-01">1 March 2026</time>');
    const exported = JSON.parse(readFileSync(path.join(liveOut, 'data/crosscheck.json'), 'utf8')) as OpenData;
    expect(exported.stories.find((s) => s.id === story)?.date).toBe('2026-03-01');
    expect(exported.claims.find((c) => c.id === 'added-claim')?.verdict?.date).toBe('2026-03-01');
    // The fast rebuild kept its export's slice too.
    expectSliceKept();
  });

  it('after an outlet and a claim are edited and an article and its claim deleted, publish what a full build would', () => {
    const outletFile = path.join(live, 'outlets', `${outlets[1]}.yaml`);
    writeFileSync(outletFile, readFileSync(outletFile, 'utf8').replace(/^name: .*$/m, 'name: "A renamed outlet"'));
    const claim = claimsOf(stories[1]!)[0]!;
    const claimFile = path.join(live, 'claims', `${claim}.md`);
    writeFileSync(claimFile, readFileSync(claimFile, 'utf8').replace(/^statement: .*$/m, 'statement: "A statement the analyst reworded."'));
    rmSync(path.join(live, 'articles', 'added-article.md'));
    rmSync(path.join(live, 'claims', 'added-claim.md'));
    // The site the last build replaced is kept, and this rebuild makes its folder from it: whatever
    // it holds that the previous site does not (a stray file and folder, a page of other bytes, a
    // file where a folder goes) must not reach the new site.
    const spare = spareDir(stateRoot(projectRoot, liveOut, live));
    expect(existsSync(path.join(spare, 'index.html')), 'the replaced site, kept').toBe(true);
    writeFileSync(path.join(spare, 'stray.txt'), 'not part of any site');
    mkdirSync(path.join(spare, 'stray/deeper'), { recursive: true });
    writeFileSync(path.join(spare, 'stray/deeper/index.html'), '<p>stray</p>');
    const page = path.join(spare, 'articles', articlesOf(stories.at(-1)!)[0]!, 'index.html');
    rmSync(page);
    writeFileSync(page, '<p>a stale page</p>');
    const folder = path.join(spare, 'claims', claimsOf(stories.at(-1)!)[0]!);
    rmSync(folder, { recursive: true });
    writeFileSync(folder, 'a file where a folder goes');

    // A page of the spare that is already a link to the previous site's (neither of the last two
    // builds changed it) is kept as it is, not unlinked and linked again: its inode's change time
    // stays as it was through the build.
    const pagesKept = () => {
      const shared = listFiles(liveOut)
        .filter((f) => f.endsWith('.html') && existsSync(path.join(spare, f)) && statSync(path.join(spare, f)).ino === statSync(path.join(liveOut, f)).ino)
        .map((f) => ({ f, ...statSync(path.join(liveOut, f), { bigint: true }) }));
      expect(shared.length, 'pages the spare shares with the previous site').toBeGreaterThan(10);
      return (result: BuildResult) => {
        const kept = shared.filter(({ f }) => !rendered(result).includes(`/${f}`) && existsSync(path.join(liveOut, f)));
        expect(kept.length).toBeGreaterThan(10);
        for (const { f, ino, ctimeNs } of kept) {
          const now = statSync(path.join(liveOut, f), { bigint: true });
          expect([f, now.ino, now.ctimeNs]).toEqual([f, ino, ctimeNs]);
        }
      };
    };

    const result = buildBoth(pagesKept);
    expect(existsSync(path.join(spare, 'stray.txt')), 'the spare, now the site this build replaced').toBe(false);
    const [count, total] = renderCount(result);
    expect(count).toBeLessThan(total);
    expect(rendered(result)).toContain(`/claims/${claim}/index.html`);
    expect(rendered(result)).toContain(`/outlets/${outlets[1]}/index.html`);
    expect(existsSync(path.join(liveOut, 'previews/claims/added-claim.png'))).toBe(false);
    expect(readdirSync(path.join(liveOut, 'claims'))).not.toContain('added-claim');
    const changes = readChanges();
    expect(changes.articles.removed).toEqual(['added-article']);
    expect(changes.claims.removed).toEqual(['added-claim']);
  });

  it('publish the sub-pages of a story and a claim that outgrow their pages, and their numbered pages, and take them out when they shrink, as a full build would', () => {
    // Eleven more articles in a story of five, each disputing one of its claims five times: the
    // story page shows the first 10 of its 16 articles and links its timeline, the claim page the
    // first 10 disputes and links every mention, on two pages of 50 (src/lib/sub-pages.ts).
    const story = stories[2]!;
    const claim = claimsOf(story)[0]!;
    const grown = Array.from({ length: 11 }, (_, i) => `grown-${i}`);
    const denials = ['deny it outright', 'reject it', 'call it false', 'say it never happened', 'dismiss it'];
    grown.forEach((slug, i) => article(slug, story, outlets[i % outlets.length]!, denials.map((words) => `Officials :claim[${words}]{#${claim} stance=disputes}.`)));
    const timeline = `stories/${story}/timeline/index.html`;
    const evidence = `claims/${claim}/evidence/index.html`;
    const second = `claims/${claim}/evidence/2/index.html`;
    expect([timeline, evidence, second].map((f) => existsSync(path.join(liveOut, f)))).toEqual([false, false, false]);
    const result = buildBoth();
    expect(rendered(result)).toEqual(expect.arrayContaining([`/${timeline}`, `/${evidence}`, `/${second}`]));
    expect(readFileSync(path.join(liveOut, `stories/${story}/index.html`), 'utf8')).toMatch(new RegExp(`<a href="/stories/${story}/timeline/" data-print-href="https?://[^"]+/stories/${story}/timeline/">the full timeline</a>`));
    expect(readFileSync(path.join(liveOut, evidence), 'utf8').match(/<blockquote/g)?.length).toBe(EVIDENCE_PER_PAGE);
    expect(readFileSync(path.join(liveOut, second), 'utf8').match(/<blockquote/g)?.length).toBeGreaterThan(0);
    // Six of them taken out: the claim's mentions fit on one page again, still more than its page quotes.
    for (const slug of grown.slice(5)) rmSync(path.join(live, 'articles', `${slug}.md`));
    // And one edit, so that the rebuild reads a file again, as the other rounds' rebuilds do.
    const edited = path.join(live, 'articles', `${articlesOf(story)[0]!}.md`);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^headline: .*$/m, 'headline: "The story shrank"'));
    buildBoth();
    expect([timeline, evidence, second].map((f) => existsSync(path.join(liveOut, f)))).toEqual([false, true, false]);
    for (const slug of grown.slice(0, 5)) rmSync(path.join(live, 'articles', `${slug}.md`));
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^headline: .*$/m, 'headline: "The story shrank again"'));
    buildBoth();
    expect([timeline, evidence, second].map((f) => existsSync(path.join(liveOut, f)))).toEqual([false, false, false]);
  });

  it('after an outlet corrects a claim it asserted, the correction is dated before it, and taken out, publish what a full build would', () => {
    // A later article of the same outlet disputes a claim one of its articles asserts and asserts a
    // claim declared to contradict it: the sources holding each claim true now (ClaimTally.holding,
    // src/lib/status.ts) change what the claims' pages, their articles' pages and the outlet's show.
    const story = stories[3]!;
    const outletOf = (slug: string) => /^outlet: (.*)$/m.exec(readFileSync(path.join(live, 'articles', `${slug}.md`), 'utf8'))![1]!;
    // Of an identified outlet: each article of an unidentified one counts as a source of its own.
    const earlier = articlesOf(story).find((slug) => !/^unidentified: true/m.test(readFileSync(path.join(live, 'outlets', `${outletOf(slug)}.yaml`), 'utf8')))!;
    const text = readFileSync(path.join(live, 'articles', `${earlier}.md`), 'utf8');
    const outlet = outletOf(earlier);
    const held = /\{#([a-z0-9-]+)\}/.exec(text)![1]!;
    const fileOf = (claim: string) => path.join(live, 'claims', `${claim}.md`);
    const partner = claimsOf(story).find((c) => c !== held && !text.includes(`{#${c}`) && !/^contradicts:/m.test(readFileSync(fileOf(c), 'utf8')))!;
    expect(partner, 'a claim of the story the article does not mention').toBeDefined();
    const partnerText = readFileSync(fileOf(partner), 'utf8');
    writeFileSync(fileOf(partner), partnerText.replace(/^---\n/, `---\ncontradicts: [${held}]\n`));
    article('correction', story, outlet, [`An earlier report said :claim[it was so]{#${held} stance=disputes}.`, `In fact :claim[it was otherwise]{#${partner}}.`]);
    const result = buildBoth();
    expect(rendered(result)).toEqual(expect.arrayContaining([`/claims/${held}/index.html`, `/claims/${partner}/index.html`, `/articles/${earlier}/index.html`, `/outlets/${outlet}/index.html`]));
    // The correction disputes the claim and holds true one declared against it: the page says both.
    expect(readFileSync(path.join(liveOut, 'articles', earlier, 'index.html'), 'utf8')).toContain('Its own source disputed or contradicted, in another article');
    // The correction dated before the article it corrects: no longer a correction.
    const correction = path.join(live, 'articles', 'correction.md');
    writeFileSync(correction, readFileSync(correction, 'utf8').replace(/^published: .*$/m, 'published: 2025-12-01'));
    buildBoth();
    rmSync(correction);
    writeFileSync(fileOf(partner), partnerText);
    buildBoth();
  });

  it('build in full when the code or its settings changed, or the published site is not the one the last build left', () => {
    // Another site address is another compiled site: nothing of the previous build is reused.
    const moved = runBuild({ content: live, outDir: liveOut, env: { ...env, CROSSCHECK_SITE: 'https://elsewhere.example.net' } });
    expect(moved.status, moved.stderr).toBe(0);
    expect(moved.stdout).toContain('Full build: the code, configuration or packages changed since the previous build.');
    expect(readFileSync(path.join(liveOut, 'index.html'), 'utf8')).toContain('https://elsewhere.example.net/');
    // Someone replaced the published site by hand: the next build does not start from it.
    rmSync(liveOut, { recursive: true, force: true });
    cpSync(coldOut, liveOut, { recursive: true });
    const replaced = build(live, liveOut);
    expect(replaced.stdout).toMatch(/Full build: (the code, configuration or packages changed|the site in dist\/ is not the one)/);
    // And the build after it is fast again, with the same result as a full build.
    writeFileSync(path.join(live, 'claims', `${claimsOf(stories[2]!)[0]}.md`), `${readFileSync(path.join(live, 'claims', `${claimsOf(stories[2]!)[0]}.md`), 'utf8')}\nA note the analyst added.\n`);
    buildBoth();
    // The site rebuilt in place by other means (as `astro build` into the same folder would).
    const home = path.join(liveOut, 'index.html');
    const text = readFileSync(home);
    rmSync(home);
    writeFileSync(home, text);
    const rebuiltInPlace = build(live, liveOut);
    expect(rebuiltInPlace.stdout).toContain('Full build: the site in dist/ is not the one the previous build published.');
    // A page and a preview image taken out of the published site by hand, which the next build
    // would reuse: that build renders the page again and publishes the image again.
    const taken = `articles/${articlesOf(stories[0]!)[0]!}/index.html`;
    rmSync(path.join(liveOut, taken));
    const image = `previews/claims/${claimsOf(stories[0]!)[0]!}.png`;
    expect(existsSync(path.join(liveOut, image)), image).toBe(true);
    rmSync(path.join(liveOut, image));
    writeFileSync(path.join(live, 'claims', `${claimsOf(stories[2]!)[0]}.md`), `${readFileSync(path.join(live, 'claims', `${claimsOf(stories[2]!)[0]}.md`), 'utf8')}\nAnother note.\n`);
    const lacking = buildBoth();
    expect(rendered(lacking)).toContain(`/${taken}`);
    expect(existsSync(path.join(liveOut, image))).toBe(true);
  });

  it('take over no file of the published site changed or taken out by hand since: such pages and images are made again, the sitemap and the search index\'s parts too, and a missing asset makes a full build', () => {
    // A page written in place (as `>>` writes), one replaced (as `sed -i` and most editors write),
    // a preview image written in place, and the sitemap taken out: the rebuild would link them.
    const published = listFiles(liveOut);
    const pageOf = (kind: string) => published.filter((file) => file.startsWith(`${kind}/`) && /^\w+\/[^/]+\/index\.html$/.test(file))[1]!;
    const [inPlace, replaced] = [pageOf('articles'), pageOf('claims')];
    const image = published.filter((file) => file.startsWith('previews/claims/'))[2]!;
    appendFileSync(path.join(liveOut, inPlace), '<p>Edited by hand.</p>');
    const text = readFileSync(path.join(liveOut, replaced), 'utf8');
    rmSync(path.join(liveOut, replaced));
    writeFileSync(path.join(liveOut, replaced), text.replace('<h1', '<h1 class="by-hand"'));
    appendFileSync(path.join(liveOut, image), 'Edited by hand.');
    rmSync(path.join(liveOut, 'sitemap-0.xml'));
    // And in the search index, a file of one part written in place, one of another taken out.
    const fragments = published.filter((file) => /^pagefind\/\d+\/fragment\//.test(file));
    const [edited, taken] = [fragments[0]!, fragments.find((file) => file.split('/')[1] !== fragments[0]!.split('/')[1])!];
    expect(taken, 'a search index of two parts or more').toBeDefined();
    appendFileSync(path.join(liveOut, edited), 'Edited by hand.');
    rmSync(path.join(liveOut, taken));
    // The open-data export taken out: the change summary still compares with what the site published (the slice its build kept).
    rmSync(path.join(liveOut, 'data/crosscheck.json'));
    const claimFile = path.join(live, 'claims', `${claimsOf(stories[3]!)[0]}.md`);
    writeFileSync(claimFile, `${readFileSync(claimFile, 'utf8')}\nA third note.\n`);
    const result = buildBoth();
    expect(rendered(result)).toEqual(expect.arrayContaining([`/${inPlace}`, `/${replaced}`]));
    expect(readChanges()).toMatchObject({ compared: true, articles: { added: [], removed: [] }, claims: { added: [], removed: [] } });
    expect(result.stdout).toContain('Changes: none since the previous site of the kinds the summary lists');
    // An asset Astro's build made (the search page's script), taken out: a fast rebuild cannot make it.
    const asset = listFiles(liveOut).find((file) => file.startsWith('_astro/'));
    expect(asset, 'an asset of the site').toBeDefined();
    rmSync(path.join(liveOut, asset!));
    const full = build(live, liveOut);
    expect(full.stdout).toContain(`Full build: the fast rebuild stopped (${asset}, which the previous build published, was taken out of the site or changed since).`);
    expect(existsSync(path.join(liveOut, asset!))).toBe(true);
  });
});
