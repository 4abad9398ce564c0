/**
 * README.md and docs/ are read by newcomers on a fresh machine, who follow their words: every
 * relative link and `#anchor` in them resolves, every `npm run X` they name is a script of
 * package.json, and every file of the repository they name exists. So does every test file a
 * comment in the code names as the one that keeps something in step.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/check/index.ts';
import { OPEN_DATA_VERSION, openDataJsonSchema } from '../../src/open-data/schema.ts';

const root = path.resolve(import.meta.dirname, '../..');
const documents = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join('docs', name)),
];
const parse = (file: string): Root => unified().use(remarkParse).use(remarkGfm).parse(readFileSync(path.join(root, file), 'utf8'));

/** The anchors GitHub gives a document's headings: lowercase, punctuation dropped, spaces as hyphens, repeats numbered. */
const anchorsByFile = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  const known = anchorsByFile.get(file);
  if (known) return known;
  const anchors = new Set<string>();
  anchorsByFile.set(file, anchors);
  const seen = new Map<string, number>();
  visit(parse(file), 'heading', (heading) => {
    const slug = toString(heading).toLowerCase().replace(/[^\p{L}\p{N}\p{M} _-]/gu, '').replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  });
  return anchors;
}

describe('README.md and docs/', () => {
  it('link only to files that exist, and to anchors their headings make', () => {
    const broken: string[] = [];
    for (const file of documents) {
      visit(parse(file), 'link', (link) => {
        if (/^[a-z][a-z+.-]*:/i.test(link.url)) return;
        const [target = '', anchor] = link.url.split('#');
        const linked = target ? path.join(path.dirname(file), decodeURIComponent(target)) : file;
        const where = `${file}:${link.position?.start.line}: ${link.url}`;
        if (!existsSync(path.join(root, linked))) broken.push(`${where} (no such file)`);
        else if (anchor && linked.endsWith('.md') && !anchorsOf(linked).has(anchor)) broken.push(`${where} (no such heading)`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('name only npm scripts that package.json has', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const unknown = documents.flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(/\bnpm run ([\w:-]+)/g)].flatMap((m) => (scripts.includes(m[1]!) ? [] : [`${file}: npm run ${m[1]}`])),
    );
    expect(unknown).toEqual([]);
  });

  it('README.md names every npm script of package.json', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const scripts = Object.keys((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const named = (script: string) => new RegExp(`\\bnpm (?:run )?${script}(?![\\w:-])`).test(readme);
    expect(scripts.filter((script) => !named(script))).toEqual([]);
  });

  it('README.md lists, under Pages, every page of src/pages not made from a record', () => {
    const pages = /^## Pages\n([\s\S]*?)^## /m.exec(readFileSync(path.join(root, 'README.md'), 'utf8'))?.[1] ?? '';
    const addresses = readdirSync(path.join(root, 'src/pages'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(astro|ts)$/.test(file) && !file.includes('[') && !/^(404\.astro|robots\.txt\.ts)$/.test(file) && !file.endsWith('.json.ts'))
      .map((file) => `/${file.split(path.sep).join('/').replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '$1').replace(/^([^.]+[^/])$/, '$1/')}`);
    expect(addresses.length).toBeGreaterThan(5);
    expect(addresses.filter((address) => !pages.includes(`\`${address}\``))).toEqual([]);
  });

  it('README.md names every setting (CROSSCHECK_…) that docs/ names', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const settings = new Set(documents.flatMap((file) => readFileSync(path.join(root, file), 'utf8').match(/\bCROSSCHECK_[A-Z_]+/g) ?? []));
    expect([...settings].filter((setting) => !readme.includes(setting))).toEqual([]);
  });

  it('run the project\'s scripts with its own Node (npm run, npx node), never with the machine\'s node, which may not read TypeScript', () => {
    const direct = documents.flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(/(?:^|`)(node (?:--\S+ )*\S+\.ts\b)/gm)].map((m) => `${file}: ${m[1]}`),
    );
    expect(direct).toEqual([]);
  });

  it('name only files and folders of the repository that exist', () => {
    // A path up to its last letter, digit or slash; not one that goes on as a pattern (`tests/build/sharing-*.test.ts`).
    const missing = documents.flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(/(?<![\w./-])((?:src|scripts|tests|docs|bench|public|\.ci)\/[\w./-]*[\w/])(?![\w*<…-])/g)].flatMap((m) =>
        existsSync(path.join(root, m[1]!)) ? [] : [`${file}: ${m[1]}`],
      ),
    );
    expect(missing).toEqual([]);
  });
});

describe('docs/authoring.md', () => {
  it('shows a complete record of each collection, which the checks accept', async () => {
    const guide = readFileSync(path.join(root, 'docs/authoring.md'), 'utf8');
    const dir = mkdtempSync(path.join(root, 'node_modules/.cache/guide-records-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, 'content', file)), { recursive: true });
      writeFileSync(path.join(dir, 'content', file), text);
    };
    try {
      const examples = { Articles: 'articles/bridge-report', Claims: 'claims/bridge-is-safe', Stories: 'stories/harbour-bridge-closure', Outlets: 'outlets/unidentified-forum-post', Entities: 'entities/harbour-council' };
      for (const [heading, file] of Object.entries(examples)) {
        const section = new RegExp(`^## ${heading}\\n([\\s\\S]*?)^## `, 'm').exec(guide)?.[1] ?? '';
        const [, extension, record] = /^```(md|yaml)\n([\s\S]*?)^```$/m.exec(section) ?? [];
        expect(record, `a record under ## ${heading}`).toBeDefined();
        write(`${file}.${extension}`, record!);
      }
      // What the examples name without showing it: the article's outlet, the claims it mentions, the claim's entity and an article that mentions it.
      write('outlets/harbour-gazette.yaml', 'name: Harbour Gazette\n');
      write('entities/harbour-bridge.yaml', 'name: Harbour Bridge\nkind: place\n');
      for (const id of ['bridge-closed-for-repairs', 'bridge-unsafe-report']) write(`claims/${id}.md`, `---\nstatement: A claim the article mentions.\nstory: harbour-bridge-closure\nkind: fact\n---\n`);
      write(
        'articles/forum-post.md',
        '---\nheadline: "[A forum post on the bridge]"\noutlet: unidentified-forum-post\nstory: harbour-bridge-closure\nsummary: A post saying the bridge was safe.\nkind: opinion\nadded: 2026-05-13\n---\n\n> :claim[The bridge was perfectly safe]{#bridge-is-safe}.\n',
      );
      mkdirSync(path.join(dir, 'archive'));
      const relative = path.relative(root, dir);
      const result = await checkContent({ root, contentDir: `${relative}/content`, archiveDir: `${relative}/archive`, cacheDir: false });
      expect([...result.problems, ...result.notices].map((p) => formatProblem(p))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('docs/open-data.md', () => {
  interface SchemaNode {
    properties?: Record<string, SchemaNode>;
    items?: SchemaNode;
    anyOf?: SchemaNode[];
  }
  /** A field of an object, of an array's items, or of either side of a nullable. */
  const field = (node: SchemaNode, key: string): SchemaNode | undefined =>
    node.properties?.[key] ?? (node.items && field(node.items, key)) ?? node.anyOf?.map((n) => field(n, key)).find(Boolean);

  it('names only fields the export has (claims[].firstReported.date), and lists its current version first under Versions', () => {
    const text = readFileSync(path.join(root, 'docs/open-data.md'), 'utf8');
    const schema = openDataJsonSchema('https://crosscheck.example.org/') as SchemaNode;
    const named = [...text.matchAll(/`([a-z]+\[\](?:\.[a-zA-Z]+)+)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(5);
    const unknown = named.filter((name) => {
      let node: SchemaNode | undefined = schema;
      for (const key of name.replaceAll('[]', '').split('.')) node = node && field(node, key);
      return node === undefined;
    });
    expect(unknown).toEqual([]);
    expect(/^## Versions\n[\s\S]*?^- \*\*(\d+)\*\*/m.exec(text)?.[1]).toBe(String(OPEN_DATA_VERSION));
  });
});

describe('docs/plugins/rehype-safe-html.md', () => {
  it('names every rehype plugin of src/plugins where it gives the order they run in', () => {
    const text = readFileSync(path.join(root, 'docs/plugins/rehype-safe-html.md'), 'utf8');
    const order = /^The rehype plugins run in this order[\s\S]*?\.\n\n/m.exec(text)?.[0] ?? '';
    const plugins = readdirSync(path.join(root, 'src/plugins')).filter((name) => name.startsWith('rehype-')).map((name) => name.replace(/\.ts$/, ''));
    expect(plugins.length).toBeGreaterThan(0);
    expect(plugins.filter((name) => !order.includes(name))).toEqual([]);
  });
});

describe('comments in the code', () => {
  it('name only test files that exist', () => {
    const missing: string[] = [];
    for (const folder of ['src', 'scripts', 'public', 'tests']) {
      for (const name of readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })) {
        const file = path.join(folder, name);
        if (file.includes('fixtures') || file.includes('snapshots') || !/\.(ts|astro|mjs|js|css)$|_headers$/.test(file)) continue;
        for (const m of readFileSync(path.join(root, file), 'utf8').matchAll(/\btests\/[\w./-]+\.test\.ts\b/g)) {
          if (!existsSync(path.join(root, m[0]))) missing.push(`${file}: ${m[0]}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
