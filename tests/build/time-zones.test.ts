/**
 * Dates written in other offsets, as a reader sees them in a claim's evidence, built from
 * tests/fixtures/time-zones/content: twelve reports of one claim, three of them on what were, for
 * each outlet, different days: The Daily's dated 4 July (the day only), Wire Service's at 08:00 on
 * 5 July in Tokyo (23:00 on 4 July in UTC) and The Herald's at 18:00 on 4 July in Los Angeles
 * (01:00 on 5 July in UTC); then nine of The Bulletin's, from 11 July. Ordered by the true
 * instants, the days read 4, 5, 4 July: the times beside them show why. The Bulletin's first report
 * says the plant was closed, and the three others dispute it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/build.ts';

const dist = builtSite('tests/fixtures/time-zones/content');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "Outlet · date" of each piece of evidence on a page, in its order. */
function evidenceDates(page: string): string[] {
  const $ = load(readFileSync(path.join(dist, page, 'index.html'), 'utf8'));
  return $('li.evidence')
    .toArray()
    .map((li) => `${squash($(li).children('a[href^="/outlets/"]').text())} · ${squash($(li).children('span.meta').text())}`);
}

describe('articles in several time zones', () => {
  it.each(['articles', 'articles/months/2026-07'])('on %s, newest first, gives the times of the days that read out of order', (page) => {
    const $ = load(readFileSync(path.join(dist, page, 'index.html'), 'utf8'));
    const lines = $('main ul.list').first().find('li .meta').toArray().map((meta) => squash($(meta).text()));
    expect(lines.slice(-3)).toEqual([
      'The Herald · 4 July 2026, 18:00 UTC−7 · Report',
      'Wire Service · 5 July 2026, 08:00 UTC+9 · Report',
      'The Daily · 4 July 2026 · Report',
    ]);
    expect(lines.slice(0, -3).every((line) => /^The Bulletin · 1\d July 2026 · Report$/.test(line))).toBe(true);
  });
});

describe('disputes in several time zones', () => {
  it.each([
    // The article page's "disputed by" list, and the claim page's contradiction against it.
    ['articles/bulletin-visit-1', 'li.card li.evidence'],
    ['claims/plant-was-closed', 'section[aria-labelledby="contradictions"] li.evidence'],
  ])('on %s, gives the times of the days that read out of order', (page, selector) => {
    const $ = load(readFileSync(path.join(dist, page, 'index.html'), 'utf8'));
    const lines = $(selector)
      .toArray()
      .map((li) => `${squash($(li).children('a[href^="/outlets/"]').text())} · ${squash($(li).children('span.meta').text())}`);
    expect(lines).toEqual(['The Daily · 4 July 2026', 'Wire Service · 5 July 2026, 08:00 UTC+9', 'The Herald · 4 July 2026, 18:00 UTC−7']);
  });
});

describe('evidence in several time zones', () => {
  it('names, beside a first report dated by its day only, the report tied with it that is dated another day in its offset', () => {
    const $ = load(readFileSync(path.join(dist, 'claims/mayor-visited-plant/index.html'), 'utf8'));
    expect(squash($('dt:contains("First reported") + dd').text())).toBe(
      '4 July 2026 by The Daily and Wire Service (Wire Service’s report is dated 5 July 2026, at 08:00 UTC+9: 23:00 UTC on 4 July 2026)',
    );
  });

  const bulletins = (days: number[]) => days.map((d) => `The Bulletin · 1${d} July 2026`);
  it.each([
    ['claims/mayor-visited-plant', 7],
    ['claims/mayor-visited-plant/evidence', 9],
  ])('on %s, lists the evidence by the true instant, with the times of the days that read out of order', (page, reports) => {
    expect(evidenceDates(page)).toEqual([
      'The Daily · 4 July 2026',
      'Wire Service · 5 July 2026, 08:00 UTC+9',
      'The Herald · 4 July 2026, 18:00 UTC−7',
      ...bulletins(Array.from({ length: reports }, (_, i) => i + 1)),
    ]);
  });
});
