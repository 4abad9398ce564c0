import { describe, expect, it } from 'vitest';
import { formatAnchorRegistry, keptAnchors, mergeAnchors, parseAnchorRegistry } from '../../../src/lib/anchors.ts';
import { mentionAnchor } from '../../../src/lib/mentions.ts';

/** An article's mentions, each claim and span's words, anchored as the site anchors them. */
function mentionsOf(...spans: [claim: string, words: string][]) {
  const seen = new Map<string, number>();
  return spans.map(([claim, words]) => ({ claim, anchor: mentionAnchor(claim, words, seen) }));
}

const noAliases = () => [];

describe('keptAnchors', () => {
  it('keeps a published anchor whose words were edited on the passage of the same claim that took its place', () => {
    const before = mentionsOf(['bridge-closed', 'The bridge was closed on Tuesday'], ['bridge-unsafe', 'badly corroded cables']);
    const after = mentionsOf(['bridge-closed', 'The bridge was closed on Tuesday morning'], ['bridge-unsafe', 'badly corroded cables']);
    const recorded = before.map((m) => m.anchor);
    const kept = keptAnchors(recorded, after, noAliases, new Set(after.map((m) => m.anchor)));
    expect(kept).toEqual(new Map([[after[0]!.anchor, [before[0]!.anchor]]]));
  });

  it('gives each edited passage of a claim the next missing anchor, in the order of the page; and the first passage when none is new', () => {
    const before = mentionsOf(['a', 'one'], ['a', 'two'], ['a', 'three']);
    const after = mentionsOf(['a', 'one!'], ['a', 'two'], ['a', 'three!']);
    const kept = keptAnchors(before.map((m) => m.anchor), after, noAliases, new Set(after.map((m) => m.anchor)));
    expect(kept).toEqual(new Map([[after[0]!.anchor, [before[0]!.anchor]], [after[2]!.anchor, [before[2]!.anchor]]]));
    // Two passages merged into one: the second missing anchor goes to the claim's first passage.
    const merged = mentionsOf(['a', 'one, two'], ['a', 'three']);
    const recorded = before.map((m) => m.anchor);
    const both = keptAnchors(recorded, merged, noAliases, new Set(merged.map((m) => m.anchor)));
    expect(both).toEqual(new Map([[merged[0]!.anchor, [before[0]!.anchor, before[1]!.anchor]]]));
  });

  it("reads an anchor's claim by the longest id it starts with, an old id (alias) included; an anchor of a claim no longer mentioned has no place", () => {
    const before = mentionsOf(['bridge-closed', 'shut'], ['bridge', 'the bridge']);
    const after = mentionsOf(['bridge', 'the old bridge'], ['bridge-shut', 'shut now']);
    const aliases = (claim: string) => (claim === 'bridge-shut' ? ['bridge-closed'] : []);
    const kept = keptAnchors(before.map((m) => m.anchor), after, aliases, new Set(after.map((m) => m.anchor)));
    expect(kept).toEqual(new Map([[after[1]!.anchor, [before[0]!.anchor]], [after[0]!.anchor, [before[1]!.anchor]]]));
    const gone = keptAnchors(before.map((m) => m.anchor), mentionsOf(['other', 'words']), noAliases, new Set());
    expect(gone.size).toBe(0);
  });

  it('keeps the anchor of a passage given to another claim (a claim split) on that passage, its words the same', () => {
    const before = mentionsOf(['bridge-closed', 'shut on Tuesday'], ['bridge-closed', 'shut for repairs']);
    const after = mentionsOf(['bridge-closed', 'shut on Tuesday'], ['bridge-repairs', 'shut for repairs']);
    const kept = keptAnchors(before.map((m) => m.anchor), after, noAliases, new Set(after.map((m) => m.anchor)));
    expect(kept).toEqual(new Map([[after[1]!.anchor, [before[1]!.anchor]]]));
  });

  it('leaves alone an anchor the page still has, and what is no anchor of ours', () => {
    const after = mentionsOf(['a', 'one']);
    expect(keptAnchors([after[0]!.anchor, 'm-a-x', 'm-a-toolong1'], after, noAliases, new Set(after.map((m) => m.anchor))).size).toBe(0);
  });
});

describe('the anchor registry', () => {
  it('reads, merges and writes a line a page, keeping every anchor once recorded, in the order recorded', () => {
    const text = '# comment\n/articles/b/ m-x-0000001 m-y-0000002\n\n/articles/a/ m-z-0000003 not-an-anchor\n';
    const recorded = parseAnchorRegistry(text);
    expect(recorded).toEqual(new Map([['/articles/b/', ['m-x-0000001', 'm-y-0000002']], ['/articles/a/', ['m-z-0000003']]]));
    const merged = mergeAnchors(recorded, new Map([['/articles/b/', ['m-x-0000009', 'm-x-0000001']], ['/articles/c/', ['m-c-0000004']]]));
    const written = formatAnchorRegistry(merged);
    expect(written.split('\n').filter((l) => !l.startsWith('#'))).toEqual(['/articles/a/ m-z-0000003', '/articles/b/ m-x-0000001 m-y-0000002 m-x-0000009', '/articles/c/ m-c-0000004', '']);
    expect(parseAnchorRegistry(written)).toEqual(merged);
  });
});
