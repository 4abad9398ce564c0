/**
 * A page's Content-Security-Policy, cut to what the page itself holds. Astro writes into every
 * page's policy the hash of every inline script and stylesheet the whole site might use: the
 * scripts of its five `client:` directives (for islands of a UI framework, which the site has
 * none of), and the search page's own stylesheet. Some 290 bytes on every page (about 150
 * gzipped) allowed what the page does not contain. A hash is kept only when an inline
 * `<script>` or `<style>` of the page has it, so nothing the page runs is refused; every other
 * source (`'self'`, `'wasm-unsafe-eval'`) stays as written, so no page allows more than before.
 *
 * ```ts
 * keepPageHashes(html) // the same page, its policy without the hashes of what it does not hold
 * ```
 */
import { createHash } from 'node:crypto';

const META = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;
const INLINE = { script: /<script\b([^>]*)>([^]*?)<\/script>/gi, style: /<style\b[^>]*>([^]*?)<\/style>/gi };
const HASH = /^'(sha256|sha384|sha512)-([^']+)'$/;

/** The hashes (`sha256-…`, with the algorithms `algorithms` name) of the inline scripts or stylesheets of `html`. */
function inlineHashes(html: string, kind: 'script' | 'style', algorithms: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const match of html.matchAll(INLINE[kind])) {
    // A script with a src runs the file it names, which 'self' allows, not its content.
    if (kind === 'script' && /\ssrc\s*=/i.test(match[1] ?? '')) continue;
    const content = (kind === 'script' ? match[2] : match[1]) ?? '';
    for (const algorithm of algorithms) found.add(`${algorithm}-${createHash(algorithm).update(content).digest('base64')}`);
  }
  return found;
}

/**
 * `html` with its policy's `script-src` and `style-src` (and their `-elem` forms) keeping only
 * the hashes of the inline scripts and stylesheets the page holds. A page without a policy is
 * returned as it is.
 */
export function keepPageHashes(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const directives = (meta[2] ?? '').split(';');
  const rewritten = directives.map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    const kind = /^script-src(-elem)?$/i.test(name) ? 'script' : /^style-src(-elem)?$/i.test(name) ? 'style' : undefined;
    if (!kind) return directive;
    const algorithms = new Set(sources.map((s) => HASH.exec(s)?.[1]).filter((a): a is string => !!a));
    if (algorithms.size === 0) return directive;
    const present = inlineHashes(html, kind, algorithms);
    const kept = sources.filter((source) => {
      const hash = HASH.exec(source);
      return !hash || present.has(`${hash[1]}-${hash[2]}`);
    });
    return `${directive.startsWith(' ') ? ' ' : ''}${[name, ...kept].join(' ')}`;
  });
  return html.slice(0, meta.index) + meta[1] + rewritten.join(';') + meta[3] + html.slice(meta.index + meta[0].length);
}
