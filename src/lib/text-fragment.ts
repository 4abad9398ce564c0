/**
 * Text fragments: links that open an original article scrolled to, and highlighting, the passage
 * we quote from it (`https://example.com/story#:~:text=the%20passage`). The syntax is the WICG
 * "URL Fragment Text Directives" specification:
 *
 *   #:~:text=[prefix-,]textStart[,textEnd][,-suffix]
 *
 * `-`, `&` and `,` are part of that syntax, so inside a term they must be percent-encoded, as is
 * everything `encodeURIComponent` encodes. A browser without text fragments simply opens the page.
 *
 * Rules, in order:
 * 1. White space is collapsed and trimmed: the browser matches rendered text, where a line of our
 *    record continued on the next is one space on the page. A line break the span shows (`<br>`,
 *    `\` at a line's end; `\n` in a mention's text, remark-claim-mentions) is not: a browser does
 *    not match words across one, so the span is matched as a range around it, as in rule 2.
 * 2. A span with an elision (`…` or `...`) is matched as a range: from the words before the first
 *    elision to the words after the last one, so the words we left out do not break the match.
 *    So is a span with a dash (`–`, `—`, a hyphen or two between spaces, `--`): a record may write
 *    the original's dash another way (docs/authoring.md), and a browser matches a dash only to
 *    itself (`six weeks - perhaps longer` does not find `six weeks – perhaps longer`), so the
 *    range runs from the words before the first dash to the words after the last one. A range
 *    broken so starts at its first piece of {@link START_WORDS} words or more, when it has one: a
 *    word or two before the first break (`A pause — if it comes…`) are often on the page earlier.
 * 3. A span of more than {@link RANGE_THRESHOLD} words is matched as a range of its first and last
 *    {@link RANGE_WORDS} words: a shorter link that still survives small differences in the middle
 *    (a changed quotation mark, an inserted link).
 * 4. A span whose first words occur earlier in its passage (`the council said the bridge…
 *    :claim[the bridge] is safe`), in a quotation of the record before it, or in the article's
 *    headline (the original shows it above its body), would land on that earlier occurrence, the
 *    first on the page: its directive carries the words around it in the
 *    passage as context (`prefix-,textStart,-suffix`, up to {@link CONTEXT_WORDS} each;
 *    {@link fragmentContext}). Only a quotation's words are the original's (quoted exactly): a span
 *    in our own account (a paragraph, list item or cell outside `>`) has no context
 *    (remark-claim-mentions), as words of ours around it would make the link find nothing. When
 *    the headline holds its `textStart` (a range's first {@link RANGE_WORDS} words), the start
 *    takes more of the span's own words, as many as it needs for the headline not to hold them
 *    ({@link accountContext}): a range from the headline's words to the span's end would land on
 *    the headline. A span the headline holds in full (or its whole first piece) is left as it is:
 *    nothing in its words, nor in ours around it, tells the body's occurrence from the headline's,
 *    and the link highlights the headline's words, which are the original's too.
 * 5. Any fragment the URL already has is kept, and the directive follows it; a text directive it
 *    already carries is replaced.
 * 6. The address is written as the URL parser serialises it, so characters that may not appear
 *    in a URL (`"`, `<`, `>`, spaces) are percent-encoded; an address that does not parse is
 *    returned as it is.
 */

/** Spans longer than this many words become a `start,end` range. */
export const RANGE_THRESHOLD = 10;
/** How many words each end of a range keeps. */
export const RANGE_WORDS = 4;

/** The fewest words the first piece of a range broken by a dash or an elision starts with, when a later piece has as many. */
export const START_WORDS = 3;

/** How many words of the passage before and after a span its context keeps. */
export const CONTEXT_WORDS = 3;

/** The words around a span in its passage that tell its place from an earlier occurrence of its words. */
export interface FragmentContext {
  /** The words just before the span (may be empty). */
  prefix: string;
  /** The words just after the span (may be empty). */
  suffix: string;
  /**
   * How many of the span's first words its `textStart` keeps, when it needs more than a range's
   * {@link RANGE_WORDS} for the headline not to hold it: a span in our own account ({@link accountContext}).
   */
  startWords?: number;
}

