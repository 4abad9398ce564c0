/**
 * The change summary printed and written after each build (scripts/lib/changes.ts): what the new
 * site's open-data export has that the previous one's had not. The builds themselves are checked
 * in tests/build/incremental.test.ts; here the comparison, on exports written by hand.
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as changes from '../../scripts/lib/changes.ts';
import { formatChanges, keepSlice, readExport, readSlice, sliceOf, summariseChanges, type ExportSlice } from '../../scripts/lib/changes.ts';
import { mentionAnchor } from '../../src/lib/mentions.ts';

const claim = (id: string, status: string, label = status) => ({ id, statement: `Statement of ${id}.`, status: { status, label }, aliases: [] });
const before: ExportSlice = {
  articles: [
    { slug: 'wire-report', headline: 'Bridge closed', aliases: [] },
    { slug: 'old-post', headline: 'A post', aliases: [] },
  ],
  claims: [claim('bridge-closed', 'single-source', 'Single source'), claim('cost', 'corroborated', 'Corroborated'), claim('gone', 'disputed', 'Disputed')],
  mentions: [
    { claim: 'bridge-closed', article: 'wire-report', anchor: 'm1' },
    { claim: 'cost', article: 'wire-report', anchor: 'm2' },
    { claim: 'gone', article: 'old-post', anchor: 'm1' },
  ],
  contradictions: [{ key: 'declared:bridge-closed:cost', kind: 'declared', claims: ['bridge-closed', 'cost'], active: false }],
};
const after: ExportSlice = {
  articles: [
    { slug: 'wire-report', headline: 'Bridge closed', aliases: [] },
    { slug: 'gazette', headline: 'Bridge shut for months', aliases: [] },
  ],
  claims: [claim('bridge-closed', 'corroborated', 'Corroborated'), claim('cost', 'corroborated', 'Corroborated'), claim('months', 'single-source', 'Single source')],
  mentions: [
    { claim: 'bridge-closed', article: 'wire-report', anchor: 'm1' },
    { claim: 'cost', article: 'wire-report', anchor: 'm2' },
    { claim: 'bridge-closed', article: 'gazette', anchor: 'm1' },
    { claim: 'months', article: 'gazette', anchor: 'm2' },
  ],
  contradictions: [
    { key: 'declared:bridge-closed:cost', kind: 'declared', claims: ['bridge-closed', 'cost'], active: true },
    { key: 'implied:months', kind: 'implied', claims: ['months'], active: false },
  ],
};

describe('the module', () => {
  it('exports the summary, its reading and its printing', () => {
    expect(Object.keys(changes).sort()).toEqual(['EXPORT_FILE', 'changesFile', 'formatChanges', 'keepSlice', 'readExport', 'readSlice', 'sliceOf', 'summariseChanges']);
  });
});

describe('summariseChanges', () => {
  const summary = summariseChanges(before, after);

  it('lists new and removed articles and claims', () => {
    expect(summary.articles).toEqual({ added: [{ slug: 'gazette', headline: 'Bridge shut for months' }], removed: ['old-post'], renamed: [], edited: [] });
    expect(summary.claims).toEqual({ added: [{ id: 'months', statement: 'Statement of months.', status: 'Single source' }], removed: ['gone'], renamed: [], edited: [] });
  });

  it('lists claims the previous site had that new articles mention, and not the new claims', () => {
    expect(summary.newEvidence).toEqual([{ claim: 'bridge-closed', statement: 'Statement of bridge-closed.', articles: ['gazette'] }]);
  });

  it('lists status changes, old to new', () => {
    expect(summary.statusChanged).toEqual([{ claim: 'bridge-closed', statement: 'Statement of bridge-closed.', from: 'Single source', to: 'Corroborated' }]);
  });

  it('lists new contradictions and those that became active', () => {
    expect(summary.newContradictions.map((c) => c.key)).toEqual(['declared:bridge-closed:cost', 'implied:months']);
    expect(summary.newContradictions.map((c) => c.activated)).toEqual([true, undefined]);
  });

  it('counts the new site', () => {
    expect(summary.totals).toEqual({ articles: 2, claims: 3, mentions: 4, contradictions: 2 });
  });

  it('lists nothing as new when there is no previous site', () => {
    const first = summariseChanges(undefined, after);
    expect(first.compared).toBe(false);
    expect(first.articles.added).toEqual([]);
  });
});

describe('formatChanges', () => {
  it('prints each kind of change, then the totals', () => {
    expect(formatChanges(summariseChanges(before, after))).toMatchInlineSnapshot(`
      "Changes since the previous site:
        1 new article:
          gazette: Bridge shut for months
        1 new claim:
          months (Single source)
        1 claim with new evidence:
          bridge-closed: from gazette
        1 claim changed status:
          bridge-closed: Single source → Corroborated
        1 new contradiction:
          months (implied)
        1 contradiction now active:
          bridge-closed ⟷ cost (declared, active: both sides have coverage now)
        1 article removed (its address now shows “Page not found”):
          old-post
        1 claim removed (its address now shows “Page not found”):
          gone
      The site has 2 articles, 3 claims, 4 mentions and 2 contradictions."
    `);
  });

  it('says when nothing changed, and when there is nothing to compare with', () => {
    expect(formatChanges(summariseChanges(after, after))).toBe('Changes: none since the previous site of the kinds the summary lists (no article, claim, outlet, story or entity new, removed or renamed; no headline, date, statement, verdict, name, title or owner changed; no article or claim moved to another outlet or story; no evidence added, edited or taken out; no change of status; no contradiction new or ended). The site has 2 articles, 3 claims, 4 mentions and 2 contradictions.');
    expect(formatChanges(summariseChanges(undefined, after))).toBe('Changes: no previous site to compare with. The site has 2 articles, 3 claims, 4 mentions and 2 contradictions.');
  });

  it('names at most eight of a kind', () => {
    const many: ExportSlice = { ...after, articles: Array.from({ length: 11 }, (_, i) => ({ slug: `a${i}`, headline: `H${i}` })) };
    const text = formatChanges(summariseChanges({ ...after, articles: [] }, many));
    expect(text).toContain('  11 new articles:\n');
    expect(text).toContain('    … and 3 more\n');
  });
});

describe('readExport', () => {
  it('reads a site’s export, and nothing from a site without one or with a broken one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-changes-'));
    try {
      expect(readExport(dir)).toBeUndefined();
      mkdirSync(path.join(dir, 'data'));
      writeFileSync(path.join(dir, 'data/crosscheck.json'), '{ "articles": [');
      expect(readExport(dir)).toBeUndefined();
      writeFileSync(path.join(dir, 'data/crosscheck.json'), JSON.stringify({ version: 1, ...after, outlets: [], sources: [] }));
      expect(readExport(dir)).toEqual({ ...after, outlets: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readSlice', () => {
  it('reads the slice a build kept only for the very export it was taken from, and the export itself otherwise', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-changes-'));
    try {
      const site = path.join(dir, 'site');
      const state = path.join(dir, 'state');
      const exportFile = path.join(site, 'data/crosscheck.json');
      mkdirSync(path.dirname(exportFile), { recursive: true });
      writeFileSync(exportFile, JSON.stringify({ version: 1, ...after, outlets: [{ id: 'left-out' }] }));
      // Kept from the export's data, with fields the summary does not read left out.
      const withMore = { ...after, articles: after.articles.map((a) => ({ ...a, summary: 'Not read by the summary.' })) };
      keepSlice(state, exportFile, withMore);
      expect(readSlice(site, state)).toEqual(after);
      // The kept slice is what is read while the export is that file (here it says otherwise, to tell the two apart).
      keepSlice(state, exportFile, before);
      expect(readSlice(site, state)).toEqual(before);
      // The export written again, or the site copied: the export is read.
      writeFileSync(exportFile, JSON.stringify({ version: 1, ...after }));
      expect(readSlice(site, state)).toEqual(after);
      keepSlice(state, exportFile, before);
      cpSync(site, path.join(dir, 'copy'), { recursive: true });
      expect(readSlice(path.join(dir, 'copy'), state)).toEqual(after);
      // No state folder, or a broken slice: the export.
      expect(readSlice(site, undefined)).toEqual(after);
      writeFileSync(path.join(state, 'export-slice.json'), '{ "export": ');
      expect(readSlice(site, state)).toEqual(after);
      // Neither: nothing.
      expect(readSlice(path.join(dir, 'none'), state)).toBeUndefined();
      // The export taken out of the site whose state this is (`keptForSite`): the slice its build kept; of another site, nothing.
      keepSlice(state, exportFile, before);
      rmSync(exportFile);
      expect(readSlice(site, state, true)).toEqual(before);
      expect(readSlice(site, state)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('summariseChanges, after a correction', () => {
  // Dates as the export writes them: a day as midnight UTC, a time in the offset the record gives.
  const dated: ExportSlice = { ...before, articles: before.articles.map((a) => ({ ...a, published: '2026-06-10T00:00:00.000Z' })) };

  it('lists an article whose headline or publication date changed, with what changed, under its new slug when renamed', () => {
    const corrected: ExportSlice = {
      ...dated,
      articles: [
        { slug: 'wire-report', headline: 'Bridge closed for repairs', published: '2026-06-11T08:00:00.000+02:00', aliases: [] },
        { slug: 'post', headline: 'A post', published: null, aliases: ['old-post'] },
      ],
    };
    const summary = summariseChanges(dated, corrected);
    expect(summary.articles.edited).toEqual([
      { slug: 'post', published: { from: '2026-06-10T00:00:00.000Z', to: null } },
      { slug: 'wire-report', headline: { from: 'Bridge closed', to: 'Bridge closed for repairs' }, published: { from: '2026-06-10T00:00:00.000Z', to: '2026-06-11T08:00:00.000+02:00' } },
    ]);
    expect(summary.articles.added).toEqual([]);
    expect(formatChanges(summary)).toContain(
      [
        '  2 articles with a corrected headline or date:',
        '    post: published 2026-06-10 → no date',
        '    wire-report: headline “Bridge closed” → “Bridge closed for repairs”; published 2026-06-10 → 2026-06-11T08:00:00+02:00',
        '  1 article renamed (its old address redirects to the new one):',
      ].join('\n'),
    );
  });

  it('lists no article when neither changed, nor when its date is the same instant written another way, and no change of date against a slice kept without dates', () => {
    expect(summariseChanges(dated, dated).articles.edited).toEqual([]);
    // The same instant written another way (version 1 of the export wrote every date in UTC).
    const offset: ExportSlice = { ...dated, articles: dated.articles.map((a) => ({ ...a, published: '2026-06-10T02:00:00.000+02:00' })) };
    expect(summariseChanges(dated, offset).articles.edited).toEqual([]);
    const undated = sliceOf({ ...dated, articles: dated.articles.map((a) => ({ ...a, published: '2027-01-01' })) });
    expect(summariseChanges(before, undated).articles.edited).toEqual([]);
    expect(sliceOf(dated).articles[0]).toEqual({ slug: 'wire-report', headline: 'Bridge closed', published: '2026-06-10T00:00:00.000Z', aliases: [] });
  });
});

describe('summariseChanges, after an editor’s changes to outlets, stories, entities, statements, verdicts and contradictions', () => {
  const base: ExportSlice = {
    ...before,
    articles: before.articles.map((a) => ({ ...a, outlet: 'valley-courier', story: 'bridge' })),
    claims: before.claims.map((c) => ({ ...c, story: 'bridge', verdict: null })),
    outlets: [
      { id: 'valley-courier', name: 'Valley Courier', aliases: [] },
      { id: 'wire', name: 'The Wire', aliases: [] },
    ],
    stories: [{ id: 'bridge', title: 'The bridge closes', aliases: [] }],
    entities: [
      { id: 'mayor', name: 'The mayor', aliases: [] },
      { id: 'jane-doe', name: 'Jane Doe', aliases: [] },
    ],
    contradictions: [
      { key: 'implied:gone', kind: 'implied', claims: ['gone'], active: true },
      { key: 'implied:cost', kind: 'implied', claims: ['cost'], active: true },
      { key: 'declared:bridge-closed:cost', kind: 'declared', claims: ['bridge-closed', 'cost'], active: true },
    ],
  };
  // The Courier renamed to the Valley Courier-Times (file and name), a new outlet, the story renamed, the mayor merged into Jane Doe,
  // one claim reworded and given a verdict, another moved to a new story; the declared pair no longer active, the implied one on `cost` gone,
  // and `gone` removed with its own.
  const edited: ExportSlice = {
    ...base,
    articles: [
      { slug: 'wire-report', headline: 'Bridge closed', outlet: 'wire', story: 'bridge-closure', aliases: [] },
      { slug: 'old-post', headline: 'A post', outlet: 'courier-times', story: 'bridge-closure', aliases: [] },
    ],
    claims: [
      { ...claim('bridge-closed', 'single-source', 'Single source'), statement: 'The bridge was closed on 10 June.', story: 'bridge-closure', verdict: { rating: 'accurate' } },
      { ...claim('cost', 'single-source', 'Single source'), story: 'repair-costs', verdict: null },
    ],
    outlets: [
      { id: 'courier-times', name: 'Valley Courier-Times', aliases: ['valley-courier'] },
      { id: 'river-radio', name: 'River Radio', aliases: [] },
      { id: 'wire', name: 'The Wire', aliases: [] },
    ],
    stories: [
      { id: 'bridge-closure', title: 'The bridge closes', aliases: ['bridge'] },
      { id: 'repair-costs', title: 'What the repairs cost', aliases: [] },
    ],
    entities: [{ id: 'jane-doe', name: 'Jane Doe', aliases: ['mayor'] }],
    contradictions: [{ key: 'declared:bridge-closed:cost', kind: 'declared', claims: ['bridge-closed', 'cost'], active: false }],
  };
  const summary = summariseChanges(base, edited);

  it('lists outlets, stories and entities new, renamed, merged and given another name, as articles and claims', () => {
    expect(summary.outlets).toEqual({
      added: [{ id: 'river-radio', name: 'River Radio' }],
      removed: [],
      renamed: [{ from: 'valley-courier', to: 'courier-times' }],
      edited: [{ id: 'courier-times', name: { from: 'Valley Courier', to: 'Valley Courier-Times' } }],
    });
    expect(summary.stories).toEqual({ added: [{ id: 'repair-costs', name: 'What the repairs cost' }], removed: [], renamed: [{ from: 'bridge', to: 'bridge-closure' }], edited: [] });
    expect(summary.entities).toEqual({ added: [], removed: [], renamed: [{ from: 'mayor', to: 'jane-doe', merged: true }], edited: [] });
  });

  it('lists an outlet given another owner, which decides what counts as one source, also one renamed, and prints it', () => {
    const owned = (slice: ExportSlice, owners: Record<string, string | null>): ExportSlice => ({ ...slice, outlets: slice.outlets!.map((o) => ({ ...o, owner: owners[o.id] ?? null })) });
    const was = owned(base, { 'valley-courier': 'Valley Media' });
    const now = owned(edited, { 'courier-times': 'River Group', wire: 'Valley Media', 'river-radio': 'River Group' });
    const summary = summariseChanges(was, now);
    expect(summary.outlets.edited).toEqual([
      { id: 'courier-times', name: { from: 'Valley Courier', to: 'Valley Courier-Times' }, owner: { from: 'Valley Media', to: 'River Group' } },
      { id: 'wire', owner: { from: null, to: 'Valley Media' } },
    ]);
    expect(formatChanges(summary)).toContain(
      '  1 outlet with a new name:\n    courier-times: “Valley Courier” → “Valley Courier-Times”\n' +
        '  2 outlets with a new owner (outlets of one owner count as one source):\n    courier-times: “Valley Media” → “River Group”\n    wire: no owner → “Valley Media”\n',
    );
    // Its owner taken away; and against a slice an older build kept, without owners, nothing.
    expect(summariseChanges(now, owned(now, {})).outlets.edited).toEqual([
      { id: 'courier-times', owner: { from: 'River Group', to: null } },
      { id: 'river-radio', owner: { from: 'River Group', to: null } },
      { id: 'wire', owner: { from: 'Valley Media', to: null } },
    ]);
    expect(summariseChanges(base, now).outlets.edited).toEqual([{ id: 'courier-times', name: { from: 'Valley Courier', to: 'Valley Courier-Times' } }]);
    expect(sliceOf(now).outlets).toEqual(now.outlets);
  });

  it('lists an article whose outlet changed, and not those whose outlet or story was only renamed', () => {
    // Its outlet before under that outlet's current id, as the pages name it.
    expect(summary.articles.edited).toEqual([{ slug: 'wire-report', outlet: { from: 'courier-times', to: 'wire' } }]);
  });

  it('lists a claim reworded, given a verdict or moved to another story, and not one whose story was only renamed', () => {
    expect(summary.claims.edited).toEqual([
      { id: 'bridge-closed', statement: { from: 'Statement of bridge-closed.', to: 'The bridge was closed on 10 June.' }, verdict: { from: null, to: 'accurate' } },
      { id: 'cost', story: { from: 'bridge-closure', to: 'repair-costs' } },
    ]);
    const changed = summariseChanges(edited, { ...edited, claims: edited.claims.map((c) => ({ ...c, verdict: c.id === 'bridge-closed' ? { rating: 'mixed' } : { rating: 'inaccurate' } })) });
    expect(changed.claims.edited.map((c) => c.verdict)).toEqual([{ from: 'accurate', to: 'mixed' }, { from: null, to: 'inaccurate' }]);
    expect(summariseChanges(edited, { ...edited, claims: edited.claims.map((c) => ({ ...c, verdict: null })) }).claims.edited).toEqual([{ id: 'bridge-closed', verdict: { from: 'accurate', to: null } }]);
  });

  it('lists contradictions that ended: gone, or declared still but no longer active', () => {
    expect(summary.endedContradictions).toEqual([
      { key: 'implied:gone', kind: 'implied', claims: ['gone'] },
      { key: 'implied:cost', kind: 'implied', claims: ['cost'] },
      { key: 'declared:bridge-closed:cost', kind: 'declared', claims: ['bridge-closed', 'cost'], inactive: true },
    ]);
    // Nor is one whose claim was renamed, nor one inactive before and still there.
    const renamedClaim: ExportSlice = {
      ...base,
      claims: base.claims.map((c) => (c.id === 'cost' ? { ...c, id: 'repair-cost', aliases: ['cost'] } : c)),
      contradictions: [
        { key: 'implied:gone', kind: 'implied', claims: ['gone'], active: true },
        { key: 'implied:repair-cost', kind: 'implied', claims: ['repair-cost'], active: true },
        { key: 'declared:bridge-closed:repair-cost', kind: 'declared', claims: ['bridge-closed', 'repair-cost'], active: true },
      ],
    };
    expect(summariseChanges(base, renamedClaim).endedContradictions).toEqual([]);
    expect(summariseChanges(edited, edited).endedContradictions).toEqual([]);
  });

  it('lists a claim whose mention moved to another when it was split, and not one merged into another', () => {
    // `bridge-closed` split: the wire's mention now names `bridge-closed-to-traffic`, a new claim.
    const split: ExportSlice = {
      ...base,
      claims: [...base.claims, { ...claim('bridge-closed-to-traffic', 'single-source', 'Single source'), story: 'bridge', verdict: null }],
      mentions: base.mentions.map((m) => (m.claim === 'bridge-closed' ? { ...m, claim: 'bridge-closed-to-traffic' } : m)),
    };
    const summary = summariseChanges(base, split);
    expect(summary.evidenceRemoved).toEqual([{ claim: 'bridge-closed', statement: 'Statement of bridge-closed.', articles: ['wire-report'] }]);
    expect(summary.claims.added.map((c) => c.id)).toEqual(['bridge-closed-to-traffic']);
    expect(formatChanges(summary)).toContain('  1 claim with evidence taken out:\n    bridge-closed: no longer in wire-report\n');
    // `cost` merged into `bridge-closed`: its mention is the same evidence of the same record.
    const merged: ExportSlice = {
      ...base,
      claims: base.claims.filter((c) => c.id !== 'cost').map((c) => (c.id === 'bridge-closed' ? { ...c, aliases: ['bridge-closed', 'cost'] } : c)),
      mentions: base.mentions.map((m) => (m.claim === 'cost' ? { ...m, claim: 'bridge-closed' } : m)),
      contradictions: [],
    };
    expect(summariseChanges(base, merged).evidenceRemoved).toEqual([]);
    // The pair `cost` declared with it ended, named as it was, not as bridge-closed ⟷ bridge-closed.
    expect(summariseChanges(base, merged).endedContradictions).toContainEqual({ key: 'declared:bridge-closed:cost', kind: 'declared', claims: ['bridge-closed', 'cost'] });
    // An article removed takes its evidence with it.
    expect(summariseChanges(before, after).evidenceRemoved).toEqual([]);
    const withoutWire = summariseChanges(before, { ...before, articles: before.articles.slice(1), mentions: before.mentions.filter((m) => m.article !== 'wire-report') });
    expect(withoutWire.evidenceRemoved.map((c) => [c.claim, c.articles])).toEqual([['bridge-closed', ['wire-report']], ['cost', ['wire-report']]]);
  });

  it('lists a claim whose passages in an article that still mentions it changed: other words, another stance, one more or fewer', () => {
    const anchor = (claimId: string, text: string) => mentionAnchor(claimId, text, new Map());
    const mention = (claimId: string, article: string, text: string, stance = 'asserts') => ({ claim: claimId, article, anchor: anchor(claimId, text), stance });
    const site = (mentions: ExportSlice['mentions']): ExportSlice => ({
      articles: [{ slug: 'wire-report', headline: 'Bridge closed', aliases: [] }, { slug: 'gazette', headline: 'Bridge shut', aliases: [] }],
      claims: [claim('bridge-closed', 'corroborated', 'Corroborated'), claim('cost', 'single-source', 'Single source')],
      mentions,
      contradictions: [],
    });
    const was = site([mention('bridge-closed', 'wire-report', 'the bridge was closed on Monday'), mention('bridge-closed', 'gazette', 'the bridge is shut'), mention('cost', 'wire-report', 'it will cost $4m')]);
    const edit = (changed: ExportSlice['mentions'][number]) => site(was.mentions.map((m) => (m.claim === changed.claim && m.article === changed.article ? changed : m)));
    // The span's words changed: the passage on the claim page, and its anchor, are not what they were.
    const reworded = summariseChanges(was, edit(mention('bridge-closed', 'wire-report', 'the bridge was closed on Tuesday')));
    expect(reworded.evidenceEdited).toEqual([{ claim: 'bridge-closed', statement: 'Statement of bridge-closed.', articles: ['wire-report'] }]);
    expect([reworded.newEvidence, reworded.evidenceRemoved]).toEqual([[], []]);
    expect(formatChanges(reworded)).toBe('Changes since the previous site:\n  1 claim with evidence edited:\n    bridge-closed: in wire-report\nThe site has 2 articles, 2 claims, 3 mentions and 0 contradictions.');
    // Its stance changed, or the article quotes it in one more passage.
    expect(summariseChanges(was, edit(mention('cost', 'wire-report', 'it will cost $4m', 'disputes'))).evidenceEdited.map((c) => c.claim)).toEqual(['cost']);
    expect(summariseChanges(was, site([...was.mentions, mention('cost', 'wire-report', 'four million dollars')])).evidenceEdited.map((c) => [c.claim, c.articles])).toEqual([['cost', ['wire-report']]]);
    // Not its quotation marks, dashes or capitals (the same anchor), nor mentions only in another order.
    expect(summariseChanges(was, edit(mention('bridge-closed', 'wire-report', 'The bridge was closed on  Monday'))).evidenceEdited).toEqual([]);
    expect(summariseChanges(was, site([...was.mentions].reverse())).evidenceEdited).toEqual([]);
    // A stance against a slice an older build kept without stances: not known, so not reported.
    const older = site(was.mentions.map(({ claim: c, article, anchor: a }) => ({ claim: c, article, anchor: a })));
    expect(summariseChanges(older, edit(mention('cost', 'wire-report', 'it will cost $4m', 'disputes'))).evidenceEdited).toEqual([]);
    // A claim renamed keeps its passages: the same words under its new id are no edit.
    const renamed: ExportSlice = {
      ...was,
      claims: was.claims.map((c) => (c.id === 'cost' ? { ...c, id: 'repair-cost', aliases: ['cost'] } : c)),
      mentions: was.mentions.map((m) => (m.claim === 'cost' ? mention('repair-cost', m.article, 'it will cost $4m') : m)),
    };
    expect(summariseChanges(was, renamed).evidenceEdited).toEqual([]);
    expect(sliceOf({ ...was, mentions: was.mentions.map((m) => ({ ...m, text: 'not kept', quoted: false })) } as ExportSlice).mentions).toEqual(was.mentions);
  });

  it('reports none of these against a slice an older build kept, which has no outlets, stories, entities, verdicts or stories of records', () => {
    const older = summariseChanges(before, edited);
    expect([older.outlets, older.stories, older.entities]).toEqual([0, 1, 2].map(() => ({ added: [], removed: [], renamed: [], edited: [] })));
    expect(older.articles.edited).toEqual([]);
    expect(older.claims.edited).toEqual([{ id: 'bridge-closed', statement: { from: 'Statement of bridge-closed.', to: 'The bridge was closed on 10 June.' } }]);
  });

  it('keeps what it compares in the slice the next build reads', () => {
    const slice = sliceOf({ ...edited, claims: edited.claims.map((c) => ({ ...c, verdict: c.verdict && { ...c.verdict, summary: 'Not read.' } })) });
    expect(slice).toEqual(edited);
  });

  it('prints each', () => {
    expect(formatChanges(summary)).toMatchInlineSnapshot(`
      "Changes since the previous site:
        1 claim changed status:
          cost: Corroborated → Single source
        1 article with another outlet or story:
          wire-report: outlet courier-times → wire
        1 claim reworded:
          bridge-closed: “Statement of bridge-closed.” → “The bridge was closed on 10 June.”
        1 claim with a new verdict:
          bridge-closed: no verdict → accurate
        1 claim in another story:
          cost: story bridge-closure → repair-costs
        3 contradictions ended:
          gone (implied)
          cost (implied)
          bridge-closed ⟷ cost (declared, no longer active: one side has no coverage now)
        1 claim removed (its address now shows “Page not found”):
          gone
        1 new outlet:
          river-radio: River Radio
        1 outlet renamed (its old address redirects to the new one):
          valley-courier → courier-times
        1 outlet with a new name:
          courier-times: “Valley Courier” → “Valley Courier-Times”
        1 new story:
          repair-costs: What the repairs cost
        1 story renamed (its old address redirects to the new one):
          bridge → bridge-closure
        1 entity renamed (its old address redirects to the new one):
          mayor → jane-doe (merged into an existing entity)
      The site has 2 articles, 2 claims, 3 mentions and 1 contradiction."
    `);
  });
});
