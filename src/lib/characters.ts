/**
 * Characters that text on the site cannot carry, and letters that let a name pass for another
 * ({@link lookAlikeLetter}). Pure: patterns, and one function over them.
 *
 * - XML 1.0 forbids, even escaped, the C0 controls other than tab, line feed and carriage
 *   return, U+FFFE, U+FFFF and halves of a surrogate pair alone: one makes a whole feed
 *   unreadable to a conforming reader.
 * - HTML also counts DEL and the C1 controls (U+007F to U+009F) as parse errors.
 *
 * YAML lets an editor write any of them (`"\x01"`, `"\v"`), and text pasted from a PDF or a
 * word processor brings some: the checks refuse them (src/check/file.ts), and the feeds drop
 * any that reach them (src/lib/feeds.ts).
 */

/** The characters XML 1.0 forbids, as a pattern's source. */
const XML_FORBIDDEN_SOURCE = String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;

/** Every character XML 1.0 forbids (global: for `replace` and `matchAll`). */
export const XML_FORBIDDEN = new RegExp(XML_FORBIDDEN_SOURCE, 'g');

/** Every character a page or a feed cannot carry: XML's, with DEL and the C1 controls (global). */
export const TEXT_FORBIDDEN = new RegExp(String.raw`[\u007F-\u009F]|${XML_FORBIDDEN_SOURCE}`, 'g');

/**
 * The noncharacters no page may hold (the Nu Html Checker's "Forbidden code point") that XML
 * allows, so {@link TEXT_FORBIDDEN} does not name them: U+FDD0 to U+FDEF, and the last two code
 * points of planes 1 to 16 (U+1FFFE, U+1FFFF, …, as surrogate pairs). Global.
 */
export const NONCHARACTERS = /[\uFDD0-\uFDEF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

/**
 * The bidirectional formatting controls: embeddings and overrides (U+202A to U+202E) and
 * isolates (U+2066 to U+2069). Invisible, and one left open reverses or reorders the text after
 * it on the same line of a page, a feed reader or a preview: `Wire\u202E, 12 May` reads as
 * `Wire yaM 21 ,`. The checks refuse them (src/check/file.ts); the marks a right-to-left quotation
 * needs (U+200E, U+200F, U+061C) are not among them. Global.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The alphabets whose letters are drawn alike: a word mixing them can pass for another word. */
type Alphabet = 'Latin' | 'Cyrillic' | 'Greek';
const ALPHABETS: readonly [Alphabet, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
];
/**
 * Greek letters drawn like Latin ones, and Latin letters drawn like Greek ones (Unicode's
 * confusables): between Latin and Greek only these deceive, so a Greek letter used as a sign in a
 * Latin word (`μTorrent`, `βeta`) is no look-alike. Every Cyrillic letter in a Latin or Greek word,
 * and every Latin or Greek letter in a Cyrillic word, is taken for one: words do not mix them.
 */
const GREEK_LIKE_LATIN = /[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαικνορυχ]/u;
const LATIN_LIKE_GREEK = /[ABEZHIKMNOPTYXaiknopuvxy]/u;
/**
 * The Latin letter each Cyrillic or Greek letter is drawn like (Unicode's confusables), to write
 * an id meant with it: `cаlls` with a Cyrillic `а` is `calls`.
 */
export const LATIN_LOOK_ALIKES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['аеорсухѕіјԁһӏԛԝүкАВЕЅІЈКМНОРСТУХҮ', 'aeopcyxsijdhlqwykABESIJKMHOPCTYXY'],
    ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαικνορυχ', 'ABEZHIKMNOPTYXaikvopux'],
  ].flatMap(([letters, latin]) => [...letters!].map((letter, i) => [letter, latin![i]!])),
);
/** A word: letters and the marks on them. */
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * The first letter of `text` that stands in a word of another alphabet and looks like one of its
 * letters (`Rеuters` with a Cyrillic `е`, U+0435): such a word reads as the word it imitates, so
 * a name can pass for another (an outlet's, a person's). Undefined when there is none. `index` is
 * the letter's offset in `text` (UTF-16), `alphabet` its own and `word` the word it stands in.
 */
