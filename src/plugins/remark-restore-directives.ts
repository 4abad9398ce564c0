/**
 * remark-restore-directives: puts back, as plain text, every directive that no plugin of ours
 * gave a meaning to. remark-directive reads `10:30`, `3:1` or `host:8080` as text directives
 * (`:30`, `:1`, `:8080`); without this plugin those words would vanish from the page.
 *
 * ```md
 * The vote closed at 10:30, 3:1 in favour; the server listens on host:8080.
 * ```
 *
 * renders as
 *
 * ```html
 * <p>The vote closed at 10:30, 3:1 in favour; the server listens on host:8080.</p>
 * ```
 *
 * A directive with a label keeps the label's formatting (`:abbr[**AI**]` shows `:abbr[` then
 * bold `AI` then `]`). It runs before the plugins that handle directives and leaves their
 * directives (`keep`) alone, so they see `07:00` inside their own labels as plain text.
 */
import type { Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';

type Directive = TextDirective | LeafDirective | ContainerDirective;

function isDirective(node: RootContent): node is Directive {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
}

const text = (value: string): Text => ({ type: 'text', value });

export interface Options {
  /** Names of the directives other plugins handle, left as they are (default: `[]`). */
  keep?: string[];
}

export default function remarkRestoreDirectives(options: Options = {}) {
  const keep = new Set(options.keep ?? []);
  return function transformer(tree: Root, file: VFile) {
    const source = String(file.value);
    const slice = (from?: number, to?: number) =>
      from !== undefined && to !== undefined ? source.slice(from, to) : '';

    /** The directive as phrasing content: `:name[` + label + `]{attributes}`. */
    function inline(node: TextDirective | LeafDirective, label: PhrasingContent[]): PhrasingContent[] {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const first = label[0]?.position?.start.offset;
      const last = label.at(-1)?.position?.end.offset;
      if (first === undefined || last === undefined) return [text(slice(start, end) || `:${node.name}`)];
      return [text(slice(start, first)), ...label, text(slice(last, end))];
    }

    function restore(node: Directive): RootContent[] {
      if (node.type === 'textDirective') return inline(node, node.children);
      if (node.type === 'leafDirective') {
        const paragraph: Paragraph = { type: 'paragraph', children: inline(node, node.children) };
        return [paragraph];
      }
      // Container: its opening line as text, its content as it is, its closing fence as text.
      const start = node.position?.start.offset;
      const lineEnd = start === undefined ? -1 : source.indexOf('\n', start);
      const opening = start === undefined ? `:::${node.name}` : source.slice(start, lineEnd === -1 ? undefined : lineEnd);
      const body = node.children.filter(
        (child) => !(child.type === 'paragraph' && (child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel),
      );
      return [
        { type: 'paragraph', children: [text(opening.trimEnd())] },
        ...body,
        { type: 'paragraph', children: [text(':::')] },
      ];
    }

    function walk(parent: Parent) {
      const children = parent.children as RootContent[];
      for (let i = 0; i < children.length; i++) {
        const node = children[i]!;
        if ('children' in node) walk(node as Parent);
        if (isDirective(node) && !keep.has(node.name)) {
          const replacement = restore(node);
          children.splice(i, 1, ...replacement);
          i += replacement.length - 1;
        }
      }
    }

    walk(tree);
  };
}
