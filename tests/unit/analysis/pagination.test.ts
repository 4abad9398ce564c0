import { describe, expect, it } from 'vitest';
import { numberedPath, numberedRoutes, pageNumber, pageOfGroup, pageParam, paginate } from '../../../src/lib/pagination.ts';

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('paginate', () => {
  it('cuts a list into pages of at most the capacity, in order, every item once', () => {
    const pages = paginate([{ key: 'list', items: range(1, 25) }], 10);
    expect(pages.map((p) => [p.number, p.count, p.from, p.size, p.total])).toEqual([
      [1, 3, 0, 10, 25],
      [2, 3, 10, 10, 25],
      [3, 3, 20, 5, 25],
    ]);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.items))).toEqual(range(1, 25));
  });

  it('cuts through groups, saying which part of each group a page holds', () => {
    const pages = paginate(
      [
        { key: 'asserts', items: range(0, 7) },
        { key: 'qualifies', items: [] },
        { key: 'disputes', items: range(100, 6) },
      ],
      5,
    );
    expect(pages.map((p) => p.groups.map((g) => `${g.key} ${g.from + 1}-${g.from + g.items.length} of ${g.total}`))).toEqual([
      ['asserts 1-5 of 7'],
      ['asserts 6-7 of 7', 'disputes 1-3 of 6'],
      ['disputes 4-6 of 6'],
    ]);
    expect(pageOfGroup(pages, 'asserts')).toBe(1);
    expect(pageOfGroup(pages, 'disputes')).toBe(2);
    expect(pageOfGroup(pages, 'qualifies')).toBe(1);
  });

  it('gives an empty list one empty page, and a list of exactly one page no second', () => {
    expect(paginate([{ key: 'list', items: [] }], 10)).toEqual([{ number: 1, count: 1, groups: [], from: 0, size: 0, total: 0 }]);
    expect(paginate([{ key: 'list', items: range(0, 10) }], 10)).toHaveLength(1);
    expect(paginate([{ key: 'list', items: range(0, 11) }], 10)).toHaveLength(2);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate([{ key: 'list', items: [1] }], 0)).toThrow(RangeError);
    expect(() => paginate([{ key: 'list', items: [1] }], 2.5)).toThrow(RangeError);
  });
});

describe('numbered pages’ addresses', () => {
  it('keep page 1 at the sub-page’s address and put page n under it', () => {
    expect(numberedPath('/claims/x/evidence/', 1)).toBe('/claims/x/evidence/');
    expect(numberedPath('/claims/x/evidence/', 2)).toBe('/claims/x/evidence/2/');
    expect([pageParam(1), pageParam(12)]).toEqual([undefined, '12']);
    expect([pageNumber(undefined), pageNumber('12')]).toEqual([1, 12]);
    expect(numberedRoutes('x', [{ number: 1 }, { number: 2 }])).toEqual([{ params: { id: 'x', page: undefined } }, { params: { id: 'x', page: '2' } }]);
  });
});
