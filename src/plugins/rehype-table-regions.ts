/**
 * rehype-table-regions: every table in a body scrolls sideways inside a region of its own, which
 * a keyboard can reach and a screen reader names, as the coverage matrix does. Without it a
 * table wider than the screen (a dozen columns in an article record, at 320 px) widened the
 * whole page, which then scrolled sideways (WCAG 1.4.10 Reflow).
 *
 * ```md
 * | Year | Cost |
 * | --- | --- |
 * | 2026 | 14 |
 * ```
 *
 * renders as
 *
 * ```html
 * <div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table>…</table></div>
 * ```
 *
 * The region is named as the table is: by its `<caption>` (raw HTML), or else by the table's
 * place in the body. A caption is as wide as its table, and would scroll away with the columns:
 * the site's style keeps it in the region's visible width (src/styles/global.css).
 *
 * ```html
 * <table><caption>Repair costs</caption>…</table>
 * ```
 *
 * renders as
 *
 * ```html
 * <div class="table-wrap" role="region" aria-label="Repair costs" tabindex="0"><table><caption>Repair costs</caption>…</table></div>
 * ```
 *
 * A word in a cell longer than LONG_WORD characters (an address, a German compound) is put in a
 * box that breaks it only where it is wider than the region, as the coverage matrix does (longWords in
 * src/lib/long-words.ts): unbroken, an address in a cell made its column 343 px wide in a region of 288 px at
 * 320 px, so the column could never be seen whole, and letting every word of a cell break would cut
 * short words that fit ("Corroborat|ed").
 *
 * ```md
 * | Source | Address |
 * | --- | --- |
 * | Report | https://harbour-gazette.example.org/2026/05/12/bridge-closure-full-inspection-report |
 * ```
 *
 * renders the address, in its link, as `<span class="long-word">https://…-report</span>`.
 *
 * A table with nothing to read (no text in it: what the sanitiser left of a mutation-XSS attempt,
 * `<math><mtext><table><mglyph><style>…`, is `<table></table>`) is not emitted: its region was a
 * tab stop where a keyboard user found nothing, announced as "Table 1, region".
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { longWords } from '../lib/long-words.ts';

/** Puts each long word of the text under `node` in a `.long-word` box, except in a caption (held to the region already) and in raw text elements. */
function boxLongWords(node: Element): void {
  if (node.tagName === 'caption' || node.tagName === 'pre') return;
  node.children = node.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') boxLongWords(child);
    if (child.type !== 'text') return [child];
    const parts = longWords(child.value);
    if (!parts.some((part) => part.long)) return [child];
    return parts.map((part): ElementContent => (part.long ? { type: 'element', tagName: 'span', properties: { className: ['long-word'] }, children: [{ type: 'text', value: part.text }] } : { type: 'text', value: part.text }));
  });
}

export default function rehypeTableRegions() {
  return function transformer(tree: Root) {
    let count = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      if (toString(node).trim() === '') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      count += 1;
      const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
      const name = caption ? toString(caption).replace(/\s+/g, ' ').trim() : '';
      const wrap: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-wrap'], role: 'region', ariaLabel: name || `Table ${count}`, tabIndex: 0 },
        children: [node],
      };
      boxLongWords(node);
      parent.children[index] = wrap;
      // Tables nested in this one (raw HTML) scroll with it.
      return [SKIP, index + 1];
    });
  };
}
