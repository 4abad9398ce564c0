/**
 * A story read as a careful reader of the news reads it, built from
 * tests/fixtures/analysis-story/content: the Northfield ferries stop, in ten articles. A wire
 * report and the copy a paper carries (`via`); two papers of one group (Harbour Media), one of
 * which reports a forecast, then the outcome against it, and corrects in a later article what
 * it had reported; an independent paper; the port authority's press release and the newsletter
 * it owns, asserting a figure about the authority; an opinion column disputing the paper; a text
 * without its source; a quotation only ever quoted, one rendition dropping its negation; a
 * declared contradiction and an implied one. Each count, status sentence, matrix cell and
 * timeline point is checked against what the coverage says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/build.ts';

const dist = builtSite('tests/fixtures/analysis-story/content');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const page = (route: string) => load(readFileSync(path.join(dist, route, 'index.html'), 'utf8'));
/** A claim page's status line: its badge, then its sentence. */
const statusLine = (id: string) => {
  const $ = page(`claims/${id}`);
  return squash($('main p.lede').first().text());
};

describe('the story page', () => {
  const $ = page('stories/northfield-ferries');

  it('counts the articles in independent sources, the claims by status, and says which outlets count as one', () => {
    expect(squash($('main p').filter((_, p) => $(p).text().includes('independent sources')).first().text())).toBe(
      '10 articles from 6 independent sources (1 unidentified), making 8 claims: 3 contested, 1 corroborated, 2 single source, 1 disputed, 1 reported only. Some outlets count as one source: Valley Courier carries Coastal Wire’s reporting; Northfield Port Authority owns Port Gazette.',
    );
  });

  it('says beside the badge of a claim its subject holds true whose word that is, so that its coverage is not read against its status', () => {
    const items = $('main li')
      .toArray()
      .map((li) => squash($(li).text()))
      .filter((text) => text.startsWith('The new ferry terminal') || text.startsWith('The ferry pier is safe'));
    expect(items).toEqual([
      'The ferry pier is safe and needs only routine repairs. Contested · held true only by the party it is about · coverage: 1 independent of 1 article',
      'The new ferry terminal will cost €1.2 million. Single source · besides the word of the party it is about · coverage: 2 independent of 3 articles',
    ]);
  });

  it('puts the text without a date after the dated articles of the timeline, by the day it was added', () => {
    const points = $('main li')
      .toArray()
      .map((li) => squash($(li).text()))
      .filter((text) => /^(?:Added )?\d{1,2} \w+ 2026: /.test(text));
    expect(points.at(-1)).toBe('Added 8 March 2026: [A forum text on the ferry strike] · Unidentified forum text');
    expect(points[0]).toBe('3 March 2026: Northfield ferries suspended · Coastal Wire · first to report 1 claim, and the first dated article to report 1 more');
  });

  it('gives each article’s stance in the matrix, the syndicated copy named under its original’s column', () => {
    const table = $('main table').first();
    // Each column by its article's number and outlet (the header's first link), without the copies named under it.
    const headers = table.find('thead th').toArray();
    const columns = headers.map((th) => squash($(th).children('a').first().text()));
    const row = (statement: string) => {
      const tr = table.find('tbody tr').filter((_, r) => squash($(r).find('th').first().text()) === statement);
      return Object.fromEntries(tr.find('td').toArray().map((td, i) => [columns[i + 1]!.replace(/^\d+\. /, ''), squash($(td).text())]));
    };
    // The copy says just what its original says: it has no column of its own (coverage.ts, focusMatrix).
    expect(columns.some((c) => c.endsWith('Valley Courier'))).toBe(false);
    const wire = $(headers[columns.findIndex((c) => c.endsWith('Coastal Wire'))]);
    expect(wire.find('.meta a').toArray().map((a) => $(a).attr('href'))).toHaveLength(1);
    expect(squash(wire.find('.meta').clone().find('.sr-only').remove().end().text())).toBe('also carried by Valley Courier');
    expect(row('Ferries between Northfield and Isle Rona were suspended on 3 March.')).toMatchObject({
      'Coastal Wire': '✔ Asserts',
      'Northfield Post': '✔ Asserts',
      'Island Voice': '–Not mentioned',
    });
    expect(row('The ferry pier was found structurally unsafe.')).toMatchObject({ 'Northfield Post': '✔ Asserts', 'Island Voice': '✘ Disputes' });
  });
});

