/**
 * Every message the content checks can show an editor, in one place, each under a code that
 * never changes (after withastro/astro `packages/astro/src/core/errors/errors-data.ts`).
 *
 * A message says what is wrong, where the rule comes from when it is not obvious, and what to
 * do, in plain sentences. The place (`path:line:column`) is added by the checks; the code is
 * printed after the message, so an editor can look it up in docs/authoring.md, which explains
 * every code below (tests/unit/check/messages.test.ts keeps the two in step).
 */

import { LATIN_LOOK_ALIKES, lookAlikeLetter } from '../lib/characters.ts';
import { MAX_ID_LENGTH } from '../lib/ids.ts';

export interface MessageDef<Args extends unknown[] = unknown[]> {
  /** Stable name of the problem: printed after the message and used as a heading in the guide. */
  code: string;
  /** A short title for the guide. */
  title: string;
  message: (...args: Args) => string;
  /** What to do, for the guide. */
  hint: string;
  /**
   * A notice, not a problem: something a reader will miss, said at its place so the editor can
   * add it, that does not stop the build. A body is untrusted input, and a site that refused to
   * publish it for a missing description would refuse the whole corpus for one pasted image.
   */
  notice?: true;
}

const q = (value: string) => JSON.stringify(value);
/** `a claim`, `an outlet`. */
const an = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
function either(values: readonly string[]): string {
  const quoted = values.map(q);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** `a`, `a and b`, `a, b and c`: values written as they are, without quotation marks. */
const listed = (values: readonly string[]) => (values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`);
const didYouMean = (suggestions: readonly string[]) => (suggestions.length > 0 ? ` Did you mean ${either(suggestions)}?` : '');
const shown = (source: string) => ` In: ${source}`;
/** A text as a YAML value: as it is, or in double quotes when YAML would read it otherwise (docs/authoring.md, Text values). */
const plainYaml = (text: string) => (/: |\s#|^[\s"'[{*&!|>#%@`]|\s$/.test(text) ? q(text) : text);
/** That an id is a record's old id, which only redirects: what to write instead. */
const oldId = (kind: string, id: string, current: string, write: string) =>
  ` ${q(id)} is an old id of the ${kind} ${q(current)}, which lists it in aliases: an old id only redirects old links to its page. Write the current id, ${write}.`;

/** The invisible formatting characters text pasted from a page or a word processor brings, by name. */
const INVISIBLE_NAMES: Record<string, string> = {
  '\u00AD': 'a soft hyphen',
  '\u200B': 'a zero-width space',
  '\u200C': 'a zero-width non-joiner',
  '\u200D': 'a zero-width joiner',
  '\u200E': 'a left-to-right mark',
  '\u200F': 'a right-to-left mark',
  '\u2060': 'a word joiner',
  '\u2061': 'an invisible function application',
  '\u2062': 'an invisible times',
  '\u2063': 'an invisible separator',
  '\u2064': 'an invisible plus',
  '\uFEFF': 'a zero-width no-break space',
};

/**
 * What an editor cannot see in an id or a name shown in a message: its first invisible formatting
 * character (Unicode's Cf, such as a zero-width space), named, after the letters before it, with
 * what to do. '' when there is none. Quoted, `"wire​"` reads as `"wire"`.
 */
export function invisibleName(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return INVISIBLE_NAMES[char] ? `${INVISIBLE_NAMES[char]} (${code})` : code;
}

export function invisibleIn(text: string): string {
  const after = (index: number) => (index === 0 ? 'at its start' : `after ${q(excerptEnd(text.slice(0, index)))}`);
  const m = /\p{Cf}/u.exec(text);
  if (m) return ` It holds an invisible character, ${invisibleName(m[0])}, ${after(m.index)}: delete it.`;
  // What an id cannot hold and a message shows as something it can: a space that is not one, a letter of another alphabet.
  const space = /[\p{Zs}]/u.exec(text);
  if (space && space[0] !== ' ') return ` It holds ${SPACE_NAMES[space[0]] ?? 'a space'} (${codePointOf(space[0])}) ${after(space.index)}, which shows as a space: delete it${/-/.test(text) ? '' : ', or write a hyphen for it between words'}.`;
  const look = lookAlikeLetter(text);
  if (look) {
    const latin = look.among === 'Latin' ? LATIN_LOOK_ALIKES[look.letter] : undefined;
    return ` It holds the ${look.alphabet} letter ${q(look.letter)} (${codePointOf(look.letter)}) ${after(look.index)}, ${latin ? `drawn like the Latin ${q(latin)}: type it again as that letter` : `among ${look.among} letters: type the word again in ${look.among} letters`}.`;
  }
  return '';
}
const SPACE_NAMES: Record<string, string> = { '\u00A0': 'a no-break space', '\u202F': 'a narrow no-break space', '\u2007': 'a figure space', '\u2009': 'a thin space', '\u3000': 'an ideographic space' };
const codePointOf = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
/** A value as a message shows it (`"text"`, `the number 3`), without the quotation marks of a text. */
function unquoted(shown: string): string {
  if (!shown.startsWith('"')) return shown;
  try {
    return String(JSON.parse(shown));
  } catch {
    return shown;
  }
}
/** The end of `text`, at most 30 characters. */
const excerptEnd = (text: string) => (text.length > 30 ? `…${text.slice(-30)}` : text);

/** The character a byte of 0x80 or more stands for in Windows-1252, or undefined where it has none (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
function windows1252(byte: number): string | undefined {
  if (byte < 0x80 || byte > 0xff) return undefined;
  const char = new TextDecoder('windows-1252').decode(Uint8Array.of(byte));
  return /^[\u0080-\u009F]$/.test(char) ? undefined : char;
}

// Files and folders

export const ContentFolderMissing = {
  code: 'content-folder-missing',
  title: 'The content folder does not exist',
  message: (folder: string, collections: readonly string[]) =>
    `The content folder ${folder}/ does not exist, so there is nothing to check or publish. Create it with the folders ${collections.map((c) => `${c}/`).join(', ')}, or point CROSSCHECK_CONTENT at the folder that holds them.`,
  hint: 'Run the command from the project folder, or set CROSSCHECK_CONTENT to the folder that holds articles/, claims/ and the others.',
} satisfies MessageDef<[string, readonly string[]]>;

export const CollectionFolderMissing = {
  code: 'collection-folder-missing',
  title: "A collection's folder that does not exist, though records name its records",
  /**
   * `collection`: the folder's name (`entities`); `first`: the first reference, as `path:line:column`
   * (for articles/, the first claim no article can mention); `near`: a folder whose name suggests it.
   */
  message: (folder: string, collection: string, count: number, files: number, first: string, near: string | undefined) =>
    `There is no folder ${folder}/, though ${
      collection === 'articles'
        ? `${count === 1 ? 'a claim needs' : `${count} claims need`} an article to mention ${count === 1 ? 'it' : 'them'} (${count === 1 ? '' : 'the first '}${first}), so ${count === 1 ? 'it is' : 'they are'} not listed one by one as unmentioned.`
        : `${count === 1 ? 'a reference names' : `${count} references in ${files} ${files === 1 ? 'file' : 'files'} name`} ${collection} (${count === 1 ? '' : 'the first '}at ${first}), so none can be found, and ${count === 1 ? 'it is' : 'they are'} not listed one by one.`
    } ${
      near
        ? `The folder ${near}/ has a name close to it: if it holds the ${collection}, rename it to ${folder}/.`
        : `If it was moved, renamed or deleted, put it back; otherwise create it with ${collection === 'articles' ? 'the articles that mention the claims' : 'the records the references name'}.`
    }`,
  hint: "A collection's folder renamed, moved or deleted by mistake leaves every reference to its records unresolved: put it back, and the references are checked one by one again.",
} satisfies MessageDef<[string, string, number, number, string, string | undefined]>;

export const BinaryFile = {
  code: 'binary-file',
  title: 'A binary file in the content folder',
  message: () =>
    'This is a binary file (it contains a NUL byte here), not a text record. Only Markdown (.md) and YAML (.yaml) records belong in content/: move this file out.',
  hint: 'Images, PDFs and word-processor files cannot be records. Keep source documents in archive/ instead.',
} satisfies MessageDef<[]>;

export const FileTooLarge = {
  code: 'file-too-large',
  title: 'A file too large to be a record',
  message: (size: string, max: string) =>
    `This file holds ${size} bytes, more than the ${max} (1 MB) a record may hold, so it is not read. A record holds our account of an article and the passages that carry its claims, never the full text: keep the full text in archive/, and only the passages the record quotes here.`,
  hint: 'The largest records are some ten kilobytes. A file this large is a full text, a paste gone wrong or an attempt to stall the build: reading it would take minutes and gigabytes.',
} satisfies MessageDef<[string, string]>;

export const NotUtf8 = {
  code: 'not-utf8',
  title: 'A file that is not UTF-8 text',
  /** `mixed`: the file holds UTF-8 characters besides the byte that cannot be read, and others that cannot be read are on these lines. */
  message: (byte: number, utf16?: boolean | 'without-bom', mixed?: { others: readonly number[] }, surrogate?: { bytes: readonly number[]; code: number; character?: string | undefined }) => {
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const windows = windows1252(byte);
    const as = windows ? ` (in Windows-1252, the encoding older Windows programs save in, it is ${q(windows)})` : '';
    const lines = [...new Set(mixed?.others ?? [])];
    const others =
      !mixed || mixed.others.length === 0
        ? ''
        : `, and the ${mixed.others.length === 1 ? 'other' : `${mixed.others.length} others`} that cannot be read (line${lines.length === 1 ? '' : 's'} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''})`;
    if (surrogate) {
      // Not another encoding's character: half of a UTF-16 pair, or both halves, each written as UTF-8.
      const written = surrogate.bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
      const start = mixed ? `This file is UTF-8 text but for the bytes ${written} here` : `This file is not UTF-8 text: the bytes ${written} here cannot be read`;
      const codePoint = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;
      return surrogate.character !== undefined
        ? `${start}: they write ${q(surrogate.character)} (${codePoint(surrogate.character.codePointAt(0)!)}) as its two UTF-16 halves, each as if it were a character (CESU-8, as Java and some databases write text), which UTF-8 does not allow. Retype the character here${others}, or save the file from the program that wrote it as UTF-8.`
        : `${start}: they write ${codePoint(surrogate.code)}, one half of a UTF-16 pair alone, which is no character (a program that cut a text between the two halves of an emoji or another character beyond U+FFFF leaves one). Delete these bytes, and write the character meant whole, if any${others}.`;
    }
    if (mixed) {
      return `This file is UTF-8 text but for the byte ${hex} here, which cannot be read${as}: it was pasted from text in another encoding, such as a word processor's curly quotes. Retype the character here${others}: reopening the whole file in another encoding would garble its UTF-8 characters.`;
    }
    return `${
      utf16 === 'without-bom'
        ? 'This file is UTF-16 text (a NUL byte stands beside each letter, as some Windows programs save "Unicode" text), not UTF-8, so it cannot be read.'
        : utf16
        ? 'This file is UTF-16 text (it starts with the byte-order mark of UTF-16, as Windows saves "Unicode" text), not UTF-8, so it cannot be read.'
        : `This file is not UTF-8 text: the byte ${hex} here cannot be read${as}.`
    } Save the file with the UTF-8 encoding (an editor's "Save with encoding" or "Reopen with encoding" command does it).`;
  },
  hint: 'Reopen the file in its old encoding (often Windows-1252 or Latin-1) and save it as UTF-8. A byte-order mark is fine.',
} satisfies MessageDef<[number, (boolean | 'without-bom')?, { others: readonly number[] }?, { bytes: readonly number[]; code: number; character?: string | undefined }?]>;

export const LoneCarriageReturn = {
  code: 'lone-carriage-return',
  title: 'A line ended by a carriage return alone',
  message: () =>
    'This line ends with a carriage return alone (CR), as old Mac editors ended lines; a line break is a line feed (LF), or CR and LF. Editors show a new line here, but the site does not read one everywhere (not at the --- lines around the fields), so the record could be published wrong or not at all. Save the file with LF (or CRLF) line endings.',
  hint: "Change the file's line endings to LF in the editor (in VS Code, the LF/CRLF button in the status bar), or retype the line break.",
} satisfies MessageDef<[]>;

