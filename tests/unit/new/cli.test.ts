/**
 * `npm run new` as an editor runs it (scripts/new.ts), on a saved web page, into a copy of the
 * good fixture corpus: it writes the record and the archived text, says what it filled and what
 * is left, never overwrites or imports the same article twice, and the checks then report
 * exactly the fields left for the editor.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const page = path.join(import.meta.dirname, 'fixtures/saved-page.html');
let dir: string;
let content: string;
let archive: string;

/** `npm run new -- args`, as npm runs it: in the project's root, the folder it was typed in being INIT_CWD (by default, the root). */
function runNew(...args: string[]) {
  return runNewIn(root, ...args);
}
function runNewIn(folder: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', './src/check/register.ts', 'scripts/new.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: folder, CROSSCHECK_CONTENT: path.relative(root, content), CROSSCHECK_ARCHIVE: archive, FORCE_COLOR: '0' },
  });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-new-'));
  content = path.join(dir, 'content');
  archive = path.join(dir, 'archive');
  cpSync(path.join(root, 'tests/fixtures/good/content'), content, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test runs `npm run new` once or more, a process of a second or two, more on a busy machine.
describe('npm run new', { timeout: 30_000 }, () => {
  it('writes the scaffold and the archived text, and says what it filled and what is left', () => {
    const result = runNew(page, '--date', '2026-02-04');
    expect(result.status, result.stderr).toBe(0);
    const record = path.join(content, 'articles/harbour-bridge-to-stay-shut-until-march.md');
    expect(readFileSync(record, 'utf8')).toMatch(/^---\n# Scaffolded by `npm run new` from saved-page\.html on 2026-02-04\./);
    const text = readFileSync(record, 'utf8');
    expect(text).toContain('\noutlet: coastal-wire\n');
    expect(text).toContain('\nbyline: "Ines Alvarez"\n');
    expect(text).toContain('\narchive: harbour-bridge-to-stay-shut-until-march.txt\n');
    expect(text).toContain('may match: repair-cost-figure');
    expect(readFileSync(path.join(archive, 'harbour-bridge-to-stay-shut-until-march.txt'), 'utf8')).toMatch(
      /^Harbour bridge to stay shut until March\n\nThe harbour bridge will stay closed/,
    );
    expect(result.stdout).toContain('Filled: headline, outlet (Coastal Wire, by its web address), url, published, byline, language, kind (report, a guess), added, entities');
    expect(result.stdout).toContain('For you to write:\n  - story: likely harbour-bridge-closure\n  - summary: one to three sentences in our words\n');
    // Each listed passage is found at the line the checklist gives in the archived text, which
    // starts with the headline (a paragraph count of the text read from the page was one short).
    expect(text).toContain('by line of the text archived as archive/harbour-bridge-to-stay-shut-until-march.txt:');
    const archived = readFileSync(path.join(archive, 'harbour-bridge-to-stay-shut-until-march.txt'), 'utf8').split('\n');
    const items = [...text.matchAll(/^ {2}\[ \] line (\d+) [a-z, ]+: “?(.{20})/gm)];
    expect(items.length).toBeGreaterThan(2);
    for (const [, line, start] of items) expect(archived[Number(line) - 1], `line ${line}`).toContain(start);
  });

  it('leaves the checks to report exactly what the editor must still write', async () => {
    const { problems } = await checkContent({ root, contentDir: path.relative(root, content), archiveDir: archive, cacheDir: false });
    expect(problems.map((p) => `${path.basename(p.file)}:${p.line} ${p.code} ${p.message.split('\n')[0]}`)).toMatchInlineSnapshot(`
      [
        "harbour-bridge-to-stay-shut-until-march.md:1 missing-field Missing field "story" (expected a story id). Add a line: story: …",
        "harbour-bridge-to-stay-shut-until-march.md:1 missing-field Missing field "summary" (expected text). Add a line: summary: …",
        "harbour-bridge-to-stay-shut-until-march.md:21 scaffold-checklist This record still holds the checklist \`npm run new\` wrote, with 5 passages copied from the article. Quote in the body the passages that carry claims, with their mentions, then delete the comment, from <!-- to -->: the record keeps only what it quotes, and the archive the full text.",
      ]
    `);
  });

  it('refuses an article whose address is already recorded', () => {
    const again = runNew(page);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('This article is already recorded: ');
    expect(again.stderr).toContain('harbour-bridge-to-stay-shut-until-march.md has the address https://www.coastal-wire.example.org/news/harbour-bridge-shut-until-march. Nothing was written.');
  });

  it('archives with --update the corrected version of an article already recorded, keeping the earlier text, and says what the record may need', () => {
    const address = 'https://www.coastal-wire.example.org/news/tram-depot-to-close';
    const file = path.join(dir, 'tram-depot.txt');
    writeFileSync(file, `Tram depot to close in May\nSource: ${address}\nCoastal Wire | 9 February 2026\n\nThe tram depot will close in May, the council said on Monday.\n`);
    expect(runNew(file, '--date', '2026-02-09').status).toBe(0);
    const record = path.join(content, 'articles/tram-depot-to-close-in-may.md');
    const recorded = readFileSync(record, 'utf8');
    const earlier = readFileSync(path.join(archive, 'tram-depot-to-close-in-may.txt'), 'utf8');
    // The outlet corrects it: its headline, a sentence, and a notice saying so.
    const corrected = path.join(dir, 'tram-depot-corrected.txt');
    writeFileSync(
      corrected,
      `Tram depot to close in June\nSource: ${address}\nCoastal Wire | 10 February 2026\n\nThe tram depot will close in June, the council said on Monday.\n\nCorrection: An earlier version of this article said the depot would close in May.\n`,
    );
    // Refused as recorded, saying how to archive this version.
    const refused = runNew(corrected);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/has the address https:\/\/www\.coastal-wire\.example\.org\/news\/tram-depot-to-close\. Its text is not the one archived as \S*tram-depot-to-close-in-may\.txt: if the outlet has corrected or updated the article since, archive this version for the record with npm run new -- --update \S*tram-depot-corrected\.txt\. Nothing was written\.\n/);
    expect(readFileSync(path.join(archive, 'tram-depot-to-close-in-may.txt'), 'utf8')).toBe(earlier);
    // With --update, archived for the record, the earlier text kept beside it, the record untouched.
    const updated = runNew(corrected, '--update');
    expect(updated.status, updated.stderr).toBe(0);
    expect(readFileSync(path.join(archive, 'tram-depot-to-close-in-may.txt'), 'utf8')).toContain('The tram depot will close in June');
    expect(readFileSync(path.join(archive, 'tram-depot-to-close-in-may.earlier.txt'), 'utf8')).toBe(earlier);
    expect(readFileSync(record, 'utf8')).toBe(recorded);
    expect(updated.stdout).toMatch(/Archived this version of \S*articles\/tram-depot-to-close-in-may\.md as \S*tram-depot-to-close-in-may\.txt, in place of the earlier text, which is kept as \S*tram-depot-to-close-in-may\.earlier\.txt \(not published\)\.\n/);
    expect(updated.stdout).toContain('  Its headline now reads “Tram depot to close in June”, and the record has “Tram depot to close in May”: if the outlet changed it, write the new one in the record.\n');
    expect(updated.stdout).toContain('  Its date now reads 2026-02-10, and the record has published: 2026-02-09: if the outlet corrected it, write the new one in the record (never an update\'s date).\n');
    expect(updated.stdout).toContain(
      "  It has a correction notice: say in the record's account that the article was corrected, and quote the corrected wording. The notice: “Correction: An earlier version of this article said the depot would close in May.”\n",
    );
    expect(updated.stdout).toContain('`npm run check` reports each passage the record quotes that this version no longer has');
    // Given again, nothing to do; a file no record has is not updated.
    const again = runNew(corrected, '--update');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/The text archived for \S*tram-depot-to-close-in-may\.md as \S*tram-depot-to-close-in-may\.txt is this one already\. Nothing was written\.\n/);
    expect(readdirSync(archive).filter((name) => name.startsWith('tram-depot'))).toHaveLength(2);
    const unknown = path.join(dir, 'unknown-depot.txt');
    writeFileSync(unknown, 'Bus depot to close\nSource: https://www.coastal-wire.example.org/news/bus-depot\n\nThe bus depot will close in July, the council said.\n');
    const refusedUpdate = runNew(unknown, '--update');
    expect(refusedUpdate.status).toBe(1);
    expect(refusedUpdate.stderr).toContain(
      "--update archives a new version of an article already recorded, and no record has this file's address, https://www.coastal-wire.example.org/news/bus-depot. Name the record with --slug, or leave --update out to import it as a new article. Nothing was written.",
    );
    expect(existsSync(path.join(content, 'articles/bus-depot-to-close.md'))).toBe(false);
  });

  it('refuses an article whose address is recorded in another form: http, without www, with a final slash or as its AMP page', () => {
    for (const address of ['http://coastal-wire.example.org/news/harbour-bridge-shut-until-march/', 'https://www.coastal-wire.example.org/news/harbour-bridge-shut-until-march/amp']) {
      const file = path.join(dir, 'same-page.txt');
      writeFileSync(file, `Harbour bridge shut, again\nSource: ${address}\n\nThe bridge will stay closed, the council said.\n`);
      const again = runNew(file);
      expect(again.status, address).toBe(1);
      // Its text is not the one archived: how to archive it, if it is the article as the outlet changed it, is said too.
      expect(again.stderr).toContain(
        `harbour-bridge-to-stay-shut-until-march.md has the address https://www.coastal-wire.example.org/news/harbour-bridge-shut-until-march (this file's address, ${address}, is the same page's). Its text is not the one archived as `,
      );
      expect(again.stderr).toMatch(/archive this version for the record with npm run new -- --update \S*same-page\.txt\. Nothing was written\.\n$/);
      expect(existsSync(path.join(content, 'articles/harbour-bridge-shut-again.md'))).toBe(false);
    }
  });

  it('never overwrites an existing record', () => {
    const before = readFileSync(path.join(content, 'articles/wire-bridge-closed.md'), 'utf8');
    const other = path.join(dir, 'other.txt');
    cpSync(path.join(root, 'tests/unit/new/fixtures/saved-page.html'), other);
    const result = spawnSync('sh', ['-c', `sed 's/harbour-bridge-shut-until-march/another-address/' ${page} > ${other}`]);
    expect(result.status).toBe(0);
    const clash = runNew(other, '--slug', 'wire-bridge-closed');
    expect(clash.status).toBe(1);
    expect(clash.stderr).toMatch(/articles\/wire-bridge-closed\.md already exists and is never overwritten/);
    expect(readFileSync(path.join(content, 'articles/wire-bridge-closed.md'), 'utf8')).toBe(before);
    expect(existsSync(path.join(archive, 'wire-bridge-closed.txt'))).toBe(false);
  });

  it('reads a saved page in the encoding it declares, and archives its text as UTF-8', () => {
    const html = readFileSync(page, 'utf8')
      .replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
      .replaceAll('harbour-bridge-shut-until-march', 'harbour-bridge-windows')
      .replaceAll('Harbour bridge to stay shut until March', 'Harbour bridge stays shut, say the Café owners');
    const encoded = new TextEncoder().encode(html).length;
    const bytes = Buffer.from([...html].map((c) => ({ '“': 0x93, '”': 0x94, '’': 0x92, '€': 0x80, '—': 0x97 })[c] ?? c.charCodeAt(0)));
    expect(bytes.length).toBeLessThan(encoded);
    expect([...bytes].every((b) => b < 0x100)).toBe(true);
    const file = path.join(dir, 'windows-1252.html');
    writeFileSync(file, bytes);
    const result = runNew(file, '--date', '2026-02-04');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Read as windows-1252, the encoding the page declares.');
    const slug = 'harbour-bridge-stays-shut-say-the-cafe-owners';
    expect(readFileSync(path.join(content, `articles/${slug}.md`), 'utf8')).toContain('\nheadline: "Harbour bridge stays shut, say the Café owners"\n');
    expect(readFileSync(path.join(archive, `${slug}.txt`), 'utf8')).toContain('“We will not reopen it until it is safe,” the mayor told reporters. The repairs are expected to cost €4.2 million.');
  });

  it('imports every article file of a folder, with progress, going on past one it cannot import', () => {
    const folder = path.join(dir, 'batch');
    mkdirSync(folder);
    // Already recorded (by the first test): refused, and the others still imported.
    cpSync(page, path.join(folder, 'a-again.html'));
    writeFileSync(path.join(folder, 'b-ferries.txt'), 'Ferries to run all night\nCoastal Wire | 5 February 2026\n\nThe ferries will run all night while the bridge is shut, the council said.\n');
    writeFileSync(path.join(folder, 'c-image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(path.join(folder, 'd-buses.md'), '# Buses divert through the old town\n\nBy Ana Ruiz — Coastal Wire — 6 February 2026\n\nBuses will divert through the old town until March, the council said.\n');
    const result = runNew(folder, '--date', '2026-02-07');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/\[1\/3\] Reading .*a-again\.html…\n/);
    expect(result.stdout).toMatch(/\[2\/3\] Reading .*b-ferries\.txt…\nWrote .*ferries-to-run-all-night\.md\n/);
    expect(result.stdout).toMatch(/\[3\/3\] Reading .*d-buses\.md…\nWrote .*buses-divert-through-the-old-town\.md\n/);
    expect(result.stdout).toMatch(/Imported 2 of 3 files\. Not imported \(see above\): .*a-again\.html\.\n/);
    expect(result.stderr).toContain('This article is already recorded: ');
    const buses = readFileSync(path.join(content, 'articles/buses-divert-through-the-old-town.md'), 'utf8');
    expect(buses).toContain('\npublished: 2026-02-06\n');
    expect(buses).toContain('\nbyline: "Ana Ruiz"\n');
    expect(buses).toContain('\noutlet: coastal-wire\n');
    expect(readFileSync(path.join(content, 'articles/ferries-to-run-all-night.md'), 'utf8')).toContain('\npublished: 2026-02-05\n');
  });

  it('imports a file named twice once, and says so', () => {
    const file = path.join(dir, 'Réunion à Genève – l’appel.txt');
    writeFileSync(file, 'Ministers meet in Geneva over the pause\nCoastal Wire | 8 February 2026\n\nMinisters met in Geneva on Sunday to discuss the pause, officials said.\n');
    const result = runNew(file, path.relative(root, file), '--date', '2026-02-08');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Left out .*Réunion à Genève – l’appel\.txt the second time it is named: it is imported once\.\n/);
    expect(result.stdout.match(/^Wrote /gm)).toHaveLength(1);
    expect(result.stdout).not.toContain('[1/2]');
    expect(readFileSync(path.join(archive, 'ministers-meet-in-geneva-over-the-pause.txt'), 'utf8')).toBe(readFileSync(file, 'utf8'));
    // Given again in another run, it is refused as recorded.
    const again = runNew(file);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('This article is already recorded: ');
  });

  it('leaves out the folder of parts a browser saves beside a page ("Web page, complete"), as a wildcard names it too', () => {
    const folder = path.join(dir, 'downloads');
    mkdirSync(path.join(folder, 'night-trams_files'), { recursive: true });
    writeFileSync(path.join(folder, 'night-trams.html'), '<html><head><title>Night trams to replace buses</title></head><body><article><h1>Night trams to replace buses</h1><p>Night trams will replace the night buses from March, the council said on Tuesday.</p></article></body></html>');
    // A frame the page showed (an advertisement, a video player), saved as a page of its own.
    writeFileSync(path.join(folder, 'night-trams_files', 'saved_resource.html'), '<html><body><p>Advertisement frame with enough words to read as a paragraph of text.</p></body></html>');
    const result = runNew(path.join(folder, 'night-trams.html'), path.join(folder, 'night-trams_files'), '--date', '2026-02-07');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Left out .*night-trams_files: it holds the images, styles and frames the browser saved with .*night-trams\.html, not an article\.\n/);
    expect(result.stdout).toContain('night-trams-to-replace-buses.md');
    expect(result.stdout).not.toContain('saved_resource');
    // Given alone, nothing is imported, and the editor is told why.
    const alone = runNew(path.join(folder, 'night-trams_files'));
    expect(alone.status).toBe(1);
    expect(alone.stderr).toContain('There is no article to import: give the saved page, not the folder of its parts. Nothing was written.');
  });

  it('says of a folder with no article file of its own which of its folders hold some, as only a folder\'s own files are imported', () => {
    const folder = path.join(dir, 'saved');
    mkdirSync(path.join(folder, 'june'), { recursive: true });
    mkdirSync(path.join(folder, 'photos'));
    writeFileSync(path.join(folder, 'june', 'bridge.txt'), 'Bridge to reopen\n\nThe bridge will reopen on Monday, the council said.\n');
    writeFileSync(path.join(folder, 'photos', 'bridge.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    const result = runNewIn(dir, 'saved/');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'The folder saved/ has no .html, .htm, .mhtml, .eml, .txt, .md, .mdx or feed (.xml, .rss, .atom) file of its own (the files of the folders in it are not imported: name the folder that holds them, saved/june). Nothing was written.\n',
    );
    // A folder with none anywhere is said to have none.
    expect(runNewIn(dir, 'saved/photos').stderr).toBe('The folder saved/photos has no .html, .htm, .mhtml, .eml, .txt, .md, .mdx or feed (.xml, .rss, .atom) file. Nothing was written.\n');
  });

  it('refuses an empty file, or one with no text, with one line and nothing written', () => {
    for (const [name, bytes] of [['empty.txt', ''], ['blank.md', '  \n\n \n']] as const) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const result = runNew(file);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`${name} has no article text${bytes === '' ? ' \\(the file is empty\\)' : ''}\\. Give the saved article\\. Nothing was written\\.\n$`));
      expect(result.stdout).not.toContain('Wrote ');
    }
    expect(existsSync(path.join(content, 'articles/untitled-article.md'))).toBe(false);
  });

  it('refuses a text without an address imported before under another name', () => {
    const file = path.join(dir, 'tram.txt');
    writeFileSync(file, 'Trams to replace the night buses\nCoastal Wire | 8 February 2026\n\nTrams will replace the night buses from March, the council said on Sunday.\n');
    expect(runNew(file).status).toBe(0);
    const again = path.join(dir, 'tram copy.txt');
    cpSync(file, again);
    const result = runNew(again);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('This article is already recorded: ');
    expect(result.stderr).toContain('trams-to-replace-the-night-buses.md archives the same text as trams-to-replace-the-night-buses.txt. Nothing was written.');
    expect(existsSync(path.join(content, 'articles/trams-to-replace-the-night-buses-2.md'))).toBe(false);
    // Saved again, with Windows line endings and a blank line more at the end: still the same text.
    const resaved = path.join(dir, 'tram (1).txt');
    writeFileSync(resaved, `${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}\r\n`);
    const third = runNew(resaved);
    expect(third.status).toBe(1);
    expect(third.stderr).toContain('trams-to-replace-the-night-buses.md archives the same text as trams-to-replace-the-night-buses.txt. Nothing was written.');
    expect(existsSync(path.join(content, 'articles/trams-to-replace-the-night-buses-2.md'))).toBe(false);
  });

  it('imports a recorded text typed again (another headline, line breaks, quotation marks), and says which record it looks like, offering via, which the checks repeat until it is resolved', async () => {
    const paragraphs = [
      'The harbour authority will cut the evening ferry crossings from next Monday because it cannot find enough trained crews, its director said on Sunday.',
      'Four of the nine evening crossings will be dropped until the summer timetable starts in May, the authority said in a statement. Morning crossings are not affected.',
      '"We have advertised twelve posts since October and filled three of them," the director, Maria Okafor, told reporters at the ferry terminal.',
      "Commuters' groups said the cuts would leave about 1,400 passengers a day looking for another way home, and called on the council to pay for a bus service along the coast road.",
    ];
    const file = path.join(dir, 'ferry.txt');
    writeFileSync(file, `Ferry crossings cut as the harbour authority runs short of crews\nCoastal Wire | 9 February 2026\n\n${paragraphs.join('\n\n')}\n`);
    expect(runNew(file).status).toBe(0);
    // Typed again: another headline, curly quotes, lines wrapped at about 50 columns.
    const wrap = (p: string) => p.replace(/(.{40,50}?) /g, '$1\n').replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’');
    const retyped = path.join(dir, 'ferry retyped.txt');
    writeFileSync(retyped, `Evening ferries cut: not enough crews, says harbour authority\n\n${paragraphs.map(wrap).join('\n\n')}\n`);
    const result = runNew(retyped);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Note: this looks like \S*articles\/ferry-crossings-cut-as-the-harbour-authority-runs-short-of-crews\.md, already recorded: \d+% of the wording of its archived text \(\S*ferry-crossings-cut-as-the-harbour-authority-runs-short-of-crews\.txt\) is in both\. If it is the same article, delete the record written here and its archive file; if it is a copy published elsewhere .*write via: ferry-crossings-cut-as-the-harbour-authority-runs-short-of-crews in the new record/);
    const record = readFileSync(path.join(content, 'articles/evening-ferries-cut-not-enough-crews-says-harbour-authority.md'), 'utf8');
    expect(record).toMatch(/\n# via: this text looks like articles\/ferry-crossings-cut-as-the-harbour-authority-runs-short-of-crews\.md, already recorded \(\d+% of the wording of its archived text is in both\)\. If it is the same article, delete this record and its archive file; if it is a copy published elsewhere, write via: ferry-crossings-cut-as-the-harbour-authority-runs-short-of-crews, so that the two count as one source\.\n/);
    // Not filled in: the editor says which it is.
    expect(record).not.toMatch(/^via:/m);
    expect(result.stdout).toContain('  - via: the text looks like ferry-crossings-cut-as-the-harbour-authority-runs-short-of-crews, already recorded');
    // `npm run check` says it again, as a notice at the note, until via is written or the note deleted.
    const { notices } = await checkContent({ root, contentDir: path.relative(root, content), archiveDir: archive, cacheDir: false });
    expect(notices.filter((n) => n.code === 'scaffold-via').map((n) => `${path.basename(n.file)}:${n.line}`)).toContain(
      `evening-ferries-cut-not-enough-crews-says-harbour-authority.md:${record.split('\n').findIndex((line) => line.startsWith('# via:')) + 1}`,
    );
    for (const name of ['ferry-crossings-cut-as-the-harbour-authority-runs-short-of-crews', 'evening-ferries-cut-not-enough-crews-says-harbour-authority']) rmSync(path.join(content, `articles/${name}.md`));
  });

  it('takes two press releases of one issuer, whose boilerplate is the same, for two texts, not a copy', () => {
    const about = [
      'About the Northfield Port Authority',
      '',
      'The Northfield Port Authority manages the harbour, its three container terminals and the ferry berths on behalf of the city and the county. It employs 1,200 people and handled 14 million tonnes of cargo last year. The authority is governed by a board of nine members appointed by the city council, the county council and the national transport ministry, and publishes its accounts every year.',
      '',
      'Forward-looking statements: this release contains statements about the future that are based on the authority\'s current expectations and are subject to risks and uncertainties, many of which are outside its control. Actual results may differ materially from those expressed or implied in such statements, and the authority undertakes no obligation to update them.',
      '',
      'Media contact: press@northfieldport.example.org',
      '',
      '###',
    ].join('\n');
    const release = (headline: string, text: string) => `FOR IMMEDIATE RELEASE\n\n${headline}\n\nNORTHFIELD, June 12, 2026 /PRNewswire/ -- ${text}\n\n${about}\n`;
    const first = path.join(dir, 'release-dredging.txt');
    const second = path.join(dir, 'release-ferries.txt');
    writeFileSync(first, release('Port authority approves dredging of the inner harbour', 'The Northfield Port Authority approved on Thursday a plan to deepen the inner harbour channel to 14 metres, so that larger container ships can dock. Work will start in September and take two years.'));
    writeFileSync(second, release('Port authority adds two evening ferry crossings', 'The Northfield Port Authority will add two evening ferry crossings to the island from 1 July, after passenger numbers rose by a fifth last year. The crossings will leave at 19:30 and 21:00.'));
    // In one run, and in two (the first then recorded, its archive read from archive/).
    const together = runNew(first, second);
    expect(together.status, together.stderr).toBe(0);
    expect(together.stdout).not.toContain('this looks like');
    rmSync(path.join(content, 'articles/port-authority-adds-two-evening-ferry-crossings.md'));
    rmSync(path.join(archive, 'port-authority-adds-two-evening-ferry-crossings.txt'));
    const apart = runNew(second);
    expect(apart.status, apart.stderr).toBe(0);
    expect(apart.stdout).not.toContain('this looks like');
    for (const name of ['port-authority-approves-dredging-of-the-inner-harbour', 'port-authority-adds-two-evening-ferry-crossings']) rmSync(path.join(content, `articles/${name}.md`));
  });

  it('knows a record saved with a byte-order mark before its frontmatter, and refuses its address again', () => {
    expect(readFileSync(path.join(content, 'articles/wire-bridge-closed.md'), 'utf8').startsWith('\uFEFF---')).toBe(true);
    const file = path.join(dir, 'wire again.txt');
    writeFileSync(file, 'Bridge closed until repairs are done\nSource: https://coastal-wire.example.org/stories/bridge-closed?ref=gazette&lang=en\n\nThe bridge was closed on Tuesday, the mayor said.\n');
    const result = runNew(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('wire-bridge-closed.md has the address https://coastal-wire.example.org/stories/bridge-closed?ref=gazette&lang=en. Nothing was written.');
  });

  it('refuses a text without an address that a record quotes, when the record\'s archive is not there to compare (archive/ is not in git)', () => {
    const record = readFileSync(path.join(content, 'articles/wire-bridge-closed.md'), 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/^url: .*\r?\n/m, '')
      .replace(/^via: .*\r?\n/m, '')
      .replace(/^archive: .*\r?\n/m, '')
      .replace(/^entities:/m, 'archive: bridge-shut-wire.txt\nentities:')
      .replace(/The agency adds that .*/, 'The agency adds that :claim[the bridge should reopen in March at the earliest]{#reopening-in-march}.');
    writeFileSync(path.join(content, 'articles/bridge-shut-wire.md'), record);
    const text = 'Bridge shut until the repairs are done\n\nThe Harbour Bridge has been closed to all traffic since Tuesday, the council said.\n\n"Safety comes first; the bridge stays closed until it is fixed," the mayor said.\n\nOfficials said the bridge should reopen in March at the earliest.\n';
    const file = path.join(dir, 'bridge shut.txt');
    writeFileSync(file, text);
    try {
      const result = runNew(file);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('bridge-shut-wire.md quotes 3 passages of this text in its claim mentions (its archive, bridge-shut-wire.txt, is not in ');
      expect(existsSync(path.join(content, 'articles/bridge-shut-until-the-repairs-are-done.md'))).toBe(false);
      // A text that holds only some of them is another article; and one named with --slug is imported.
      const partial = path.join(dir, 'bridge partly.txt');
      writeFileSync(partial, text.replace('Officials said the bridge should reopen in March at the earliest.', 'Officials gave no date.'));
      expect(runNew(partial).status).toBe(0);
      expect(runNew(file, '--slug', 'bridge-shut-quoted').status).toBe(0);
    } finally {
      for (const name of ['bridge-shut-wire', 'bridge-shut-until-the-repairs-are-done', 'bridge-shut-quoted']) rmSync(path.join(content, `articles/${name}.md`), { force: true });
    }
  });

  it('says so when a record without an address quotes every passage of a page it imports, which may be that article found at its address', () => {
    const record = readFileSync(path.join(content, 'articles/wire-bridge-closed.md'), 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/^url: .*\r?\n/m, '')
      .replace(/^via: .*\r?\n/m, '')
      .replace(/^archive: .*\r?\n/m, '')
      .replace(/The agency adds that .*/, 'The agency adds that :claim[the bridge should reopen in March at the earliest]{#reopening-in-march}.');
    writeFileSync(path.join(content, 'articles/bridge-shut-unaddressed.md'), record);
    const file = path.join(dir, 'bridge-shut.html');
    writeFileSync(
      file,
      '<html><head><title>Bridge shut until the repairs are done</title><link rel="canonical" href="https://wire.example.org/bridge-shut"></head><body><article><h1>Bridge shut until the repairs are done</h1><p>The Harbour Bridge has been closed to all traffic since Tuesday, the council said.</p><p>"Safety comes first; the bridge stays closed until it is fixed," the mayor said.</p><p>Officials said the bridge should reopen in March at the earliest.</p></article></body></html>',
    );
    try {
      const result = runNew(file);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('bridge-shut-unaddressed.md, which has no address, quotes 3 passages of this text. If it is this article, write url: https://wire.example.org/bridge-shut there and delete the record written here');
    } finally {
      for (const name of ['bridge-shut-unaddressed', 'bridge-shut-until-the-repairs-are-done']) rmSync(path.join(content, `articles/${name}.md`), { force: true });
    }
  });

  it('archives a forwarded newsletter without its "View in browser" line and its footer', () => {
    const file = path.join(dir, 'newsletter.txt');
    const body = 'Subject: Ferry timetable doubles\n\nThe ferries will run twice as often while the bridge is shut, the council said on Friday.\n';
    writeFileSync(file, `View this email in your browser\n\n${body}\n--\nYou are receiving this email because you subscribed.\nUnsubscribe https://list.example.org/u?id=reader-7731\n`);
    const result = runNew(file, '--date', '2026-02-09');
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(archive, 'ferry-timetable-doubles.txt'), 'utf8')).toBe(body);
  });

  it('archives a copy of a PDF without its running heads and page numbers, and lists no passage of them', () => {
    const file = path.join(dir, 'ferry report.txt');
    const foot = (n: number) => ['', `Harbour Council Transport Report 2026 · Page ${n} of 2`, '\f'];
    const text = [
      'Ferry report finds crossings doubled',
      '',
      'The report found that the ferries carried 4,200 passengers a day while',
      'the bridge was shut, twice as many as the year before, and that queues',
      'at the harbour were longest on Friday evenings, when the last crossing',
      'left at ten. The council asked the operator to add a late sailing, and',
      'the operator said it would consider one if the bridge stayed closed in',
      'the spring. Fares were frozen for the duration of the works, the report',
      'notes, at a cost to the council that the treasurer put at roughly',
      ...foot(1),
      '90,000 pounds a month, paid from the reserve for road repairs. Cyclists',
      'were the group whose journeys grew most, the harbour master told the',
      'committee, with bicycles now filling the car deck on most mornings.',
      'The operator has ordered racks for another forty bicycles on each boat.',
      'Residents of the north shore wrote to ask for a second morning sailing.',
      'The council will decide in March whether to keep the extra crossings',
      'once the bridge reopens, after a survey of the passengers who use them.',
      ...foot(2),
    ];
    writeFileSync(file, text.join('\n'));
    const result = runNew(file, '--date', '2026-02-10');
    expect(result.status, result.stderr).toBe(0);
    const archived = readFileSync(path.join(archive, 'ferry-report-finds-crossings-doubled.txt'), 'utf8');
    expect(archived).not.toContain('Page');
    expect(archived).toContain('treasurer put at roughly\n90,000 pounds a month');
    const record = readFileSync(path.join(content, 'articles/ferry-report-finds-crossings-doubled.md'), 'utf8');
    expect(record).not.toContain('Transport Report');
    expect(record).toContain('[ ] line 8 figure: Fares were frozen for the duration of the works, the report notes, at a cost to the council that the treasurer put at roughly 90,000 pounds a month, paid from the reserve for road repairs.\n');
  });

  it('imports a live blog of over a megabyte, saying it is large first, and lists the first passages of all it found', () => {
    const file = path.join(dir, 'live blog — pause.txt');
    const entries = Array.from({ length: 9000 }, (_, i) => `${10 + (i % 12)}.${String(i % 60).padStart(2, '0')}: Officials in capital number ${i} said the proposal would cost ${i} million to verify, according to a statement.`);
    writeFileSync(file, `Pause reaction live: the day as it happened\n\n${entries.join('\n\n')}\n`);
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
    const result = runNew(file, '--date', '2026-02-10');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Reading .*live blog — pause\.txt \(1\.\d MB: a few seconds a megabyte\)…\n/);
    expect(result.stdout).toContain('Listed 40 of 9,000 passages likely to carry claims');
    const record = readFileSync(path.join(content, 'articles/pause-reaction-live-the-day-as-it-happened.md'), 'utf8');
    expect(record).toContain('  the first 40 of 9,000; the others, from line 83 on, are for you to find in the archived text.\n');
    expect(record.length).toBeLessThan(20_000);
  }, 60_000);

  it('reads a page saved as one file (.mhtml) as the page it holds, not as an e-mail', () => {
    const html = readFileSync(page, 'utf8').replaceAll('harbour-bridge-shut-until-march', 'harbour-bridge-mhtml').replaceAll('Harbour bridge to stay shut until March', 'Harbour bridge shut, saved whole');
    const qp = Buffer.from(html).toString('latin1').replace(/[=\u0080-\u00ff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    const file = path.join(dir, 'Harbour bridge shut.mhtml');
    writeFileSync(
      file,
      Buffer.from(
        `From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.coastal-wire.example.org/news/harbour-bridge-mhtml\r\nSubject: =?utf-8?Q?Harbour_bridge_shut?=\r\nDate: Sun, 8 Feb 2026 09:12:03 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----B--2"\r\n\r\n\r\n------B--2\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp}\r\n------B--2--\r\n`,
        'latin1',
      ),
    );
    const result = runNew(file, '--date', '2026-02-10');
    expect(result.status, result.stderr).toBe(0);
    const record = readFileSync(path.join(content, 'articles/harbour-bridge-shut-saved-whole.md'), 'utf8');
    expect(record).toContain('\npublished: 2026-02-03T09:15:00Z\n');
    expect(record).toContain('\noutlet: coastal-wire\n');
    expect(readFileSync(path.join(archive, 'harbour-bridge-shut-saved-whole.txt'), 'utf8')).toContain('“We will not reopen it until it is safe,” the mayor told reporters.');
  });

  it('reads a saved e-mail (.eml) as the newsletter it shows, its subject decoded, its text out of quoted-printable', () => {
    const file = path.join(dir, 'briefing.eml');
    writeFileSync(
      file,
      'From: The Briefing <newsletter@briefing.example.com>\r\nSubject: =?UTF-8?Q?Ferries_double_=E2=80=94_for_now?=\r\nDate: Mon, 9 Feb 2026 07:02:11 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nThe ferries will run twice as often, the council said. =E2=80=9CIt is tem=\r\nporary,=E2=80=9D the mayor added.\r\n',
    );
    const result = runNew(file, '--date', '2026-02-10');
    expect(result.status, result.stderr).toBe(0);
    const record = readFileSync(path.join(content, 'articles/ferries-double-for-now.md'), 'utf8');
    expect(record).toContain('\nheadline: "Ferries double — for now"\n');
    expect(record).toContain('\npublished: 2026-02-09\n');
    expect(readFileSync(path.join(archive, 'ferries-double-for-now.txt'), 'utf8')).toContain('“It is temporary,” the mayor added.');
  });

  it('finds a file named from the folder the editor typed the command in, not the project\'s, and shows it from there', () => {
    const inbox = path.join(dir, 'Inbox – juin');
    mkdirSync(path.join(inbox, 'saved'), { recursive: true });
    writeFileSync(path.join(inbox, 'saved', 'Café ferry note.txt'), 'Night ferry added for the works\n\nA night ferry will run while the bridge is shut, the council said on Monday.\n');
    const result = runNewIn(inbox, 'saved/Café ferry note.txt', '--date', '2026-02-11');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Reading saved/Café ferry note.txt…');
    expect(readFileSync(path.join(content, 'articles/night-ferry-added-for-the-works.md'), 'utf8')).toContain('from Café ferry note.txt on 2026-02-11');
  });

  it('names one slug for one file only', () => {
    const other = path.join(dir, 'two.txt');
    writeFileSync(other, 'Two\n');
    const result = runNew(page, other, '--slug', 'x');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--slug names one article');
  });

  it('explains how to run it', () => {
    const result = runNew();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run new -- <file or folder>...');
  });

  it('says which option it does not know, with the usage, and no stack trace', () => {
    const result = runNew('--slugg', 'x', 'article.html');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^npm run new: Unknown option '--slugg'\.\nUsage: npm run new -- <file or folder>\.\.\. \[--slug SLUG\] \[--outlet ID\] \[--story ID\] \[--date YYYY-MM-DD\] \[--update\]\n/);
    const help = runNew('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run new -- <file or folder>...');
  });

  it('says in its --help what each option does: --date is the day the article is added, not the day it was published', () => {
    const help = runNew('--help').stdout;
    for (const option of ['--slug SLUG', '--outlet ID', '--story ID', '--date YYYY-MM-DD']) expect(help).toMatch(new RegExp(`^  ${option} +\\S`, 'm'));
    expect(help).toMatch(/--date YYYY-MM-DD +the day the article enters the corpus \(added; default today\), not the day it\n +was published/);
  });

  it('refuses a --slug that is not an id, which would be written where the checks refuse it or outside content/articles/, and writes nothing', () => {
    for (const [slug, suggestion] of [['Bad Slug', 'bad-slug'], ['../../escaped', 'escaped'], ['a/b', 'a-b']] as const) {
      const result = runNew(page, '--slug', slug);
      expect(result.status, slug).toBe(1);
      expect(result.stderr).toBe(`--slug ${slug} is not a valid id: lowercase letters and digits in words joined by single hyphens, at most 120 characters, as in --slug ${suggestion}. Nothing was written.\n`);
    }
    expect(existsSync(path.join(content, 'articles/Bad Slug.md'))).toBe(false);
    expect(existsSync(path.join(dir, 'escaped.md'))).toBe(false);
    expect(existsSync(path.join(path.dirname(dir), 'escaped.txt'))).toBe(false);
    expect(existsSync(path.join(content, 'articles/a'))).toBe(false);
  });

  it('names the current id for a renamed story\'s old one, the nearest id for a misspelt outlet, and the file to write for a new story, and writes nothing', () => {
    const before = readdirSync(path.join(content, 'articles'));
    const old = runNew(page, '--story', 'bridge-closure');
    expect(old.status).toBe(1);
    expect(old.stderr).toBe('--story bridge-closure: "bridge-closure" is an old id of the story "harbour-bridge-closure", which lists it in aliases. Give --story harbour-bridge-closure. Nothing was written.\n');
    const typo = runNew(page, '--outlet', 'coastal-wires');
    expect(typo.status).toBe(1);
    expect(typo.stderr).toBe(`--outlet coastal-wires: there is no such id in ${path.relative(root, content)}/ (no file ${path.relative(root, content)}/outlets/coastal-wires.yaml). Did you mean --outlet coastal-wire? Nothing was written.\n`);
    // A story not written yet: where to write it, or to leave the option out.
    const fresh = runNew(page, '--story', 'kestrel-dam-cracks');
    expect(fresh.status).toBe(1);
    expect(fresh.stderr).toBe(
      `--story kestrel-dam-cracks: there is no such id in ${path.relative(root, content)}/ (no file ${path.relative(root, content)}/stories/kestrel-dam-cracks.md). Write ${path.relative(root, content)}/stories/kestrel-dam-cracks.md first, or leave --story out and fill in story: in the scaffold. Nothing was written.\n`,
    );
    expect(readdirSync(path.join(content, 'articles'))).toEqual(before);
  });

  it('refuses a content folder that does not exist (a mistyped CROSSCHECK_CONTENT), instead of creating it with the scaffold alone in it', () => {
    const missing = path.join(dir, 'contnet');
    const result = spawnSync(process.execPath, ['--import', './src/check/register.ts', 'scripts/new.ts', page], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: dir, CROSSCHECK_CONTENT: missing, CROSSCHECK_ARCHIVE: archive, FORCE_COLOR: '0' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'There is no content folder contnet/ to write the record in, where CROSSCHECK_CONTENT says the content is. Point CROSSCHECK_CONTENT at the folder that holds articles/, claims/ and the others, or leave it unset to use content/. Nothing was written.\n',
    );
    expect(existsSync(missing)).toBe(false);
  });

  it('gives no article an id another had: a renamed one\'s old id (an alias), or one the registry records as published', () => {
    const own = mkdtempSync(path.join(tmpdir(), 'crosscheck-new-ids-'));
    try {
      const ownContent = path.join(own, 'content');
      cpSync(path.join(root, 'tests/fixtures/good/content'), ownContent, { recursive: true });
      // gazette-bridge-closed was once council-shuts-the-harbour-bridge-to-lorries; night-ferry-cancelled-for-the-winter was removed on purpose.
      const gazette = path.join(ownContent, 'articles/gazette-bridge-closed.md');
      writeFileSync(gazette, readFileSync(gazette, 'utf8').replace('aliases:\n', 'aliases:\n  - council-shuts-the-harbour-bridge-to-lorries\n'));
      writeFileSync(path.join(own, 'published-urls.txt'), '/\n\n# Removed on purpose\nremoved /articles/night-ferry-cancelled-for-the-winter/ headline:000000000000\n');
      writeFileSync(path.join(own, 'shut.txt'), 'Council shuts the harbour bridge to lorries\n\nThe council shut the bridge to lorries on Friday, a spokesperson said.\n');
      writeFileSync(path.join(own, 'ferry.txt'), 'Night ferry cancelled for the winter\n\nThe night ferry will not sail this winter, the operator said on Monday.\n');
      const run = (...args: string[]) =>
        spawnSync(process.execPath, ['--import', './src/check/register.ts', 'scripts/new.ts', ...args], {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, INIT_CWD: own, CROSSCHECK_CONTENT: ownContent, CROSSCHECK_ARCHIVE: path.join(own, 'archive'), FORCE_COLOR: '0' },
        });
      const chosen = run('shut.txt', '--slug', 'bridge-shut');
      expect(chosen.status).toBe(1);
      expect(chosen.stderr).toContain('"bridge-shut" is an old id of');
      expect(chosen.stderr).toContain('articles/gazette-bridge-closed.md, which lists it in aliases, so its address redirects there. Choose another slug with --slug. Nothing was written.');
      const result = run('shut.txt', 'ferry.txt');
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('Wrote content/articles/council-shuts-the-harbour-bridge-to-lorries-2.md\n');
      expect(result.stdout).toContain('Wrote content/articles/night-ferry-cancelled-for-the-winter-2.md\n');
      expect(existsSync(path.join(ownContent, 'articles/council-shuts-the-harbour-bridge-to-lorries.md'))).toBe(false);
      expect(existsSync(path.join(ownContent, 'articles/night-ferry-cancelled-for-the-winter.md'))).toBe(false);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('dates the record (added) on the editor\'s own day, not the day it is in UTC', () => {
    // At any hour, one of these is on another day than UTC: Kiritimati is UTC+14, Pago Pago UTC-11.
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const own = mkdtempSync(path.join(tmpdir(), 'crosscheck-new-day-'));
      try {
        const ownContent = path.join(own, 'content');
        cpSync(path.join(root, 'tests/fixtures/good/content'), ownContent, { recursive: true });
        const result = spawnSync(process.execPath, ['--import', './src/check/register.ts', 'scripts/new.ts', page, '--slug', 'dated'], {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, TZ: zone, INIT_CWD: own, CROSSCHECK_CONTENT: ownContent, CROSSCHECK_ARCHIVE: path.join(own, 'archive'), FORCE_COLOR: '0' },
        });
        expect(result.status, result.stderr).toBe(0);
        const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
        expect(readFileSync(path.join(ownContent, 'articles/dated.md'), 'utf8'), zone).toContain(`\nadded: ${day}\n`);
      } finally {
        rmSync(own, { recursive: true, force: true });
      }
    }
  });

  it('refuses a --date that is not a day of the calendar, which the checks would refuse in added', () => {
    for (const date of ['2026-02-30', '2026-13-01']) {
      const result = runNew(page, '--date', date);
      expect(result.status, date).toBe(1);
      expect(result.stderr).toBe(`--date ${date} is not a day of the calendar. Check the day and the month. Nothing was written.\n`);
    }
  });
});
