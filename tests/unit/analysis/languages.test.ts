import { describe, expect, it } from 'vitest';
import { headlineLanguage, languageName, languageScripts, markLanguageRuns, markQuotedPhrases, quoteMetaKey, quoteMetaLanguage, searchLanguageMeta } from '../../../src/lib/languages.ts';

describe('languageScripts', () => {
  it('names the scripts a language is written in, and none for the Latin script of our pages', () => {
    expect(languageScripts('ar')).toEqual(['Arab']);
    expect(languageScripts('he-IL')).toEqual(['Hebr']);
    expect(languageScripts('ja')).toEqual(['Han', 'Hiragana', 'Katakana']);
    expect(languageScripts('ru')).toEqual(['Cyrl']);
    expect(languageScripts('fr')).toBeUndefined();
    expect(languageScripts('not a language')).toBeUndefined();
  });
});

describe('headlineLanguage', () => {
  it("is the article's language, but ours for a description in [brackets] of an article that had no headline", () => {
    expect(headlineLanguage('إغلاق جسر الميناء', 'ar')).toBe('ar');
    expect(headlineLanguage('Le pont [de Kowan] reste fermé', 'fr')).toBe('fr');
    expect(headlineLanguage('[A notice of the port authority, posted without a headline]', 'ar')).toBeUndefined();
    expect(headlineLanguage(' [Untitled post] ', 'he')).toBeUndefined();
    expect(headlineLanguage('Bridge shut', undefined)).toBeUndefined();
  });
});

describe('languageName', () => {
  it.each([
    ['fr', 'French'],
    ['en-GB', 'British English'],
    ['ar', 'Arabic'],
    ['x-unknown', 'x-unknown'],
    ['not a language', 'not a language'],
  ])('names %j %j', (tag, name) => {
    expect(languageName(tag)).toBe(name);
  });
});

describe('markLanguageRuns', () => {
  it("marks the words of a language's script, across the spaces and punctuation between them, with the punctuation that closes them", () => {
    expect(markLanguageRuns('Said: الجسر مغلق. In our record', ['ar'])).toBe('Said: <span lang="ar">الجسر مغلق.</span> In our record');
    expect(markLanguageRuns('12 May 2026: הגשר לא ייפתח, 2026! מחדש', ['he'])).toBe('12 May 2026: <span lang="he">הגשר לא ייפתח, 2026! מחדש</span>');
    expect(markLanguageRuns('· 13 May 2026 市によると、橋は閉鎖された。 In', ['ja'])).toBe('· 13 May 2026 <span lang="ja">市によると、橋は閉鎖された。</span> In');
  });

  it('never crosses a tag or a character reference, and leaves them as they are', () => {
    expect(markLanguageRuns('Said: <mark>الجسر</mark> مغلق', ['ar'])).toBe('Said: <mark><span lang="ar">الجسر</span></mark> <span lang="ar">مغلق</span>');
    expect(markLanguageRuns('x &amp; الجسر&#39;مغلق <b title="الجسر">y</b>', ['ar'])).toBe('x &amp; <span lang="ar">الجسر</span>&#39;<span lang="ar">مغلق</span> <b title="الجسر">y</b>');
  });

  it('marks each language of a page by its own script', () => {
    expect(markLanguageRuns('גשר and جسر', ['he', 'ar'])).toBe('<span lang="he">גשר</span> and <span lang="ar">جسر</span>');
  });

  it('leaves alone languages written in our Latin script, and two that share a script', () => {
    expect(markLanguageRuns('Le pont est fermé', ['fr'])).toBe('Le pont est fermé');
    expect(markLanguageRuns('الجسر مغلق', ['ar', 'fa'])).toBe('الجسر مغلق');
    expect(markLanguageRuns('橋', ['ja', 'zh'])).toBe('橋');
    expect(markLanguageRuns('الجسر', ['en'])).toBe('الجسر');
  });
});

describe('searchLanguageMeta', () => {
  it("gives the title's language when not ours, and the other languages quoted, once each", () => {
    expect(searchLanguageMeta('ar', ['ar', 'he', 'en', undefined, 'he'])).toEqual(['language:ar', 'languages:ar he']);
    expect(searchLanguageMeta(undefined, ['en', undefined])).toEqual([]);
    expect(searchLanguageMeta('en', ['fr'])).toEqual(['languages:fr']);
  });
});

describe('quoteMetaKey', () => {
  it('names the passages of a language written in our letters, and of no other', () => {
    expect(quoteMetaKey(1, 'fr')).toBe('quote-1-fr');
    expect(quoteMetaKey(0, 'de-CH')).toBe('quote-0-de-CH');
    expect([quoteMetaKey(1, 'en'), quoteMetaKey(1, undefined), quoteMetaKey(1, 'ar'), quoteMetaKey(1, 'ja'), quoteMetaKey(1, 'he')]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(quoteMetaKey('m-bridge-closed-0sd2hkq', 'fr')).toBe('quote-mbridgeclosed0sd2hkq-fr');
    expect(quoteMetaLanguage('quote-12-de-CH')).toBe('de-CH');
    expect(quoteMetaLanguage('quote-mbridgeclosed0sd2hkq-fr')).toBe('fr');
    expect([quoteMetaLanguage('language'), quoteMetaLanguage('type'), quoteMetaLanguage('quote-fr'), quoteMetaLanguage('quote--fr')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('markQuotedPhrases', () => {
  const quotes = [
    { lang: 'fr', text: 'Le pont est fermé à toute circulation depuis mardi ; la facture atteindrait 14 millions de couronnes.' },
    { lang: 'de', text: 'Die Brücke bleibt gesperrt' },
  ];

  it('marks the runs of quoted words in an excerpt, on each side of a tag, and leaves ours', () => {
    expect(markQuotedPhrases('mostly about money. Le pont est fermé à toute <mark>circulation</mark> depuis mardi ; la facture. Claims in this article', quotes)).toBe(
      'mostly about money. <span lang="fr">Le pont est fermé à toute</span> <mark><span lang="fr">circulation</span></mark> <span lang="fr">depuis mardi ; la facture</span>. Claims in this article',
    );
    expect(markQuotedPhrases('The Gazette: <mark>Die</mark> Brücke bleibt gesperrt, it says', quotes)).toBe('The Gazette: <mark><span lang="de">Die</span></mark> <span lang="de">Brücke bleibt gesperrt</span>, it says');
  });

  it('leaves a quoted word on its own, words in another order, and what is not text', () => {
    const excerpt = 'The port &amp; pont, 14 millions; circulation est mardi <b title="Le pont est">x</b>';
    expect(markQuotedPhrases(excerpt, quotes)).toBe(excerpt);
    expect(markQuotedPhrases('Le pont est', [])).toBe('Le pont est');
  });

  it('matches whatever the letter case, the apostrophe or the composition of an accent', () => {
    expect(markQuotedPhrases('LE PONT EST FERME\u0301', quotes)).toBe('<span lang="fr">LE PONT EST FERME\u0301</span>');
    expect(markQuotedPhrases('jusqu’à nouvel', [{ lang: 'fr', text: "Jusqu'à nouvel ordre" }])).toBe('<span lang="fr">jusqu’à nouvel</span>');
  });
});
