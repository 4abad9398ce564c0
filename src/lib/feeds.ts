/**
 * The site's Atom feeds, built with the `feed` package from plain data:
 *
 * - `/feeds/articles.xml`: articles as they enter the corpus, newest `added` first. Each entry
 *   links to our record of the article and carries our summary, the outlet and the original's
 *   address; its date is when it was added, its `published` when the outlet published it, each
 *   in the offset the record wrote it in.
 * - `/feeds/claims.xml`: each change of a claim's derived status, newest first (see
 *   status-history.ts): the first coverage of a claim, and every later change such as
 *   corroborated → contested. Each entry links to the claim page and says what changed and why.
 *
 * An entry's id is the address of the record under the id it was first published with: its first
 * alias when it was renamed (aliases are listed oldest first), otherwise its id. So a renamed
 * article or claim keeps its entries' ids, and a feed reader does not show them again as new;
 * a record never renamed keeps the ids it always had. The entry's link is the current address.
 *
 * Ids are written under the site's address when the feeds were first published: the
 * `CROSSCHECK_FEED_IDS` setting when a moved site sets it to its old address ({@link feedIdRoot}),
 * else the site's own. So a site moved to a new domain keeps its feeds' ids (the feed's own and
 * every entry's), and readers do not see every entry again as new; links are to the new address.
 * (Tag URIs, RFC 4151, would need no setting, but switching to them would change the id of every
 * entry already published.)
 *
 * Nothing depends on the clock: a feed's `updated` is its newest entry's date, so the same
 * corpus gives the same bytes on every build. Entries are capped at {@link FEED_LIMIT}.
 */
import { Feed, type Item } from 'feed';
import { XML_FORBIDDEN } from './characters.ts';
import type { Article, Claim, Outlet } from './corpus.ts';
import { isoInOffset } from './dates.ts';
import { articlePath, claimPath, type ArticleSlug, type ClaimId, type OutletId } from './ids.ts';
import { headlineLanguage, languageAttributes, ownTextAttributes, type LanguageAttributes } from './languages.ts';
import { marksUnidentified } from './labels.ts';
import { compareArticlesByAdded, counted } from './order.ts';
import { STATUS_LABELS } from './status.ts';
import type { StatusChange } from './status-history.ts';
import { absolute, SITE_NAME } from './structured-data.ts';
import { normalisedUrl } from './urls.ts';

/** At most this many entries per feed. */
export const FEED_LIMIT = 50;

/**
 * At most this many articles named in an entry of the claims feed, then how many more: 400 claims
 * contradicting one, their articles all added at one instant, made each entry name all 400 (a
 * feed of 2 MB; of some 100 MB for an archive of 20,000 imported at once).
 */
export const FEED_ARTICLES_LISTED = 10;

/** The feeds' site paths, from the root. */
export const FEED_PATHS = { articles: '/feeds/articles.xml', claims: '/feeds/claims.xml' } as const;

/** What the feeds read: the corpus by id (the site index's `lookup` fits). */
export interface FeedData {
  articles: ReadonlyMap<ArticleSlug, Article>;
  claims: ReadonlyMap<ClaimId, Claim>;
  outlets: ReadonlyMap<OutletId, Outlet>;
}

/**
 * Escapes text for HTML. The `feed` package marks titles, summaries and content as
 * `type="html"` and wraps them in CDATA as they are, so text must be escaped first or a headline
 * with `<b>` in it would be read as markup.
 */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A serialised feed without the characters XML forbids (src/lib/characters.ts): they show as nothing. */
function wellFormed(xml: string): string {
  return xml.replace(XML_FORBIDDEN, '');
}

/**
 * The date as the `feed` package should write it: in the offset the record gave it
 * (src/lib/dates.ts), so an entry published at 8 pm on 4 June in California says 4 June
 * (`2026-06-04T20:00:00.000-07:00`), not the next day in UTC. The package writes dates with
 * `toISOString()`; this one's writes that form. Still the same instant for anything comparing.
 */
function writtenDate(date: Date, offset: number | undefined): Date {
  if (!offset) return date;
  const written = new Date(date.getTime());
  written.toISOString = () => isoInOffset(date, offset);
  return written;
}

/** The latest of some dates, or the Unix epoch when there are none (an empty feed). */
function newest(dates: readonly Date[]): Date {
  return new Date(Math.max(0, ...dates.map((d) => d.getTime())));
}

/**
 * The root the feeds' ids are written under: `setting` (CROSSCHECK_FEED_IDS), the address the
 * site had when its feeds were first published, when it is set; else the site's root.
 */
export function feedIdRoot(root: string, setting: string | undefined): string {
  const value = setting?.trim() ?? '';
  if (value === '') return root;
  if (!/^https?:$/.test(URL.parse(value)?.protocol ?? '')) {
    throw new Error(
      `CROSSCHECK_FEED_IDS is ${JSON.stringify(setting)}, which is not an http(s) address. Set it to the address the site had when its feeds were first published, such as https://old.example.org/, or leave it unset.`,
    );
  }
  const parsed = new URL(value);
  parsed.search = '';
  parsed.hash = '';
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed.href;
}

function newFeed(root: string, idRoot: string, kind: keyof typeof FEED_PATHS, title: string, description: string, updated: Date, home: string): Feed {
  const self = absolute(root, FEED_PATHS[kind]);
  return new Feed({
    id: absolute(idRoot, FEED_PATHS[kind]),
    title,
    description,
    link: absolute(root, home),
    language: 'en',
    updated,
    generator: SITE_NAME,
    feedLinks: { atom: self },
    author: { name: SITE_NAME, link: root },
    copyright: `Summaries and analysis: ${SITE_NAME}. Quoted passages are the outlets' words.`,
  });
}