/** The fragment directive's delimiter. */
const DIRECTIVE = ':~:';
const ELISION = /\s*(?:\u2026|\.\.\.)\s*/;
/** A dash between words, however a record writes it: not a hyphen inside a word (`so-called`). */
const DASH = /\s+-\s+|\s*--+\s*|\s*[\u2012-\u2015\u2E3A\u2E3B]\s*/;
/** What splits a span into the pieces a range runs between: an elision or a dash. */
const BREAK = new RegExp(`${ELISION.source}|${DASH.source}`);
/**
 * A line break the span shows (`<br>`, `\` at a line's end: `\n` in a mention's text, where a line
 * of the source continued on the next is a space). A browser does not match words across it.
 */
const LINE_BREAK = /\s*\n\s*/;

/** The pieces of a text between its line breaks, then its elisions and dashes, each collapsed. */
function piecesOf(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .flatMap((line) => collapse(line).split(BREAK))
    .map(collapse)
    .filter((p) => p !== '');
}

/**
 * Percent-encodes one term of a text directive: everything `encodeURIComponent` encodes, plus
 * `-` (the directive's own syntax) and `!'()*` (reserved in RFC 3986, encoded for safety).
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/[-!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Collapses white space to single spaces and trims. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The `textStart` and optional `textEnd` that find `span` on the original page. */
export function textDirectiveTerms(span: string, startWords = RANGE_WORDS): { start: string; end?: string } | undefined {
  let pieces = piecesOf(span);
  if (pieces.length === 0) return undefined;
  // A first piece of a word or two (`A pause — if it comes…`) is often on the page before the
  // passage, in a headline: the range starts at the first piece of more words, when there is one.
  const first = pieces.findIndex((p) => p.split(' ').length >= START_WORDS);
  if (first > 0) pieces = pieces.slice(first);
  if (pieces.length > 1) {
    return { start: tail(pieces[0]!, 'start', startWords), end: tail(pieces.at(-1)!, 'end') };
  }
  const only = pieces[0]!;
  const words = only.split(' ');
  // A longer start that would reach the end's words leaves no range: the span is matched whole.
  if (words.length > RANGE_THRESHOLD && Math.max(startWords, RANGE_WORDS) + RANGE_WORDS <= words.length) {
    return { start: words.slice(0, Math.max(startWords, RANGE_WORDS)).join(' '), end: words.slice(-RANGE_WORDS).join(' ') };
  }
  return { start: only };
}

/** Of one side of an elision, the words nearest the span's edge (all of them when few; at the start, at least `startWords`). */
function tail(piece: string, side: 'start' | 'end', startWords = RANGE_WORDS): string {
  const words = piece.split(' ');
  if (words.length <= RANGE_THRESHOLD) return piece;
  return side === 'start' ? words.slice(0, Math.max(startWords, RANGE_WORDS)).join(' ') : words.slice(-RANGE_WORDS).join(' ');
}

/**
 * The context of a span in our own account, which has no words of the original around it (rule
 * 4): undefined, unless the original's headline, shown above its body, holds the span's
 * `textStart` (a range's first words), where the link would land; then the fewest of the span's
 * first words (`startWords`) its start needs for the headline not to hold it. Undefined too when
 * even the longest start the span allows is in the headline: nothing tells the two apart.
 *
 *   accountContext('A pause, its critics and its costs', 'its critics and its costs were counted by the treasury, line by line')
 *   // { prefix: '', suffix: '', startWords: 6 }: `text=its critics and its costs were,treasury, line by line` (encoded)
 */
