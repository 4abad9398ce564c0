import { describe, expect, it } from 'vitest';
import { asOutletId } from '../../../src/lib/ids.ts';
import { indexCorpus, outletOf } from '../../../src/lib/lookup.ts';
import {
  articleDate,
  compareArticlesByDate,
  compareArticlesNewestFirst,
  compareNames,
  compareText,
  counted,
  dateSpan,
  isDayOnly,
  isoDay,
  unique,
} from '../../../src/lib/order.ts';
import { article, corpus, outlet } from './helpers.ts';

describe('dateSpan', () => {
  it.each([
    ['2026-06-05', true, '2026-06-05T00:00:00.000Z', '2026-06-05T23:59:59.999Z'],
    ['2026-06-05T09:00:00+02:00', false, '2026-06-05T07:00:00.000Z', '2026-06-05T07:00:00.000Z'],
    ['2026-06-04T17:00:44Z', false, '2026-06-04T17:00:44.000Z', '2026-06-04T17:00:44.000Z'],
    ['1969-12-31', true, '1969-12-31T00:00:00.000Z', '1969-12-31T23:59:59.999Z'],
  ])('reads %s as day alone: %s, from %s to %s', (text, dayOnly, from, to) => {
    const date = new Date(text);
    expect([isDayOnly(date), ...dateSpan(date).map((t) => new Date(t).toISOString())]).toEqual([dayOnly, from, to]);
  });
});

describe('dateSpan of a date written with an offset', () => {
  it('is the moment itself, even at midnight UTC', () => {
    // 5 pm in California on 4 June: midnight UTC on 5 June, a moment, not a date without a time.
    const date = new Date('2026-06-04T17:00:00-07:00');
    expect([isDayOnly(date, -420), ...dateSpan(date, -420)]).toEqual([false, date.getTime(), date.getTime()]);
    expect(isDayOnly(date)).toBe(true);
  });
});

describe('articleDate', () => {
  it.each([
    [{ published: '2026-06-01', added: '2026-06-09' }, '2026-06-01', 'published'],
    [{ added: '2026-06-09' }, '2026-06-09', 'added'],
  ])('places %j on %s (%s)', (extra, day, basis) => {
    const date = articleDate(article('a', 'o', [], extra));
    expect([isoDay(date.date), date.basis]).toEqual([day, basis]);
  });

  it.each([
    [{ published: '2026-06-04T20:00:00-07:00', added: '2026-06-09' }, -420],
    [{ added: '2026-06-09T10:00:00+05:30' }, 330],
    [{ published: '2026-06-04T20:00:00Z', added: '2026-06-09T10:00:00+05:30' }, undefined],
  ])('gives with %j the offset it was written in (%s)', (extra, offset) => {
    expect(articleDate(article('a', 'o', [], extra)).offset).toBe(offset);
  });
});

describe('compareArticlesByDate and compareArticlesNewestFirst', () => {
  // An article known only by the date it was added is never ordered among the dated ones, however early it was added.
  const list = () => [
    article('b', 'o', [], { published: '2026-06-01' }),
    article('c', 'o', [], { added: '2026-05-01' }),
    article('late', 'o', [], { published: '2026-06-03' }),
    article('d', 'o', [], { added: '2026-06-02' }),
    article('a', 'o', [], { published: '2026-06-01' }),
  ];

  it.each([
    ['oldest first, then by slug, those with no publication date after them by the date added', compareArticlesByDate, ['a', 'b', 'late', 'c', 'd']],
    ['newest first, then by slug, those with no publication date after them, latest added first', compareArticlesNewestFirst, ['late', 'a', 'b', 'd', 'c']],
  ])('orders %s', (_, compare, expected) => {
    expect(list().sort(compare).map((a) => a.slug)).toEqual(expected);
  });
});

describe('compareText and compareNames', () => {
  it.each([
    [compareText, ['b', 'B', 'a'], ['B', 'a', 'b']],
    [compareNames, ['b', 'B', 'a', 'Éa'], ['a', 'B', 'b', 'Éa']],
    [compareNames, ['item 10', 'item 9'], ['item 9', 'item 10']],
  ])('sorts deterministically (%#)', (compare, input, expected) => {
    expect([...input].sort(compare)).toEqual(expected);
  });
});

describe('counted', () => {
  it.each([
    [0, 'article', undefined, '0 articles'],
    [1, 'article', undefined, '1 article'],
    [2, 'entity', 'entities', '2 entities'],
  ])('says %d %s', (n, singular, plural, expected) => {
    expect(counted(n, singular, plural)).toBe(expected);
  });
});

describe('unique', () => {
  it('keeps first occurrences in order', () => {
    expect(unique([3, 1, 3, 2, 1])).toEqual([3, 1, 2]);
  });
});

describe('indexCorpus', () => {
  it('keeps the first entry when an id repeats', () => {
    const lookup = indexCorpus(corpus({ outlets: [outlet('o', { name: 'First' }), outlet('o', { name: 'Second' })] }));
    expect(lookup.outlets.get(asOutletId('o'))?.name).toBe('First');
  });
});

describe('outletOf', () => {
  it('stands in a placeholder named after a missing outlet', () => {
    expect(outletOf(indexCorpus(corpus()), asOutletId('ghost'))).toEqual({
      id: 'ghost',
      name: 'ghost',
      unidentified: false,
      aliases: [],
    });
  });
});
