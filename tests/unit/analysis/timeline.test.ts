import { describe, expect, it } from 'vitest';
import { asClaimId } from '../../../src/lib/ids.ts';
import { FIRST_REPORT_OUTLETS_NAMED, firstReported, firstReportDisputes, firstReportOutlets, firstReportNote, firstReportTimes, formatTime, layoutEvents, timedArticles, timedEvents, layoutTimeline, storyTimeline, TIMELINE_LAYOUT_DEFAULTS, undatedNote } from '../../../src/lib/timeline.ts';
import { article, corpus, evidenceOf, m } from './helpers.ts';

describe('storyTimeline', () => {
  it('is empty for no articles', () => {
    expect(storyTimeline([])).toEqual([]);
  });

  it('orders articles by published date, then by slug, and those known only by the date they were added after them, saying which', () => {
    const events = storyTimeline([
      article('c', 'o', [], { published: '2026-06-03' }),
      article('undated-late', 'o', [], { added: '2026-06-04' }),
      article('undated', 'o', [], { added: '2026-06-02' }),
      article('b', 'o', [], { published: '2026-06-01' }),
      article('a', 'o', [], { published: '2026-06-01' }),
    ]);
    expect(events.map((e) => [e.article.slug, e.date.basis, e.date.date.toISOString().slice(0, 10)])).toEqual([
      ['a', 'published', '2026-06-01'],
      ['b', 'published', '2026-06-01'],
      ['c', 'published', '2026-06-03'],
      ['undated', 'added', '2026-06-02'],
      ['undated-late', 'added', '2026-06-04'],
    ]);
  });

  it('says which first reports another article may have made first too: a tie, not each simply first', () => {
    const events = storyTimeline([
      article('a', 'o', [m('x'), m('y')], { published: '2026-06-05' }),
      article('b', 'p', [m('x')], { published: '2026-06-05' }),
      article('c', 'q', [m('x'), m('z')], { published: '2026-06-05T09:00:00Z' }),
      article('d', 'r', [m('y')], { published: '2026-06-06' }),
    ]);
    expect(events.map((e) => [e.article.slug, e.firstReports, e.tied ?? [], firstReportNote(e)])).toEqual([
      ['a', ['x', 'y'], ['x'], 'first to report 2 claims (1 of the 2 tied with another article)'],
      ['b', ['x'], ['x'], 'first to report 1 claim (tied with another article)'],
      ['c', ['x', 'z'], ['x'], 'first to report 2 claims (1 of the 2 tied with another article)'],
      ['d', [], [], undefined],
    ]);
  });

  it.each([
    {
      name: 'an undated article added before every dated one is not first; the dated ones it certainly preceded are not either',
      articles: [
        article('undated', 'o', [m('x'), m('y')], { added: '2026-06-01' }),
        article('dated', 'p', [m('x')], { published: '2026-06-03' }),
        article('dated-y', 'p', [m('y')], { published: '2026-06-01T09:00:00Z' }),
      ],
      expected: [
        ['dated-y', ['y'], ['y']],
        ['dated', [], []],
        ['undated', [], []],
      ],
    },
    {
      name: 'a dated article is only the first dated report of a claim an undated one added later mentions too',
      articles: [
        article('dated', 'o', [m('x'), m('y')], { published: '2026-06-01' }),
        article('undated', 'p', [m('x')], { added: '2026-06-05' }),
      ],
      expected: [
        ['dated', ['x', 'y'], ['x']],
        ['undated', [], []],
      ],
    },
    {
      name: 'an undated copy of the dated article cannot precede it',
      articles: [
        article('dated', 'o', [m('x')], { published: '2026-06-01' }),
        article('undated-copy', 'p', [m('x')], { added: '2026-06-05', via: 'dated' }),
      ],
      expected: [
        ['dated', ['x'], []],
        ['undated-copy', [], []],
      ],
    },
    {
      name: 'no first report when every article is undated',
      articles: [article('undated', 'o', [m('x')], { added: '2026-06-01' })],
      expected: [['undated', [], []]],
    },
  ])('never calls an article with no publication date first: $name', ({ articles, expected }) => {
    expect(storyTimeline(articles).map((e) => [e.article.slug, e.firstReports, e.undatedMayPrecede])).toEqual(expected);
  });

  it('marks the claims each article reported first, ties included', () => {
    const events = storyTimeline([
      article('a', 'o', [m('x'), m('y'), m('x', 'quotes')], { published: '2026-06-01' }),
      article('b', 'o', [m('x'), m('z')], { published: '2026-06-01' }),
      article('c', 'o', [m('y'), m('w')], { published: '2026-06-02' }),
    ]);
    expect(events.map((e) => [e.article.slug, e.firstReports])).toEqual([
      ['a', ['x', 'y']],
      ['b', ['x', 'z']],
      ['c', ['w']],
    ]);
  });
  it('does not call an article the first report of a claim reported earlier elsewhere', () => {
    const events = storyTimeline(
      [
        article('a', 'o', [m('x'), m('y')], { published: '2026-06-02' }),
        article('b', 'o', [m('x'), m('z')], { published: '2026-06-03' }),
      ],
      new Map([
        [asClaimId('x'), new Date('2026-06-01')],
        [asClaimId('y'), new Date('2026-06-02')],
        [asClaimId('z'), new Date('2026-06-05')],
      ]),
    );
    expect(events.map((e) => [e.article.slug, e.firstReports])).toEqual([
      ['a', ['y']],
      ['b', ['z']],
    ]);
  });

  it('reads a date written with an offset as an instant, even at midnight UTC, and gives its day as written', () => {
    // 5 pm in California on 4 June is midnight UTC on 5 June: a moment, not the whole of 5 June.
    const events = storyTimeline([
      article('california', 'o', [m('x')], { published: '2026-06-04T17:00:00-07:00' }),
      article('morning', 'o', [m('x'), m('y')], { published: '2026-06-05T06:00:00Z' }),
    ]);
    expect(events.map((e) => [e.article.slug, e.firstReports, e.date.offset])).toEqual([
      ['california', ['x'], -420],
      ['morning', ['y'], undefined],
    ]);
  });
});