export const ControlCharacter = {
  code: 'control-character',
  title: 'An invisible control character',
  message: (char: string, field: string | undefined) =>
    /^U\+D[89A-F]/.test(char)
      ? // Half of a UTF-16 pair alone, as a YAML escape (\uD83D) writes it: no character at all.
        `${field ? `The field ${field}` : 'This line'} holds ${char}, one half of a UTF-16 pair alone (written as an escape, ${field ? `\\u${char.slice(2)}` : `&#x${char.slice(2)};`}, without the other half), which is no character: a page shows it as "\uFFFD", and a feed cannot carry it. Write the character meant whole (an emoji as itself), or delete the escape.`
      : `${field ? `The field ${field}` : 'This line'} holds an invisible control character (${char}), which a page cannot show and a feed cannot carry: one makes the whole feed unreadable. Delete it${field ? '; in YAML it may be written as an escape between double quotes, such as \\x01 or \\v' : ''}.`,
  hint: 'It usually comes with text pasted from a PDF or a word processor. Retype the characters around it, or delete it with an editor that shows invisible characters.',
} satisfies MessageDef<[string, string | undefined]>;

export const Noncharacter = {
  code: 'noncharacter',
  title: 'A noncharacter',
  message: (char: string, field: string | undefined) =>
    `${field ? `The field ${field}` : 'This line'} holds a noncharacter (${char}), a code point Unicode never assigns to a character, which no valid page may hold. Delete it${field ? '; in YAML it may be written as an escape between double quotes, such as \\uFDD0' : ''}.`,
  hint: 'It comes from a program that uses it internally, never from an article. Delete it with an editor that shows invisible characters.',
} satisfies MessageDef<[string, string | undefined]>;

export const LookAlike = {
  code: 'look-alike',
  title: 'A letter of another alphabet that passes for one of its word',
  message: (field: string, word: string, letter: string, char: string, alphabet: string, among: string) =>
    `The field ${field} holds the word ${q(word)}, whose ${alphabet} letter ${q(letter)} (${char}) stands among ${among} letters and looks like one of them, so the word passes for another, and the record for one it is not (an outlet's or a person's name imitated). Type the letter again in the ${among} alphabet.`,
  hint: 'It comes with text copied from a page that imitates a name, or typed on another keyboard layout. Type the word again in one alphabet.',
} satisfies MessageDef<[string, string, string, string, string, string]>;

export const InvisibleInName = {
  code: 'invisible-in-name',
  title: 'An invisible character in a name',
  /** `char`: the character named (`a zero-width space (U+200B)`); `word`: the word it stands in, as a reader sees it, or '' at the name's start or end. */
  message: (field: string, char: string, word: string) =>
    `The field ${field} holds an invisible character, ${char}, ${word === '' ? 'at the start or end of the name, where nothing needs one' : `in the word ${q(word)}, whose alphabet never needs one`}: the name reads as it would without it but is not the same text, so search does not find it, and the record can pass for another. Delete it; in YAML it may be written as an escape between double quotes, such as \\${char.replace(/^.*\(U\+([0-9A-F]{4,6})\)$/, 'u$1')}.`,
  hint: 'It comes with text copied from a web page or a word processor. Delete it, or type the name again. A zero-width non-joiner or joiner that Persian, an Indic script or an emoji needs is accepted.',
} satisfies MessageDef<[string, string, string]>;

export const InvisibleInText = {
  code: 'invisible-in-text',
  title: 'An invisible character in a headline, statement, title or summary',
  /**
   * `char`: the character named (`a zero-width space (U+200B)`); `word`: the word it stands inside,
   * as a reader sees it; else `before` and `after`, the words it stands between ('' at an end).
   */
  message: (field: string, char: string, word: string | undefined, before: string, after: string) =>
    `The field ${field} holds an invisible character, ${char}, ${
      word !== undefined ? `inside the word ${q(word)}` : before === '' ? (after === '' ? 'alone' : `at the start, before ${q(after)}`) : after === '' ? `at the end, after ${q(before)}` : `between ${q(before)} and ${q(after)}`
    }: the text reads as it would without it but is not the same text, so a search for its words misses this record, and it is not the same wording as the words typed. Delete it; in YAML it may be written as an escape between double quotes, such as \\${char.replace(/^.*\(U\+([0-9A-F]{4,6})\)$/, 'u$1')}.`,
  hint: 'It comes with text copied from a web page, a PDF or a word processor. Delete it, or type the words around it again. The zero-width space of Thai, Khmer or Lao, the joiners of Persian, the Indic scripts and emoji, a soft hyphen and a word joiner are accepted.',
} satisfies MessageDef<[string, string, string | undefined, string, string]>;

export const WordJoinerInName = {
  code: 'word-joiner-in-name',
  title: 'A word joiner in a name where it keeps nothing together',
  /** `word`: the word it stands in or beside, as a reader sees it; `between`: whether it stands between two of its letters or digits. */
  message: (field: string, word: string, between: boolean) =>
    `The field ${field} holds a word joiner (U+2060), an invisible character, ${between ? `in the word ${q(word)}, between letters, which never break apart anyway` : `beside the word ${q(word)}, at a space or an end of the name, where there is no line to keep together`}. The name reads as it would without it but is not the same text, so a search for it may miss this record, and the record can pass for another. If it came with copied text, delete it (in YAML it may be written as an escape between double quotes, \\u2060); a word joiner beside a hyphen or a slash, to keep a name on one line (Jean-Paul), is accepted as it is.`,
  hint: 'A word joiner keeps the characters on either side of it on one line. Between letters, beside a space or at the end of a name it does nothing a reader sees: it came with copied text. Beside a hyphen or a slash it is the typographer\'s, and accepted.',
  notice: true,
} satisfies MessageDef<[string, string, boolean]>;

export const BidiControl = {
  code: 'bidi-control',
  title: 'An invisible control that reverses text',
  message: (char: string, field: string | undefined) =>
    `${field ? `The field ${field}` : 'This line'} holds an invisible bidirectional control (${char}), which reverses or reorders the text after it wherever it is shown, so the words read other than as written. Delete it${field ? '; in YAML it may be written as an escape between double quotes, such as \\u202E' : ''}.`,
  hint: 'It comes with text copied from a right-to-left page, or is put there to disguise words. Delete it: pages set the direction of right-to-left text themselves.',
} satisfies MessageDef<[string, string | undefined]>;

export const DenseMarkup = {
  code: 'dense-markup',
  title: 'A paragraph too dense with emphasis and bracket characters to read',
  message: (count: number, max: number) =>
    `This paragraph holds ${count} of the characters * _ ~ [ ] between two blank lines. With more than ${max}, reading Markdown slows down with the square of their number (minutes for a long line), so this file is not read further. Split the paragraph with blank lines, or put a backslash before each one that is not markup (\\*).`,
  hint: 'No article record needs that many: they come with pasted text full of symbols, or with text made to stall the checks and the build.',
} satisfies MessageDef<[number, number]>;

export const DeepNesting = {
  code: 'deep-nesting',
  title: 'Quotations, lists or HTML elements nested too deep to render',
  message: (depth: number, max: number) =>
    `Here quotations, lists or HTML elements are nested some ${depth} levels deep, one inside another (a > in a >, a list in a list, an element left open). The site renders at most ${max}, so this file is not read further. Close the HTML elements left open, and nest quotations and lists a few levels at most.`,
  hint: 'No article record needs more than a few levels: this comes with HTML whose tags are never closed, or with text made to break the build.',
} satisfies MessageDef<[number, number]>;

export const UnreadableFile = {
  code: 'unreadable-file',
  title: 'A file that cannot be read',
  message: (reason: string) =>
    `This file cannot be read: ${reason}. Nothing in it can be checked or published. Repair it, or remove it from content/.`,
  hint: 'Most often a symbolic link whose target was moved or deleted: point it at the file again, or replace it with the file itself.',
} satisfies MessageDef<[string]>;

export const FolderLoop = {
  code: 'folder-loop',
  title: 'A symbolic link back to a folder that holds it',
  message: (target: string) =>
    `This is a symbolic link to ${q(target)}, a folder that holds it, so its folders would be read one inside another without end. Remove the link: records go in their collection's folder as files.`,
  hint: 'A link to a folder that holds the content folder, or to a folder on its own path, makes a loop. Remove it; a collection may be a link to a folder elsewhere.',
} satisfies MessageDef<[string]>;

export const FolderLink = {
  code: 'folder-link',
  title: 'A symbolic link to a folder that is not read',
  /** `collectionFolder`: the collection's folder the link is in; `top`: whether it is directly in the content folder. */
  message: (target: string, collectionFolder: string | undefined, top: boolean, suggestion: string | undefined, collections: readonly string[]) =>
    `This is a symbolic link to the folder ${q(target)}, which is not read: ${
      collectionFolder
        ? `records go directly in ${collectionFolder}/, as files, not in folders inside it. Remove the link, and move the records it holds into ${collectionFolder}/.`
        : top
          ? `only a collection's own folder may be a link to a folder elsewhere.${suggestion ? ` Did you mean ${suggestion}/?` : ''} Remove the link, or name it after its collection: ${collections.map((c) => `${c}/`).join(', ')}.`
          : `it is outside the collections' folders, so nothing in it would be published. Remove the link.`
    }`,
  hint: 'A collection folder itself (content/articles) may be a link to a folder elsewhere; a link to any other folder is reported once, and nothing under it is read.',
} satisfies MessageDef<[string, string | undefined, boolean, string | undefined, readonly string[]]>;

export const UnreadFile = {
  code: 'unread-file',
  title: 'A file the collection does not read',
  message: (folder: string, extension: string, extensions: readonly string[], rename: string) =>
    `${folder}/ reads only ${extensions.join(' and ')} files, so this ${extension ? (extension.trim() === extension ? `${extension} file` : `${extension.trim()} file, whose name ends with a space,`) : 'file without an extension'} is ignored and would not be published. Rename it to ${rename}, or move it out of content/.`,
  hint: 'Articles, claims and stories are .md files; outlets and entities are .yaml files. Files whose names start with a dot are ignored without a message.',
} satisfies MessageDef<[string, string, readonly string[], string]>;

export const BackupFile = {
  code: 'backup-file',
  title: "A copy of a record that an editor or a merge left behind",
  message: (original: string) =>
    `This is a copy of ${original} that an editor or a merge left behind (a backup, an autosave, or what a merge could not apply), which the site does not read: the record is ${original}. Delete this copy, or move it out of content/, once you no longer need it.`,
  hint: 'Editors save backups (report.md~, #report.md#, report.md.bak) and merges leave report.md.orig beside the file. The site reads only the record itself; delete the copy when you no longer need it.',
  notice: true,
} satisfies MessageDef<[string]>;

export const UnknownFolder = {
  code: 'unknown-folder',
  title: 'A file outside the collections',
  message: (folder: string | undefined, suggestion: string | undefined, collections: readonly string[]) =>
    `${folder ? `${folder}/ is not a collection` : 'Files directly in the content folder are not read'}, so this file is ignored and would not be published.${suggestion ? ` Did you mean ${suggestion}/?` : ''} Records go in one of: ${collections.map((c) => `${c}/`).join(', ')}.`,
  hint: 'Move the file into the folder of its collection. A README.md directly in the content folder is allowed.',
} satisfies MessageDef<[string | undefined, string | undefined, readonly string[]]>;

export const WrongCollection = {
  code: 'wrong-collection',
  title: "A record in another collection's folder",
  /** `kind`: what the record is by its fields; `fields`: those fields; `here`: what the folder it is in holds; `move`: where it goes. */
  message: (kind: string, fields: readonly string[], here: string, move: string, markdown: boolean, convert: boolean) =>
    `This file's fields (${fields.join(', ')}) are those of ${an(kind)}, not of ${an(here)}, so it is in the wrong folder: it would be checked and published as ${an(here)}, or not at all. Move it to ${move}${
      convert ? (markdown ? ', its fields between two --- lines' : ', its fields alone, without the --- lines and the body') : ''
    }.`,
  hint: 'Each collection has its own folder and extension: articles, claims and stories are .md files in articles/, claims/ and stories/; outlets and entities are .yaml files in outlets/ and entities/.',
} satisfies MessageDef<[string, readonly string[], string, string, boolean, boolean]>;

export const NestedFile = {
  code: 'nested-file',
  title: 'A record in a subfolder',
  message: (folder: string, id: string) =>
    `Records go directly in ${folder}/, not in subfolders: this file's id would be ${q(id)}, which no reference or URL can use. Move it up to ${folder}/.`,
  hint: 'Ids are file names, so every record sits directly in its collection folder.',
} satisfies MessageDef<[string, string]>;

