/**
 * Published addresses that come to show another record (src/check/identity.ts): the registry of
 * published URLs records what each record's address showed, and the checks refuse an address that
 * now shows another record (two ids swapped, an id reused), but not a record edited in place.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { formatRegistry, registryEntries } from '../../../scripts/lib/published-urls.ts';
import { changedAddresses, identityMarks, registryMarks } from '../../../src/check/identity.ts';
import { checkContent, formatProblem } from '../../../src/check/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
afterEach(() => {
  vi.unstubAllEnvs();
});

/**
 * A copy of the good fixture with its registry recorded, marks and all, as `npm run urls` records
 * it: every record's address and every alias's.
 */
async function published() {
  mkdirSync(path.join(root, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(path.join(root, 'node_modules/.cache/identity-test-'));
  temps.push(dir);
  cpSync(path.join(root, 'tests/fixtures/good/content'), path.join(dir, 'content'), { recursive: true });
  const content = path.relative(root, path.join(dir, 'content'));
  const { facts, problems } = await checkContent({ root, contentDir: content, cacheDir: false });
  expect(problems).toEqual([]);
  const paths = ['/', ...facts.flatMap((f) => [f.id, ...f.aliases.map((a) => a.alias)].map((id) => `/${f.collection}/${id}/`))];
  writeFileSync(path.join(dir, 'published-urls.txt'), formatRegistry(paths, registryMarks(paths, facts)));
  const file = (rel: string) => path.join(dir, 'content', rel);
  const printed = async () => {
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    return result.problems.map((p) => formatProblem(p).replaceAll(content, 'content'));
  };
  const noticed = async () => {
    const result = await checkContent({ root, contentDir: content, cacheDir: false });
    return result.notices.map((p) => formatProblem(p).replaceAll(content, 'content'));
  };
  return { dir, file, printed, noticed, edit: (rel: string, from: string | RegExp, to: string) => writeFileSync(file(rel), readFileSync(file(rel), 'utf8').replace(from, to)) };
}

describe('identityMarks', () => {
  it('marks a record by the words of what names it, and an article also by its original address', () => {
    const claim = identityMarks({ collection: 'claims', title: 'The bridge will reopen in March 2027.' });
    expect(claim).toEqual([expect.stringMatching(/^statement:[0-9a-f]{12}$/)]);
    // Case, punctuation and spacing do not count.
    expect(identityMarks({ collection: 'claims', title: '  the Bridge will reopen, in March 2027 ' })).toEqual(claim);
    expect(identityMarks({ collection: 'claims', title: 'The bridge will reopen in April 2027.' })).not.toEqual(claim);
    const article = identityMarks({ collection: 'articles', title: 'Bridge shut', url: { address: 'https://Example.org:443/a#post-2', line: 3, column: 6 } });
    expect(article.map((m) => m.split(':')[0])).toEqual(['headline', 'url']);
    expect(identityMarks({ collection: 'articles', title: 'Bridge shut', url: { address: 'https://example.org/a#post-2', line: 3, column: 6 } })).toEqual(article);
    // Another post of a live page is another article.
    expect(identityMarks({ collection: 'articles', title: 'Bridge shut', url: { address: 'https://example.org/a#post-3', line: 3, column: 6 } })[1]).not.toBe(article[1]);
  });
});

describe('registryMarks', () => {
  it('gives an alias’s address the marks of the record it redirects to, keeps earlier marks, and marks no other page', () => {
    const facts = [{ file: 'content/claims/b.md', collection: 'claims' as const, id: 'b', title: 'B', problems: [], refs: [], aliases: [{ alias: 'a', line: 5, column: 5 }], mentions: [], links: [] }];
    const marks = registryMarks(['/', '/claims/a/', '/claims/b/', '/claims/b/evidence/'], facts, [{ path: '/claims/a/', marks: ['statement:000000000000'] }]);
    const mark = identityMarks(facts[0]!)[0]!;
    expect(Object.fromEntries(marks)).toEqual({ '/claims/a/': ['statement:000000000000', mark], '/claims/b/': [mark] });
    expect(registryEntries(formatRegistry(['/claims/a/', '/'], marks)).map((e) => [e.path, e.marks])).toEqual([
      ['/', []],
      ['/claims/a/', ['statement:000000000000', mark]],
    ]);
  });
});

describe('addresses that now show another record', () => {
  it('passes the published corpus, and a statement or a headline reworded in place', async () => {
    const site = await published();
    expect(await site.printed()).toEqual([]);
    site.edit('claims/repair-cost-figure.md', 'about 14 million kroner', 'some 14 million Norwegian kroner, by the council’s estimate');
    site.edit('articles/gazette-bridge-closed.md', /^headline: .*$/m, 'headline: Harbour Bridge shut until further notice');
    // An article's original address corrected, its headline kept.
    site.edit('articles/chronicle-bridge-safe.md', /^url: .*$/m, 'url: https://city-chronicle.example.org/corrected-address');
    expect(await site.printed()).toEqual([]);
  });

  it('refuses two claims whose files swapped ids, at each file, naming where each claim is now', async () => {
    const site = await published();
    renameSync(site.file('claims/reopening-in-march.md'), site.file('claims/swap.md'));
    renameSync(site.file('claims/repair-cost-figure.md'), site.file('claims/reopening-in-march.md'));
    renameSync(site.file('claims/swap.md'), site.file('claims/repair-cost-figure.md'));
    expect(await site.printed()).toEqual([
      'content/claims/reopening-in-march.md:1:1  /claims/reopening-in-march/ was published for the claim now in content/claims/repair-cost-figure.md ("The bridge will reopen in March 2027."), but this file now takes its id, so a link shared to it would say something else. Give this claim an id of its own (rename the file), and add "reopening-in-march" to the aliases in content/claims/repair-cost-figure.md; if the files were renamed by mistake, rename them back. If the change is intended, record it with npm run urls -- --build. [reused-address]',
      'content/claims/repair-cost-figure.md:1:1  /claims/repair-cost-figure/ was published for the claim now in content/claims/reopening-in-march.md ("The repairs will cost about 14 million kroner."), but this file now takes its id, so a link shared to it would say something else. Give this claim an id of its own (rename the file), and add "repair-cost-figure" to the aliases in content/claims/reopening-in-march.md; if the files were renamed by mistake, rename them back. If the change is intended, record it with npm run urls -- --build. [reused-address]',
    ]);
    // Following the advice keeps every address on what it showed.
    renameSync(site.file('claims/reopening-in-march.md'), site.file('claims/repair-cost.md'));
    site.edit('claims/repair-cost.md', 'kind: figure', 'kind: figure\naliases:\n  - repair-cost-figure');
    renameSync(site.file('claims/repair-cost-figure.md'), site.file('claims/reopening.md'));
    site.edit('claims/reopening.md', '  - reopening-in-spring', '  - reopening-in-spring\n  - reopening-in-march');
    const printed = await site.printed();
    expect(printed.filter((line) => line.endsWith('[reused-address]'))).toEqual([]);
  });

  it('refuses an article slug given to another article, and an article whose address and headline both changed', async () => {
    const site = await published();
    // The Chronicle's article renamed without an alias, and the forum post given its slug.
    renameSync(site.file('articles/chronicle-bridge-safe.md'), site.file('articles/chronicle-safe.md'));
    renameSync(site.file('articles/forum-post-bridge.md'), site.file('articles/chronicle-bridge-safe.md'));
    const printed = (await site.printed()).filter((line) => line.endsWith('[reused-address]'));
    expect(printed).toEqual([
      expect.stringMatching(/^content\/articles\/chronicle-bridge-safe\.md:1:1 {2}\/articles\/chronicle-bridge-safe\/ was published for the article now in content\/articles\/chronicle-safe\.md \(".*"\), but this file now takes its id/),
    ]);

    const other = await published();
    other.edit('articles/gazette-bridge-closed.md', /^headline: .*$/m, 'headline: Ferry timetable changes for the summer');
    other.edit('articles/gazette-bridge-closed.md', /^url: .*$/m, 'url: https://harbour-gazette.example.org/2026/06/01/ferries');
    expect(await other.printed()).toEqual([
      'content/articles/gazette-bridge-closed.md:1:1  /articles/gazette-bridge-closed/ was published for another article: its original address and headline were both different (published-urls.txt records them), so a link shared to it would now show this one. Give this article an id of its own (rename the file). If it is the same article, its address and headline both corrected, record that with npm run urls -- --build. [reused-address]',
    ]);
  });

  it('refuses an alias that sends a record’s old address to another record, at the alias', async () => {
    const site = await published();
    // The alias moved to another claim: /claims/reopening-in-spring/ would show the cost.
    site.edit('claims/reopening-in-march.md', 'aliases:\n  - reopening-in-spring\n', '');
    site.edit('claims/repair-cost-figure.md', 'kind: figure', 'kind: figure\naliases:\n  - reopening-in-spring');
    expect(await site.printed()).toEqual([
      'content/claims/repair-cost-figure.md:6:5  Alias "reopening-in-spring" sends /claims/reopening-in-spring/ here, but that address was published for the claim now in content/claims/reopening-in-march.md ("The bridge will reopen in March 2027."), so a link shared to it would say something else. Move "reopening-in-spring" to the aliases in content/claims/reopening-in-march.md. [reused-address]',
    ]);
  });

  it('refuses a record that takes the id of one removed on purpose, and takes back the removed one', async () => {
    const site = await published();
    const registry = path.join(site.dir, 'published-urls.txt');
    const text = readFileSync(registry, 'utf8');
    const line = text.split('\n').find((l) => l.startsWith('/claims/repair-cost-figure/'))!;
    // The cost claim was removed on purpose (npm run urls -- --build kept its marks), and its id is free.
    writeFileSync(registry, `${text.replace(`${line}\n`, '')}removed ${line}\n`);
    const cost = readFileSync(site.file('claims/repair-cost-figure.md'), 'utf8');
    site.edit('claims/repair-cost-figure.md', /^statement: .*$/m, 'statement: The ferry will run every half hour while the bridge is closed.');
    expect(await site.printed()).toEqual([
      'content/claims/repair-cost-figure.md:1:1  /claims/repair-cost-figure/ was published for another claim, since removed (published-urls.txt lists it as removed), so a link shared to it would now show this one. Give this claim an id of its own (rename the file). If it is the same claim, brought back, record that with npm run urls -- --build. [reused-address]',
    ]);
    writeFileSync(site.file('claims/repair-cost-figure.md'), cost);
    expect(await site.printed()).toEqual([]);
  });

  it('lets an intended change through with CROSSCHECK_ALLOW_REMOVED_URLS=1, and checks no address recorded without marks', async () => {
    const site = await published();
    site.edit('articles/gazette-bridge-closed.md', /^headline: .*$/m, 'headline: Ferry timetable changes for the summer');
    site.edit('articles/gazette-bridge-closed.md', /^url: .*$/m, 'url: https://harbour-gazette.example.org/2026/06/01/ferries');
    vi.stubEnv('CROSSCHECK_ALLOW_REMOVED_URLS', '1');
    expect(await site.printed()).toEqual([]);
    vi.unstubAllEnvs();
    const registry = path.join(site.dir, 'published-urls.txt');
    writeFileSync(registry, readFileSync(registry, 'utf8').replace(/ \S+:[0-9a-f]{12}/g, ''));
    expect(await site.printed()).toEqual([]);
    expect(changedAddresses(registryEntries('/articles/gazette-bridge-closed/\n'), [])).toEqual([]);
  });
});

describe("an outlet's owner written as the name an outlet had when it was published", () => {
  it('gives a notice at the owner naming the outlet by its name now, whether its id changed or not, and none once the owner names it so', async () => {
    const site = await published();
    // The Chronicle was owned by the Gazette from the start; the Gazette is renamed, name and all.
    site.edit('outlets/city-chronicle.yaml', 'country: Norway', 'owner: Harbour Gazette\ncountry: Norway');
    expect(await site.noticed()).toEqual([]);
    site.edit('outlets/harbour-gazette.yaml', 'name: Harbour Gazette', 'name: Harbour Gazette and Mail');
    const notice = (file: string, published: string) =>
      `content/outlets/city-chronicle.yaml:3:1  owner: "Harbour Gazette" is no outlet's name now, but it was the name of the outlet now called "Harbour Gazette and Mail" (content/outlets/${file}) when ${published} was published. Owners are matched by name, so the two now count as two independent sources. If that outlet still owns this one, write owner: Harbour Gazette and Mail. [owner-renamed]`;
    expect(await site.noticed()).toEqual([notice('harbour-gazette.yaml', '/outlets/harbour-gazette/')]);
    expect(await site.printed()).toEqual([]);
    // Its file renamed too, the old id in its aliases (the articles name the new one).
    renameSync(site.file('outlets/harbour-gazette.yaml'), site.file('outlets/gazette-and-mail.yaml'));
    site.edit('outlets/gazette-and-mail.yaml', 'name: Harbour Gazette and Mail', 'name: Harbour Gazette and Mail\naliases: [harbour-gazette]');
    for (const article of ['articles/gazette-bridge-closed.md']) site.edit(article, /^outlet: harbour-gazette$/m, 'outlet: gazette-and-mail');
    expect(await site.printed()).toEqual([]);
    expect(await site.noticed()).toEqual([notice('gazette-and-mail.yaml', '/outlets/harbour-gazette/')]);
    // The owner written as the name the outlet has now; or an owner no outlet was ever published as.
    site.edit('outlets/city-chronicle.yaml', 'owner: Harbour Gazette', 'owner: harbour gazette  AND mail');
    expect(await site.noticed()).toEqual([]);
    site.edit('outlets/city-chronicle.yaml', 'owner: harbour gazette  AND mail', 'owner: Harbour Holdings');
    expect(await site.noticed()).toEqual([]);
  });
});

describe('a mention of a claim deleted after it was published', () => {
  it('says the claim was published, and how to name the claim it went into, rather than to check the spelling', async () => {
    const site = await published();
    // The cost claim is merged into another, its file deleted; a mention still names it.
    rmSync(site.file('claims/repair-cost-figure.md'));
    const lines = (await site.printed()).filter((line) => line.includes('"repair-cost-figure"'));
    expect(lines.map((line) => line.split('  ')[0])).toEqual(['content/articles/chronicle-bridge-safe.md:24:7', 'content/articles/council-press-release.md:21:28', 'content/articles/gazette-bridge-closed.md:32:35']);
    expect(lines[0]).toBe(
      'content/articles/chronicle-bridge-safe.md:24:7  This mention names claim "repair-cost-figure", but there is no content/claims/repair-cost-figure.md. The claim was published (published-urls.txt lists /claims/repair-cost-figure/): if it was renamed, split or merged into another claim, write that claim\'s id here, and list "repair-cost-figure" in its aliases so that the old address leads there. In: :claim[14 million kroner]{#repair-cost-figure stance=qualifies} [unknown-claim]',
    );
  });
});
