import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coverageCell,
  coverageMatrix,
  focusMatrix,
  hiddenClaimsNote,
  MATRIX_LIMITS,
  STANCE_PRECEDENCE,
  storyMatrix,
  strongestStance,
} from '../../../src/lib/coverage.ts';
import { asClaimId } from '../../../src/lib/ids.ts';
import { STANCES, type Stance } from '../../../src/lib/mentions.ts';
import { article, claim, m } from './helpers.ts';

describe('strongestStance', () => {
  it.each<[Stance[], Stance | undefined]>([
    [[], undefined],
    [['quotes'], 'quotes'],
    [['quotes', 'asserts'], 'asserts'],
    [['asserts', 'qualifies'], 'qualifies'],
    [['qualifies', 'disputes', 'asserts'], 'disputes'],
    [['quotes', 'quotes'], 'quotes'],
  ])('picks from %j: %s', (stances, expected) => {
    expect(strongestStance(stances)).toBe(expected);
  });

  it('follows the documented precedence', () => {
    expect(STANCE_PRECEDENCE).toEqual(['disputes', 'qualifies', 'asserts', 'quotes']);
  });
});

describe('coverageCell', () => {
  it.each([
    {
      name: 'an article that does not mention the claim',
      mentions: [m('y')],
      stance: 'none',
      stances: [],
      count: 0,
      anchor: undefined,
    },
    {
      name: 'a single assertion',
      mentions: [m('x')],
      stance: 'asserts',
      stances: ['asserts'],
      count: 1,
      anchor: 'm-x-asserts',
    },
    {
      name: 'a quote and a dispute show the dispute and keep both',
      mentions: [m('x', 'quotes'), m('x', 'disputes')],
      stance: 'disputes',
      stances: ['disputes', 'quotes'],
      count: 2,
      anchor: 'm-x-disputes',
    },
  ])('records $name', ({ mentions, stance, stances, count, anchor }) => {
    expect(coverageCell(article('a', 'o', mentions), asClaimId('x'))).toEqual({
      claim: 'x',
      article: 'a',
      stance,
      stances,
      mentions: count,
      anchor,
    });
  });
});

describe('coverageMatrix', () => {
  it('is empty without claims or articles', () => {
    expect(coverageMatrix([], [])).toEqual({ columns: [], rows: [] });
  });

  it('orders columns by date and rows by first mention, with unmentioned claims last by id', () => {
    const matrix = coverageMatrix(
      [claim('z-unmentioned'), claim('late'), claim('a-unmentioned'), claim('second'), claim('first')],
      [
        article('newer', 'o', [m('late'), m('first', 'disputes')], { published: '2026-06-02' }),
        article('older', 'p', [m('first'), m('second', 'quotes')], { published: '2026-06-01' }),
      ],
    );
    expect(matrix.columns.map((a) => a.slug)).toEqual(['older', 'newer']);
    expect(matrix.rows.map((r) => [r.claim.id, r.mentionedBy, r.cells.map((c) => c.stance)])).toEqual([
      ['first', 2, ['asserts', 'disputes']],
      ['second', 1, ['quotes', 'none']],
      ['late', 1, ['none', 'asserts']],
      ['a-unmentioned', 0, ['none', 'none']],
      ['z-unmentioned', 0, ['none', 'none']],
    ]);
  });

  it('lists a claim given twice once', () => {
    expect(coverageMatrix([claim('x'), claim('x')], []).rows).toHaveLength(1);
  });
});