export function lookAlikeLetter(text: string): { index: number; letter: string; alphabet: Alphabet; among: Alphabet; word: string } | undefined {
  for (const match of text.matchAll(WORD)) {
    let offset = 0;
    const letters = [...match[0]].map((letter) => {
      const l = { letter, offset, alphabet: ALPHABETS.find(([, pattern]) => pattern.test(letter))?.[0] };
      offset += letter.length;
      return l;
    });
    const counts = new Map<Alphabet, number>();
    for (const l of letters) if (l.alphabet) counts.set(l.alphabet, (counts.get(l.alphabet) ?? 0) + 1);
    if (counts.size < 2) continue;
    // The word's alphabet is the one most of its letters are in (the first letter's, when as many).
    const first = letters.find((l) => l.alphabet)!.alphabet!;
    const among = [...counts].reduce((best, entry) => (entry[1] > best[1] || (entry[1] === best[1] && entry[0] === first) ? entry : best))[0];
    const stray = letters.find(({ letter, alphabet }) => {
      if (alphabet === undefined || alphabet === among) return false;
      if (alphabet === 'Greek' && among === 'Latin') return GREEK_LIKE_LATIN.test(letter);
      if (alphabet === 'Latin' && among === 'Greek') return LATIN_LIKE_GREEK.test(letter);
      return true;
    });
    if (stray) return { index: match.index + stray.offset, letter: stray.letter, alphabet: stray.alphabet!, among, word: match[0] };
  }
  return undefined;
}

/**
 * Invisible characters that never belong in a name of the Latin, Greek or Cyrillic alphabets:
 * a zero-width space (U+200B), the invisible operators (U+2061 to U+2064) and a zero-width
 * no-break space (U+FEFF, a byte-order mark inside text). Other scripts use some of them (Thai,
 * Khmer and Lao mark word boundaries with U+200B), so only those beside a letter or digit of
 * those alphabets, or at a name's start or end, are taken for a mistake or a spoof. A word joiner
 * (U+2060) is a typographer's, to keep a name on one line: see {@link wordJoinerInName}.
 */
const HIDDEN = /[\u200B\u2061-\u2064\uFEFF]/g;
/**
 * The joiners (U+200C, U+200D) that Persian, the Indic scripts and emoji sequences need, are
 * taken for one only between two letters of those alphabets, where nothing needs them.
 */
const JOINERS = /[\u200C\u200D]/g;
const ALPHABETIC = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const LATIN = /\p{Script=Latin}/u;
const ALPHANUMERIC = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9]/u;
/** The letters, marks and invisible characters of a word. */
const WORD_AROUND = /[\p{L}\p{M}\p{Nd}\p{Cf}]*/uy;

/**
 * The first invisible character in a name (an outlet's or a person's) that can only be a mistake
 * or a spoof: `Re\u200Buters` reads as `Reuters` but is not it, so search does not find it and a
 * record passes for another. `index` is its offset in `name`, `word` the word it stands in as a
 * reader sees it ('' at a name's start or end beside a space). Undefined when there is none: a
 * zero-width non-joiner in a Persian word, a joiner in an emoji, a zero-width space in Thai.
 */
export function hiddenInName(name: string): { index: number; char: string; word: string } | undefined {
  const found: { index: number; char: string }[] = [];
  for (const m of name.matchAll(HIDDEN)) {
    const prev = name.slice(0, m.index).replace(/[\u200B-\u200D\u2060-\u2064\uFEFF]+$/, '');
    const next = name.slice(m.index + 1).replace(/^[\u200B-\u200D\u2060-\u2064\uFEFF]+/, '');
    const before = [...prev].at(-1);
    const after = [...next][0];
    if (before === undefined || after === undefined || ALPHANUMERIC.test(before) || ALPHANUMERIC.test(after)) found.push({ index: m.index, char: m[0] });
  }
  for (const m of name.matchAll(JOINERS)) {
    const before = [...name.slice(0, m.index)].at(-1);
    const after = [...name.slice(m.index + 1)][0];
    if (before !== undefined && after !== undefined && ALPHABETIC.test(before) && ALPHABETIC.test(after)) found.push({ index: m.index, char: m[0] });
  }
  const first = found.sort((a, b) => a.index - b.index)[0];
  return first ? { ...first, word: wordAround(name, first.index) } : undefined;
}

/** The word around `index` as a reader sees it, without its invisible characters: back to its start, then forward to its end. */
function wordAround(name: string, index: number): string {
  let start = index;
  while (start > 0 && /[\p{L}\p{M}\p{Nd}\p{Cf}]/u.test(name[start - 1]!)) start--;
  WORD_AROUND.lastIndex = start;
  return WORD_AROUND.exec(name)![0].replace(/\p{Cf}/gu, '');
}

/**
 * The first word joiner (U+2060) in a name where it keeps nothing together: between two letters
 * or digits (which never break apart; `between`), beside a space, or at the name's start or end, with a
 * letter or digit of the Latin, Greek or Cyrillic alphabets on one side. A typographer puts one
 * beside a hyphen, a slash or another sign, to keep a name on one line (`Jean\u2060-\u2060Paul`,
 * `24\u2060/\u20607`): that one is not returned. A word joiner there is likelier copied with
 * the text than meant, and makes the name another text, but may be meant: a notice, not a fault.
 */
