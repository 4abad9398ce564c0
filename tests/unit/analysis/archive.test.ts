import { describe, expect, it } from 'vitest';
import { articlesByMonth, byMonth, claimMonth, DATE_NOT_KNOWN, storyMonthTitle, claimMonthPath, claimsByMonth, formatMonth, monthOf, monthPath, monthStoryPages, MONTH_LINES_PER_PAGE, storiesByMonth, storyMonth, storyMonthPath } from '../../../src/lib/archive.ts';
import { article } from './helpers.ts';

describe('monthOf', () => {
  it('is the month of the publication date as its page shows it, in the record’s offset, or of the date added when there is none', () => {
    // 11:30 pm on 30 June at -02:00 is 1 July in UTC; the article's page says 30 June.
    expect(monthOf(article('a', 'o', [], { published: '2026-06-30T23:30:00-02:00' }))).toBe('2026-06');
    expect(monthOf(article('z', 'o', [], { published: '2026-07-01T01:30:00+05:00' }))).toBe('2026-07');
    expect(monthOf(article('b', 'o', [], { added: '2026-05-31T12:00:00Z' }))).toBe('2026-05');
  });
});

describe('articlesByMonth', () => {
  it('is empty without articles', () => {
    expect(articlesByMonth([])).toEqual([]);
  });

  it('gives every month with articles, newest first, each newest first, with its neighbours', () => {
    const months = articlesByMonth([
      article('may-1', 'o', [], { published: '2026-05-01' }),
      article('jul-9', 'o', [], { published: '2026-07-09' }),
      article('may-20', 'o', [], { published: '2026-05-20' }),
      article('undated', 'o', [], { added: '2026-07-02T10:00:00Z' }),
    ]);
    expect(months.map((m) => [m.month, m.articles.map((a) => a.slug), m.newer, m.older])).toEqual([
      ['2026-07', ['jul-9', 'undated'], undefined, '2026-05'],
      ['2026-05', ['may-20', 'may-1'], '2026-07', undefined],
    ]);
  });

  it('changes only the month of a new article (and no other month page) when it falls in a month that has articles', () => {
    const before = Array.from({ length: 90 }, (_, i) => article(`a${i}`, 'o', [], { published: `2026-0${1 + (i % 6)}-1${i % 10}` }));
    const after = [...before, article('new', 'o', [], { published: '2026-03-15' })];
    const [a, b] = [articlesByMonth(before), articlesByMonth(after)];
    const changed = b.filter((m, i) => JSON.stringify(m) !== JSON.stringify(a[i])).map((m) => m.month);
    expect(changed).toEqual(['2026-03']);
  });
});

describe('formatMonth and monthPath', () => {
  it('name the month and its page', () => {
    expect(formatMonth('2026-06')).toBe('June 2026');
    expect(monthPath('2026-06')).toBe('/articles/months/2026-06/');
    expect(monthPath('2026-06', '/sub/')).toBe('/sub/articles/months/2026-06/');
  });
});

describe('byMonth and claimMonth', () => {
  it('group claims by the month they were first reported, keeping their order, and set apart those never reported', () => {
    const view = (id: string, date?: string) => ({ id, firstReported: date ? { date: { date: new Date(date) }, articles: [id] } : undefined });
    const { months, undated } = byMonth([view('b', '2026-06-03'), view('a', '2026-05-30'), view('never'), view('c', '2026-06-01')], claimMonth);
    expect(months.map((m) => [m.month, m.items.map((v) => v.id), m.newer, m.older])).toEqual([
      ['2026-06', ['b', 'c'], undefined, '2026-05'],
      ['2026-05', ['a'], '2026-06', undefined],
    ]);
    expect(undated.map((v) => v.id)).toEqual(['never']);
    expect(claimMonth({ firstReported: { date: { date: new Date('2026-07-01T01:30:00Z'), offset: -120 }, articles: ['a'] } })).toBe('2026-06');
    expect(claimMonthPath('2026-06')).toBe('/claims/months/2026-06/');
  });
});