export const BadFileName = {
  code: 'bad-file-name',
  title: 'A file name that is not a valid id',
  /** `referenced`: the name to rename it to is the id the references to it name (a space typed inside a word, `…-fi rst.md`). */
  message: (name: string, rename: string, referenced = false) =>
    `${q(name)} is not a valid id.${invisibleIn(name)} A record's file name is its id and its URL: lowercase letters and digits in words joined by single hyphens, at most ${MAX_ID_LENGTH} characters. ${
      referenced
        ? `Rename the file to ${rename}, the id that the references to it already name (its space stands inside a word, so it is left out, not made a hyphen).`
        : `Rename the file to ${rename}, and update anything that refers to it.`
    }`,
  hint: 'Rename the file: lowercase ASCII letters and digits, words joined by single hyphens, as in pause-is-unilateral.md.',
} satisfies MessageDef<[string, string, boolean?]>;

export const DuplicateId = {
  code: 'duplicate-id',
  title: 'Two files with the same id',
  /**
   * `lookalike`: the two names are the same text written with other Unicode characters (é, or e
   * and a combining accent). `unlike`: this file's name is not an id, and the id it would take
   * is the other's, as it differs in capitals alone (`Report.md` beside `report.md`), in signs too (`Report_1.md`, `report-1.md`),
   * or in a look-alike letter of another alphabet (`gizmоdo.yaml` with a Cyrillic `о`, beside `gizmodo.yaml`).
   */
  message: (kind: string, id: string, other: string, ignored: boolean, lookalike = false, unlike?: 'capitals' | 'signs' | { letter: string; alphabet: string }) =>
    ignored
      ? `This file has the same name as ${other}, which defines ${kind} ${q(id)}; this one is not read. Keep one file: remove this one, or merge what it holds into ${other}.`
      : unlike
        ? `This file's name differs from ${other}'s only in ${unlike === 'capitals' ? 'capitals' : unlike === 'signs' ? 'capitals or signs that an id does not have' : `letters of another alphabet drawn like Latin ones (the ${unlike.alphabet} ${q(unlike.letter)}, U+${unlike.letter.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`}, so it would take the same id, ${q(id)}: an id is its file name in lowercase words joined by hyphens${unlike === 'capitals' ? ", and a disk that does not tell capitals apart (macOS's, Windows') holds the two as one file" : ''}. Every ${kind} needs its own id: merge what this file holds into ${other} and remove this one, or, if it is another ${kind}, rename it to an id of its own.`
        : `${q(id)} is already the id of ${other}.${
          lookalike
            ? " That file's name looks the same as this one's, but is written with other Unicode characters (an accented letter as one character in one name, as a letter and a combining accent in the other, as macOS and some programs save names)."
            : ''
        } Every ${kind} needs its own id: remove one of the two files, or rename one.`,
  hint: 'An id belongs to one file. Two files whose names differ only in the extension (pause.yaml and pause.yml), in capitals, or in how an accent is written define the same id.',
} satisfies MessageDef<[string, string, string, boolean, boolean?, ('capitals' | 'signs')?]>;

export const DuplicateArticle = {
  code: 'duplicate-article',
  title: 'Two articles with the same address',
  message: (address: string, other: string, line: number, written: string) =>
    `This article's address, ${q(address)}, is also the address of ${other} (line ${line}${written === address ? '' : `, written ${q(written)}`}): the same article, recorded twice, would count as evidence twice on every claim it carries. Keep one record, with the mentions of both; if this is another article, give its own address (a post of a live page, its address with #…).`,
  hint: 'Addresses are compared as a browser reads them: the host in any letter case and the default port make the same address. The posts of a live page are told apart by the part after #.',
} satisfies MessageDef<[string, string, number, string]>;

// Frontmatter and YAML

/** A space other than an ordinary one at the end of a line (a no-break space, as a word processor puts), named; '' when there is none. */
function oddSpaceAfter(line: string): string {
  const space = /([\u00A0\u2000-\u200A\u202F\u205F\u3000])[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]*$/.exec(line)?.[1];
  if (space === undefined) return '';
  const code = `U+${space.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${space === '\u00A0' ? 'a no-break space' : space === '\u202F' ? 'a narrow no-break space' : 'a space that is not an ordinary one'} (${code})`;
}

/** What is wrong with a line of dashes meant as a frontmatter fence: dashes for hyphens, an invisible character, or how many hyphens. */
function fenceMistake(line: string): string {
  const lead = /^[ \t]+/.exec(line)?.[0];
  if (lead) return `${lead.includes('\t') ? 'a tab' : lead.length === 1 ? 'a space' : 'spaces'} ${lead.length === 1 ? 'stands' : 'stand'} before its hyphens`;
  const dash = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/.exec(line)?.[0];
  if (dash) return `it holds a dash that is not a hyphen (${q(dash)}, U+${dash.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), as an editor or a word processor may put for two or three hyphens`;
  const hidden = /[\u00AD\u200B-\u200F\u2060\uFEFF]/.exec(line)?.[0];
  if (hidden) return `it holds an invisible character, ${invisibleName(hidden)}`;
  const space = oddSpaceAfter(line);
  if (space) return `${space} follows its hyphens`;
  return `it holds ${line.length} hyphens, not three`;
}

export const FrontmatterMissing = {
  code: 'frontmatter-missing',
  title: 'No frontmatter',
  /** `first`: the first line as written, for `mistyped` (a line of dashes that is not three hyphens). */
  message: (variant: 'none' | 'empty' | 'not-first-line' | 'toml' | 'mistyped' | 'no-opening', first?: string) =>
    variant === 'no-opening'
      ? 'The file starts with its fields, but the line of three hyphens (---) that opens them is missing, so they would not be read as fields: the --- line below them would close nothing. Add a line of three hyphens (---) above the first field, as the first line of the file.'
      : variant === 'mistyped'
      ? `The first line, ${q(first ?? '')}, is meant to open the fields, but ${fenceMistake(first ?? '')}, so the fields would not be read. Write three hyphens (---) alone on the first line, as on the line that closes the fields.`
      : variant === 'empty'
      ? 'This file is empty, so it is no record and nothing of it would be published. Write the record in it (its fields between two --- lines, then its body), or delete the file.'
      : variant === 'not-first-line'
      ? 'The frontmatter must start on the very first line of the file. Remove what is above the first --- line.'
      : variant === 'toml'
        ? 'Frontmatter is written in YAML between two --- lines, not in TOML between +++ lines. Replace the +++ lines with --- and write the fields as "key: value".'
        : 'This file has no frontmatter. Start it with a line of three hyphens (---), then the fields as "key: value" lines, then another --- line; the body follows.',
  hint: 'Every .md record opens with its fields between two lines of three hyphens. docs/authoring.md shows a complete example for each collection.',
} satisfies MessageDef<['none' | 'empty' | 'not-first-line' | 'toml' | 'mistyped' | 'no-opening', string?]>;

export const FrontmatterUnclosed = {
  code: 'frontmatter-unclosed',
  title: 'Frontmatter that is never closed',
  /** `text`: the line as written, for `fence-like`. */
  message: (line?: 'dots' | 'fence-like', text?: string) =>
    line === 'dots'
      ? 'This line of three dots ends the fields for YAML, but only a line of three hyphens closes the frontmatter, so the body would be read as fields. Write --- in its place.'
      : line === 'fence-like'
        ? /^---[ \t]*[\u00A0\u2000-\u200A\u202F\u205F\u3000]\s*$/.test(text ?? '')
          ? `This line closes the frontmatter only if it holds three hyphens and nothing else, but after them it holds ${oddSpaceAfter(text!)}, which cannot be seen. Delete it, leaving --- alone on the line.`
          : 'This line closes the frontmatter only if it holds three hyphens and nothing else. Write --- alone on the line.'
        : 'The frontmatter opened here is never closed. Add a line of three hyphens (---) after the last field, before the body.',
  hint: 'Add the closing --- line. Check that it has no other characters on it.',
} satisfies MessageDef<[('dots' | 'fence-like')?, string?]>;

export const YamlSyntax = {
  code: 'yaml-syntax',
  title: 'YAML that cannot be read',
  message: (reason: string, advice: string) => `YAML cannot read this: ${reason}. ${advice}`,
  hint: 'The most common cause is a value with a colon followed by a space, or one that starts with a quotation mark, [, {, *, &, !, |, > or #: put such a value in double quotes and escape any double quotes inside it as \\".',
} satisfies MessageDef<[string, string]>;

export const DuplicateKey = {
  code: 'duplicate-key',
  title: 'A field written twice',
  message: (key: string, firstLine: number) => `The field ${q(key)} is written twice (first on line ${firstLine}). Keep one of them.`,
  hint: 'Delete one of the two lines; if both values are wanted, the field may take a list.',
} satisfies MessageDef<[string, number]>;

export const NotAMapping = {
  code: 'not-a-mapping',
  title: 'Fields that are not "key: value" lines',
  message: (found: string, example = 'name: Reuters') =>
    found === 'nothing'
      ? `This record has no fields. Write one "key: value" line for each field, as in: ${example}.`
      : `The fields must be "key: value" lines, but this is ${found}. Write one field per line, as in: ${example}.`,
  hint: 'A record is a set of named fields, one "key: value" line each, with lists and groups indented below their key.',
} satisfies MessageDef<[string, string?]>;

export const FieldsInBody = {
  code: 'fields-in-body',
  title: 'A second set of fields in the body',
  /** `fields`: the record's fields it names, as written. */
  message: (fields: readonly string[]) =>
    `A second set of fields, between two --- lines, follows the first (${listed(fields.slice(0, 4))}${fields.length > 4 ? ', …' : ''}), but only the first set is read: these lines would be published as the start of the body, a field as a heading. Move what they hold into the fields at the top, and delete these lines.`,
  hint: 'A record has one set of fields, at the top between two --- lines. A scaffold pasted twice, or two records merged, leaves a second set: merge it into the first.',
  /** A stray `---` among the fields (or the opening line written twice, `empty`), with fields after it up to the `---` on line `closing`. */
  closedEarly: (fields: readonly string[], closing: number, empty: boolean) =>
    `This line of three hyphens closes the fields${empty ? ' right after the --- line that opens them' : ''}, but fields follow it up to the --- on line ${closing} (${listed(fields.slice(0, 4))}${fields.length > 4 ? ', …' : ''}), and they are not read: they would be published as the start of the body, the last as a heading. Remove this line, so that the fields run on to the --- on line ${closing}.`,
} satisfies MessageDef<[readonly string[]]> & { closedEarly: (fields: readonly string[], closing: number, empty: boolean) => string };

export const EmptyBody = {
  code: 'empty-body',
  title: 'An article with no body',
  message: (comment: boolean) =>
    `This article has no body: ${comment ? 'only a comment, which the page does not show,' : 'nothing'} follows the --- line that closes its fields, so its page shows no account of the article and no passage, and it carries no claim. Below this line, write a short account of the article in our words, then quote the passages that carry its claims, each claim marked: > :claim[exact words]{#claim-id}.`,
  hint: 'The body is our record of the article: its summary field alone is not. Write the account and the passages; an article whose claims are not marked yet keeps at least the account.',
  notice: true,
} satisfies MessageDef<[boolean]>;

// Fields

export const UnknownField = {
  code: 'unknown-field',
  title: 'A field the content model does not have',
  /** `named`: for a field that names the record (`slug`, `id`), the record's id and, when the field gives another one, that id and the file name it would take. */
  /** `also`: the line of the field suggested, when the record has it too (`Outlet:` beside `outlet:`). */
  message: (field: string, owner: string, suggestions: readonly string[], known: readonly string[], named?: { id: string; other?: { id: string; file: string } }, also?: number) =>
    named
      ? named.other
        ? `The field ${q(field)} is not used: a record's id is its file name, so this one's is ${q(named.id)}, not ${q(named.other.id)}. Remove the line; to give the record the id ${q(named.other.id)}, rename the file to ${named.other.file} (and, if it was published as ${q(named.id)}, add that to its aliases).`
        : `The field ${q(field)} is not used: a record's id is its file name. Remove the line, and rename the file to change the id.`
      : field === ''
        ? `This line has no field name before its colon. Write the name, as in ${known[0] ?? 'name'}: …, or remove the line.`
        : field === '<<'
        ? `The field "<<" is in quotation marks, so YAML reads it as a field of that name, which ${owner} does not have, and not as its merge key. To bring in the fields of a group, write <<: *name without the quotation marks; or write the fields out, one per line, and remove this line.`
        : also !== undefined
          ? `Unknown field ${q(field)} in ${owner}, which also has the field ${q(suggestions[0] ?? '')} (line ${also}): only that one is read, so the value of this line would be dropped without a word.${invisibleIn(field)} A field is written once, with its name exactly as the guide writes it (case and spaces count): remove this line, keeping in ${suggestions[0]} the value you mean.`
          : `Unknown field ${q(field)} in ${owner}.${invisibleIn(field)}${suggestions.length > 0 ? didYouMean(suggestions) : ` Remove it, or use one of: ${known.join(', ')}.`}`,
  hint: 'Correct the spelling, or remove the line. Misspelt fields are reported because they would otherwise be dropped without a word.',
  /** A list of the records that belong to this one, which the records themselves say: a story's `articles`, an article's `claims`. */
  elsewhere: (field: string, owner: string, how: 'story-articles' | 'article-claims' | 'story-claims' | 'article-stance' | 'claim-stance') =>
    `Unknown field ${q(field)} in ${owner}: ${
      how === 'story-articles'
        ? "a story does not list its articles; each article names its story in its own story field. Remove the line, and set story in each article's file"
        : how === 'article-claims'
          ? "an article's claims are the mentions in its body, each with the words that make the claim. Remove the line, and mark each claim in a passage of the body: :claim[exact words]{#claim-id}"
          : how === 'article-stance'
            ? "an article's stance is given claim by claim, in each mention of its body, as in :claim[exact words]{#claim-id stance=quotes} (asserts when left out). Remove the line, and give the stance in each mention"
            : how === 'claim-stance'
              ? 'a claim has no stance of its own, since each article gives its own in its mention of the claim, as in :claim[exact words]{#claim-id stance=disputes}, and the claim page gathers them. Remove the line, and give the stance in the mentions'
              : "a story's claims are those its articles mention, and each claim names its story in its own story field. Remove the line"
    }.`,
} satisfies MessageDef<[string, string, readonly string[], readonly string[], { id: string; other?: { id: string; file: string } }?, number?]> & {
  elsewhere: (field: string, owner: string, how: 'story-articles' | 'article-claims' | 'story-claims' | 'article-stance' | 'claim-stance') => string;
};

export const MissingField = {
  code: 'missing-field',
  title: 'A required field is missing',
  message: (field: string, owner: string | undefined, expected: string) =>
    owner
      ? `${owner} is missing the field ${q(field)} (expected ${expected}). Add a line under ${owner}: ${field}: …`
      : `Missing field ${q(field)} (expected ${expected}). Add a line: ${field}: …`,
  hint: 'Add the field. docs/authoring.md lists which fields each collection requires.',
} satisfies MessageDef<[string, string | undefined, string]>;

export const WrongType = {
  code: 'wrong-type',
  title: 'A value of the wrong kind',
  /** `quotedExample`: the value in double quotes, for a number or a date meant as text; `meant`: the field as it should be written (`unidentified: true` for `yes`). */
  message: (field: string, expected: string, found: string, quotedExample?: string, meant?: string) =>
    `${field}: expected ${expected}, found ${found}.${
      meant !== undefined
        ? ` Write ${meant}; only true and false, without quotation marks, are read as yes or no.`
        : expected.startsWith('a list')
        ? ' Write each item on its own line under the field, starting with "- ".'
        : found === 'a list' || found === 'an empty list'
          ? ` ${field.replace(/ \(item \d+\)$/, '')} takes one value, not a list: write ${found === 'a list' ? 'the one meant' : 'it'} after the colon, without brackets or "- "${expected.startsWith('text') ? ' (brackets that belong to the text go inside double quotes: "[Analysis] …")' : ''}.`
        : quotedExample !== undefined
          ? ` If it is meant as text, put it in double quotes: ${quotedExample}`
          : ''
    }`,
  hint: 'Write the value as the field expects: text, a list (one "- item" line each), true or false, or a group of indented fields. A number, a date or true/false meant as text goes in double quotes.',
  /**
   * A value after the field's colon, then indented lines that start with "- ": YAML reads them
   * all as one text (`first`, `read`), not as a list. `list`: whether the field takes a list.
   */
  listInText: (field: string, expected: string, first: string, read: string, list: boolean) =>
    list
      ? `${field}: expected ${expected}, found ${q(first)} after the colon and a list below it: YAML reads the two as one text, ${q(read)}, and no list. Leave nothing after ${field}: and write each item on its own line below it, starting with "- ".`
      : `${field}: expected ${expected}, found ${q(first)} and below it a line that starts with "- ": YAML reads that line as more of the text, ${q(read)}, not as a list. ${field} holds one value: remove the "- " lines, or, if the hyphen belongs to the text, put the whole value in double quotes.`,
} satisfies MessageDef<[string, string, string, string?, string?]> & { listInText: (field: string, expected: string, first: string, read: string, list: boolean) => string };

export const BadValue = {
  code: 'bad-value',
  title: 'A value that is not one of the allowed ones',
  message: (field: string, allowed: readonly string[], found: string, suggestions: readonly string[]) =>
    `${field}: expected one of ${allowed.join(', ')}, found ${found}.${didYouMean(suggestions)}`,
  hint: 'Use one of the listed values, spelt exactly as shown.',
} satisfies MessageDef<[string, readonly string[], string, readonly string[]]>;

export const CommentInText = {
  code: 'comment-in-text',
  title: 'Text cut short by a # that YAML reads as a comment',
  message: (field: string, cut: string, whole: string) =>
    `The field ${field} stops before ${q(cut)}: YAML reads a # after a space as the start of a comment, so those words would be left out of the page. Put the whole value in double quotes, as in "${whole.replaceAll('"', '\\"')}"; if it is a note for editors, move it to a line of its own.`,
  hint: 'Write text that holds " #" (a hashtag, a number such as #1) in double quotes. A comment on a line of its own, or after a date, an id or a value from a list, is fine.',
} satisfies MessageDef<[string, string, string]>;

export const MixedQuotes = {
  code: 'mixed-quotes',
  title: 'A value between a curly and a straight quotation mark',
  /** `value`: the value as read, `curly` and `straight` the two ways of writing it with a pair of marks. */
  message: (field: string, value: string, open: string, close: string, curly: string, straight: string) =>
    `The field ${field} starts with a curly quotation mark (${open}) and ends with a straight one (${close}), so YAML reads neither as quoting the value: both would be published as part of the text, as typed: ${value}. If the marks belong to the text (a quotation), write both curly: ${curly}; if they were to quote the value, write both straight, ${straight}, or leave them out.`,
  hint: 'Write the two quotation marks around a value alike: both straight (YAML takes them off) or both curly (part of the text).',
} satisfies MessageDef<[string, string, string, string, string, string]>;

export const EmptyValue = {
  code: 'empty-value',
  title: 'An empty value',
  message: (field: string, expected: string, optional: boolean, blank = false) =>
    `${blank ? `${field} holds only spaces or invisible characters, so a reader would see nothing there` : `${field} is empty`}: expected ${expected}. Fill it in${optional ? ', or remove the line: the field is optional' : ''}.`,
  hint: 'Fill in the value. An optional field that is not known is left out entirely rather than left empty.',
} satisfies MessageDef<[string, string, boolean, boolean?]>;

export const TooLong = {
  code: 'too-long',
  title: 'A value too long to show',
  message: (field: string, length: string, max: string, what: 'text' | 'url' | 'code') =>
    `${field} is ${length} characters long, more than the ${max} it may hold: ${
      what === 'url'
        ? 'no real web address is that long. Copy the address again from the browser, without what follows a ? or # if it is only tracking.'
        : what === 'code'
          ? 'no real one is that long. Write the short value the field asks for.'
          : 'it is shown whole wherever the record is listed, and in page titles and link previews. Shorten it; longer text goes in the body of an article, claim or story.'
    }`,
  hint: 'Headlines, titles, names and bylines hold at most 500 characters, statements 1,000, summaries and descriptions 2,000, web addresses 2,048. A value longer than that comes with text pasted into the wrong field.',
} satisfies MessageDef<[string, string, string, 'text' | 'url' | 'code']>;

export const RepeatedItem = {
  code: 'repeated-item',
  title: 'The same item twice in one list',
  message: (field: string, item: string, first: number) =>
    `${field}: ${q(item)} is already item ${first} of this list. Remove one of them: a list names each once (an entity listed twice is shown twice).`,
  hint: 'A list names each entity, claim or name once.',
} satisfies MessageDef<[string, string, number]>;

/** Why a date is refused (src/check/file.ts `dateProblem`). */
export type DateProblem = 'format' | 'year' | 'calendar' | 'time' | 'no-offset' | 'offset';

/** What an editor cannot tell apart in a date: dashes where hyphens go, named. */
function dashesIn(found: string): string {
  const dash = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/.exec(found)?.[0];
  return dash ? ` Its ${q(dash)} (U+${dash.codePointAt(0)!.toString(16).toUpperCase()}) ${dash === '\u2212' ? 'is a minus sign' : 'is a dash'}, not a hyphen, as a word processor puts for one: type the hyphens again.` : '';
}

export const BadDate = {
  code: 'bad-date',
  title: 'A date that does not parse',
  /** `meant`: the date written as it should be, when what is written is a near miss of it (`2026/06/05`, an offset `+0200`). */
  message: (field: string, found: string, reason: DateProblem, optional: boolean, meant?: string) => {
    switch (reason) {
      case 'year':
        return `${field}: ${found} has the year ${found.slice(0, 4)}, long before any news article: a typing mistake${Number(found.slice(0, 4)) < 100 ? `, which YAML would read as 19${found.slice(2, 4)}` : ''}. Write the year in full, as in 2026.`;
      case 'calendar':
        return `${field}: ${found} is not a day of the calendar. Check the day and the month.`;
      case 'time':
        return `${field}: the time in ${found} is not a time of day: hours run from 00 to 23, minutes and seconds from 00 to 59 (YAML would move 24:00 to the next day). Check the time, or leave it out and give the day alone.`;
      case 'no-offset':
        return `${field}: the time in ${found} has no offset, so it would depend on the time zone of the machine that builds the site. Add one, as in ${found}Z (UTC) or ${found}+02:00.`;
      case 'offset':
        return `${field}: ${found} has an offset no clock uses, so the date would be moved by it. A real offset runs from -12:00 to +14:00: write the one the source gives, as in ${found.slice(0, -6)}+02:00, or the time in UTC with Z.`;
      default:
        return `${field}: expected a date written as YYYY-MM-DD (a time and offset may follow, as in 2026-06-04T09:30:00Z), found ${found}.${meant ? ` Did you mean ${meant}?` : ''}${dashesIn(found)}${optional ? ' If the exact day is not known, leave the field out: never guess a date.' : ''}`;
    }
  },
  hint: 'Write dates as YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS followed by Z or an offset such as +02:00 (a real offset runs from -12:00 to +14:00). Leave an unknown optional date out.',
} satisfies MessageDef<[string, string, DateProblem, boolean, string?]>;

export const PublishedAfterAdded = {
  code: 'published-after-added',
  title: 'An article published after it was added',
  message: (published: string, added: string, addedLine: number) =>
    `published: ${published} is later than added, ${added} (line ${addedLine}), but an article is added to the corpus once it is out. One of the two is mistyped: published is when the outlet published it, added when it was recorded here. Correct the one that is wrong; if the day of publication is not known, leave published out.`,
  hint: 'Check both dates against the article and the day it was recorded. A date without a time is any moment of that day, in any time zone, so only a date that must be later is reported.',
} satisfies MessageDef<[string, string, number]>;

export const BadUrl = {
  code: 'bad-url',
  title: 'A web address that is not http or https',
  /** `meant`: the address with https:// before it, when what is written is one without its scheme (www.example.org/…). */
  message: (field: string, found: string, localHost?: string, meant?: string) =>
    localHost
      ? `${field}: ${found} leads to ${localHost}, on the editor's own computer or private network, where no reader can follow it. Write the public address the page has on the web.`
      : `${field}: expected an http:// or https:// address, found ${found}.${meant ? ` Did you mean ${meant}? Copy the address from the browser's address bar, where it starts with https://.` : ''} Only web addresses are published as links.`,
  hint: 'Copy the full address from the browser, starting with https://. Other schemes (javascript:, data:, file:) are refused because a link to them could run script or leak files.',
} satisfies MessageDef<[string, string, string?, string?]>;

export const UrlCredentials = {
  code: 'url-credentials',
  title: 'A web address with a user name before @',
  message: (field: string, found: string, host: string) =>
    `${field}: the address ${found} has a user name (or password) before "@", so it leads to ${host}, whatever the words before "@" say. Write the address without them.`,
  hint: 'Copy the address from the browser\'s address bar after opening the page. An address such as https://www.example.org@evil.example/ opens evil.example.',
} satisfies MessageDef<[string, string, string]>;

export const BadFormat = {
  code: 'bad-format',
  title: 'A value not written in the expected form',
  message: (field: string, expected: string, found: string, suggestions: readonly string[]) =>
    `${field}: expected ${expected}, found ${found}.${invisibleIn(unquoted(found))}${didYouMean(suggestions)}`,
  hint: 'Write the value in the form the message names: ids in lowercase words joined by hyphens, a language as a tag such as en or en-GB, an archive entry as a bare file name.',
} satisfies MessageDef<[string, string, string, readonly string[]]>;

export const UnknownLanguage = {
  code: 'unknown-language',
  title: 'A language tag that names no language',
  /** `reason`: what the registry says of the tag; `meant`: the tag it prefers, when it names one. */
  message: (field: string, found: string, reason: string, meant?: string) =>
    `${field}: ${found} is written like a language tag, but ${reason}, so browsers, screen readers and the HTML checker cannot tell the original's language.${meant ? ` Did you mean ${q(meant)}?` : ' Write the tag of its language, such as en, fr, ar or pt-BR.'}`,
  hint: 'Use the tag of the IANA Language Subtag Registry, which the pages\' lang attributes need: a language of two or three letters, then a region in capitals (en-GB, not en-UK) or a script (zh-Hant). A deprecated tag is given with the one that replaced it (iw → he).',
} satisfies MessageDef<[string, string, string, string?]>;

// References between records

export const UnknownReference = {
  code: 'unknown-reference',
  title: 'A reference to a record that does not exist',
  /**
   * `other`: a record of another collection that has this id (a claim named as a story), and its
   * file. `form`: for a value no file can be named (`Über-x`), the id it would be (`uber-x`).
   */
  message: (field: string, kind: string, id: string, file: string, suggestions: readonly string[], renamed?: string, other?: { kind: string; file: string }, form?: string) =>
    form !== undefined && renamed === undefined && !other
      ? `${field}: there is no ${kind} ${q(id)}, nor can there be: an id is lowercase ASCII letters and digits in words joined by hyphens.${invisibleIn(id)}${
          suggestions.length > 0
            ? didYouMean(suggestions)
            : ` Write the id of an existing ${kind}${form === '' ? '' : `, or add the ${kind} first as ${file.replace(/[^/]*(\.[a-z]+)$/, `${form}$1`)} and write ${form} here`}.`
        }`
      : `${field}: there is no ${kind} ${q(id)} (no file ${file}).${invisibleIn(id)}${
      other ? ` ${q(id)} is ${an(other.kind)}'s id (${other.file}), but the field ${field.replace(/ \(item \d+\)$/, '')} takes ${an(kind)}'s.` : ''
    }${
      renamed !== undefined
        ? oldId(kind, id, renamed, renamed)
        : suggestions.length > 0
          ? didYouMean(suggestions)
          : ` Check the spelling, or add the ${kind} first.${
              // A field that may be left out names a record that may have been deleted on purpose (an original withdrawn).
              other || /^(?:outlet|story)$/.test(field) ? '' : ` If it was deleted on purpose, remove ${q(id)} from ${field.replace(/ \(item \d+\)$/, '')}.`
            }`
    }`,
  hint: 'Correct the id (the message names the nearest existing ones), or create the record it names, or, when it was deleted on purpose, remove the reference (outlet and story must name another). An old id, listed in the aliases of the record renamed from it, only redirects old links: references use the current id.',
} satisfies MessageDef<[string, string, string, string, readonly string[], string?, { kind: string; file: string }?, string?]>;

export const UnknownClaim = {
  code: 'unknown-claim',
  title: 'A mention of a claim that does not exist',
  message: (id: string, file: string, suggestions: readonly string[], source: string, renamed?: string, published?: boolean) =>
    `This mention names claim ${q(id)}, but there is no ${file}.${
      renamed !== undefined
        ? oldId('claim', id, renamed, `#${renamed}`)
        : published
          ? ` The claim was published (published-urls.txt lists /claims/${id}/): if it was renamed, split or merged into another claim, write that claim's id here, and list ${q(id)} in its aliases so that the old address leads there.`
          : suggestions.length > 0
            ? didYouMean(suggestions)
            : ' Check the spelling, or write the claim first.'
    }${shown(source)}`,
  hint: 'Correct the id after # (the message names the nearest existing claims), or create content/claims/<id>.md. An old id, listed in the aliases of the claim renamed from it, only redirects old links: mentions use the current id. A claim published and then split, merged or renamed is named by the claim it went into, whose aliases list it.',
} satisfies MessageDef<[string, string, readonly string[], string, string?, boolean?]>;

export const UnknownPage = {
  code: 'unknown-page',
  title: 'A link to a record page the site does not have',
  message: (url: string, kind: string, id: string, file: string, suggestions: readonly string[]) =>
    `This link leads to ${url}, but there is no ${kind} ${q(id)} (no file ${file}, and no ${kind} lists it in aliases), so readers would find no page there.${
      suggestions.length > 0 ? didYouMean(suggestions) : ''
    } Link to the record by its current id.`,
  /** A link to the month page of a month the site has no page for; `nearest`: the nearest months it has a page for. */
  month: (url: string, why: string, month: string, nearest: readonly string[], index: string) =>
    `This link leads to ${url}, but ${why}: the site makes no page for ${month} there, so readers would find nothing.${
      nearest.length > 1 ? ` The nearest months with a page are ${listed(nearest)}: link to one of them, or to ${index}.` : nearest.length === 1 ? ` The nearest month with a page is ${nearest[0]}: link to it, or to ${index}.` : ` Link to ${index} instead.`
    }`,
  /** A link to `/claims/months/`, which has no page: the archive's page (`/claims/`) lists its months; `latest`: the page of the latest month. */
  monthIndex: (url: string, index: string, latest: string | undefined) =>
    `This link leads to ${url}, where the site has no page, so readers would find nothing there: the months are listed on ${index}. Link to ${index}${latest ? `, or to a month's page, as in ${latest}` : ''}.`,
  /** A link to a numbered page of a month page that the month does not have; `exact` when the count is the month's own (else at most). */
  monthPage: (url: string, month: string, count: number, exact: boolean) =>
    `This link leads to ${url}, but the month's list, ${month}, has ${exact ? '' : 'at most '}${count === 1 ? 'one page' : `${count} pages`}, so readers would find no page there. Link to ${count === 1 ? month : `one of its pages (the last${exact ? '' : ' there can be'} is ${month}${count}/)`} instead.`,
  /** A link to a passage (`#m-…`) that the article's page does not have. */
  passage: (url: string, article: string, suggestions: readonly string[]) =>
    `This link leads to a passage of the article ${q(article)} (${url}), but none of its claim mentions has that anchor, so readers would land at the top of the page. A passage's anchor changes when its span's words or claim change.${
      suggestions.length > 0 ? ` Its mentions of that claim are at ${suggestions.join(', ')}.` : ''
    } Link to the passage's current anchor, or to the article without #….`,
  /** A link to a published passage anchor (`#m-…`) that the article's page keeps on the passage that took its place, `current`. */
  keptPassage: (url: string, article: string, current: string) =>
    `This link leads to a passage of the article ${q(article)} (${url}) by an anchor its page no longer makes: the passage's words were edited since it was published. The page keeps it (published-anchors.txt records it), so readers still land on the passage now at ${current}, but the site's own links name a passage as it is now. Link to ${current} instead.`,
  hint: "Correct the link's id (the message names the nearest existing ones). A record that was renamed keeps its old URL only through aliases, and a deleted one has no page: link to the record that replaced it, or remove the link.",
  /** A link with a #… to an alias, whose redirect page drops it. */
  throughAlias: (url: string, kind: string, id: string, current: string) =>
    `This link leads to ${url} through an old address of the ${kind} ${q(id)}, whose page redirects keeping the part after # only where script runs, so readers without it would land at the top of the page. Link to ${current} instead.`,
  /** A link with a #… that names no section or heading of the record's page. */
  section: (url: string, kind: string, id: string, fragment: string, suggestions: readonly string[], headings: readonly string[]) =>
    `This link leads to ${url}, but the page of the ${kind} ${q(id)} has no section or heading ${q(`#${fragment}`)}, so readers would land at the top of the page.${
      suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => q(`#${s}`)).join(' or ')}?` : ''
    } ${headings.length > 0 ? `Its body's headings are at ${headings.map((h) => `#${h}`).join(', ')}. ` : ''}Link to one of its sections or headings, or to the page without #….`,
  /** A link to a sub-page of a record (`/claims/x/evidence/`), or one of its numbered pages, that the site will not make. */
  subPage: (url: string, kind: string, id: string, sub: string, rule: string, count: number, record: string, last: string) =>
    count === 0
      ? `This link leads to ${url}, but the site makes the ${sub} page of ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} ${rule}, and the ${kind} ${q(id)} has none, so readers would find no page there. Link to the ${kind}'s page, ${record}, instead.`
      : `This link leads to ${url}, but the ${sub} page of the ${kind} ${q(id)} has ${count === 1 ? 'one page' : `${count} pages`}, so readers would find no page there. Link to ${count === 1 ? `that page, ${last}` : `one of its pages (the last is ${last})`}, or to the ${kind}'s page, ${record}, instead.`,
  /** A link to a sub-page under an old id (an alias), which redirects only if it was published. */
  subPageAlias: (url: string, kind: string, id: string, current: string) =>
    `This link leads to ${url} through an old id of the ${kind} ${q(id)}, where a page is only a redirect if the site published it before. Link to ${current} instead.`,
  /** A link into a collection's folder, or one misspelt, where the site has no page. */
  stray: (url: string, pathname: string, meant: string | undefined) =>
    `This link leads to ${pathname}${url === pathname ? '' : ` (written ${url})`}, where the site has no page, so readers would find nothing there.${meant ? ` Did you mean ${meant}?` : ''} A link to a page of the site starts with /, as in /claims/bridge-closed/, and is written in lowercase.`,
} satisfies MessageDef<[string, string, string, string, readonly string[]]> & {
  passage: (url: string, article: string, suggestions: readonly string[]) => string;
  keptPassage: (url: string, article: string, current: string) => string;
  throughAlias: (url: string, kind: string, id: string, current: string) => string;
  section: (url: string, kind: string, id: string, fragment: string, suggestions: readonly string[], headings: readonly string[]) => string;
  month: (url: string, why: string, month: string, nearest: readonly string[], index: string) => string;
  monthIndex: (url: string, index: string, latest: string | undefined) => string;
  monthPage: (url: string, month: string, count: number, exact: boolean) => string;
  stray: (url: string, pathname: string, meant: string | undefined) => string;
  subPage: (url: string, kind: string, id: string, sub: string, rule: string, count: number, record: string, last: string) => string;
  subPageAlias: (url: string, kind: string, id: string, current: string) => string;
};

