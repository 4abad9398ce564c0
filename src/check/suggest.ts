/**
 * "Did you mean …?": the nearest candidates to a misspelt word, by edit distance.
 */
import { distance } from 'fastest-levenshtein';
import { LATIN_LOOK_ALIKES, lookAlikeLetter } from '../lib/characters.ts';
import { MAX_ID_LENGTH } from '../lib/ids.ts';

/**
 * Up to `limit` candidates nearest to `word`, closest first (ties in alphabetical order). A
 * candidate counts only when it is close enough to be a plausible typo: at most a third of the
 * word's length in edits (and at least two), or when one contains the other; and only when it
 * is at most one edit further than the closest candidate.
 */
export function nearest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  return pickNearest(scoreNearest(word, candidates), limit);
}

/** The candidates close enough to `word` for {@link nearest}, with their scores, closest first (ties in alphabetical order). */
export function scoreNearest(word: string, candidates: Iterable<string>): { candidate: string; score: number }[] {
  const max = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    if (candidate === word) continue;
    // Only compare words of similar length: the distance is at least the difference in length.
    const contains = lower.length >= 3 && (candidate.includes(lower) || lower.includes(candidate));
    if (!contains && Math.abs(candidate.length - word.length) > max) continue;
    const d = distance(lower, candidate.toLowerCase());
    // A candidate that only contains the word (or is contained in it) ranks after every near typo.
    if (d <= max) scored.push({ candidate, score: d });
    else if (contains) scored.push({ candidate, score: max + 1 });
  }
  return scored.sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0));
}

/**
 * What {@link nearest} makes of {@link scoreNearest}'s list, without `leaveOut` (as if it were
 * not a candidate): the scores of one word among many candidates, worked out once, serve every
 * place that word is written.
 */
export function pickNearest(scored: readonly { candidate: string; score: number }[], limit = 3, leaveOut?: string): string[] {
  const kept = leaveOut === undefined ? scored : scored.filter((s) => s.candidate !== leaveOut);
  // Only the closest, and those nearly as close: a far second guess would only mislead.
  const best = kept[0]?.score ?? 0;
  return kept
    .filter((s) => s.score <= best + 1)
    .slice(0, limit)
    .map((s) => s.candidate);
}

/** How many comparisons of words with candidates {@link nearestEach} makes in full: beyond them, each word is compared with a bounded set. */
export const EXHAUSTIVE_COMPARISONS = 250_000;
/** How many candidates on each side of a word, in alphabetical order and in that of the names read backwards, a bounded set takes. */
const NEIGHBOURS = 16;

/** A name as a typo or another save of it leaves it alike: lowercase, without its extension, only letters and digits. */
const nameKey = (name: string) => name.toLowerCase().replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * {@link nearest} for many words among the same candidates. Compared with every candidate,
 * 20,000 missing archive names and 20,000 files cost 400 million comparisons; beyond
 * {@link EXHAUSTIVE_COMPARISONS}, each word is compared only with the candidates next to it in
 * alphabetical order (a name differing at its end), next to it read backwards (differing at its
 * start) and with its letters and digits (another case, extension or separator), which hold the
 * near typos and other saves of a name. A word repeated is looked up once.
 */
export function nearestEach(words: readonly string[], candidates: readonly string[], limit = 3): string[][] {
  const memo = new Map<string, string[]>();
  if (words.length * candidates.length <= EXHAUSTIVE_COMPARISONS) {
    return words.map((w) => memo.get(w) ?? memo.set(w, nearest(w, candidates, limit)).get(w)!);
  }
  const unique = [...new Set(candidates)];
  const order = (key: (c: string) => string) => unique.map((c) => ({ c, k: key(c) })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  const backwards = (s: string) => s.toLowerCase().split('').reverse().join('');
  const forward = order((c) => c.toLowerCase());
  const backward = order(backwards);
  const byKey = new Map<string, string[]>();
  for (const c of unique) {
    const list = byKey.get(nameKey(c));
    if (list) list.push(c);
    else byKey.set(nameKey(c), [c]);
  }
  /** The candidates on each side of where `k` would go in `sorted`. */
  const around = (sorted: { c: string; k: string }[], k: string, into: Set<string>) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.k < k) lo = mid + 1;
      else hi = mid;
    }
    for (let i = Math.max(0, lo - NEIGHBOURS); i < Math.min(sorted.length, lo + NEIGHBOURS); i++) into.add(sorted[i]!.c);
  };
  return words.map((w) => {
    const known = memo.get(w);
    if (known) return known;
    const near = new Set<string>();
    around(forward, w.toLowerCase(), near);
    around(backward, backwards(w), near);
    for (const c of (byKey.get(nameKey(w)) ?? []).slice(0, NEIGHBOURS)) near.add(c);
    const found = nearest(w, near, limit);
    memo.set(w, found);
    return found;
  });
}

