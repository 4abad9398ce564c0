import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedIds, feedEntries, feedIdsStep } from '../../../scripts/lib/steps/feed-ids.ts';
import type { Corpus } from '../../../src/lib/corpus.ts';
import { articlesFeed, claimsFeed } from '../../../src/lib/feeds.ts';
import { indexCorpus } from '../../../src/lib/lookup.ts';
import { statusHistory } from '../../../src/lib/status-history.ts';
import { article, claim, corpus, mention, outlet } from './corpus.ts';

const root = 'https://example.org/sub/';
const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-feed-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The corpus with claim `k` and article `one` under the ids given, with the aliases given. */
function site(claimId: string, claimAliases: string[], slug: string, slugAliases: string[]): Corpus {
  return corpus({
    outlets: [outlet('o1'), outlet('o2')],
    claims: [claim(claimId, { aliases: claimAliases } as never)],
    articles: [
      article(slug, 'o1', [mention(claimId)], { added: '2026-06-01', aliases: slugAliases } as never),
      article('two', 'o2', [mention(claimId, 'disputes')], { added: '2026-06-02' }),
    ],
  });
}

/** Both feeds of a corpus, as the site writes them. */
function feeds(c: Corpus): { articles: string; claims: string } {
  const data = indexCorpus(c);
  return { articles: articlesFeed(data, root), claims: claimsFeed(data, statusHistory(c), root) };
}

/** Runs the step on a previous site and a new one, each its feeds and the new one's redirect pages (old path → new path). */
function runStep(before: { articles: string; claims: string }, after: { articles: string; claims: string }, redirects: Record<string, string> = {}) {
  const finalDir = mkdtempSync(path.join(dir, 'final-'));
  const outDir = mkdtempSync(path.join(dir, 'out-'));
  for (const [folder, f] of [[finalDir, before], [outDir, after]] as const) {
    mkdirSync(path.join(folder, 'feeds'));
    writeFileSync(path.join(folder, 'feeds/articles.xml'), f.articles);
    writeFileSync(path.join(folder, 'feeds/claims.xml'), f.claims);
  }
  for (const [from, to] of Object.entries(redirects)) {
    mkdirSync(path.join(outDir, from), { recursive: true });
    writeFileSync(path.join(outDir, from, 'index.html'), `<!doctype html><meta http-equiv="refresh" content="0; url=${to}">`);
  }
  return () => feedIdsStep.run({ root: dir, outDir, finalDir, contentDir: 'content' });
}

describe('feedEntries', () => {
  it('reads each entry of a feed the site writes: its id and the page it links to', () => {
    expect(feedEntries(feeds(site('k', [], 'one', [])).articles)).toEqual([
      { id: 'https://example.org/sub/articles/two/', link: 'https://example.org/sub/articles/two/' },
      { id: 'https://example.org/sub/articles/one/', link: 'https://example.org/sub/articles/one/' },
    ]);
    expect(feedEntries('<feed><entry><id>https://a.example/x/?a=1&amp;b=2</id><link href="https://a.example/x/?a=1&amp;b=2"/></entry></feed>')).toEqual([
      { id: 'https://a.example/x/?a=1&b=2', link: 'https://a.example/x/?a=1&b=2' },
    ]);
  });
});

describe('changedIds', () => {
  it('finds an entry by its page, followed through a redirect, and by what its id says after #', () => {
    const before = [
      { id: 'https://e.org/claims/a/#status-1', link: 'https://e.org/claims/b/' },
      { id: 'https://e.org/claims/a/#status-2', link: 'https://e.org/claims/b/' },
      { id: 'https://e.org/claims/gone/#status-1', link: 'https://e.org/claims/gone/' },
    ];
    const after = [
      { id: 'https://e.org/claims/a/#status-1', link: 'https://e.org/claims/c/' },
      { id: 'https://e.org/claims/b/#status-2', link: 'https://e.org/claims/c/' },
    ];
    expect(changedIds(before, after, (p) => (p === '/claims/b/' ? '/claims/c/' : undefined))).toEqual([
      { page: '/claims/c/', before: 'https://e.org/claims/a/#status-2', after: 'https://e.org/claims/b/#status-2' },
    ]);
  });

  it('leaves out the entries of two records merged into one, some of which change id whatever the aliases say', () => {
    const before = [
      { id: 'https://e.org/claims/a/#status-1', link: 'https://e.org/claims/a/' },
      { id: 'https://e.org/claims/a/#status-2', link: 'https://e.org/claims/a/' },
      { id: 'https://e.org/claims/b/#status-1', link: 'https://e.org/claims/b/' },
      { id: 'https://e.org/claims/b/#status-3', link: 'https://e.org/claims/b/' },
    ];
    // Claim a merged into claim b, which lists it in its aliases.
    const moved = (p: string) => (p === '/claims/a/' ? '/claims/b/' : undefined);
    const merged = (prefix: string) => ['1', '2', '3'].map((n) => ({ id: `https://e.org/claims/${prefix}/#status-${n}`, link: 'https://e.org/claims/b/' }));
    expect(changedIds(before, merged('a'), moved)).toEqual([]);
    expect(changedIds(before, merged('b'), moved)).toEqual([]);
    // Not merged: b renamed c, its aliases listing b last.
    expect(changedIds(before.slice(2), merged('a').map((e) => ({ ...e, link: 'https://e.org/claims/c/' })), (p) => (p === '/claims/b/' ? '/claims/c/' : undefined))).toHaveLength(2);
  });
});

