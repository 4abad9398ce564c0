/**
 * Starts Pagefind's default search UI on the search page (the only page with script). The UI
 * script (`pagefind-ui.js`, loaded just before) defines `window.PagefindUI`; when it is missing
 * (the index was not built) the plain form stays and a note says so.
 */

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
  }
}

export function startSearch(): void {
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
  const ui = new window.PagefindUI({
    element: mount,
    bundlePath: mount.dataset.bundle,
    showImages: false,
    showSubResults: true,
    // No autofocus: keyboard and screen-reader users start, as on every page, at the skip link.
    autofocus: false,
    translations: { placeholder: 'Search claims, articles and stories' },
  });
  if (form) form.hidden = true;
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
}
