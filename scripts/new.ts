/**
 * `npm run new -- <file>...`: turns news articles as received (plain text, Markdown, or saved web
 * pages) into record scaffolds in content/articles/, and keeps each one's full text in archive/
 * (which git ignores and the site never publishes) so the checks can verify every quoted span.
 *
 *   npm run new -- ~/Downloads/article.html
 *   npm run new -- article.txt --story anthropic-global-pause-call --outlet gizmodo
 *   npm run new -- article.md --slug a-shorter-slug
 *   npm run new -- ~/Downloads/*.html       # several at once, one line of progress each
 *   npm run new -- ~/Downloads/pause/       # every .html, .htm, .mhtml, .eml, .txt, .md, .mdx, .xml, .rss, .atom file of a folder
 *
 * With several files, the corpus is read once, each file is imported on its own (one that cannot
 * be, because it is unreadable or already recorded, is reported and the others go on), and the
 * run exits with 1 if any was not imported.
 *
 * The scaffold (scripts/lib/import/scaffold.ts) has every field the source and the corpus can
 * fill; what only the editor can write (summary, story, often outlet) is left out with a comment,
 * so `npm run check` reports it until it is written. Its body lists, in a comment, the passages
 * likely to carry claims and the existing claims each may match. An existing record or archive
 * file is never overwritten, and an article already recorded is refused: its address, its text
 * archived, or, without its archive file, the passages its record quotes.
 *
 *   CROSSCHECK_CONTENT=DIR   the content folder (default content/)
 *   CROSSCHECK_ARCHIVE=DIR   the archive folder (default archive/)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { heartbeat } from './lib/heartbeat.ts';
import { readCorpus } from './lib/import/corpus.ts';
import { decodeSource, mailText, mhtmlPage } from './lib/import/decode.ts';
import { addressKey, detectFormat, extractSource, withoutColumns, withoutMailWrapper, withoutPageFurniture, type SourceDocument } from './lib/import/extract.ts';
import { INVISIBLE, isCorrection } from './lib/import/passages.ts';
import { NearCopies, type Resemblance } from './lib/import/near-copies.ts';
import { scaffold } from './lib/import/scaffold.ts';
import { commandLine } from './lib/command-line.ts';
import { isId, MAX_ID_LENGTH } from '../src/lib/ids.ts';
import { nearest, toId } from '../src/check/suggest.ts';
import { markdownText, normaliseQuote } from '../src/check/quotes.ts';
import type { ArticleInfo, CorpusInfo } from './lib/import/corpus.ts';

const root = path.resolve(import.meta.dirname, '..');
const usage = `Usage: npm run new -- <file or folder>... [--slug SLUG] [--outlet ID] [--story ID] [--date YYYY-MM-DD] [--update]

Writes a record scaffold in content/articles/ for each saved article (.html, .mhtml, .eml, .txt,
.md, .mdx, or a feed item, .xml), or for each such file of a folder, and keeps its full text in archive/.
  --slug SLUG        the record's id and address (content/articles/SLUG.md), instead of one made
                     from the headline: lowercase letters and digits in words joined by hyphens
  --outlet ID        the outlet (an id in content/outlets/), instead of the one found in the source
  --story ID         the story (an id in content/stories/)
  --date YYYY-MM-DD  the day the article enters the corpus (added; default today), not the day it
                     was published, which is read from the source
  --update           for an article already recorded that the outlet has since corrected or
                     updated: archive this version of its text for the record (the earlier one
                     is kept beside it), and say what changed that the record may need
CROSSCHECK_CONTENT=DIR writes into another content folder; CROSSCHECK_ARCHIVE=DIR archives into another folder.
`;
const { values, positionals } = commandLine('npm run new', {
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    outlet: { type: 'string' },
    story: { type: 'string' },
    /** The day it enters the corpus (`added`); default today. */
    date: { type: 'string' },
    /** A new version of an article already recorded: archive its text for the record. */
    update: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
}, usage);
if (values.help || positionals.length === 0) {
  process.stderr.write(usage);
  process.exit(values.help ? 0 : 2);
}