describe('firstReported', () => {
  const c = corpus({
    articles: [
      article('late', 'o', [m('x')], { published: '2026-06-05' }),
      article('b-early', 'p', [m('x', 'disputes')], { published: '2026-06-01' }),
      article('a-early', 'q', [m('x', 'quotes')], { added: '2026-06-01' }),
    ],
  });

  it('gives the earliest publication date and every dated article tied on it, never one known only by its added date', () => {
    const report = firstReported(asClaimId('x'), evidenceOf(c, 'x'));
    expect(report).toMatchObject({ claim: 'x', articles: ['b-early'], undated: ['a-early'] });
    expect(report?.date.date.toISOString().slice(0, 10)).toBe('2026-06-01');
  });

  it.each([
    {
      name: 'an article known only by a later added date, which may have been published first',
      articles: [
        article('dated', 'o', [m('x')], { published: '2026-06-05T17:00:00Z' }),
        article('undated-b', 'p', [m('x', 'disputes')], { added: '2026-06-07' }),
        article('undated-a', 'q', [m('x')], { added: '2026-06-06' }),
      ],
      first: ['dated'],
      undated: ['undated-a', 'undated-b'],
    },
    {
      name: 'nothing when every later article is dated',
      articles: [
        article('dated', 'o', [m('x')], { published: '2026-06-05' }),
        article('later', 'p', [m('x')], { published: '2026-06-06' }),
      ],
      first: ['dated'],
      undated: [],
    },
    {
      name: 'an undated article added on the day of a dated one, which ties with it',
      articles: [
        article('undated', 'o', [m('x')], { added: '2026-06-01' }),
        article('dated', 'p', [m('x')], { published: '2026-06-01T09:00:00Z' }),
      ],
      first: ['dated'],
      undated: ['undated'],
    },
  ])('names as possibly earlier: $name', ({ articles, first, undated }) => {
    const report = firstReported(asClaimId('x'), evidenceOf(corpus({ articles }), 'x'));
    expect([report?.articles, report?.undated]).toEqual([first, undated]);
  });

  it.each([
    {
      name: 'an undated article added before the only dated one',
      articles: [
        article('undated', 'o', [m('x')], { added: '2026-06-01' }),
        article('dated', 'p', [m('x')], { published: '2026-06-03' }),
      ],
      by: '2026-06-01',
      undated: ['undated'],
    },
    {
      name: 'undated articles only, the bound being the earliest added',
      articles: [
        article('later', 'o', [m('x')], { added: '2026-06-04' }),
        article('earlier', 'p', [m('x')], { added: '2026-06-02T10:00:00Z' }),
      ],
      by: '2026-06-02',
      undated: ['earlier', 'later'],
    },
  ])('claims no first report, only the day it had been reported by, for $name', ({ articles, by, undated }) => {
    const report = firstReported(asClaimId('x'), evidenceOf(corpus({ articles }), 'x'));
    expect(report).toMatchObject({ articles: [], outlets: [], undated });
    expect([report?.date.basis, report?.date.date.toISOString().slice(0, 10)]).toEqual(['added', by]);
  });

  it('is undefined for a claim nothing mentions', () => {
    expect(firstReported(asClaimId('nobody'), evidenceOf(c, 'x'))).toBeUndefined();
  });

  it.each([
    {
      name: 'a day alone ties with a time on that day, instead of beating it as midnight',
      articles: [
        article('day', 'o', [m('x')], { published: '2026-06-05' }),
        article('timed', 'p', [m('x')], { published: '2026-06-05T09:00:00+02:00' }),
      ],
      first: ['day', 'timed'],
    },
    {
      name: 'of two times on one day, the earlier is first',
      articles: [
        article('seven', 'o', [m('x')], { published: '2026-06-05T07:00:00Z' }),
        article('nine', 'p', [m('x')], { published: '2026-06-05T09:00:00Z' }),
      ],
      first: ['seven'],
    },
    {
      name: 'a day alone ties with the earliest time of its day, not a later one',
      articles: [
        article('day', 'o', [m('x')], { published: '2026-06-05' }),
        article('seven', 'p', [m('x')], { published: '2026-06-05T07:00:00Z' }),
        article('nine', 'q', [m('x')], { published: '2026-06-05T09:00:00Z' }),
      ],
      first: ['day', 'seven'],
    },
    {
      name: 'an evening in Los Angeles is first against the next day given alone',
      articles: [
        article('la', 'o', [m('x')], { published: '2026-06-04T20:00:00-07:00' }),
        article('next-day', 'p', [m('x')], { published: '2026-06-06' }),
      ],
      first: ['la'],
    },
  ])('takes as first reports: $name', ({ articles, first }) => {
    const c = corpus({ articles });
    expect(firstReported(asClaimId('x'), evidenceOf(c, 'x'))?.articles).toEqual(first);
    expect(storyTimeline(articles).flatMap((e) => (e.firstReports.length > 0 ? [e.article.slug] : [])).sort()).toEqual(
      [...first].sort(),
    );
  });

  it.each([
    {
      name: 'a copy published the same day as its original',
      articles: [
        article('original', 'o', [m('x')], { published: '2026-06-02' }),
        article('copy', 'p', [m('x')], { published: '2026-06-02', via: 'original' }),
      ],
      first: ['original'],
      undated: [],
    },
    {
      name: 'a copy of a copy, whose original up the chain mentions the claim',
      articles: [
        article('original', 'o', [m('x')], { published: '2026-06-02' }),
        article('copy', 'p', [], { published: '2026-06-02', via: 'original' }),
        article('copy-of-copy', 'q', [m('x')], { published: '2026-06-02', via: 'copy' }),
      ],
      first: ['original'],
      undated: [],
    },
    {
      name: 'an undated copy, which cannot be earlier than its original',
      articles: [
        article('original', 'o', [m('x')], { published: '2026-06-02' }),
        article('copy', 'p', [m('x')], { added: '2026-06-03', via: 'original' }),
      ],
      first: ['original'],
      undated: [],
    },
    {
      name: 'a copy reporting what its original does not, which is its own first report',
      articles: [
        article('original', 'o', [m('y')], { published: '2026-06-02' }),
        article('copy', 'p', [m('x')], { published: '2026-06-02', via: 'original' }),
        article('other', 'q', [m('x')], { published: '2026-06-02' }),
      ],
      first: ['copy', 'other'],
      undated: [],
    },
    {
      name: 'copies naming each other in a loop (the checks report it), taken as they are',
      articles: [
        article('one', 'o', [m('x')], { published: '2026-06-02', via: 'two' }),
        article('two', 'p', [m('x')], { published: '2026-06-02', via: 'one' }),
      ],
      first: ['one', 'two'],
      undated: [],
    },
    {
      name: 'a copy dated before its original (the dates contradict the chain), kept rather than leave none',
      articles: [
        article('original', 'o', [m('x')], { published: '2026-06-02T10:00:00Z' }),
        article('copy', 'p', [m('x')], { published: '2026-06-02T09:00:00Z', via: 'original' }),
      ],
      first: ['copy'],
      undated: [],
    },
    {
      name: 'an undated copy added before its original was published, kept rather than leave none',
      articles: [
        article('original', 'o', [m('x')], { published: '2026-06-05' }),
        article('copy', 'p', [m('x')], { added: '2026-06-01', via: 'original' }),
      ],
      first: [],
      undated: ['copy'],
    },
  ])('never takes for a first report a copy whose original mentions the claim: $name', ({ articles, first, undated }) => {
    const c = corpus({ articles });
    const all = new Map(articles.map((a) => [a.slug, a]));
    const report = firstReported(asClaimId('x'), evidenceOf(c, 'x'), all);
    expect([report?.articles, report?.undated]).toEqual([first, undated]);
    expect(storyTimeline(articles, new Map(), all).flatMap((e) => (e.firstReports.includes(asClaimId('x')) ? [e.article.slug] : []))).toEqual(first);
  });

  it('names each outlet of the tied articles once', () => {
    const same = corpus({
      articles: [
        article('report', 'o', [m('x')], { published: '2026-06-01' }),
        article('analysis', 'o', [m('x')], { published: '2026-06-01' }),
        article('other', 'p', [m('x')], { published: '2026-06-01' }),
      ],
    });
    expect(firstReported(asClaimId('x'), evidenceOf(same, 'x'))).toMatchObject({
      articles: ['analysis', 'other', 'report'],
      outlets: ['o', 'p'],
    });
  });
});

