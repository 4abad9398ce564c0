/**
 * rehype-claim-mentions: runs after sanitising and makes sure that only the mentions that
 * remark-claim-mentions found look like mentions. Raw HTML that imitates one
 * (`<a class="mention" id="m-x-1">`) loses the class, the id and the data attributes, and an id
 * that appears twice keeps only its first element, so anchors stay unique and valid.
 *
 * ```html
 * <a href="/claims/x/" id="m-x-abc" class="mention mention--asserts">…</a> <a id="m-x-abc" class="mention">…</a>
 * ```
 *
 * becomes
 *
 * ```html
 * <a href="/claims/x/" id="m-x-abc" class="mention mention--asserts">…</a> <a>…</a>
 * ```
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export default function rehypeClaimMentions() {
  return function transformer(tree: Root, file: VFile) {
    const anchors = new Set((file.data.mentions ?? []).map((m) => m.anchor));
    const used = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      if (id !== undefined) {
        if (used.has(id)) delete node.properties.id;
        else used.add(id);
      }
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      // The sanitiser leaves an empty list where it removed every class: drop it (no `class=""`).
      if (classes.length === 0) delete node.properties.className;
      const looksLikeMention = classes.includes('mention') || (id ?? '').startsWith('m-') || 'dataClaim' in node.properties;
      const real = id !== undefined && anchors.has(id) && node.properties.id === id;
      if (looksLikeMention && !real) {
        if ((id ?? '').startsWith('m-')) delete node.properties.id;
        node.properties.className = classes.filter((c) => !String(c).startsWith('mention'));
        if ((node.properties.className as unknown[]).length === 0) delete node.properties.className;
        delete node.properties.dataClaim;
        delete node.properties.dataStance;
      }
    });
  };
}