describe('the status of each claim, explained in one sentence', () => {
  it.each([
    {
      // The press release and the newsletter the authority owns are its own word on itself: one independent paper confirms it.
      claim: 'terminal-cost',
      line: 'Single source: Asserted by only 1 independent source (of 1 article) besides Northfield Port Authority (2 articles), the word of the party the claim is about; no other source confirms it and none disputes it.',
    },
    {
      // The wire and the copy the Courier carries are one source; the Post is the other.
      claim: 'ferries-suspended',
      line: 'Corroborated: Asserted by 2 independent sources (of 3 articles); none disputes it.',
    },
    {
      // The Times's forecast, which its own later report contradicts.
      claim: 'service-resumes-april',
      line: 'Disputed: A claim it contradicts is asserted by 1 independent source, which had asserted this one in an earlier article; none asserts it now.',
    },
    {
      // The outcome: contradicted by no one but the Times's own earlier forecast.
      claim: 'still-suspended-may',
      line: 'Single source: Asserted by only 1 independent source (of 1 article), which had asserted a claim it contradicts in an earlier article; no other source confirms it and none disputes it.',
    },
    {
      // The Times corrected what it had reported; the forum text still holds it.
      claim: 'strike-caused-suspension',
      line: 'Contested: Asserted by 2 independent sources (of 2 articles, 1 unidentified), but disputed by 1 independent source (of 1 article), which had asserted it in an earlier article.',
    },
    {
      claim: 'pier-safe',
      line: 'Contested: Asserted by only Northfield Port Authority (1 article), the word of the party the claim is about, while a claim it contradicts is asserted by 1 independent source.',
    },
    {
      claim: 'harbourmaster-pier-quote',
      line: "Reported only: Only quoted, as someone else's statement, by 3 independent sources (of 4 articles, 1 source unidentified); none asserts or disputes it.",
    },
  ])('$claim', ({ claim, line }) => {
    expect(statusLine(claim)).toBe(line);
  });

  it('titles the forecast’s side of the declared contradiction as its source’s earlier word', () => {
    const $ = page('claims/service-resumes-april');
    expect(squash($('section[aria-labelledby="contradictions"] summary').first().text())).toBe(
      'This claim: Held true by 1 independent source, which held the other claim true in a later article',
    );
  });

  it('points out the rendition of the quotation that drops its negation, and no other', () => {
    const $ = page('claims/harbourmaster-pier-quote');
    const flagged = $('li.card')
      .filter((_, li) => $(li).children('p.note').text().includes('drops or adds a negation'))
      .toArray()
      .map((li) => squash($(li).children('p.diff').text()));
    // "won't" for "will not" keeps the negation: not flagged.
    expect(flagged).toEqual(['We will not reopen the crossing until when the pier is safe']);
  });
});

describe('the home page', () => {
  it('ranks the contested claims by their sides now: the corrected report counts by its source’s later word, the press release on its issuer on no side', () => {
    const $ = page('');
    const items = $('#contested')
      .next('ol')
      .children('li')
      .toArray()
      .map((li) => squash($(li).text()));
    expect(items).toEqual([
      'The ferry pier was found structurally unsafe. Contested · held true by 1 independent source, opposed by 2',
      'A strike by ferry crews caused the suspension. Contested · held true by 1 independent source, opposed by 1',
      // Held true by the port authority's own press release alone: no side, so last.
      'The ferry pier is safe and needs only routine repairs. Contested · held true only by the party it is about, opposed by 1',
    ]);
  });
});