const contentDir = process.env.CROSSCHECK_CONTENT ?? 'content';
const archiveDir = path.resolve(root, process.env.CROSSCHECK_ARCHIVE ?? 'archive');
/**
 * The folder the editor ran the command in: `npm run` runs it in the project's root, and says
 * where it was run in INIT_CWD. The files named are found from there, and shown from there.
 */
const here = process.env.INIT_CWD ?? process.cwd();
const shown = (file: string) => path.relative(here, file).split(path.sep).join('/') || file;
const stop = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

/** The files to import: those named, and the article files of the folders named, in order, once each. */
const IMPORTABLE = /\.(?:html?|xhtml|mht|mhtml|eml|txt|text|md|mdx|markdown|xml|rss|atom)$/i;
const sources: string[] = [];
/**
 * The page a folder holds the parts of, when it is the folder a browser saves beside a page saved
 * as "Web page, complete" (`article_files/` beside `article.html`): its images, styles and
 * frames, which are no articles (`npm run new -- ~/Downloads/*` names it too).
 */
const pageOfParts = (folder: string) => {
  const base = /^(.+)_files$/.exec(path.basename(folder))?.[1];
  return base === undefined ? undefined : ['html', 'htm', 'xhtml'].map((ext) => path.join(path.dirname(folder), `${base}.${ext}`)).find((file) => existsSync(file));
};
for (const given of positionals) {
  const full = path.resolve(here, given);
  if (!existsSync(full)) stop(`There is no file ${given}. Give the path of the saved article. Nothing was written.`);
  const parts = statSync(full).isDirectory() ? pageOfParts(full) : undefined;
  if (parts) {
    process.stdout.write(`Left out ${given}: it holds the images, styles and frames the browser saved with ${shown(parts)}, not an article.\n`);
    continue;
  }
  const found = statSync(full).isDirectory()
    ? readdirSync(full)
        .filter((name) => IMPORTABLE.test(name) && !name.startsWith('.'))
        .sort()
        .map((name) => path.join(full, name))
    : [full];
  if (found.length === 0) {
    // Only the folder's own files are imported, never its folders' (a folder of everything saved): say which hold articles.
    const within = readdirSync(full, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && pageOfParts(path.join(full, entry.name)) === undefined)
      .filter((entry) => readdirSync(path.join(full, entry.name)).some((name) => IMPORTABLE.test(name) && !name.startsWith('.')))
      .map((entry) => `${given.replace(/[\\/]+$/, '')}/${entry.name}`)
      .sort();
    const inside = within.length > 0 ? ` of its own (the files of the folders in it are not imported: name ${within.length === 1 ? 'the folder that holds them' : 'each folder that holds them'}, ${within.slice(0, 3).join(', ')}${within.length > 3 ? ', …' : ''})` : '';
    stop(`The folder ${given} has no .html, .htm, .mhtml, .eml, .txt, .md, .mdx or feed (.xml, .rss, .atom) file${inside}. Nothing was written.`);
  }
  for (const file of found) {
    if (!sources.includes(file)) sources.push(file);
    // The same file named again (typed twice, or inside a folder named too): imported once, and said so.
    else if (found.length === 1) process.stdout.write(`Left out ${given} the second time it is named: it is imported once.\n`);
  }
}
if (sources.length === 0) stop('There is no article to import: give the saved page, not the folder of its parts. Nothing was written.');
if (values.slug !== undefined && sources.length > 1) stop(`--slug names one article's record, and ${sources.length} files were given. Import them one at a time to choose their slugs.`);
// The slug is a file name and an address: one that is not an id would be written where the checks refuse it, or outside content/articles/ (`../x`).
if (values.slug !== undefined && !isId(values.slug)) {
  const id = toId(values.slug);
  stop(`--slug ${values.slug} is not a valid id: lowercase letters and digits in words joined by single hyphens, at most ${MAX_ID_LENGTH} characters${id ? `, as in --slug ${id}` : ''}. Nothing was written.`);
}
/** The editor's day, on the computer's clock (in UTC it may already be tomorrow, or still yesterday). */
const localDay = (now: Date) => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const today = values.date ?? localDay(new Date());
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) stop(`--date ${today} is not a date written as YYYY-MM-DD.`);
// 2026-02-30 has the shape of a date, and the checks would then refuse the record's added.
const day = new Date(`${today}T00:00:00Z`);
if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== today) stop(`--date ${today} is not a day of the calendar. Check the day and the month. Nothing was written.`);