describe('firstReportOutlets', () => {
  it.each([1, FIRST_REPORT_OUTLETS_NAMED, FIRST_REPORT_OUTLETS_NAMED + 1, 200])('names the first outlets of a first report by %i outlets on one day, and counts the others', (n) => {
    const c = corpus({ articles: Array.from({ length: n }, (_, i) => article(`a${String(i).padStart(3, '0')}`, `o${String(i).padStart(3, '0')}`, [m('x')], { published: '2026-06-01' })) });
    const report = firstReported(asClaimId('x'), evidenceOf(c, 'x'))!;
    expect(report.outlets).toHaveLength(n);
    const { named, others } = firstReportOutlets(report.outlets);
    expect(named).toEqual(report.outlets.slice(0, Math.min(n, FIRST_REPORT_OUTLETS_NAMED)));
    expect(others).toBe(Math.max(0, n - FIRST_REPORT_OUTLETS_NAMED));
  });
});

describe('firstReportNote', () => {
  const x = asClaimId('x');
  const y = asClaimId('y');
  const z = asClaimId('z');
  it.each([
    [[], [], undefined],
    [[x], [], 'first to report 1 claim'],
    [[x, y], [], 'first to report 2 claims'],
    [[x, y], [x, y], 'first dated article to report 2 claims'],
    // Only the claims an undated article also mentions are qualified; the others it certainly reported first.
    [[x, y, z], [y], 'first to report 2 claims, and the first dated article to report 1 more'],
  ])('for first reports %j, %j of them also in undated articles, says %j', (firstReports, undatedMayPrecede, said) => {
    expect(firstReportNote({ firstReports, undatedMayPrecede })).toBe(said);
  });

  it.each([
    [[x], [], [x], 'first to report 1 claim (tied with another article)'],
    [[x, y], [], [x, y], 'first to report 2 claims (each tied with another article)'],
    [[x, y, z], [], [z], 'first to report 3 claims (1 of the 3 tied with another article)'],
    [[x, y], [x, y], [y], 'first dated article to report 2 claims (1 of the 2 tied with another article)'],
  ])('for first reports %j, %j of them also in undated articles and %j tied, says %j', (firstReports, undatedMayPrecede, tied, said) => {
    expect(firstReportNote({ firstReports, undatedMayPrecede, tied })).toBe(said);
  });
});

