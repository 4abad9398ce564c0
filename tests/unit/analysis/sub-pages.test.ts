import { describe, expect, it } from 'vitest';
import { EVIDENCE_IN_FULL } from '../../../src/lib/evidence.ts';
import {
  ARTICLE_DISPUTED_LINES,
  ARTICLE_MENTIONS_LISTED,
  articleDisputedPages,
  articleDisputedPath,
  CLAIM_CONTRADICTION_LINES,
  contradictionCardLimits,
  CONTRADICTION_QUOTES_ON_PAGE,
  CLAIM_CONTRADICTIONS_IN_FULL,
  claimContradictionPages,
  claimContradictionsPath,
  CLAIM_RELATED_LISTED,
  claimRelatedPath,
  hasRelatedPage,
  claimEvidencePath,
  contradictionsOnPage,
  claimsWithStances,
  disputeLimits,
  disputedOnPage,
  restOnOneLine,
  ENTITY_CLAIMS_LISTED,
  entityArticlesPath,
  entityClaimPages,
  entityClaimsPath,
  EVIDENCE_PER_PAGE,
  evidencePages,
  firstOfList,
  hasEntityClaimsPage,
  hasEvidencePage,
  LINES_PER_PAGE,
  listPages,
  RENDITIONS_NAMED,
  STORY_LIST_LIMIT,
  storyClaimPages,
  storyClaimsPath,
  storySubPages,
  storyTimelinePath,
  WORDINGS_LISTED,
  wordingsOnPage,
} from '../../../src/lib/sub-pages.ts';
import { asClaimId } from '../../../src/lib/ids.ts';
import { quoteDrift } from '../../../src/lib/quote-drift.ts';
import { article, claim, corpus, evidenceOf, q } from './helpers.ts';

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
    expect(entityArticlesPath('e')).toBe('/entities/e/articles/');
    expect(entityClaimsPath('e', '/sub/')).toBe('/sub/entities/e/claims/');
    expect(articleDisputedPath('a', '/sub/')).toBe('/sub/articles/a/disputed/');
    expect(articleDisputedPath('a', '/', 2)).toBe('/articles/a/disputed/2/');
  });

  it('number their pages from 2 under them', () => {
    expect(claimEvidencePath('c', '/', 1)).toBe('/claims/c/evidence/');
    expect(claimEvidencePath('c', '/sub/', 3)).toBe('/sub/claims/c/evidence/3/');
    expect(storyTimelinePath('s', '/', 2)).toBe('/stories/s/timeline/2/');
    expect(storyClaimsPath('s', '/', 2)).toBe('/stories/s/claims/2/');
    expect(entityArticlesPath('e', '/', 2)).toBe('/entities/e/articles/2/');
    expect(entityClaimsPath('e', '/', 2)).toBe('/entities/e/claims/2/');
  });
});

