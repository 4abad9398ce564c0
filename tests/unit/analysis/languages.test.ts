import { describe, expect, it } from 'vitest';
import { languageName, languageScripts, markLanguageRuns, searchLanguageMeta } from '../../../src/lib/languages.ts';

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
