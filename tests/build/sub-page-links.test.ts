/**
 * The checks work out which sub-pages, and how many numbered pages of each, the site will make
 * (unknown-page, src/check/corpus.ts), from the records alone; the build makes them from its
 * analysis (src/lib/site-index.ts, src/lib/sub-pages.ts). This test holds the two together on a
 * real build of the synthetic corpus whose story, claim and entity outgrow every sub-page
 * (tests/browser/numbered-pages.test.ts builds the same): a link in a body to the last page the
 * build made of each sub-page passes the checks, and one to the page after it, or to a sub-page a
 * record does not have, is refused. A story's claims page is the checks' one bound (it depends on
 * the claims' statuses), so only its pages that exist are tried.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { checkContent } from '../../src/check/index.ts';
import { SUB_PAGES } from '../../src/lib/sub-pages.ts';
import { builtSite, projectRoot } from '../support/build.ts';

const scratch = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests', `sub-page-links-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The numbered pages of each sub-page the build made, by `collection/id/sub`: how many. */
function builtSubPages(dist: string): Map<string, number> {
  const made = new Map<string, number>();
  for (const [collection, subs] of Object.entries(SUB_PAGES)) {
    for (const id of readdirSync(path.join(dist, collection), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      for (const sub of subs ?? []) {
        const folder = path.join(dist, collection, id, sub);
        if (!existsSync(path.join(folder, 'index.html'))) continue;
        const numbered = readdirSync(folder).filter((name) => /^\d+$/.test(name)).map(Number);
        made.set(`${collection}/${id}/${sub}`, Math.max(1, ...numbered));
      }
    }
  }
  return made;
}

const pageLink = (key: string, n: number) => `/${key}/${n > 1 ? `${n}/` : ''}`;

describe('links to sub-pages, against the pages a build makes', () => {
  it('accepts the last page of every sub-page the build made, and refuses the page after it and a sub-page a record does not have', async () => {
    const content = path.join(scratch, 'content');
    writeCorpus(content, generateCorpus({ articles: 120, articlesPerStory: 120, focusClaim: true, focusEntity: true, seed: 5 }));
    const dist = builtSite(path.relative(projectRoot, content));
    const made = builtSubPages(dist);
    // Every kind of sub-page, and some of more than one page, or the test proves little.
    expect(new Set([...made.keys()].map((k) => k.replace(/\/[^/]+\//, '/')))).toEqual(new Set(['stories/timeline', 'stories/claims', 'claims/evidence', 'entities/articles', 'entities/claims']));
    expect([...made.values()].some((n) => n > 1)).toBe(true);

    const fine = [...made].map(([key, n]) => pageLink(key, n));
    const refused = [...made].filter(([key]) => !key.endsWith('/claims') || !key.startsWith('stories/')).map(([key, n]) => pageLink(key, n + 1));
    // A claim and an entity the build made no sub-page for.
    const claim = readdirSync(path.join(dist, 'claims')).find((id) => existsSync(path.join(dist, 'claims', id, 'index.html')) && !made.has(`claims/${id}/evidence`) && id !== 'months')!;
    const entity = readdirSync(path.join(dist, 'entities')).find((id) => existsSync(path.join(dist, 'entities', id, 'index.html')) && !made.has(`entities/${id}/articles`))!;
    refused.push(`/claims/${claim}/evidence/`, `/entities/${entity}/articles/`);

    const linked = path.join(scratch, 'linked');
    cpSync(content, linked, { recursive: true });
    const story = path.join(linked, 'stories', readdirSync(path.join(linked, 'stories'))[0]!);
    writeFileSync(story, `${readFileSync(story, 'utf8')}\n${[...fine, ...refused].map((url) => `[a page](${url})`).join('\n\n')}\n`);
    const { problems } = await checkContent({ root: projectRoot, contentDir: path.relative(projectRoot, linked), cacheDir: false });
    const reported = problems.filter((p) => p.code === 'unknown-page').map((p) => /^This link leads to (\S+?),? /.exec(p.message)?.[1]);
    expect(problems.filter((p) => p.code !== 'unknown-page')).toEqual([]);
    expect(reported.sort()).toEqual([...refused].sort());
  }, 600_000);
});
