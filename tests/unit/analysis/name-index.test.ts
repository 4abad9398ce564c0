import { describe, expect, it } from 'vitest';
import * as names from '../../../src/lib/name-index.ts';
import { byLetter, DIGITS, hasLetterPages, isLetter, LETTER_LINES_PER_PAGE, letterLabel, letterOf, letterPages, letterPath, letterPhrase, mostCovered, NAMES_ON_INDEX, OTHER } from '../../../src/lib/name-index.ts';

describe('name-index.ts', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(names).sort()).toEqual([
      'DIGITS',
      'LETTERS_SEGMENT',
      'LETTER_ARCHIVES',
      'LETTER_LINES_PER_PAGE',
      'MOST_COVERED_ON_INDEX',
      'NAMES_ON_INDEX',
      'OTHER',
      'byLetter',
      'hasLetterPages',
      'isLetter',
      'letterLabel',
      'letterOf',
      'letterPages',
      'letterPath',
      'letterPhrase',
      'mostCovered',
    ]);
  });
});

describe('letterOf', () => {
  it.each([
    ['The Wire', 't'],
    ['the wire', 't'],
    ['Électricité de France', 'e'],
    ['Øresund Post', 'o'],
    ['Łódź Daily', 'l'],
    ['ßtraße', 's'],
    ['Æther', 'a'],
    ['¡Hola!', 'h'],
    ['“Quoted” Times', 'q'],
    ['(The) Wire', 't'],
    ['  Spaced', 's'],
    ['#tag', 't'],
    ['1843 Magazine', DIGITS],
    ['٣ Arabic-Indic three', DIGITS],
    ['Коммерсант', 'cyrillic'],
    ['Ελευθεροτυπία', 'greek'],
    ['朝日新聞', 'han'],
    ['ひらがな', 'kana'],
    ['カタカナ', 'kana'],
    ['한겨레', 'hangul'],
    ['הארץ', 'hebrew'],
    ['الجزيرة', 'arabic'],
    ['दैनिक भास्कर', 'devanagari'],
    ['★★★', OTHER],
    ['', OTHER],
    ['ᚠᚢᚦ runes', OTHER],
  ])('puts %j under %j', (name, letter) => {
    expect(letterOf(name)).toBe(letter);
  });

  it('gives only buckets that are safe in a URL as they are and that isLetter knows', () => {
    for (const name of ['The Wire', '1843', 'Коммерсант', '朝日新聞', '★', 'Øresund', 'ひらがな']) {
      const letter = letterOf(name);
      expect(encodeURIComponent(letter), name).toBe(letter);
      expect(isLetter(letter), name).toBe(true);
    }
    expect(isLetter('months')).toBe(false);
    expect(isLetter('T')).toBe(false);
    expect(isLetter('2')).toBe(false);
  });
});

describe('letterLabel and letterPhrase', () => {
  it.each([
    ['t', 'T', 'begin with T'],
    [DIGITS, '0–9', 'begin with a digit'],
    ['cyrillic', 'Cyrillic', 'are written in Cyrillic'],
    ['han', 'Han', 'are written in Han'],
    [OTHER, 'Other', 'begin with another character'],
  ])('says %j as %j, and its names %j', (letter, label, phrase) => {
    expect(letterLabel(letter)).toBe(label);
    expect(letterPhrase(letter)).toBe(phrase);
  });
});

describe('byLetter', () => {
  it('is empty without records', () => {
    expect(byLetter([], (s: string) => s)).toEqual([]);
  });

  it('groups by letter, digits first, then A–Z, the scripts, and the others, each keeping the order given, with its neighbours', () => {
    const groups = byLetter(['★★', 'Zeta', 'Коммерсант', 'Alpha', '1843', 'Able', 'Ápice', '朝日'], (s) => s);
    expect(groups.map((g) => [g.letter, g.items, g.previous, g.next])).toEqual([
      [DIGITS, ['1843'], undefined, 'a'],
      ['a', ['Alpha', 'Able', 'Ápice'], DIGITS, 'z'],
      ['z', ['Zeta'], 'a', 'cyrillic'],
      ['cyrillic', ['Коммерсант'], 'z', 'han'],
      ['han', ['朝日'], 'cyrillic', OTHER],
      [OTHER, ['★★'], 'han', undefined],
    ]);
  });
});

describe('hasLetterPages, letterPages and letterPath', () => {
  it('cuts an index only beyond NAMES_ON_INDEX records', () => {
    expect(hasLetterPages(NAMES_ON_INDEX)).toBe(false);
    expect(hasLetterPages(NAMES_ON_INDEX + 1)).toBe(true);
  });

  it('splits a letter into numbered pages of LETTER_LINES_PER_PAGE', () => {
    const pages = letterPages(Array.from({ length: LETTER_LINES_PER_PAGE * 2 + 1 }, (_, i) => i));
    expect(pages.map((p) => [p.number, p.count, p.size])).toEqual([
      [1, 3, LETTER_LINES_PER_PAGE],
      [2, 3, LETTER_LINES_PER_PAGE],
      [3, 3, 1],
    ]);
  });

  it('addresses a letter’s pages under /<collection>/letters/', () => {
    expect(letterPath('outlets', 't')).toBe('/outlets/letters/t/');
    expect(letterPath('entities', DIGITS, '/sub/', 2)).toBe('/sub/entities/letters/0-9/2/');
  });
});

describe('mostCovered', () => {
  it('gives the heaviest first, ties in the order given, at most the limit', () => {
    const items = [{ n: 'a', w: 1 }, { n: 'b', w: 3 }, { n: 'c', w: 3 }, { n: 'd', w: 0 }, { n: 'e', w: 5 }];
    expect(mostCovered(items, (i) => i.w, 3).map((i) => i.n)).toEqual(['e', 'b', 'c']);
    expect(mostCovered(items, (i) => i.w).map((i) => i.n)).toEqual(['e', 'b', 'c', 'a', 'd']);
  });
});