export const SelfReference = {
  code: 'self-reference',
  title: 'A record that refers to itself',
  message: (field: string, kind: string, id: string) =>
    `${field}: ${q(id)} is this ${kind} itself. ${
      field.startsWith('contradicts')
        ? 'A claim cannot contradict itself'
        : field.startsWith('via')
          ? 'An article cannot be syndicated from itself'
          : 'A claim is not related to itself'
    }: remove ${q(id)}.`,
  hint: 'Remove the id: contradicts and related name other claims, via names another article.',
} satisfies MessageDef<[string, string, string]>;

export const ViaCycle = {
  code: 'via-cycle',
  title: 'Articles syndicated from each other in a circle',
  message: (chain: readonly string[]) =>
    `via: these articles name each other as their source in a circle: ${chain.join(' → ')}. The original article must have no via.`,
  hint: 'Remove via from the article that was published first: only copies name their original.',
} satisfies MessageDef<[readonly string[]]>;

export const UnmentionedClaim = {
  code: 'unmentioned-claim',
  title: 'A claim no article mentions',
  message: (id: string) =>
    `No article mentions claim ${q(id)}, so its page would have no evidence. Mention it in an article's body, as in :claim[the article's exact words]{#${id}}, or remove the claim.`,
  /** The claims whose only mentions in articles are in HTML comments, this one first; `others`: the other comments that mention them. */
  commented: (ids: readonly string[], others: readonly { file: string; line: number }[]) =>
    `This HTML comment (<!-- … -->) holds the only ${ids.length === 1 ? `mention an article makes of claim ${q(ids[0]!)}` : `mentions articles make of claims ${listed(ids.map(q))}`}, and a page leaves out what a comment holds, so ${ids.length === 1 ? 'its page' : 'their pages'} would have no evidence. Take away <!-- and --> to publish the passage, or remove the ${ids.length === 1 ? 'claim' : 'claims'}.${
      others.length === 0 ? '' : ` ${others.length === 1 ? 'Another comment holds one too' : `${others.length} other comments hold some too`}: ${others.map((o) => `${o.file}, line ${o.line}`).join('; ')}.`
    }`,
  hint: 'Mention the claim in at least one article, or delete the claim file. A claim that is published under a new id keeps the old one in aliases.',
} satisfies MessageDef<[string]> & { commented: (ids: readonly string[], others: readonly { file: string; line: number }[]) => string };

