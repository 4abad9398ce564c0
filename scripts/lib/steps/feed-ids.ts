/**
 * Post-build step: the Atom feeds' entries keep their ids from one build to the next. A feed
 * reader takes an entry with a new id for a new entry, so an id that changes shows an article, or
 * a claim's status change, a second time to every subscriber.
 *
 * An entry's id is its record's address under the id it was first published with: its first
 * alias (src/lib/feeds.ts). A record renamed again whose aliases are not listed oldest first
 * (`aliases: [second-id, first-id]`) changes the id of each of its entries; the build says so,
 * and which alias to put first, but publishes: the content is valid, and a site we have not seen
 * may list aliases in any order. A site whose address
 * changed (CROSSCHECK_SITE) changes every id unless CROSSCHECK_FEED_IDS keeps the old address
 * (docs/deploying.md): that is only said, as building a copy of the site under another address
 * is no mistake. (A site moved under another base links to other paths, so its entries are not
 * found again, and not compared.)
 *
 * The entries of the previous site's feeds (in the folder the new site replaces) are found in the
 * new feeds by the page they link to, followed through the new site's redirects (a renamed
 * record's old address leads to its page), and by what their id says after `#` (the status
 * change of a claim). An entry no longer in a feed (it got too old for it, or its record was
 * removed) is not compared. Without a previous site there is nothing to compare.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PostBuildStep } from '../post-build.ts';
import { redirectTarget } from '../published-urls.ts';

/** The feeds compared, as files of the site. */
export const FEED_FILES = ['feeds/articles.xml', 'feeds/claims.xml'];

/** An entry of an Atom feed: its id and the address it links to. */
export interface FeedEntry {
  id: string;
  link: string;
}

const decodeXml = (text: string) =>
  text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name!.toLowerCase()]!,
  );

/** The entries of an Atom feed the site wrote (src/lib/feeds.ts): each one's id and the href of its first link. */
export function feedEntries(xml: string): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const [, entry] of xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)) {
    const id = /<id>([^<]*)<\/id>/.exec(entry!)?.[1];
    const link = /<link\b[^>]*\bhref="([^"]*)"/.exec(entry!)?.[1];
    if (id !== undefined && link !== undefined) entries.push({ id: decodeXml(id.trim()), link: decodeXml(link) });
  }
  return entries;
}

/** One entry whose id would change. */
export interface ChangedId {
  /** The page the entry links to now (a site path, with the base). */
  page: string;
  before: string;
  after: string;
}

const pathOf = (url: string) => (URL.canParse(url) ? new URL(url).pathname : url);
const fragmentOf = (id: string) => (id.includes('#') ? id.slice(id.indexOf('#')) : '');

/**
 * The entries of `before` that `after` still has, under another id. `moved` gives where an old
 * page's path leads in the new site (a redirect's target), or undefined. The entries of two
 * records merged into one (a claim merged into another, its old address now a redirect to it)
 * are not compared: the record's entries take the ids of one of them, and the other's change
 * whatever its aliases say.
 */
export function changedIds(before: readonly FeedEntry[], after: readonly FeedEntry[], moved: (page: string) => string | undefined): ChangedId[] {
  const now = new Map(after.map((e) => [`${pathOf(e.link)}${fragmentOf(e.id)}`, e.id]));
  const then = new Map<string, { page: string; ids: string[] }>();
  for (const entry of before) {
    const old = pathOf(entry.link);
    const page = moved(old) ?? old;
    const key = `${page}${fragmentOf(entry.id)}`;
    const known = then.get(key);
    if (known) known.ids.push(entry.id);
    else then.set(key, { page, ids: [entry.id] });
  }
  // The records each page's entries were of: more than one, and they were merged.
  const records = new Map<string, Set<string>>();
  for (const { page, ids } of then.values()) for (const id of ids) records.set(page, (records.get(page) ?? new Set()).add(id.split('#')[0]!));
  const changed: ChangedId[] = [];
  for (const [key, { page, ids }] of then) {
    if (records.get(page)!.size > 1) continue;
    const id = now.get(key);
    if (id !== undefined && !ids.includes(id)) changed.push({ page, before: ids[0]!, after: id });
  }
  return changed;
}

/** The last segment of an id's path: the record id it was written with (`…/claims/first-id/#…` → `first-id`). */
const recordIdOf = (id: string) => pathOf(id).split('/').filter(Boolean).at(-1) ?? id;

/** The origin and base an id is written under: what it has before its collection's folder. */
const rootOf = (id: string) => {
  const url = URL.canParse(id) ? new URL(id) : undefined;
  return url ? `${url.origin}${url.pathname.split('/').slice(0, -3).join('/')}/` : '';
};

export const feedIdsStep: PostBuildStep = {
  name: 'Feed ids',
  run({ outDir, finalDir }) {
    const moved = (page: string) => {
      const file = path.join(outDir, decodeURIComponent(page).replace(/^\/+/, ''), 'index.html');
      return existsSync(file) ? redirectTarget(readFileSync(file, 'utf8')) : undefined;
    };
    const renamed: string[] = [];
    const relocated: ChangedId[] = [];
    for (const feed of FEED_FILES) {
      const previous = path.join(finalDir, feed);
      const next = path.join(outDir, feed);
      if (!existsSync(previous) || !existsSync(next)) continue;
      for (const change of changedIds(feedEntries(readFileSync(previous, 'utf8')), feedEntries(readFileSync(next, 'utf8')), moved)) {
        if (rootOf(change.before) !== rootOf(change.after)) relocated.push(change);
        else {
          renamed.push(
            `${feed}: the entry of ${change.page} has the id ${change.before}, and would now have ${change.after}, so feed readers would show it again as new. ` +
              `Its record's aliases list the ids it was published under oldest first: put "${recordIdOf(change.before)}" first in them.`,
          );
        }
      }
    }
    const lines: string[] = [];
    if (renamed.length > 0) lines.push(`Feed ids: ${renamed.length} feed ${renamed.length === 1 ? 'entry changes its id' : 'entries change their ids'}:`, ...renamed.map((line) => `  ${line}`));
    if (relocated.length > 0) {
      const [first] = relocated as [ChangedId];
      lines.push(`Feed ids: ${relocated.length} feed ${relocated.length === 1 ? 'entry changes its id' : 'entries change their ids'} with the site's address (${first.before} is now ${first.after}): if the site moved, set CROSSCHECK_FEED_IDS=${rootOf(first.before)} (docs/deploying.md).`);
    }
    if (lines.length > 0) return lines.join('\n');
  },
};
