/**
 * Addresses from content, written the way the URL parser serialises them. The schema accepts any
 * http(s) address `new URL` can parse, and the parser is lenient: `https://a.example/?q="<x>` is
 * accepted as written, but is not a valid URL in HTML, JSON Schema's `uri` format or a feed.
 * Serialising it percent-encodes what may not appear (`"` → `%22`, `<` → `%3C`, spaces…), so the
 * same address is valid everywhere and still leads to the same page.
 *
 *   normalisedUrl('https://a.example/?q="<x>')  // 'https://a.example/?q=%22%3Cx%3E'
 */

/** The address as the URL parser writes it; an address that does not parse is returned as it is. */
export function normalisedUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