export const StoryMismatch = {
  code: 'story-mismatch',
  title: 'A claim that no article of its story mentions',
  message: (claim: string, story: string, others: readonly string[]) =>
    `story: claim ${q(claim)} belongs to the story ${q(story)}, but no article of that story mentions it; the articles that do belong to ${either(others)}. Its story's page would count it with no article that makes it. Set story to ${others.length === 1 ? q(others[0]!) : 'the story of the articles that make it'}, or mention the claim in an article of ${q(story)}.`,
  hint: 'A claim belongs to the story whose articles make it: a claim file copied from another story keeps that story until its story field is changed.',
} satisfies MessageDef<[string, string, readonly string[]]>;

export const OwnerId = {
  code: 'owner-id',
  title: "An outlet's owner written as another outlet's id",
  message: (id: string, name: string, file: string) =>
    `owner: ${q(id)} is the id of the outlet ${q(name)} (${file}). It is read as that outlet, so the two count as one source, but the outlet's page and the open data show the owner as written. Write owner: ${plainYaml(name)}.`,
  hint: 'An outlet owned by another outlet names it by its name, as readers know it (owner: Global Wire), not by its id.',
  notice: true,
} satisfies MessageDef<[string, string, string]>;

export const OwnerRenamed = {
  code: 'owner-renamed',
  title: "An outlet's owner written as the name another outlet had",
  message: (owner: string, name: string, file: string, sitePath: string) =>
    `owner: ${q(owner)} is no outlet's name now, but it was the name of the outlet now called ${q(name)} (${file}) when ${sitePath} was published. Owners are matched by name, so the two now count as two independent sources. If that outlet still owns this one, write owner: ${plainYaml(name)}.`,
  hint: "An outlet renamed keeps its old address through its aliases, but an owner names an outlet by its name now: the outlets it owns name it anew.",
  notice: true,
} satisfies MessageDef<[string, string, string, string]>;

