/**
 * The Markdown pipeline for article bodies, in order. Astro's unified processor runs
 * remark-parse, GFM, then these remark plugins, remark-rehype, then these rehype plugins.
 * Smart punctuation is off: an evidence span must show the article's own characters.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import remarkDirective from 'remark-directive';
import rehypeClaimMentions from './rehype-claim-mentions.ts';
import rehypeContainedRaw from './rehype-contained-raw.ts';
import rehypeBodyHeadingIds from './rehype-heading-ids.ts';
import rehypeImageText from './rehype-image-text.ts';
import { rehypeCheckOwnIds, rehypeMarkOwnIds } from './rehype-own-ids.ts';
import rehypeQuotedLanguage from './rehype-quoted-language.ts';
import rehypeSafeHtml from './rehype-safe-html.ts';
import rehypeTableRegions from './rehype-table-regions.ts';
import rehypeValidHtml from './rehype-valid-html.ts';
import remarkLiteralHtml from './remark-literal-html.ts';
import remarkClaimMentions, { type Options as ClaimMentionOptions } from './remark-claim-mentions.ts';
import remarkRestoreDirectives from './remark-restore-directives.ts';

export type PipelineOptions = ClaimMentionOptions;

export function markdownPipeline(options: PipelineOptions = {}): UnifiedProcessorOptions {
  return {
    gfm: true,
    smartypants: false,
    // Unknown directives are put back first, so `07:00` inside a mention's span stays in its text.
    // Raw HTML that is no markup HTML knows is the text written (remark-literal-html), before mentions read their passages.
    remarkPlugins: [
      remarkDirective,
      [remarkRestoreDirectives, { keep: [options.name ?? 'claim'] }],
      [remarkLiteralHtml, { name: options.name ?? 'claim' }],
      [remarkClaimMentions, options],
    ],
    // Ids and classes from raw HTML are dropped (rehype-own-ids): only the pipeline's own survive.
    // Raw HTML cannot hide what follows it (rehype-contained-raw).
    // An image is shown as its description, in words (rehype-image-text), before the sanitiser removes it.
    // The sanitised tree is brought into HTML's content model (rehype-valid-html).
    // Headings get `h-` ids (rehype-heading-ids), apart from the page's own.
    // An article's own words carry its language and direction (rehype-quoted-language).
    // Tables scroll sideways in a labelled region a keyboard reaches (rehype-table-regions).
    rehypePlugins: [rehypeMarkOwnIds, rehypeContainedRaw, rehypeRaw, rehypeCheckOwnIds, rehypeImageText, rehypeSafeHtml, rehypeValidHtml, rehypeClaimMentions, rehypeBodyHeadingIds, rehypeQuotedLanguage, rehypeTableRegions],
  };
}
