/**
 * The claim mentions of a Markdown record, found by the same remark plugins, in the same order,
 * as the site renders them with (src/plugins/index.ts), run over the whole file with
 * remark-frontmatter so every position counts from the file's first line.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Mention } from '../lib/mentions.ts';
import { markdownPipeline } from '../plugins/index.ts';
import type { MentionProblem } from '../plugins/remark-claim-mentions.ts';

/** The directive name of a claim mention. */
export const MENTION_NAME = 'claim';

export interface FoundMentions {
  mentions: Mention[];
  problems: (MentionProblem & { attributes: Record<string, string | null | undefined> })[];
}

declare module 'vfile' {
  interface DataMap {
    /** Attributes of every claim directive, by the offset it starts at (for the checks' messages). */
    claimAttributes: globalThis.Map<number, Record<string, string | null | undefined>>;
  }
}

/** Records each claim directive's attributes before the mention plugin replaces it. */
function remarkRecordAttributes() {
  return (tree: Root, file: VFile) => {
    const attributes = new Map<number, Record<string, string | null | undefined>>();
    visit(tree, (node) => {
      if ((node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') && node.name === MENTION_NAME) {
        attributes.set(node.position?.start.offset ?? -1, { ...(node.attributes ?? {}) });
      }
    });
    file.data.claimAttributes = attributes;
  };
}

// Astro runs remark-parse and GFM, then the pipeline's remark plugins in their order (other
// directives are put back before mentions are read, so a span holding `07:00` keeps it). The
// attributes are recorded first, before any plugin changes the tree.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkRecordAttributes);
for (const plugin of markdownPipeline({ name: MENTION_NAME }).remarkPlugins ?? []) {
  if (Array.isArray(plugin)) processor.use(plugin[0] as never, plugin[1] as never);
  else processor.use(plugin as never);
}

/** Whether a text can hold a claim mention at all: most claim and story bodies cannot. */
export function mayMention(text: string): boolean {
  return text.includes(`:${MENTION_NAME}`);
}

/** Parses a whole Markdown file (frontmatter included) and returns its mentions and their problems. */
export function findMentions(text: string): FoundMentions {
  if (!mayMention(text)) return { mentions: [], problems: [] };
  const file = new VFile({ value: text });
  processor.runSync(processor.parse(file), file);
  const attributes = file.data.claimAttributes ?? new Map();
  return {
    mentions: file.data.mentions ?? [],
    problems: (file.data.mentionProblems ?? []).map((p) => ({ ...p, attributes: attributes.get(p.start.offset) ?? {} })),
  };
}
