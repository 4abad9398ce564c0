/**
 * The change summary (scripts/lib/changes.ts) across renames: an article or claim whose file was
 * renamed, with its old id in `aliases` so that its old address redirects, is the same record.
 * It is reported as renamed, and nothing else: not as a new record and a removed one, its
 * mentions not as new evidence, its contradictions not as new. (The other cases are in
 * tests/build/changes.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { formatChanges, sliceOf, summariseChanges, type ExportSlice } from '../../../scripts/lib/changes.ts';

const claim = (id: string, status: string, aliases: string[] = []) => ({ id, statement: `Statement of ${id}.`, status: { status, label: status }, aliases });

const before: ExportSlice = {
  articles: [
    { slug: 'gazette-bridge', headline: 'Bridge shut', aliases: [] },
    { slug: 'wire-bridge', headline: 'Bridge closed', aliases: [] },
  ],
  claims: [claim('bridge-closed', 'corroborated'), claim('cables-corroded', 'single-source'), claim('reopens-soon', 'single-source')],
  mentions: [
    { claim: 'bridge-closed', article: 'gazette-bridge', anchor: 'm1' },
    { claim: 'bridge-closed', article: 'wire-bridge', anchor: 'm1' },
    { claim: 'cables-corroded', article: 'gazette-bridge', anchor: 'm2' },
    { claim: 'reopens-soon', article: 'wire-bridge', anchor: 'm2' },
  ],
  contradictions: [
    { key: 'declared:cables-corroded:reopens-soon', kind: 'declared', claims: ['cables-corroded', 'reopens-soon'], active: true },
    { key: 'implied:cables-corroded', kind: 'implied', claims: ['cables-corroded'], active: true },
  ],
};

/** `before`, with the Gazette's article renamed to `gazette-bridge-closed` and the claim `cables-corroded` to `suspension-cables-corroded` (its statement as it was). */
const renamed: ExportSlice = {
  articles: [
    { slug: 'gazette-bridge-closed', headline: 'Bridge shut', aliases: ['gazette-bridge'] },
    { slug: 'wire-bridge', headline: 'Bridge closed', aliases: [] },
  ],
  claims: [claim('bridge-closed', 'corroborated'), claim('reopens-soon', 'single-source'), { ...claim('suspension-cables-corroded', 'single-source', ['cables-corroded']), statement: 'Statement of cables-corroded.' }],
  mentions: [
    { claim: 'bridge-closed', article: 'gazette-bridge-closed', anchor: 'm1' },
    { claim: 'bridge-closed', article: 'wire-bridge', anchor: 'm1' },
    { claim: 'suspension-cables-corroded', article: 'gazette-bridge-closed', anchor: 'm2' },
    { claim: 'reopens-soon', article: 'wire-bridge', anchor: 'm2' },
  ],
  contradictions: [
    { key: 'implied:suspension-cables-corroded', kind: 'implied', claims: ['suspension-cables-corroded'], active: true },
    { key: 'declared:reopens-soon:suspension-cables-corroded', kind: 'declared', claims: ['reopens-soon', 'suspension-cables-corroded'], active: true },
  ],
};

