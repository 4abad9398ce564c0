/**
 * The outlets' and entities' indexes at scale: a newsroom records thousands of entities and
 * hundreds of outlets, and `/entities/` listing every one passed the 14 KB of one round trip near
 * 1,000 entities (`/outlets/` of 1,000 outlets was 15.6 KB gzipped). Up to {@link NAMES_ON_INDEX}
 * records the index lists them all, as it always did; beyond, it lists the
 * {@link MOST_COVERED_ON_INDEX} most covered and links an A–Z index: a page per letter
 * (`/outlets/letters/t/`), in numbered pages of {@link LETTER_LINES_PER_PAGE}
 * (`/outlets/letters/t/2/`), each record by the first letter of its name.
 *
 * A name's letter is its first letter or digit, read past punctuation and symbols (“¡Hola!” is
 * under H, “(The) Wire” under T) and without its accents (Électricité under E, Øresund under O).
 * Digits share one page (`0-9`); a name in another script is under its script (`cyrillic`,
 * `greek`, `han`, `kana`, `hangul`, `arabic`, `hebrew`…), and a name with no letter of a script
 * named here, or none at all, under `other`: every bucket's id is ASCII, safe in a URL as it is.
 */
import { sitePath } from './ids.ts';
import { numberedPath, paginate, type ListPage } from './pagination.ts';

/**
 * The path segment under which the outlets' and entities' letter pages are (`/outlets/letters/t/`):
 * no outlet or entity may take it as its id or an alias, as its page would be where the letters are
 * (src/check/corpus.ts, `reserved-id`).
 */
export const LETTERS_SEGMENT = 'letters';

/** The collections whose indexes have letter pages under {@link LETTERS_SEGMENT}. */
export const LETTER_ARCHIVES = ['outlets', 'entities'] as const;
export type LetterArchive = (typeof LETTER_ARCHIVES)[number];

/** How many records `/outlets/` and `/entities/` list whole; beyond it, the most covered and the letters. */
export const NAMES_ON_INDEX = 100;

/** How many of the most covered records the index lists when it links the letters. */
export const MOST_COVERED_ON_INDEX = 20;

/** How many records a letter's page holds; a busier letter is in numbered pages (`/outlets/letters/t/2/`). */
export const LETTER_LINES_PER_PAGE = 100;

/** The bucket of the names that start with a digit. */
export const DIGITS = '0-9';
/** The bucket of the names with no letter or digit of a script {@link letterOf} names. */
export const OTHER = 'other';