describe('focusMatrix', () => {
  // Columns a1…a4 by date; x is mentioned by all four, y by a2 and a4, z by a3 only, w by none.
  const matrix = coverageMatrix(
    [claim('w'), claim('x'), claim('y'), claim('z')],
    [
      article('a1', 'o', [m('x')], { published: '2026-06-01' }),
      article('a2', 'o', [m('x'), m('y', 'disputes')], { published: '2026-06-02' }),
      article('a3', 'o', [m('x'), m('z')], { published: '2026-06-03' }),
      article('a4', 'o', [m('y'), m('x', 'quotes')], { published: '2026-06-04' }),
    ],
  );
  const shape = (f: ReturnType<typeof focusMatrix>) => ({
    columns: f.columns.map((a) => a.slug),
    rows: f.rows.map((r) => [r.claim.id, r.mentionedBy, r.cells.map((c) => c.stance)]),
    hiddenClaims: f.hiddenClaims.map((c) => c.id),
    hiddenArticles: f.hiddenArticles.map((a) => a.slug),
  });

  it('returns a matrix within its limits whole', () => {
    const whole = focusMatrix(matrix, { claims: 4, articles: 4 });
    expect(whole.columns).toEqual(matrix.columns);
    expect(whole.rows).toEqual(matrix.rows);
    expect(whole.hiddenClaims).toEqual([]);
    expect(whole.hiddenArticles).toEqual([]);
  });

  it('keeps the claims covered by the most articles, then the articles covering the most of them, in the matrix order', () => {
    expect(shape(focusMatrix(matrix, { claims: 2, articles: 2 }))).toEqual({
      columns: ['a2', 'a4'],
      rows: [
        ['x', 2, ['asserts', 'quotes']],
        ['y', 2, ['disputes', 'asserts']],
      ],
      hiddenClaims: ['z', 'w'],
      hiddenArticles: ['a1', 'a3'],
    });
  });

  it('breaks ties by the earlier row and column', () => {
    expect(shape(focusMatrix(matrix, { claims: 1, articles: 2 }))).toEqual({
      columns: ['a1', 'a2'],
      rows: [['x', 2, ['asserts', 'asserts']]],
      hiddenClaims: ['y', 'z', 'w'],
      hiddenArticles: ['a3', 'a4'],
    });
  });

  it.each([
    // One column, a2: z (only a3 mentions it) would read "Not mentioned" across its row. (w, which no
    // article mentions, cannot be published: the checks refuse it, story-mismatch.)
    { limits: { claims: 4, articles: 1 }, columns: ['a2'], rows: ['x', 'y', 'w'], hiddenClaims: ['z'] },
    // Two rows: y and z tie, y (the earlier row) is kept and decides the column; z, in a3 only, is left out.
    { limits: { claims: 2, articles: 1 }, columns: ['a2'], rows: ['x', 'y'], hiddenClaims: ['z', 'w'] },
    // One row and one column: x, mentioned by every article, whatever the column.
    { limits: { claims: 1, articles: 1 }, columns: ['a1'], rows: ['x'], hiddenClaims: ['y', 'z', 'w'] },
  ])('leaves out a claim that only the articles left out mention, its row empty: $limits', ({ limits, columns, rows, hiddenClaims }) => {
    const focused = shape(focusMatrix(matrix, limits));
    expect([focused.columns, focused.rows.map(([id]) => id), focused.hiddenClaims]).toEqual([columns, rows, hiddenClaims]);
    expect(focused.rows.filter(([, mentionedBy]) => mentionedBy === 0).map(([id]) => id)).toEqual(rows.filter((id) => id === 'w'));
  });

  it('fills the place of a row left out with the next claim covered most that the columns shown mention', () => {
    // Columns by date: b1 mentions p and q, b2 mentions p and r, b3 mentions s; p is covered by two.
    const story = coverageMatrix(
      [claim('p'), claim('q'), claim('r'), claim('s')],
      [
        article('b1', 'o', [m('p'), m('q')], { published: '2026-06-01' }),
        article('b2', 'o', [m('p'), m('r')], { published: '2026-06-02' }),
        article('b3', 'o', [m('s')], { published: '2026-06-03' }),
      ],
    );
    // Two rows, p and q, choose b1 for one column; r (in b2) and s (in b3) would be empty there.
    expect(shape(focusMatrix(story, { claims: 2, articles: 1 }))).toEqual({
      columns: ['b1'],
      rows: [
        ['p', 1, ['asserts']],
        ['q', 1, ['asserts']],
      ],
      hiddenClaims: ['r', 's'],
      hiddenArticles: ['b2', 'b3'],
    });
    // Three rows, p, q and r, choose b1 and b2 for two columns: each row has a mention there.
    expect(shape(focusMatrix(story, { claims: 3, articles: 2 })).rows.map(([id]) => id)).toEqual(['p', 'q', 'r']);
    // Four rows and two columns: s, left out with b3, leaves three rows, none empty.
    expect(shape(focusMatrix(story, { claims: 4, articles: 2 }))).toMatchObject({
      rows: [
        ['p', 2, ['asserts', 'asserts']],
        ['q', 1, ['asserts', 'none']],
        ['r', 1, ['none', 'asserts']],
      ],
      hiddenClaims: ['s'],
    });
  });

  it('bounds a story of 300 articles and 600 claims to the page limits', () => {
    const claims = Array.from({ length: 600 }, (_, i) => claim(`c${String(i).padStart(3, '0')}`));
    const articles = Array.from({ length: 300 }, (_, i) =>
      article(`a${String(i).padStart(3, '0')}`, 'o', [m('c000'), m(`c${String(2 * i).padStart(3, '0')}`), m(`c${String(2 * i + 1).padStart(3, '0')}`)], {
        published: '2026-06-01',
      }),
    );
    const focused = focusMatrix(coverageMatrix(claims, articles));
    expect(focused.rows.length).toBeLessThanOrEqual(MATRIX_LIMITS.claims);
    expect(focused.columns).toHaveLength(MATRIX_LIMITS.articles);
    expect(focused.rows.every((r) => r.cells.length === MATRIX_LIMITS.articles)).toBe(true);
    expect(focused.rows[0]!.claim.id).toBe('c000');
    expect(focused.rows[0]!.mentionedBy).toBe(MATRIX_LIMITS.articles);
    // Each of the 8 articles shown makes c000 and two claims of its own: every row says something.
    expect(focused.rows.map((r) => r.mentionedBy).filter((n) => n === 0)).toEqual([]);
    expect(focused.rows).toHaveLength(1 + 2 * MATRIX_LIMITS.articles);
    expect(focused.hiddenClaims).toHaveLength(600 - focused.rows.length);
    expect(focused.hiddenArticles).toHaveLength(300 - MATRIX_LIMITS.articles);
  });

  it('shows every claim of a story whose articles all fit in the columns, up to its own limit', () => {
    const story = (claimCount: number, articleCount: number) => {
      const claims = Array.from({ length: claimCount }, (_, i) => claim(`c${String(i).padStart(3, '0')}`));
      const articles = Array.from({ length: articleCount }, (_, a) =>
        article(`a${a}`, 'o', claims.filter((_, i) => i % articleCount === a).map((c) => m(c.id)), { published: '2026-06-01' }),
      );
      return focusMatrix(coverageMatrix(claims, articles));
    };
    // The real story: 86 claims in 5 articles.
    expect([story(86, 5).rows.length, story(86, 5).hiddenClaims.length]).toEqual([86, 0]);
    expect(story(150, 8).rows).toHaveLength(MATRIX_LIMITS.claimsWhenWhole);
    // One article more than the columns hold: the tighter limit.
    expect(story(86, 9).rows).toHaveLength(MATRIX_LIMITS.claims);
  });
});