describe('the feed ids step', () => {
  const first = feeds(site('spillway-closed', [], 'spillway-shut', []));

  it('lets a rename through whose aliases are listed oldest first: every entry keeps its id', () => {
    const second = feeds(site('closed-saturday', ['spillway-closed'], 'shut-six-weeks', ['spillway-shut']));
    expect(runStep(first, second, { '/sub/claims/spillway-closed/': '/sub/claims/closed-saturday/', '/sub/articles/spillway-shut/': '/sub/articles/shut-six-weeks/' })()).toBeUndefined();
    const third = feeds(site('closed-on-saturday', ['spillway-closed', 'closed-saturday'], 'shut-for-six-weeks', ['spillway-shut', 'shut-six-weeks']));
    expect(runStep(second, third, { '/sub/claims/closed-saturday/': '/sub/claims/closed-on-saturday/', '/sub/articles/shut-six-weeks/': '/sub/articles/shut-for-six-weeks/' })()).toBeUndefined();
  });

  it('reports a build whose aliases put a later id first, which gives the entries new ids, saying which to put first', () => {
    const second = feeds(site('closed-saturday', ['spillway-closed'], 'shut-six-weeks', ['spillway-shut']));
    const third = feeds(site('closed-on-saturday', ['closed-saturday', 'spillway-closed'], 'shut-for-six-weeks', ['shut-six-weeks', 'spillway-shut']));
    const said = runStep(second, third, { '/sub/claims/closed-saturday/': '/sub/claims/closed-on-saturday/', '/sub/articles/shut-six-weeks/': '/sub/articles/shut-for-six-weeks/' })();
    expect(said).toMatch(/^Feed ids: \d+ feed entries change their ids:\n/);
    expect(said).toContain(
      '  feeds/articles.xml: the entry of /sub/articles/shut-for-six-weeks/ has the id https://example.org/sub/articles/spillway-shut/, and would now have https://example.org/sub/articles/shut-six-weeks/, so feed readers would show it again as new. Its record\'s aliases list the ids it was published under oldest first: put "spillway-shut" first in them.',
    );
    expect(said).toMatch(/feeds\/claims\.xml: the entry of \/sub\/claims\/closed-on-saturday\/ has the id https:\/\/example\.org\/sub\/claims\/spillway-closed\/#status-[^,]+, and would now have https:\/\/example\.org\/sub\/claims\/closed-saturday\/#status-/);
  });

  it('only says so when the site moved without CROSSCHECK_FEED_IDS, and compares nothing without a previous site', () => {
    const moved = feeds(site('spillway-closed', [], 'spillway-shut', []));
    const elsewhere = { articles: moved.articles.replaceAll('https://example.org/', 'https://new.example/'), claims: moved.claims.replaceAll('https://example.org/', 'https://new.example/') };
    expect(runStep(first, elsewhere)()).toMatch(/^Feed ids: \d+ feed entries change their ids with the site's address \(https:\/\/example\.org\/sub\/\S+ is now https:\/\/new\.example\/sub\/\S+\): if the site moved, set CROSSCHECK_FEED_IDS=https:\/\/example\.org\/sub\/ \(docs\/deploying\.md\)\.$/);
    const outDir = mkdtempSync(path.join(dir, 'alone-'));
    expect(feedIdsStep.run({ root: dir, outDir, finalDir: path.join(dir, 'none'), contentDir: 'content' })).toBeUndefined();
  });
});
