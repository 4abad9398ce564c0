import { describe, expect, it } from 'vitest';
import { allOf, breakableText, longWords, passageCue, plural, theOthers } from '../../../src/lib/labels.ts';

describe('plural', () => {
  it.each([
    [1, 'story', 'stories', '1 story'],
    [3, 'story', 'stories', '3 stories'],
    [0, 'claim', undefined, '0 claims'],
  ])('says %d %s', (n, one, many, expected) => {
    expect(plural(n, one, many)).toBe(expected);
  });
});

describe('allOf', () => {
  it.each([
    [0, 'story', 'stories', 'No stories'],
    [1, 'story', 'stories', 'The one story'],
    [2, 'story', 'stories', 'All 2 stories'],
    [1, 'article', undefined, 'The one article'],
    [86, 'claim', undefined, 'All 86 claims'],
  ])('counts a whole collection of %d %s without "All 1"', (n, one, many, expected) => {
    expect(allOf(n, one, many)).toBe(expected);
  });
});

describe('theOthers', () => {
  it.each([
    [1, 'the other one'],
    [2, 'the other 2'],
    [12, 'the other 12'],
  ])('names the rest of %i: %s', (n, expected) => {
    expect(theOthers(n)).toBe(expected);
  });
});

describe('breakableText', () => {
  it('cuts an address after its separators, and a long word every so many characters, whole characters only', () => {
    expect(breakableText('https://x.example/claims/a-b/?q=1#m')).toEqual(['https:/', '/', 'x.', 'example/', 'claims/', 'a-b/', '?', 'q=', '1#', 'm']);
    expect(breakableText('Le Hafenbrückeninstandsetzung', 8)).toEqual(['Le Hafenbrü', 'ckeninst', 'andsetzu', 'ng']);
    expect(breakableText('é́́é́́é́́', 2)).toEqual(['é́́é́́', 'é́́']);
    // A hyphen and a space are breaks already: the count starts again after them.
    expect(breakableText('abcdefg-abcdefg abcdefg', 8)).toEqual(['abcdefg-abcdefg abcdefg']);
    expect(breakableText('')).toEqual([]);
  });
});

describe('longWords', () => {
  it('parts the words longer than the limit from the runs of ordinary ones, in order, white space kept', () => {
    expect(longWords('5. Rundschau für Hafenbrückeninstandsetzungsfinanzierung und Verkehrsinfrastrukturangelegenheiten der Nordküste')).toEqual([
      { text: '5. Rundschau für ', long: false },
      { text: 'Hafenbrückeninstandsetzungsfinanzierung', long: true },
      { text: ' und ', long: false },
      { text: 'Verkehrsinfrastrukturangelegenheiten', long: true },
      { text: ' der Nordküste', long: false },
    ]);
  });

  it('keeps a name of ordinary words whole, and counts characters, not UTF-16 units', () => {
    expect(longWords('1. Unidentified news report')).toEqual([{ text: '1. Unidentified news report', long: false }]);
    expect(longWords('𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇', 8)).toEqual([{ text: '𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇', long: false }]);
    expect(longWords('', 8)).toEqual([]);
  });

  it('leaves to the browser the words of scripts it breaks without spaces', () => {
    expect(longWords('2. 港湾地域総合交通情報日報新聞社東京本社編集局', 8)).toEqual([{ text: '2. 港湾地域総合交通情報日報新聞社東京本社編集局', long: false }]);
    expect(longWords('3. หนังสือพิมพ์ท่าเรือรายวัน', 8)).toEqual([{ text: '3. หนังสือพิมพ์ท่าเรือรายวัน', long: false }]);
  });
});

describe('passageCue', () => {
  it.each([
    ['If such systems existed, we would pause in a verifiable manner.', 'If such systems existed, we would\u2026'],
    ['A short  passage', 'A short passage'],
    ['One two three four five six', 'One two three four five six'],
    ['Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz aufgehoben', 'Rindfleischetikettierungsüberwachungsaufgabenübe\u2026'],
    ['人工智能实验室呼吁全球暂停人工智能实验室呼吁全球暂停人工智能实验室呼吁全球暂停人工智能实验室呼吁全球暂停人工智能', `${'人工智能实验室呼吁全球暂停'.repeat(4).slice(0, 48)}\u2026`],
    ['😀'.repeat(30), `${'😀'.repeat(24)}\u2026`],
  ])('cues %j as %j', (text, cue) => {
    expect(passageCue(text)).toBe(cue);
  });
});
