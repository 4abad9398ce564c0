/**
 * rehype-contained-raw: raw HTML cannot take the rest of the body with it. rehype-raw parses all
 * of a body's raw HTML as one document, with the Markdown around it, so an element left open in
 * raw HTML holds what follows. For most elements that only nests the rest (and the sanitiser
 * keeps its words), but three take it out of the page: everything after `<plaintext>` is text,
 * everything after `<template>` is dropped with it, and everything after `<select>` loses its
 * markup. A claim mention after one of them was no longer on the page, while its claim page still
 * counted it and linked to its anchor. Their tags are removed from raw HTML before rehype-raw
 * parses it (none has a use in a record); what they held stays, and is sanitised as usual.
 *
 * ```md
 * <template>
 *
 * The :claim[words]{#x}.
 * ```
 *
 * renders the mention as if the `<template>` were not there.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Start and end tags of the elements that would take the rest of the body. */
const HIDING_TAG = /<\/?(?:plaintext|template|select)(?=[\s/>])[^>]*>?/gi;

/** `html` without those tags (removed until none is left, so no tag is rebuilt from the pieces of one). */
export function withoutHidingTags(html: string): string {
  let before: string;
  let after = html;
  do {
    before = after;
    after = before.replace(HIDING_TAG, '');
  } while (after !== before);
  return after;
}

/** A `raw` node of raw HTML, as remark-rehype leaves it for rehype-raw. */
interface Raw {
  type: 'raw';
  value: string;
}

const isRaw = (node: unknown): node is Raw => (node as { type?: unknown }).type === 'raw' && typeof (node as { value?: unknown }).value === 'string';

export default function rehypeContainedRaw() {
  return function transformer(tree: Root) {
    visit(tree, (node) => {
      // hast's own types do not list `raw` nodes.
      const raw: unknown = node;
      if (isRaw(raw)) raw.value = withoutHidingTags(raw.value);
    });
  };
}
