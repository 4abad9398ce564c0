/**
 * Texts nearly the same as one already recorded: a copy of an article typed or saved again with
 * other line breaks, quotation marks, spacing or headline, or the same article published elsewhere.
 * `npm run new` refuses only the same text word for word (or one holding every passage a record
 * quotes); a near copy is imported, and the editor told which record it resembles, to delete the
 * new record or name the other in `via`.
 *
 * The comparison is by shingles: every run of {@link SHINGLE} words, hashed. Each archived text
 * keeps a sample of its shingles (those whose hash is a multiple of {@link SAMPLE}, the same in
 * every text, so two copies keep the same ones), in an index from shingle to the records holding
 * it; a new text looks up its own sample, so the work grows with the corpus's size once (the
 * index) and with the new text's for each file, never with pairs of texts. A record whose archive
 * is not there to compare (archive/ is not in git) is compared by the spans its claim mentions
 * quote, all their shingles kept. Pure: texts in, resemblances out.
 */
import { fnv1a } from '../../../src/lib/mentions.ts';

/** Words a shingle holds: enough that two unrelated articles share almost none, few enough that a changed word spoils few. */
const SHINGLE = 5;
/** One shingle in {@link SAMPLE} of an archived text is kept in the index. */
const SAMPLE = 4;
/** The share of the smaller text's sampled shingles the two must share to be told: a copy, not an article quoting a paragraph of another. */
const NEAR = 0.5;
/** The fewest shared sampled shingles that tell a copy (about 40 words): two short texts may share a stock phrase or two. */
const FEWEST = 8;
/** The share of a record's quoted spans' shingles a new text must hold, and the fewest of them (about two sentences). */
const SPANS_NEAR = 0.6;
const SPANS_FEWEST = 12;

/** A word, or one character of the scripts written without spaces between words (Chinese, Japanese). */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;

/** The words of a text as compared: letters and digits only, in lower case, whatever its quotation marks, dashes, spacing and line breaks. */
export function tokens(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // Invisible characters, and a hyphen at a line's end that divides a word ("devel-\nopment").
      .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/g, '')
      .replace(/(\p{L})-[ \t]*\r?\n[ \t>]*(\p{Ll})/gu, '$1$2')
      .match(TOKEN) ?? []
  );
}

/** The distinct hashes of a text's shingles (a text shorter than a shingle is one). */
export function shingles(text: string): Set<number> {
  const words = tokens(text);
  const out = new Set<number>();
  if (words.length === 0) return out;
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) out.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return out;
}

const sampled = (h: number) => h % SAMPLE === 0;

export interface Resemblance {
  /** The record it resembles (its slug). */
  slug: string;
  /** What of it was compared: its archived text, or the spans its record quotes. */
  by: 'archive' | 'spans';
  /** The share (0 to 1) of the smaller text's sampled shingles both hold; or of the record's spans' shingles the new text holds. */
  share: number;
  /** Whether the new text is about as long as the archived one (not a part of it, nor it a part of the new one). */
  whole: boolean;
}

/**
 * Shingle → the records holding it, by their number: most shingles are one text's, kept as a number
 * alone (a corpus of 5,000 articles keeps about a million), the others as a list.
 */
type Postings = Map<number, number | number[]>;

function post(index: Postings, h: number, record: number): void {
  const found = index.get(h);
  if (found === undefined) index.set(h, record);
  else if (typeof found === 'number') index.set(h, [found, record]);
  else found.push(record);
}

function* holders(index: Postings, h: number): Iterable<number> {
  const found = index.get(h);
  if (found === undefined) return;
  if (typeof found === 'number') yield found;
  else yield* found;
}

export class NearCopies {
  /** The records' slugs, by their number. */
  private readonly slugs: string[] = [];
  /** Sampled shingle → the records whose archived text holds it. */
  private readonly archived: Postings = new Map();
  private readonly archivedSize: number[] = [];
  /** Shingle → the records whose quoted spans hold it. */
  private readonly quoted: Postings = new Map();
  private readonly quotedSize: number[] = [];

  /** Adds a record's archived text. */
  addArchive(slug: string, text: string): void {
    const record = this.slugs.push(slug) - 1;
    let n = 0;
    for (const h of shingles(text)) {
      if (!sampled(h)) continue;
      n++;
      post(this.archived, h, record);
    }
    this.archivedSize[record] = n;
  }

  /** Adds the spans a record's claim mentions quote (for a record whose archive is not there). */
  addSpans(slug: string, spans: readonly string[]): void {
    const record = this.slugs.push(slug) - 1;
    const all = new Set<number>();
    // Each span on its own: a shingle across two spans is in no text.
    for (const span of spans) if (tokens(span).length >= SHINGLE) for (const h of shingles(span)) all.add(h);
    for (const h of all) post(this.quoted, h, record);
    this.quotedSize[record] = all.size;
  }

  /** The records `text` is nearly the same as (or holds most of the quoted spans of), most alike first. */
  find(text: string): Resemblance[] {
    const own = shingles(text);
    const shared = new Map<number, number>();
    let size = 0;
    for (const h of own) {
      if (!sampled(h)) continue;
      size++;
      for (const record of holders(this.archived, h)) shared.set(record, (shared.get(record) ?? 0) + 1);
    }
    const found: Resemblance[] = [];
    for (const [record, n] of shared) {
      const theirs = this.archivedSize[record] ?? 0;
      const share = n / Math.max(1, Math.min(size, theirs));
      if (n >= FEWEST && share >= NEAR) found.push({ slug: this.slugs[record]!, by: 'archive', share, whole: Math.min(size, theirs) >= 0.8 * Math.max(size, theirs) });
    }
    const held = new Map<number, number>();
    for (const h of own) for (const record of holders(this.quoted, h)) held.set(record, (held.get(record) ?? 0) + 1);
    for (const [record, n] of held) {
      const share = n / Math.max(1, this.quotedSize[record] ?? 0);
      const slug = this.slugs[record]!;
      if (n >= SPANS_FEWEST && share >= SPANS_NEAR && !found.some((f) => f.slug === slug)) found.push({ slug, by: 'spans', share, whole: false });
    }
    return found.sort((a, b) => b.share - a.share || a.slug.localeCompare(b.slug));
  }
}
