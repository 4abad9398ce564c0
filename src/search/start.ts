/**
 * Starts Pagefind's default search UI on the search page (the only page with script). The UI
 * script (`pagefind-ui.js`, loaded just before from the index's first part) defines
 * `window.PagefindUI`; when it is missing (the index was not built) the plain form stays and a
 * note says so. The index comes in parts (`parts.json` in the index's folder lists them,
 * scripts/lib/steps/pagefind.ts): the first is the UI's own, the others are merged into it.
 * Words typed in the plain form before the script ran are searched for, and a reader still in
 * that field continues in Pagefind's.
 *
 * A result in another language keeps it (WCAG 3.1.2): each page gives Pagefind its title's
 * language (`language`, an article's headline's) and the languages it quotes (`languages`) as
 * metadata (src/components/SearchLanguages.astro); the title of an article's result carries its
 * language and direction, and the words of an excerpt written in one of those languages' scripts
 * carry that language (markLanguageRuns in src/lib/languages.ts); in a language written in our
 * own Latin script (French), whose letters cannot tell it from ours, the page gives the words it
 * quotes in it as metadata (`quote-1-fr`: an article's headline and passages, the spans and
 * headlines a claim's evidence quotes), and a run of them in an excerpt carries that language
 * (markQuotedPhrases).
 */
import { escapedExcerpt } from '../lib/excerpts.ts';
import { languageAttributes, markLanguageRuns, markQuotedPhrases, quoteMetaLanguage } from '../lib/languages.ts';

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}

/** What of a Pagefind result this page reads and changes. */
interface PagefindResult {
  url: string;
  /** The page's text, and the same with `<` and `>` escaped, from which Pagefind built the excerpts. */
  content?: string;
  raw_content?: string;
  excerpt?: string;
  meta?: Record<string, string | undefined>;
  sub_results?: { excerpt?: string }[];
}

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
  }
}

/** The index's parts, as bundle paths; the first part alone when the list cannot be read. */
async function parts(bundle: string): Promise<string[]> {
  try {
    const response = await fetch(`${bundle}parts.json`);
    const list = ((await response.json()) as { parts?: unknown }).parts;
    if (Array.isArray(list) && list.length > 0 && list.every((p) => typeof p === 'string' && /^[\w-]+\/$/.test(p))) return list.map((p: string) => `${bundle}${p}`);
  } catch {
    // The first part alone.
  }
  return [`${bundle}0/`];
}

export async function startSearch(): Promise<void> {
  const mount = document.getElementById('search');
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  if (!mount) return;
  if (!window.PagefindUI) {
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = 'The search index is not available on this copy of the site. Browse the claims and articles instead.';
    mount.append(note);
    return;
  }
  const field = form?.querySelector<HTMLInputElement>('input[name="q"]') ?? null;
  const [first, ...others] = await parts(mount.dataset.bundle ?? '/pagefind/');
  // A reader who typed in the plain form while the page loaded: their words, and whether they are still typing.
  const typed = field?.value.trim() ?? '';
  const typing = field !== null && document.activeElement === field;
  // The language of each result's title, by the address its link goes to.
  const titleLanguages = new Map<string, string>();
  const processResult = (result: PagefindResult): PagefindResult => {
    // Pagefind escapes a page's `<` and `>` in an excerpt, not its `&` (src/lib/excerpts.ts).
    if (result.content !== undefined && result.raw_content !== undefined) {
      const { content, raw_content: raw } = result;
      if (result.excerpt) result.excerpt = escapedExcerpt(result.excerpt, content, raw);
      for (const sub of result.sub_results ?? []) if (sub.excerpt) sub.excerpt = escapedExcerpt(sub.excerpt, content, raw);
    }
    const languages = (result.meta?.languages ?? '').split(/\s+/).filter(Boolean);
    if (result.meta?.language) titleLanguages.set(result.meta.url ?? result.url, result.meta.language);
    // The passages it quotes in a language written in our letters, by their keys (quote-1-fr).
    const quotes: { lang: string; text: string }[] = [];
    for (const [key, text] of Object.entries(result.meta ?? {})) {
      const lang = quoteMetaLanguage(key);
      if (!lang) continue;
      if (text) quotes.push({ lang, text });
      delete result.meta![key];
    }
    // Not for the reader: Pagefind's UI shows every other key of a result's metadata as a tag.
    delete result.meta?.language;
    delete result.meta?.languages;
    if (languages.length === 0) return result;
    const mark = (excerpt: string) => markQuotedPhrases(markLanguageRuns(excerpt, languages), quotes);
    if (result.excerpt) result.excerpt = mark(result.excerpt);
    for (const sub of result.sub_results ?? []) if (sub.excerpt) sub.excerpt = mark(sub.excerpt);
    return result;
  };
  // Pagefind's UI writes a title as text: its language is set on its link, each time the results change.
  const markTitles = () => {
    for (const link of mount.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link')) {
      const { lang, dir } = languageAttributes(titleLanguages.get(link.getAttribute('href') ?? ''));
      if (lang) link.setAttribute('lang', lang);
      else link.removeAttribute('lang');
      if (dir) link.setAttribute('dir', dir);
      else link.removeAttribute('dir');
    }
  };
  new MutationObserver(markTitles).observe(mount, { childList: true, subtree: true, characterData: true, attributeFilter: ['href'] });
  const ui = new window.PagefindUI({
    element: mount,
    bundlePath: first,
    mergeIndex: others.map((bundlePath) => ({ bundlePath })),
    showImages: false,
    showSubResults: true,
    processResult,
    // No autofocus: keyboard and screen-reader users start, as on every page, at the skip link.
    autofocus: false,
    translations: { placeholder: 'Search claims, articles and stories' },
  });
  if (form) form.hidden = true;
  const query = typed || new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
  if (typing) mount.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.focus();
}