export function wordJoinerInName(name: string): { index: number; word: string; between: boolean } | undefined {
  for (const m of name.matchAll(/\u2060/g)) {
    const before = [...name.slice(0, m.index).replace(/[\u200B-\u200D\u2060-\u2064\uFEFF]+$/, '')].at(-1);
    const after = [...name.slice(m.index + 1).replace(/^[\u200B-\u200D\u2060-\u2064\uFEFF]+/, '')][0];
    // Beside a hyphen, a slash, a full stop or another sign: the typographer's use.
    const sign = (c: string | undefined) => c !== undefined && /[\p{P}\p{S}]/u.test(c);
    if (sign(before) || sign(after)) continue;
    if (before === undefined || after === undefined || ALPHANUMERIC.test(before) || ALPHANUMERIC.test(after)) {
      const word = wordAround(name, m.index);
      return { index: m.index, word, between: before !== undefined && after !== undefined && /[\p{L}\p{M}\p{Nd}]/u.test(before) && /[\p{L}\p{M}\p{Nd}]/u.test(after) };
    }
  }
  return undefined;
}

/** The invisible formatting characters a text may hold between its words, skipped to find what a reader sees beside one. */
const FORMATTING = /[\u00AD\u200B-\u200D\u2060-\u2064\uFEFF]/g;
/** A letter, mark or digit of a script other than Latin, Greek or Cyrillic: Thai, Khmer, Lao, Myanmar and others mark word boundaries with a zero-width space. */
const OTHER_SCRIPT = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{Nd}]/u.test(c) && !ALPHANUMERIC.test(c);

/**
 * The first invisible character in free text (a headline, a statement, a title, a summary, a
 * description) that can only be a mistake: a zero-width space, an invisible operator or a
 * zero-width no-break space (a byte-order mark inside the text) anywhere but among the letters of
 * a script that marks its words with one (Thai, Khmer, Lao…), a zero-width joiner between two
 * letters of the Latin, Greek or Cyrillic alphabets, and a zero-width non-joiner between two Greek
 * or Cyrillic letters. `global\u200B pause`
 * reads as `global pause` but is not that text: a search for the words misses it. Not returned:
 * the joiners of Persian, the Indic scripts and emoji sequences, and the typographer's soft hyphen,
 * word joiner and non-joiner between Latin letters (ligature control in German or Dutch, `Auf\u200Clage`). `index` is its offset in `text`; `before` and `after` are the words (as a reader
 * sees them: runs of characters between spaces, without their invisible characters) it stands
 * between, or `word` the one it stands inside.
 */
export function hiddenInText(text: string): { index: number; char: string; before: string; after: string; word: string | undefined } | undefined {
  const found: { index: number; char: string }[] = [];
  for (const m of text.matchAll(HIDDEN)) {
    const before = [...text.slice(0, m.index).replace(/[\u00AD\u200B-\u200D\u2060-\u2064\uFEFF]+$/, '')].at(-1);
    const after = [...text.slice(m.index + 1).replace(/^[\u00AD\u200B-\u200D\u2060-\u2064\uFEFF]+/, '')][0];
    if (m[0] === '\u200B' && (OTHER_SCRIPT(before) || OTHER_SCRIPT(after))) continue;
    found.push({ index: m.index, char: m[0] });
  }
  for (const m of text.matchAll(JOINERS)) {
    const before = [...text.slice(0, m.index)].at(-1);
    const after = [...text.slice(m.index + 1)][0];
    if (before === undefined || after === undefined || !ALPHABETIC.test(before) || !ALPHABETIC.test(after)) continue;
    // A non-joiner between Latin letters is the typographer's: it keeps a ligature from joining two parts of a German or Dutch compound (`Auf\u200Clage`).
    if (m[0] === '\u200C' && LATIN.test(before) && LATIN.test(after)) continue;
    found.push({ index: m.index, char: m[0] });
  }
  const first = found.sort((a, b) => a.index - b.index)[0];
  if (!first) return undefined;
  const head = text.slice(0, first.index).replace(FORMATTING, '');
  const tail = text.slice(first.index + 1).replace(FORMATTING, '');
  const before = /(\S+)\s*$/.exec(head)?.[1] ?? '';
  const after = /^\s*(\S+)/.exec(tail)?.[1] ?? '';
  // Inside a run of characters between spaces, it stands in that word; else between two words (or at an end).
  const inside = /\S$/.test(head) && /^\S/.test(tail);
  return { ...first, before, after, word: inside ? before + after : undefined };
}