// A mistyped CROSSCHECK_CONTENT would otherwise be created, with a scaffold alone in it, and the checks would never see the record.
if (!existsSync(path.resolve(root, contentDir))) {
  stop(
    `There is no content folder ${shown(path.resolve(root, contentDir))}/ to write the record in, ` +
      (process.env.CROSSCHECK_CONTENT === undefined
        ? 'so this is not a Crosscheck project folder: run the command in the one that holds content/. Nothing was written.'
        : 'where CROSSCHECK_CONTENT says the content is. Point CROSSCHECK_CONTENT at the folder that holds articles/, claims/ and the others, or leave it unset to use content/. Nothing was written.'),
  );
}
process.stdout.write(`Reading the corpus in ${contentDir}/ (the checks' cache makes this quick after the first time)…\n`);
const started = performance.now();
const stillReading = heartbeat('reading the corpus');
const corpus = await readCorpus(root, contentDir);
stillReading();
process.stdout.write(
  `Read ${corpus.articles.length.toLocaleString('en-US')} articles and ${corpus.claims.length.toLocaleString('en-US')} claims in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`,
);
for (const [flag, id, kind, records] of [
  ['--outlet', values.outlet, 'outlet', corpus.outlets],
  ['--story', values.story, 'story', corpus.stories],
] as const) {
  if (id === undefined || records.some((r) => r.id === id)) continue;
  // A renamed record's old id (as an editor remembers it) names it no more: say which id it has now.
  const renamed = records.find((r) => r.aliases?.includes(id));
  if (renamed) stop(`${flag} ${id}: "${id}" is an old id of the ${kind} "${renamed.id}", which lists it in aliases. Give ${flag} ${renamed.id}. Nothing was written.`);
  const near = nearest(id, records.map((r) => r.id));
  // A new record not written yet (an editor starting a story with its first articles): say where it goes.
  const file = `${contentDir}/${kind === 'outlet' ? 'outlets' : 'stories'}/${id}.${kind === 'outlet' ? 'yaml' : 'md'}`;
  const advice = near.length > 0 ? ` Did you mean ${near.map((n) => `${flag} ${n}`).join(' or ')}?` : ` Write ${file} first, or leave ${flag} out and fill in ${kind}: in the scaffold.`;
  stop(`${flag} ${id}: there is no such id in ${contentDir}/ (no file ${file}).${advice} Nothing was written.`);
}

/**
 * The wording of every recorded article, to tell the editor when a new text is nearly the same as
 * one (its archived text, or, without it, the spans its record quotes): built once a run, in one
 * pass over the archive, each file then looked up in it (scripts/lib/import/near-copies.ts).
 */
const nearCopies = new NearCopies();
{
  const since = performance.now();
  const recorded = corpus.articles.filter((a) => a.archive || (a.spans?.length ?? 0) > 0);
  let told = since;
  for (const [i, article] of recorded.entries()) {
    const file = article.archive ? path.join(archiveDir, article.archive) : undefined;
    if (file && existsSync(file)) nearCopies.addArchive(article.slug, readFileSync(file, 'utf8'));
    else if (article.spans) nearCopies.addSpans(article.slug, article.spans);
    // Long work shows progress: a large archive says how far it is, every five seconds.
    if (performance.now() - told >= 5_000) {
      told = performance.now();
      process.stdout.write(`  … comparing texts: ${(i + 1).toLocaleString('en-US')} of ${recorded.length.toLocaleString('en-US')} recorded articles read\n`);
    }
  }
  if (performance.now() - since >= 1_000) process.stdout.write(`Read the wording of ${recorded.length.toLocaleString('en-US')} recorded articles in ${((performance.now() - since) / 1000).toFixed(1)} s.\n`);
}

