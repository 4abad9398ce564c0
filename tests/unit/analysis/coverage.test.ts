import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coverageCell,
  coverageMatrix,
  cutMatrixNote,
  focusMatrix,
  hiddenClaimsNote,
  MATRIX_LIMITS,
  STANCE_PRECEDENCE,
  storyMatrix,
  strongestStance,
} from '../../../src/lib/coverage.ts';
import type { Article } from '../../../src/lib/corpus.ts';
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

  it('breaks ties by the earlier row and column, after a side of a claim no column shows yet', () => {
    // Every article mentions x: a1 is the first to assert it; a4, quoting it, shows a side a2 and a3 do not add.
    expect(shape(focusMatrix(matrix, { claims: 1, articles: 2 }))).toEqual({
      columns: ['a1', 'a4'],
      rows: [['x', 2, ['asserts', 'quotes']]],
      hiddenClaims: ['y', 'z', 'w'],
      hiddenArticles: ['a2', 'a3'],
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

describe('focusMatrix on a story of more articles than columns', () => {
  const day = (d: number) => ({ published: `2026-06-${String(d).padStart(2, '0')}` });
  const shape = (f: ReturnType<typeof focusMatrix>) => ({
    columns: f.columns.map((a, i) => (f.copies[i]!.length > 0 ? `${a.slug} (${f.copies[i]!.map((c) => c.slug).join(' ')})` : a.slug)),
    rows: f.rows.map((r) => r.claim.id),
    hiddenArticles: f.hiddenArticles.map((a) => a.slug),
  });
  const claimsOf = (articles: Article[]) => [...new Set(articles.flatMap((a) => a.mentions.map((x) => x.claim)))].map((id) => claim(id));
  // Each outlet a source, and a copy its original's (independence.ts counts a copy's own claims apart; none here).
  const sourceOf = (articles: Article[]) => (a: Article) => {
    const bySlug = new Map(articles.map((x) => [x.slug as string, x]));
    let root = a;
    for (let hops = 0; root.via !== undefined && bySlug.has(root.via) && hops < articles.length; hops++) root = bySlug.get(root.via)!;
    return root.outlet;
  };
  const focus = (articles: Article[], limits: { claims: number; articles: number }, contested: string[] = []) =>
    shape(focusMatrix(coverageMatrix(claimsOf(articles), articles), limits, { contested: new Set(contested.map(asClaimId)), sourceOf: sourceOf(articles) }));

  it.each([
    {
      name: 'copies saying just what their original says are named under its column, not given columns',
      articles: [
        article('wire', 'w', [m('x'), m('y')], day(1)),
        article('copy1', 'c1', [m('y'), m('x')], { ...day(2), via: 'wire' }),
        article('copy2', 'c2', [m('x'), m('y')], { ...day(3), via: 'wire' }),
        article('own', 'o', [m('z')], day(4)),
      ],
      columns: ['wire (copy1 copy2)', 'own'],
      hiddenArticles: [],
    },
    {
      name: 'a copy of a copy is named under the first article of its chain',
      articles: [
        article('wire', 'w', [m('x')], day(1)),
        article('copy1', 'c1', [m('x')], { ...day(2), via: 'wire' }),
        article('copy2', 'c2', [m('x')], { ...day(3), via: 'copy1' }),
        article('own', 'o', [m('z')], day(4)),
      ],
      columns: ['wire (copy1 copy2)', 'own'],
      hiddenArticles: [],
    },
    {
      name: 'a copy that adds a claim of its own, or takes another stance, is a column like any article',
      articles: [
        article('wire', 'w', [m('x')], day(1)),
        article('adds', 'c1', [m('x'), m('y')], { ...day(2), via: 'wire' }),
        article('turns', 'c2', [m('x', 'disputes')], { ...day(3), via: 'wire' }),
        article('own', 'o', [m('z')], day(4)),
      ],
      columns: ['adds', 'turns'],
      hiddenArticles: ['wire', 'own'],
    },
    {
      name: 'a copy whose original is in no column of the story is an article like any other',
      articles: [
        article('copy1', 'c1', [m('x')], { ...day(1), via: 'elsewhere' }),
        article('copy2', 'c2', [m('x')], { ...day(2), via: 'elsewhere' }),
        article('own', 'o', [m('z')], day(3)),
      ],
      columns: ['copy1', 'own'],
      hiddenArticles: ['copy2'],
    },
    {
      name: 'copies that name each other: the earliest stands for both',
      articles: [
        article('first', 'c1', [m('x')], { ...day(1), via: 'second' }),
        article('second', 'c2', [m('x')], { ...day(2), via: 'first' }),
        article('own', 'o', [m('z')], day(3)),
        article('late', 'l', [m('z')], day(4)),
      ],
      columns: ['first (second)', 'own'],
      hiddenArticles: ['late'],
    },
    {
      name: 'copies of an original left out are left out with it',
      articles: [
        article('wire', 'w', [m('x')], day(1)),
        article('copy1', 'c1', [m('x')], { ...day(2), via: 'wire' }),
        article('p', 'p', [m('y'), m('z')], day(3)),
        article('q', 'q', [m('y', 'disputes'), m('z', 'quotes')], day(4)),
      ],
      columns: ['p', 'q'],
      hiddenArticles: ['wire', 'copy1'],
    },
  ])('$name', ({ articles, columns, hiddenArticles }) => {
    const focused = focus(articles, { claims: 10, articles: 2 });
    expect([focused.columns, focused.hiddenArticles]).toEqual([columns, hiddenArticles]);
  });

  it('gives every article a column when they all fit, copies too', () => {
    const articles = [article('wire', 'w', [m('x')], day(1)), article('copy', 'c', [m('x')], { ...day(2), via: 'wire' })];
    expect(focus(articles, { claims: 10, articles: 2 })).toEqual({ columns: ['wire', 'copy'], rows: ['x'], hiddenArticles: [] });
  });

  // A breaking story in miniature: a wire's alert and its two copies, a toll of seven, then five.
  const breaking = [
    article('wire-alert', 'wire', [m('blast'), m('toll-two')], day(1)),
    article('copy-a', 'copy-a', [m('blast'), m('toll-two')], { ...day(1), via: 'wire-alert' }),
    article('copy-b', 'copy-b', [m('blast'), m('toll-two')], { ...day(2), via: 'wire-alert' }),
    article('daily', 'daily', [m('blast'), m('toll-seven')], day(2)),
    article('officials', 'officials', [m('toll-seven'), m('cloud', 'disputes')], day(3)),
    article('rumour', 'rumour', [m('cloud')], day(3)),
    article('officials-revised', 'officials', [m('toll-five')], day(4)),
    article('wire-revised', 'wire', [m('toll-five'), m('port-closed')], day(4)),
  ];
  it.each([
    {
      name: 'the wire and its copies take one column, beside the first toll and the revised one, and the cloud from both sides',
      contested: ['toll-seven', 'toll-five', 'cloud'],
      limits: { claims: 10, articles: 4 },
      columns: ['wire-alert (copy-a copy-b)', 'officials', 'rumour', 'wire-revised'],
      rows: ['blast', 'toll-two', 'toll-seven', 'cloud', 'toll-five', 'port-closed'],
    },
    {
      name: 'two columns show the two tolls, with the claims the articles shown make',
      contested: ['toll-seven', 'toll-five', 'cloud'],
      limits: { claims: 10, articles: 2 },
      columns: ['officials', 'wire-revised'],
      rows: ['toll-seven', 'cloud', 'toll-five', 'port-closed'],
    },
    {
      name: 'the rows keep the contested claims first when they are cut',
      contested: ['toll-seven', 'toll-five', 'cloud'],
      limits: { claims: 3, articles: 4 },
      columns: ['daily', 'officials', 'rumour', 'officials-revised'],
      rows: ['toll-seven', 'cloud', 'toll-five'],
    },
    {
      name: 'without contested claims, the rows covered by the most sources, and the columns adding the most',
      contested: [],
      limits: { claims: 3, articles: 2 },
      columns: ['daily', 'officials'],
      rows: ['blast', 'toll-seven', 'cloud'],
    },
  ])('$name', ({ contested, limits, columns, rows }) => {
    const focused = focus(breaking, limits, contested);
    expect([focused.columns, focused.rows]).toEqual([columns, rows]);
  });

  it('counts a claim’s independent sources, not its articles, to rank the rows', () => {
    // x is in three articles of one outlet, y in two outlets' articles.
    const articles = [
      article('o1', 'one', [m('x')], day(1)),
      article('o2', 'one', [m('x')], day(2)),
      article('o3', 'one', [m('x')], day(3)),
      article('p', 'p', [m('y')], day(4)),
      article('q', 'q', [m('y')], day(5)),
    ];
    expect(focus(articles, { claims: 1, articles: 2 }).rows).toEqual(['y']);
    expect(shape(focusMatrix(coverageMatrix(claimsOf(articles), articles), { claims: 1, articles: 2 })).rows).toEqual(['x']);
  });
});

describe('cutMatrixNote', () => {
  const list = (n: number, make: (i: number) => unknown) => Array.from({ length: n }, (_, i) => make(i)) as never[];
  it.each([
    { rows: 13, hiddenClaims: 0, columns: 8, hiddenArticles: 5, copies: [2, 1], note: 'This story has 13 claims and 16 articles, too many for one table: it shows all 13 claims in the 8 articles that between them show the most sides and sources on them; a copy saying just what an article shown says is named under it.' },
    { rows: 50, hiddenClaims: 550, columns: 8, hiddenArticles: 292, copies: [], note: 'This story has 600 claims and 300 articles, too many for one table: it shows 50 claims (those its sources disagree on first, then those covered by the most independent sources) in the 8 articles that between them show the most sides and sources on them.' },
    { rows: 12, hiddenClaims: 1, columns: 8, hiddenArticles: 8, copies: [], note: 'This story has 13 claims and 16 articles, too many for one table: it shows the 12 claims made in the 8 articles that between them show the most sides and sources on them.' },
    { rows: 50, hiddenClaims: 1, columns: 8, hiddenArticles: 0, copies: [1, 1], note: 'This story has 51 claims and 10 articles, too many for one table: it shows 50 claims (those its sources disagree on first, then those covered by the most independent sources); a copy saying just what an article shown says is named under it.' },
    { rows: 100, hiddenClaims: 1, columns: 7, hiddenArticles: 0, copies: [1], note: 'This story has 101 claims and 8 articles, too many for one table: it shows 100 claims (those its sources disagree on first, then those covered by the most independent sources); a copy saying just what an article shown says is named under it.' },
    { rows: 3, hiddenClaims: 0, columns: 7, hiddenArticles: 0, copies: [2], note: undefined },
  ])('says how $rows of $hiddenClaims claims were chosen, and $columns columns of $hiddenArticles articles', ({ rows, hiddenClaims, columns, hiddenArticles, copies, note }) => {
    expect(
      cutMatrixNote({
        rows: list(rows, () => ({})),
        hiddenClaims: list(hiddenClaims, () => ({})),
        columns: list(columns, () => ({})),
        hiddenArticles: list(hiddenArticles, () => ({})),
        copies: list(columns, (i) => list(copies[i] ?? 0, () => ({}))),
      }),
    ).toBe(note);
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
          outlet: fc.constantFrom('o', 'p', 'q'),
          via: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
        }),
        { maxLength: 9 },
      ),
      contested: fc.subarray(ids),
      limits: fc.record({ claims: fc.integer({ min: 0, max: 4 }), articles: fc.integer({ min: 0, max: 5 }), claimsWhenWhole: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }) }),
    });
    fc.assert(
      fc.property(arb, ({ claims, articles, limits, contested }) => {
        const cs = claims.map((id) => claim(id));
        const as = articles.map((a, i) =>
          article(`a${i}`, a.outlet, a.mentions.map(([id, stance]) => m(id, stance)), { published: `2026-06-0${a.day}`, ...(a.via === undefined ? {} : { via: `a${a.via}` }) }),
        );
        const focus = { contested: new Set(contested.map(asClaimId)), sourceOf: (a: Article, position: number) => (position % 2 ? a.slug : a.outlet) };
        const whole = coverageMatrix(cs, as);
        expect(storyMatrix(cs, as, limits, focus)).toEqual({ order: whole.rows.map((r) => r.claim), matrix: focusMatrix(whole, limits, focus) });
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
