/**
 * Quote drift as a reader sees it on a claim page, built from tests/fixtures/quote-drift/content:
 * five outlets quote one announcement, two of them word for word, the others in digits for words,
 * with an opposite, with an ellipsis typed without spaces, or with words of their own in square
 * brackets; two outlets give a shorter quotation in two wordings, one each; and two spell one
 * the British and the American way; and one writes "per cent" for "%"; a sixth, in French, gives
 * the announcement in translation, and a seventh, in French too, gives it with another number,
 * compared with the first French one. Two outlets in French quote a French minister in French, and
 * one in English.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/build.ts';

const dist = builtSite('tests/fixtures/quote-drift/content');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each rendition on a claim page, by outlet: the verdict line of its wording and the notes under it. */
function renditions(claim: string): Record<string, string> {
  const $ = load(readFileSync(path.join(dist, 'claims', claim, 'index.html'), 'utf8'));
  const out: Record<string, string> = {};
  $('section[aria-labelledby="drift"] li.card').each((_, li) => {
    const verdict = squash($(li).children('p').first().text()).replace(/ · .*/, '');
    const notes = $(li).children('p.note').toArray().map((p) => squash($(p).text()));
    for (const item of $(li).children('ul.list').children('li').toArray()) {
      out[squash($(item).children('a[href^="/outlets/"]').text())] = [verdict, ...notes].join(' | ');
    }
  });
  return out;
}

describe('quote drift on a claim page', () => {
  it.each([
    ['chief-quote', 'C Daily', 'Best-attested wording', '"15" for "fifteen" and "200" for "two hundred" are the same words: a number is compared by its value'],
    [
      'chief-quote',
      'D Herald',
      'Some words changed | The meaning may differ from the best-attested wording: it puts a word’s opposite in its place (such as “decrease” for “increase”).',
      '"decrease" for "increase" is noted',
    ],
    ['chief-quote', 'E Wire', 'Some words changed', 'words in brackets and an ellipsis typed without spaces are not a paraphrase'],
    ['stop-now', 'C Daily', 'Best-attested wording', '"stop...now" is "stop now"'],
    ['stop-now', 'E Wire', 'Some words changed', '"[The lab]" for "We" is not a paraphrase presented as a quotation'],
    ['behaviour-will-change', 'The B Post', 'Best-attested wording', '"behavior" is "behaviour" spelled the American way'],
    ['costs-rose', 'C Daily', 'Best-attested wording', '"5 per cent" is "5%"'],
    [
      'chief-quote',
      'F Courrier',
      'Another language | In another language than the best-attested wording, which is in English: one of the two translates the other, so they are not compared word by word.',
      'a quotation in French is not compared with the English words, nor called a paraphrase presented as a quotation',
    ],
    [
      'minister-welcomes-pause',
      'The A Times',
      'Another language | In another language than the best-attested wording, which is in French: one of the two translates the other, so they are not compared word by word.',
      'a French minister’s words, in French by two outlets: the English rendition is not called the translation it may be, nor the French the original',
    ],
    ['minister-welcomes-pause', 'G Matin', 'Best-attested wording', 'the French wording of two outlets is the best attested'],
    [
      'chief-quote',
      'G Matin',
      'Another language | In another language than the best-attested wording, which is in English, so compared word by word with the best-attested wording in French, “Nos coûts augmenteront de 15 %, 200 emplois disparaîtront, et nous suspendrons les travaux jusqu\'à ce que ce soit sûr”: struck words are in that wording, not in this one. | The meaning may differ from the best-attested wording in French: it gives a different number.',
      'a second rendition in French is compared with the first, and its changed number pointed out',
    ],
  ])('on %s, shows %s as %j: %s', (claim, outlet, shown) => {
    expect(renditions(claim)[outlet]).toBe(shown);
  });

  it.each([
    ['chief-quote', 'How the quotation’s wording drifted'],
    ['costs-rose', 'How the quotation was worded'],
  ])('heads the comparison of %s %j: a quotation every outlet words alike did not drift', (claim, heading) => {
    const $ = load(readFileSync(path.join(dist, 'claims', claim, 'index.html'), 'utf8'));
    expect(squash($('h2#drift').text())).toBe(heading);
  });

  it('counts on the story page the renditions in another language than the best-attested wording, not calling them translations', () => {
    const $ = load(readFileSync(path.join(dist, 'stories', 'lab-pause', 'index.html'), 'utf8'));
    const line = $('a[href="/claims/chief-quote/#drift"]').parent();
    expect(squash(line.find('.meta').text())).toBe('· 3 wordings in 5 renditions · 2 renditions in another language · 2 renditions changing a negation or a number');
  });

  it('says when the best-attested wording is tied with another, and how it was taken', () => {
    const $ = load(readFileSync(path.join(dist, 'claims', 'ready-to-talk', 'index.html'), 'utf8'));
    expect(squash($('section[aria-labelledby="drift"] .drift > p').first().text())).toBe(
      'Best-attested wording (1 independent source; 1 other wording has as many, and this one was reported first):',
    );
  });
});