describe('summariseChanges, after renames', () => {
  it('reports a renamed article and claim as renamed, and nothing else', () => {
    const summary = summariseChanges(before, renamed);
    expect(summary.articles).toEqual({ added: [], removed: [], renamed: [{ from: 'gazette-bridge', to: 'gazette-bridge-closed' }], edited: [] });
    expect(summary.claims).toEqual({ added: [], removed: [], renamed: [{ from: 'cables-corroded', to: 'suspension-cables-corroded' }], edited: [] });
    expect(summary.newEvidence).toEqual([]);
    expect(summary.statusChanged).toEqual([]);
    expect(summary.newContradictions).toEqual([]);
    expect(formatChanges(summary)).toMatchInlineSnapshot(`
      "Changes since the previous site:
        1 article renamed (its old address redirects to the new one):
          gazette-bridge → gazette-bridge-closed
        1 claim renamed (its old address redirects to the new one):
          cables-corroded → suspension-cables-corroded
      The site has 2 articles, 3 claims, 4 mentions and 2 contradictions."
    `);
  });

  it('still reports what did change about a renamed record: its status, new evidence, a contradiction that became active', () => {
    const changed: ExportSlice = {
      ...renamed,
      claims: renamed.claims.map((c) => (c.id === 'suspension-cables-corroded' ? { ...c, status: { status: 'corroborated', label: 'corroborated' } } : c)),
      mentions: [...renamed.mentions, { claim: 'suspension-cables-corroded', article: 'wire-bridge', anchor: 'm3' }],
      contradictions: [{ key: 'declared:bridge-closed:suspension-cables-corroded', kind: 'declared', claims: ['bridge-closed', 'suspension-cables-corroded'], active: true }],
    };
    const summary = summariseChanges(before, changed);
    expect(summary.statusChanged).toEqual([{ claim: 'suspension-cables-corroded', statement: 'Statement of cables-corroded.', from: 'single-source', to: 'corroborated' }]);
    expect(summary.newEvidence).toEqual([{ claim: 'suspension-cables-corroded', statement: 'Statement of cables-corroded.', articles: ['wire-bridge'] }]);
    expect(summary.newContradictions.map((c) => c.key)).toEqual(['declared:bridge-closed:suspension-cables-corroded']);
  });

  it('says apart a contradiction the previous site had, inactive, that is active now: not a new one', () => {
    const declared = { key: 'declared:bridge-closed:cables-corroded', kind: 'declared', claims: ['bridge-closed', 'cables-corroded'] };
    const inactive: ExportSlice = { ...before, contradictions: [...before.contradictions, { ...declared, active: false }] };
    const active: ExportSlice = { ...before, contradictions: [...before.contradictions, { ...declared, active: true }] };
    const summary = summariseChanges(inactive, active);
    expect(summary.newContradictions).toEqual([{ ...declared, active: true, activated: true }]);
    expect(formatChanges(summary)).toContain('  1 contradiction now active:\n    bridge-closed ⟷ cables-corroded (declared, active: both sides have coverage now)\n');
    expect(formatChanges(summary)).not.toContain('new contradiction');
    // One the previous site did not have is new, active or not.
    const fresh = summariseChanges(before, inactive);
    expect(fresh.newContradictions).toEqual([{ ...declared, active: false }]);
    expect(formatChanges(fresh)).toContain('  1 new contradiction:\n    bridge-closed ⟷ cables-corroded (declared)\n');
  });

  it('reports an article merged into one that already existed as renamed into it, marked merged, its evidence not new', () => {
    const merged: ExportSlice = {
      ...before,
      articles: [{ slug: 'wire-bridge', headline: 'Bridge closed', aliases: ['gazette-bridge'] }],
      mentions: before.mentions.map((m) => ({ ...m, article: 'wire-bridge' })),
    };
    const summary = summariseChanges(before, merged);
    expect(summary.articles).toEqual({ added: [], removed: [], renamed: [{ from: 'gazette-bridge', to: 'wire-bridge', merged: true }], edited: [] });
    expect(summary.newEvidence).toEqual([]);
    // Said so: the record it went into is not a new one.
    expect(formatChanges(summary)).toContain('  1 article renamed (its old address redirects to the new one):\n    gazette-bridge → wire-bridge (merged into an existing article)\n');
  });

  it('reports a rename taken back, the record under its earlier id again and the alias gone, as renamed back, and nothing else', () => {
    // The previous site published the renamed records; the editor renamed the files back and took the aliases out.
    const summary = summariseChanges(renamed, before);
    expect(summary.articles).toEqual({ added: [], removed: [], renamed: [{ from: 'gazette-bridge-closed', to: 'gazette-bridge' }], edited: [] });
    expect(summary.claims).toEqual({ added: [], removed: [], renamed: [{ from: 'suspension-cables-corroded', to: 'cables-corroded' }], edited: [] });
    expect(summary.newEvidence).toEqual([]);
    expect(summary.statusChanged).toEqual([]);
    expect(summary.newContradictions).toEqual([]);
    // A record that kept its id and names an earlier one in aliases was not renamed.
    const kept = summariseChanges(renamed, { ...renamed, claims: [...renamed.claims, claim('cables-corroded', 'single-source')] });
    expect(kept.claims).toEqual({ added: [{ id: 'cables-corroded', statement: 'Statement of cables-corroded.', status: 'single-source' }], removed: [], renamed: [], edited: [] });
  });

  it('reads an alias that was an alias before, or names no record of the previous site, as no rename', () => {
    const again = summariseChanges(renamed, renamed);
    expect([again.articles.renamed, again.claims.renamed]).toEqual([[], []]);
    const unknown = summariseChanges(before, { ...before, articles: [{ ...before.articles[0]!, aliases: ['never-published'] }, before.articles[1]!] });
    expect(unknown.articles.renamed).toEqual([]);
  });

  it('keeps the aliases in the slice the next build reads, and reads a slice kept without them as having none', () => {
    expect(sliceOf(renamed).claims.at(-1)!.aliases).toEqual(['cables-corroded']);
    const old = { ...renamed, articles: renamed.articles.map(({ slug, headline }) => ({ slug, headline })) };
    expect(summariseChanges(before, old).articles.added.map((a) => a.slug)).toEqual(['gazette-bridge-closed']);
  });
});