export const AliasCollision = {
  code: 'alias-collision',
  title: 'An alias that is already taken',
  message: (alias: string, kind: string, other: string | undefined, how: 'id' | 'alias' | 'own' | 'repeated') =>
    how === 'own'
      ? `Alias ${q(alias)} is this ${kind}'s own id. Remove it: aliases are the ids it was published under before. (${/^[aeiou]/.test(kind) ? 'An' : 'A'} ${kind} renamed back to the id it was first published under lists that id first, before the ids it had since, so that the feeds keep its entries.)`
      : how === 'repeated'
        ? `Alias ${q(alias)} is listed twice. Remove one of them.`
        : how === 'id'
          ? `Alias ${q(alias)} is already the id of ${other}, so its old URL cannot redirect here. Remove the alias, or rename one of the two.`
          : `Alias ${q(alias)} is also an alias of ${other}: an old URL can redirect to only one page. Keep it on one of them.`,
  hint: 'An old URL redirects to exactly one page, so an alias may not be any record\'s current id or another record\'s alias.',
} satisfies MessageDef<[string, string, string | undefined, 'id' | 'alias' | 'own' | 'repeated']>;

export const ReservedId = {
  code: 'reserved-id',
  title: 'An id the site keeps for its own pages',
  /** `alias`: the id is one of the record's aliases, not its file name. */
  message: (id: string, kind: string, collection: string, alias: boolean) =>
    `${alias ? `Alias ${q(id)}` : `The id ${q(id)}`} is kept for the site's own pages: /${collection}/${id}/ is where the ${collection}' month pages are (/${collection}/${id}/2026-05/), so ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}'s page cannot be there. ${
      alias ? 'Remove the alias: its old address is taken by the month pages.' : 'Rename the file to an id of its own, and update anything that refers to it.'
    }`,
  hint: 'An article, claim or story may not be called months: /articles/months/, /claims/months/ and /stories/months/ hold the month pages.',
} satisfies MessageDef<[string, string, string, boolean]>;

export const ReusedAddress = {
  code: 'reused-address',
  title: 'A published address that now shows another record',
  message: (sitePath: string, kind: string, id: string, published: { file: string; title: string } | undefined, how: 'file' | 'alias' | 'removed') =>
    published === undefined && how === 'removed'
      ? `${sitePath} was published for another ${kind}, since removed (published-urls.txt lists it as removed), so a link shared to it would now show this one. Give this ${kind} an id of its own (rename the file). If it is the same ${kind}, brought back, record that with npm run urls -- --build.`
      : published === undefined
      ? `${sitePath} was published for another ${kind}: its original address and headline were both different (published-urls.txt records them), so a link shared to it would now show this one. Give this ${kind} an id of its own (rename the file). If it is the same ${kind}, its address and headline both corrected, record that with npm run urls -- --build.`
      : how === 'alias'
        ? `Alias ${q(id)} sends ${sitePath} here, but that address was published for the ${kind} now in ${published.file} (${q(published.title)}), so a link shared to it would say something else. Move ${q(id)} to the aliases in ${published.file}.`
        : `${sitePath} was published for the ${kind} now in ${published.file} (${q(published.title)}), but this file now takes its id, so a link shared to it would say something else. Give this ${kind} an id of its own (rename the file), and add ${q(id)} to the aliases in ${published.file}; if the files were renamed by mistake, rename them back. If the change is intended, record it with npm run urls -- --build.`,
  hint: 'An address keeps showing what it was published for: a record that takes another\'s old id is given an id of its own, and the old id goes to the aliases of the record it was published for.',
} satisfies MessageDef<[string, string, string, { file: string; title: string } | undefined, 'file' | 'alias' | 'removed']>;

// Claim mentions in bodies

/** Why a claim mention's span or id was not read, though written (src/check/file.ts). */
export type UnreadPart = 'bare' | 'space-before-span' | 'unclosed-span' | 'early-close' | 'space-before-id' | 'parenthesised-id' | 'wide-braces' | 'unclosed-id' | 'punctuated-id' | 'odd-space-in-id' | 'quoted-id' | 'unreadable-id';

const UNREAD: Record<UnreadPart, string> = {
  bare: "This claim mention has neither a span nor a claim id: :claim alone marks nothing. Write the article's exact words in brackets right after it, then the claim's id: :claim[exact words]{#claim-id}.",
  'space-before-span':
    'This claim mention is not read: a space stands between :claim and its [span], so neither the span nor the claim id is read. Write them with nothing between: :claim[exact words]{#claim-id}.',
  'unclosed-span':
    'This claim mention is not read: Markdown finds no ] to close its span, so neither the span nor the claim id is read. Close the span; a | in a table row ends the cell (write it as \\|), and a blank line the paragraph. Write :claim[exact words]{#claim-id}.',
  'early-close':
    'This claim mention names no claim: a ] in its words, which no [ opens, ends the span there, so the words after it and the claim id are published as plain text. Write that ] as \\], or leave it out: :claim[exact words]{#claim-id}.',
  'space-before-id':
    'This claim mention names no claim: a space stands between its ] and {#…}, so the claim id is not read. Remove the space: :claim[exact words]{#claim-id}.',
  'parenthesised-id':
    "This claim mention names no claim: its id is in parentheses, as a link's address would be, so it is not read. Write it in braces: :claim[exact words]{#claim-id}.",
  'wide-braces':
    'This claim mention names no claim: its braces are full-width, ｛ and ｝ (U+FF5B, U+FF5D), as a Chinese or Japanese keyboard types them, and Markdown reads only { and }, so the claim id is not read. Type the braces again: :claim[exact words]{#claim-id}.',
  'odd-space-in-id':
    'This claim mention names no claim: a no-break space, or another space that is not an ordinary one (a word processor puts them), stands between its { and }, where Markdown reads only ordinary spaces, so the claim id is not read. Type the spaces between the braces again: {#claim-id stance=quotes}.',
  'quoted-id':
    'This claim mention names no claim: its id is between quotation marks, which Markdown does not read after a #, so the claim id is not read. Write the id without them: {#claim-id}, as its file name is.',
  'unclosed-id': 'This claim mention names no claim: Markdown finds no } to close its {#…}, so the claim id is not read. Close it: :claim[exact words]{#claim-id}.',
  'punctuated-id':
    "This claim mention names no claim: a full stop or other punctuation follows its id inside the braces, where Markdown cannot read it (a dot there starts a class), so the claim id is not read. Put the punctuation after the }, where the sentence goes on: :claim[exact words]{#claim-id}.",
  'unreadable-id':
    'This claim mention names no claim: Markdown cannot read what stands between its { and }, so the claim id is not read. Write {#claim-id} or {#claim-id stance=quotes}: the # right before the id, a value after each =.',
};

export const MentionMissingId = {
  code: 'mention-missing-id',
  title: 'A claim mention without a claim id',
  message: (source: string, unread?: UnreadPart) =>
    `${unread ? UNREAD[unread] : "This claim mention names no claim. Add the claim's id after the span: :claim[exact words]{#claim-id}."}${shown(source)}`,
  hint: 'Write the claim id after the span, with a #: {#pause-is-unilateral}, and nothing between :claim, [span] and {#id}.',
} satisfies MessageDef<[string, UnreadPart?]>;