/** The id a record was first published under: its oldest (first) alias, or its id when it was never renamed. */
function firstId<T extends string>(id: T, aliases: readonly string[]): T {
  return (aliases[0] as T | undefined) ?? id;
}

/** The name a reader sees for an article's outlet. */
function outletName(data: FeedData, id: OutletId): string {
  const outlet = data.outlets.get(id);
  if (!outlet) return id;
  // As the pages mark it (OutletName): "Unidentified source (stadium flyer) (source unidentified)" said it twice.
  return marksUnidentified(outlet) ? `${outlet.name} (source unidentified)` : outlet.name;
}

/**
 * An article's language on an element of an entry's HTML content (` lang="ar" dir="rtl"`): its
 * headline, and our summary when written in its script, as the site's pages mark them
 * (src/lib/languages.ts). A feed reader showed an Arabic summary from the left, read as English.
 */
function languageHtml({ lang, dir }: LanguageAttributes): string {
  return `${lang ? ` lang="${escapeHtml(lang)}"` : ''}${dir ? ` dir="${dir}"` : ''}`;
}

/** The Atom feed of new articles; its ids are written under `idRoot` ({@link feedIdRoot}). */
export function articlesFeed(data: FeedData, root: string, limit = FEED_LIMIT, idRoot = root): string {
  const articles = [...data.articles.values()].sort(compareArticlesByAdded).slice(0, limit);
  const feed = newFeed(
    root,
    idRoot,
    'articles',
    `${SITE_NAME}: new articles`,
    'News articles as they are added to Crosscheck, with our summary of each.',
    newest(articles.map((a) => a.added)),
    '/articles/',
  );
  for (const article of articles) {
    const url = absolute(root, articlePath(article.slug));
    const outlet = outletName(data, article.outlet);
    const originalUrl = article.url ? normalisedUrl(article.url) : undefined;
    const original = originalUrl ? `<p>Original: <a href="${escapeHtml(originalUrl)}">${escapeHtml(originalUrl)}</a></p>` : '';
    const item: Item = {
      title: escapeHtml(`${article.headline} (${outlet})`),
      id: absolute(idRoot, articlePath(firstId(article.slug, article.aliases))),
      link: url,
      date: writtenDate(article.added, article.addedOffset),
      description: escapeHtml(article.summary),
      content: `<p${languageHtml(ownTextAttributes(article.summary, article.language))}>${escapeHtml(article.summary)}</p><p>Outlet: ${escapeHtml(outlet)}</p>${original}`,
      author: [{ name: outlet }],
      category: [{ name: article.kind, term: article.kind }],
      ...(article.published ? { published: writtenDate(article.published, article.publishedOffset) } : {}),
    };
    feed.addItem(item);
  }
  return wellFormed(feed.atom1());
}

/** What an entry of the claims feed says changed: "Now contested (was corroborated)". */
export function describeChange(change: Pick<StatusChange, 'from' | 'to'>): string {
  const to = STATUS_LABELS[change.to];
  if (change.from === 'unmentioned') return `First covered: ${to.toLowerCase()}`;
  return `Now ${to.toLowerCase()} (was ${STATUS_LABELS[change.from].toLowerCase()})`;
}

/** The Atom feed of claims whose status changed. `history` comes from `statusHistory`; ids are written under `idRoot`. */
export function claimsFeed(data: FeedData, history: readonly StatusChange[], root: string, limit = FEED_LIMIT, idRoot = root): string {
  const changes = history
    .filter((c) => data.claims.has(c.claim))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0))
    .slice(0, limit);
  const feed = newFeed(
    root,
    idRoot,
    'claims',
    `${SITE_NAME}: claim status changes`,
    'Claims whose status changed as new coverage arrived: first covered, corroborated, contested or disputed.',
    newest(changes.map((c) => c.date)),
    '/claims/',
  );
  for (const change of changes) {
    const claim = data.claims.get(change.claim)!;
    const url = absolute(root, claimPath(claim.id));
    const what = describeChange(change);
    const known = change.articles.map((slug) => data.articles.get(slug)).filter((a): a is Article => a !== undefined);
    const more = known.length - FEED_ARTICLES_LISTED;
    const articles =
      known
        .slice(0, FEED_ARTICLES_LISTED)
        .map((a) => `<li><a href="${escapeHtml(absolute(root, articlePath(a.slug)))}"${languageHtml(languageAttributes(headlineLanguage(a.headline, a.language)))}>${escapeHtml(a.headline)}</a> (${escapeHtml(outletName(data, a.outlet))})</li>`)
        .join('') + (more > 0 ? `<li>and ${counted(more, 'other article')}</li>` : '');
    feed.addItem({
      title: escapeHtml(`${what}: ${claim.statement}`),
      id: `${absolute(idRoot, claimPath(firstId(claim.id, claim.aliases)))}#status-${change.date.toISOString()}`,
      link: url,
      date: change.date,
      description: escapeHtml(`${what}. ${change.assessment.sentence}`),
      content:
        `<p>${escapeHtml(what)}. ${escapeHtml(change.assessment.sentence)}</p>` +
        (articles ? `<p>After these articles were added:</p><ul>${articles}</ul>` : ''),
      category: [{ name: STATUS_LABELS[change.to], term: change.to }],
    });
  }
  return wellFormed(feed.atom1());
}
