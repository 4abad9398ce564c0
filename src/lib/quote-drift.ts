/**
 * Quote drift: how a quotation's wording changed from outlet to outlet.
 *
 * Every mention of a `quote` claim is a rendition of the quotation, whatever its stance. The
 * renditions are grouped by their words into variants, leaving aside what is the outlet's style
 * and not the speaker's words: case, punctuation and typography, how a number is written (it is
 * compared by value: `a million`, `1m` and `one million` are one word, the same, as `third` and
 * `3rd`, `half` and `50%`, `twenty twenty-six` and `2026`, `1.000.000` and `1 000 000` and
 * `1,000,000`, `a decade` and `ten years` are), British or
 * American spelling, which side of its month a day is written (`3 June`, `June 3`; see
 * `joinDates`), and how a percentage is written (see `quoteWords` and
 * `wordingKey`). The best-attested variant is the one carried by the most independent sources;
 * ties go to the variant seen earliest (its oldest article, by `articleDate`), then to the longer
 * one (more of the statement), then to code-unit order of its words. A tie is recorded (`tie`)
 * and a page says which rule broke it, so that a wording no better attested than another is not
 * presented as the one the sources agree on.
 *
 * Each rendition is compared with the best-attested wording word by word with jsdiff's
 * `diffArrays`, and classed:
 *
 * - `exact`: the same words in the same order.
 * - `excerpt`: the same words in the same order, but starting later or ending earlier, or
 *   carrying more of the statement at either end: one quotes more of it than the other.
 * - `altered`: words changed, added or left out inside the shared stretch, but at least
 *   {@link PARAPHRASE_THRESHOLD} of the words it attributes (its fidelity) are the speaker's.
 * - `reworded`: less than that: the words are substantially the outlet's own.
 *
 * Fidelity is the share of a rendition's words that match the best wording in order, not
 * counting words it adds before or after the whole stretch they share (a longer excerpt is not
 * a paraphrase); words swapped in at either end do count against it. Words in square brackets do
 * not: they are the outlet's, marked as such (`[the company] will pause` for `we will pause` has
 * some words changed, but is not reworded). A rendition presented as a quotation
 * (`mention.quoted`) that is `reworded` is flagged as a paraphrase presented as a quotation,
 * unless its wording is as well attested as the best one and was not certainly reported later
 * (a tie not broken by `earliest`): then which wording is the speaker's is not known. The
 * similarity score is the Dice coefficient of the two word sequences: twice the shared words over
 * the words of both.
 *
 * However few words change, some change what was said: a negation dropped or added, a number
 * changed, the same numbers in another order ("5 of 3" for "3 of 5"), or a word swapped for its
 * opposite ("decrease" for "increase", "unsafe" for "safe").
 * Each comparison lists those (`meaning`), so that a rendition faithful in all but a "not" is not
 * passed off as "some words changed".
 *
 * A rendition in an article of another language than the best-attested wording's (by primary
 * language subtag: `en-GB` is `en`) that does not keep its words (it would be `reworded`) is a
 * translation (`translated`): words of two languages are not compared, so it is neither a
 * paraphrase presented as a quotation nor a change of meaning, and its wording does not tie with
 * the best-attested one. An article of another language quoting the original words keeps them and
 * is compared as any other. The wordings of each other language are compared with each other: each
 * with the best-attested wording of its language (`inLanguage`), its changes of meaning read there.
 */
import { diffArrays } from 'diff';
import { groupEvidence } from './corroboration.ts';
import type { Evidence } from './evidence.ts';
import type { ClaimId } from './ids.ts';
import type { IndependenceCount } from './independence.ts';
import { normaliseSpan } from './mentions.ts';
import { compareDates, compareText, dateSpan, type ArticleDate } from './order.ts';

/** Below this fidelity a rendition is `reworded` (a quoted one is then a paraphrase presented as a quotation). */
export const PARAPHRASE_THRESHOLD = 0.8;

/** A word of a rendition: the text shown, and the key it is compared by. */
export interface WordToken {
  /** As written (typographic quotes made plain), with any punctuation-only neighbours attached. */
  text: string;
  /** Lowercase, without punctuation at either end. */
  key: string;
  /** In square brackets: an editorial insertion (`[the company]`), marked as not the speaker's words. */
  inserted?: boolean;
  /**
   * Written against the word before it, without a space: a word of a language written without
   * spaces between words (Japanese, Chinese, Thai), as {@link quoteWords} splits it.
   */
  joined?: boolean;
  /** A negation of the wording's language other than English (`ne`, `nicht`, `nada`; see {@link FOREIGN_NEGATIONS}). */
  negation?: boolean;
  /**
   * For a number, read across its words (`a million`, `1m`, `$2 billion`, `tenfold`): its value,
   * which it is compared by (see {@link joinNumbers}).
   */
  number?: number;
  /** For a number written with a currency's sign (`$2bn`, `£2bn`): the sign, which it is also compared by. */
  currency?: string;
  /**
   * For a number word that is as often no number (`first` in "first, we will pause", `second` in
   * "in a second", `half` in "the second half"): its value counts as a number changed only where
   * the other side of a change has a number too (see {@link meaningChanges}).
   */
  loose?: boolean;
  /** Written as a percentage (`5%`, `5 per cent`, `five percent`), so matched apart from the bare number. */
  percent?: boolean;
  /** Written per thousand (`32 per thousand`, `32‰`): a percentage of a tenth of its number (`3.2%`). */
  perMille?: boolean;
  /**
   * For a percentage written as a number (`17%`, `16.7 per cent`): its value as written and how
   * many decimals it has, the precision a fraction in words is rounded to before the two are
   * compared (`17%` gives the number `one in six` does, 16.67 rounded; see {@link sameNumbers}).
   */
  written?: { value: number; decimals: number };
  /** A fraction or a ratio in words (`a third`, `one in six`): its value is exact, whatever digits write it. */
  fraction?: boolean;
  /** For a date of a day and a month kept as one word (`June 3`, `3 June 2026`; see {@link joinDates}): its month. */
  month?: number;
  /** What the word is matched by when that is not its key: a number's value, as `1000000` or `10-fold`, after its currency's sign (`$2000000000`). */
  match?: string;
}

/** One run of a word diff: words in both, only in the best wording (`removed`), or only in the rendition (`added`). */
export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
  /** How many words the run holds. */
  words: number;
  /** Its first word is written against the part before it, without a space (see {@link WordToken.joined}). */
  joined?: boolean;
}

/** How a rendition's wording relates to the best-attested one; see the module comment. */
export type Drift = 'exact' | 'excerpt' | 'altered' | 'reworded' | 'translated';

/**
 * A change of words that can turn what was said around, however few words it takes: a negation
 * dropped or added (`not`, `never`, `won't`, …), a number changed, the same numbers in another
 * order (`5 of 3` for `3 of 5`, `from 20 to 10` for `from 10 to 20`; see {@link numbersMoved}), or
 * a word swapped for its opposite (see {@link OPPOSITES}). Found among the words a rendition
 * changes, leaves out inside, or puts in, never in what an excerpt leaves off.
 */
export type MeaningChange = 'negation' | 'number' | 'order' | 'opposite';

/** A rendition compared with the best-attested wording. */
export interface WordingComparison {
  parts: DiffPart[];
  /** Dice coefficient of the two word sequences, 0 to 1. */
  similarity: number;
  /** Share of the rendition's words that are the best wording's, in order (see the module comment), 0 to 1. */
  fidelity: number;
  drift: Drift;
  /** Changes of meaning among the changed words, in the order `negation`, `number`, `opposite`; empty when none. */
  meaning: MeaningChange[];
}

/** A distinct wording of a quotation. */
export interface QuoteVariant {
  /** The language of the article of its first rendition (a BCP 47 tag). */
  language: string;
  /** The words compared (lowercase, joined by spaces): equal keys are one variant. */
  key: string;
  /** The wording as its first rendition writes it. */
  wording: string;
  words: number;
  /** 0 for the best-attested wording, then in ranking order. */
  rank: number;
  count: IndependenceCount;
  /** When it was first seen: its oldest article's date. */
  first: ArticleDate;
  evidence: Evidence[];
  /** Compared with the best-attested wording (the best variant compares `exact` with itself). */
  comparison: WordingComparison;
  /**
   * For a wording in another language than the best-attested one (`translated`), when another
   * wording of its language is better attested: that wording (the first-ranked of the language),
   * and this one compared with it word by word, as renditions of one translation are. Two
   * renditions in French of an English quotation are compared with each other, not only listed.
   */
  inLanguage?: { wording: string; comparison: WordingComparison } | undefined;
}

/** One mention's rendition of the quotation. */
export interface QuoteRendition {
  evidence: Evidence;
  /** The mention's words, typographic quotes made plain and outer quotation marks removed. */
  wording: string;
  /** The key of its variant. */
  variant: string;
  /** Whether it is the best-attested wording. */
  best: boolean;
  comparison: WordingComparison;
  /** Whether the article presents it as a quotation. */
  presentedAsQuote: boolean;
  /**
   * Presented as a quotation, but `reworded`, and of a wording less well attested than the best
   * one, or certainly reported after it: a paraphrase presented as a quotation.
   */
  paraphrase: boolean;
  /** Its comparison drops or adds a negation, changes a number or puts a word's opposite in (see {@link MeaningChange}). */
  meaningChanged: boolean;
}

/**
 * How the best-attested wording was chosen among wordings carried by as many independent
 * sources: it was certainly reported before each of them (`earliest`: every article of theirs
 * has a publication date, after it); it has the earliest date on record, though an article of
 * theirs may be older (`earlier-on-record`: a date given only as a day, or known only by the day
 * it was added, is not certainly after it); it carries more of the statement (`longer`); or
 * neither, and it comes first in code-unit order (`order`).
 */
export type TieBreak = 'earliest' | 'earlier-on-record' | 'longer' | 'order';

/** A tie for the best-attested wording: how many other wordings have as many sources, and what decided it. */
export interface QuoteTie {
  others: number;
  by: TieBreak;
}

/** A quote claim's renditions, variants and best-attested wording. */
export interface QuoteDrift {
  claim: ClaimId;
  best: QuoteVariant;
  /** Set when other wordings are carried by as many independent sources as the best-attested one. */
  tie?: QuoteTie | undefined;
  /** Best-attested first, in ranking order. */
  variants: QuoteVariant[];
  /** Every rendition, in evidence order. */
  renditions: QuoteRendition[];
  /** The renditions that are paraphrases presented as quotations, in evidence order. */
  paraphrases: QuoteRendition[];
  /** The renditions whose words change the meaning (see {@link MeaningChange}), in evidence order. */
  meaningChanges: QuoteRendition[];
}