describe('undatedNote', () => {
  it.each([
    [1, 2, 'No publication date is on record for this article: it was out by the day it was added and may have been published before any of the dated articles above.'],
    [2, 1, 'No publication date is on record for these articles: each was out by the day it was added and may have been published before the dated article above.'],
    // With no dated article there is nothing above to be earlier than.
    [2, 0, 'No publication date is on record for these articles: each was out by the day it was added.'],
    [1, 0, 'No publication date is on record for this article: it was out by the day it was added.'],
  ])('for %i undated and %i dated articles says %j', (undated, dated, said) => {
    expect(undatedNote(undated, dated)).toBe(said);
  });
});

describe('layoutTimeline', () => {
  const at = (id: string, day: string) => ({ id, date: new Date(day) });

  it('lays out nothing as an empty axis', () => {
    expect(layoutTimeline([])).toEqual({
      width: 640,
      height: 24 + 20 + 20 + 24,
      axis: { x1: 24, x2: 616, y: 44 },
      labelY: 64,
      points: [],
      stacks: [],
      ticks: [],
    });
  });

  it('places an event on its day in the offset its date was written in', () => {
    // 8 pm in California on 4 June, 03:00 on 5 June in UTC, and an event of 5 June.
    const layout = layoutTimeline([
      { id: 'a', date: new Date('2026-06-04T20:00:00-07:00'), offset: -420 },
      { id: 'b', date: new Date('2026-06-05T12:00:00Z') },
    ]);
    expect(layout.points.map((p) => [p.id, p.day, p.lane])).toEqual([
      ['a', '2026-06-04', 0],
      ['b', '2026-06-05', 0],
    ]);
    expect(layout.ticks.map((t) => t.day)).toEqual(['2026-06-04', '2026-06-05']);
  });

  it('puts a single day in the middle', () => {
    const layout = layoutTimeline([at('a', '2026-06-04')]);
    expect(layout.points).toEqual([{ id: 'a', x: 320, y: 34, lane: 0, day: '2026-06-04' }]);
    expect(layout.ticks).toEqual([{ x: 320, day: '2026-06-04', narrow: true }]);
  });

  it('scales days between the edges and stacks events of one day in lanes', () => {
    const layout = layoutTimeline(
      [at('a', '2026-06-01'), at('b', '2026-06-01T18:00:00Z'), at('c', '2026-06-03'), at('d', '2026-06-05')],
      { width: 100, padding: 10, laneHeight: 10, labelHeight: 10 },
    );
    expect(layout.points.map((p) => [p.id, p.x, p.y, p.lane])).toEqual([
      ['a', 10, 25, 0],
      ['b', 10, 15, 1],
      ['c', 50, 25, 0],
      ['d', 90, 25, 0],
    ]);
    expect([layout.axis, layout.height, layout.labelY]).toEqual([{ x1: 10, x2: 90, y: 30 }, 50, 40]);
  });

  it('stacks at most maxLanes lanes above a day, the rest sharing the top lane and counted there', () => {
    // Twelve articles on 2 June and one on 1 June: the drawing is as tall as eight lanes, not twelve.
    const events = [at('first', '2026-06-01'), ...Array.from({ length: 12 }, (_, i) => at(`same-${i}`, '2026-06-02'))];
    const layout = layoutTimeline(events, { width: 100, padding: 10, laneHeight: 10, labelHeight: 10 });
    expect(layout.points.map((p) => p.lane)).toEqual([0, 0, 1, 2, 3, 4, 5, 6, 7, 7, 7, 7, 7]);
    expect([layout.axis.y, layout.height]).toEqual([10 + 8 * 10, 10 + 8 * 10 + 10 + 10]);
    expect(layout.stacks).toEqual([{ x: 90, y: 15, lane: 7, day: '2026-06-02', count: 5 }]);
    expect(layoutTimeline(events.slice(0, 9), { maxLanes: 8 }).stacks).toEqual([]);
  });

  it.each([
    { days: 3, maxTicks: 6, expected: ['2026-06-01', '2026-06-02', '2026-06-03'] },
    { days: 5, maxTicks: 3, expected: ['2026-06-01', '2026-06-03', '2026-06-05'] },
    { days: 4, maxTicks: 2, expected: ['2026-06-01', '2026-06-04'] },
  ])('draws at most $maxTicks ticks for $days days, first and last included', ({ days, maxTicks, expected }) => {
    const events = Array.from({ length: days }, (_, i) => at(`e${i}`, `2026-06-0${i + 1}`));
    expect(layoutTimeline(events, { maxTicks }).ticks.map((t) => t.day)).toEqual(expected);
  });

  it('leaves out a tick closer than minTickGap to the one before, so no two dates are drawn over each other, and keeps the last day\'s', () => {
    // Three days running, then seven weeks later: 1, 2 and 3 June were ticks 10 units apart.
    const events = ['2026-05-13', '2026-05-14', '2026-05-15', '2026-06-30'].map((day, i) => at(`e${i}`, day));
    const layout = layoutTimeline(events);
    expect(layout.ticks.map((t) => t.day)).toEqual(['2026-05-13', '2026-06-30']);
    // Of days spread over the axis, each tick at least the gap from the next, the last kept.
    const spread = ['2026-06-01', '2026-06-02', '2026-06-10', '2026-06-11', '2026-06-20', '2026-06-29', '2026-06-30'].map((day, i) => at(`s${i}`, day));
    const ticks = layoutTimeline(spread).ticks;
    expect(ticks.map((t) => t.day)).toEqual(['2026-06-01', '2026-06-10', '2026-06-20', '2026-06-30']);
    ticks.slice(1).forEach((t, i) => expect(t.x - ticks[i]!.x).toBeGreaterThanOrEqual(TIMELINE_LAYOUT_DEFAULTS.minTickGap));
    expect(layoutTimeline(events, { minTickGap: 0 }).ticks).toHaveLength(4);
  });

  it('keeps, for a narrow screen, the first and the last tick', () => {
    const spread = ['2026-06-01', '2026-06-10', '2026-06-15', '2026-06-20', '2026-06-30'].map((d, i) => ({ id: `a${i}`, date: new Date(d) }));
    expect(layoutTimeline(spread).ticks.filter((t) => t.narrow).map((t) => t.day)).toEqual(['2026-06-01', '2026-06-30']);
    expect(layoutTimeline(spread.slice(0, 1)).ticks.filter((t) => t.narrow).map((t) => t.day)).toEqual(['2026-06-01']);
  });

  it('has documented defaults', () => {
    expect(TIMELINE_LAYOUT_DEFAULTS).toEqual({ width: 640, padding: 24, laneHeight: 20, labelHeight: 20, maxTicks: 6, minTickGap: 100, maxLanes: 8 });
  });
});

