/**
 * A breaking story over three days, built from tests/fixtures/breaking-news/content: an
 * explosion at a port warehouse, in 16 articles of 12 outlets. A wire's alert and its copies in
 * two outlets (`via`), one of which adds a claim of its own; a live blog in timed entries; two
 * outlets of one owner; an unidentified forwarded message; a correction (the Evening Courier) and a
 * retraction (Metro Flash); civil protection's statement and the operator's denial; a death toll
 * given as seven, then revised by its own source to five (declared to contradict each other) and a
 * damage estimate revised the same way; a quotation of the fire chief in five renditions, one
 * dropping a negation and one in Portuguese; claims renamed with `aliases`; names in Portuguese,
 * French and Greek; headlines with quotation marks, an ampersand, an emoji, and one of 370
 * characters; two articles without a date, and two dated near midnight in offsets far from the
 * event's (23:50 at UTC−5, 00:20 at UTC+9).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/build.ts';

const dist = builtSite('tests/fixtures/breaking-news/content');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const open = (page: string) => load(readFileSync(path.join(dist, page, 'index.html'), 'utf8'));

interface Exported {
  counts: Record<string, number>;
  claims: { id: string; status: { status: string; sentence: string }; verdict: { rating: string } | null; contradicts: string[] }[];
  articles: { slug: string; published: string | null; source: { key: string } }[];
  contradictions: { kind: string; claims: string[]; active: boolean }[];
}
const data = JSON.parse(readFileSync(path.join(dist, 'data/crosscheck.json'), 'utf8')) as Exported;
const claim = (id: string) => data.claims.find((c) => c.id === id)!;

describe('the story’s key facts', () => {
  it('counts what the corpus holds', () => {
    expect(data.counts).toEqual({ stories: 1, articles: 16, claims: 13, mentions: 34, outlets: 12, entities: 6, contradictions: 6 });
  });

  it('gives each claim the status its coverage makes', () => {
    expect(Object.fromEntries(data.claims.map((c) => [c.id, c.status.status]))).toEqual({
      'blast-at-nordhavn-warehouse': 'corroborated',
      'damage-estimated-120m': 'contested',
      'damage-estimated-40m': 'contested',
      'drone-attack-caused-blast': 'disputed',
      'fire-chief-injured': 'contested',
      'lefevre-fire-under-control': 'reported-only',
      'port-closed-to-shipping': 'corroborated',
      'tanker-crew-evacuated': 'single-source',
      'toll-at-least-two': 'single-source',
      'toll-five': 'contested',
      'toll-seven': 'contested',
      'toxic-cloud-over-city': 'contested',
      'warehouse-held-ammonium-nitrate': 'contested',
    });
  });

  it('explains each status in the claim’s own numbers', () => {
    expect(claim('toll-seven').status.sentence).toBe(
      'Asserted by 4 independent sources (of 4 articles), while a claim it contradicts is asserted by 2 independent sources, 1 of which had asserted this one in an earlier article.',
    );
    expect(claim('toll-five').status.sentence).toBe(
      'Asserted by 2 independent sources (of 3 articles), while a claim it contradicts is asserted by 4 independent sources, 1 of which asserted this one in a later article.',
    );
    // The wire and its two copies are one source.
    expect(claim('toll-at-least-two').status.sentence).toBe('Asserted by only 1 independent source (of 3 articles); no other source confirms it and none disputes it.');
    // Retracted by the only outlet that made it.
    expect(claim('drone-attack-caused-blast').status.sentence).toBe('Disputed by 1 independent source (of 1 article), which had asserted it in an earlier article; none asserts it now.');
    expect(claim('drone-attack-caused-blast').verdict?.rating).toBe('inaccurate');
    // Denied only by the operator the claim is about.
    expect(claim('warehouse-held-ammonium-nitrate').status.sentence).toBe(
      'Asserted by 1 independent source (of 1 article), but disputed only by Nordhavn Kemi A/S (1 article), the party the claim is about: a denial, not an independent source’s dispute.',
    );
    expect(claim('fire-chief-injured').status.sentence).toBe('Asserted by 1 independent source (of 1 article, unidentified), but disputed by 1 independent source (of 1 article).');
  });

  it('lists the declared and the implied contradictions', () => {
    expect(data.contradictions.map((c) => `${c.kind}: ${c.claims.join(' ⟷ ')}`).sort()).toEqual([
      'declared: damage-estimated-120m ⟷ damage-estimated-40m',
      'declared: toll-five ⟷ toll-seven',
      'implied: drone-attack-caused-blast',
      'implied: fire-chief-injured',
      'implied: toxic-cloud-over-city',
      'implied: warehouse-held-ammonium-nitrate',
    ]);
  });

  it('counts the wire’s copies and the owner’s two outlets as one source each, on the story page', () => {
    const $ = open('stories/sao-bras-port-explosion');
    expect(squash($('main p').filter((_, p) => $(p).text().includes('independent sources')).first().text())).toBe(
      '16 articles from 10 independent sources (1 unidentified), making 13 claims: 7 contested, 2 corroborated, 2 single source, 1 disputed, 1 reported only. Some outlets count as one source: The Harbour Times and Gulf Coast Ledger carry Meridian Wire’s reporting; Atlantic Courier and Evening Courier have one owner, Courier Media Group; The Harbour Times counts apart for the 1 claim it reports on its own.',
    );
  });
});

describe('quote drift', () => {
  it('compares the fire chief’s words in five renditions: one drops a negation, one is in Portuguese', () => {
    const $ = open('claims/lefevre-fire-under-control');
    const drift = $('section[aria-labelledby="drift"]');
    const text = squash(drift.text());
    expect(text).toContain('The meaning may differ from the best-attested wording: it drops or adds a negation (such as “not”).');
    expect(text).toContain('Another language · in Portuguese · 1 rendition by 1 independent source');
    expect(drift.find('[lang="pt"]').text()).toContain('O incêndio está controlado, mas o risco ainda não acabou');
    expect(squash(open('stories/sao-bras-port-explosion')('#quote-drift').nextAll('ul').first().text())).toContain(
      '4 wordings in 4 renditions · 1 rendition in another language · 1 rendition changing a negation or a number',
    );
  });
});

describe('a figure its own source revised', () => {
  it('is said on the page of the article with the first figure, which others’ contradiction alone did not show', () => {
    const $ = open('articles/civil-protection-morning');
    expect(squash($('.self-disputed').text())).toBe(
      'Its own source contradicted, in another article, a claim it holds true (a later correction, a revised figure, or articles of one source that disagree):Seven people were killed in the explosion. · contradicted in Explosão no Porto de São Brás: balanço revisto, which holds true Five people were killed in the explosion.',
    );
    expect($('.self-disputed a[href^="/articles/civil-protection-update/#m-toll-five-"]')).toHaveLength(1);
  });

  it('is said on the page of the outlet, which listed both figures as claims it asserted', () => {
    const $ = open('outlets/sao-bras-civil-protection');
    expect(squash($('#also-contradicted').text())).toBe('Claims it asserted and also contradicted (2)');
    expect(squash($('#also-contradicted').next('p').text())).toBe(
      'Its articles held each of these true and also a claim declared to contradict it, in one article or in two (a figure it revised, or two articles that disagree).',
    );
    expect($('#also-contradicted').nextAll('ul').first().find('a').toArray().map((a) => $(a).attr('href'))).toEqual(['/claims/toll-five/', '/claims/toll-seven/']);
    expect(open('outlets/meridian-wire')('#also-contradicted')).toHaveLength(0);
  });

  it('is said on the home page as the status says it: held in turn, not at once', () => {
    const $ = open('');
    const lines = $('main li')
      .toArray()
      .map((li) => squash($(li).text()))
      .filter((line) => /^(Seven|Five) people/.test(line));
    expect(lines).toEqual([
      'Five people were killed in the explosion. Contested · held true by 2 independent sources, opposed by 4, 1 of which held it true in a later article',
      'Seven people were killed in the explosion. Contested · held true by 4 independent sources, opposed by 2, 1 of which had held it true in an earlier article',
    ]);
  });
});

describe('dates', () => {
  it('shows each article on its day in its own offset, ordered by the true instant, the undated ones last', () => {
    const $ = open('stories/sao-bras-port-explosion/timeline');
    const lines = $('main li')
      .toArray()
      .map((li) => squash($(li).text()).replace(/ · first .*$/, ''));
    expect(lines.filter((l) => /Gulf Coast Ledger|Metro Flash|Diário do Sul|Pacific Shipping Review|Nordhavn Kemi|Added/.test(l)).map((l) => l.replace(/: .* · /, ': ')).slice(0, 8)).toEqual([
      '3 November 2026: Metro Flash',
      // 23:50 at UTC−5, 04:50 UTC on 4 November: its day is the 3rd, after Metro Flash's 22:00 UTC.
      '3 November 2026: Gulf Coast Ledger',
      '4 November 2026: Diário do Sul',
      '4 November 2026: Nordhavn Kemi',
      // 00:20 at UTC+9, 15:20 UTC on 4 November.
      '5 November 2026: Pacific Shipping Review',
      '5 November 2026: Metro Flash',
      'Added 4 November 2026: Unidentified messaging-app message',
      'Added 4 November 2026: NewsDigest',
    ]);
    expect(data.articles.find((a) => a.slug === 'gulf-coast-ledger-blast')?.published).toBe('2026-11-03T23:50:00.000-05:00');
    expect(data.articles.find((a) => a.slug === 'newsdigest-roundup')?.published).toBeNull();
  });
});

describe('names and headlines', () => {
  it('redirects each old id of a renamed claim to the claim', () => {
    for (const old of ['explosion-at-warehouse', 'port-shut', 'sao-bras-port-shut']) {
      expect(existsSync(path.join(dist, 'claims', old, 'index.html')), old).toBe(true);
      expect(open(`claims/${old}`)('meta[http-equiv="refresh"]').attr('content')).toMatch(/^0; url=\/claims\/(blast-at-nordhavn-warehouse|port-closed-to-shipping)\/$/);
    }
  });

  it('keeps headlines with quotation marks, an ampersand and an emoji as written, in the pages and the feed', () => {
    expect(open('articles/evening-courier-toll')('h1').text()).toBe('"We heard a roar, then the windows went": São Brás counts its dead');
    expect(open('articles/atlantic-courier-live')('h1').text()).toBe('🔥 São Brás port explosion: live updates');
    const feed = readFileSync(path.join(dist, 'feeds/articles.xml'), 'utf8');
    expect(feed).toContain('<![CDATA[Ports &amp; Shipping: São Brás toll revised to five; port stays shut (The Harbour Times)]]>');
    expect(open('entities')('main li').toArray().map((li) => squash(load(li).text()))).toContain('Αθηνά Μαρκοπούλου · Person · 1 claim');
  });

  it('marks the Portuguese headlines and passages as Portuguese', () => {
    const $ = open('articles/civil-protection-morning');
    expect($('h1').attr('lang')).toBe('pt');
    expect($('blockquote[lang="pt"]')).toHaveLength(3);
  });
});

describe('the coverage matrix of a story of more articles than its columns', () => {
  const $ = open('stories/sao-bras-port-explosion');
  const table = $('table.matrix');
  const columns = table.find('thead th[scope="col"]').toArray().slice(1);
  const row = (claim: string) =>
    table
      .find(`tbody th[scope="row"] a[href="/claims/${claim}/"]`)
      .closest('tr')
      .children('td')
      .toArray()
      .map((td) => squash($(td).text()));

  it('shows the independent coverage: the first toll and the revised one, and each side of the disputes, not the wire’s copies', () => {
    // The 8 articles covering the most claims were the wire's alert, its two copies and five others:
    // no article giving the revised toll of five was a column, and the story's conflict was not shown.
    expect(columns.map((th) => $(th).find('a').first().attr('href'))).toEqual([
      '/articles/atlantic-courier-live/',
      '/articles/metro-flash-drone/',
      '/articles/civil-protection-morning/',
      '/articles/evening-courier-toll/',
      '/articles/nordhavn-statement/',
      '/articles/pacific-shipping-review-port/',
      '/articles/meridian-toll-revised/',
      '/articles/messaging-app-warning/',
    ]);
    expect(row('toll-seven').filter((cell) => cell.endsWith('Asserts'))).toHaveLength(2);
    expect(row('toll-five').filter((cell) => cell.endsWith('Asserts'))).toHaveLength(1);
    for (const claim of ['warehouse-held-ammonium-nitrate', 'toxic-cloud-over-city', 'fire-chief-injured']) {
      expect([row(claim).some((cell) => cell.endsWith('Asserts')), row(claim).some((cell) => cell.endsWith('Disputes'))], claim).toEqual([true, true]);
    }
  });

  it('says how it chose what it shows', () => {
    const note = $('p').filter((_, p) => $(p).text().includes('too many for one table'));
    expect(squash(note.text())).toBe(
      'This story has 13 claims and 16 articles, too many for one table: it shows the 12 claims made in the 8 articles ' +
        'that between them show the most sides and sources on them. The timeline lists every article. The other claim is listed with the rest on the story’s claims page.',
    );
  });
});
