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
 * 1. White space is collapsed and trimmed: the browser matches rendered text, where a line break
 *    in our record is one space on the page.
 * 2. A span with an elision (`…` or `...`) is matched as a range: from the words before the first
 *    elision to the words after the last one, so the words we left out do not break the match.
 * 3. A span of more than {@link RANGE_THRESHOLD} words is matched as a range of its first and last
 *    {@link RANGE_WORDS} words: a shorter link that still survives small differences in the middle
 *    (a changed quotation mark, an inserted link).
 * 4. Any fragment the URL already has is kept, and the directive follows it; a text directive it
 *    already carries is replaced.
 * 5. The address is written as the URL parser serialises it, so characters that may not appear
 *    in a URL (`"`, `<`, `>`, spaces) are percent-encoded; an address that does not parse is
 *    returned as it is.
 */

/** Spans longer than this many words become a `start,end` range. */
export const RANGE_THRESHOLD = 10;
/** How many words each end of a range keeps. */
export const RANGE_WORDS = 4;

/** The fragment directive's delimiter. */
const DIRECTIVE = ':~:';
const ELISION = /\s*(?:\u2026|\.\.\.)\s*/;

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
export function textDirectiveTerms(span: string): { start: string; end?: string } | undefined {
  const text = collapse(span);
  if (text === '') return undefined;
  const pieces = text.split(ELISION).map(collapse).filter((p) => p !== '');
  if (pieces.length === 0) return undefined;
  if (pieces.length > 1) {
    return { start: tail(pieces[0]!, 'start'), end: tail(pieces.at(-1)!, 'end') };
  }
  const only = pieces[0]!;
  const words = only.split(' ');
  if (words.length > RANGE_THRESHOLD) {
    return { start: words.slice(0, RANGE_WORDS).join(' '), end: words.slice(-RANGE_WORDS).join(' ') };
  }
  return { start: only };
}

/** Of one side of an elision, the words nearest the span's edge (all of them when few). */
function tail(piece: string, side: 'start' | 'end'): string {
  const words = piece.split(' ');
  if (words.length <= RANGE_THRESHOLD) return piece;
  return side === 'start' ? words.slice(0, RANGE_WORDS).join(' ') : words.slice(-RANGE_WORDS).join(' ');
}

/** The directive itself, `text=…`, for a span, or undefined when the span has no words. */
export function textDirective(span: string): string | undefined {
  const terms = textDirectiveTerms(span);
  if (!terms) return undefined;
  const start = encodeTextDirectiveTerm(terms.start);
  return terms.end === undefined ? `text=${start}` : `text=${start},${encodeTextDirectiveTerm(terms.end)}`;
}

/**
 * `url` with a text fragment that highlights `spanText` in it. Returns `url` unchanged when the
 * span has no words.
 *
 *   textFragmentUrl('https://example.com/a', 'pause - now, & then')
 *   // 'https://example.com/a#:~:text=pause%20%2D%20now%2C%20%26%20then'
 */
export function textFragmentUrl(url: string, spanText: string): string {
  const directive = textDirective(spanText);
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