/** What the editor is told of a text nearly the same as a recorded article's (never refused: it may be a copy published elsewhere). */
function nearNote(near: Resemblance, article: ArticleInfo | undefined): string {
  const percent = `${Math.round(near.share * 100)}%`;
  const what =
    near.by === 'archive'
      ? `${percent} of the wording of ${near.whole ? 'its archived text' : 'the shorter of its archived text and this one'}${article?.archive ? ` (${shown(path.join(archiveDir, article.archive))})` : ''} is in both`
      : `this text has ${percent} of the wording its claim mentions quote (its archive is not here to compare the whole text)`;
  return `  Note: this looks like ${contentDir}/articles/${near.slug}.md, already recorded: ${what}. If it is the same article, delete the record written here and its archive file; if it is a copy published elsewhere (another outlet's, or the same outlet's at another address), write via: ${near.slug} in the new record, so that the two count as one source.`;
}

/** The recorded article whose archive file holds the words of `archived`, if any (sizes and headlines are compared first, so few files are read). */
function archivedAs(archived: string, headline: string | undefined, articles: readonly ArticleInfo[]): ArticleInfo | undefined {
  const size = Buffer.byteLength(archived);
  const words = sameWords(archived);
  return articles.find((article) => {
    if (!article.archive) return false;
    const file = path.join(archiveDir, article.archive);
    if (!existsSync(file)) return false;
    // A file is read only when it may be a copy: the same headline, or about the same size.
    const near = Math.abs(statSync(file).size - size) <= Math.max(64, size / 50);
    return (near || (headline !== undefined && article.headline === headline)) && sameWords(readFileSync(file, 'utf8')) === words;
  });
}

/** Each record's spans as compared, made once a run (a folder of files is compared with every record for each). */
const normalisedSpans = new Map<ArticleInfo, string[]>();
/** The fewest spans, and characters of them, a record must quote for a text that has them all to be known as its article. */
const KNOWN_SPANS = 3;
const KNOWN_CHARS = 100;

/**
 * The recorded article whose archive file is not there to compare (archive/ is not in git: a new
 * clone has none) and whose record quotes, in its claim mentions, {@link KNOWN_SPANS} passages or
 * more that `archived` all holds, as the checks compare a span with its archive (curly quotes and
 * spacing aside): the same article, imported again. (Another article that quotes them all is
 * imported with --slug, which names it.)
 */
function quotedIn(archived: string, articles: readonly ArticleInfo[], archivedToo = false): { article: ArticleInfo; spans: number } | undefined {
  let text: string | undefined;
  for (const article of articles) {
    if (!archivedToo && article.archive && existsSync(path.join(archiveDir, article.archive))) continue;
    if ((article.spans?.length ?? 0) < KNOWN_SPANS) continue;
    let spans = normalisedSpans.get(article);
    if (spans === undefined) {
      // Longest first: the one least likely to be in another text is tried first.
      spans = [...new Set(article.spans!.map(normaliseQuote))].filter((span) => span !== '').sort((a, b) => b.length - a.length);
      normalisedSpans.set(article, spans);
    }
    if (spans.length < KNOWN_SPANS || spans.join('').length < KNOWN_CHARS) continue;
    text ??= normaliseQuote(markdownText(archived));
    if (spans.every((span) => text!.includes(span))) return { article, spans: spans.length };
  }
  return undefined;
}

/** A text as compared with one archived before: its words, whatever its line endings, spacing and invisible characters (a copy saved again). */
const sameWords = (text: string) => text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();

