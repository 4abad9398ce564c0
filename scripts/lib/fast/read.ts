/** Content files read as Astro's glob() loader reads them, for a fast rebuild (scripts/lib/fast/rebuild.ts). */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toRecord, type CollectionName } from '../../../src/data/records.ts';
import { withWrittenOffsets } from '../../../src/lib/written-dates.ts';
import type { Mention } from '../../../src/lib/mentions.ts';
import type { ContentFileState, FastState, FileStamp } from './state.ts';

/** A content file's record and rendered body, as the state keeps them (without its stamp). */
export type ReadFile = Omit<ContentFileState, keyof FileStamp>;

/** Reads content files as Astro's glob() loader reads them (astro/dist/content/loaders/glob.js). */
export async function contentReader(root: string, config: FastState['config']): Promise<(file: string, collection: CollectionName) => Promise<ReadFile>> {
  // The content model reads `astro:content`: in plain Node, the checks' stand-in.
  await import('../../../src/check/register.ts');
  const configUrl = pathToFileURL(path.join(root, 'astro.config.ts')).href;
  standInForAstroConfig(configUrl);
  const [{ parseFrontmatter }, yaml, { collections }, astroConfig] = await Promise.all([
    import('@astrojs/markdown-remark'),
    import('js-yaml'),
    import('../../../src/content.config.ts'),
    import(configUrl) as Promise<{ default: AstroConfigLike }>,
  ]);
  const processor = astroConfig.default.markdown?.processor;
  if (!processor) throw new Error('astro.config.ts has no markdown.processor');
  const renderer = await processor.createRenderer({
    // As Astro passes them (astro/dist/vite-plugin-markdown/content-entry-type.js), from its resolved configuration.
    image: config.image,
    syntaxHighlight: config.markdown.syntaxHighlight,
    shikiConfig: config.markdown.shikiConfig,
    gfm: config.markdown.gfm,
    smartypants: config.markdown.smartypants,
  });
  return async (file, collection) => {
    const abs = path.resolve(root, file);
    const text = readFileSync(abs, 'utf8');
    const id = path.basename(file).replace(/\.(md|ya?ml)$/, '');
    const yamlFile = !file.endsWith('.md');
    const parsed = yamlFile ? undefined : parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    const raw = (yamlFile ? yaml.load(text, { filename: abs }) : parsed!.frontmatter) as Record<string, unknown>;
    const schema = (collections as Record<string, { schema: { safeParseAsync(data: unknown): Promise<{ success: boolean; data?: unknown; error?: unknown }> } }>)[collection]!.schema;
    const result = await schema.safeParseAsync(raw);
    if (!result.success) throw new Error(`${file} does not match its schema`);
    let html: string | undefined;
    let mentions: Mention[] = [];
    if (parsed) {
      const out = await renderer.render(parsed.content.trim(), { frontmatter: raw, fileURL: pathToFileURL(abs) });
      html = out.code;
      mentions = ((out.metadata.frontmatter as { mentions?: Mention[] }).mentions ?? []) as Mention[];
    }
    // As src/loaders/checked-glob.ts has glob() do: a record keeps the offsets its dates were written in.
    const data = withWrittenOffsets(collection, result.data as Record<string, unknown>, parsed?.rawFrontmatter, file);
    return { collection, id, record: toRecord(collection, id, data, collection === 'articles' ? mentions : []), html };
  };
}

interface AstroConfigLike {
  markdown?: {
    processor?: {
      createRenderer(shared: Record<string, unknown>): Promise<{
        render(body: string, options: { frontmatter: Record<string, unknown>; fileURL: URL }): Promise<{ code: string; metadata: { frontmatter: Record<string, unknown> } }>;
      }>;
    };
  };
}

let standIn = false;

/** `astro/config`, imported by the configuration at `configUrl`, is scripts/lib/fast/astro-config.ts (which says why). */
function standInForAstroConfig(configUrl: string): void {
  if (standIn) return;
  standIn = true;
  const url = new URL('./astro-config.ts', import.meta.url).href;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'astro/config' && context.parentURL === configUrl) return { url, shortCircuit: true };
      return nextResolve(specifier, context);
    },
  });
}
