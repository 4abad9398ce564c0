/**
 * Quote drift: how a quotation's wording changed from outlet to outlet.
 *
 * Every mention of a `quote` claim is a rendition of the quotation, whatever its stance. The
 * renditions are grouped by their words (case, punctuation and typography aside) into
 * variants, and the best-attested variant is the one carried by the most independent sources;
 * ties go to the variant seen earliest (its oldest article, by `articleDate`), then to the longer
 * one (more of the statement), then to code-unit order of its words.
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
 * a paraphrase); words swapped in at either end do count against it. A rendition presented as a
 * quotation (`mention.quoted`) that is `reworded` is flagged as a paraphrase presented as a
 * quotation. The similarity score is the Dice coefficient of the two word sequences: twice the
 * shared words over the words of both.
 */
import { diffArrays } from 'diff';
import { groupEvidence } from './corroboration.ts';
import type { Evidence } from './evidence.ts';
import type { ClaimId } from './ids.ts';
import type { IndependenceCount } from './independence.ts';
import { normaliseSpan } from './mentions.ts';
import { compareDates, compareText, type ArticleDate } from './order.ts';

/** Below this fidelity a rendition is `reworded` (a quoted one is then a paraphrase presented as a quotation). */
export const PARAPHRASE_THRESHOLD = 0.8;

/** A word of a rendition: the text shown, and the key it is compared by. */
export interface WordToken {
  /** As written (typographic quotes made plain), with any punctuation-only neighbours attached. */
  text: string;
  /** Lowercase, without punctuation at either end. */
  key: string;
}

/** One run of a word diff: words in both, only in the best wording (`removed`), or only in the rendition (`added`). */
export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
  /** How many words the run holds. */
  words: number;
}

/** How a rendition's wording relates to the best-attested one; see the module comment. */
export type Drift = 'exact' | 'excerpt' | 'altered' | 'reworded';

/** A rendition compared with the best-attested wording. */
export interface WordingComparison {
  parts: DiffPart[];
  /** Dice coefficient of the two word sequences, 0 to 1. */
  similarity: number;
  /** Share of the rendition's words that are the best wording's, in order (see the module comment), 0 to 1. */
  fidelity: number;
  drift: Drift;
}

/** A distinct wording of a quotation. */
export interface QuoteVariant {
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
  /** Presented as a quotation, but `reworded`: a paraphrase presented as a quotation. */
  paraphrase: boolean;
}

/** A quote claim's renditions, variants and best-attested wording. */
export interface QuoteDrift {
  claim: ClaimId;
  best: QuoteVariant;
  /** Best-attested first, in ranking order. */
  variants: QuoteVariant[];
  /** Every rendition, in evidence order. */
  renditions: QuoteRendition[];
  /** The renditions that are paraphrases presented as quotations, in evidence order. */
  paraphrases: QuoteRendition[];
}

