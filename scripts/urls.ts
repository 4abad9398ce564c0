/**
 * `npm run urls`: rewrites the registry of published URLs (published-urls.txt beside the content
 * folder) from the built site, after an intended publication: new pages are recorded, and URLs
 * removed on purpose are dropped. Commit the result with the content change.
 *
 *   npm run urls                      # record what dist/ publishes
 *   npm run urls -- --build           # build first, letting removed URLs and reused addresses through, then record
 *   npm run urls -- --dist DIR        # another built site
 *   npm run urls -- --check           # write nothing: fail when the registry does not record all
 *                                     # that dist/ publishes (before deploying it)
 *   CROSSCHECK_CONTENT=DIR npm run urls
 *
 * Each record's address is written with the marks of what it shows (src/check/identity.ts), added
 * to those recorded before: the checks refuse an address that comes to show another record.
 * Each article page's passage anchors (`#m-…`) are added to published-anchors.txt beside it, never
 * dropped: the build keeps an anchor whose passage's words were edited (src/lib/anchors.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/check/index.ts';
import { registryMarks } from '../src/check/identity.ts';
import { commandLine } from './lib/command-line.ts';
import { ANCHOR_REGISTRY_NAME, formatAnchorRegistry, mergeAnchors, parseAnchorRegistry } from '../src/lib/anchors.ts';
import { builtAnchors, diffRegistry, formatRegistry, linesToWrite, publishedPaths, registryEntries, registryPath, remarked, unrecorded } from './lib/published-urls.ts';

const root = path.resolve(import.meta.dirname, '..');
const usage = `Usage: npm run urls [-- --build] [--check] [--dist DIR]

Records in published-urls.txt (beside the content folder) the addresses the built site publishes,
and in published-anchors.txt the anchors of its articles' passages.
  --build     build first, letting through URLs removed on purpose and addresses that now show
              another record (reused-address, docs/authoring.md), then record
  --check     record nothing: fail, listing what the registry lacks, when the built site publishes
              an address or a mark it has not recorded (run it before deploying)
  --dist DIR  the built site to read (default dist/)
CROSSCHECK_CONTENT=DIR records for another content folder.
`;
const { values } = commandLine('npm run urls', { options: { dist: { type: 'string', default: 'dist' }, build: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } } }, usage);
const dist = path.resolve(root, values.dist ?? 'dist');
const contentDir = process.env.CROSSCHECK_CONTENT ?? 'content';
const file = registryPath(root, contentDir);
const shown = (p: string) => path.relative(root, p).split(path.sep).join('/') || p;

if (values.build) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts'), '--out', dist], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CROSSCHECK_ALLOW_REMOVED_URLS: '1' },
  });
  if (result.status !== 0) {
    process.stderr.write('The build failed, so the registry was left as it was.\n');
    process.exit(result.status ?? 1);
  }
}

if (!existsSync(path.join(dist, 'index.html'))) {
  // Another folder than dist/ is built with --out: say so, or the advice builds a site this command does not read.
  const other = dist === path.join(root, 'dist') ? '' : ` ${shown(dist)}`;
  process.stderr.write(
    `There is no built site in ${shown(dist)}. Run \`npm run build${other ? ` -- --out${other}` : ''}\` first, or \`npm run urls -- --build${other ? ` --dist${other}` : ''}\`.\n`,
  );
  process.exit(1);
}

const built = publishedPaths(dist);
const entries = existsSync(file) ? registryEntries(readFileSync(file, 'utf8')) : [];
const { missing, added } = diffRegistry(
  entries.filter((e) => !e.removed).map((e) => e.path),
  built,
);
// What each record's address shows, added to what it showed before (src/check/identity.ts).
const { facts } = await checkContent({ root, contentDir });
// A record's address removed on purpose stays listed as removed, with its marks: no other record may take it.
const have = new Set(built);
const removed = new Map<string, string[]>();
for (const e of entries) if (!have.has(e.path) && e.marks.length > 0) removed.set(e.path, [...new Set([...(removed.get(e.path) ?? []), ...e.marks])].sort());
const text = formatRegistry(built, registryMarks(built, facts, entries), removed);
// The passage anchors each article page shows, added to those recorded before (src/lib/anchors.ts).
const anchorFile = path.join(path.dirname(file), ANCHOR_REGISTRY_NAME);
const recordedAnchors = existsSync(anchorFile) ? parseAnchorRegistry(readFileSync(anchorFile, 'utf8')) : new Map<string, string[]>();
const anchors = mergeAnchors(recordedAnchors, builtAnchors(dist, built));
const newAnchors = [...anchors].flatMap(([page, list]) => list.filter((a) => !(recordedAnchors.get(page) ?? []).includes(a)).map((a) => `${page}#${a}`));
if (values.check) {
  // Before deploying: an address published before it is recorded has no marks, so a record that
  // took it over later (two new files swapped, a new id reused) would go unnoticed.
  const { add, drop } = unrecorded(existsSync(file) ? readFileSync(file, 'utf8') : '', text);
  if (add.length === 0 && drop.length === 0 && newAnchors.length === 0) {
    process.stdout.write(`${shown(file)} records every URL ${shown(dist)} publishes, and what each shows.\n`);
    process.exit(0);
  }
  if (add.length === 0 && drop.length === 0) {
    // A passage's anchor published unrecorded, then its words edited, is lost: links to it would open the page at its top.
    process.stderr.write(
      `${shown(anchorFile)} does not record ${newAnchors.length === 1 ? 'a passage anchor' : `${newAnchors.length} passage anchors`} ${shown(dist)} publishes:\n` +
        newAnchors.map((a) => `  + ${a}\n`).join('') +
        `Run \`npm run urls\`, commit ${shown(anchorFile)} with the content, then deploy.\n`,
    );
    process.exit(1);
  }
  // The anchors listed after the addresses are counted too, in their own file.
  const unrecordedAnchors =
    newAnchors.length === 0 ? '' : `, and ${shown(anchorFile)} does not record ${newAnchors.length === 1 ? 'a passage anchor' : `${newAnchors.length} passage anchors`} (the lines with #m-…)`;
  process.stderr.write(
    `${shown(file)} does not record all that ${shown(dist)} publishes: ${linesToWrite(add.length, drop.length)}${unrecordedAnchors}. ` +
      'Deploy only what the registry records: an address published unrecorded keeps no mark of what it showed, so if another record takes it before it is recorded, no check can notice.\n' +
      add.map((l) => `  + ${l}\n`).join('') +
      drop.map((l) => `  - ${l}\n`).join('') +
      newAnchors.map((a) => `  + ${a}\n`).join('') +
      // Both files, when anchors are unrecorded too: the anchors' file left out of the commit loses them.
      `Run \`npm run urls\`, commit ${shown(file)}${newAnchors.length > 0 ? ` and ${shown(anchorFile)}` : ''} with the content, then deploy.\n`,
  );
  process.exit(1);
}
const marked = remarked(existsSync(file) ? readFileSync(file, 'utf8') : '', text);
writeFileSync(file, text);
writeFileSync(anchorFile, formatAnchorRegistry(anchors));
if (newAnchors.length > 0) process.stdout.write(`Wrote ${shown(anchorFile)}: ${newAnchors.length} new passage anchor${newAnchors.length === 1 ? '' : 's'}.\n`);
process.stdout.write(
  `Wrote ${shown(file)}: ${built.length} URLs (${added.length} added, ${missing.length} removed${marked.length > 0 ? `, ${marked.length} with a new mark of what it shows` : ''}).\n` +
    missing.map((p) => `  removed ${p}\n`).join('') +
    marked.map((p) => `  new mark ${p}\n`).join(''),
);