/** Scripts with a bucket of their own, in the order their pages come after A–Z, with the label a reader sees. */
const SCRIPTS: readonly { id: string; label: string; test: RegExp }[] = [
  { id: 'greek', label: 'Greek', test: /\p{Script=Greek}/u },
  { id: 'cyrillic', label: 'Cyrillic', test: /\p{Script=Cyrillic}/u },
  { id: 'armenian', label: 'Armenian', test: /\p{Script=Armenian}/u },
  { id: 'georgian', label: 'Georgian', test: /\p{Script=Georgian}/u },
  { id: 'hebrew', label: 'Hebrew', test: /\p{Script=Hebrew}/u },
  { id: 'arabic', label: 'Arabic', test: /\p{Script=Arabic}/u },
  { id: 'devanagari', label: 'Devanagari', test: /\p{Script=Devanagari}/u },
  { id: 'bengali', label: 'Bengali', test: /\p{Script=Bengali}/u },
  { id: 'tamil', label: 'Tamil', test: /\p{Script=Tamil}/u },
  { id: 'thai', label: 'Thai', test: /\p{Script=Thai}/u },
  { id: 'ethiopic', label: 'Ethiopic', test: /\p{Script=Ethiopic}/u },
  { id: 'hangul', label: 'Hangul', test: /\p{Script=Hangul}/u },
  { id: 'kana', label: 'Kana', test: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { id: 'han', label: 'Han', test: /\p{Script=Han}/u },
];

/** Latin letters that no accent removal turns into A–Z: the letter a reader looks them up under. */
const LATIN_LETTERS: Readonly<Record<string, string>> = { ß: 's', æ: 'a', œ: 'o', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 't', ı: 'i', ħ: 'h', ŋ: 'n', ĸ: 'k', ŧ: 't' };

/** The first letter or digit of a name, past anything else (punctuation, symbols, spaces, accents). */
const FIRST = /[\p{L}\p{Nd}]/u;

/**
 * The bucket of a name: `a`–`z` for a Latin letter (accents removed), {@link DIGITS} for a digit,
 * a script's id ({@link SCRIPTS}) for a letter of it, else {@link OTHER}.
 *
 *   letterOf('The Wire')   // 't'
 *   letterOf('Électricité') // 'e'
 *   letterOf('¡Hola!')     // 'h'
 *   letterOf('1843')       // '0-9'
 *   letterOf('Коммерсант') // 'cyrillic'
 *   letterOf('朝日新聞')    // 'han'
 *   letterOf('★')          // 'other'
 */
export function letterOf(name: string): string {
  const c = FIRST.exec(name.normalize('NFKD'))?.[0];
  if (c === undefined) return OTHER;
  if (/\p{Nd}/u.test(c)) return DIGITS;
  const lower = c.toLowerCase();
  if (/^[a-z]$/.test(lower)) return lower;
  if (LATIN_LETTERS[lower]) return LATIN_LETTERS[lower];
  return SCRIPTS.find((s) => s.test.test(c))?.id ?? OTHER;
}

/** Where a bucket comes in the index: digits, A–Z, the scripts of {@link SCRIPTS} in their order, then {@link OTHER}. */
function rank(letter: string): number {
  if (letter === DIGITS) return 0;
  if (/^[a-z]$/.test(letter)) return 1 + letter.charCodeAt(0) - 97;
  const script = SCRIPTS.findIndex((s) => s.id === letter);
  return script >= 0 ? 27 + script : 27 + SCRIPTS.length;
}

/** What a reader sees of a bucket: `T`, `0–9`, `Cyrillic`, `Other`. */
export function letterLabel(letter: string): string {
  if (letter === DIGITS) return '0–9';
  if (/^[a-z]$/.test(letter)) return letter.toUpperCase();
  return SCRIPTS.find((s) => s.id === letter)?.label ?? 'Other';
}

/** What the records of a bucket's names have in common, after "whose names": `begin with T`, `begin with a digit`, `are written in Cyrillic`. */
export function letterPhrase(letter: string): string {
  if (letter === DIGITS) return 'begin with a digit';
  if (/^[a-z]$/.test(letter)) return `begin with ${letter.toUpperCase()}`;
  const script = SCRIPTS.find((s) => s.id === letter);
  return script ? `are written in ${script.label}` : 'begin with another character';
}

/** Whether `segment` is a bucket {@link letterOf} can give (for the link checks and the URL registry). */
export function isLetter(segment: string): boolean {
  return /^[a-z]$/.test(segment) || segment === DIGITS || segment === OTHER || SCRIPTS.some((s) => s.id === segment);
}

/** One letter's records, in the order given, and the letters before and after it that have some. */
export interface LetterGroup<T> {
  letter: string;
  items: T[];
  previous?: string | undefined;
  next?: string | undefined;
}

/** Some records by the letter of their name ({@link letterOf}), in index order ({@link rank}), each keeping the order given. */
export function byLetter<T>(items: readonly T[], nameOf: (item: T) => string): LetterGroup<T>[] {
  const letters = new Map<string, T[]>();
  for (const item of items) {
    const letter = letterOf(nameOf(item));
    const list = letters.get(letter);
    if (list) list.push(item);
    else letters.set(letter, [item]);
  }
  const sorted = [...letters].sort(([a], [b]) => rank(a) - rank(b));
  return sorted.map(([letter, list], i) => ({ letter, items: list, previous: sorted[i - 1]?.[0], next: sorted[i + 1]?.[0] }));
}

/** Whether an index of `count` records links letter pages rather than listing them all (the letter pages exist only then). */
export const hasLetterPages = (count: number) => count > NAMES_ON_INDEX;

/** A letter's records in numbered pages of {@link LETTER_LINES_PER_PAGE}, in the order given. */
export function letterPages<T>(items: readonly T[]): ListPage<'list', T>[] {
  return paginate([{ key: 'list' as const, items }], LETTER_LINES_PER_PAGE);
}

/** The page of a letter of an index: `/outlets/letters/t/`, and its page n: `/outlets/letters/t/2/`. */
export const letterPath = (collection: LetterArchive, letter: string, base = '/', page = 1) => numberedPath(sitePath(base, collection, LETTERS_SEGMENT, letter), page);

/**
 * The most covered records first, at most `limit`: by `weight` (an outlet's articles, an entity's
 * claims), more first, ties in the order given (by name).
 */
export function mostCovered<T>(items: readonly T[], weight: (item: T) => number, limit = MOST_COVERED_ON_INDEX): T[] {
  return items
    .map((item, i) => ({ item, i, w: weight(item) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.item);
}