export function accountContext(headline: string, span: string): FragmentContext | undefined {
  const held = (words: string) => collapse(headline).toLowerCase().includes(words.toLowerCase());
  let start = textDirectiveTerms(span)?.start;
  if (start === undefined || !held(start)) return undefined;
  for (let n = RANGE_WORDS + 1; ; n++) {
    const longer = textDirectiveTerms(span, n)!.start;
    if (!held(longer)) return { prefix: '', suffix: '', startWords: n };
    // The start takes no more words: it is all the span (or its first piece) can give.
    if (longer === start) return undefined;
    start = longer;
  }
}

/**
 * The context a span needs, given the text of its passage before and after it: undefined when the
 * span's first words (its `textStart`) do not occur earlier in the passage, so the first match on
 * the page is already the span's own; else the last {@link CONTEXT_WORDS} words before it and the
 * first ones after it (a prefix glued to the span, as `“` before `“We…`, is kept as it is), each
 * stopping at an elision (`…`, `...`), since the words we left out are not on the page, at a
 * dash, which may be written another way there, and at a line break (`\n`), which a browser does
 * not match across.
 */
export function fragmentContext(before: string, span: string, after: string): FragmentContext | undefined {
  const terms = textDirectiveTerms(span);
  if (!terms) return undefined;
  const lead = before.replace(/\s+/g, ' ').replace(/^ /, '');
  // Browsers match text fragments ignoring case.
  const at = `${lead}${collapse(span)}`.toLowerCase().indexOf(terms.start.toLowerCase());
  if (at === -1 || at >= lead.length) return undefined;
  // Words we left out (an elision) are not on the page, and a dash may be another there: the context stops at one.
  // A range that starts past the span's first piece has words between the prefix and its start.
  const fromStart = collapse(span).toLowerCase().startsWith(terms.start.toLowerCase());
  // So does a line break, which a browser does not match across either.
  const lastLine = before.slice(before.lastIndexOf('\n') + 1).replace(/\s+/g, ' ');
  const firstLine = after.split('\n', 1)[0]!;
  const prefix = fromStart ? collapse(lastLine.split(BREAK).at(-1)!).split(' ').slice(-CONTEXT_WORDS).join(' ') : '';
  const suffix = collapse(firstLine.split(BREAK)[0]!).split(' ').slice(0, CONTEXT_WORDS).join(' ');
  return prefix === '' && suffix === '' ? undefined : { prefix, suffix };
}

/**
 * The directive itself, `text=…`, for a span, or undefined when the span has no words; with the
 * span's context (from {@link fragmentContext}), `text=prefix-,…,-suffix`.
 */
export function textDirective(span: string, context?: FragmentContext): string | undefined {
  const terms = textDirectiveTerms(span, context?.startWords);
  if (!terms) return undefined;
  const parts = [encodeTextDirectiveTerm(terms.start)];
  if (terms.end !== undefined) parts.push(encodeTextDirectiveTerm(terms.end));
  if (context?.prefix) parts.unshift(`${encodeTextDirectiveTerm(collapse(context.prefix))}-`);
  if (context?.suffix) parts.push(`-${encodeTextDirectiveTerm(collapse(context.suffix))}`);
  return `text=${parts.join(',')}`;
}

/**
 * `url` with a text fragment that highlights `spanText` in it, with the span's context in its
 * passage when it has one (a mention's `context`). Returns `url` unchanged when the span has no
 * words.
 *
 *   textFragmentUrl('https://example.com/a', 'well-known, & then')
 *   // 'https://example.com/a#:~:text=well%2Dknown%2C%20%26%20then'
 */
export function textFragmentUrl(url: string, spanText: string, context?: FragmentContext): string {
  const directive = textDirective(spanText, context);
  if (!directive) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  // The URL parser percent-encodes what may not stand in a URL (`"`, `<`, space…), so the link is
  // valid whatever the address as written contained.
  let fragment = parsed.hash.slice(1);
  const existing = fragment.indexOf(DIRECTIVE);
  if (existing !== -1) fragment = fragment.slice(0, existing);
  parsed.hash = '';
  return `${parsed.href}#${fragment}${DIRECTIVE}${directive}`;
}
