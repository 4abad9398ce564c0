/**
 * The files of a content folder, sorted into records of each collection, and the problems that
 * can be seen from their names alone: files outside the collections, in subfolders, with an
 * extension the collection does not read, with a name that is not an id, or with the id of
 * another file.
 */
import { readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { lookAlikeLetter } from '../lib/characters.ts';
import { isId } from '../lib/ids.ts';
import { transliterated } from '../lib/transliterate.ts';
import { collectionOfFields, COLLECTIONS, EXTENSIONS, isCollection, isMarkdown, schemaOf, singular, type CollectionName } from './collections.ts';
import { MAX_FILE_BYTES } from './file.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import * as M from './messages.ts';
import type { Problem } from './problem.ts';
import { fieldsOf } from './schema.ts';
import { nearest, toId } from './suggest.ts';

export interface RecordFile {
  /** Absolute path. */
  abs: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  collection: CollectionName;
  /** The id Astro gives the entry: the file name without its extension. */
  id: string;
}

export interface Listing {
  /** False when the content folder itself does not exist. */
  exists: boolean;
  records: RecordFile[];
  problems: Problem[];
  /** Every file looked at, records or not. */
  count: number;
  /**
   * The collections whose folder the content folder does not hold, each with the folder (as shown)
   * whose name suggests it (`Entities`, `entity`), when there is one.
   */
  missing: { collection: CollectionName; near?: string | undefined }[];
  /**
   * The records that files not read would be once renamed as their problem says (`x.md.txt`,
   * `x.MD`, as `collection/id`): references to them are not reported too, as that one rename
   * resolves them.
   */
  pending: Set<string>;
  /**
   * Records whose file name has a space (`mayor-safety-fi rst.md`), each with the id the name gives
   * (each space a hyphen) and the other ids it gives with some of its spaces left out: when the
   * references name one of those, its spaces were typed inside words, and that is the id
   * (respelled, src/check/corpus.ts).
   */
  spaced: { file: string; collection: CollectionName; id: string; forms: string[]; ext: string }[];
}

const TOP = { line: 1, column: 1 };

/** Files allowed directly in the content folder, not read by any collection. */
const LOOSE = new Set(['readme.md']);

const posix = (p: string) => p.split(path.sep).join('/');

/** Files an operating system writes into the folders it shows (Windows' thumbnails and folder settings): never records, and ignored as hidden files are. */
const SYSTEM_FILES = new Set(['thumbs.db', 'ehthumbs.db', 'desktop.ini']);

/**
 * The record a file is a copy of, by its name: an editor's backup (`report.md~`, `report.md.~1~`,
 * `report.md.bak`), its autosave (`#report.md#`), or what a merge leaves (`report.md.orig`,
 * `report.md.rej`); undefined for any other name.
 */
function backupOf(name: string): string | undefined {
  const m = /^(?:#(.+)#|(.+?)(?:~|\.~\d+~|\.(?:bak|backup|orig|rej|old|sav|swp|tmp)))$/i.exec(name);
  return m?.[1] ?? m?.[2];
}

function entries(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && !(e.isFile() && SYSTEM_FILES.has(e.name.toLowerCase())))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function isDir(dir: string, e: Dirent): boolean {
  if (e.isDirectory()) return true;
  if (!e.isSymbolicLink()) return false;
  try {
    return statSync(path.join(dir, e.name)).isDirectory();
  } catch {
    // A link to nothing is listed as a file, and reported when it cannot be read.
    return false;
  }
}

/** Whether `inner` is `outer` or a folder inside it (both real paths). */
function within(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * A folder's real path, and whether going into it would go round without end: it is a link to a
 * folder on the way to it (`chain`, the real paths of the content folder and of the folders
 * walked into), or to one that holds one of them (`ln -s .. up`, a link to /tmp that holds the
 * content folder). Only links are resolved: a plain folder's real path is its parent's and its name.
 */
function enter(parent: string, realParent: string, e: Dirent, chain: readonly string[]): { real: string; loop: boolean } {
  if (!e.isSymbolicLink()) return { real: path.join(realParent, e.name), loop: false };
  const real = realpathSync(path.join(parent, e.name));
  return { real, loop: chain.some((folder) => within(real, folder)) };
}

/** A symbolic link to a folder that is not followed, and what it names. */
export interface Loop {
  /** The link's path relative to the folder walked. */
  rel: string;
  /** Its target as written. */
  target: string;
}

/**
 * Every file under `dir` (hidden ones excepted), as paths relative to it. Links to folders are
 * not followed: those that would make the walk go round without end are listed in `loops`, the
 * others in `links`. Nothing under a folder inside a collection is a record, and a link may lead
 * anywhere (a home folder, /usr): walked, it took seconds and gave a problem for each of its
 * 50,000 files. A folder directly in a collection named as its records are (`x.md/`, with
 * `extensions`) is listed as a file: it stands where the record would, and is reported once, as a
 * record that cannot be read, rather than each file in it.
 */
function walk(dir: string, chain: readonly string[], loops: Loop[], links: Loop[], prefix = '', extensions: readonly string[] = []): string[] {
  const out: string[] = [];
  const here = path.join(dir, prefix);
  for (const e of entries(here)) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (!isDir(here, e) || (prefix === '' && extensions.some((ext) => e.name.endsWith(ext) && e.name.length > ext.length))) {
      out.push(rel);
      continue;
    }
    const { real, loop } = enter(here, chain.at(-1)!, e, chain);
    if (loop) loops.push({ rel, target: readlinkSync(path.join(here, e.name)) });
    else if (e.isSymbolicLink()) links.push({ rel, target: readlinkSync(path.join(here, e.name)) });
    else out.push(...walk(dir, [...chain, real], loops, links, rel));
  }
  return out;
}

/** The ids a name with spaces gives when each of its spaces (up to six) is a hyphen or is left out. */
function spellings(name: string): string[] {
  const parts = name.split(/\s+/);
  if (parts.length < 2 || parts.length > 7) return [];
  const forms = new Set<string>();
  for (let mask = 0; mask < 2 ** (parts.length - 1); mask++) {
    const form = toId(parts.reduce((text, part, i) => (i === 0 ? part : `${text}${mask & (1 << (i - 1)) ? '' : '-'}${part}`), ''));
    if (form) forms.add(form);
  }
  return [...forms];
}

export function listContent(root: string, contentDir: string): Listing {
  const base = path.resolve(root, contentDir);
  const shown = posix(path.relative(root, base)) || '.';
  const listing: Listing = { exists: true, records: [], problems: [], count: 0, missing: [], pending: new Set(), spaced: [] };
  let top: Dirent[];
  try {
    if (!statSync(base).isDirectory()) throw new Error('not a folder');
    top = entries(base);
  } catch {
    listing.exists = false;
    listing.problems.push({ file: shown, ...TOP, code: M.ContentFolderMissing.code, message: M.ContentFolderMissing.message(shown, COLLECTIONS) });
    return listing;
  }
  const problem = (file: string, code: M.Code, message: string) => listing.problems.push({ file, ...TOP, code, message });

  const realBase = realpathSync(base);
  /** The collections' folders, and the other folders with the collection each name suggests. */
  const present = new Set<string>();
  const others: { folder: string; suggests: string | undefined }[] = [];
  for (const e of top) {
    const rel = `${shown}/${e.name}`;
    if (!isDir(base, e)) {
      listing.count++;
      if (!LOOSE.has(e.name.toLowerCase())) problem(rel, M.UnknownFolder.code, M.UnknownFolder.message(undefined, undefined, COLLECTIONS));
      continue;
    }
    const { real, loop } = enter(base, realBase, e, [realBase]);
    const loops: Loop[] = loop ? [{ rel: '', target: readlinkSync(path.join(base, e.name)) }] : [];
    const links: Loop[] = [];
    // A collection's own folder may be a link to a folder elsewhere; a link to any other folder is not followed.
    if (!loop && e.isSymbolicLink() && !isCollection(e.name)) links.push({ rel: '', target: readlinkSync(path.join(base, e.name)) });
    const files = loop || links.length > 0 ? [] : walk(path.join(base, e.name), [realBase, real], loops, links, '', isCollection(e.name) ? EXTENSIONS[e.name] : []);
    listing.count += files.length + loops.length + links.length;
    for (const l of loops) problem(l.rel ? `${rel}/${l.rel}` : rel, M.FolderLoop.code, M.FolderLoop.message(l.target));
    const suggestion = isCollection(e.name) ? undefined : nearest(e.name, COLLECTIONS, 1)[0];
    for (const l of links) {
      const where = isCollection(e.name) ? `${shown}/${e.name}` : undefined;
      problem(l.rel ? `${rel}/${l.rel}` : rel, M.FolderLink.code, M.FolderLink.message(l.target, where, !l.rel, suggestion && `${shown}/${suggestion}`, COLLECTIONS));
    }
    if (isCollection(e.name)) present.add(e.name);
    else others.push({ folder: rel, suggests: suggestion });
    if (!isCollection(e.name)) {
      for (const f of files) {
        problem(`${rel}/${f}`, M.UnknownFolder.code, M.UnknownFolder.message(`${rel}`, suggestion ? `${shown}/${suggestion}` : undefined, COLLECTIONS));
      }
      continue;
    }
    listCollection(listing, base, shown, e.name, files);
  }
  listing.missing = COLLECTIONS.filter((c) => !present.has(c)).map((collection) => ({ collection, near: others.find((o) => o.suggests === collection)?.folder }));
  return listing;
}

/**
 * The collection a file of another collection's extension (a claim's .md in outlets/) belongs to
 * by its fields, and those fields; undefined when it cannot be read or its fields do not tell.
 */
function otherCollection(abs: string, ext: string, collection: CollectionName): { collection: CollectionName; fields: string[] } | undefined {
  const markdown = ext === '.md';
  if (!markdown && ext !== '.yaml' && ext !== '.yml') return undefined;
  let text: string;
  try {
    if (statSync(abs).size > MAX_FILE_BYTES) return undefined;
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(abs)).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
  const split = markdown ? splitFrontmatter(text) : undefined;
  if (split && split.kind !== 'ok') return undefined;
  const data = parseYaml(split ? split.yaml : text).data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  const belongs = collectionOfFields(keys, collection);
  return belongs && { collection: belongs, fields: keys.filter((k) => Object.hasOwn(fieldsOf(schemaOf(belongs)), k)).slice(0, 4) };
}

function listCollection(listing: Listing, base: string, shown: string, collection: CollectionName, files: string[]) {
  const folder = `${shown}/${collection}`;
  const extensions = EXTENSIONS[collection];
  const problem = (file: string, code: M.Code, message: string) => listing.problems.push({ file, ...TOP, code, message });
  // Extensions as written: the site's loader (src/loaders/checked-glob.ts) matches them case by
  // case, so report.MD would not be published.
  const split = (name: string) => {
    const dot = name.lastIndexOf('.');
    return dot > 0 ? { stem: name.slice(0, dot), ext: name.slice(dot) } : { stem: name, ext: '' };
  };

  const byId = new Map<string, string>();
  /** Every name read so far, by its text in Unicode's composed form (NFC). */
  const sameLooking = new Map<string, string>();
  const unread: { rel: string; stem: string; ext: string }[] = [];
  // Files named by a valid id first (in name order still): of Report.md and report.md, which both
  // give the id report, the one to rename is reported, not the one already named right.
  const named = (f: string) => (isId(split(f).stem) ? 0 : 1);
  for (const f of [...files].sort((a, b) => named(a) - named(b))) {
    const rel = `${folder}/${f}`;
    const { stem, ext } = split(f);
    if (f.includes('/')) {
      if (extensions.includes(ext)) problem(rel, M.NestedFile.code, M.NestedFile.message(folder, stem));
      else unread.push({ rel, stem, ext });
      continue;
    }
    if (!extensions.includes(ext)) {
      unread.push({ rel, stem, ext });
      continue;
    }
    // `gizmodo.yaml.yaml`, its extension typed twice, is the record gizmodo.
    const bare = stem.replace(/\.(?:md|markdown|ya?ml)$/i, '');
    const id = isId(stem) ? stem : toId(bare) || stem;
    // Of names that look the same (café.md, its é written as e and an accent), the other is named.
    const lookalike = sameLooking.get(rel.normalize('NFC'));
    sameLooking.set(rel.normalize('NFC'), rel);
    const other = lookalike ?? byId.get(id);
    // A name that is not an id is to be renamed, unless the id it would take is another file's
    // (Report.md beside report.md): then the two are one record twice, said once.
    if (!isId(stem) && !(other && !lookalike)) problem(rel, M.BadFileName.code, M.BadFileName.message(stem, `${suggestedId(bare)}${ext}`));
    if (other) {
      const look = lookAlikeLetter(stem);
      const unlike = isId(stem) || lookalike ? undefined : split(f).stem.toLowerCase() === split(other.slice(folder.length + 1)).stem ? 'capitals' : look && look.among === 'Latin' ? { letter: look.letter, alphabet: look.alphabet } : 'signs';
      problem(rel, M.DuplicateId.code, M.DuplicateId.message(singular(collection), id, other, false, lookalike !== undefined, unlike));
      continue;
    }
    byId.set(id, rel);
    const forms = isId(stem) ? [] : spellings(bare).filter((form) => form !== id);
    if (forms.length > 0) listing.spaced.push({ file: rel, collection, id, forms, ext });
    listing.records.push({ abs: path.join(base, collection, f), file: rel, collection, id });
  }
  for (const { rel, stem, ext } of unread) {
    // A copy an editor or a merge left beside a record: the site reads the record, not the copy (a notice).
    const original = rel.slice(folder.length + 1).includes('/') ? undefined : backupOf(rel.slice(folder.length + 1));
    if (original !== undefined && byId.get(split(original).stem) === `${folder}/${original}`) {
      problem(rel, M.BackupFile.code, M.BackupFile.message(`${folder}/${original}`));
      continue;
    }
    const twin = byId.get(stem);
    if (twin && !rel.slice(folder.length + 1).includes('/')) {
      problem(rel, M.DuplicateId.code, M.DuplicateId.message(singular(collection), stem, twin, true));
    } else {
      const name = rel.slice(folder.length + 1);
      // A record of another collection, with its extension, put in this one's folder.
      const belongs = name.includes('/') ? undefined : otherCollection(path.join(base, collection, name), ext, collection);
      if (belongs) {
        const move = `${shown}/${belongs.collection}/${toId(stem) || stem}${EXTENSIONS[belongs.collection].includes(ext) ? ext : EXTENSIONS[belongs.collection][0]}`;
        problem(rel, M.WrongCollection.code, M.WrongCollection.message(singular(belongs.collection), belongs.fields, singular(collection), move, isMarkdown(belongs.collection), isMarkdown(belongs.collection) !== (ext === '.md')));
        continue;
      }
      // `report.md.txt`, as an editor's program saved it, is `report.md` renamed.
      const bare = split(name.split('/').at(-1)!).stem.replace(/\.(?:md|markdown|ya?ml|txt)$/i, '');
      problem(rel, M.UnreadFile.code, M.UnreadFile.message(folder, ext, extensions, `${suggestedId(bare)}${extensions[0]}`));
      // Its records' references to it are resolved by the rename the problem says: not reported too.
      const renamed = toId(bare);
      if (!name.includes('/') && renamed && !byId.has(renamed)) listing.pending.add(`${collection}/${renamed}`);
    }
  }
}

/**
 * The id to suggest for a file's name that is not one: its words in lowercase ASCII, a name in
 * Cyrillic or Greek letters spelt in Latin ones first (`Ελευθεροτυπία.yaml` → `eleftherotypia`,
 * as the import names such an outlet), else a placeholder for a name no letters of which an id
 * can spell (Chinese, Arabic).
 */
function suggestedId(name: string): string {
  return toId(name) || toId(transliterated(name)?.text ?? '') || 'a-valid-id';
}
