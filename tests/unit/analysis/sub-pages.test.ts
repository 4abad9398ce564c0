import { describe, expect, it } from 'vitest';
import { EVIDENCE_IN_FULL } from '../../../src/lib/evidence.ts';
import { ARTICLE_MENTIONS_LISTED, claimEvidencePath, claimsWithStances, disputeLimits, firstOfList, hasEvidencePage, STORY_LIST_LIMIT, storyClaimsPath, storySubPages, storyTimelinePath } from '../../../src/lib/sub-pages.ts';
import { claim } from './helpers.ts';

const claims = (n: number) => Array.from({ length: n }, (_, i) => claim(`c${i}`));
const lists = { timeline: [], contested: [], singleSource: [], quoteDrift: [], matrix: { hiddenClaims: [] } };

describe('storySubPages', () => {
  it('gives a small story no sub-page', () => {
    expect(storySubPages({ ...lists, timeline: Array(STORY_LIST_LIMIT).fill(0), contested: claims(STORY_LIST_LIMIT) })).toEqual({ timeline: false, claims: false });
  });

  it('gives a timeline page to a story of more articles than its page lists', () => {
    expect(storySubPages({ ...lists, timeline: Array(STORY_LIST_LIMIT + 1).fill(0) })).toEqual({ timeline: true, claims: false });
  });

  it.each(['contested', 'singleSource', 'quoteDrift'] as const)('gives a claims page to a story whose %s list is cut', (list) => {
    expect(storySubPages({ ...lists, [list]: claims(STORY_LIST_LIMIT + 1) }).claims).toBe(true);
  });

  it('gives a claims page to a story whose coverage matrix leaves claims out', () => {
    expect(storySubPages({ ...lists, matrix: { hiddenClaims: claims(1) } }).claims).toBe(true);
  });
});

describe('firstOfList', () => {
  it('shows the first items and counts the rest', () => {
    expect(firstOfList([1, 2, 3], 2)).toEqual({ shown: [1, 2], left: 1 });
    expect(firstOfList([1], 2)).toEqual({ shown: [1], left: 0 });
    expect(firstOfList(Array.from({ length: 300 }, (_, i) => i)).shown).toHaveLength(STORY_LIST_LIMIT);
  });
});

describe('hasEvidencePage', () => {
  it('is true when some stance has more mentions than the claim page quotes in full', () => {
    const of = (stance: 'asserts' | 'disputes', n: number) => Array.from({ length: n }, () => ({ stance }));
    expect(hasEvidencePage([])).toBe(false);
    expect(hasEvidencePage([...of('asserts', EVIDENCE_IN_FULL), ...of('disputes', EVIDENCE_IN_FULL)])).toBe(false);
    expect(hasEvidencePage([...of('asserts', 1), ...of('disputes', EVIDENCE_IN_FULL + 1)])).toBe(true);
  });
});

describe('sub-page paths', () => {
  it('sit under their story or claim', () => {
    expect(storyTimelinePath('s', '/sub/')).toBe('/sub/stories/s/timeline/');
    expect(storyClaimsPath('s')).toBe('/stories/s/claims/');
    expect(claimEvidencePath('c')).toBe('/claims/c/evidence/');
  });
});

describe('claimsWithStances', () => {
  it('gives each claim once, in the order first mentioned, with its stances in the order first taken', () => {
    expect(
      claimsWithStances([
        { claim: 'b', stance: 'quotes' },
        { claim: 'a', stance: 'asserts' },
        { claim: 'b', stance: 'asserts' },
        { claim: 'b', stance: 'quotes' },
      ]),
    ).toEqual([
      { claim: 'b', stances: ['quotes', 'asserts'] },
      { claim: 'a', stances: ['asserts'] },
    ]);
  });
});

describe('disputeLimits', () => {
  it('quotes less of what others disputed in an article of more mentions than its page lists one by one', () => {
    expect(disputeLimits(ARTICLE_MENTIONS_LISTED)).toEqual({ claims: 5, quotes: 3 });
    expect(disputeLimits(ARTICLE_MENTIONS_LISTED + 1)).toEqual({ claims: 2, quotes: 1 });
  });
});