describe('the numbered pages of sub-pages', () => {
  it('quote a claim’s mentions by stance, asserted first, each page at most EVIDENCE_PER_PAGE, every mention once', () => {
    const evidence = [...Array(EVIDENCE_PER_PAGE + 5).fill('disputes'), ...Array(EVIDENCE_PER_PAGE).fill('asserts'), 'quotes'].map((stance, i) => ({ stance, i }));
    const pages = evidencePages(evidence);
    expect(pages).toHaveLength(3);
    expect(pages.every((p) => p.size <= EVIDENCE_PER_PAGE)).toBe(true);
    expect(pages.map((p) => p.groups.map((g) => `${g.key} ${g.items.length}`))).toEqual([[`asserts ${EVIDENCE_PER_PAGE}`], [`disputes ${EVIDENCE_PER_PAGE}`], ['disputes 5', 'quotes 1']]);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.items.map((e) => e.i))).sort((a, b) => a - b)).toEqual(evidence.map((e) => e.i));
  });

  it('list a story’s claims by status, most pressing first, then its drifted quotations', () => {
    const views = new Map(
      ['a', 'b', 'c'].map((id, i) => [id, { id, status: { status: (['single-source', 'contested', 'corroborated'] as const)[i]! } }] as const),
    );
    const pages = storyClaimPages({ claims: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'gone' }] as never, quoteDrift: ['d1', 'd2'] }, views as never);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.groups.map((g) => g.key)).toEqual(['contested', 'corroborated', 'single-source', 'quote-drift']);
    const many = storyClaimPages({ claims: [], quoteDrift: Array(LINES_PER_PAGE + 1).fill('d') }, new Map());
    expect(many.map((p) => p.size)).toEqual([LINES_PER_PAGE, 1]);
  });

  it('list an entity’s claims by it, then about it, once either is more than its page lists', () => {
    expect(hasEntityClaimsPage({ by: Array(ENTITY_CLAIMS_LISTED).fill('c'), about: Array(ENTITY_CLAIMS_LISTED).fill('c') })).toBe(false);
    expect(hasEntityClaimsPage({ by: [], about: Array(ENTITY_CLAIMS_LISTED + 1).fill('c') })).toBe(true);
    const pages = entityClaimPages(Array(LINES_PER_PAGE - 1).fill('by'), Array(3).fill('about'));
    expect(pages.map((p) => p.groups.map((g) => `${g.key} ${g.from}+${g.items.length}`))).toEqual([[`by 0+${LINES_PER_PAGE - 1}`, 'about 0+1'], ['about 1+2']]);
    expect(listPages(Array(2 * LINES_PER_PAGE + 1).fill(0)).map((p) => p.size)).toEqual([LINES_PER_PAGE, LINES_PER_PAGE, 1]);
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

describe('contradictionsOnPage', () => {
  const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

  it.each([
    { name: 'none', items: 0, cards: 0, lines: 0, page: false },
    { name: 'as many as it shows with their evidence (the real corpus has a claim in 4)', items: CLAIM_CONTRADICTIONS_IN_FULL, cards: CLAIM_CONTRADICTIONS_IN_FULL, lines: 0, page: false },
    { name: 'a short list, whole on the page', items: CLAIM_CONTRADICTIONS_IN_FULL + CLAIM_CONTRADICTION_LINES, cards: CLAIM_CONTRADICTIONS_IN_FULL, lines: CLAIM_CONTRADICTION_LINES, page: false },
    { name: 'one more than the page lists', items: CLAIM_CONTRADICTIONS_IN_FULL + CLAIM_CONTRADICTION_LINES + 1, cards: CLAIM_CONTRADICTIONS_IN_FULL, lines: CLAIM_CONTRADICTION_LINES, page: true },
    { name: 'a claim 400 others contradict', items: 400, cards: CLAIM_CONTRADICTIONS_IN_FULL, lines: CLAIM_CONTRADICTION_LINES, page: true },
  ])('caps what a claim page shows of its contradictions: $name', ({ items, cards, lines, page }) => {
    const shown = contradictionsOnPage(numbers(items));
    expect([shown.cards.length, shown.lines.length, shown.page]).toEqual([cards, lines, page]);
    // In order, none twice: the cards, then the lines.
    expect([...shown.cards, ...shown.lines]).toEqual(numbers(cards + lines));
  });

  it('lists every contradiction on the contradictions page, in order, in pages of 100 lines', () => {
    const pages = claimContradictionPages(numbers(400));
    expect(pages.map((p) => p.size)).toEqual([LINES_PER_PAGE, LINES_PER_PAGE, LINES_PER_PAGE, LINES_PER_PAGE]);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.items))).toEqual(numbers(400));
    expect([claimContradictionsPath('c', '/'), claimContradictionsPath('c', '/news/', 3)]).toEqual(['/claims/c/contradictions/', '/news/claims/c/contradictions/3/']);
  });
});

describe('hasRelatedPage', () => {
  it('is true beyond the claims related to it that a claim page lists', () => {
    expect([0, CLAIM_RELATED_LISTED - 1, CLAIM_RELATED_LISTED, CLAIM_RELATED_LISTED + 1, 400].map((n) => hasRelatedPage(Array.from({ length: n })))).toEqual([false, false, false, true, true]);
    expect(claimRelatedPath('c', '/news/', 2)).toBe('/news/claims/c/related/2/');
  });
});

