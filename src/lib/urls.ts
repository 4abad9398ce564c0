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