/** Imports one file; returns what to print, or throws an Error saying why it was not imported (nothing written). */
function importOne(source: string, corpus: CorpusInfo): string[] {
  const given = shown(source);
  const file = readFileSync(source);
  // A page saved as one file (.mhtml) is read as the page it holds; a saved e-mail (.eml), as the text it shows.
  const page = mhtmlPage(file);
  const mail = page ? undefined : mailText(file);
  const bytes = page?.html ?? (mail === undefined ? file : new TextEncoder().encode(mail));
  const name = page ? `${path.basename(source)}.html` : path.basename(source);
  const decoded = decodeSource(bytes, detectFormat(name, new TextDecoder('latin1').decode(bytes.subarray(0, 2000))) === 'html');
  if (!decoded.ok) throw new Error(`${given} cannot be read as text: ${decoded.reason}. Give a plain text, Markdown or saved web page file.`);
  const { text, note: encodingNote } = decoded;
  const doc = extractSource(name, text);
  if (!doc.url && page?.location && URL.canParse(page.location) && /^https?:/.test(page.location)) doc.url = page.location;
  if (doc.text.trim() === '') throw new Error(`${given} has no article text${file.length === 0 ? ' (the file is empty)' : ''}. Give the saved article. Nothing was written.`);

  /**
   * What the archive keeps (what quotes are checked against): the file itself, without the
   * wrapper of the e-mail it came in (a newsletter's footer) and the running heads and page numbers
   * of a copy of a PDF, its two columns one after the other; for a web page, the text read from it.
   */
  const archived =
    doc.format === 'html' ? `${doc.headline ? `${doc.headline}\n\n` : ''}${doc.text}\n` : withoutPageFurniture(withoutMailWrapper(doc.format === 'text' ? withoutColumns(text) : text));
  const extension = doc.format === 'markdown' ? 'md' : 'txt';

  // Imported before: the same address, or archived under this file's own name.
  // The same address, however it was shared: http or https, with or without www, a final slash, an AMP version.
  const key = doc.url ? addressKey(doc.url) : undefined;
  const byUrl = key ? corpus.articles.find((a) => a.url !== undefined && addressKey(a.url) === key) : undefined;
  const byArchive = corpus.articles.find((a) => a.archive === path.basename(source));
  // A new version of an article already recorded (the outlet corrected or updated it): its text is archived for that record.
  if (values.update) {
    const bySlug = values.slug === undefined ? undefined : corpus.articles.find((a) => a.slug === values.slug);
    if (values.slug !== undefined && !bySlug) throw new Error(`--update --slug ${values.slug}: there is no record ${contentDir}/articles/${values.slug}.md to archive a new version for. Give the slug of the article's record. Nothing was written.`);
    const recorded = bySlug ?? byUrl ?? byArchive;
    if (!recorded) {
      throw new Error(
        `--update archives a new version of an article already recorded, and no record has this file's address${doc.url ? `, ${doc.url}` : ' (the file gives none)'}. Name the record with --slug, or leave --update out to import it as a new article. Nothing was written.`,
      );
    }
    return updateArchive(recorded, doc, archived, extension);
  }
  /** Said when the article is refused as recorded but its text is not the one archived: how to archive this version. */
  const newVersion = (article: ArticleInfo) => {
    const file = article.archive ? path.join(archiveDir, article.archive) : undefined;
    if (!file || !existsSync(file) || sameWords(readFileSync(file, 'utf8')) === sameWords(archived)) return '';
    return ` Its text is not the one archived as ${shown(file)}: if the outlet has corrected or updated the article since, archive this version for the record with npm run new -- --update ${given}.`;
  };
  if (byUrl) {
    const same = byUrl.url === doc.url ? '' : ` (this file's address, ${doc.url}, is the same page's)`;
    throw new Error(`This article is already recorded: ${contentDir}/articles/${byUrl.slug}.md has the address ${byUrl.url}${same}.${newVersion(byUrl)} Nothing was written.`);
  }
  if (byArchive) throw new Error(`This article is already recorded: ${contentDir}/articles/${byArchive.slug}.md archives it as ${byArchive.archive}.${newVersion(byArchive)} Nothing was written.`);
  // A text without an address, archived before under the name its slug gave it: the same text,
  // word for word (a copy saved again may differ in its line endings or spacing). (The same text at another address is a syndicated copy, a record of its own.)
  const sameText = doc.url ? undefined : archivedAs(archived, doc.headline, corpus.articles);
  if (sameText) throw new Error(`This article is already recorded: ${contentDir}/articles/${sameText.slug}.md archives the same text as ${sameText.archive}. Nothing was written.`);
  const known = doc.url || values.slug ? undefined : quotedIn(archived, corpus.articles);
  // A text with an address whose passages a record without one quotes may be that article, found
  // again at its address (or a copy of it published elsewhere, a record of its own): said, not refused.
  const unaddressed = doc.url ? quotedIn(archived, corpus.articles.filter((a) => a.url === undefined), true) : undefined;
  if (known) {
    const where = known.article.archive ? `its archive, ${known.article.archive}, is not in ${shown(archiveDir)}/ to compare the whole text` : 'it has no archive to compare the whole text';
    throw new Error(`This article is already recorded: ${contentDir}/articles/${known.article.slug}.md quotes ${known.spans} passages of this text in its claim mentions (${where}). If this is another article that quotes them all, give it a slug of its own with --slug. Nothing was written.`);
  }
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

  // Nearly the same as a recorded article (re-typed, another headline, another address): told, never refused.
  // Its text as read, not its archive: a press release's boilerplate or an e-mail's headers, which another file may share, are left out.
  const wording = `${doc.headline ?? ''}\n\n${doc.text}`;
  const near = nearCopies.find(wording).filter((n) => n.slug !== unaddressed?.article.slug);
  const result = scaffold(doc, corpus, {
    nearCopies: near,
    today,
    sourceName: path.basename(source),
    archiveName,
    slug: values.slug,
    outlet: values.outlet,
    story: values.story,
    archived,
  });
  const renamed = corpus.articles.find((a) => a.aliases?.includes(result.slug));
  if (renamed) throw new Error(`"${result.slug}" is an old id of ${contentDir}/articles/${renamed.slug}.md, which lists it in aliases, so its address redirects there. Choose another slug with --slug. Nothing was written.`);
  const record = path.resolve(root, contentDir, 'articles', `${result.slug}.md`);
  if (existsSync(record)) throw new Error(`${shown(record)} already exists and is never overwritten. Choose another slug with --slug.`);
  mkdirSync(path.dirname(record), { recursive: true });
  mkdirSync(archiveDir, { recursive: true });
  const archiveFile = path.join(archiveDir, result.archive);
  if (!existsSync(archiveFile)) writeFileSync(archiveFile, archived, { flag: 'wx' });
  writeFileSync(record, result.text, { flag: 'wx' });
  // The next file of this run sees this one as recorded (its slug, address and archive are taken).
  corpus.articles.push({ slug: result.slug, headline: doc.headline, url: doc.url, archive: result.archive });
  nearCopies.addArchive(result.slug, wording);

  const matched = new Set(result.passages.flatMap((p) => p.matches.map((m) => m.id)));
  return [
    ...(encodingNote ? [`  ${encodingNote[0]!.toUpperCase()}${encodingNote.slice(1)}.`] : []),
    ...(unaddressed
      ? [
          `  Note: ${contentDir}/articles/${unaddressed.article.slug}.md, which has no address, quotes ${unaddressed.spans} passages of this text. If it is this article, write url: ${doc.url} there and delete the record written here; if this is a copy published elsewhere, keep both.`,
        ]
      : []),
    ...near.slice(0, 3).map((n) => nearNote(n, corpus.articles.find((a) => a.slug === n.slug))),
    `Wrote ${shown(record)}`,
    `  and archived the full text as ${shown(archiveFile)} (not published; the checks verify quotes against it).`,
    `Filled: ${result.filled.join(', ')}.`,
    `Listed ${result.passages.length}${result.found > result.passages.length ? ` of ${result.found.toLocaleString('en-US')}` : ''} passage${result.found === 1 ? '' : 's'} likely to carry claims, matching ${matched.size} existing claim${matched.size === 1 ? '' : 's'}.`,
    'For you to write:',
    ...result.todo.map((t) => `  - ${t}`),
  ];
}