describe('layoutEvents', () => {
  it('lays out timeline events as layoutTimeline does, each point named by its article, drawing only the dated ones', () => {
    const events = [
      { article: article('a', 'o'), date: { date: new Date('2026-06-04T20:00:00-07:00'), offset: -420, basis: 'published' } },
      { article: article('b', 'o'), date: { date: new Date('2026-06-05T12:00:00Z'), basis: 'published' } },
      // Undated: its added day would place it as if it were dated.
      { article: article('c', 'o'), date: { date: new Date('2026-06-01T12:00:00Z'), basis: 'added' } },
    ] as never as Parameters<typeof layoutEvents>[0];
    expect(layoutEvents(events)).toEqual(
      layoutTimeline([
        { id: 'a', date: new Date('2026-06-04T20:00:00-07:00'), offset: -420 },
        { id: 'b', date: new Date('2026-06-05T12:00:00Z') },
      ]),
    );
  });
});

describe('firstReportDisputes', () => {
  const said = (articles: ReturnType<typeof article>[]) => {
    const evidence = evidenceOf(corpus({ articles }), 'x');
    return firstReportDisputes(firstReported(asClaimId('x'), evidence)!, evidence);
  };

  it.each([
    {
      name: 'its only first report is a denial, before the report holding it true',
      articles: [article('denial', 'party', [m('x', 'disputes')], { published: '2026-09-16' }), article('flyer', 'paper', [m('x')], { published: '2026-09-17' })],
      expected: ', which disputed it',
    },
    {
      name: 'two first reports of two outlets, both disputing it',
      articles: [article('a1', 'a', [m('x', 'disputes')], { published: '2026-09-16' }), article('b1', 'b', [m('x', 'disputes')], { published: '2026-09-16' })],
      expected: ', both of which disputed it',
    },
    {
      name: 'a first report that asserts it',
      articles: [article('a1', 'a', [m('x')], { published: '2026-09-16' }), article('b1', 'b', [m('x', 'disputes')], { published: '2026-09-17' })],
      expected: undefined,
    },
    {
      name: 'two first reports, one quoting it',
      articles: [article('a1', 'a', [m('x', 'quotes')], { published: '2026-09-16' }), article('b1', 'b', [m('x', 'disputes')], { published: '2026-09-16' })],
      expected: undefined,
    },
    {
      name: 'a first report that asserts it and disputes it',
      articles: [article('a1', 'a', [m('x'), m('x', 'disputes')], { published: '2026-09-16' })],
      expected: undefined,
    },
  ])('says so when $name', ({ articles, expected }) => {
    expect(said(articles)).toBe(expected);
  });
});