/**
 * One pair of quotation marks around a whole wording, after `normaliseSpan` made the curly and
 * low ones straight: `"…"`, `'…'`, French `«…»` and `‹…›` (or the other way round, as German
 * writes them), and the corner brackets of Japanese and Chinese, `「…」` and `『…』`; those only
 * when they close nowhere else (`« Oui » et « non »` is two quotations, left as it is).
 */
const QUOTE_MARKS = /^(?:["'](.*)["']|\u00AB([^\u00BB]*)\u00BB|\u00BB([^\u00AB]*)\u00AB|\u2039([^\u203A]*)\u203A|\u203A([^\u2039]*)\u2039|\u300C([^\u300D]*)\u300D|\u300E([^\u300F]*)\u300F)$/s;

/** A rendition's wording for display: `normaliseSpan`, then one pair of enclosing quotation marks removed. */
export function quoteWording(text: string): string {
  const plain = normaliseSpan(text);
  const match = QUOTE_MARKS.exec(plain);
  const inner = match?.slice(1).find((group) => group !== undefined);
  return inner === undefined ? plain : inner.trim();
}

/** Characters that are typography only, not wording: soft hyphens and zero-width spaces and joiners. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Hyphens other than the keyboard's (Unicode hyphen, non-breaking hyphen, figure dash, minus sign). */
const HYPHENS = /[\u2010-\u2012\u2212\uFE63\uFF0D]/g;

/**
 * Splits a wording into words. An en or em dash, or two hyphens typed for one, separates words
 * even without spaces (`technology—one` is two words, as `technology – one` and
 * `technology--one` are); an en dash between digits is a range and reads as a hyphen
 * (`2025–2026` is `2025-2026`). An ellipsis, one character or three dots, separates words too
 * (`first...the` and `first…the` are `first ... the`). A chunk with no letters or digits (an
 * ellipsis, a dash) is kept with the word before it (or after it, at the start) so it shows in
 * diffs without counting. Words are compared without typography: every kind of hyphen is the
 * keyboard's, and soft hyphens and zero-width characters are ignored. Words in square brackets
 * are marked `inserted`: the outlet's, put in to make the quotation read (`[the company]`).
 * `percent` or `per cent` after a number is kept with it, as `%` is (`5 per cent`, `5 percent`
 * and `5%` are each one word, `5`), and so is `per thousand`, `per mille` or `‰` (`32 per thousand`
 * is `3.2%`): how a percentage is written is the outlet's style. In a
 * wording of another `language` (a BCP 47 tag), its number words are read as numbers too (see
 * {@link FOREIGN_NUMBER_WORDS}). Text in a script written without spaces between words (Japanese,
 * Chinese, Thai) is split into words as Unicode's word boundaries have them (`Intl.Segmenter`),
 * each marked `joined` to the one before, so that a particle changed is one word changed, not the
 * whole quotation, and a comma (`、`) is punctuation, as in any other language.
 */
export function quoteWords(text: string, language = 'en'): WordToken[] {
  const numbers = FOREIGN_NUMBER_WORDS[primaryLanguage(language)];
  const negations = FOREIGN_NEGATIONS[primaryLanguage(language)];
  const tokens: WordToken[] = [];
  let pending = '';
  let pendingJoined = false;
  let depth = 0; // square brackets open
  const dashed = text
    .replace(/(\p{N})\u2013(?=\p{N})/gu, '$1-')
    .replace(/\s*(?:[\u2013\u2014]|-{2,})\s*/g, ' \u2014 ')
    .replace(/\s*(?:\u2026|\.{3,})\s*/g, ' ... ');
  const decimalComma = DECIMAL_COMMA.has(primaryLanguage(language));
  for (const [chunk, joined] of pieces(groupDigits(quoteWording(dashed)), language)) {
    const written = groupedValue(
      chunk
        .toLowerCase()
        .replace(INVISIBLE, '')
        .replace(HYPHENS, '-')
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
      decimalComma,
    );
    // A number word of the article's language is read as the English one (`tres` as `three`).
    const key = numbers?.[written] ?? written;
    const negation = negations !== undefined && (negations.words.has(key) || negations.prefixes.some((p) => key.startsWith(p)));
    const bracketed = chunk.includes('[') || chunk.includes(']');
    const inserted = depth > 0 || (bracketed && /^[^\p{L}\p{N}]*\[/u.test(chunk));
    if (bracketed) depth = Math.max(0, depth + (chunk.match(/\[/g)?.length ?? 0) - (chunk.match(/\]/g)?.length ?? 0));
    const last = tokens.at(-1);
    const space = joined ? '' : ' ';
    if (key === '' && last) last.text += `${space}${chunk}`;
    else if (key === '') {
      if (pending === '') pendingJoined = joined;
      pending = pending === '' ? chunk : `${pending}${space}${chunk}`;
    } else {
      const token: WordToken = { text: pending === '' ? chunk : `${pending}${space}${chunk}`, key };
      if (inserted) token.inserted = true;
      if (pending === '' ? joined : pendingJoined) token.joined = true;
      if (negation) token.negation = true;
      tokens.push(token);
      pending = '';
    }
  }
  return joinDates(joinNumbers(joinPercent(spanWords(numberSigns(tokens)))));
}

/**
 * The languages that write a decimal comma and group thousands with a point (`1.500` is one
 * thousand five hundred in German, Spanish, Italian, Portuguese, Dutch, Danish, Norwegian,
 * Turkish, Indonesian, Greek, Romanian and the South Slavic languages).
 */
const DECIMAL_COMMA: ReadonlySet<string> = new Set(['de', 'es', 'it', 'pt', 'nl', 'da', 'nb', 'nn', 'no', 'tr', 'id', 'el', 'ro', 'hr', 'sl', 'sr', 'bs']);

/**
 * Digits grouped in thousands by a space (`1 000 000`, a no-break or thin space among them) or an
 * apostrophe (`1'000'000`, as Switzerland writes them) kept as one word: their spaces made
 * no-break ones, so the number is not split into words and shows as written.
 */
function groupDigits(wording: string): string {
  return wording.replace(/(?<![\p{N}.,'])\d{1,3}(?:([ '])\d{3})(?:\1\d{3})*(?![\p{N}]|[.,']\p{N})/gu, (digits) => digits.replace(/ /g, '\u00A0'));
}

/**
 * A word's digits grouped in thousands as another convention writes them, as English writes them
 * (`1,000,000`): a no-break space or an apostrophe between groups of three (see
 * {@link groupDigits}), points between two or more (`1.000.000`, which no decimal reads), and, in
 * an article of a language writing a decimal comma (`decimalComma`), one point (`1.500`) too, its
 * comma then a decimal point (`1.234,5` is `1,234.5`). Any other word is returned as it is.
 */
function groupedValue(word: string, decimalComma: boolean): string {
  if (!/\d/.test(word)) return word;
  const grouped = /^(\d{1,3})((?:[\u00A0'’]\d{3})+)(\D.*)?$/u.exec(word);
  if (grouped) return `${grouped[1]}${grouped[2]!.replace(/[\u00A0'’]/gu, ',')}${grouped[3] ?? ''}`;
  const points = /^(\d{1,3})((?:\.\d{3})+)(,\d+)?(\D.*)?$/.exec(word);
  if (points && (points[2]!.length > 4 || decimalComma)) {
    return `${points[1]}${points[2]!.replace(/\./g, ',')}${points[3] === undefined ? '' : `.${points[3].slice(1)}`}${points[4] ?? ''}`;
  }
  return word;
}

/** Words that write a span of years, with how many each is: `a decade` is ten years, as `two centuries` are two hundred. */
const YEAR_SPANS: Readonly<Record<string, number>> = { decade: 10, decades: 10, century: 100, centuries: 100 };

/**
 * A span of years written with its own word read as the years it is, so that `in a decade` is
 * `in ten years` and `two decades` is `20 years`: after `a`, `an`, `one` or a number of one
 * word, the number's key becomes the years' and the span's word `years`. Each word shows as
 * written. A span without a number (`the past decade`, `decades of work`) is left as a word.
 */
function spanWords(tokens: WordToken[]): WordToken[] {
  tokens.forEach((token, i) => {
    const years = YEAR_SPANS[token.key];
    const before = tokens[i - 1];
    if (years === undefined || !before || before.inserted || token.inserted) return;
    const count = before.key === 'a' || before.key === 'an' ? 1 : /^\d+$/.test(before.key) ? Number(before.key) : wordValue(before.key);
    if (count === undefined) return;
    before.key = String(count * years);
    token.key = 'years';
  });
  return tokens;
}

/** Letters of the scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** A word segmenter for each language: Unicode's word boundaries, with the dictionaries of the scripts written without spaces. */
const segmenters = new Map<string, Intl.Segmenter>();

/**
 * A wording's pieces, each with whether it is written against the one before without a space:
 * the words between its spaces, and those of text without spaces split at its word boundaries
 * (with the punctuation between them as pieces of their own).
 */
function* pieces(wording: string, language: string): Generator<[piece: string, joined: boolean]> {
  for (const chunk of wording.split(' ')) {
    if (chunk === '') continue;
    if (!UNSPACED.test(chunk)) {
      yield [chunk, false];
      continue;
    }
    const tag = primaryLanguage(language);
    let segmenter = segmenters.get(tag);
    if (!segmenter) segmenters.set(tag, (segmenter = new Intl.Segmenter(tag, { granularity: 'word' })));
    let first = true;
    for (const { segment } of segmenter.segment(chunk)) {
      yield [segment, !first];
      first = false;
    }
  }
}

/** Words as written, a space between each two but before one written against the one before it. */
function spacedWords(words: readonly Pick<WordToken, 'text' | 'joined'>[]): string {
  return words.map((t, i) => (i > 0 && !t.joined ? ` ${t.text}` : t.text)).join('');
}

/** A day of a month as a word has it: `3`, `03`, `3rd`. */
const DAY = /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;

/**
 * A date of a day and a month, with the year when one follows (`June 3`, `3 June`, `June 3,
 * 2026`, `3 June 2026`, `the 3rd of June`), kept together as one word, matched by the month, the
 * day and the year whichever order they are written in: putting the day before or after the month
 * is the outlet's style, as spelling is, so `3 June` and `June 3` are one wording. A day written as
 * an ordinal is still another word (`June 3rd` is not `June 3`), as {@link readNumber} has it. A
 * date in digits only (`3/6`) is left as it is: it reads as 3 June or 6 March. The date keeps its
 * `month`, and its numbers are read from its key (see {@link numbersIn}).
 */
function joinDates(tokens: WordToken[]): WordToken[] {
  const isDay = (t: WordToken | undefined) => t !== undefined && !t.inserted && !t.percent && !t.currency && DAY.test(t.key);
  // `May`, `March`, `August` and the short forms are months only with a capital (`3 May`, not `these 3 may pause`).
  const monthOf = (t: WordToken | undefined) =>
    t === undefined || t.inserted || (!ALWAYS_MONTHS.has(t.key) && !/^[^\p{L}]*\p{Lu}/u.test(t.text)) ? undefined : MONTHS[t.key];
  const isYear = (t: WordToken | undefined) => t !== undefined && !t.inserted && /^[12]\d{3}$/.test(t.key);
  const out: WordToken[] = [];
  for (let i = 0; i < tokens.length; ) {
    let run: WordToken[] | undefined;
    let day: WordToken | undefined;
    let month: number | undefined;
    const at = tokens[i];
    // A mark after its first word ends the date there: `in June, 3 labs` is no date.
    const open = (t: WordToken) => !/[,;:.]$/.test(t.text);
    if (isDay(at) && open(at!) && monthOf(tokens[i + 1]) !== undefined) [run, day, month] = [[at!, tokens[i + 1]!], at, monthOf(tokens[i + 1])];
    else if (isDay(at) && /\D$/.test(at!.key) && tokens[i + 1]?.key === 'of' && monthOf(tokens[i + 2]) !== undefined) {
      [run, day, month] = [tokens.slice(i, i + 3), at, monthOf(tokens[i + 2])];
    } else if (monthOf(at) !== undefined && open(at!) && isDay(tokens[i + 1])) {
      [run, day, month] = [[at!, tokens[i + 1]!], tokens[i + 1], monthOf(at)];
    }
    if (run && day && month !== undefined) {
      // The year after the day and month, unless a sentence or a clause ends before it (`June 3, 2026` is one date).
      const year = isYear(tokens[i + run.length]) && !/[;:.]$/.test(run.at(-1)!.text) ? tokens[i + run.length] : undefined;
      if (year) run = [...run, year];
      out.push({
        text: spacedWords(run),
        key: run.map((t) => t.key).join(' '),
        ...(run[0]!.joined && { joined: true }),
        month,
        match: `${month}/${day.match ?? day.key.replace(/^0/, '')}${year ? `/${year.key}` : ''}`,
      });
      i += run.length;
    } else {
      out.push(at!);
      i++;
    }
  }
  return out;
}

/**
 * `No` or `No.` written with a capital before a number in digits is the abbreviation of
 * "number" (`No. 10 said`, `No 10 said`), not a negation: its key becomes `number`.
 */
function numberSigns(tokens: WordToken[]): WordToken[] {
  tokens.forEach((token, i) => {
    if (token.key === 'no' && /^No\.?$/.test(token.text) && /^\d+$/.test(tokens[i + 1]?.key ?? '')) token.key = 'number';
  });
  return tokens;
}

/** Whether a word is, or ends, a number: digits, a number word or a scale word. */
function isNumeric(key: string): boolean {
  return /\d/.test(key) || wordValue(key) !== undefined || SCALE_WORDS[key] !== undefined;
}

/** Words with `percent`, `per cent` or `per thousand` after a number kept with the number (see {@link quoteWords}). */
function joinPercent(tokens: WordToken[]): WordToken[] {
  for (const token of tokens) {
    if (/[%‰][^\p{L}\p{N}]*$/u.test(token.text) && isNumeric(token.key)) {
      token.percent = true;
      if (/‰[^\p{L}\p{N}]*$/u.test(token.text)) token.perMille = true;
    }
  }
  if (!tokens.some((t) => t.key === 'percent' || t.key === 'per' || t.key === 'permille')) return tokens;
  const out: WordToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const last = out.at(-1);
    const next = tokens[i + 1]?.key;
    const mille = token.key === 'permille' || (token.key === 'per' && (next === 'thousand' || next === 'mille'));
    const span = token.key === 'percent' || token.key === 'permille' ? 1 : token.key === 'per' && (next === 'cent' || mille) ? 2 : 0;
    if (span > 0 && last && isNumeric(last.key) && !last.percent) {
      last.text += ` ${tokens
        .slice(i, i + span)
        .map((t) => t.text)
        .join(' ')}`;
      last.percent = true;
      if (mille) last.perMille = true;
      i += span - 1;
    } else out.push(token);
  }
  return out;
}

/** A number written in digits, with a scale as its suffix if any (`1,200`, `2.5`, `65bn`, `3m`), as a key has it. */
const DIGITS = /^(\d+(?:[.,]\d+)*)([a-z]+)?$/;

/** The value of digits as {@link DIGITS} reads them: a comma before three digits groups thousands, another is a decimal comma. */
const digitsValue = (digits: string) => Number(digits.replace(/,(?=\d{3}\b)/g, '').replace(/,/g, '.'));

/** The factor of a word written `<number>fold`, `<number>-fold` or `<digits>x` (`tenfold`, `10-fold`, `3x`), or undefined. */
function foldValue(key: string): number | undefined {
  const times = /^(\d+(?:\.\d+)?)x$/.exec(key)?.[1];
  if (times !== undefined) return Number(times);
  const of = /^(.+?)-?fold$/.exec(key)?.[1];
  if (of === undefined) return undefined;
  return /^\d+(?:\.\d+)?$/.test(of) ? Number(of) : (wordValue(of) ?? SCALE_WORDS[of]);
}

/** How a number is written, beyond its value: a count, a factor (`-fold`), an ordinal (`third`, `3rd`) or a fraction (`half`, `two-thirds`). */
type NumberKind = 'count' | 'fold' | 'ordinal' | 'fraction';

/** A number read by {@link readNumber}. */
interface ReadNumber {
  /** Its value; a fraction's as a percentage (`half` is 50). */
  value: number;
  kind: NumberKind;
  /** The index of the word after it. */
  end: number;
  /** A word as often no number (see {@link WordToken.loose}). */
  loose?: boolean;
}

/**
 * The number that starts at `words[start]`, read across its words as {@link numbersIn} reads
 * them (`a million`, `1 million`, `one million`, `two hundred and fifty`, `$2bn`, `10-fold`,
 * `10 fold`, `half a million`, `one and a half million`), an ordinal (`third`, `3rd`,
 * `twenty-first`, `hundredth`), a fraction (`half`, `a quarter`, `two-thirds`, `three quarters`)
 * or a year in words (`twenty twenty-six`, `nineteen ninety-nine`), or undefined when no number
 * starts there. A scale word alone (`thousands`) starts none.
 */
function readNumber(words: readonly WordToken[], start: number, pronouns: ReadonlySet<WordToken>): ReadNumber | undefined {
  const first = words[start]!;
  const fold = foldValue(first.key);
  if (fold !== undefined) return { value: fold, kind: 'fold', end: start + 1 };
  const fraction = fractionAt(words, start, pronouns);
  if (fraction !== undefined) return fraction;
  let total = 0;
  let current: number | undefined;
  let open = false;
  let kind: NumberKind = 'count';
  let i = start;
  const scaleAt = (j: number) => SCALE_WORDS[words[j]?.key ?? ''] !== undefined;
  if (first.key === 'a' && scaleAt(i + 1)) {
    current = 1;
    open = true;
    i++;
  } else if (first.key === 'half' && words[i + 1]?.key === 'a' && scaleAt(i + 2)) {
    current = 0.5;
    open = true;
    i += 2;
  }
  for (; i < words.length; i++) {
    const token = words[i]!;
    if (token.inserted) break;
    const digits = DIGITS.exec(token.key);
    const word = pronouns.has(token) ? undefined : wordValue(token.key);
    const ordinal = ordinalValue(token.key);
    const scale = SCALE_WORDS[token.key];
    if (digits && digits[2] !== undefined && ORDINAL_SUFFIXES.has(digits[2])) {
      if (open) break;
      current = digitsValue(digits[1]!);
      open = true;
      kind = 'ordinal';
      i++;
      break;
    } else if (digits) {
      const factor = digits[2] === undefined ? 1 : SCALE_SUFFIXES[digits[2]];
      if (open || factor === undefined) break;
      current = digitsValue(digits[1]!) * factor;
      open = true;
      if (factor !== 1) {
        i++;
        break;
      }
    } else if (word !== undefined) {
      if (open && !joins(current, word)) {
        const year = yearAt(words, start, i, current);
        if (year !== undefined) [current, i] = year;
        break;
      }
      current = (current ?? 0) + word;
      open = true;
    } else if (ordinal !== undefined && (!open || joins(current, ordinal))) {
      current = (current ?? 0) + ordinal;
      open = true;
      kind = 'ordinal';
      i++;
      break;
    } else if (ORDINAL_SCALES[token.key] !== undefined) {
      const by = ORDINAL_SCALES[token.key]!;
      if (by < 1e3) current = (current ?? 1) * by;
      else {
        total += (current ?? 1) * by;
        current = undefined;
      }
      open = true;
      kind = 'ordinal';
      i++;
      break;
    } else if (scale !== undefined && open) {
      if (scale < 1e3) current = (current ?? 1) * scale;
      else {
        total += (current ?? 1) * scale;
        current = undefined;
      }
    } else if (token.key === 'and' && open && joinsNext(words[i + 1], current, pronouns)) continue;
    else if (token.key === 'and' && current !== undefined && current < 100 && words[i + 1]?.key === 'a' && words[i + 2]?.key === 'half') {
      current += 0.5; // `one and a half million`
      i += 2;
    }
    else break;
  }
  if (!open) return undefined;
  const value = total + (current ?? 0);
  if (kind === 'count' && words[i]?.key === 'fold' && !words[i]!.inserted) return { value, kind: 'fold', end: i + 1 };
  const loose = kind === 'ordinal' && i === start + 1 && LOOSE_WORDS.has(first.key);
  return loose ? { value, kind, end: i, loose } : { value, kind, end: i };
}

/**
 * A year written in words as two numbers (`twenty twenty-six`, `nineteen fifty`, `nineteen
 * ninety nine`): a first word from eleven to twenty with nothing between it and the second, from
 * ten to ninety-nine, at `i`. Gives the year and the index of the word after it, or undefined.
 */
function yearAt(
  words: readonly WordToken[],
  start: number,
  i: number,
  current: number | undefined,
): [year: number, end: number] | undefined {
  const century = current ?? 0;
  const rest = wordValue(words[i]!.key) ?? 0;
  if (i !== start + 1 || century < 11 || century > 20 || rest < 10 || wordValue(words[start]!.key) !== century) return undefined;
  if (/[^\p{L}\p{N}]$/u.test(words[start]!.text)) return undefined; // `twenty, thirty`
  const unit = wordValue(words[i + 1]?.key ?? '');
  if (rest % 10 === 0 && unit !== undefined && unit > 0 && unit < 10 && !words[i + 1]!.inserted) return [century * 100 + rest + unit, i + 2];
  return [century * 100 + rest, i + 1];
}

/**
 * A ratio read as a fraction, when the count `read` is followed by `in`, `in every`, `out of` or
 * `out of every` and a larger whole number up to a hundred (`one in five`, `3 out of 10`): a
 * percentage (`one in five` is `20%`, `one in three` is `a third`), ending after it.
 */
function ratioAfter(words: readonly WordToken[], read: ReadNumber, pronouns: ReadonlySet<WordToken>): ReadNumber | undefined {
  if (read.kind !== 'count' || !Number.isInteger(read.value) || read.value < 1) return undefined;
  let i = read.end;
  const key = (j: number) => (words[j]?.inserted ? undefined : words[j]?.key);
  if (key(i) === 'in') i++;
  else if (key(i) === 'out' && key(i + 1) === 'of') i += 2;
  else return undefined;
  if (key(i) === 'every') i++;
  if (key(i) === undefined) return undefined;
  const of = readNumber(words, i, pronouns);
  if (of?.kind !== 'count' || !Number.isInteger(of.value) || of.value <= read.value || of.value > 100) return undefined;
  return { value: (100 * read.value) / of.value, kind: 'fraction', end: of.end };
}

/** Ordinals written in words, by value (`twenty-first` is read by {@link ordinalValue}). */
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};

/** Ordinals of scale words (`the hundredth`, `two thousandth`). */
const ORDINAL_SCALES: Readonly<Record<string, number>> = { hundredth: 1e2, thousandth: 1e3, millionth: 1e6, billionth: 1e9 };

/** The suffixes of an ordinal in digits (`1st`, `2nd`, `3rd`, `4th`). */
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Ordinal words as often no number (`first, we…`, `in a second`); `half` alone is one too (see {@link fractionAt}). */
const LOOSE_WORDS: ReadonlySet<string> = new Set(['first', 'second']);

/** The value of an ordinal word (`third`, `twentieth`, `twenty-first`), or undefined when the word is not one. */
function ordinalValue(key: string): number | undefined {
  const [tens, unit, ...rest] = key.split('-');
  if (rest.length > 0 || tens === undefined) return undefined;
  if (unit === undefined) return ORDINAL_WORDS[tens];
  const a = NUMBER_WORDS[tens];
  const b = ORDINAL_WORDS[unit];
  return a !== undefined && b !== undefined && a >= 20 && a % 10 === 0 && b < 10 ? a + b : undefined;
}

/** The denominators of fractions written in words, singular and plural. */
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};

/**
 * A fraction written in words at `start`, as a percentage: `half`, `a half`, `a third`, `one
 * quarter`, `two-thirds`, `two thirds`, `three quarters`. A singular denominator needs `a`, `an`
 * or `one` before it (`the third lab` is an ordinal), and `of` after it when it is also an
 * ordinal (`a third of the labs`, not `a third term`), a plural one a number from two to nine;
 * `half` alone is one, though loose (`the second half`). `half a million` is a number, not a
 * fraction; nor is `a quarter of a million` (250,000) or `two-thirds of a billion`.
 */
function fractionAt(words: readonly WordToken[], start: number, pronouns: ReadonlySet<WordToken>): ReadNumber | undefined {
  const key = words[start]!.key;
  const next = words[start + 1];
  // `a quarter of a million` is a number, 250,000, as `half a million` is.
  const percent = (numerator: number, denominator: number, end: number): ReadNumber => {
    const scale = words[end]?.key === 'of' && words[end + 1]?.key === 'a' ? SCALE_WORDS[words[end + 2]?.key ?? ''] : undefined;
    return scale !== undefined && !words[end + 2]!.inserted
      ? { value: (numerator / denominator) * scale, kind: 'count', end: end + 3 }
      : { value: (100 * numerator) / denominator, kind: 'fraction', end };
  };
  if (key === 'half') {
    if (next?.key === 'a' && SCALE_WORDS[words[start + 2]?.key ?? ''] !== undefined) return undefined;
    return { value: 50, kind: 'fraction', end: start + 1, loose: true };
  }
  const [top, bottom, ...rest] = key.split('-');
  if (bottom !== undefined && rest.length === 0) {
    const numerator = top === 'a' || top === 'an' ? 1 : NUMBER_WORDS[top!];
    const denominator = DENOMINATORS[bottom];
    if (numerator !== undefined && denominator !== undefined && fractionAgrees(numerator, bottom, denominator)) {
      return percent(numerator, denominator, start + 1);
    }
    return undefined;
  }
  if (next === undefined || next.inserted || pronouns.has(words[start]!)) return undefined;
  const numerator = key === 'a' || key === 'an' ? 1 : NUMBER_WORDS[key];
  const denominator = DENOMINATORS[next.key];
  if (numerator === undefined || denominator === undefined || !fractionAgrees(numerator, next.key, denominator)) return undefined;
  // `a third term` is an ordinal: a singular denominator that is also an ordinal needs `of` after it, or nothing.
  const after = words[start + 2];
  const ends = after === undefined || after.key === 'of' || /[^\p{L}\p{N}]$/u.test(next.text);
  if (ordinalValue(next.key) !== undefined && !ends) return undefined;
  return percent(numerator, denominator, start + 2);
}

/** Whether a fraction's numerator agrees with its denominator's number (`a third`, `two thirds`) and is less than it. */
function fractionAgrees(numerator: number, word: string, denominator: number): boolean {
  const plural = word.endsWith('s');
  return numerator >= 1 && numerator < denominator && (numerator === 1 ? !plural : plural);
}

/**
 * A percentage's value as its digits write it, or the third it rounds from: `33%`, `33.3%` and
 * `33.33%` are a third (33.33…), as `67%` and `66.7%` are two-thirds, so that they match `a
 * third` and `two-thirds`; `66%` and `34%` are not, since a third and two-thirds round to
 * neither. Halves, quarters, fifths and tenths are whole percentages already. Other fractions
 * and ratios (`one in six`) stay another wording than their percentage, but not another number
 * (see {@link roundsTo}).
 */
function percentValue(value: number): number {
  const decimals = decimalsOf(value);
  return [100 / 3, 200 / 3].find((third) => Number(third.toFixed(decimals)) === value) ?? value;
}

/** How many decimals a number written in digits has (`16.7` has 1). */
function decimalsOf(value: number): number {
  return value.toString().split('.')[1]?.length ?? 0;
}

/** Whether the word after an `and` goes on the number being read (`a hundred and twenty`, not `five and twenty`). */
function joinsNext(next: WordToken | undefined, current: number | undefined, pronouns: ReadonlySet<WordToken>): boolean {
  const word = next === undefined || pronouns.has(next) ? undefined : (wordValue(next.key) ?? ordinalValue(next.key));
  return word !== undefined && joins(current, word);
}

/**
 * Words that write one number kept together as one word, matched by its value (`match`): `a
 * million`, `1 million`, `1m`, `one million` and `1,000,000` are one word, the same one, as
 * `$2bn` and `$2 billion`, and `10-fold`, `tenfold` and `10 fold` are. How a number is written
 * is the outlet's style; its value is the speaker's.
 */
function joinNumbers(tokens: WordToken[]): WordToken[] {
  const pronouns = new Set(pronounOnes(tokens));
  const out: WordToken[] = [];
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i]!.inserted ? undefined : readNumber(tokens, i, pronouns);
    const read = first && (ratioAfter(tokens, first, pronouns) ?? first);
    if (read === undefined) {
      out.push(tokens[i++]!);
      continue;
    }
    let run = tokens.slice(i, read.end);
    const percent = read.kind === 'fraction' || run.some((t) => t.percent);
    // Per thousand is a tenth as many per cent, to one more decimal: `32 per thousand` is `3.2%`.
    const mille = read.kind === 'count' && run.some((t) => t.perMille);
    const written = mille ? Number((read.value / 10).toPrecision(12)) : read.value;
    const value = Number((percent && read.kind === 'count' ? percentValue(written) : read.value).toPrecision(12));
    // `$2bn` and `£2bn` are not one sum: the sign before the number is compared with its value.
    const sign = /^[^\p{L}\p{N}]*?(\p{Sc})/u.exec(run[0]!.text)?.[1];
    // A currency's name after the number is its sign (`2 billion dollars` is `$2bn`).
    const next = tokens[read.end];
    const named = read.kind === 'count' && !percent && next && !next.inserted ? CURRENCY_WORDS[next.key] : undefined;
    const currency = sign ?? named;
    if (named !== undefined && named === currency) run = tokens.slice(i, read.end + 1);
    const match =
      read.kind === 'fold' ? `${value}-fold` : read.kind === 'ordinal' ? `${value}th` : percent ? `${value}%` : `${currency ?? ''}${value}`;
    out.push({
      text: spacedWords(run),
      key: run.map((t) => t.key).join(' '),
      ...(run[0]!.joined && { joined: true }),
      number: value,
      ...(currency && { currency }),
      ...(read.loose && { loose: true }),
      ...(percent && { percent: true }),
      // Its decimals as written: `16.70%` is to two, though its value has one.
      ...(percent && read.kind === 'count' && { written: { value: written, decimals: (/^\D*\d[\d,]*\.(\d+)/.exec(run[0]!.key)?.[1]?.length ?? decimalsOf(read.value)) + (mille ? 1 : 0) } }),
      ...(read.kind === 'fraction' && { fraction: true }),
      match,
    });
    i += run.length;
  }
  return shareRangeScales(out);
}

/** Words that open a range whose two ends may share the scale written after the second (`between 2 and 4 million`). */
const RANGE_OPENERS: ReadonlySet<string> = new Set(['between', 'from']);

/** The scale of a thousand or more a number word writes its value with (`4 million`, `4m`, `€4bn`), or undefined. */
function scaleWritten(token: WordToken): number | undefined {
  const words = token.key.split(' ');
  const last = SCALE_WORDS[words.findLast((w) => SCALE_WORDS[w] !== undefined) ?? ''];
  const suffix = SCALE_SUFFIXES[/\d([a-z]+)$/.exec(words[0]!)?.[1] ?? ''];
  const scale = last ?? suffix;
  return scale !== undefined && scale >= 1e3 ? scale : undefined;
}

/**
 * A range whose first end leaves its scale (and currency) to the second, as one writes it:
 * `between 2 and 4 million` is `between 2m and 4m`, `from 1.5 to 2 billion dollars` is `from
 * $1.5bn to $2bn`. Only after `between` or `from`, with `and` or `to` between the two ends, and a
 * first end under a thousand without a scale of its own (`between 2 and 4 million` reads `2` as
 * two million, `2 and 4 million` alone is left as written).
 */
function shareRangeScales(tokens: WordToken[]): WordToken[] {
  return tokens.map((first, j) => {
    const [opener, joiner, second] = [tokens[j - 1], tokens[j + 1], tokens[j + 2]];
    if (!opener || !RANGE_OPENERS.has(opener.key) || !joiner || !['and', 'to'].includes(joiner.key) || second?.number === undefined) return first;
    if (first.number === undefined || first.percent || first.fraction || first.loose || /(?:th|-fold)$/.test(first.match ?? '')) return first;
    const scale = scaleWritten(second);
    if (scale === undefined || scaleWritten(first) !== undefined || first.number >= 1e3 || second.percent) return first;
    const currency = first.currency ?? second.currency;
    const number = Number((first.number * scale).toPrecision(12));
    return { ...first, number, ...(currency && { currency }), match: `${currency ?? ''}${number}` };
  });
}

/**
 * Currencies' names after a number, by their signs: `2 billion dollars` is `$2bn`, `5 euros` is
 * `€5`. A pound may be a weight (`5 pounds of flour`), so `pounds` is left as a word.
 */
const CURRENCY_WORDS: Readonly<Record<string, string>> = { dollar: '$', dollars: '$', euro: '€', euros: '€', yen: '¥' };

/** British spellings the suffix rules of {@link spelledAmerican} do not reach, by their American ones. */
const SPELLINGS: Readonly<Record<string, string>> = {
  defence: 'defense', defences: 'defenses', offence: 'offense', offences: 'offenses',
  licence: 'license', licences: 'licenses', pretence: 'pretense', grey: 'gray',
  programme: 'program', programmes: 'programs', aluminium: 'aluminum', manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers', ageing: 'aging', judgement: 'judgment', judgements: 'judgments',
};

/**
 * A word in American spelling where British spelling differs by a regular suffix: `-ise` and
 * `-isation` (`organise`, `organisation`), `-our` (`colour`, `favourite`, `behaviours`), `-tre`
 * and `-bre` (`centre`, `centred`, `fibre`), `-yse` (`analyse`), `-ogue` (`dialogue`), a doubled
 * `l` before `-ed`, `-ing` or `-er` (`travelled`, `cancelling`, `modeller`), and the words of
 * {@link SPELLINGS}. A rule needs a stem of some letters before the suffix, so that short words
 * that only look so spelled (`rise`, `four`, `your`, `prise`) are left alone; both wordings pass
 * through the same rules, so a word either spelling gives is matched with itself either way.
 * Each part of a word with an apostrophe or a hyphen is read alone (`organisation's`,
 * `colour-blind`, `centre-left`).
 */
function spelledAmerican(key: string): string {
  if (!/['\u02BC-]/.test(key)) return spelledWord(key);
  return key
    .split(/(['\u02BC-])/)
    .map((part, i) => (i % 2 === 1 ? part : spelledWord(part)))
    .join('');
}

/** {@link spelledAmerican} for a word without an apostrophe or a hyphen. */
function spelledWord(key: string): string {
  const listed = SPELLINGS[key];
  if (listed !== undefined) return listed;
  return key
    .replace(/^(\p{L}{3,})is(e|es|ed|ing|er|ers|ation|ations|ational)$/u, '$1iz$2')
    .replace(/^(\p{L}{3,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less)?$/u, '$1or$2')
    .replace(/^(\p{L}{2,}[tb])re(s|d)?$/u, (_, stem: string, end?: string) => `${stem}er${end === 'd' ? 'ed' : (end ?? '')}`)
    .replace(/^(\p{L}{2,})ys(e|es|ed|ing)$/u, '$1yz$2')
    .replace(/^(\p{L}{3,})ogue(s)?$/u, '$1og$2')
    .replace(/^(\p{L}{2,}e)ll(ed|ing|er|ers)$/u, '$1l$2');
}

/**
 * What a word is matched by, in variants and diffs: its key, with a number written as one word
 * read as its digits (`fifteen` is `15`, `twenty-five` is `25`) and British spelling read as
 * American (see {@link spelledAmerican}), since writing a number in words or in digits, and
 * spelling, are the outlet's style, not a change of the speaker's words.
 */
function matchKey(key: string): string {
  let match = matchKeys.get(key);
  if (match === undefined) {
    match = wordValue(key)?.toString() ?? spelledAmerican(key);
    if (matchKeys.size >= MATCH_KEYS_KEPT) matchKeys.clear();
    matchKeys.set(key, match);
  }
  return match;
}

/** {@link matchKey}'s answers, kept: a corpus's quotations share most of their words. */
const matchKeys = new Map<string, string>();
const MATCH_KEYS_KEPT = 100_000;

/** The key a wording is grouped by: its words as {@link matchKey} reads them, joined by spaces. */
export function wordingKey(text: string): string {
  return keyOfWords(quoteWords(text));
}

/** {@link wordingKey} of words already split. */
function keyOfWords(words: readonly WordToken[]): string {
  return words.map((t) => t.match ?? matchKey(t.key)).join(' ');
}

/** Words that negate: compared by key (lowercase, no end punctuation). */
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'nothing', 'nobody', 'nowhere', 'cannot', 'without']);

/**
 * The negations of the other languages whose number words are read ({@link FOREIGN_NUMBER_WORDS}),
 * beside the English ones (Spanish `no` is one already): each word, and the beginnings of words
 * that are one run together (French `n'avons`). Left out: a word as often no negation (French
 * `personne`, "person", and `plus`, "more"; Italian `mai`, "ever" in a question).
 */
const FOREIGN_NEGATIONS: Readonly<Record<string, { words: ReadonlySet<string>; prefixes: readonly string[] }>> = {
  fr: { words: new Set(['ne', 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'ni', 'sans', 'non']), prefixes: ["n'"] },
  es: { words: new Set(['nunca', 'jamás', 'nada', 'nadie', 'ni', 'ninguno', 'ninguna', 'ningún', 'sin', 'tampoco']), prefixes: [] },
  de: { words: new Set(['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'niemand', 'weder', 'ohne']), prefixes: [] },
  it: { words: new Set(['non', 'niente', 'nulla', 'nessuno', 'nessuna', 'nessun', 'né', 'senza']), prefixes: [] },
  pt: { words: new Set(['não', 'nunca', 'nada', 'ninguém', 'nenhum', 'nenhuma', 'nem', 'sem', 'jamais']), prefixes: [] },
};

/**
 * Number words of other languages, by the English words they are read as (a key of
 * {@link NUMBER_WORDS} or {@link SCALE_WORDS}): in a Spanish quotation `tres laboratorios` is
 * `3 laboratorios`, the same number. Units, teens and tens, and the scales of millions; words
 * written as one with others (`veintitrés`, `dreiundzwanzig`) stay words. Left out: a word as
 * often no number (French `neuf`, "new"; Italian `sei`, "you are"), and the article `un`, `une`,
 * `ein`, `uno`…, read as English `a` (a number only before a scale: `un million`). A long scale's
 * `billion` is a million millions: German `Milliarde` and French `milliard` are the English billion.
 */
const FOREIGN_NUMBER_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  es: {
    un: 'a', una: 'a', uno: 'one', dos: 'two', tres: 'three', cuatro: 'four', cinco: 'five', seis: 'six', siete: 'seven', ocho: 'eight',
    nueve: 'nine', diez: 'ten', once: 'eleven', doce: 'twelve', trece: 'thirteen', catorce: 'fourteen', quince: 'fifteen',
    veinte: 'twenty', treinta: 'thirty', cuarenta: 'forty', cincuenta: 'fifty', sesenta: 'sixty', setenta: 'seventy',
    ochenta: 'eighty', noventa: 'ninety', millón: 'million', millones: 'million', billón: 'trillion', billones: 'trillion',
  },
  fr: {
    un: 'a', une: 'a', deux: 'two', trois: 'three', quatre: 'four', cinq: 'five', six: 'six', sept: 'seven', huit: 'eight',
    dix: 'ten', onze: 'eleven', douze: 'twelve', treize: 'thirteen', quatorze: 'fourteen', quinze: 'fifteen', seize: 'sixteen',
    vingt: 'twenty', trente: 'thirty', quarante: 'forty', cinquante: 'fifty', soixante: 'sixty', million: 'million',
    millions: 'million', milliard: 'billion', milliards: 'billion',
  },
  de: {
    ein: 'a', eine: 'a', eins: 'one', zwei: 'two', drei: 'three', vier: 'four', fünf: 'five', sechs: 'six', sieben: 'seven',
    acht: 'eight', neun: 'nine', zehn: 'ten', elf: 'eleven', zwölf: 'twelve', zwanzig: 'twenty', dreißig: 'thirty',
    vierzig: 'forty', fünfzig: 'fifty', sechzig: 'sixty', siebzig: 'seventy', achtzig: 'eighty', neunzig: 'ninety',
    million: 'million', millionen: 'million', milliarde: 'billion', milliarden: 'billion', billion: 'trillion', billionen: 'trillion',
  },
  it: {
    un: 'a', una: 'a', uno: 'one', due: 'two', tre: 'three', quattro: 'four', cinque: 'five', sette: 'seven', otto: 'eight',
    nove: 'nine', dieci: 'ten', undici: 'eleven', dodici: 'twelve', venti: 'twenty', trenta: 'thirty', quaranta: 'forty',
    cinquanta: 'fifty', sessanta: 'sixty', settanta: 'seventy', ottanta: 'eighty', novanta: 'ninety', milione: 'million',
    milioni: 'million', miliardo: 'billion', miliardi: 'billion',
  },
  pt: {
    um: 'a', uma: 'a', dois: 'two', duas: 'two', três: 'three', quatro: 'four', cinco: 'five', seis: 'six', sete: 'seven',
    oito: 'eight', nove: 'nine', dez: 'ten', onze: 'eleven', doze: 'twelve', vinte: 'twenty', trinta: 'thirty',
    quarenta: 'forty', cinquenta: 'fifty', sessenta: 'sixty', setenta: 'seventy', oitenta: 'eighty', noventa: 'ninety',
    milhão: 'million', milhões: 'million', bilhão: 'billion', bilhões: 'billion',
  },
};

/** Numbers written as words, by value: units, teens and tens (`twenty-five` is read as 25). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * Words that scale a number, by factor, written or as a number's suffix (`65bn`, `$3m`). A
 * scale word alone (`thousands of people`) is read as its factor, so `thousands` and
 * `millions` differ.
 */
const SCALE_WORDS: Readonly<Record<string, number>> = {
  dozen: 12, dozens: 12, hundred: 1e2, hundreds: 1e2, thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6,
  mn: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, trillion: 1e12, trillions: 1e12, tn: 1e12,
};
const SCALE_SUFFIXES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12 };

/**
 * Whether a word negates: a negation word, also with `'s` (`nobody's taxes`, `nothing's changed`),
 * or a contraction ending in n't (`won't`, `don't`).
 */
function negates(key: string): boolean {
  return NEGATIONS.has(key) || (key.endsWith("'s") && NEGATIONS.has(key.slice(0, -2))) || key.endsWith("n't");
}

/** The value of a number word (`five`, `twenty`, `twenty-five`), or undefined when the word is not one. */
function wordValue(key: string): number | undefined {
  const [tens, unit, ...rest] = key.split('-');
  if (rest.length > 0 || tens === undefined) return undefined;
  const a = NUMBER_WORDS[tens];
  if (unit === undefined) return a;
  const b = NUMBER_WORDS[unit];
  return a !== undefined && b !== undefined && a >= 20 && a % 10 === 0 && b > 0 && b < 10 ? a + b : undefined;
}

/** Words after which `one` is a pronoun (`no one`, `the one`, `this one`), not a number. */
const PRONOUN_ONE = new Set(['no', 'the', 'any', 'some', 'every', 'each', 'this', 'that', 'which', 'another']);

/** The words `one` of a wording that are pronouns (see {@link PRONOUN_ONE}). */
function pronounOnes(words: readonly WordToken[]): WordToken[] {
  return words.filter((w, i) => w.key === 'one' && i > 0 && PRONOUN_ONE.has(words[i - 1]!.key));
}

/**
 * Whether a number word goes on the number being read (`current`, undefined after a scale of a
 * thousand or more): `twenty five`, `a hundred and twenty`, `two million five hundred` are one
 * number each; `five five` and `fifty thirty` are two (`twenty thirty` is a year, see {@link yearAt}).
 */
function joins(current: number | undefined, word: number): boolean {
  if (current === undefined) return true;
  if (current > 0 && current % 100 === 0) return word < 100;
  return current >= 20 && current < 100 && current % 10 === 0 && word < 10;
}

/**
 * The numbers in some words, by value, as a sorted list: a number is read across its words, in
 * digits or in words, with its scale (`$65 billion`, `65bn` and `65,000 million` are one number,
 * as `five hundred` and `500`, `twenty-five` and `25`, `a dozen` and `12` are; `$65 million` is
 * another). Units such as `%` and `per cent` are not read. A loose number word (`first`, `half`,
 * see {@link WordToken.loose}) is read only when `loose` is set.
 */
function numbersIn(words: readonly WordToken[], pronouns: ReadonlySet<WordToken>, loose: boolean): NumberFound[] {
  const found: NumberFound[] = [];
  let total = 0;
  let current: number | undefined;
  let open = false; // a number is being read
  let start = 0; // the word the number being read starts at
  // A number after a word that says it is rounded (`about 40%`): see {@link NumberFound.hedge}.
  const hedgeAt = (at: number) => {
    const hedge = HEDGES[words[at - 1]?.key ?? ''];
    return hedge === undefined ? {} : { hedge };
  };
  const close = () => {
    if (open) found.push({ value: total + (current ?? 0), ...hedgeAt(start) });
    total = 0;
    current = undefined;
    open = false;
  };
  const begin = (at: number) => {
    if (!open) start = at;
    open = true;
  };
  words.forEach((token, i) => {
    const { key } = token;
    if (token.number !== undefined) {
      close();
      if (loose || !token.loose) found.push({ value: token.number, token, ...hedgeAt(i) });
      return;
    }
    const digits = key.match(/\d+(?:[.,]\d+)*/g);
    const word = pronouns.has(token) ? undefined : wordValue(key);
    const scale = SCALE_WORDS[key];
    if (digits) {
      close();
      const values = digits.map((d) => Number(d.replace(/,(?=\d{3}\b)/g, '').replace(/,/g, '.')));
      const suffix = /\d([a-z]+)$/.exec(key)?.[1];
      const factor = suffix === undefined ? undefined : SCALE_SUFFIXES[suffix];
      if (values.length > 1 || factor !== undefined) {
        found.push(...values.slice(0, -1).map((value) => ({ value })), { value: values.at(-1)! * (factor ?? 1), ...(values.length === 1 && hedgeAt(i)) });
      } else {
        current = values[0]!;
        begin(i);
      }
    } else if (word !== undefined) {
      if (open && !joins(current, word)) close();
      current = (current ?? 0) + word;
      begin(i);
    } else if (scale !== undefined) {
      if (scale < 1e3) current = (current ?? 1) * scale;
      else {
        total += (current ?? 1) * scale;
        current = undefined;
      }
      begin(i);
    } else if (key === 'a' && SCALE_WORDS[words[i + 1]?.key ?? ''] !== undefined) {
      close();
      current = 1;
      begin(i);
    } else if (!(key === 'and' && open)) close();
  });
  close();
  return found.map((n) => ({ ...n, value: Number(n.value.toPrecision(12)) })).sort((a, b) => a.value - b.value);
}

/** A number {@link numbersIn} read, with the word that writes it when it is one (`token.number`). */
interface NumberFound {
  value: number;
  token?: WordToken;
  /**
   * Said to be rounded by the word before it (`about 40%`, `nearly 40%`): it stands for any
   * number that rounds to it at the precision it is written to (see {@link roundedFrom}).
   */
  hedge?: Hedge;
}

/** How a word before a number says it is rounded: either way (`about`), or up from below (`nearly`). */
type Hedge = 'about' | 'below';

/**
 * Words before a number that say it is rounded. `more than`, `over`, `under` and `at least` are
 * bounds, not roundings: `more than 40%` is not `38.6%`.
 */
const HEDGES: Readonly<Record<string, Hedge>> = {
  about: 'about', around: 'about', roughly: 'about', approximately: 'about', approx: 'about', circa: 'about', some: 'about',
  nearly: 'below', almost: 'below',
};

/**
 * The precision a number is written to, as a power of ten: its last decimal (`38.6` is to a
 * tenth; `16.70%`, as written, to a hundredth), or for a whole number its last digit that is not
 * a trailing zero (`40` is to ten, `1,200 million` to a hundred million).
 */
function precisionOf(n: NumberFound): number {
  const decimals = n.token?.written?.decimals ?? decimalsOf(n.value);
  if (decimals > 0 || n.value === 0) return 10 ** -decimals;
  let step = 1;
  while (n.value % (step * 10) === 0) step *= 10;
  return step;
}

/**
 * Whether a number said to be rounded (`about 40%`; see {@link NumberFound.hedge}) is what another
 * number (`38.6%`) gives rounded at the precision the first is written to (see {@link precisionOf}):
 * the outlet rounded the figure, it did not change it. `nearly 40%` is rounded up, from below only.
 */
function roundedFrom(rounded: NumberFound, exact: NumberFound): boolean {
  if (rounded.hedge === undefined || exact.hedge !== undefined) return false;
  const step = precisionOf(rounded);
  const same = Number((Math.round(exact.value / step) * step).toPrecision(12)) === rounded.value;
  return same && (rounded.hedge === 'about' || exact.value <= rounded.value);
}

/**
 * Whether a fraction in words (`one in six`, exact) is what a percentage in digits (`17%`) writes
 * at its precision: the fraction rounded to the percentage's decimals is its value as written.
 * `17%` and `16.7%` are `one in six` (16.67), `16%` is not; `14%` is `one in seven`.
 */
function roundsTo(fraction: NumberFound, percent: NumberFound): boolean {
  const written = percent.token?.written;
  return fraction.token?.fraction === true && written !== undefined && Number(fraction.value.toFixed(written.decimals)) === written.value;
}

/**
 * Whether two lists of numbers (see {@link numbersIn}) give the same numbers: each of one is
 * paired with an equal one of the other, or a fraction in words with a percentage in digits
 * that writes it at its precision (see {@link roundsTo}), or a number said to be rounded with
 * one it rounds (`about 40%` and `38.6%`; see {@link roundedFrom}).
 */
function sameNumbers(a: readonly NumberFound[], b: readonly NumberFound[]): boolean {
  if (a.length !== b.length) return false;
  const left = [...b];
  const take = (same: (x: NumberFound, y: NumberFound) => boolean, x: NumberFound) => {
    const at = left.findIndex((y) => same(x, y));
    if (at !== -1) left.splice(at, 1);
    return at !== -1;
  };
  const rest = a.filter((x) => !take((p, q) => p.value === q.value, x));
  return rest.every((x) => take((p, q) => roundsTo(p, q) || roundsTo(q, p) || roundedFrom(p, q) || roundedFrom(q, p), x));
}

/**
 * Words and their opposites, each pair once: a rendition that puts one where the best wording has
 * the other says the reverse, however faithful its other words. Opposites made with a prefix
 * (`safe` and `unsafe`, `legal` and `illegal`, `agree` and `disagree`) are found by
 * {@link OPPOSITE_PREFIXES} instead.
 */
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['increase', 'decrease'], ['increased', 'decreased'], ['increases', 'decreases'], ['increasing', 'decreasing'],
  ['rise', 'fall'], ['rises', 'falls'], ['rose', 'fell'], ['risen', 'fallen'], ['rising', 'falling'],
  ['more', 'less'], ['more', 'fewer'], ['most', 'least'], ['higher', 'lower'], ['high', 'low'],
  ['larger', 'smaller'], ['bigger', 'smaller'], ['above', 'below'], ['up', 'down'],
  ['gain', 'loss'], ['gains', 'losses'], ['win', 'lose'], ['won', 'lost'],
  ['accept', 'reject'], ['accepted', 'rejected'], ['accepts', 'rejects'],
  ['support', 'oppose'], ['supports', 'opposes'], ['supported', 'opposed'],
  ['allow', 'forbid'], ['allowed', 'forbidden'], ['approve', 'reject'], ['approved', 'rejected'],
  ['start', 'stop'], ['started', 'stopped'], ['begin', 'end'], ['open', 'closed'],
  ['before', 'after'], ['earlier', 'later'], ['first', 'last'], ['faster', 'slower'],
  ['accelerate', 'decelerate'], ['strong', 'weak'], ['stronger', 'weaker'],
  ['better', 'worse'], ['best', 'worst'], ['good', 'bad'], ['safe', 'dangerous'], ['safer', 'riskier'],
  ['true', 'false'], ['right', 'wrong'], ['positive', 'negative'], ['optimistic', 'pessimistic'],
  ['easy', 'hard'], ['easier', 'harder'], ['success', 'failure'], ['succeeded', 'failed'],
  ['possible', 'impossible'], ['probable', 'improbable'], ['correct', 'incorrect'], ['accurate', 'inaccurate'],
  ['complete', 'incomplete'], ['effective', 'ineffective'], ['sufficient', 'insufficient'], ['adequate', 'inadequate'],
  ['agree', 'disagree'], ['agreed', 'disagreed'], ['agrees', 'disagrees'], ['approve', 'disapprove'],
];

/**
 * Prefixes that make a word's opposite (`unsafe`, `illegal`, `irresponsible`, `non-binding`).
 * `in`, `im` and `dis` are not among them: too many words only look so made (`inform`, `impose`,
 * `display`); {@link OPPOSITES} lists the common opposites made with them.
 */
const OPPOSITE_PREFIXES: readonly string[] = ['un', 'il', 'ir', 'non-', 'non'];

const opposites = new Map<string, Set<string>>();
for (const [a, b] of OPPOSITES) {
  opposites.set(a, (opposites.get(a) ?? new Set()).add(b));
  opposites.set(b, (opposites.get(b) ?? new Set()).add(a));
}

/** Whether two words (keys) are opposites: a pair of {@link OPPOSITES}, or one the other with a prefix of {@link OPPOSITE_PREFIXES}. */
function areOpposites(a: string, b: string): boolean {
  if (opposites.get(a)?.has(b)) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && OPPOSITE_PREFIXES.some((prefix) => long === `${prefix}${short}`);
}

/**
 * The meaning changes between the words a rendition takes out and the words it puts in, given
 * as the diff's changes between shared words (`hunks`, each the words taken out and put in at one
 * place). An opposite counts only in place of its word, within one change: `keep up` becoming
 * `keep pace` and `slow` becoming `slow down` elsewhere is no opposite.
 */
function meaningChanges(
  hunks: readonly (readonly [out: WordToken[], into: WordToken[]])[],
  pronouns: ReadonlySet<WordToken>,
  months: ReadonlyMap<WordToken, number>,
): MeaningChange[] {
  const out = hunks.flatMap(([o]) => o);
  const into = hunks.flatMap(([, i]) => i);
  const changes: MeaningChange[] = [];
  const negating = (w: WordToken) => w.negation === true || negates(w.key);
  if (out.filter(negating).length !== into.filter(negating).length) changes.push('negation');
  // A loose number word (`first`, `half`) counts only against a number on the other side.
  const numeric = (words: readonly WordToken[]) => words.some((w) => w.number !== undefined || isNumeric(w.key));
  if (
    !sameNumbers(numbersIn(out, pronouns, numeric(into)), numbersIn(into, pronouns, numeric(out))) ||
    currencyChanged(out, into) ||
    monthChanged(out, into, months)
  ) {
    changes.push('number');
  }
  if (hunks.some(([o, i]) => o.some((w) => i.some((v) => areOpposites(w.key, v.key))))) changes.push('opposite');
  return changes;
}

/**
 * Whether a rendition puts other numbers where the best wording has its own: its words lined up
 * with the best wording's, every number standing for any other (`3 of 5` and `5 of 3` line up
 * word for word), a number faces another number (`5` where the best wording has `3`). Lined up
 * so, a clause moved whole (`in 2026 we asked 40 labs`, `we asked 40 labs in 2026`) keeps each
 * number facing its own, and so does a phrase moved whole with its number (`5 firms and 3 labs`
 * for `3 labs and 5 firms`: each number keeps the word after it). With the same numbers on both
 * sides, their order changed.
 */
function numbersMoved(
  a: readonly WordToken[],
  b: readonly WordToken[],
  match: ReadonlyMap<WordToken, string>,
  pronouns: ReadonlySet<WordToken>,
  months: ReadonlyMap<WordToken, number>,
): boolean {
  // A date's day goes with its month, before or after it (`June 3, 2026`, `3 June 2026`): it is
  // lined up as a word, or the day would face the year.
  const days = new Set([a, b].flatMap((words) => words.filter((w, i) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(w.key) && (months.has(words[i - 1]!) || months.has(words[i + 1]!)))));
  const numeric = (t: WordToken) => !pronouns.has(t) && !days.has(t) && (t.number !== undefined || isNumeric(t.key));
  // Two numbers at least on each side, or none can have moved (and no second diff is run).
  if (a.filter(numeric).length < 2 || b.filter(numeric).length < 2) return false;
  // Each number with the word after it: `3 labs and 5 firms` and `5 firms and 3 labs` keep every
  // number with its noun, though the numbers face others once the words are lined up. An `and` or
  // an `or` after it ends a list's item, as the end does: `in 2027 and 2026` lists the same years.
  const next = (word: WordToken | undefined) => (word === undefined || LIST_WORDS.has(word.key) ? '' : match.get(word));
  const withNext = (words: readonly WordToken[]) =>
    words
      .flatMap((w, k) => (numeric(w) ? [`${numbersIn([w], pronouns, true).map((n) => n.value).join()} ${next(words[k + 1])}`] : []))
      .sort()
      .join('|');
  if (withNext(a) === withNext(b)) return false;
  const slot = (t: WordToken) => (numeric(t) ? '#' : match.get(t));
  let [i, j] = [0, 0];
  for (const change of diffArrays([...a], [...b], { comparator: (x, y) => slot(x) === slot(y) })) {
    const n = change.value.length;
    if (change.added) j += n;
    else if (change.removed) i += n;
    else {
      for (let k = 0; k < n; k++) {
        const [x, y] = [a[i + k]!, b[j + k]!];
        if (numeric(x) && !sameNumbers(numbersIn([x], pronouns, true), numbersIn([y], pronouns, true))) return true;
      }
      [i, j] = [i + n, j + n];
    }
  }
  return false;
}

/** Words that join the items of a list: the numbers on either side are not in an order that says something. */
const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or', '&']);

/** The months' names and short forms, by their number. */
const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** The months' names that are no other word (not `march`, `may`, `august`, nor a short form). */
const ALWAYS_MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'april', 'june', 'july', 'september', 'october', 'november', 'december']);

/**
 * The words of a wording that name a month, by its number: a date changed in its month (`July 3`
 * for `June 3`) gives another date, so another number. `May`, `March`, `August` and the short
 * forms (`Mar`) name one only beside a day (`May 3`, `3 Mar`): alone, `may` is the verb.
 */
function monthsIn(words: readonly WordToken[]): Map<WordToken, number> {
  const found = new Map<WordToken, number>();
  const dayBeside = (i: number) => [words[i - 1], words[i + 1]].some((w) => w !== undefined && /^\d{1,2}(?:st|nd|rd|th)?$/.test(w.key));
  words.forEach((w, i) => {
    if (w.month !== undefined) found.set(w, w.month);
    const month = MONTHS[w.key];
    if (month !== undefined && (ALWAYS_MONTHS.has(w.key) || dayBeside(i))) found.set(w, month);
  });
  return found;
}

/**
 * Whether a date's month changed: months on both sides that differ (`July` for `June`). A month
 * only moved, taken out or put in (`3 June` for `June 3`) is a change of wording, not of the date.
 */
function monthChanged(out: readonly WordToken[], into: readonly WordToken[], months: ReadonlyMap<WordToken, number>): boolean {
  const of = (words: readonly WordToken[]) => words.flatMap((w) => (months.has(w) ? [months.get(w)!] : [])).sort((x, y) => x - y).join(' ');
  const [a, b] = [of(out), of(into)];
  return a !== '' && b !== '' && a !== b;
}

/**
 * Whether a sum's currency changed: signs on both sides that differ (`$2bn` for `£2bn`). A sign
 * only taken out or put in (`2 billion` for `$2bn`) is a change of wording, not of the number.
 */
function currencyChanged(out: readonly WordToken[], into: readonly WordToken[]): boolean {
  const signs = (words: readonly WordToken[]) => [...new Set(words.flatMap((w) => (w.currency ? [w.currency] : [])))].sort().join(' ');
  const [a, b] = [signs(out), signs(into)];
  return a !== '' && b !== '' && a !== b;
}

/** The changes of meaning in the order a comparison lists them. */
const MEANING_CHANGES: readonly MeaningChange[] = ['negation', 'number', 'order', 'opposite'];

/** What each change of meaning does, as the note under a rendition says it. */
const MEANING_NOTES: Readonly<Record<MeaningChange, string>> = {
  negation: 'drops or adds a negation (such as “not”)',
  number: 'gives a different number',
  order: 'gives its numbers in another order (such as “5 of 3” for “3 of 5”)',
  opposite: 'puts a word’s opposite in its place (such as “decrease” for “increase”)',
};

/**
 * The note a page shows under a rendition whose words change the meaning, or undefined when they
 * do not: "The meaning may differ from the best-attested wording: it drops or adds a negation
 * and gives a different number."
 */
export function describeMeaningChange(meaning: readonly MeaningChange[], against = 'the best-attested wording'): string | undefined {
  const what = meaning.map((m) => MEANING_NOTES[m]);
  // "A, B and C", as a reader lists them: three joined with "and" twice read as a run-on.
  const listed = what.length > 1 ? `${what.slice(0, -1).join(', ')} and ${what.at(-1)!}` : what.join('');
  return what.length === 0 ? undefined : `The meaning may differ from ${against}: it ${listed}.`;
}

/** The wordings of a quotation in the best-attested wording's language: its variants but its translations. */
export function ownWordings(drift: Pick<QuoteDrift, 'variants'>): QuoteVariant[] {
  return drift.variants.filter((v) => v.comparison.drift !== 'translated');
}

/**
 * Whether a quotation's wording drifted: more than one wording, translations aside (see
 * {@link ownWordings}), or more than one wording in another language (see `inLanguage`).
 */
export function hasDrifted(drift: Pick<QuoteDrift, 'variants'>): boolean {
  return ownWordings(drift).length > 1 || drift.variants.some((v) => v.inLanguage !== undefined);
}

const TIE_BREAKS: Readonly<Record<TieBreak, string>> = {
  earliest: 'this one was reported first',
  'earlier-on-record': 'this one has the earliest date on record',
  longer: 'this one, with the same date on record, carries more of the statement',
  order: 'this one, with the same date on record and as many words, is simply listed first',
};

/**
 * What a page says above the best-attested wording: "Best-attested wording (2 independent
 * sources)", and on a tie, which others are as well attested and why this one was taken: "Best-
 * attested wording (1 independent source; 1 other wording has as many, and this one was reported
 * first)".
 */
export function describeBestAttested(drift: Pick<QuoteDrift, 'best' | 'tie'>): string {
  const sources = drift.best.count.sources;
  const base = `Best-attested wording (${sources} independent source${sources === 1 ? '' : 's'}`;
  if (!drift.tie) return `${base})`;
  const { others, by } = drift.tie;
  const have = others === 1 ? '1 other wording has' : `${others} other wordings have`;
  return `${base}; ${have} as many, and ${TIE_BREAKS[by]})`;
}

/** Compares a rendition with the best-attested wording: word diff, similarity, fidelity and drift. */
export function compareWording(best: string, rendition: string): WordingComparison {
  return compareWords(quoteWords(best), quoteWords(rendition));
}

/** {@link compareWording} of words already split (never changed: the same words may be both). */
function compareWords(a: WordToken[], b: WordToken[]): WordingComparison {
  const match = new Map<WordToken, string>([...a, ...b].map((t) => [t, t.match ?? matchKey(t.key)]));
  const pronouns = new Set([...pronounOnes(a), ...pronounOnes(b)]);
  const months = new Map([...monthsIn(a), ...monthsIn(b)]);
  const changes = diffArrays(a, b, { comparator: (x, y) => match.get(x) === match.get(y) });
  const parts: DiffPart[] = changes.map((c) => ({
    value: spacedWords(c.value),
    added: c.added,
    removed: c.removed,
    words: c.value.length,
    ...(c.value[0]?.joined && { joined: true }),
  }));
  const isCommon = (p: DiffPart) => !p.added && !p.removed;
  const common = parts.filter(isCommon).reduce((n, p) => n + p.words, 0);
  const firstCommon = parts.findIndex(isCommon);
  const lastCommon = parts.findLastIndex(isCommon);

  let altered = 0; // rendition words that stand in for, or sit among, the speaker's words
  let omitted = 0; // speaker's words left out inside the shared stretch
  let inserted = 0; // rendition words in square brackets: marked as the outlet's, so not counted as altered
  let meaning: MeaningChange[];
  if (firstCommon === -1) {
    inserted = b.filter((t) => t.inserted).length;
    altered = b.length - inserted;
    meaning = meaningChanges([[a, b]], pronouns, months);
  } else {
    // Runs at either end count when they replace words (a run taken out and one put in).
    const replaced = (from: number, to: number) =>
      parts.slice(from, to).some((p) => p.removed) && parts.slice(from, to).some((p) => p.added);
    const changed = (i: number) =>
      i < firstCommon ? replaced(0, firstCommon) : i > lastCommon ? replaced(lastCommon + 1, parts.length) : true;
    const hunks: [out: WordToken[], into: WordToken[]][] = [];
    let hunk: [WordToken[], WordToken[]] | undefined;
    changes.forEach((c, i) => {
      if (!c.added && !c.removed) hunk = undefined;
      if (!changed(i) || (!c.added && !c.removed)) return;
      if (!hunk) hunks.push((hunk = [[], []]));
      if (c.added) {
        const marked = c.value.filter((t) => t.inserted).length;
        inserted += marked;
        altered += c.value.length - marked;
        hunk[1].push(...c.value);
      } else {
        if (i > firstCommon && i < lastCommon) omitted += c.value.length;
        hunk[0].push(...c.value);
      }
    });
    meaning = meaningChanges(hunks, pronouns, months);
  }
  // The same numbers on both sides (and the same currencies): no number changed, though one moved
  // (`3 June` for `June 3` read as a `3` left out, the `3` put in at the end being no change), and
  // numbers in other places changed their order (`5 of 3` for `3 of 5`).
  if (sameNumbers(numbersIn(a, pronouns, true), numbersIn(b, pronouns, true)) && !currencyChanged(a, b) && !monthChanged(a, b, months)) {
    const moved = numbersMoved(a, b, match, pronouns, months);
    meaning = MEANING_CHANGES.filter((m) => (m === 'order' ? moved : m !== 'number' && meaning.includes(m)));
  }
  const fidelity = b.length === 0 ? 1 : common + altered === 0 ? 0 : common / (common + altered);
  const similarity = a.length + b.length === 0 ? 1 : (2 * common) / (a.length + b.length);
  let drift: Drift;
  if (parts.every(isCommon)) drift = 'exact';
  else if (altered === 0 && omitted === 0 && inserted === 0 && common > 0) drift = 'excerpt';
  else if (fidelity >= PARAPHRASE_THRESHOLD) drift = 'altered';
  else drift = 'reworded';
  return { parts, similarity, fidelity, drift, meaning };
}

/** A language tag's primary subtag, lowercase: `en` for `en-GB`. */
const primaryLanguage = (tag: string) => tag.toLowerCase().split('-')[0]!;

/**
 * Compares a rendition, from an article in `language`, with the best-attested wording, in
 * `bestLanguage`: as {@link compareWording} does, except that a rendition in another language
 * that does not keep the best wording's words (`reworded`) is a translation, `translated`, with
 * no change of meaning read into it and its words as one unchanged part (see the module comment).
 */
function compareRendition(
  best: string,
  bestLanguage: string,
  rendition: string,
  language: string,
  split: (text: string, language: string) => WordToken[] = quoteWords,
): WordingComparison {
  const comparison = compareWords(split(best, bestLanguage), split(rendition, language));
  if (comparison.drift !== 'reworded' || primaryLanguage(language) === primaryLanguage(bestLanguage)) return comparison;
  const words = split(rendition, language);
  return {
    parts: [{ value: spacedWords(words), added: false, removed: false, words: words.length }],
    similarity: 0,
    fidelity: 0,
    drift: 'translated',
    meaning: [],
  };
}

/**
 * Orders variants best-attested first: more independent sources, then seen earlier, then more
 * words, then key in code-unit order.
 */
export function compareVariants(
  a: Pick<QuoteVariant, 'count' | 'first' | 'words' | 'key'>,
  b: Pick<QuoteVariant, 'count' | 'first' | 'words' | 'key'>,
): number {
  return (
    b.count.sources - a.count.sources ||
    compareDates(a.first.date, b.first.date) ||
    b.words - a.words ||
    compareText(a.key, b.key)
  );
}

/**
 * A quote claim's drift from its evidence (other claims' evidence is ignored), or undefined when
 * nothing renders it. Evidence should be in evidence order (see evidence.ts).
 */
export function quoteDrift(claim: ClaimId, evidence: readonly Evidence[]): QuoteDrift | undefined {
  const own = evidence.filter((e) => e.claim === claim);
  if (own.length === 0) return undefined;
  // A claim's renditions repeat the same few wordings: each text is split into words once, and
  // each wording (in a language) compared with the best-attested one once.
  const split = new Map<string, WordToken[]>();
  const words = (text: string, language: string) => {
    const key = `${primaryLanguage(language)}\u0000${text}`;
    let list = split.get(key);
    if (!list) split.set(key, (list = quoteWords(text, language)));
    return list;
  };
  const compared = new Map<string, WordingComparison>();
  const compare = (best: { wording: string; language: string }, wording: string, language: string) => {
    const key = `${language}\u0000${wording}`;
    let comparison = compared.get(key);
    if (!comparison) compared.set(key, (comparison = compareRendition(best.wording, best.language, wording, language, words)));
    return comparison;
  };
  const groups = new Map<string, Evidence[]>();
  for (const e of own) {
    const key = keyOfWords(words(e.mention.text, e.article.language));
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const ranked = [...groups].map(([key, items]) => {
    const wording = quoteWording(items[0]!.mention.text);
    const language = items[0]!.article.language;
    const first = items.reduce((min, e) => (compareDates(e.date.date, min.date) < 0 ? e.date : min), items[0]!.date);
    return {
      key,
      wording,
      language,
      words: words(wording, language).length,
      count: groupEvidence(items).count,
      first,
      evidence: items,
    };
  });
  ranked.sort(compareVariants);
  const variants: QuoteVariant[] = ranked.map((v, rank) => ({
    ...v,
    rank,
    comparison: compare(ranked[0]!, v.wording, v.language),
  }));
  const best = variants[0]!;
  // Each other language's wordings compared with the best-attested of that language (see `inLanguage`).
  const languageBest = new Map<string, QuoteVariant>();
  for (const v of variants) {
    if (v.comparison.drift !== 'translated') continue;
    const tag = primaryLanguage(v.language);
    const first = languageBest.get(tag);
    if (!first) languageBest.set(tag, v);
    else v.inLanguage = { wording: first.wording, comparison: compareWords(words(first.wording, first.language), words(v.wording, v.language)) };
  }
  const inLanguage = new Map(variants.flatMap((v) => (v.inLanguage ? [[v.key, v.inLanguage.comparison] as const] : [])));
  // A translation is no rival wording of the best-attested one.
  const tied = variants.filter((v) => v.rank > 0 && v.count.sources === best.count.sources && v.comparison.drift !== 'translated');
  const runnerUp = tied[0];
  const [, bestLatest] = dateSpan(best.first.date, best.first.offset);
  const certainlyLater = (v: QuoteVariant) =>
    v.evidence.every((e) => e.date.basis === 'published' && dateSpan(e.date.date, e.date.offset)[0] > bestLatest);
  const tie: QuoteTie | undefined =
    runnerUp
      ? {
          others: tied.length,
          by:
            compareDates(best.first.date, runnerUp.first.date) !== 0
              ? tied.every(certainlyLater)
                ? 'earliest'
                : 'earlier-on-record'
              : best.words !== runnerUp.words
                ? 'longer'
                : 'order',
        }
      : undefined;
  // Wordings as well attested as the best one and not certainly reported after it: none of them is a paraphrase of it.
  const rival = new Set(tie && tie.by !== 'earliest' ? tied.map((v) => v.key) : []);
  const renditions: QuoteRendition[] = own.map((e) => {
    const wording = quoteWording(e.mention.text);
    const variant = keyOfWords(words(wording, e.article.language));
    const comparison = compare(best, wording, e.article.language);
    return {
      evidence: e,
      wording,
      variant,
      best: variant === best.key,
      comparison,
      presentedAsQuote: e.mention.quoted,
      paraphrase: e.mention.quoted && comparison.drift === 'reworded' && !rival.has(variant),
      // A translation's meaning is read against the best-attested wording of its own language.
      meaningChanged: (inLanguage.get(variant)?.meaning ?? comparison.meaning).length > 0,
    };
  });
  return {
    claim,
    best,
    tie,
    variants,
    renditions,
    paraphrases: renditions.filter((r) => r.paraphrase),
    meaningChanges: renditions.filter((r) => r.meaningChanged),
  };
}
