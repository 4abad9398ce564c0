/**
 * Published mention anchors: the ids of an article page's passages (`#m-<claim>-<hash of the
 * span's words>`, src/lib/mentions.ts) that links from elsewhere may point at. An anchor is made
 * from its span's words, so that adding or moving mentions leaves it as it is; but an edit of the
 * words (a typo mended, a quotation checked against the original) makes another, and a link
 * published with the old one would open the page at its top. Anchors already published cannot
 * change, so the site keeps each one it published: `npm run urls` records every article page's
 * anchors in `published-anchors.txt` (beside `published-urls.txt`), and the build puts each
 * recorded anchor its page no longer has on the passage that took its place ({@link keptAnchors}).
 *
 * The file has one line an article page: its path, then its anchors in the order they were first
 * recorded, `#` for comments:
 *
 * ```
 * /articles/gazette-bridge-closed/ m-bridge-closed-for-repairs-0x1y2z3 m-bridge-unsafe-report-1a2b3c4
 * ```
 */

/** The registry's file name, beside `published-urls.txt`. */
export const ANCHOR_REGISTRY_NAME = 'published-anchors.txt';

/** A mention anchor as the site writes it: `m-`, the claim's id, its words' hash (7 letters or digits), a number when repeated. */
const ANCHOR = /^m-[a-z0-9-]+$/;
const HASH_AND_NUMBER = /^[0-9a-z]{7}(?:-\d+)?$/;

/** The recorded anchors of each page, by path, in the order they were recorded. */
export function parseAnchorRegistry(text: string): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    const [page, ...anchors] = line.trim().split(/\s+/);
    if (page === undefined || page === '' || page.startsWith('#')) continue;
    const list = pages.get(page) ?? [];
    for (const anchor of anchors) if (ANCHOR.test(anchor) && !list.includes(anchor)) list.push(anchor);
    pages.set(page, list);
  }
  return pages;
}

/** The anchors recorded before, each page's new ones after them: an anchor once recorded is never dropped. */
export function mergeAnchors(recorded: ReadonlyMap<string, readonly string[]>, built: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const merged = new Map<string, string[]>();
  for (const [page, anchors] of [...recorded, ...built]) {
    const list = merged.get(page) ?? [];
    for (const anchor of anchors) if (!list.includes(anchor)) list.push(anchor);
    merged.set(page, list);
  }
  return merged;
}

/** The registry's text: a comment, then a line a page with anchors, pages sorted. */
export function formatAnchorRegistry(pages: ReadonlyMap<string, readonly string[]>): string {
  const lines = [...pages]
    .filter(([, anchors]) => anchors.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([page, anchors]) => `${page} ${anchors.join(' ')}`);
  return [
    '# Published passage anchors: each article page, then the ids of its passages (#m-…) as they were published.',
    '# A passage whose words were edited gets another id; the build keeps each one listed here on the passage of the',
    '# same claim that took its place, so links to it still land there. Written by `npm run urls` (docs/deploying.md).',
    ...lines,
    '',
  ].join('\n');
}

/** A mention as an article page shows it: its anchor and its claim. */
export interface AnchoredMention {
  anchor: string;
  claim: string;
}

/**
 * The recorded anchors of an article page that it no longer shows, each on the passage that took
 * its place, by that passage's anchor: the passage with the same words now of another claim (a
 * claim split, a mention given to another claim: `m-old-<hash>` on `m-new-<hash>`); else a passage
 * of the same claim (its current id, or one of its `aliases`, as the anchor was made before a
 * rename) whose anchor was never recorded, its words edited since, taken in the order of the page,
 * one a missing anchor; or, none being left, the claim's first passage in the article. An anchor
 * of a claim the article no longer mentions, its words in no passage, has no place and is left out
 * (a link to it opens the page at its top). `present` holds the ids the page has already (its
 * anchors and those kept for its claims' old ids).
 */
export function keptAnchors(
  recorded: readonly string[],
  mentions: readonly AnchoredMention[],
  aliasesOf: (claim: string) => readonly string[],
  present: ReadonlySet<string>,
): Map<string, string[]> {
  const known = new Set(recorded);
  const kept = new Map<string, string[]>();
  const taken = new Set<string>();
  for (const anchor of recorded) {
    if (present.has(anchor)) continue;
    // The same words (and number), of another claim now.
    const moved = mentions.find((m) => {
      const words = m.anchor.slice(`m-${m.claim}-`.length);
      return anchor.endsWith(`-${words}`) && /^m-[a-z0-9][a-z0-9-]*$/.test(anchor.slice(0, -words.length - 1));
    });
    if (moved) {
      kept.set(moved.anchor, [...(kept.get(moved.anchor) ?? []), anchor]);
      continue;
    }
    // The longest id first: `m-bridge-closed-…` is of `bridge-closed`, not of `bridge`.
    const owners = mentions
      .flatMap((m) => [m.claim, ...aliasesOf(m.claim)].map((id) => ({ id, claim: m.claim })))
      .filter(({ id }) => anchor.startsWith(`m-${id}-`) && HASH_AND_NUMBER.test(anchor.slice(id.length + 3)))
      .sort((a, b) => b.id.length - a.id.length);
    const claim = owners[0]?.claim;
    if (claim === undefined) continue;
    const ofClaim = mentions.filter((m) => m.claim === claim);
    const target = ofClaim.find((m) => !known.has(m.anchor) && !taken.has(m.anchor)) ?? ofClaim[0]!;
    taken.add(target.anchor);
    kept.set(target.anchor, [...(kept.get(target.anchor) ?? []), anchor]);
  }
  return kept;
}