/** The text with each Cyrillic or Greek letter that stands in a Latin word, drawn like a Latin letter, written as that letter: `cаlls` (Cyrillic `а`) is `calls`. */
function latinLookAlikes(text: string): string {
  let out = text;
  for (let i = 0; i < 50; i++) {
    const look = lookAlikeLetter(out);
    const latin = look && look.among === 'Latin' ? LATIN_LOOK_ALIKES[look.letter] : undefined;
    if (!look || latin === undefined) return out;
    out = out.slice(0, look.index) + latin + out.slice(look.index + look.letter.length);
  }
  return out;
}

/**
 * A valid id made from any text: lowercase ASCII words joined by single hyphens (an invisible
 * formatting character dropped, not read as a space between words, and a look-alike letter of
 * another alphabet in a Latin word written as the Latin letter it passes for), cut after the
 * last whole word that fits in {@link MAX_ID_LENGTH} (a longer id is not valid, so suggesting it
 * would not help).
 */
export function toId(text: string): string {
  // An id written with hyphens holds no space: a no-break or other space inside it was pasted in, and parts no words (`paus\u00A0e-is` is `pause-is`).
  const spaced = /-/.test(text) && !/ /.test(text) ? text.replace(/(?<=[\p{L}\p{N}])[\p{Zs}]+(?=[\p{L}\p{N}])/gu, '') : text;
  const id = latinLookAlikes(spaced)
    // Invisible formatting characters (a zero-width space, a soft hyphen) part no words: `giz\u200Bmodo` is `gizmodo`.
    .replace(/\p{Cf}/gu, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id.length <= MAX_ID_LENGTH) return id;
  const cut = id.slice(0, MAX_ID_LENGTH + 1);
  return cut.includes('-') ? cut.replace(/-[^-]*$/, '') : cut.slice(0, MAX_ID_LENGTH);
}

/**
 * The words other tools and fact-checkers' scales use for the values of our fixed lists, by
 * field: `rating: false` (PolitiFact's, Snopes's) means `inaccurate`, `kind: news` means
 * `report`. No typo is that far from what it means, so {@link nearest} cannot find these.
 */
const SYNONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'verdict.rating': {
    true: 'accurate',
    correct: 'accurate',
    'mostly-true': 'mostly-accurate',
    'mostly-correct': 'mostly-accurate',
    'half-true': 'mixed',
    'partly-true': 'mixed',
    'partly-false': 'mixed',
    mixture: 'mixed',
    'mostly-false': 'misleading',
    'missing-context': 'misleading',
    false: 'inaccurate',
    incorrect: 'inaccurate',
    wrong: 'inaccurate',
    untrue: 'inaccurate',
    fake: 'inaccurate',
    'pants-on-fire': 'inaccurate',
    unproven: 'unverifiable',
    unverified: 'unverifiable',
    unsupported: 'unverifiable',
  },
  kind: {
    news: 'report',
    article: 'report',
    explainer: 'analysis',
    feature: 'analysis',
    editorial: 'opinion',
    comment: 'opinion',
    column: 'opinion',
    'op-ed': 'opinion',
    roundup: 'aggregate',
    digest: 'aggregate',
    statement: 'press-release',
    release: 'press-release',
    claim: 'fact',
    number: 'figure',
    statistic: 'figure',
    quotation: 'quote',
    forecast: 'prediction',
    organization: 'organisation',
    company: 'organisation',
    institution: 'organisation',
  },
};

/**
 * What `value` of `field` means among `allowed`, when it is another scale's word for one of them
 * (spaces and underscores read as hyphens, any case), or undefined.
 */
export function synonymOf(field: string, value: string, allowed: readonly string[]): string | undefined {
  const meant = SYNONYMS[field]?.[value.trim().toLowerCase().replace(/[\s_]+/g, '-')];
  return meant !== undefined && allowed.includes(meant) ? meant : undefined;
}
