/**
 * Text in an article's own language on our English pages: its headline, our record of its
 * passages and every span quoted from it carry the language (`lang`), so a screen reader reads them with
 * the right voice and a browser hyphenates and shapes them right (WCAG 3.1.2, Language of
 * Parts), and the direction (`dir="rtl"` for Arabic, Hebrew, Persian, Urdu …), so they read from
 * the right and their punctuation stands where the writer put it. `lang` alone does not set the
 * direction: an Arabic headline with `lang="ar"` was laid out left to right, with its full stop
 * at its start.
 */

/** The language of the site's own pages (`<html lang>`). */
export const PAGE_LANGUAGE = 'en';

export interface LanguageAttributes {
  lang?: string;
  dir?: 'rtl';
}

/** The direction a language is written in, from the Unicode data behind Intl (`ar` and `he-IL` are `rtl`, `az-Arab` too). */
export function textDirection(language: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * The attributes for an element that holds text in `language`: none in the page's own language
 * (it inherits them), else `lang`, and `dir="rtl"` for a language written from the right.
 */
export function languageAttributes(language: string | undefined): LanguageAttributes {
  if (!language || language.toLowerCase() === PAGE_LANGUAGE) return {};
  return textDirection(language) === 'rtl' ? { lang: language, dir: 'rtl' } : { lang: language };
}
