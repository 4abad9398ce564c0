/**
 * The real Markdown pipeline, as Astro runs it: Astro's unified processor with our plugins
 * (src/plugins/index.ts). `render` returns the HTML and the mentions Astro would store.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified as astroUnified } from '@astrojs/markdown-remark';
import { findMentions } from '../../../src/check/markdown.ts';
import type { Mention } from '../../../src/lib/mentions.ts';
import { markdownPipeline } from '../../../src/plugins/index.ts';

const renderer = await astroUnified(markdownPipeline()).createRenderer({
  syntaxHighlight: false,
} as Parameters<ReturnType<typeof astroUnified>['createRenderer']>[0]);

export interface Rendered {
  html: string;
  mentions: Mention[];
}

/**
 * Renders a Markdown body. With `fileText`, the body is written inside that file (as Astro's
 * content layer passes the body alone, with the file's path), so positions count from its top.
 * `frontmatter` is the record's data, as Astro passes it with the body (`{ language: 'ar' }`).
 */
export async function render(body: string, fileText?: string, frontmatter: Record<string, unknown> = {}): Promise<Rendered> {
  let fileURL: URL | undefined;
  if (fileText !== undefined) {
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-plugin-'));
    const file = path.join(dir, 'article.md');
    writeFileSync(file, fileText);
    fileURL = pathToFileURL(file);
  }
  const result = await renderer.render(body, { frontmatter, fileURL } as Parameters<typeof renderer.render>[1]);
  const mentions = (result.metadata.frontmatter as { mentions?: Mention[] }).mentions ?? [];
  return { html: result.code, mentions };
}

/** Parses a whole file (frontmatter included), as the content checks do, and returns the mentions and problems found. */
export function parse(fileText: string) {
  return findMentions(fileText);
}
