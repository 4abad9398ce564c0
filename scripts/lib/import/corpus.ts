/**
 * What `npm run new` needs to know of the corpus: outlets (to recognise the publisher), stories
 * (to suggest one), claims with their statements and the spans already marked for them (to
 * suggest matches), and the articles' addresses and archive files (to refuse a second import).
 *
 * The mention spans come from the content checks (src/check), which read every record once and
 * cache what they find by the file's hash; only the few frontmatter fields below are read here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../../../src/check/index.ts';
import { parseYaml, splitFrontmatter } from '../../../src/check/frontmatter.ts';
import { registryEntries, registryPath } from '../published-urls.ts';
import type { ClaimText } from './passages.ts';

export interface OutletInfo {
  id: string;
  name: string;
  url?: string | undefined;
  unidentified: boolean;
  /** The ids it was published under before (`aliases`). */
  aliases?: string[];
}

export interface StoryInfo {
  id: string;
  title: string;
  summary: string;
  /** The ids it was published under before (`aliases`). */
  aliases?: string[];
}

export interface ArticleInfo {
  slug: string;
  /** The ids it was published under before (`aliases`): their addresses redirect to it. */
  aliases?: string[];
  headline?: string | undefined;
  /** As the record writes it (`2026-06-05`, `2026-06-05T09:30:00Z`), when it has one. */
  published?: string | undefined;
  /** Its outlet's id. */
  outlet?: string | undefined;
  url?: string | undefined;
  archive?: string | undefined;
  /** The spans its claim mentions quote: the article's own words, to know it again without its archive. */
  spans?: string[];
}

export interface EntityInfo {
  id: string;
  /** Its name and the other names the coverage uses for it. */
  names: string[];
}

export interface CorpusInfo {
  outlets: OutletInfo[];
  entities: EntityInfo[];
  stories: StoryInfo[];
  claims: ClaimText[];
  articles: ArticleInfo[];
  /**
   * The article ids published-urls.txt records (`/articles/<id>/`): a record's, a renamed one's
   * old id, or one removed on purpose. The checks refuse another article that takes one.
   */
  publishedSlugs?: string[];
  /** Problems the checks found in the corpus (the import still works; the build will not). */
  problems: number;
}

export async function readCorpus(root: string, contentDir: string): Promise<CorpusInfo> {
  const result = await checkContent({ root, contentDir });
  const info: CorpusInfo = { outlets: [], entities: [], stories: [], claims: [], articles: [], problems: result.problems.length };
  const spans = new Map<string, string[]>();
  const quoted = new Map<string, string[]>();
  for (const facts of result.facts) {
    if (facts.collection !== 'articles') continue;
    quoted.set(facts.id, facts.mentions.map((m) => m.text));
    for (const m of facts.mentions) {
      const list = spans.get(m.claim);
      if (list) list.push(m.text);
      else spans.set(m.claim, [m.text]);
    }
  }
  for (const facts of result.facts) {
    const data = fieldsOf(path.join(root, facts.file), facts.collection === 'outlets' || facts.collection === 'entities');
    if (!data) continue;
    const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
    switch (facts.collection) {
      case 'outlets':
        info.outlets.push({ id: facts.id, name: text('name') ?? facts.id, url: text('url'), unidentified: data.unidentified === true, aliases });
        break;
      case 'entities': {
        const names = Array.isArray(data.names) ? data.names.filter((n): n is string => typeof n === 'string') : [];
        info.entities.push({ id: facts.id, names: [text('name') ?? facts.id, ...names] });
        break;
      }
      case 'stories':
        info.stories.push({ id: facts.id, title: text('title') ?? facts.id, summary: text('summary') ?? '', aliases });
        break;
      case 'claims':
        info.claims.push({ id: facts.id, story: text('story') ?? '', texts: [text('statement') ?? '', ...(spans.get(facts.id) ?? [])] });
        break;
      case 'articles':
        info.articles.push({ slug: facts.id, headline: text('headline'), published: dateText(data.published), outlet: text('outlet'), url: text('url'), archive: text('archive'), aliases, spans: quoted.get(facts.id) ?? [] });
        break;
    }
  }
  const registry = registryPath(root, contentDir);
  if (existsSync(registry)) {
    info.publishedSlugs = registryEntries(readFileSync(registry, 'utf8')).flatMap((e) => /^\/articles\/([a-z0-9-]+)\/$/.exec(e.path)?.[1] ?? []);
  }
  return info;
}

/** A record's fields: its YAML, or its Markdown's frontmatter. Undefined when unreadable. */
/** A date as a record writes it: YAML may read it as a string or, unquoted, as a date. */
function dateText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().replace(/T00:00:00\.000Z$/, '') : undefined;
}

function fieldsOf(file: string, yaml: boolean): Record<string, unknown> | undefined {
  let text: string;
  try {
    // A byte-order mark before the frontmatter, as some Windows editors save a file (the checks read it so too).
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
  let source = text;
  if (!yaml) {
    const split = splitFrontmatter(text);
    if (split.kind !== 'ok') return undefined;
    source = split.yaml;
  }
  const parsed = parseYaml(source);
  return parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? (parsed.data as Record<string, unknown>) : undefined;
}
