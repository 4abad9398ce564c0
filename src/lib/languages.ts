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

/**
 * The Unicode scripts `language` is written in, as names for `\p{Script_Extensions=…}`, from the
 * Unicode data behind Intl (`ar` is Arab, `ja` Han, Hiragana and Katakana); undefined for a
 * language written in the Latin script of our pages (its words cannot be told from ours by their
 * letters) or one Intl does not know.
 */
export function languageScripts(language: string): string[] | undefined {
  let script: string | undefined;
  try {
    script = new Intl.Locale(language).maximize().script;
  } catch {
    return undefined;
  }
  switch (script) {
    case undefined:
    case 'Latn':
      return undefined;
    case 'Jpan':
      return ['Han', 'Hiragana', 'Katakana'];
    case 'Kore':
      return ['Hangul', 'Han'];
    case 'Hans':
    case 'Hant':
      return ['Han'];
    default:
      return [script];
  }
}

/** What {@link markLanguageRuns} needs of each language: its attributes and the pattern of one of its letters. */
function letterPatterns(languages: readonly string[]): { attributes: LanguageAttributes; letter: string }[] {
  const found: { attributes: LanguageAttributes; scripts: string[] }[] = [];
  for (const language of new Set(languages)) {
    const attributes = languageAttributes(language);
    const scripts = attributes.lang ? languageScripts(language) : undefined;
    if (!scripts) continue;
    try {
      new RegExp(scripts.map((s) => `\\p{Script_Extensions=${s}}`).join(''), 'u');
    } catch {
      continue;
    }
    found.push({ attributes, scripts });
  }
  // Two languages written in one script (Arabic and Persian) cannot be told apart by their letters: neither is marked.
  const shared = (a: string[], b: string[]) => a.some((s) => b.includes(s));
  return found
    .filter((one) => !found.some((other) => other !== one && shared(one.scripts, other.scripts)))
    .map(({ attributes, scripts }) => ({ attributes, letter: `(?=\\p{L})[${scripts.map((s) => `\\p{Script_Extensions=${s}}`).join('')}]\\p{M}*` }));
}

/** Escapes text for an HTML attribute or element. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * An HTML excerpt (text and inline tags, as Pagefind gives a search result's) with each run of
 * words in the script of one of `languages` wrapped in `<span lang=…>`: a search result quotes the
 * Arabic of an article and our English around it, and a screen reader read the Arabic with an
 * English voice. A run is letters of one script and what stands between them (spaces,
 * punctuation, digits), and the punctuation that closes it; it never crosses a tag or a character
 * reference. Languages written in our Latin script, or sharing a script, are left as they are.
 * The spans set no direction: a `dir` isolates its span, and an Arabic phrase split by the
 * `<mark>` of a searched word was drawn as two runs, its first word on the left; unisolated, the
 * browser orders the letters of one script as one run, across the `<mark>`.
 *
 * ```ts
 * markLanguageRuns('Said: <mark>الجسر</mark> مغلق.', ['ar'])
 * // 'Said: <mark><span lang="ar">الجسر</span></mark> <span lang="ar">مغلق.</span>'
 * ```
 */
export function markLanguageRuns(html: string, languages: readonly string[]): string {
  const patterns = letterPatterns(languages);
  if (patterns.length === 0) return html;
  const between = '[^\\p{L}\\p{M}<>&]';
  // A run ends on a letter or on the punctuation that closes it (its full stop, a closing quote).
  const runs = new RegExp(patterns.map(({ letter }) => `((?:${letter})+(?:${between}+(?:${letter})+)*[\\p{Po}\\p{Pe}\\p{Pf}]*)`).join('|'), 'gu');
  // Only text is read: tags and character references are copied as they are.
  return html.replace(/(<[^>]*>|&[^;\s<>]*;)|([^<&]+|&)/g, (whole, markup: string | undefined, text: string | undefined) => {
    if (markup !== undefined || text === undefined) return whole;
    return text.replace(runs, (run: string, ...groups: unknown[]) => {
      const index = groups.findIndex((g, i) => i < patterns.length && typeof g === 'string');
      return `<span lang="${escapeHtml(patterns[index]!.attributes.lang!)}">${run}</span>`;
    });
  });
}

/**
 * The metadata a page gives Pagefind about its languages (src/search/start.ts reads them):
 * `language`, the language of its title when not ours, and `languages`, every language other
 * than ours that it quotes, space-separated. Pagefind takes one `key:value` per element
 * (src/components/SearchLanguages.astro writes them).
 *
 * ```ts
 * searchLanguageMeta('ar', ['ar', 'he', 'en']) // ['language:ar', 'languages:ar he']
 * ```
 */
export function searchLanguageMeta(title: string | undefined, quoted: readonly (string | undefined)[]): string[] {
  const own = languageAttributes(title).lang;
  const others = [...new Set(quoted.map((l) => languageAttributes(l).lang).filter((l): l is string => l !== undefined))].sort();
  return [...(own ? [`language:${own}`] : []), ...(others.length > 0 ? [`languages:${others.join(' ')}`] : [])];
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A language's name in English ("French" for `fr`, "British English" for `en-GB`), or the tag itself when it has none. */
export function languageName(language: string): string {
  try {
    return languageNames.of(language) ?? language;
  } catch {
    return language;
  }
}