export const MentionBadId = {
  code: 'mention-bad-id',
  title: 'A claim mention with a malformed id',
  message: (id: string, suggestions: readonly string[], source: string) =>
    `${q(id)} is not a claim id: ids are lowercase words joined by hyphens, at most ${MAX_ID_LENGTH} characters.${invisibleIn(id)}${didYouMean(suggestions)}${shown(source)}`,
  hint: 'Write the claim id exactly as its file name, without .md: {#pause-is-unilateral}.',
} satisfies MessageDef<[string, readonly string[], string]>;

export const MentionUnknownAttribute = {
  code: 'mention-unknown-attribute',
  title: 'A claim mention with an attribute it does not take',
  /** `attributes`: those it does not take, as written (`.highlight`, `style="color:red"`); `write`: the mention's own attributes without them (`{#claim-id stance=quotes}`). */
  message: (attributes: readonly string[], stances: readonly string[], source: string, meant?: string, write?: string) =>
    meant
      ? `A claim mention takes only #claim-id and stance=${stances.join('|')}, so this one's claim id and stance are not read as written. Did you mean ${meant}? A claim id is one word after a #, of lowercase letters, digits and hyphens, without .md, and a stance follows stance=.${shown(source)}`
      : `A claim mention takes only #claim-id and stance=${stances.join('|')}: remove ${listed(attributes)}${write ? `, and write ${write}` : ''}. A mention cannot add classes (.name, as Pandoc and kramdown write them), ids, styles or event handlers to the page: its look is the site's.${shown(source)}`,
  /**
   * Words after the id, with a space between (`{#bridge-closed foo}`): a space ends the id, so
   * each is read as an attribute of its own. `without`: the mention without them; `joined`: with
   * them joined to the id by hyphens.
   */
  spaced: (words: readonly string[], without: string, joined: string, source: string) =>
    `This claim mention has ${listed(words.map(q))} after its claim id, with a space between: a space ends an id, so Markdown reads ${words.length === 1 ? 'the word' : 'each word'} as an attribute of its own, and a mention takes only #claim-id and stance=…. Write ${without} without ${words.length === 1 ? 'it' : 'them'}, or, if ${words.length === 1 ? 'it is' : 'they are'} part of the claim's id, join the words with hyphens: ${joined}.${shown(source)}`,
  hint: 'Keep only {#claim-id} and, when it is not asserts, stance=…. Everything else is refused, because article bodies must not change how the page looks or behaves.',
} satisfies MessageDef<[readonly string[], readonly string[], string, string?, string?]> & {
  spaced: (words: readonly string[], without: string, joined: string, source: string) => string;
};

export const MentionBadStance = {
  code: 'mention-bad-stance',
  title: 'A claim mention with an unknown stance',
  message: (stance: string, stances: readonly string[], suggestions: readonly string[], source: string) =>
    `${stance === '' ? 'This claim mention gives stance without a value: write it as stance=quotes, or leave it out for asserts.' : `Unknown stance ${q(stance)}.${didYouMean(suggestions)}`} A stance is one of ${stances.join(', ')} (asserts when left out).${shown(source)}`,
  hint: 'Use asserts (the article states it), disputes (it says it is wrong), quotes (it reports someone saying it) or qualifies (it adds a caveat).',
} satisfies MessageDef<[string, readonly string[], readonly string[], string]>;

export const MentionEmpty = {
  code: 'mention-empty',
  title: 'A claim mention with an empty span',
  message: (source: string, spanAfterId = false) =>
    spanAfterId
      ? `This claim mention has an empty span: its [span] comes after its {#…}, where it is not read, and would be published as plain text. Put the span first: :claim[exact words]{#claim-id}.${shown(source)}`
      : `This claim mention has an empty span. Put the article's exact words between the brackets: :claim[exact words]{#claim-id}.${shown(source)}`,
  hint: 'The span is the evidence: copy the words from the article into the brackets.',
} satisfies MessageDef<[string, boolean?]>;

export const MentionNested = {
  code: 'mention-nested',
  title: 'A claim mention inside another',
  message: (source: string) =>
    `This claim mention sits inside another one. Close the outer :claim[…]{…} before this one starts, or mention both claims on the same words one after the other.${shown(source)}`,
  hint: 'Mentions cannot overlap. Split the passage so each span carries one claim.',
} satisfies MessageDef<[string]>;

export const MentionInLink = {
  code: 'mention-in-link',
  title: 'A claim mention inside a link, or a link inside a mention',
  message: (source: string, holds = false) =>
    holds
      ? `This claim mention holds a link or a footnote reference in its span, and links cannot sit inside each other: a mention is a link itself. Take the link or the footnote reference out of the brackets, before or after the mention.${shown(source)}`
      : `This claim mention sits inside a link's text. Move it outside the [link](…): a mention is a link itself.${shown(source)}`,
  hint: 'Take the mention out of the link text, or the link out of the span, or drop the link: the article\'s own address goes in its url field.',
} satisfies MessageDef<[string, boolean?]>;

export const MentionHoldsBlock = {
  code: 'mention-holds-block',
  title: 'A claim mention that holds a block of raw HTML',
  message: (source: string) =>
    `This claim mention holds a raw HTML tag that ends a paragraph (<div>, <p>, </p>, <ul>, <li>, <table>, <h2>, <blockquote>, …): a browser ends the mention where that tag stands, so the page would show only the words before it as the mention. Take the tag out of the brackets, or end the mention before it.${shown(source)}`,
  hint: 'A span is words of one sentence or passage: keep block markup outside it.',
} satisfies MessageDef<[string]>;

export const MentionNotInline = {
  code: 'mention-not-inline',
  title: 'A claim mention written as a block',
  message: (source: string) =>
    `A claim mention is written with one colon, inside a sentence: :claim[exact words]{#claim-id}. This one has more colons, so it would stand as a block.${shown(source)}`,
  hint: 'Write :claim with a single colon, within the paragraph or quotation it belongs to.',
} satisfies MessageDef<[string]>;

export const MentionRepeatedAttribute = {
  code: 'mention-repeated-attribute',
  title: 'A claim mention that gives its id or stance twice',
  message: (keys: readonly string[], source: string, following = false) =>
    following
      ? `This claim mention is followed by a second {…}, which is not read, and would be published as it is written. A mention carries one claim and one stance, in one {…}: remove the second, and mark the words of another claim in a mention of its own.${shown(source)}`
      : `This claim mention gives ${keys.map((k) => (k === 'id' ? 'its claim id (#…)' : q(k))).join(' and ')} more than once, and only the last would count. A mention carries one claim and one stance: keep one, and mark the words of another claim in a mention of its own.${shown(source)}`,
  hint: 'Write one #claim-id and at most one stance=… per mention: :claim[exact words]{#claim-id stance=quotes}.',
} satisfies MessageDef<[readonly string[], string, boolean?]>;

export const MentionNotRead = {
  code: 'mention-not-read',
  title: 'A claim mention the site would not read as one',
  message: (source: string, kind: 'name' | 'colon' | 'html' | 'image' | 'code' | 'title' | 'field', field?: string) =>
    kind === 'title'
      ? `This claim mention is in a link's title (the words in quotation marks after its address, which a browser shows as a tooltip), where no mention is read, so it would be published as it is written, markup and all. Take it out of the title, and mark the claim in the passage's text.${shown(source)}`
      : kind === 'code'
      ? `This claim mention is inside code (between backticks, or in a block fenced with \`\`\` or indented by four spaces), which the page shows as it is written, markup and all, and not as a mention. Take it out of the code: remove the backticks or the fences, or the indentation at the start of the line.${shown(source)}`
      : kind === 'field'
      ? `This claim mention is in the field ${field}, and fields are plain text: only a record's body reads mentions, so it would be published as it is written, markup and all. Write the field in plain words, and mark the claim in a passage of the body.${shown(source)}`
      : kind === 'name'
      ? `This is written like a claim mention, but only :claim (in lowercase) makes one, so it would be published as it is written, markup and all. Write :claim[exact words]{#claim-id}.${shown(source)}`
      : kind === 'colon'
        ? `This is written like a claim mention, but without a colon right before claim, so it would be published as it is written, markup and all. Write :claim[exact words]{#claim-id}, with one colon (:) and nothing between it and claim.${shown(source)}`
      : kind === 'html'
        ? `This claim mention sits inside raw HTML, where Markdown is not read, so it would be published as it is written, markup and all. Take it out of the HTML: write the passage in Markdown.${shown(source)}`
        : `This claim mention sits inside an image's description (![…](…)), where no mention is read: a body shows an image as its description in words ([Image: …]), so the words would be published, but not as a mention. Take it out of the image: write the passage as text.${shown(source)}`,
  hint: 'Write the mention as :claim[exact words]{#claim-id}, in lowercase, in a paragraph, quotation, list item or table cell, not inside an HTML element or an image.',
} satisfies MessageDef<[string, 'name' | 'colon' | 'html' | 'image' | 'code' | 'title' | 'field', string?]>;

export const MentionStanceOutsideArticle = {
  code: 'mention-stance-outside-article',
  title: "A stance in a claim mention of a story's or a claim's body",
  message: (stance: string, owner: 'story' | 'claim', source: string) =>
    `This claim mention gives the stance ${q(stance)} in a ${owner}'s body, where no stance counts: only an article's mentions say how an outlet carries a claim, and the claim page gathers only theirs. The page only underlines the words as ${stance === 'disputes' ? 'disputed' : stance === 'quotes' ? 'quoted' : 'qualified'}. If an article ${stance} it, mark the claim in that article's passage; here, remove stance=${stance}, or keep it for the underline.${shown(source)}`,
  hint: "A stance says how an article carries a claim, and counts only in an article's body. In a story's or a claim's notes, a mention links to the claim: write it without stance=….",
  notice: true,
} satisfies MessageDef<[string, 'story' | 'claim', string]>;

// Body text

export const ImageWithoutDescription = {
  code: 'image-without-description',
  title: 'An image with no description',
  message: (source: string, html: boolean) =>
    `This image has no description${html ? ' (no alt, or alt="")' : ' (nothing between ![ and ])'}, so the page leaves it out without a sign that it was there: a body shows no images, only their descriptions, as [Image: …]. Write what the image shows for a reader ${html ? '(<img alt="Notice: bridge closed until March" …>)' : '(![Notice: bridge closed until March](…))'}, or remove the image if it adds nothing.${shown(source)}`,
  hint: 'Describe the image in words, as a reader who cannot see it needs it: ![Notice: bridge closed until March](…). Remove an image that only decorates.',
  notice: true,
} satisfies MessageDef<[string, boolean]>;

// Quotes against the archived source

export const SpanNotInArchive = {
  code: 'span-not-in-archive',
  title: 'A span that does not occur in the archived article',
  message: (archive: string, span: string, detail: string) =>
    `This span does not occur in ${archive}: ${q(span)}. ${detail}Copy the words exactly as the article has them: only quotation marks, dashes and spacing may differ.`,
  hint: 'Copy the span from the archived text again. An ellipsis or a changed word is not the article\'s wording: mention the two parts separately instead. Words in square brackets that the article does not have go outside the mention.',
} satisfies MessageDef<[string, string, string]>;

/**
 * Why an archived file cannot be read as text: a PDF, a word processor's document or another
 * binary file (`format`); UTF-16 text; a byte that is not UTF-8 (`mixed`: in a file of UTF-8
 * text otherwise), with its place in that file; or no text in it (`empty`: the file is empty or
 * only spaces and line breaks, or a web page has none outside its markup).
 */
export type ArchiveNotText =
  | { format: 'pdf' | 'document' | 'binary' }
  | { utf16: true }
  | { byte: number; line: number; column: number; mixed?: boolean }
  | { empty: 'file' | 'markup' };