describe('claimsByMonth', () => {
  const view = (id: string, date?: string, dated = true) => ({
    id,
    firstReported: date ? { date: { date: new Date(date) }, articles: dated ? [id] : [] } : undefined,
  });

  it.each([
    { name: 'a claim first reported by a dated article', views: [view('a', '2026-06-03')], months: [['2026-06', ['a']]], dateNotKnown: [], unreported: [] },
    {
      name: 'a claim only undated articles mention, filed by no month (its page says "Not known")',
      views: [view('a', '2026-06-03'), view('b', '2026-05-20', false)],
      months: [['2026-06', ['a']]],
      dateNotKnown: ['b'],
      unreported: [],
    },
    { name: 'a claim no article mentions', views: [view('a', '2026-06-03'), view('c')], months: [['2026-06', ['a']]], dateNotKnown: [], unreported: ['c'] },
    {
      name: 'all three, in the order given',
      views: [view('c'), view('b', '2026-05-20', false), view('a', '2026-06-03'), view('d', '2026-06-01', false), view('e', '2026-05-01')],
      months: [['2026-06', ['a']], ['2026-05', ['e']]],
      dateNotKnown: ['b', 'd'],
      unreported: ['c'],
    },
  ])('files $name', ({ views, months, dateNotKnown, unreported }) => {
    const got = claimsByMonth(views);
    expect(got.months.map((m) => [m.month, m.items.map((v) => v.id)])).toEqual(months);
    expect(got.dateNotKnown.map((v) => v.id)).toEqual(dateNotKnown);
    expect(got.unreported.map((v) => v.id)).toEqual(unreported);
  });
});

describe('storyMonth and storiesByMonth', () => {
  /** A story's view: its date (and offset), and its articles, oldest first. */
  const view = (id: string, date?: string, articles: ReturnType<typeof article>[] = [], dateOffset?: number) => ({ id, story: { date: date === undefined ? undefined : new Date(date), dateOffset }, articles });

  it('is the month of the story’s date, in the offset its record gives, else of its oldest article, else none', () => {
    expect(storyMonth(view('a', '2026-06-04'))).toBe('2026-06');
    // 1:30 am on 1 July in UTC is 30 June at -02:00, as the story's page shows it.
    expect(storyMonth(view('b', '2026-07-01T01:30:00Z', [], -120))).toBe('2026-06');
    // Its date wins over its articles': the month it happened in, not when it was covered.
    expect(storyMonth(view('c', '2026-05-30', [article('late', 'o', [], { published: '2026-06-02' })]))).toBe('2026-05');
    expect(storyMonth(view('d', undefined, [article('first', 'o', [], { published: '2026-04-28' }), article('next', 'o', [], { published: '2026-05-02' })]))).toBe('2026-04');
    expect(storyMonth(view('e'))).toBeUndefined();
  });

  it('does not move a story when a newer article comes in', () => {
    const first = article('first', 'o', [], { published: '2026-04-28' });
    expect(storyMonth(view('d', undefined, [first, article('newer', 'o', [], { published: '2026-08-01' })]))).toBe(storyMonth(view('d', undefined, [first])));
  });

  it('groups stories by month, newest first, keeping their order, and sets apart those with neither a date nor an article', () => {
    const { months, undated } = storiesByMonth([view('b', '2026-06-20'), view('a', '2026-06-03'), view('none'), view('c', undefined, [article('x', 'o', [], { published: '2026-05-09' })])]);
    expect(months.map((m) => [m.month, m.items.map((v) => v.id), m.newer, m.older])).toEqual([
      ['2026-06', ['b', 'a'], undefined, '2026-05'],
      ['2026-05', ['c'], '2026-06', undefined],
    ]);
    expect(undated.map((v) => v.id)).toEqual(['none']);
  });

  it('puts a month’s stories in numbered pages of MONTH_LINES_PER_PAGE, at their own address', () => {
    const pages = monthStoryPages(Array.from({ length: MONTH_LINES_PER_PAGE + 1 }, (_, i) => i));
    expect(pages.map((p) => [p.number, p.count, p.size])).toEqual([
      [1, 2, MONTH_LINES_PER_PAGE],
      [2, 2, 1],
    ]);
    expect(storyMonthPath('2026-06')).toBe('/stories/months/2026-06/');
    expect(storyMonthPath('2026-06', '/sub/', 2)).toBe('/sub/stories/months/2026-06/2/');
  });
});

describe('storyMonthTitle', () => {
  it('names a month’s stories, and those with neither a date nor an article', () => {
    expect(storyMonthTitle('2026-06')).toBe('Stories of June 2026');
    expect(storyMonthTitle(DATE_NOT_KNOWN)).toBe('Stories not dated yet');
    expect(storyMonthPath(DATE_NOT_KNOWN, '/', 2)).toBe('/stories/months/date-not-known/2/');
  });
});