describe('storyMatrix', () => {
  it('gives the rows in matrix order and the part of the matrix a page shows, as focusMatrix cuts the whole one', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const arb = fc.record({
      claims: fc.subarray(ids),
      articles: fc.array(
        fc.record({
          day: fc.integer({ min: 1, max: 4 }),
          mentions: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...STANCES)), { maxLength: 4 }),
        }),
        { maxLength: 7 },
      ),
      limits: fc.record({ claims: fc.integer({ min: 0, max: 4 }), articles: fc.integer({ min: 0, max: 5 }), claimsWhenWhole: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }) }),
    });
    fc.assert(
      fc.property(arb, ({ claims, articles, limits }) => {
        const cs = claims.map((id) => claim(id));
        const as = articles.map((a, i) => article(`a${i}`, 'o', a.mentions.map(([id, stance]) => m(id, stance)), { published: `2026-06-0${a.day}` }));
        const whole = coverageMatrix(cs, as);
        expect(storyMatrix(cs, as, limits)).toEqual({ order: whole.rows.map((r) => r.claim), matrix: focusMatrix(whole, limits) });
      }),
      { numRuns: 300 },
    );
  });
});

describe('hiddenClaimsNote', () => {
  it.each([
    [1, 'The other claim is listed'],
    [2, 'The other 2 claims are listed'],
    [550, 'The other 550 claims are listed'],
  ])('says what %i claims left out of the matrix are', (hidden, note) => {
    expect(hiddenClaimsNote(hidden)).toBe(note);
  });

  it('agrees with a matrix that leaves out one claim: 101 claims of a story whose articles all fit', () => {
    const claims = Array.from({ length: MATRIX_LIMITS.claimsWhenWhole + 1 }, (_, i) => claim(`c${String(i).padStart(3, '0')}`));
    const focused = focusMatrix(coverageMatrix(claims, [article('a0', 'o', claims.map((c) => m(c.id)))]));
    expect(hiddenClaimsNote(focused.hiddenClaims.length)).toBe('The other claim is listed');
  });
});
