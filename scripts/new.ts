/**
 * `npm run new -- <file>`: turns a news article as received (plain text, Markdown, or a saved web
 * page) into a record scaffold in content/articles/, and keeps its full text in archive/ (which
 * git ignores and the site never publishes) so the checks can verify every quoted span.
 *
 *   npm run new -- ~/Downloads/article.html
 *   npm run new -- article.txt --story anthropic-global-pause-call --outlet gizmodo
 *   npm run new -- article.md --slug a-shorter-slug
 *
 * The scaffold (scripts/lib/import/scaffold.ts) has every field the source and the corpus can
 * fill; what only the editor can write (summary, story, often outlet) is left out with a comment,
 * so `npm run check` reports it until it is written. Its body lists, in a comment, the passages
 * likely to carry claims and the existing claims each may match. An existing record or archive
 * file is never overwritten, and an article whose address is already recorded is refused.
 *
 *   CROSSCHECK_CONTENT=DIR   the content folder (default content/)
 *   CROSSCHECK_ARCHIVE=DIR   the archive folder (default archive/)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from './lib/import/corpus.ts';
import { decodeSource } from './lib/import/decode.ts';
import { detectFormat, extractSource } from './lib/import/extract.ts';
import { scaffold } from './lib/import/scaffold.ts';

const root = path.resolve(import.meta.dirname, '..');
const usage = 'Usage: npm run new -- <file> [--slug SLUG] [--outlet ID] [--story ID] [--date YYYY-MM-DD]\n';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    outlet: { type: 'string' },
    story: { type: 'string' },
    /** The day it enters the corpus (`added`); default today. */
    date: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || positionals.length !== 1) {
  process.stderr.write(usage);
  process.exit(values.help ? 0 : 2);
}

const contentDir = process.env.CROSSCHECK_CONTENT ?? 'content';
const archiveDir = path.resolve(root, process.env.CROSSCHECK_ARCHIVE ?? 'archive');
const shown = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/') || file;
const stop = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const source = path.resolve(process.cwd(), positionals[0]!);
if (!existsSync(source)) stop(`There is no file ${positionals[0]}. Give the path of the saved article.`);
const bytes = readFileSync(source);
const decoded = decodeSource(bytes, detectFormat(path.basename(source), new TextDecoder('latin1').decode(bytes.subarray(0, 2000))) === 'html');
if (!decoded.ok) stop(`${positionals[0]} cannot be read as text: ${decoded.reason}. Give a plain text, Markdown or saved web page file.`);
const { text, note: encodingNote } = decoded as Extract<typeof decoded, { ok: true }>;
const today = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) stop(`--date ${today} is not a date written as YYYY-MM-DD.`);

process.stdout.write(`Reading ${shown(source)}…\n`);
if (encodingNote) process.stdout.write(`  ${encodingNote[0]!.toUpperCase()}${encodingNote.slice(1)}.\n`);
const doc = extractSource(path.basename(source), text);
process.stdout.write(`Reading the corpus in ${contentDir}/ (the checks' cache makes this quick after the first time)…\n`);
const started = performance.now();
const corpus = await readCorpus(root, contentDir);
process.stdout.write(
  `Read ${corpus.articles.length.toLocaleString('en-US')} articles and ${corpus.claims.length.toLocaleString('en-US')} claims in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`,
);

// Imported before: the same address, or archived under this file's own name.
const byUrl = doc.url ? corpus.articles.find((a) => a.url === doc.url) : undefined;
if (byUrl) stop(`This article is already recorded: ${contentDir}/articles/${byUrl.slug}.md has the address ${doc.url}. Nothing was written.`);
const byArchive = corpus.articles.find((a) => a.archive === path.basename(source));
if (byArchive) stop(`This article is already recorded: ${contentDir}/articles/${byArchive.slug}.md archives it as ${byArchive.archive}. Nothing was written.`);
for (const [flag, id, list] of [
  ['--outlet', values.outlet, corpus.outlets.map((o) => o.id)],
  ['--story', values.story, corpus.stories.map((s) => s.id)],
] as const) {
  if (id !== undefined && !list.includes(id)) stop(`${flag} ${id}: there is no such id in ${contentDir}/. Nothing was written.`);
}

/** What the archive keeps: the file itself, or for a web page the text read from it (what quotes are checked against). */
const archived = doc.format === 'html' ? `${doc.headline ? `${doc.headline}\n\n` : ''}${doc.text}\n` : text;
const extension = doc.format === 'markdown' ? 'md' : 'txt';
const archiveName = (slug: string) => {
  const name = `${slug}.${extension}`;
  const existing = path.join(archiveDir, name);
  // Another text already archived under this name is never replaced: this one gets a number.
  if (!existsSync(existing) || readFileSync(existing, 'utf8') === archived) return name;
  for (let n = 2; ; n++) {
    const other = `${slug}-${n}.${extension}`;
    if (!existsSync(path.join(archiveDir, other))) return other;
  }
};

const result = scaffold(doc, corpus, {
  today,
  sourceName: path.basename(source),
  archiveName,
  slug: values.slug,
  outlet: values.outlet,
  story: values.story,
});
const record = path.resolve(root, contentDir, 'articles', `${result.slug}.md`);
if (existsSync(record)) stop(`${shown(record)} already exists and is never overwritten. Choose another slug with --slug.`);
mkdirSync(path.dirname(record), { recursive: true });
mkdirSync(archiveDir, { recursive: true });
const archiveFile = path.join(archiveDir, result.archive);
if (!existsSync(archiveFile)) writeFileSync(archiveFile, archived, { flag: 'wx' });
writeFileSync(record, result.text, { flag: 'wx' });

const matched = new Set(result.passages.flatMap((p) => p.matches.map((m) => m.id)));
process.stdout.write(
  [
    '',
    `Wrote ${shown(record)}`,
    `  and archived the full text as ${shown(archiveFile)} (not published; the checks verify quotes against it).`,
    `Filled: ${result.filled.join(', ')}.`,
    `Listed ${result.passages.length} passage${result.passages.length === 1 ? '' : 's'} likely to carry claims, matching ${matched.size} existing claim${matched.size === 1 ? '' : 's'}.`,
    'For you to write:',
    ...result.todo.map((t) => `  - ${t}`),
    '`npm run check` reports what is still missing.',
    '',
  ].join('\n'),
);