/** A name in the archive that no file has yet: `name`, or with `-2`, `-3`… before its extension. */
function freeName(name: string): string {
  const extension = path.extname(name);
  const base = name.slice(0, name.length - extension.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${base}-${n}${extension}`;
    if (!existsSync(path.join(archiveDir, candidate))) return candidate;
  }
}

/**
 * Archives `archived`, the text of a new version of the recorded `article` (the outlet corrected
 * or updated it), for its record: in place of the text the record names, which is kept beside it
 * (`….earlier.txt`), so that the checks verify the record's quotes against the article as it now
 * reads. The record itself is never written: what may need changing in it (a headline or date the
 * outlet changed, a correction notice to say and quote) is said, and `npm run check` then reports
 * each passage it quotes that this version no longer has.
 */
function updateArchive(article: ArticleInfo, doc: SourceDocument, archived: string, extension: string): string[] {
  const record = `${contentDir}/articles/${article.slug}.md`;
  const file = article.archive ? path.join(archiveDir, article.archive) : undefined;
  const earlier = file && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (earlier !== undefined && sameWords(earlier) === sameWords(archived)) {
    return [`The text archived for ${record} as ${shown(file!)} is this one already. Nothing was written.`];
  }
  mkdirSync(archiveDir, { recursive: true });
  const lines: string[] = [];
  // Written in place of the text the record names, when it is of the same kind (the checks read a .md archive as Markdown).
  if (article.archive && file && path.extname(article.archive) === `.${extension}`) {
    if (earlier !== undefined) {
      const kept = freeName(article.archive.replace(/(\.[^.]+)$/, '.earlier$1'));
      renameSync(file, path.join(archiveDir, kept));
      writeFileSync(file, archived, { flag: 'wx' });
      lines.push(`Archived this version of ${record} as ${shown(file)}, in place of the earlier text, which is kept as ${shown(path.join(archiveDir, kept))} (not published).`);
    } else {
      writeFileSync(file, archived, { flag: 'wx' });
      lines.push(`Archived this version of ${record} as ${shown(file)}, the file its record names (not published).`);
    }
  } else {
    const name = freeName(`${article.slug}.${extension}`);
    writeFileSync(path.join(archiveDir, name), archived, { flag: 'wx' });
    const why = article.archive ? `in place of archive: ${article.archive}, ${extension === 'md' ? 'as this version is Markdown' : 'as this version is not Markdown'}` : 'which names no archived text yet';
    lines.push(`Archived this version of ${record} as ${shown(path.join(archiveDir, name))} (not published). Write archive: ${name} in the record, ${why}.`);
  }
  // What the outlet changed that the record says too.
  if (doc.headline !== undefined && article.headline !== undefined && doc.headline !== article.headline && !article.headline.startsWith('[')) {
    lines.push(`  Its headline now reads “${doc.headline}”, and the record has “${article.headline}”: if the outlet changed it, write the new one in the record.`);
  }
  if (doc.published !== undefined && article.published !== undefined && Date.parse(doc.published) !== Date.parse(article.published)) {
    lines.push(`  Its date now reads ${doc.published}, and the record has published: ${article.published}: if the outlet corrected it, write the new one in the record (never an update's date).`);
  }
  const before = earlier === undefined ? '' : sameWords(earlier);
  for (const notice of doc.text.split(/\n{2,}/).map((p) => p.trim().replace(/\s+/g, ' ')).filter((p) => isCorrection(p) && !before.includes(sameWords(p)))) {
    lines.push(`  It has a correction notice: say in the record's account that the article was corrected, and quote the corrected wording. The notice: “${notice}”`);
  }
  lines.push('`npm run check` reports each passage the record quotes that this version no longer has: quote it as the article now reads, or take the mention out.');
  return lines;
}

const failed: string[] = [];
for (const [i, source] of sources.entries()) {
  // The reading is one piece of work that cannot report as it goes: a large file says so first.
  const size = statSync(source).size;
  const large = size >= 1_000_000 ? ` (${(size / 1_000_000).toFixed(1)} MB: a few seconds a megabyte)` : '';
  process.stdout.write(`\n${sources.length > 1 ? `[${i + 1}/${sources.length}] ` : ''}Reading ${shown(source)}${large}…\n`);
  try {
    process.stdout.write(`${importOne(source, corpus).join('\n')}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    failed.push(shown(source));
  }
}
if (sources.length > 1) {
  process.stdout.write(`\nImported ${sources.length - failed.length} of ${sources.length} files.${failed.length > 0 ? ` Not imported (see above): ${failed.join(', ')}.` : ''}\n`);
}
if (failed.length < sources.length && !values.update) process.stdout.write('`npm run check` reports what is still missing.\n');
process.exit(failed.length > 0 ? 1 : 0);
