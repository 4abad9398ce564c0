/**
 * Heading ranks in a rendered body (an article's record, a claim's notes, a story's background).
 * The page puts each body under a heading of its own, so the body's `##` must not sit beside the
 * page's sections: an article record's "## The call" is a part of "The passages and their claims"
 * (an `h2`), so it becomes an `h3`. Rules:
 *
 * 1. The body's shallowest heading becomes `under + 1`; every other heading moves by as much,
 *    keeping the body's own nesting. HTML has no rank past `h6`: a deeper level is an `h6` with
 *    its level in `aria-level` (`<h6 aria-level="7">`), which screen readers announce and the
 *    stylesheet draws apart. Clamped to `h6` alone, an article record's `####`, `#####` and
 *    `######` were three `h6`s, one level to a reader of headings and one look on the page.
 * 2. No heading is more than one rank below the heading before it (the page's heading, for the
 *    first): a body's `## A` then `#### B` become `h3` and `h4`, and a body whose only heading is
 *    `####` gets an `h3`. A skipped rank leaves a reader of headings a level with no heading, and
 *    the Nu Html Checker refuses the page ("skipping 1 heading level").
 * 3. Only tags change (and a deep level's `h6` gains its `aria-level`; the sanitiser keeps no
 *    `aria-` attribute of a body's own). The HTML is our serialised, sanitised output, where a `<` outside a tag is
 *    always escaped; a `<h2` inside a quoted attribute value is read as part of its tag.
 */

/** One tag, with its attributes (quoted values may hold `<` and `>`). */
const TAG = /<(\/?)([A-Za-z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?)>/g;
const HEADING = /^h([1-6])$/i;

/** The body's headings moved below a page heading of rank `under` (1 for `h1`, 2 for `h2`). */
export function nestHeadings(html: string, under: number): string {
  const ranks: number[] = [];
  for (const match of html.matchAll(TAG)) {
    const rank = HEADING.exec(match[2] ?? '')?.[1];
    if (rank && !match[1]) ranks.push(Number(rank));
  }
  if (ranks.length === 0) return html;
  const shift = under + 1 - Math.min(...ranks);
  let previous = under;
  let open: number | undefined;
  return html.replace(TAG, (tag: string, close: string, name: string, rest: string) => {
    const rank = HEADING.exec(name)?.[1];
    if (!rank) return tag;
    const level = Math.min(Number(rank) + shift, previous + 1);
    const moved = Math.min(6, level);
    if (close) {
      const closing = open ?? moved;
      open = undefined;
      return `</h${closing}${rest}>`;
    }
    previous = level;
    open = moved;
    return level > 6 ? `<h6 aria-level="${level}"${rest}>` : `<h${moved}${rest}>`;
  });
}