describe('disputedOnPage', () => {
  const numbers = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);
  const view = (mentions: number, disputed: number, self = 0) => ({ evidence: numbers(mentions), disputed: numbers(disputed), disputedBySelf: numbers(self, 1000) });

  it.each([
    { name: 'a short list, whole on the page', mentions: 10, disputed: 5 + ARTICLE_DISPUTED_LINES, self: 5, cards: 5, lines: ARTICLE_DISPUTED_LINES, shownSelf: 5, page: false },
    { name: 'one claim more than the page lists', mentions: 10, disputed: 5 + ARTICLE_DISPUTED_LINES + 1, self: 0, cards: 5, lines: ARTICLE_DISPUTED_LINES, shownSelf: 0, page: true },
    { name: 'an article of 100 mentions, every claim disputed by others', mentions: 100, disputed: 100, self: 0, cards: 2, lines: ARTICLE_DISPUTED_LINES, shownSelf: 0, page: true },
    { name: 'more claims its own source disputed than the page lists', mentions: 100, disputed: 1, self: 3, cards: 1, lines: 0, shownSelf: 2, page: true },
  ])('caps what an article page lists of what was disputed: $name', ({ mentions, disputed, self, cards, lines, shownSelf, page }) => {
    const shown = disputedOnPage(view(mentions, disputed, self));
    expect([shown.cards.length, shown.lines.length, shown.self.length, shown.page]).toEqual([cards, lines, shownSelf, page]);
    // In order, none twice: the cards, then the lines.
    expect([...shown.cards, ...shown.lines]).toEqual(numbers(cards + lines));
  });

  it.each([
    { mentions: 10, disputed: 6, says: 'the other on one line' },
    { mentions: 10, disputed: 7, says: 'the others one line each' },
    { mentions: 10, disputed: 5 + ARTICLE_DISPUTED_LINES, says: 'the others one line each' },
    { mentions: 100, disputed: 3, says: 'the other on one line' },
  ])('says what it lists one line each of $disputed claims others disputed ($mentions mentions): $says', ({ mentions, disputed, says }) => {
    expect(restOnOneLine(disputedOnPage(view(mentions, disputed)).lines.length)).toBe(says);
  });

  it('lists every claim on the disputed page, those others disputed first, in pages of 100 lines', () => {
    const pages = articleDisputedPages(view(100, 150, 60));
    expect(pages.map((p) => p.groups.map((g) => [g.key, g.items.length]))).toEqual([[['others', LINES_PER_PAGE]], [['others', 50], ['self', 50]], [['self', 10]]]);
  });
});

describe('wordingsOnPage', () => {
  // 60 articles of 20 outlets quote one sentence: 30 word for word, 28 in 14 wordings of their own
  // (two each), and two drop its negation, the least attested wording.
  const extra = ['today', 'soon', 'again', 'together', 'first', 'quickly', 'fully', 'here', 'now', 'too', 'also', 'still', 'then', 'once'];
  const texts = [
    ...Array.from({ length: 30 }, () => '“We will not build the dam”'),
    ...extra.flatMap((word) => [`“We will not build the dam ${word}”`, `“We will not build the dam ${word}”`]),
    '“We will build the dam”',
    '“We will build the dam”',
  ];
  const drift = quoteDrift(
    asClaimId('qt'),
    evidenceOf(corpus({ articles: texts.map((text, i) => article(`a${String(i).padStart(2, '0')}`, `o${i % 20}`, [q('qt', text)], { published: '2026-06-01' })) }), 'qt'),
  )!;

  it('compares at most WORDINGS_LISTED distinct wordings, the best-attested first, and one that changes the meaning however rare', () => {
    const { wordings, otherWordings, otherRenditions } = wordingsOnPage(drift);
    expect(drift.variants).toHaveLength(16);
    expect(wordings).toHaveLength(WORDINGS_LISTED);
    expect(wordings[0]!.variant).toBe(drift.best);
    expect(wordings.map((w) => w.variant.rank)).toEqual([...wordings.map((w) => w.variant.rank)].sort((a, b) => a - b));
    expect(wordings.filter((w) => w.meaningChanged).map((w) => w.variant.wording)).toEqual(['We will build the dam']);
    expect([otherWordings, otherRenditions]).toEqual([16 - WORDINGS_LISTED, 2 * (16 - WORDINGS_LISTED)]);
  });

  it('names the first RENDITIONS_NAMED renditions of each wording, in evidence order, and counts them all', () => {
    const { wordings, otherRenditions } = wordingsOnPage(drift);
    for (const w of wordings) {
      const all = drift.renditions.filter((r) => r.variant === w.variant.key);
      expect(w.renditions).toEqual(all.slice(0, RENDITIONS_NAMED));
      expect(w.count).toBe(all.length);
    }
    expect(wordings[0]!.count).toBe(30);
    expect(wordings.reduce((n, w) => n + w.count, 0) + otherRenditions).toBe(drift.renditions.length);
  });
});

describe('contradictionCardLimits', () => {
  it('shares six quotations among the cards, at least one each, and lists ten lines of each side in one or two cards, five in three, two in more', () => {
    expect([1, 2, 3, 4, 5].map((cards) => contradictionCardLimits(cards))).toEqual([
      { quotes: 6, lines: 10 },
      { quotes: 3, lines: 10 },
      { quotes: 2, lines: 5 },
      { quotes: 1, lines: 2 },
      { quotes: 1, lines: 2 },
    ]);
    expect(CONTRADICTION_QUOTES_ON_PAGE).toBe(6);
  });
});