describe('firstReportTimes', () => {
  const times = (articles: ReturnType<typeof article>[]) => {
    const evidence = evidenceOf(corpus({ articles }), 'x');
    return firstReportTimes(firstReported(asClaimId('x'), evidence)!, evidence);
  };

  it.each([
    {
      name: 'a first report dated a day later than a report it came before, in another offset',
      articles: [
        article('west', 'la', [m('x')], { published: '2026-07-04T18:00:00-07:00' }),
        article('east', 'tokyo', [m('x')], { published: '2026-07-05T08:00:00+09:00' }),
      ],
      expected: ' (at 08:00 UTC+9, before LA’s report dated 4 July 2026, at 18:00 UTC\u22127)',
    },
    {
      name: 'two such reports',
      articles: [
        article('west', 'la', [m('x')], { published: '2026-07-04T18:00:00-07:00' }),
        article('hawaii', 'hi', [m('x')], { published: '2026-07-04T16:00:00-10:00' }),
        article('east', 'tokyo', [m('x')], { published: '2026-07-05T08:00:00+09:00' }),
      ],
      expected: ' (at 08:00 UTC+9, before 2 reports dated earlier in their own offsets)',
    },
    {
      name: 'the later report dated the same day or later',
      articles: [
        article('west', 'la', [m('x')], { published: '2026-07-05T18:00:00-07:00' }),
        article('east', 'tokyo', [m('x')], { published: '2026-07-05T08:00:00+09:00' }),
      ],
      expected: undefined,
    },
    {
      name: 'a first report dated by its day only',
      articles: [article('east', 'tokyo', [m('x')], { published: '2026-07-05' }), article('later', 'la', [m('x')], { published: '2026-07-06' })],
      expected: undefined,
    },
    {
      name: 'a first report dated by its day only, tied with one dated the next day in its offset',
      articles: [
        article('day', 'london', [m('x')], { published: '2026-07-04' }),
        article('east', 'tokyo', [m('x')], { published: '2026-07-05T08:00:00+09:00' }),
      ],
      expected: ' (TOKYO’s report is dated 5 July 2026, at 08:00 UTC+9: 23:00 UTC on 4 July 2026)',
    },
    {
      name: 'a first report dated by its day only, tied with one dated the day before in its offset',
      articles: [
        article('day', 'london', [m('x')], { published: '2026-07-04' }),
        article('west', 'la', [m('x')], { published: '2026-07-03T20:00:00-07:00' }),
      ],
      expected: ' (LA’s report is dated 3 July 2026, at 20:00 UTC\u22127: 03:00 UTC on 4 July 2026)',
    },
    {
      name: 'a first report dated by its day only, tied with two dated the next day in their offsets',
      articles: [
        article('day', 'london', [m('x')], { published: '2026-07-04' }),
        article('east', 'tokyo', [m('x')], { published: '2026-07-05T08:00:00+09:00' }),
        article('east-2', 'osaka', [m('x')], { published: '2026-07-05T08:00:00+09:00' }),
      ],
      expected: ' (2 of these reports are dated another day in their own offsets)',
    },
    {
      name: 'a first report dated by its day only, tied with one of the same day in its offset',
      articles: [
        article('day', 'london', [m('x')], { published: '2026-07-04' }),
        article('east', 'tokyo', [m('x')], { published: '2026-07-04T20:00:00+09:00' }),
      ],
      expected: undefined,
    },
    {
      name: 'two reports of the same minute in different offsets: both first',
      articles: [
        article('a', 'tokyo', [m('x')], { published: '2026-07-06T10:15:00Z' }),
        article('b', 'la', [m('x')], { published: '2026-07-06T03:15:00-07:00' }),
      ],
      expected: undefined,
    },
  ])('gives the times when the days mislead: $name', ({ articles, expected }) => {
    expect(times(articles)).toBe(expected);
  });

  it.each([
    ['2026-07-05T08:00:00+09:00', 540, '08:00 UTC+9'],
    ['2026-07-04T18:00:00-07:00', -420, '18:00 UTC\u22127'],
    ['2026-07-04T18:00:00+05:30', 330, '18:00 UTC+5:30'],
    ['2026-07-04T18:00:00Z', 0, '18:00 UTC'],
  ])('writes %s as %s', (written, offset, expected) => {
    expect(formatTime(new Date(written), offset)).toBe(expected);
  });
});

