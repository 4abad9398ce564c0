import { describe, expect, it } from 'vitest';
import { coverageCell, coverageMatrix, STANCE_PRECEDENCE, strongestStance } from '../../../src/lib/coverage.ts';
import { asClaimId } from '../../../src/lib/ids.ts';
import type { Stance } from '../../../src/lib/mentions.ts';
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
