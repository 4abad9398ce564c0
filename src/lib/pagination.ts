/**
 * Numbered pages: a sub-page whose list can grow without limit (every mention of a claim, every
 * article of a story) is split into pages of a fixed number of items, so that each page reaches
 * a reader in one round trip (14 KB of gzipped HTML and CSS). Page 1 keeps the sub-page's address
 * (`/claims/<id>/evidence/`), page n is under it (`/claims/<id>/evidence/2/`).
 *
 * A list may be made of groups (a claim's mentions by stance, a story's claims by status): the
 * pages cut through them in order, and each page says which part of each group it holds.
 */

/** A group of a list: its key (a stance, a status) and its items, in the order they are shown. */
export interface ListGroup<K, T> {
  key: K;
  items: readonly T[];
}

/** A group's part on one page: its items there, the 0-based position of the first in the group, and the group's size. */
export interface PageGroup<K, T> {
  key: K;
  items: T[];
  from: number;
  total: number;
}

/** One numbered page of a list. */
export interface ListPage<K, T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  /** The groups this page holds part of, in order. */
  groups: PageGroup<K, T>[];
  /** The 0-based position of the page's first item in the whole list, and how many items it holds. */
  from: number;
  size: number;
  /** How many items the whole list has. */
  total: number;
}

/** Splits a list of groups into pages of at most `perPage` items, in order; an empty list has one empty page. */
export function paginate<K, T>(groups: readonly ListGroup<K, T>[], perPage: number): ListPage<K, T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a positive whole number, not ${perPage}`);
  const total = groups.reduce((sum, g) => sum + g.items.length, 0);
  const count = Math.max(1, Math.ceil(total / perPage));
  const pages: ListPage<K, T>[] = Array.from({ length: count }, (_, i) => ({ number: i + 1, count, groups: [], from: i * perPage, size: 0, total }));
  let position = 0;
  for (const group of groups) {
    group.items.forEach((item, i) => {
      const page = pages[Math.floor(position++ / perPage)]!;
      let part = page.groups.at(-1);
      if (part?.key !== group.key) {
        part = { key: group.key, items: [], from: i, total: group.items.length };
        page.groups.push(part);
      }
      part.items.push(item);
      page.size++;
    });
  }
  return pages;
}

/** Which items of the whole list a page holds, from 1: `101–200`. */
export function pageRange(page: { from: number; size: number }): string {
  return `${page.from + 1}–${page.from + page.size}`;
}

/** How much of a group a page holds, for its heading: `12` when the whole group, else `3–12 of 40`. */
export function groupRange(group: { from: number; items: readonly unknown[]; total: number }): string {
  return group.items.length === group.total ? `${group.total}` : `${group.from + 1}–${group.from + group.items.length} of ${group.total}`;
}

/** The number of the page on which a group begins (1 when it is empty or unknown). */
export function pageOfGroup<K>(pages: readonly ListPage<K, unknown>[], key: K): number {
  return pages.find((p) => p.groups.some((g) => g.key === key))?.number ?? 1;
}

/** The address of page `n` of a sub-page at `first` (which ends in /): page 1 is `first` itself. */
export const numberedPath = (first: string, n: number) => (n <= 1 ? first : `${first}${n}/`);

/** The route's rest parameter for page `n`: undefined for page 1, whose address has no number. */
export const pageParam = (n: number) => (n <= 1 ? undefined : String(n));

/** The routes of a record's numbered pages (`[id]/…/[...page]`): one for each page, page 1 without a number. */
export const numberedRoutes = (id: string, pages: readonly { number: number }[]) => pages.map((p) => ({ params: { id, page: pageParam(p.number) } }));

/** The page number a route's rest parameter names: 1 for none. */
export const pageNumber = (param: string | undefined) => (param === undefined ? 1 : Number(param));