const QUOTE_MARKS = /^["'](.*)["']$/s;

/** A rendition's wording for display: `normaliseSpan`, then one pair of enclosing quotation marks removed. */
export function quoteWording(text: string): string {
  const plain = normaliseSpan(text);
  const inner = QUOTE_MARKS.exec(plain)?.[1];
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
 * (`2025–2026` is `2025-2026`). A chunk with no letters or digits (an ellipsis, a dash) is kept
 * with the word before it (or after it, at the start) so it shows in diffs without counting.
 * Words are compared without typography: every kind of hyphen is the keyboard's, and soft
 * hyphens and zero-width characters are ignored.
 */
export function quoteWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let pending = '';
  const dashed = text
    .replace(/(\p{N})\u2013(?=\p{N})/gu, '$1-')
    .replace(/\s*(?:[\u2013\u2014]|-{2,})\s*/g, ' \u2014 ');
  for (const chunk of quoteWording(dashed).split(' ')) {
    if (chunk === '') continue;
    const key = chunk
      .toLowerCase()
      .replace(INVISIBLE, '')
      .replace(HYPHENS, '-')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const last = tokens.at(-1);
    if (key === '' && last) last.text += ` ${chunk}`;
    else if (key === '') pending += `${chunk} `;
    else {
      tokens.push({ text: `${pending}${chunk}`, key });
      pending = '';
    }
  }
  return tokens;
}

/** The key a wording is grouped by: its words' keys joined by spaces. */
export function wordingKey(text: string): string {
  return quoteWords(text)
    .map((t) => t.key)
    .join(' ');
}

/** Compares a rendition with the best-attested wording: word diff, similarity, fidelity and drift. */
export function compareWording(best: string, rendition: string): WordingComparison {
  const a = quoteWords(best);
  const b = quoteWords(rendition);
  const changes = diffArrays(a, b, { comparator: (x, y) => x.key === y.key });
  const parts: DiffPart[] = changes.map((c) => ({
    value: c.value.map((t) => t.text).join(' '),
    added: c.added,
    removed: c.removed,
    words: c.value.length,
  }));
  const isCommon = (p: DiffPart) => !p.added && !p.removed;
  const common = parts.filter(isCommon).reduce((n, p) => n + p.words, 0);
  const firstCommon = parts.findIndex(isCommon);
  const lastCommon = parts.findLastIndex(isCommon);

  let altered = 0; // rendition words that stand in for, or sit among, the speaker's words
  let omitted = 0; // speaker's words left out inside the shared stretch
  if (firstCommon === -1) {
    altered = b.length;
  } else {
    const end = (slice: DiffPart[]) => (slice.some((p) => p.removed) ? slice.filter((p) => p.added) : []);
    const middle = parts.slice(firstCommon, lastCommon + 1);
    for (const p of [
      ...end(parts.slice(0, firstCommon)),
      ...end(parts.slice(lastCommon + 1)),
      ...middle.filter((p) => p.added),
    ]) {
      altered += p.words;
    }
    omitted = middle.filter((p) => p.removed).reduce((n, p) => n + p.words, 0);
  }
  const fidelity = b.length === 0 ? 1 : common / (common + altered);
  const similarity = a.length + b.length === 0 ? 1 : (2 * common) / (a.length + b.length);
  let drift: Drift;
  if (parts.every(isCommon)) drift = 'exact';
  else if (altered === 0 && omitted === 0 && common > 0) drift = 'excerpt';
  else if (fidelity >= PARAPHRASE_THRESHOLD) drift = 'altered';
  else drift = 'reworded';
  return { parts, similarity, fidelity, drift };
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
  const groups = new Map<string, Evidence[]>();
  for (const e of own) {
    const key = wordingKey(e.mention.text);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const ranked = [...groups].map(([key, items]) => {
    const wording = quoteWording(items[0]!.mention.text);
    const first = items.reduce((min, e) => (compareDates(e.date.date, min.date) < 0 ? e.date : min), items[0]!.date);
    return {
      key,
      wording,
      words: quoteWords(wording).length,
      count: groupEvidence(items).count,
      first,
      evidence: items,
    };
  });
  ranked.sort(compareVariants);
  const bestWording = ranked[0]!.wording;
  const variants: QuoteVariant[] = ranked.map((v, rank) => ({
    ...v,
    rank,
    comparison: compareWording(bestWording, v.wording),
  }));
  const best = variants[0]!;
  const renditions: QuoteRendition[] = own.map((e) => {
    const wording = quoteWording(e.mention.text);
    const variant = wordingKey(wording);
    const comparison = compareWording(best.wording, wording);
    return {
      evidence: e,
      wording,
      variant,
      best: variant === best.key,
      comparison,
      presentedAsQuote: e.mention.quoted,
      paraphrase: e.mention.quoted && comparison.drift === 'reworded',
    };
  });
  return { claim, best, variants, renditions, paraphrases: renditions.filter((r) => r.paraphrase) };
}
