/**
 * Addresses from content, written the way the URL parser serialises them. The schema accepts any
 * http(s) address `new URL` can parse, and the parser is lenient: `https://a.example/?q="<x>` is
 * accepted as written, but is not a valid URL in HTML, JSON Schema's `uri` format or a feed.
 * Serialising it percent-encodes what may not appear (`"` → `%22`, `<` → `%3C`, spaces…), and
 * what the parser leaves but RFC 3986 does not allow is percent-encoded after it (`` ` `` → `%60`,
 * `|` → `%7C`…), so the same address is valid everywhere and still leads to the same page.
 *
 *   normalisedUrl('https://a.example/?q="<x>')  // 'https://a.example/?q=%22%3Cx%3E'
 */

/**
 * What the URL parser leaves as written after the host, though neither RFC 3986 nor the URL
 * standard's valid URL strings allow it there (`https://a.example/?q=`x`|y^{z}[0]\`, a `%` that
 * no two hex digits follow, a second `#` in the fragment): HTML's checker and JSON Schema's `uri`
 * refuse an address with one, so it is percent-encoded too, which leads to the same page.
 */
const NOT_IN_URI = /[`{}|^\\[\]]|%(?![0-9A-Fa-f]{2})/g;
const percentEncoded = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

/** The address as the URL parser writes it; an address that does not parse is returned as it is. */
export function normalisedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  // Only after the host: a host with such a character (which the parser lets through) is no host percent-encoding would mend.
  const { pathname, search, hash } = parsed;
  const head = parsed.href.slice(0, parsed.href.length - pathname.length - search.length - hash.length);
  const fragment = hash === '' ? '' : `#${hash.slice(1).replace(/#/g, percentEncoded).replace(NOT_IN_URI, percentEncoded)}`;
  return head + (pathname + search).replace(NOT_IN_URI, percentEncoded) + fragment;
}

/**
 * Whether a host name (as `URL.hostname` gives it) names this machine or a private network, where
 * no reader can follow a link: `localhost` and names under it, a name without a dot (`intranet`),
 * names under `.local`, `.internal`, `.lan` or `.home.arpa`, loopback, private and link-local IPv4
 * addresses, and IPv6 literals.
 */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) return true;
  const ipv4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (ipv4) {
    const [a, b] = [Number(ipv4[1]), Number(ipv4[2])];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  return !host.includes('.') || /(?:^|\.)(?:localhost|local|internal|lan|home\.arpa)$/.test(host);
}

/**
 * The one script of a redirect page (an old id's address, src/layouts/Redirect.astro; a month page
 * or sub-page the build no longer makes, scripts/lib/steps/url-registry.ts), allowed by its hash in
 * the page's policy. A meta refresh drops the `#…` of the address the page was opened with, so a
 * link to a passage of the old page would open the new one at its top: where script runs, this adds
 * a second refresh, to `to` (a site path) with that `#…`, which Chromium follows. `<` written as JSON
 * cannot end the script.
 */
export function fragmentKeeper(to: string): string {
  return `if(location.hash){var m=document.createElement("meta");m.httpEquiv="refresh";m.content="0; url="+${JSON.stringify(to).replace(/</g, '\\u003c')}+location.hash;document.head.appendChild(m)}`;
}