export const ArchiveUnreadable = {
  code: 'archive-unreadable',
  title: 'An archived article that cannot be read',
  message: (archive: string, why: ArchiveNotText) => {
    const unchecked = 'so the spans of this article cannot be checked against it.';
    if ('format' in why) {
      const what = why.format === 'pdf' ? 'a PDF' : why.format === 'document' ? "a word processor's document" : 'not text but a binary file (it holds NUL bytes, as an image or a document does)';
      return `${archive} is ${what}, ${unchecked} Copy the article's text into a text file (UTF-8) and name that file in the field archive; keep the ${why.format === 'pdf' ? 'PDF' : 'original'} elsewhere if you need it.`;
    }
    if ('empty' in why) {
      return why.empty === 'file'
        ? `${archive} is empty: it holds no text (or only spaces and line breaks), ${unchecked} Save the article's text in it again, or name in the field archive the file that holds it.`
        : `${archive} is a web page with no text outside its markup, ${unchecked} Save the page again once its article shows, or copy the article's text into a text file and name that file in the field archive.`;
    }
    if ('utf16' in why) return `${archive} is UTF-16 text (it starts with the byte-order mark of UTF-16, as Windows saves "Unicode" text), not UTF-8, ${unchecked} Save it as UTF-8.`;
    const hex = `0x${why.byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const windows = windows1252(why.byte);
    const as = windows ? ` (in Windows-1252, the encoding older Windows programs save in, it is ${q(windows)})` : '';
    return why.mixed
      ? `${archive} is UTF-8 text but for the byte ${hex} at its line ${why.line}, column ${why.column}${as}, which cannot be read, ${unchecked} Retype the character there (and any other that cannot be read), then save it as UTF-8.`
      : `${archive} is not UTF-8 text: its byte ${hex} at its line ${why.line}, column ${why.column} cannot be read${as}, ${unchecked} Reopen it in its encoding${windows ? ' (Windows-1252, if that is the character meant)' : ''} and save it as UTF-8.`;
  },
  hint: 'Reopen the archived file in its encoding and save it as UTF-8; a PDF or a document, save as text; an empty file, save the article\'s text in it.',
} satisfies MessageDef<[string, ArchiveNotText]>;

export const ArchiveFolderMissing = {
  code: 'archive-folder-missing',
  title: 'An archive folder that does not exist',
  message: (folder: string, others: number) =>
    `There is no folder ${folder}/, where CROSSCHECK_ARCHIVE says the archived texts are, so the spans of this article${others > 0 ? ` and of ${others} other${others === 1 ? '' : 's'} naming an archived text` : ''} were not checked. Point CROSSCHECK_ARCHIVE at the folder that holds the archived texts, or leave it unset to use archive/.`,
  hint: 'Correct the folder CROSSCHECK_ARCHIVE names, or leave it unset: the default, archive/, may be missing without a word, as it is private to the editor.',
} satisfies MessageDef<[string, number]>;

export const ScaffoldChecklist = {
  code: 'scaffold-checklist',
  title: 'The checklist of a scaffold, left in the record',
  message: (passages: number) =>
    `This record still holds the checklist \`npm run new\` wrote${passages > 0 ? `, with ${passages} passage${passages === 1 ? '' : 's'} copied from the article` : ''}. Quote in the body the passages that carry claims, with their mentions, then delete the comment, from <!-- to -->: the record keeps only what it quotes, and the archive the full text.`,
  hint: 'Quote the passages that carry claims, mark their claims, and delete the checklist comment: content/ holds our record, never the article itself.',
} satisfies MessageDef<[number]>;

export const ScaffoldVia = {
  code: 'scaffold-via',
  title: 'A scaffold\'s note on where its text comes from, left unresolved',
  /** `copyOf`: the recorded article the import found the text nearly the same as, when the note names one. */
  message: (copyOf: string | undefined) => {
    const why = 'so that the two count as one source (without via, a copy counts as an independent outlet, and makes a claim look corroborated)';
    return `This record still holds the note \`npm run new\` wrote on where the text comes from, and has no via: ${
      copyOf
        ? `its text looked like articles/${copyOf}.md, already recorded. If it is the same article, delete this record and its archive file; if it is a copy published elsewhere, write via: ${copyOf}, ${why}; if it is neither, delete the comment.`
        : `the text says it is a copy of an article published elsewhere. If we record that article, write via: with its id, ${why}; if we do not, delete the comment.`
    }`;
  },
  hint: 'Write via: with the id of the article this text copies, or delete this record if it is the same article imported again; once you know the text is no copy of a recorded article, delete the comment.',
  notice: true,
} satisfies MessageDef<[string | undefined]>;

// The checks themselves

export const InternalError = {
  code: 'internal-error',
  title: 'The checks failed on a file',
  message: (error: string) =>
    `The checks stopped on this file with an internal error (${error}). This is a fault in Crosscheck, not in the file: please report it with the file attached.`,
  hint: 'Report it to the maintainers with the file. The rest of the content was still checked.',
} satisfies MessageDef<[string]>;

/** Every problem message, in the order docs/authoring.md lists them. */
export const messages = [
  ContentFolderMissing,
  CollectionFolderMissing,
  BinaryFile,
  FileTooLarge,
  NotUtf8,
  LoneCarriageReturn,
  ControlCharacter,
  BidiControl,
  Noncharacter,
  InvisibleInName,
  InvisibleInText,
  WordJoinerInName,
  LookAlike,
  DenseMarkup,
  DeepNesting,
  UnreadableFile,
  FolderLoop,
  FolderLink,
  UnreadFile,
  BackupFile,
  UnknownFolder,
  WrongCollection,
  NestedFile,
  BadFileName,
  DuplicateId,
  DuplicateArticle,
  FrontmatterMissing,
  FrontmatterUnclosed,
  FieldsInBody,
  YamlSyntax,
  DuplicateKey,
  NotAMapping,
  EmptyBody,
  UnknownField,
  MissingField,
  WrongType,
  BadValue,
  CommentInText,
  MixedQuotes,
  EmptyValue,
  TooLong,
  RepeatedItem,
  BadDate,
  PublishedAfterAdded,
  BadUrl,
  UrlCredentials,
  BadFormat,
  UnknownLanguage,
  UnknownReference,
  UnknownClaim,
  UnknownPage,
  SelfReference,
  ViaCycle,
  UnmentionedClaim,
  StoryMismatch,
  OwnerId,
  OwnerRenamed,
  AliasCollision,
  ReservedId,
  ReusedAddress,
  MentionMissingId,
  MentionBadId,
  MentionUnknownAttribute,
  MentionBadStance,
  MentionEmpty,
  MentionNested,
  MentionInLink,
  MentionHoldsBlock,
  MentionNotInline,
  MentionRepeatedAttribute,
  MentionNotRead,
  MentionStanceOutsideArticle,
  ImageWithoutDescription,
  SpanNotInArchive,
  ArchiveUnreadable,
  ArchiveFolderMissing,
  ScaffoldChecklist,
  ScaffoldVia,
  InternalError,
] as const;

export type Code = (typeof messages)[number]['code'];

/** The codes of notices ({@link MessageDef.notice}): printed like problems, but the content still passes and the site is built. */
export const NOTICE_CODES: ReadonlySet<Code> = new Set(messages.filter((m) => 'notice' in m && m.notice).map((m) => m.code));

// Summaries printed around the problems

/** A count as the build's other lines write it ("Checked 1,909 files"): with thousands separated. */
const n = (count: number) => count.toLocaleString('en-US');

export const summaries = {
  clean: (files: number) => `Checked ${n(files)} ${files === 1 ? 'file' : 'files'}: no problems.`,
  notices: (notices: number, files: number) =>
    `${n(notices)} ${notices === 1 ? 'notice' : 'notices'} in ${n(files)} ${files === 1 ? 'file' : 'files'}: what readers will miss, which does not stop the build. Each code in [brackets] is explained in docs/authoring.md.`,
  problems: (problems: number, files: number, checked: number) =>
    `${n(problems)} ${problems === 1 ? 'problem' : 'problems'}${checked > 0 ? ` in ${n(files)} of ${n(checked)} ${checked === 1 ? 'file' : 'files'}` : ''}. Each code in [brackets] is explained in docs/authoring.md.`,
  /**
   * Articles whose archived text is not in the archive folder, when it holds other articles' (see
   * QuoteStats.missing): those not listed at the previous check (`earlier`: how many others were, and
   * still are), or all of them (`npm run check -- --unverified`, `all`: none left out).
   */
  unverified: (missing: readonly { file: string; archive: string; instead?: string }[], earlier = 0, all = false) => {
    const shown = all ? missing : missing.slice(0, 5);
    const others = earlier === 0 ? '' : ` ${earlier} other ${earlier === 1 ? 'article' : 'articles'}, listed at an earlier check, ${earlier === 1 ? 'is' : 'are'} not verified either (npm run check -- --unverified lists them).`;
    return `Not verified: ${missing.length} ${missing.length === 1 ? 'article names an archived text that is' : 'articles name archived texts that are'} not in the archive, so ${missing.length === 1 ? 'its spans were' : 'their spans were'} not checked: ${shown
      .map((m) => `${m.file} (${m.archive}${m.instead ? `; the archive has ${m.instead}, which no article names` : ''})`)
      .join(', ')}${missing.length > shown.length ? `, and ${missing.length - shown.length} more (npm run check -- --unverified lists them all)` : ''}. Copy each text into the archive, or correct the article's archive field if it names the wrong file.${others}`;
  },
  /** `npm run check -- --unverified` when every article that names an archived text has it there. */
  allVerified: (articles: number) =>
    `Not verified: none. ${articles === 0 ? 'No article with mentions names an archived text.' : `The spans of ${articles === 1 ? 'the 1 article that names an archived text were' : `all ${articles} articles that name an archived text were`} checked against it.`}`,
  /** The same articles as at the previous check, none new: counted in one line, not listed again. */
  unverifiedAgain: (count: number) =>
    `Not verified: the spans of ${count} ${count === 1 ? 'article whose archived text is' : 'articles whose archived texts are'} not in the archive, as listed at an earlier check (npm run check -- --unverified lists ${count === 1 ? 'it' : 'them'} again).`,
  /** The title of the problems the content loader stops `astro build` with, or logs under `astro dev`. */
  inContent: (problems: number) => `${n(problems)} ${problems === 1 ? 'problem' : 'problems'} in the content:`,
  /** Under `astro dev` (`npm run dev`), after the problems found at the start (src/loaders/checked-glob.ts). */
  devStartsAnyway:
    'The dev server starts anyway, with the pages it can show: a file whose YAML or fields cannot be read is left out until you save it readable. The content is checked again after each save; npm run build publishes nothing while there are problems.',
  /** How many pages a build rendered: of how many, when it reused the rest, and how many content files a fast rebuild read again. */
  rendered: (rendered: number, total: number, read?: number) => {
    const number = (n: number) => n.toLocaleString('en-US');
    const count = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;
    if (rendered === total && read === undefined) return `Rendered ${count(total, 'page', 'pages')} (full build).`;
    const fast = read === undefined ? '' : `; fast rebuild, ${count(read, 'content file', 'content files')} read again`;
    return `Rendered ${number(rendered)} of ${count(total, 'page', 'pages')} (incremental: ${count(total - rendered, 'unchanged page', 'unchanged pages')} reused${fast}).`;
  },
  /** Said, under `npm run build -- --force`, in place of Astro's "data store cleared (force)" (scripts/lib/astro-log.ts). */
  forceCleared: '--force: Astro\'s cache of the content was emptied, as asked (your content files are untouched): every record is read again and every page rendered.',
  nothingBuilt: (folder: string) => `The content in ${folder}/ has problems, so nothing was built.`,
  astroFailed: (status: string) =>
    `The site failed to build (astro build ended with ${status}). The content passed its checks; Astro's messages above name the page or setting that failed. Build again, and if it fails the same way, report it with those messages: it is a fault in the site's code or configuration.`,
  keptPrevious: (out: string) => `The previous site in ${out}/ was left as it was.`,
  built: (out: string, seconds: string) => `Built ${out}/ in ${seconds} s.`,
  /** `pid` 0: the other build has not written its process id yet. */
  busy: (out: string, pid: number) =>
    `Another build${pid > 0 ? ` (process ${pid})` : ''} is writing ${out}/. Wait for it to finish, then build again.`,
  crashed: (error: string) => `The build stopped with an internal error: ${error}. Build again, and if it stops the same way, report it with this message.`,
  interrupted: (signal: string) => `The build was interrupted (${signal}). Run npm run build again to publish.`,
  postBuildFailed: (problems: string) => `The built site failed its final checks:\n${problems}\nCorrect what the lines above name, then build again; report them if it fails the same way.`,
};