describe('timedEvents', () => {
  const timed = (articles: ReturnType<typeof article>[]) => [...timedEvents(storyTimeline(articles))].sort();

  it.each([
    {
      name: 'days in order: no times',
      articles: [article('a', 'o', [], { published: '2026-07-04T18:00:00-07:00' }), article('b', 'o', [], { published: '2026-07-06T08:00:00+09:00' })],
      expected: [],
    },
    {
      name: 'an earlier instant shown on a later day, in another offset: both times',
      articles: [article('west', 'o', [], { published: '2026-07-04T18:00:00-07:00' }), article('east', 'o', [], { published: '2026-07-05T08:00:00+09:00' })],
      expected: ['east', 'west'],
    },
    {
      name: 'a day-only date among them: shown without a time',
      articles: [
        article('west', 'o', [], { published: '2026-07-04T18:00:00-07:00' }),
        article('day', 'o', [], { published: '2026-07-05' }),
        article('east', 'o', [], { published: '2026-07-05T08:00:00+09:00' }),
        article('later', 'o', [], { published: '2026-07-07T08:00:00+09:00' }),
      ],
      expected: ['east', 'west'],
    },
    {
      name: 'two of the same minute in different offsets, shown on one day',
      articles: [article('a', 'o', [], { published: '2026-07-06T10:15:00Z' }), article('b', 'o', [], { published: '2026-07-06T03:15:00-07:00' })],
      expected: [],
    },
  ])('gives the times of the events whose days read out of order: $name', ({ articles, expected }) => {
    expect(timed(articles)).toEqual(expected);
  });
});

describe('timedArticles', () => {
  const west = article('west', 'o', [], { published: '2026-07-04T18:00:00-07:00' });
  const east = article('east', 'o', [], { published: '2026-07-05T08:00:00+09:00' });
  const later = article('later', 'o', [], { published: '2026-07-07' });
  const undated = article('undated', 'o', [], {});

  it.each([
    { name: 'oldest first, days out of order', articles: [east, west, later], newestFirst: false, expected: ['east', 'west'] },
    { name: 'newest first, days out of order', articles: [later, west, east], newestFirst: true, expected: ['east', 'west'] },
    { name: 'newest first, with an undated article last', articles: [later, west, east, undated], newestFirst: true, expected: ['east', 'west'] },
    { name: 'newest first, days in order', articles: [later, east], newestFirst: true, expected: [] },
    { name: 'newest first, read as if oldest first: out of order, the day-only date without a time', articles: [later, east], newestFirst: false, expected: ['east'] },
  ])('gives the times of the articles whose days read out of order: $name', ({ articles, newestFirst, expected }) => {
    expect([...timedArticles(articles, newestFirst)].sort()).toEqual(expected);
  });
});
