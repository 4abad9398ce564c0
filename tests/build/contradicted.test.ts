/**
 * A claim contradicted many ways, as a reader sees it on the page of an article holding it true,
 * built from tests/fixtures/contradicted/content: The Herald reports that the dam opens in June,
 * and five other outlets each hold true a claim declared to contradict it. The article page
 * quotes the first few of them (`DISPUTES_KEPT`, src/lib/differences.ts), counts them all, and
 * links the claim's contradictions, which list every one: listing them all on the article page
 * made each article holding true a claim n claims contradict list n of them. The River Authority
 * disputes, on its own site, a claim about it the Ledger holds true: a denial, which the lists of
 * claims say is one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { DISPUTES_KEPT } from '../../src/lib/differences.ts';
import { builtSite } from '../support/build.ts';

const dist = builtSite('tests/fixtures/contradicted/content');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const page = (route: string) => load(readFileSync(path.join(dist, route, 'index.html'), 'utf8'));

describe('an article holding true a claim five claims contradict', () => {
  it('quotes the first of them, counts them all and links the claim’s contradictions for the others', () => {
    const $ = page('articles/herald-dam');
    const card = $('section[aria-labelledby="disputed"] li.card');
    expect(card.length).toBe(1);
    const lines = card.children('p').toArray().map((p) => squash($(p).text()));
    // The first by claim id, as the claim's partners are ordered.
    expect(lines.filter((line) => line.startsWith('Contradicted by a claim held true elsewhere'))).toEqual(
      ['The opening of the dam is delayed by a year.', 'The dam has lost its funding.', 'The dam has not been approved.']
        .slice(0, DISPUTES_KEPT)
        .map((statement) => `Contradicted by a claim held true elsewhere: ${statement}`),
    );
    expect(card.children('ul.plain').length).toBe(DISPUTES_KEPT);
    const more = card.children('p.meta').last();
    expect(squash(more.text())).toBe('Contradicted by 5 claims held true elsewhere: the claim’s contradictions list the other 2.');
    expect(more.find('a').attr('href')).toBe('/claims/dam-opens-in-june/#contradictions');
  });

  it('has, on the claim’s page, the contradictions it links to, every one of them', () => {
    const $ = page('claims/dam-opens-in-june');
    expect($('#contradictions').length).toBe(1);
    const cards = $('section[aria-labelledby="contradictions"] li.card');
    expect(cards.toArray().map((li) => $(li).find('a[href^="/claims/"]').first().attr('href')).sort()).toEqual(
      ['dam-delayed-a-year', 'dam-funding-withdrawn', 'dam-not-approved', 'dam-project-cancelled', 'dam-site-moved'].map((id) => `/claims/${id}/`),
    );
  });
});

/**
 * A claim disputed only by its own subject (the River Authority's statement that its survey kept
 * to budget, against The Ledger's report that it overspent): every list of claims says beside its
 * badge that the dispute is a denial by the party it is about, and nothing beside a claim
 * independent sources oppose.
 */
describe('a claim disputed only by the party it is about, in the lists of claims', () => {
  const item = (route: string, id: string) => {
    const $ = page(route);
    const items = $(`li:has(> a[href="/claims/${id}/"])`);
    return items.toArray().map((li) => squash($(li).text()));
  };
  const note = 'Contested · denied only by the party it is about';

  it.each([
    ['the story’s contested claims', 'stories/river-dam'],
    ['the page of the outlet holding it true', 'outlets/ledger'],
    ['the page of the entity it is about', 'entities/river-authority'],
    ['the claims page', 'claims'],
  ])('says so beside its badge on %s', (_, route) => {
    const lines = item(route, 'authority-overspent');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain(`The River Authority overspent on the dam's survey. ${note}`);
  });

  it('says nothing of the kind beside a claim independent sources oppose', () => {
    const lines = item('stories/river-dam', 'dam-opens-in-june');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toContain('The dam opens in June. Contested');
      expect(line).not.toContain('party it is about');
    }
  });
});
