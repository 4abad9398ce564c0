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
 * The language of an article's headline: the article's, unless the headline is our description of
 * an article that had none, in [brackets] (docs/authoring.md), which is in our words. A bracketed
 * description of an Arabic notice was read with an Arabic voice and laid out from the right.
 *
 * ```ts
 * headlineLanguage('إغلاق جسر الميناء', 'ar') // 'ar'
 * headlineLanguage('[A notice of the port authority, without a headline]', 'ar') // undefined
 * ```
 */
export function headlineLanguage(headline: string, language: string | undefined): string | undefined {
  return /^\[[^]*\]$/.test(headline.trim()) ? undefined : language;
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

/**
 * The attributes for a record's own text (an article's summary, its byline, a paragraph of its
 * body outside the quotations) when it is written in the record's language: the language's
 * ({@link languageAttributes}) when its first letter is in one of that language's own scripts
 * (Arabic letters in a record in `ar`), else none, as our English. A language written in our Latin
 * script cannot be told from ours by its letters: its text is left as ours. An Arabic sentence
 * outside the quotations of an Arabic record was read as English and laid out from the left, its
 * full stop at its start.
 *
 * ```ts
 * ownTextAttributes('قالت الصحيفة إن الجسر مغلق.', 'ar') // { lang: 'ar', dir: 'rtl' }
 * ownTextAttributes('Our account.', 'ar') // {}
 * ```
 */
export function ownTextAttributes(text: string, language: string | undefined): LanguageAttributes {
  const attributes = languageAttributes(language);
  const scripts = attributes.lang ? languageScripts(attributes.lang) : undefined;
  if (!scripts) return {};
  const letter = /\p{L}/u.exec(text)?.[0];
  if (!letter) return {};
  try {
    return new RegExp(`[${scripts.map((s) => `\\p{Script_Extensions=${s}}`).join('')}]`, 'u').test(letter) ? attributes : {};
  } catch {
    return {};
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

/**
 * The Pagefind metadata key under which a page gives the words of a passage it quotes in
 * `language` (`quote-1-fr`), when that language is written in our Latin script, so its words
 * cannot be told from ours by their letters: the search page finds them in a result's excerpt
 * ({@link markQuotedPhrases}). `id` tells the passages of a page apart (a number, or a mention's
 * anchor, of which only the letters and digits are kept). Undefined for our own language and for
 * one with a script of its own, which {@link markLanguageRuns} marks by its letters.
 */
export function quoteMetaKey(id: number | string, language: string | undefined): string | undefined {
  const { lang } = languageAttributes(language);
  if (!lang || languageScripts(lang) !== undefined) return undefined;
  return `quote-${String(id).replace(/[^a-z0-9]/gi, '')}-${lang}`;
}

/** The language of a {@link quoteMetaKey} (`quote-1-fr` is `fr`); undefined for any other key. */
export function quoteMetaLanguage(key: string): string | undefined {
  return /^quote-[a-z0-9]+-(.+)$/i.exec(key)?.[1];
}

/** A word, for {@link markQuotedPhrases}: letters, marks and digits, with inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const wordKey = (word: string) => word.normalize('NFC').toLowerCase().replace(/’/g, "'");

/**
 * An HTML excerpt (text and inline tags, as Pagefind gives a search result's) with each run of
 * words that the page quotes from a passage in another language written in our Latin script
 * wrapped in `<span lang=…>`: a French article's result read its French words with an English
 * voice, since their letters are ours ({@link markLanguageRuns} cannot tell them apart). A run is
 * at least two words (with letters) that stand in the same order, one after another, in one of
 * the `quotes`, and what stands between them; a word on its own ("port", "14") could as well be
 * ours. A run never crosses a tag or a character reference: it is marked on each side of one.
 *
 * ```ts
 * markQuotedPhrases('The report. Le pont est <mark>fermé</mark> depuis', [{ lang: 'fr', text: 'Le pont est fermé depuis mardi' }])
 * // 'The report. <span lang="fr">Le pont est</span> <mark><span lang="fr">fermé</span></mark> <span lang="fr">depuis</span>'
 * ```
 */
export function markQuotedPhrases(html: string, quotes: readonly { lang: string; text: string }[]): string {
  if (quotes.length === 0) return html;
  // Each quoted word, where it stands: which quote, and its place in it.
  const places = new Map<string, { quote: number; at: number }[]>();
  const quoteWords = quotes.map((q, quote) => {
    const words = (q.text.match(WORD) ?? []).map(wordKey);
    words.forEach((word, at) => {
      const list = places.get(word) ?? [];
      list.push({ quote, at });
      places.set(word, list);
    });
    return words;
  });
  // The excerpt's text, piece by piece between tags and references, and its words in order.
  const pieces: { text: string; markup: boolean }[] = [];
  for (const m of html.matchAll(/(<[^>]*>|&[^;\s<>]*;)|([^<&]+|&)/g)) pieces.push({ text: m[0], markup: m[1] !== undefined });
  const words: { piece: number; start: number; end: number; key: string; letters: boolean }[] = [];
  pieces.forEach((piece, index) => {
    if (piece.markup) return;
    for (const w of piece.text.matchAll(WORD)) words.push({ piece: index, start: w.index, end: w.index + w[0].length, key: wordKey(w[0]), letters: /\p{L}/u.test(w[0]) });
  });
  // The longest run of words from each word on that one quote holds in the same order.
  const language: (string | undefined)[] = words.map(() => undefined);
  for (let i = 0; i < words.length; ) {
    let best = { length: 0, quote: -1 };
    for (const { quote, at } of places.get(words[i]!.key) ?? []) {
      let length = 1;
      while (i + length < words.length && quoteWords[quote]![at + length] === words[i + length]!.key) length++;
      if (length > best.length) best = { length, quote };
    }
    const run = words.slice(i, i + best.length);
    if (run.filter((w) => w.letters).length >= 2) for (let k = i; k < i + best.length; k++) language[k] = quotes[best.quote]!.lang;
    i += Math.max(best.length, 1);
  }
  // Each piece of text wraps the part of a run it holds, from its first word to its last.
  const spans = new Map<number, { start: number; end: number; lang: string }[]>();
  words.forEach((word, k) => {
    const lang = language[k];
    if (!lang) return;
    const list = spans.get(word.piece) ?? [];
    const last = list[list.length - 1];
    if (last && last.lang === lang && language[k - 1] === lang && words[k - 1]!.piece === word.piece) last.end = word.end;
    else list.push({ start: word.start, end: word.end, lang });
    spans.set(word.piece, list);
  });
  return pieces
    .map((piece, index) => {
      const list = spans.get(index);
      if (!list) return piece.text;
      let out = '';
      let from = 0;
      for (const { start, end, lang } of list) {
        out += `${piece.text.slice(from, start)}<span lang="${escapeHtml(lang)}">${piece.text.slice(start, end)}</span>`;
        from = end;
      }
      return out + piece.text.slice(from);
    })
    .join('');
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
